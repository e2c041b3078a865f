// The Scenarios tab's table: one column per outcome (the profile as profiled, then each scenario), one row per
// model's fit and, when the profile has its organisation's figures, one per model's cost per month.
#pragma once

#include "catalogue.h"
#include "scenarios.h"

#include <QAbstractTableModel>

namespace splitbench::gui {

class ScenarioComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Takes a new comparison (compareScenarios()); resets the model only when its shape changed.
    void setComparison(ScenarioComparison comparison, const Catalogue &catalogue);
    [[nodiscard]] const ScenarioComparison &comparison() const { return m_comparison; }
    /// The scenario (index into Profile::scenarios, -1 for the base profile) a column shows.
    [[nodiscard]] int scenarioOfColumn(int column) const;
    /// True for the column of a scenario whose answer differs from the base profile's.
    [[nodiscard]] bool isFlipped(int column) const;
    /// The model a row is about, and whether it is the row of its cost (else of its fit).
    [[nodiscard]] int modelOfRow(int row) const;
    [[nodiscard]] bool isCostRow(int row) const;
    /// Marks the column of the scenario the workbench edits (-1: the base profile) in its header.
    void setEditedScenario(int scenario);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] int modelCount() const { return static_cast<int>(m_modelNames.size()); }

    ScenarioComparison m_comparison;
    QStringList m_modelNames;
    int m_edited = -1;
};

} // namespace splitbench::gui
