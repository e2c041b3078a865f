#include "cost_page.h"

#include "cost_charts.h"
#include "display_text.h"
#include "models/cost_table_model.h"
#include "number_format.h"
#include "profile_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace splitbench::gui {

namespace {

enum ModuleColumn { ModuleNameColumn = 0, ModulePerMonthColumn, ModulePerUserColumn };

QGroupBox *group(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    return box;
}

QFormLayout *formIn(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    // A long (German) label takes its own line rather than squeezing the box beside it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

/// A label whose buddy is `field`, added to `form` as one row. Mnemonics: only letters no other visible control
/// uses (the menus take F, E, V, H; the profile panel O, X, T, M, Q), so each Alt+letter reaches one box.
void addRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    form->addRow(label, field);
}

/// The module prices are edited in place with a spin box over the whole range a profile accepts (the default
/// editor stops at 99.99), and shown as money in the profile's currency.
class ModulePriceDelegate final : public QStyledItemDelegate {
public:
    ModulePriceDelegate(ProfileDocument *document, QObject *parent) : QStyledItemDelegate(parent), m_document(document)
    {
    }

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return formatMoney(value.toDouble(), m_document->organisation().currency, 2);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *editor = new QDoubleSpinBox(parent);
        editor->setRange(kModulePriceRange.min, kModulePriceRange.max);
        editor->setDecimals(2);
        editor->setGroupSeparatorShown(true);
        editor->setFrame(false);
        editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *box = static_cast<QDoubleSpinBox *>(editor);
        box->interpretText();
        model->setData(index, box->value(), Qt::EditRole);
    }

private:
    ProfileDocument *m_document;
};

} // namespace

CostPage::CostPage(ProfileDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("costPage"));
    setAccessibleName(tr("Cost"));

    // Inputs on the left, in a column that scrolls on a laptop screen.
    auto *inputs = new QWidget;
    inputs->setObjectName(QStringLiteral("costInputs"));
    buildInputs(inputs);
    auto *inputScroll = new QScrollArea(this);
    inputScroll->setObjectName(QStringLiteral("costInputsScrollArea"));
    inputScroll->setWidget(inputs);
    inputScroll->setWidgetResizable(true);
    inputScroll->setFrameShape(QFrame::NoFrame);
    inputScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    inputScroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus; scrolling follows them
    // Wide enough for the widest input row, plus the scroll bar.
    inputScroll->setMinimumWidth(inputs->minimumSizeHint().width() + inputScroll->verticalScrollBar()->sizeHint().width() + 4);
    inputScroll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    // Results on the right: the note, the table, the charts.
    m_note = new QLabel(tr("The prices and staff figures start as typical market figures, not a quote: replace "
                           "them with your providers' real quotes and your own salaries."));
    m_note->setObjectName(QStringLiteral("costTypicalNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    // --- Scenarios
    m_scenarioNote = new QLabel;
    m_scenarioNote->setObjectName(QStringLiteral("costScenarioNote"));
    m_scenarioNote->setWordWrap(true);
    m_scenarioNote->setTextFormat(Qt::PlainText);
    m_scenarioNote->setVisible(false);
    connect(m_document, &ProfileDocument::editedScenarioChanged, this, &CostPage::refreshScenarioNote);
    connect(m_document, &ProfileDocument::scenariosChanged, this, &CostPage::refreshScenarioNote);

    m_tableModel = new CostTableModel(m_document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(CostTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setAccessibleName(tr("Total cost of each model"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // catalogue order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    auto *tableLabel = new QLabel(tr("Total cost of o&wnership:"));
    tableLabel->setBuddy(m_table);

    m_chartSlot = new QWidget;
    m_chartSlot->setObjectName(QStringLiteral("costChartSlot"));
    // One below the other: side by side, each would be too narrow on a laptop to read.
    auto *chartLayout = new QVBoxLayout(m_chartSlot);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_componentsChart = new CostComponentsChart(m_chartSlot);
    m_valueChart = new ValueForMoneyChart(m_chartSlot);
    chartLayout->addWidget(m_componentsChart);
    chartLayout->addWidget(m_valueChart);

    auto *results = new QWidget;
    results->setObjectName(QStringLiteral("costResults"));
    auto *resultLayout = new QVBoxLayout(results);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_scenarioNote);
    resultLayout->addWidget(m_note);
    resultLayout->addWidget(tableLabel);
    resultLayout->addWidget(m_table);
    resultLayout->addWidget(m_chartSlot, 1);
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setObjectName(QStringLiteral("costResultsScrollArea"));
    resultScroll->setWidget(results);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultScroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(inputScroll);
    layout->addWidget(resultScroll, 1);

    connect(m_document, &ProfileDocument::costsChanged, this, [this] {
        syncInputs();
        m_chartsDirty = true;
        refreshCharts();
    });
    connect(m_document, &ProfileDocument::modelsChanged, this, [this] {
        rebuildModelCombo();
        syncInputs();
        m_chartsDirty = true; // names
        refreshCharts();
    });
    connect(m_document, &ProfileDocument::profileReset, this, &CostPage::syncInputs);
    // A slider step changes the fit, so the value-for-money chart's points move sideways; only when shown.
    connect(m_document, &ProfileDocument::resultChanged, this, &CostPage::refreshCharts);
    rebuildModelCombo();
    syncInputs();
}

CostPage::~CostPage() = default;

void CostPage::refreshScenarioNote()
{
    const int scenario = m_document->editedScenario();
    m_scenarioNote->setVisible(scenario >= 0);
    if (scenario >= 0)
        m_scenarioNote->setText(
            tr("Scenario \"%1\": the organisation's figures and the prices per user, server and site and the "
               "onboarding fee you change here go to the scenario. The currency, the contract terms, the surcharges "
               "and the modules are the profile's, the same in every scenario. Figures in bold are the scenario's "
               "own.")
                .arg(m_document->profile().scenarios[static_cast<size_t>(scenario)].name));
}

QString CostPage::moduleName(const QString &id)
{
    if (id == QLatin1String("out_of_hours"))
        return tr("Out-of-hours cover");
    if (id == QLatin1String("security_monitoring"))
        return tr("Security monitoring");
    if (id == QLatin1String("strategic_advice"))
        return tr("Strategic advice hours");
    if (id == QLatin1String("backup_recovery"))
        return tr("Backup and recovery");
    return id;
}

void CostPage::buildInputs(QWidget *inputs)
{
    const auto makeBox = [this](const QString &objectName, const QString &accessibleName, FigureRange range,
                                int decimals, double step) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(objectName);
        box->setRange(range.min, range.max);
        box->setDecimals(decimals);
        box->setSingleStep(step);
        box->setGroupSeparatorShown(true);
        box->setAccelerated(true);
        box->setAccessibleName(accessibleName);
        if (auto *editor = box->findChild<QLineEdit *>())
            editor->setAccessibleName(accessibleName);
        // A long maximum (a billion) would make the box as wide as its text; a salary needs far less room.
        box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000 CHF")) + 40);
        return box;
    };
    const auto organisationBox = [&](OrganisationFigure figure, const QString &objectName, const QString &name,
                                     int decimals, double step) {
        QDoubleSpinBox *box = makeBox(objectName, name, figureRange(figure), decimals, step);
        m_organisationBoxes[figure] = box;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, figure](double value) {
            if (!m_syncing)
                m_document->setOrganisationFigure(figure, value);
        });
        return box;
    };
    const auto priceBox = [&](PriceFigure figure, const QString &objectName, const QString &name, int decimals,
                              double step) {
        QDoubleSpinBox *box = makeBox(objectName, name, figureRange(figure), decimals, step);
        m_priceBoxes[figure] = box;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, figure](double value) {
            if (!m_syncing)
                m_document->setPriceFigure(pricedModel(), figure, value);
        });
        return box;
    };

    // Size.
    QGroupBox *sizeBox = group(tr("Size"), QStringLiteral("costSizeBox"));
    QFormLayout *size = formIn(sizeBox);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("costCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    for (const QString &code : knownCurrencies())
        m_currency->addItem(code, code);
    connect(m_currency, &QComboBox::activated, this,
            [this] { m_document->setCurrency(m_currency->currentData().toString()); });
    addRow(size, tr("&Currency:"), m_currency);
    addRow(size, tr("&Users:"), organisationBox(OrganisationFigure::Users, QStringLiteral("costUsers"), tr("Users"), 0, 5));
    addRow(size, tr("&Devices:"),
           organisationBox(OrganisationFigure::Devices, QStringLiteral("costDevices"), tr("Devices"), 0, 5));
    addRow(size, tr("Se&rvers:"),
           organisationBox(OrganisationFigure::Servers, QStringLiteral("costServers"), tr("Servers"), 0, 1));
    addRow(size, tr("S&ites:"), organisationBox(OrganisationFigure::Sites, QStringLiteral("costSites"), tr("Sites"), 0, 1));

    // Staff.
    QGroupBox *staffBox = group(tr("Staff"), QStringLiteral("costStaffBox"));
    QFormLayout *staff = formIn(staffBox);
    addRow(staff, tr("Toda&y's IT staff (FTE):"),
           organisationBox(OrganisationFigure::ItStaffFte, QStringLiteral("costItStaff"),
                           tr("Today's IT staff in full-time equivalents"), 1, 0.5));
    addRow(staff, tr("Users &per IT FTE:"),
           organisationBox(OrganisationFigure::UsersPerItFte, QStringLiteral("costUsersPerFte"),
                           tr("Users one full-time IT person looks after"), 0, 5));
    addRow(staff, tr("&Salary per year:"),
           organisationBox(OrganisationFigure::SalaryPerYear, QStringLiteral("costSalary"),
                           tr("IT salary per year"), 0, 1000));
    QDoubleSpinBox *onCost = organisationBox(OrganisationFigure::OnCostPercent, QStringLiteral("costOnCost"),
                                             tr("On-cost in percent of the salary"), 1, 1);
    onCost->setSuffix(tr(" %"));
    addRow(staff, tr("O&n-cost:"), onCost);
    addRow(staff, tr("Too&ls per FTE and year:"),
           organisationBox(OrganisationFigure::ToolsPerItFtePerYear, QStringLiteral("costTools"),
                           tr("Tools per IT FTE and year"), 0, 100));
    addRow(staff, tr("Recruitin&g cost per hire:"),
           organisationBox(OrganisationFigure::RecruitingCostOnce, QStringLiteral("costRecruiting"),
                           tr("Recruiting cost per hire"), 0, 500));
    QDoubleSpinBox *turnover = organisationBox(OrganisationFigure::TurnoverPercentPerYear,
                                               QStringLiteral("costTurnover"), tr("Staff turnover per year"), 1, 1);
    turnover->setSuffix(tr(" %"));
    addRow(staff, tr("Staff turnover per year:"), turnover);
    m_smallNeed = new QComboBox;
    m_smallNeed->setObjectName(QStringLiteral("costSmallNeed"));
    m_smallNeed->setAccessibleName(tr("A need too small for a hire is bought as"));
    m_smallNeed->addItem(tr("Contractor hours"), static_cast<int>(SmallNeedAs::ContractorHours));
    m_smallNeed->addItem(tr("Part-time role"), static_cast<int>(SmallNeedAs::PartTimeRole));
    m_smallNeed->setToolTip(tr("A fraction of an FTE is bought by the hour, or as the smallest part-time role "
                               "you would hire"));
    connect(m_smallNeed, &QComboBox::activated, this, [this] {
        m_document->setSmallNeedAs(static_cast<SmallNeedAs>(m_smallNeed->currentData().toInt()));
    });
    addRow(staff, tr("Small need &bought as:"), m_smallNeed);
    addRow(staff, tr("Hourly r&ate:"),
           organisationBox(OrganisationFigure::ContractorHourlyRate, QStringLiteral("costHourlyRate"),
                           tr("Contractor's hourly rate"), 2, 5));
    addRow(staff, tr("Smallest hire (FTE):"),
           organisationBox(OrganisationFigure::MinimumHireFte, QStringLiteral("costMinimumHire"),
                           tr("Smallest hire in full-time equivalents"), 2, 0.1));
    m_redeploy = new QCheckBox(tr("Count released staff as a saving"));
    m_redeploy->setObjectName(QStringLiteral("costRedeploy"));
    m_redeploy->setToolTip(tr("Off: today's IT staff cost the same in every model, as long as you keep them. On: "
                              "staff a model does not need are counted as released."));
    connect(m_redeploy, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_document->setRedeployKeptStaff(on);
    });
    staff->addRow(m_redeploy);

    // Prices of one model at a time.
    QGroupBox *pricesBox = group(tr("Prices per model"), QStringLiteral("costPricesBox"));
    QFormLayout *prices = formIn(pricesBox);
    m_modelCombo = new QComboBox;
    m_modelCombo->setObjectName(QStringLiteral("costModelCombo"));
    m_modelCombo->setAccessibleName(tr("Model whose prices are shown"));
    // A long custom model's name is elided rather than widening the column.
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(16);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_modelCombo->setToolTip(m_modelCombo->currentText());
        syncPrices();
    });
    addRow(prices, tr("Model:"), m_modelCombo);
    addRow(prices, tr("Per user and month:"),
           priceBox(PriceFigure::PerUser, QStringLiteral("costPerUser"), tr("Price per user and month"), 2, 1));
    addRow(prices, tr("Per server and month:"),
           priceBox(PriceFigure::PerServer, QStringLiteral("costPerServer"), tr("Price per server and month"), 2, 1));
    addRow(prices, tr("Per site and month:"),
           priceBox(PriceFigure::PerSite, QStringLiteral("costPerSite"), tr("Price per site and month"), 2, 1));
    addRow(prices, tr("Onboarding (once):"),
           priceBox(PriceFigure::OnboardingOnce, QStringLiteral("costOnboarding"), tr("One-off onboarding fee"), 0, 100));
    m_term = new QComboBox;
    m_term->setObjectName(QStringLiteral("costTerm"));
    m_term->setAccessibleName(tr("Contract term"));
    for (const int months : kContractTerms)
        m_term->addItem(tr("%n months", nullptr, months), months);
    connect(m_term, &QComboBox::activated, this,
            [this] { m_document->setTerm(pricedModel(), m_term->currentData().toInt()); });
    addRow(prices, tr("Contract term:"), m_term);
    for (const int months : {12, 24}) {
        QDoubleSpinBox *box = makeBox(QStringLiteral("costSurcharge%1").arg(months),
                                      tr("Surcharge for a %1-month term").arg(months), kSurchargeRange, 1, 1);
        box->setSuffix(tr(" %"));
        m_surchargeBoxes[months] = box;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, months](double value) {
            if (!m_syncing)
                m_document->setSurcharge(pricedModel(), months, value);
        });
        addRow(prices, tr("A %1-month term adds:").arg(months), box);
    }

    m_modules = new QTableWidget(0, 3);
    m_modules->setObjectName(QStringLiteral("costModules"));
    m_modules->setAccessibleName(tr("Modules bought on top of the base fee"));
    m_modules->setHorizontalHeaderLabels({tr("Module"), tr("Per month"), tr("Per user")});
    m_modules->verticalHeader()->hide();
    m_modules->horizontalHeader()->setSectionResizeMode(ModuleNameColumn, QHeaderView::Stretch);
    m_modules->horizontalHeader()->setSectionResizeMode(ModulePerMonthColumn, QHeaderView::ResizeToContents);
    m_modules->horizontalHeader()->setSectionResizeMode(ModulePerUserColumn, QHeaderView::ResizeToContents);
    m_modules->setTabKeyNavigation(false);
    m_modules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_modules->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_modules->setItemDelegateForColumn(ModulePerMonthColumn, new ModulePriceDelegate(m_document, m_modules));
    m_modules->setItemDelegateForColumn(ModulePerUserColumn, new ModulePriceDelegate(m_document, m_modules));
    m_modules->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_modules->setToolTip(tr("Tick a module to buy it; F2 or a double click edits a price"));
    connect(m_modules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_syncing)
            return;
        const int module = item->row();
        if (item->column() == ModuleNameColumn)
            m_document->setModuleSelected(pricedModel(), module, item->checkState() == Qt::Checked);
        else
            m_document->setModulePrice(pricedModel(), module, item->column() == ModulePerUserColumn,
                                       item->data(Qt::EditRole).toDouble());
    });
    m_modulesLabel = new QLabel(tr("Modules:"));
    m_modulesLabel->setBuddy(m_modules);
    prices->addRow(m_modulesLabel);
    prices->addRow(m_modules);

    auto *layout = new QVBoxLayout(inputs);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(sizeBox);
    layout->addWidget(staffBox);
    layout->addWidget(pricesBox);
    layout->addStretch(1);
}

QDoubleSpinBox *CostPage::organisationBox(OrganisationFigure figure) const
{
    return m_organisationBoxes.at(figure);
}

QDoubleSpinBox *CostPage::priceBox(PriceFigure figure) const
{
    return m_priceBoxes.at(figure);
}

int CostPage::pricedModel() const
{
    return std::clamp(m_modelCombo->currentIndex(), 0, m_document->modelCount() - 1);
}

QString CostPage::noteText() const
{
    return m_note->text();
}

void CostPage::rebuildModelCombo()
{
    const int current = m_modelCombo->currentIndex();
    const QSignalBlocker blocker(m_modelCombo);
    m_modelCombo->clear();
    for (const ServiceModel &model : m_document->catalogue().models)
        m_modelCombo->addItem(model.name, model.id);
    m_modelCombo->setCurrentIndex(std::clamp(current, 0, m_modelCombo->count() - 1));
    m_modelCombo->setToolTip(m_modelCombo->currentText());
}

void CostPage::syncInputs()
{
    m_syncing = true;
    const Organisation organisation = m_document->organisation();
    for (const auto &[figure, box] : m_organisationBoxes)
        if (box->value() != splitbench::figure(organisation, figure))
            box->setValue(splitbench::figure(organisation, figure));
    m_currency->setCurrentIndex(m_currency->findData(organisation.currency));
    m_smallNeed->setCurrentIndex(m_smallNeed->findData(static_cast<int>(organisation.smallNeedAs)));
    m_redeploy->setChecked(organisation.redeployKeptStaff);
    // --- Scenarios: the figures the edited scenario sets are bold.
    for (const auto &[figure, box] : m_organisationBoxes) {
        const bool sets = m_document->scenarioSetsFigure(figure);
        if (box->font().bold() != sets) {
            QFont font = box->font();
            font.setBold(sets);
            box->setFont(font);
        }
    }
    m_syncing = false;
    refreshCurrency();
    syncPrices();
}

void CostPage::syncPrices()
{
    if (m_document->modelCount() == 0)
        return;
    m_syncing = true;
    const ModelPricing &pricing = m_document->pricing(pricedModel());
    for (const auto &[figure, box] : m_priceBoxes)
        if (box->value() != splitbench::figure(pricing, figure))
            box->setValue(splitbench::figure(pricing, figure));
    m_term->setCurrentIndex(m_term->findData(pricing.termMonths));
    for (const auto &[months, box] : m_surchargeBoxes)
        if (box->value() != pricing.surchargePercent(months))
            box->setValue(pricing.surchargePercent(months));

    const int rows = static_cast<int>(pricing.modules.size());
    if (m_modules->rowCount() != rows)
        m_modules->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const PricingModule &module = pricing.modules[static_cast<size_t>(row)];
        auto *name = m_modules->item(row, ModuleNameColumn);
        if (!name) {
            name = new QTableWidgetItem;
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            m_modules->setItem(row, ModuleNameColumn, name);
        }
        name->setText(moduleName(module.id));
        name->setToolTip(moduleName(module.id));
        name->setCheckState(module.selected ? Qt::Checked : Qt::Unchecked);
        for (const int column : {ModulePerMonthColumn, ModulePerUserColumn}) {
            auto *price = m_modules->item(row, column);
            if (!price) {
                price = new QTableWidgetItem;
                price->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
                price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_modules->setItem(row, column, price);
            }
            price->setData(Qt::EditRole, column == ModulePerUserColumn ? module.perUserPerMonth : module.perMonth);
        }
    }
    // As tall as its rows: the column scrolls, not the table inside it.
    const int height = m_modules->horizontalHeader()->sizeHint().height() +
                       rows * m_modules->verticalHeader()->defaultSectionSize() + 2 * m_modules->frameWidth();
    m_modules->setFixedHeight(height);
    m_modules->setVisible(rows > 0);
    m_modulesLabel->setVisible(rows > 0);
    m_syncing = false;
}

void CostPage::refreshCurrency()
{
    const QString suffix = QLatin1Char(' ') + m_document->organisation().currency;
    const auto setSuffix = [&](QDoubleSpinBox *box) {
        if (box->suffix() != suffix)
            box->setSuffix(suffix);
    };
    for (const OrganisationFigure figure :
         {OrganisationFigure::SalaryPerYear, OrganisationFigure::ToolsPerItFtePerYear,
          OrganisationFigure::RecruitingCostOnce, OrganisationFigure::ContractorHourlyRate})
        setSuffix(m_organisationBoxes.at(figure));
    for (const auto &[figure, box] : m_priceBoxes)
        setSuffix(box);
    m_modules->viewport()->update();
}

void CostPage::refreshCharts()
{
    if (!isVisible()) {
        m_chartsDirty = true; // shown later: showEvent brings them up to date
        return;
    }
    const FitResult &result = m_document->result();
    if (m_chartsDirty || m_chartData.modelCount() != m_document->modelCount() ||
        result.overall.size() != m_chartData.costs.size()) {
        m_chartsDirty = false;
        m_chartData = report::CostChartData::make(m_document->catalogue(), m_document->shownProfile(), result);
        m_componentsChart->setData(m_chartData);
        m_valueChart->setData(m_chartData);
        return;
    }
    // A slider step: the costs are as they were, only the fits (and so the best-value models) move.
    if (m_chartData.fits == result.overall)
        return;
    m_chartData.fits = result.overall;
    m_chartData.front = valueForMoneyFront(m_chartData.fits, m_chartData.costs);
    m_chartData.recommended = result.isTie() ? -1 : result.recommended;
    m_valueChart->setData(m_chartData);
}

void CostPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsDirty)
        refreshCharts();
}

void CostPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}

} // namespace splitbench::gui
