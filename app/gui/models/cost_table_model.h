// Table model of what each model costs: the total over its term, per year and per user, the components, the
// in-house staff it needs, and which models are cheapest or give the best value for money.
#pragma once

#include "cost_model.h"

#include <QAbstractTableModel>

#include <vector>

namespace splitbench::gui {

class ProfileDocument;

/**
 * One row per model (built-in and custom). Money is written with formatMoney() in the organisation's
 * currency; SortRole holds the number, so sorting is numeric. The cheapest model and the models no other
 * model beats on fit and cost (valueForMoneyFront) are named in the Note column and set in bold, so the
 * emphasis does not rest on colour.
 */
class CostTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ModelColumn = 0,
        TotalColumn, // the figures first: on a laptop the note and the components scroll into view
        PerYearColumn,
        PerUserColumn,
        NoteColumn,
        TermColumn,
        ProviderFeesColumn,
        ModulesColumn,
        OnboardingColumn,
        StaffColumn,
        ContractorColumn,
        ToolsColumn,
        RecruitingColumn,
        FteNeededColumn,
        FteToHireColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CostTableModel(ProfileDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] const std::vector<CostBreakdown> &costs() const { return m_costs; }
    /// The model that costs least per year (-1 with no models).
    [[nodiscard]] int cheapest() const { return m_cheapest; }
    /// True for the cheapest model and any within 0.5 % of it per year.
    [[nodiscard]] bool isCheapest(int model) const;
    [[nodiscard]] bool isOnFront(int model) const;
    /// What the Note column says of `model` ("Cheapest · best value for money"), or an empty string.
    [[nodiscard]] QString note(int model) const;

private:
    void reload();
    /// The fit changed (a slider step): only the notes can change.
    void refreshFront();
    [[nodiscard]] double number(int row, int column) const;

    ProfileDocument *m_document;
    std::vector<CostBreakdown> m_costs;
    std::vector<bool> m_front;
    int m_cheapest = -1;
};

} // namespace splitbench::gui
