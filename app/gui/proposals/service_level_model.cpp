#include "service_level_model.h"

#include "number_format.h"
#include "profile_document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

#include <cmath>

namespace splitbench::gui {

ServiceLevelModel::ServiceLevelModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    const auto reset = [this] {
        beginResetModel();
        if (!m_document->isCustomModel(m_model))
            m_model = -1;
        endResetModel();
    };
    connect(document, &ProfileDocument::proposalTermsChanged, this, [this, reset](int model) {
        if (model == m_model)
            reset();
    });
    connect(document, &ProfileDocument::modelsChanged, this, reset);
    connect(document, &ProfileDocument::profileReset, this, reset);
}

void ServiceLevelModel::setServiceModel(int model)
{
    beginResetModel();
    m_model = m_document->isCustomModel(model) ? model : -1;
    endResetModel();
}

ProposalTerms ServiceLevelModel::terms() const
{
    const int custom = m_document->customIndex(m_model);
    if (custom < 0)
        return {};
    return m_document->profile().customModels[static_cast<size_t>(custom)].terms.value_or(ProposalTerms{});
}

int ServiceLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_model < 0 ? 0 : static_cast<int>(terms().serviceLevels.size());
}

int ServiceLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceLevelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProposalTerms all = terms();
    const ServiceLevel &level = all.serviceLevels[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case PriorityColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return level.priority;
        return {};
    case ResponseColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 min").arg(formatDecimal(level.responseMinutes, level.responseMinutes == std::floor(level.responseMinutes) ? 0 : 1));
        if (role == Qt::EditRole)
            return level.responseMinutes;
        break;
    case ResolutionColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 h").arg(formatDecimal(level.resolutionHours, level.resolutionHours == std::floor(level.resolutionHours) ? 0 : 1));
        if (role == Qt::EditRole)
            return level.resolutionHours;
        break;
    case CoverColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return coverDisplayName(level.cover);
        if (role == Qt::EditRole)
            return static_cast<int>(level.cover);
        return {};
    default:
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ServiceLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        // Hidden, but screen readers name each row by its header: the priority.
        if (role == Qt::AccessibleTextRole && section >= 0 && section < rowCount())
            return index(section, PriorityColumn).data(Qt::DisplayRole);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PriorityColumn: return tr("Priority");
        case ResponseColumn: return tr("Response");
        case ResolutionColumn: return tr("Resolution");
        case CoverColumn: return tr("Cover");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn: return tr("The priority as the proposal names it (P1, P2… or critical, high…)");
        case ResponseColumn: return tr("Minutes until someone works on a ticket of this priority");
        case ResolutionColumn: return tr("Hours until it is fixed or worked around");
        case CoverColumn: return tr("When the service level applies");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags ServiceLevelModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ServiceLevelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    ProposalTerms edited = terms();
    ServiceLevel &level = edited.serviceLevels[static_cast<size_t>(index.row())];
    const QString oldPriority = level.priority;
    QString text;
    switch (index.column()) {
    case PriorityColumn:
        level.priority = value.toString().trimmed();
        text = tr("Rename priority %1 to %2").arg(oldPriority, level.priority);
        break;
    case ResponseColumn: {
        bool ok = false;
        level.responseMinutes = value.toDouble(&ok);
        if (!ok) {
            emit editRefused(tr("The response time must be a number of minutes."));
            return false;
        }
        text = tr("Change response time of %1").arg(oldPriority);
        break;
    }
    case ResolutionColumn: {
        bool ok = false;
        level.resolutionHours = value.toDouble(&ok);
        if (!ok) {
            emit editRefused(tr("The resolution time must be a number of hours."));
            return false;
        }
        text = tr("Change resolution time of %1").arg(oldPriority);
        break;
    }
    case CoverColumn: {
        const int cover = value.toInt();
        if (cover < static_cast<int>(Cover::BusinessHours) || cover > static_cast<int>(Cover::AllHours))
            return false;
        level.cover = static_cast<Cover>(cover);
        text = tr("Change hours of cover of %1").arg(oldPriority);
        break;
    }
    default:
        return false;
    }
    if (const QString problem = m_document->setProposalTerms(m_model, edited, text); !problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    return true;
}

// --- The delegate ---------------------------------------------------------------------------------------

QWidget *ServiceLevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    switch (index.column()) {
    case ServiceLevelModel::PriorityColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(ProposalTerms::kMaxPriorityLength);
        edit->setAccessibleName(tr("Priority"));
        return edit;
    }
    case ServiceLevelModel::ResponseColumn:
    case ServiceLevelModel::ResolutionColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, ProposalTerms::kMaxTime);
        spin->setDecimals(1);
        const bool response = index.column() == ServiceLevelModel::ResponseColumn;
        spin->setSuffix(response ? tr(" min") : tr(" h"));
        spin->setAccessibleName(response ? tr("Response time in minutes") : tr("Resolution time in hours"));
        return spin;
    }
    case ServiceLevelModel::CoverColumn: {
        auto *combo = new QComboBox(parent);
        for (const Cover cover : {Cover::BusinessHours, Cover::Extended, Cover::AllHours})
            combo->addItem(coverDisplayName(cover), static_cast<int>(cover));
        combo->setAccessibleName(tr("Hours of cover"));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ServiceLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.toString());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value.toDouble());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ServiceLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        value = edit->text();
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        value = spin->value();
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

} // namespace splitbench::gui
