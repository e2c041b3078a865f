#include "participant_table_model.h"

#include "display_text.h"
#include "profile_document.h"
#include "workshop.h"

#include <QFont>
#include <QLocale>

namespace splitbench::gui {

ParticipantTableModel::ParticipantTableModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(document->participantCount())
{
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ParticipantTableModel::refresh()
{
    const int rows = m_document->participantCount();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        m_shown.clear();
        endResetModel();
        m_shown = snapshot();
        return;
    }
    // Only the rows whose cells read differently: a slider step changes one or two people's answers, and a
    // repaint of the whole table on every step would cost more than the rest of the tab.
    std::vector<QVariantList> shown = snapshot();
    for (size_t row = 0; row < shown.size(); ++row)
        if (row >= m_shown.size() || shown[row] != m_shown[row])
            emit dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
    m_shown = std::move(shown);
}

std::vector<QVariantList> ParticipantTableModel::snapshot() const
{
    std::vector<QVariantList> rows;
    rows.reserve(static_cast<size_t>(m_rows));
    for (int row = 0; row < m_rows; ++row) {
        QVariantList cells;
        for (int column = 0; column < ColumnCount; ++column)
            for (const int role : {int(Qt::DisplayRole), int(Qt::FontRole), int(Qt::ToolTipRole)})
                cells << data(index(row, column), role);
        rows.push_back(std::move(cells));
    }
    return rows;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document->participantCount())
        return {};
    const Profile &profile = m_document->profile();
    const Participant &person = profile.participants[static_cast<size_t>(index.row())];
    const WorkshopAnalysis &analysis = m_document->workshopAnalysis();
    const ParticipantOutcome *outcome =
        index.row() < static_cast<int>(analysis.outcomes.size()) ? &analysis.outcomes[static_cast<size_t>(index.row())]
                                                                 : nullptr;
    const int answer = !outcome ? -1 : outcome->isTie() ? -1 : outcome->recommended;
    const QString answerText = answerName(m_document->catalogue(), answer);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return person.name;
        case RoleColumn: return person.role;
        case WeightColumn: return QLocale().toString(person.weight, 'g', 4);
        case RecommendsColumn: return shortName(answerText);
        case MarginColumn: return outcome ? QLocale().toString(outcome->margin, 'f', 1) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
        case RoleColumn: return person.label();
        case WeightColumn:
            return person.weight > 0 ? tr("How much %1's view counts in the group's values").arg(person.name)
                                     : tr("Weight 0: %1's view is on record but does not count").arg(person.name);
        case RecommendsColumn: return tr("What %1's own values recommend: %2").arg(person.name, answerText);
        case MarginColumn: return tr("How far ahead of the runner-up %1's answer is, in fit points").arg(person.name);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == WeightColumn || index.column() == MarginColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == RecommendsColumn && answer != analysis.groupRecommended) {
        QFont font;
        font.setBold(true); // differs from the group's answer
        return font;
    }
    if (role == Qt::FontRole && index.row() == m_document->editedParticipant()) {
        QFont font;
        font.setItalic(true); // the person whose values the sliders show
        return font;
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::AccessibleTextRole && section >= 0 && section < m_rows)
            return m_document->profile().participants[static_cast<size_t>(section)].label();
        return {};
    }
    if (role == Qt::ToolTipRole && section == RecommendsColumn)
        return tr("Bold: not the group's recommendation");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Participant");
    case RoleColumn: return tr("Role");
    case WeightColumn: return tr("Weight");
    case RecommendsColumn: return tr("Own answer");
    case MarginColumn: return tr("Margin");
    default: return {};
    }
}

} // namespace splitbench::gui
