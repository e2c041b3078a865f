// Table model of a handover plan (core/handover_plan.h): one row per step in plan order, grouped by dimension.
#pragma once

#include "handover_plan.h"

#include <QAbstractTableModel>

namespace splitbench::gui {

/**
 * Rows are the plan's steps in order; a dimension's name is shown on the first step of its group (and read out
 * on every row). Columns: step number, dimension, activity, owner before → after, provider RACI before → after,
 * in-house RACI before → after, provider share before → after with the change, the steps to do first, and the
 * checklist line from the catalogue. Read-only: the plan follows today's split and the target model.
 */
class PlanTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StepColumn = 0,
        DimensionColumn,
        ActivityColumn,
        OwnerColumn,
        ProviderRaciColumn,
        InternalRaciColumn,
        ShareColumn,
        PrerequisitesColumn,
        ChecklistColumn,
        ColumnCount
    };

    explicit PlanTableModel(QObject *parent = nullptr);

    /// Shows `plan` of `catalogue` (which must outlive the next setPlan(); custom models included).
    void setPlan(const Catalogue *catalogue, HandoverPlan plan);
    [[nodiscard]] const HandoverPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QString text(int row, int column) const;

    const Catalogue *m_catalogue = nullptr;
    HandoverPlan m_plan;
};

} // namespace splitbench::gui
