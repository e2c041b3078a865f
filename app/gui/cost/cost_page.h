// The Cost tab: the organisation's size and staff figures and each model's prices (every input an undoable
// edit of the profile), and what each model costs (a table and two charts), updated live.
#pragma once

#include "cost_figures.h"
#include "cost_plots.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace splitbench::gui {

class CostComponentsChart;
class CostTableModel;
class ValueForMoneyChart;
class ProfileDocument;

class CostPage final : public QWidget {
    Q_OBJECT
public:
    explicit CostPage(ProfileDocument *document, QWidget *parent = nullptr);
    ~CostPage() override;

    [[nodiscard]] QDoubleSpinBox *organisationBox(OrganisationFigure figure) const;
    [[nodiscard]] QDoubleSpinBox *priceBox(PriceFigure figure) const;
    [[nodiscard]] QComboBox *modelCombo() const { return m_modelCombo; }
    [[nodiscard]] QComboBox *currencyCombo() const { return m_currency; }
    [[nodiscard]] QComboBox *termCombo() const { return m_term; }
    [[nodiscard]] QTableWidget *moduleTable() const { return m_modules; }
    [[nodiscard]] QTableView *costTable() const { return m_table; }
    [[nodiscard]] CostTableModel *costModel() const { return m_tableModel; }
    /// The model whose prices the inputs show.
    [[nodiscard]] int pricedModel() const;
    /// Where the charts go: a widget with a vertical layout.
    [[nodiscard]] QWidget *chartSlot() const { return m_chartSlot; }
    [[nodiscard]] CostComponentsChart *componentsChart() const { return m_componentsChart; }
    [[nodiscard]] ValueForMoneyChart *valueChart() const { return m_valueChart; }
    /// The typical-figures note, for tests.
    [[nodiscard]] QString noteText() const;

    /// The translated name of a pricing module (its id when unknown).
    [[nodiscard]] static QString moduleName(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildInputs(QWidget *inputs);
    void rebuildModelCombo();
    /// Shows the document's figures in the inputs (without editing the document back).
    void syncInputs();
    void syncPrices();
    void refreshCurrency();
    /// The charts: all of them after a cost edit, or only the fits after a slider step. Skipped while hidden.
    void refreshCharts();

    ProfileDocument *m_document;
    std::map<OrganisationFigure, QDoubleSpinBox *> m_organisationBoxes;
    std::map<PriceFigure, QDoubleSpinBox *> m_priceBoxes;
    std::map<int, QDoubleSpinBox *> m_surchargeBoxes;
    QComboBox *m_currency = nullptr;
    QComboBox *m_smallNeed = nullptr;
    QCheckBox *m_redeploy = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QComboBox *m_term = nullptr;
    QTableWidget *m_modules = nullptr;
    QLabel *m_modulesLabel = nullptr;
    QLabel *m_note = nullptr;
    // --- Scenarios
    QLabel *m_scenarioNote = nullptr; ///< What an edit changes while a scenario is shown.
    void refreshScenarioNote();
    CostTableModel *m_tableModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_chartSlot = nullptr;
    CostComponentsChart *m_componentsChart = nullptr;
    ValueForMoneyChart *m_valueChart = nullptr;
    report::CostChartData m_chartData; ///< What the charts show; a slider step changes only its fits.
    bool m_syncing = false;
    bool m_chartsDirty = true;
};

} // namespace splitbench::gui
