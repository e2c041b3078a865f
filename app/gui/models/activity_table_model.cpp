#include "activity_table_model.h"

#include "profile_document.h"
#include "proposal_check.h"
#include "theme.h"

#include <QApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <array>
#include <cmath>

namespace splitbench::gui {

ActivityTableModel::ActivityTableModel(ProfileDocument *document, int model, int dimension, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_model(model), m_dimension(dimension)
{
    connect(document, &ProfileDocument::responsibilityChanged, this, [this](int model, int dimension, int activity) {
        if (model != m_model)
            return;
        // A finding may link activities of other dimensions: the edited one, and every marker of this one.
        const std::vector<QString> before = m_findings;
        refreshFindings();
        if (dimension == m_dimension)
            emit dataChanged(index(activity, 0), index(activity, ColumnCount - 1));
        if (m_findings != before && rowCount() > 0)
            emit dataChanged(index(0, ActivityColumn), index(rowCount() - 1, ActivityColumn));
    });
    connect(document, &ProfileDocument::profileReset, this, [this] {
        beginResetModel();
        refreshFindings();
        endResetModel();
    });
    connect(document, &ProfileDocument::modelsChanged, this, [this] {
        const std::vector<QString> before = m_findings;
        refreshFindings();
        if (m_findings != before && rowCount() > 0)
            emit dataChanged(index(0, ActivityColumn), index(rowCount() - 1, ActivityColumn));
    });
    refreshFindings();
    if (isToday()) {
        connect(document, &ProfileDocument::todayResponsibilityChanged, this, [this](int dimension, int activity) {
            if (dimension == m_dimension)
                emit dataChanged(index(activity, 0), index(activity, ColumnCount - 1));
        });
        connect(document, &ProfileDocument::todayChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
}

bool ActivityTableModel::isToday() const
{
    return m_model == ProfileDocument::kTodayModel;
}

void ActivityTableModel::setDimension(int dimension)
{
    if (dimension == m_dimension)
        return;
    beginResetModel();
    m_dimension = dimension;
    refreshFindings();
    endResetModel();
}

void ActivityTableModel::refreshFindings()
{
    m_findings.assign(static_cast<size_t>(rowCount()), QString());
    if (isToday() || m_model < 0 || m_model >= m_document->modelCount())
        return;
    for (const Finding &finding : checkModel(m_document->catalogue(), m_model)) {
        if (finding.kind == Finding::Kind::NobodyResponsible || finding.at.dimension != m_dimension ||
            finding.at.activity < 0 || static_cast<size_t>(finding.at.activity) >= m_findings.size())
            continue;
        QString &text = m_findings[static_cast<size_t>(finding.at.activity)];
        if (!text.isEmpty())
            text += u'\n';
        text += finding.why.isEmpty() ? finding.text : tr("%1 %2").arg(finding.text, finding.why);
    }
}

bool ActivityTableModel::isEditable() const
{
    return isToday() ? m_document->hasToday() : m_document->isCustomModel(m_model);
}

const Responsibility &ActivityTableModel::responsibility(int activity) const
{
    if (isToday())
        return m_document->todayResponsibility(m_dimension, activity);
    return m_document->catalogue()
        .dimensions[static_cast<size_t>(m_dimension)]
        .activities[static_cast<size_t>(activity)]
        .byModel[static_cast<size_t>(m_model)];
}

int ActivityTableModel::nobodyResponsibleCount() const
{
    int count = 0;
    for (int a = 0; a < rowCount(); ++a)
        count += responsibility(a).nobodyResponsible() ? 1 : 0;
    return count;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_model >= m_document->modelCount() || (isToday() && !m_document->hasToday()))
        return 0;
    return static_cast<int>(m_document->catalogue().dimensions[static_cast<size_t>(m_dimension)].activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Activity &activity = m_document->catalogue()
                                   .dimensions[static_cast<size_t>(m_dimension)]
                                   .activities[static_cast<size_t>(index.row())];
    const Responsibility &r = responsibility(index.row());
    const bool flagged = r.nobodyResponsible();

    const QString finding =
        static_cast<size_t>(index.row()) < m_findings.size() ? m_findings[static_cast<size_t>(index.row())] : QString();
    if (role == NobodyResponsibleRole)
        return flagged;
    if (role == FindingRole)
        return finding;
    if (role == OwnerRole)
        return static_cast<int>(r.owner);
    if (role == Qt::BackgroundRole)
        return flagged ? QVariant(warningBackground(QApplication::palette())) : QVariant();

    switch (index.column()) {
    case ActivityColumn:
        if (role == Qt::DisplayRole)
            return activity.name;
        if (role == Qt::DecorationRole && (flagged || !finding.isEmpty()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        // The warning icon and colour are not read out: say it in words.
        if (role == Qt::AccessibleTextRole) {
            if (flagged)
                return tr("%1 (warning: nobody is Responsible)").arg(activity.name);
            return finding.isEmpty() ? activity.name : tr("%1 (warning: %2)").arg(activity.name, finding);
        }
        if (role == Qt::AccessibleDescriptionRole && flagged)
            return tr("Nobody is Responsible for this activity: give R to the provider or the internal team.");
        if (role == Qt::AccessibleDescriptionRole && !finding.isEmpty())
            return finding;
        if (role == Qt::ToolTipRole) {
            QString tip = flagged ? tr("%1\nNobody is Responsible for this activity: give R to the provider or the "
                                       "internal team.")
                                        .arg(activity.name)
                                  : activity.name;
            if (!finding.isEmpty())
                tip += u'\n' + finding;
            return tip;
        }
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return ownerDisplayName(r.owner);
        if (role == Qt::EditRole)
            return static_cast<int>(r.owner);
        if (role == Qt::ToolTipRole)
            return tr("Who carries the activity day to day: %1").arg(ownerDisplayName(r.owner));
        return {};
    case ShareColumn:
        if (role == Qt::DisplayRole)
            return tr("%1%").arg(QLocale().toString(r.providerShare, 'g', 3));
        if (role == Qt::EditRole)
            return r.providerShare;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("The provider carries %1% of the work, the internal team %2%.")
                .arg(QLocale().toString(r.providerShare, 'g', 3), QLocale().toString(r.internalShare(), 'g', 3));
        return {};
    case ProviderRaciColumn:
    case InternalRaciColumn: {
        const QString &letters = index.column() == ProviderRaciColumn ? r.providerRaci : r.internalRaci;
        if (role == Qt::DisplayRole)
            return letters.isEmpty() ? QStringLiteral("–") : letters;
        if (role == Qt::EditRole)
            return letters;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        if (role == Qt::ToolTipRole) {
            QStringList roles;
            if (letters.contains(u'R'))
                roles << tr("Responsible (does the work)");
            if (letters.contains(u'A'))
                roles << tr("Accountable (answers for the result)");
            if (letters.contains(u'C'))
                roles << tr("Consulted");
            if (letters.contains(u'I'))
                roles << tr("Informed");
            const QString party = index.column() == ProviderRaciColumn ? tr("Provider") : tr("Internal team");
            return roles.isEmpty() ? tr("%1: no role").arg(party) : tr("%1: %2").arg(party, roles.join(tr(", ")));
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The row headers are hidden, but screen readers name each row by its header: the activity, and the
        // warning the row's icon and colour show.
        if (role == Qt::AccessibleTextRole && section >= 0 && section < rowCount())
            return index(section, ActivityColumn).data(Qt::AccessibleTextRole);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ActivityColumn:
            return tr("Activity");
        case OwnerColumn:
            return tr("Owner");
        case ShareColumn:
            return tr("Provider", "column header: the provider's share of the work");
        case ProviderRaciColumn:
            return tr("Prov.");
        case InternalRaciColumn:
            return tr("Int.");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OwnerColumn:
            return tr("Who carries the activity: provider, internal team or shared");
        case ShareColumn:
            return tr("Share of the work the provider carries");
        case ProviderRaciColumn:
            return tr("RACI letters of the provider (Responsible, Accountable, Consulted, Informed)");
        case InternalRaciColumn:
            return tr("RACI letters of the internal team (Responsible, Accountable, Consulted, Informed)");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ActivityColumn && isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int activity = index.row();
    const Activity &act =
        m_document->catalogue().dimensions[static_cast<size_t>(m_dimension)].activities[static_cast<size_t>(activity)];
    const Responsibility &current = responsibility(activity);
    Responsibility candidate;
    QString adjustment; // told to the user only once the edit is in

    // How an edit moves the rest of the split is Responsibility's rule (core); this only parses and tells.
    switch (index.column()) {
    case OwnerColumn: {
        const int owner = value.toInt();
        if (owner < static_cast<int>(Owner::Provider) || owner > static_cast<int>(Owner::Shared))
            return false;
        candidate = current.withOwner(static_cast<Owner>(owner));
        if (candidate.providerShare != current.providerShare)
            adjustment = tr("%1: provider share set to %2% to match the owner.")
                             .arg(act.name, QString::number(candidate.providerShare));
        break;
    }
    case ShareColumn: {
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok || !(share >= 0 && share <= 100)) {
            emit editRefused(tr("The provider share must be a number from 0 to 100."));
            return false;
        }
        candidate = current.withProviderShare(share);
        if (candidate.owner != current.owner)
            // The owner's name as it is (not lower-cased): German capitalises nouns.
            adjustment = tr("%1: owner set to \"%2\" to match a provider share of %3%.")
                             .arg(act.name, ownerDisplayName(candidate.owner), QLocale().toString(share, 'g', 3));
        break;
    }
    case ProviderRaciColumn:
    case InternalRaciColumn: {
        const Party party = index.column() == ProviderRaciColumn ? Party::Provider : Party::Internal;
        const Party other = party == Party::Provider ? Party::Internal : Party::Provider;
        QString letters = value.toString();
        letters.remove(QRegularExpression(QStringLiteral("[\\s,/]")));
        if (!isValidRaci(letters)) {
            emit editRefused(
                tr("\"%1\" is not a set of RACI letters: use R, A, C and I, each at most once.").arg(value.toString()));
            return false;
        }
        const QString me = party == Party::Provider ? tr("the provider") : tr("the internal team");
        const QString them = party == Party::Provider ? tr("the internal team") : tr("the provider");
        const std::optional<Responsibility> edited = current.withRaci(party, letters);
        if (!edited) {
            emit editRefused(tr("%1: only one party can be Accountable, and %2 already is. To make %3 Accountable, "
                                "remove A from the letters of %2; accountability then moves over.")
                                 .arg(act.name, them, me));
            return false;
        }
        candidate = *edited;
        if (!current.raci(other).contains(u'A') && candidate.raci(other).contains(u'A'))
            adjustment = tr("%1: accountability moved to %2.").arg(act.name, them);
        break;
    }
    default:
        return false;
    }
    if (!commit(activity, candidate))
        return false;
    if (!adjustment.isEmpty())
        emit editAdjusted(adjustment);
    return true;
}

bool ActivityTableModel::commit(int activity, const Responsibility &candidate)
{
    if (const QString problem = isToday() ? m_document->setTodayResponsibility(m_dimension, activity, candidate)
                                          : m_document->setResponsibility(m_model, m_dimension, activity, candidate);
        !problem.isEmpty()) {
        emit editRefused(tr("Not changed: %1.").arg(problem));
        return false;
    }
    return true;
}

} // namespace splitbench::gui
