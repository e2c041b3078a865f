#include "cost_table_model.h"

#include "display_text.h"

#include "number_format.h"
#include "profile_document.h"

#include <QFont>

namespace splitbench::gui {

CostTableModel::CostTableModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProfileDocument::costsChanged, this, &CostTableModel::reload);
    connect(document, &ProfileDocument::modelsChanged, this, &CostTableModel::reload);
    connect(document, &ProfileDocument::resultChanged, this, &CostTableModel::refreshFront);
    reload();
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_costs.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CostTableModel::isCheapest(int model) const
{
    if (model < 0 || model >= static_cast<int>(m_costs.size()) || m_cheapest < 0)
        return false;
    // Within 0.5 % counts as equal, as on the value-for-money front: nobody could tell the two apart.
    const double least = m_costs[static_cast<size_t>(m_cheapest)].perYear();
    return m_costs[static_cast<size_t>(model)].perYear() <= least * 1.005;
}

bool CostTableModel::isOnFront(int model) const
{
    return model >= 0 && model < static_cast<int>(m_front.size()) && m_front[static_cast<size_t>(model)];
}

QString CostTableModel::note(int model) const
{
    QStringList parts;
    if (isCheapest(model))
        parts << tr("Cheapest");
    if (isOnFront(model))
        parts << tr("Best value for money");
    return parts.join(QStringLiteral(" · "));
}

double CostTableModel::number(int row, int column) const
{
    const CostBreakdown &c = m_costs[static_cast<size_t>(row)];
    switch (column) {
    case TotalColumn: return c.total();
    case PerYearColumn: return c.perYear();
    case PerUserColumn: return c.perUserPerMonth(m_document->costModel().organisation().users);
    case TermColumn: return c.termMonths;
    case ProviderFeesColumn: return c.providerFees;
    case ModulesColumn: return c.modules;
    case OnboardingColumn: return c.onboarding;
    case StaffColumn: return c.staff;
    case ContractorColumn: return c.contractor;
    case ToolsColumn: return c.tools;
    case RecruitingColumn: return c.recruiting;
    case FteNeededColumn: return c.fteNeeded;
    case FteToHireColumn: return c.fteToHire;
    default: return 0;
    }
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const QString &currency = m_document->costModel().organisation().currency;
    const QString name = m_document->catalogue().models[static_cast<size_t>(row)].name;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ModelColumn: return shortName(name); // a long custom name would push the figures out of sight
        case NoteColumn: return note(row);
        case TermColumn: return tr("%n months", nullptr, m_costs[static_cast<size_t>(row)].termMonths);
        case PerUserColumn: return formatMoney(number(row, column), currency, 2);
        case FteNeededColumn:
        case FteToHireColumn: return formatDecimal(number(row, column), 2);
        default: return formatMoney(number(row, column), currency);
        }
    case SortRole:
        switch (column) {
        case ModelColumn: return name;
        case NoteColumn: return (isCheapest(row) ? 2 : 0) + (isOnFront(row) ? 1 : 0);
        default: return number(row, column);
        }
    case Qt::AccessibleTextRole:
        // An empty note would leave a screen reader's cell without a name.
        if (column == ModelColumn)
            return name;
        return column == NoteColumn && note(row).isEmpty() ? tr("No note") : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == ModelColumn)
            return name;
        if (column == ContractorColumn && m_costs[static_cast<size_t>(row)].contractorHoursPerYear > 0)
            return tr("%1 hours a year").arg(formatCount(std::llround(m_costs[static_cast<size_t>(row)].contractorHoursPerYear)));
        return {};
    case Qt::FontRole:
        if (isCheapest(row) || isOnFront(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ModelColumn || column == NoteColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) // hidden, but screen readers name each row by it
        return role == Qt::DisplayRole && section >= 0 && section < rowCount()
                   ? QVariant(m_document->catalogue().models[static_cast<size_t>(section)].name)
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalColumn: return tr("Everything the model costs over its contract term");
        case PerUserColumn: return tr("The total divided by the users and the months of the term");
        case StaffColumn: return tr("Salaried in-house IT staff (salary and on-cost): today's team kept, plus hires");
        case ContractorColumn: return tr("A need too small for a hire, bought by the hour");
        case RecruitingColumn: return tr("Hiring the gap once, and replacing leavers over the term");
        case FteNeededColumn:
            return tr("The in-house IT work the model leaves, in full-time staff; today: %1")
                .arg(formatDecimal(m_document->costModel().organisation().itStaffFte, 1));
        case FteToHireColumn: return tr("Salaried staff to hire beyond today's team");
        case NoteColumn: return tr("Cheapest per year, and the models no other model beats on both fit and cost");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn: return tr("Model");
    case NoteColumn: return tr("Note");
    case TotalColumn: return tr("Total");
    case PerYearColumn: return tr("Per year");
    case PerUserColumn: return tr("Per user and month");
    case TermColumn: return tr("Term");
    case ProviderFeesColumn: return tr("Provider fees");
    case ModulesColumn: return tr("Modules");
    case OnboardingColumn: return tr("Onboarding");
    case StaffColumn: return tr("In-house staff");
    case ContractorColumn: return tr("Contractor");
    case ToolsColumn: return tr("Tools");
    case RecruitingColumn: return tr("Recruiting");
    case FteNeededColumn:
        return tr("FTE needed (today %1)").arg(formatDecimal(m_document->costModel().organisation().itStaffFte, 1));
    case FteToHireColumn: return tr("FTE to hire");
    default: return {};
    }
}

void CostTableModel::reload()
{
    beginResetModel();
    m_costs = m_document->costModel().costs();
    m_cheapest = -1;
    for (int m = 0; m < static_cast<int>(m_costs.size()); ++m)
        if (m_cheapest < 0 || m_costs[static_cast<size_t>(m)].perYear() < m_costs[static_cast<size_t>(m_cheapest)].perYear())
            m_cheapest = m;
    m_front.clear();
    endResetModel();
    refreshFront();
}

void CostTableModel::refreshFront()
{
    const std::vector<double> &fits = m_document->result().overall;
    if (fits.size() != m_costs.size())
        return; // the models are changing: reload() follows
    std::vector<bool> front = valueForMoneyFront(fits, m_costs);
    if (front == m_front)
        return;
    m_front = std::move(front);
    if (!m_costs.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::FontRole, SortRole});
}

} // namespace splitbench::gui
