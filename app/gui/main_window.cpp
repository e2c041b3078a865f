#include "main_window.h"

#include "accessibility.h"
#include "app_language.h"
#include "chart_wiring.h"
#include "cost/cost_page.h"
#include "display_text.h"
#include "dialog_provider.h"
#include "dimension_explorer.h"
#include "example_profiles.h"
#include "fit_table_view.h"
#include "logging_setup.h"
#include "model_view_state.h"
#include "pane_sizer.h"
#include "plan/plan_view.h"
#include "plan/today_actions.h"
#include "proposals/proposals_page.h"
#include "models/fit_table_model.h"
#include "preferences_dialog.h"
#include "profile_document.h"
#include "profile_files.h"
#include "profile_panel.h"
#include "proposals/proposal_actions.h"
#include "radar_view.h"
#include "recommendation_banner.h"
#include "report_actions.h"
#include "scenarios/scenario_actions.h"
#include "scenarios/scenarios_page.h"
#include "scenarios.h"
#include "sensitivity_view.h"
#include "theme.h"
#include "user_guide.h"
#include "workbench_settings.h"
#include "workshop/participant_actions.h"
#include "workshop/workshop_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <cerrno>

#include <spdlog/version.h>
#include <sys/stat.h>

namespace splitbench::gui {

namespace {
constexpr int kMessageTimeoutMs = 8000;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

/// A toolbar twin of `source` (Undo, Redo) with a short text that never changes, so its button keeps its width
/// while the source names the command ("Undo Set Desire for control to 20", as long as a model's name); the
/// tooltip and the status tip give that full text. The source keeps the shortcut and the Edit menu entry.
QAction *toolBarTwin(QAction *source, const QString &text, QObject *parent)
{
    auto *twin = new QAction(source->icon(), text, parent);
    twin->setObjectName(source->objectName() + QStringLiteral("Button"));
    const auto follow = [source, twin] {
        twin->setEnabled(source->isEnabled());
        const QString full = source->iconText(); // the text without '&'
        const QString keys = source->shortcut().toString(QKeySequence::NativeText);
        twin->setToolTip(keys.isEmpty() ? full : QStringLiteral("%1 (%2)").arg(full, keys));
        twin->setStatusTip(full);
    };
    QObject::connect(source, &QAction::changed, twin, follow);
    QObject::connect(twin, &QAction::triggered, source, &QAction::trigger);
    follow();
    return twin;
}
} // namespace

MainWindow::MainWindow(WorkbenchSettings *settings, std::shared_ptr<DialogProvider> dialogs, QWidget *parent)
    : QMainWindow(parent), m_settings(settings),
      m_dialogs(dialogs ? std::move(dialogs) : std::make_shared<WidgetDialogProvider>()),
      m_document(new ProfileDocument(Catalogue::builtIn(installedLanguage()), this)), m_viewState(new ModelViewState(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    installAccessibleInterfaces(); // before any widget is read by a screen reader
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true); // a profile, or a provider's sheet to import (dropEvent())

    m_files = new ProfileFiles(this, m_document, m_settings, [this] { return m_dialogs.get(); });
    connect(m_files, &ProfileFiles::message, this, &MainWindow::showMessage);
    m_participantActions = new ParticipantActions(this, m_document, m_settings, [this] { return m_dialogs.get(); });
    connect(m_participantActions, &ParticipantActions::message, this, &MainWindow::showMessage);
    m_proposalActions = new ProposalActions(this, m_document, m_settings, [this] { return m_dialogs.get(); });
    connect(m_proposalActions, &ProposalActions::message, this, &MainWindow::showMessage);
    m_scenarioActions = new ScenarioActions(this, m_document, [this] { return m_dialogs.get(); });
    connect(m_scenarioActions, &ScenarioActions::message, this, &MainWindow::showMessage);
    createActions();
    createProfileDock(); // first, so Tab moves from the profile to the results
    createCentralArea();
    createMenus();
    createToolBar();

    m_reportActions = new ReportActions(this, m_document, m_settings, [this] { return m_dialogs.get(); });
    m_reportActions->setMonteCarloSource([this] { return m_sensitivity->monteCarloOptions(); });
    m_reportActions->setPlanTargetSource([this] { return m_planView->targetModel(); });
    connect(m_planView, &PlanView::exportRequested, m_reportActions,
            [this](int format) { m_reportActions->exportPlan(static_cast<ReportActions::PlanFormat>(format)); });
    addReportActions(m_reportActions->actions());
    connect(m_reportActions, &ReportActions::message, this, &MainWindow::showMessage);

    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_statusSummary);

    connect(m_document, &ProfileDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::resultChanged, this, &MainWindow::updateStatusSummary);
    connect(m_document, &ProfileDocument::modelsChanged, this, [this] {
        rebuildModelActions();
        checkModelActions();
    });
    connect(m_viewState, &ModelViewState::visibilityChanged, this, &MainWindow::checkModelActions);
    connect(m_document, &ProfileDocument::todayChanged, this, &MainWindow::checkModelActions);

    connect(m_proposalActions, &ProposalActions::modelImported, this, &MainWindow::showNewModel);
    rebuildModelActions();
    restoreSettings();
    updateTitle();
    updateStatusSummary();
}

MainWindow::~MainWindow() = default;

RadarChart *MainWindow::radarChart() const
{
    return m_radarView->radarChart();
}

QTableView *MainWindow::fitTable() const
{
    return m_fitTable;
}

FitTableModel *MainWindow::fitTableModel() const
{
    return m_fitTable->fitModel();
}

void MainWindow::setDialogProvider(std::shared_ptr<DialogProvider> dialogs)
{
    m_dialogs = std::move(dialogs);
}

// --- Construction ---------------------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    m_newAction = m_files->newAction();
    m_openAction = m_files->openAction();
    m_saveAction = m_files->saveAction();
    m_saveAsAction = m_files->saveAsAction();

    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));

    m_resetAction = make(tr("Reset Profile to De&faults"), QStringLiteral("actionReset"));
    m_resetAction->setStatusTip(tr("Set every trait to its default, importance to equal, and clear the notes"));
    connect(m_resetAction, &QAction::triggered, m_document, &ProfileDocument::resetToDefaults);

    m_duplicateAction =
        make(tr("&Duplicate Model…"), QStringLiteral("actionDuplicateModel"), QKeySequence(tr("Ctrl+D")));
    m_duplicateAction->setStatusTip(tr("Make an editable copy of a model, e.g. for a provider's proposal"));
    connect(m_duplicateAction, &QAction::triggered, this, [this] { duplicateModel(-1); });
    m_renameAction = make(tr("Re&name Custom Model…"), QStringLiteral("actionRenameModel"));
    connect(m_renameAction, &QAction::triggered, this, [this] { renameModel(-1); });
    m_removeAction = make(tr("Re&move Custom Model…"), QStringLiteral("actionRemoveModel"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeModel(-1); });

    m_overviewAction = make(tr("&Overview"), QStringLiteral("actionOverview"), QKeySequence(tr("Ctrl+1")));
    connect(m_overviewAction, &QAction::triggered, this, [this] { showTabWithFocus(OverviewTab); });
    m_explorerAction = make(tr("Dimension &Explorer"), QStringLiteral("actionExplorer"), QKeySequence(tr("Ctrl+2")));
    connect(m_explorerAction, &QAction::triggered, this, [this] { showTabWithFocus(ExplorerTab); });
    m_sensitivityAction = make(tr("&Sensitivity"), QStringLiteral("actionSensitivity"), QKeySequence(tr("Ctrl+4")));
    m_sensitivityAction->setStatusTip(tr("How firm the recommendation is, and what would change it"));
    connect(m_sensitivityAction, &QAction::triggered, this, [this] { showTabWithFocus(SensitivityTab); });
    m_costAction = make(tr("&Cost"), QStringLiteral("actionCost"), QKeySequence(tr("Ctrl+5")));
    m_costAction->setStatusTip(tr("What each model costs over its contract term, and value for money"));
    connect(m_costAction, &QAction::triggered, this, [this] { showTabWithFocus(CostTab); });
    m_workshopAction = make(tr("&Workshop"), QStringLiteral("actionWorkshop"), QKeySequence(tr("Ctrl+6")));
    m_workshopAction->setStatusTip(tr("Where the workshop's participants disagree, and what that decides"));
    connect(m_workshopAction, &QAction::triggered, this, [this] { showTabWithFocus(WorkshopTab); });
    m_scenariosAction = make(tr("Sce&narios"), QStringLiteral("actionScenarios"), QKeySequence(tr("Ctrl+7")));
    m_scenariosAction->setStatusTip(tr("Each model's fit and cost in every scenario, and what would flip the "
                                       "recommendation"));
    connect(m_scenariosAction, &QAction::triggered, this, [this] { showTabWithFocus(ScenariosTab); });
    // --- Today's split and the handover plan (Ctrl+7 is the Scenarios tab's).
    m_todayActions = new TodayActions(m_document, this);
    m_planAction = make(tr("&Handover Plan"), QStringLiteral("actionHandoverPlan"), QKeySequence(tr("Ctrl+8")));
    m_planAction->setStatusTip(tr("What changes hands on the way from today's split to a model"));
    connect(m_planAction, &QAction::triggered, this, [this] { showTabWithFocus(PlanTab); });
    m_proposalsAction = make(tr("P&roposals"), QStringLiteral("actionProposals"), QKeySequence(tr("Ctrl+9")));
    m_proposalsAction->setStatusTip(tr("Providers' proposals side by side: fit, cost, terms and findings"));
    connect(m_proposalsAction, &QAction::triggered, this, [this] { showTabWithFocus(ProposalsTab); });
    m_editProfileAction = make(tr("Edit &Profile"), QStringLiteral("actionEditProfile"), QKeySequence(tr("Ctrl+3")));
    m_editProfileAction->setStatusTip(tr("Show the organisation profile and move the keyboard focus to it"));
    connect(m_editProfileAction, &QAction::triggered, this, [this] {
        m_profileDock->show();
        m_profileDock->raise();
        m_profilePanel->showTab(0);
        m_profilePanel->slider(0)->setFocus(Qt::ShortcutFocusReason);
    });

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::System, tr("Follow &System")},
                                                      {ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : themes) {
        QAction *action = make(text, QStringLiteral("actionTheme_%1").arg(themeChoiceId(choice)));
        action->setCheckable(true);
        action->setData(themeChoiceId(choice));
        m_themeGroup->addAction(action);
        // The settings apply it (see themeChanged below), so the menu and the preferences agree.
        connect(action, &QAction::triggered, this, [this, choice = choice] { m_settings->setTheme(themeChoiceId(choice)); });
    }
    connect(m_settings, &WorkbenchSettings::themeChanged, this, [this](const QString &id) {
        const ThemeChoice choice = themeChoiceFromId(id);
        applyTheme(choice);
        for (QAction *action : m_themeGroup->actions())
            action->setChecked(action->data().toString() == themeChoiceId(choice));
    });

    m_preferencesAction = make(tr("&Preferences…"), QStringLiteral("actionPreferences"));
    // Ctrl+, where the platform has no binding of its own (KDE and GNOME use it too).
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferencesAction->setShortcuts(preferencesKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(tr("Ctrl+,"))}
                                                                : preferencesKeys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Choose the language and the theme of the workbench"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_userGuideAction = make(tr("User &Guide"), QStringLiteral("actionUserGuide"), QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("Read how to use Splitbench, from the first start to a printed report"));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_aboutAction = make(tr("&About Splitbench"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About Splitbench"), aboutText()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addMenu(m_files->recentMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_proposalActions->importAction());
    m_fileMenu->addAction(m_participantActions->importAction());
    m_fileMenu->addAction(m_participantActions->exportAction());
    m_fileMenu->addAction(m_participantActions->questionnaireAction());
    // addReportActions() fills the space between these two separators.
    m_reportSeparator = m_fileMenu->addSeparator();
    m_quitSeparator = m_fileMenu->addSeparator();
    m_quitSeparator->setVisible(false);
    m_fileMenu->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_duplicateAction);
    edit->addAction(m_renameAction);
    edit->addAction(m_removeAction);
    edit->addSeparator();
    edit->addMenu(m_todayActions->recordMenu());
    edit->addAction(m_todayActions->removeAction());
    edit->addSeparator();
    QMenu *participants = edit->addMenu(tr("&Workshop Participants"));
    participants->setObjectName(QStringLiteral("participantsMenu"));
    participants->addActions(m_participantActions->editActions());
    // --- Scenarios: a submenu, as the window's Alt+letters are all taken by the pages' labels.
    QMenu *scenarios = edit->addMenu(tr("&Scenarios"));
    scenarios->setObjectName(QStringLiteral("scenariosMenu"));
    scenarios->addActions(m_scenarioActions->actions());
    edit->addSeparator();
    QMenu *examples = edit->addMenu(tr("Apply E&xample Profile"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    examples->addActions(m_profilePanel->exampleActions());
    examples->setEnabled(!m_profilePanel->exampleActions().isEmpty());
    edit->addAction(m_resetAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_overviewAction);
    view->addAction(m_explorerAction);
    view->addAction(m_sensitivityAction);
    view->addAction(m_costAction);
    view->addAction(m_workshopAction);
    view->addAction(m_scenariosAction);
    view->addAction(m_planAction);
    view->addAction(m_proposalsAction);
    view->addAction(m_editProfileAction);
    QAction *dockToggle = m_profileDock->toggleViewAction();
    dockToggle->setText(tr("Show Organisation Profile P&anel"));
    dockToggle->setObjectName(QStringLiteral("actionToggleProfileDock"));
    view->addAction(dockToggle);
    view->addSeparator();
    m_modelsMenu = view->addMenu(tr("&Models"));
    m_modelsMenu->setObjectName(QStringLiteral("modelsMenu"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    theme->addActions(m_themeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_userGuideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    QAction *logFolder = help->addAction(tr("Open &Log Folder"));
    logFolder->setObjectName(QStringLiteral("actionOpenLogFolder"));
    logFolder->setStatusTip(tr("Show the folder with Splitbench's log files, e.g. to attach them to a bug report"));
    connect(logFolder, &QAction::triggered, this, [this] {
        const QString folder = app::logFolderPath();
        if (folder.isEmpty() || !QDir().mkpath(folder) || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            m_dialogs->showError(this, tr("Cannot open the log folder"),
                                 tr("%1: the folder could not be opened.").arg(QDir::toNativeSeparators(folder)));
    });
    help->addSeparator();
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(toolBarTwin(m_undoAction, tr("Undo"), bar));
    bar->addAction(toolBarTwin(m_redoAction, tr("Redo"), bar));
    bar->addSeparator();
    bar->addAction(m_duplicateAction);
    // --- Scenarios: always in sight, so it is clear which variant of the organisation is shown and edited.
    bar->addSeparator();
    auto *scenarioLabel = new QLabel(tr("Scenario:"), bar);
    scenarioLabel->setObjectName(QStringLiteral("scenarioComboLabel"));
    scenarioLabel->setBuddy(m_scenarioActions->selector());
    scenarioLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(scenarioLabel);
    bar->addWidget(m_scenarioActions->selector());
    bar->addAction(m_scenarioActions->addAction());
}

void MainWindow::createProfileDock()
{
    m_profilePanel = new ProfilePanel(m_document, builtInExamples(m_document->baseCatalogue(), installedLanguage()));
    connect(m_profilePanel, &ProfilePanel::message, this, &MainWindow::showMessage);
    m_profilePanel->setParticipantActions(m_participantActions->editActions());
    connect(m_profilePanel, &ProfilePanel::dragFinished, m_files, &ProfileFiles::dragFinished);
    m_profileDock = new QDockWidget(tr("Organisation Profile"), this);
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setAccessibleName(tr("Organisation profile"));
    m_profileDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    m_profileDock->setWidget(m_profilePanel);
    connect(m_document, &ProfileDocument::editedScenarioChanged, this, &MainWindow::updateDockTitle);
    connect(m_document, &ProfileDocument::scenariosChanged, this, &MainWindow::updateDockTitle);
    m_profileDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, m_profileDock);
    resizeDocks({m_profileDock}, {310}, Qt::Horizontal);
}

void MainWindow::createCentralArea()
{
    m_banner = new RecommendationBanner(m_document);

    m_radarView = new RadarView(m_document);
    m_radarView->setObjectName(QStringLiteral("radarView"));
    connect(m_radarView, &RadarView::dimensionSelected, m_viewState, &ModelViewState::setSelectedDimension);
    connect(m_radarView, &RadarView::dimensionActivated, this, &MainWindow::showDimension);

    m_charts = new ChartWiring(m_document, m_viewState, m_radarView, this);

    m_fitTable = new FitTableView(m_document, m_viewState);
    connect(m_fitTable, &FitTableView::dimensionActivated, this, &MainWindow::showDimension);

    m_overviewSplitter = new QSplitter(Qt::Horizontal);
    m_overviewSplitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_overviewSplitter->addWidget(m_radarView);
    m_overviewSplitter->addWidget(m_fitTable);
    m_overviewSplitter->setStretchFactor(0, 3);
    m_overviewSplitter->setStretchFactor(1, 2);
    // The table gets what shows every dimension name whole, as long as the radar keeps a readable size
    // (460 px: below that, long German axis labels leave the chart little room).
    m_overviewSizer = new PaneSizer(m_overviewSplitter, 1, [this](int total) {
        return std::clamp(m_fitTable->preferredWidth(), std::min(360, total / 2), std::max(total / 2, total - 460));
    });
    connect(m_document, &ProfileDocument::modelsChanged, m_overviewSizer, &PaneSizer::apply);
    connect(m_viewState, &ModelViewState::visibilityChanged, m_overviewSizer, &PaneSizer::apply);
    m_overviewSplitter->setChildrenCollapsible(false);

    m_explorer = new DimensionExplorer(m_document, m_viewState);
    connect(m_explorer, &DimensionExplorer::duplicateRequested, this, &MainWindow::duplicateModel);
    connect(m_explorer, &DimensionExplorer::renameRequested, this, &MainWindow::renameModel);
    connect(m_explorer, &DimensionExplorer::message, this, &MainWindow::showMessage);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_overviewSplitter, tr("Overview"));
    m_tabs->addTab(m_explorer, tr("Dimension explorer"));
    m_tabs->setTabToolTip(OverviewTab, tr("Radar chart and table of fit (Ctrl+1)"));
    m_tabs->setTabToolTip(ExplorerTab, tr("One dimension, the models side by side (Ctrl+2)"));
    m_sensitivity = new SensitivityView(m_document);
    // Variations and seed are working preferences, like the theme, so they are kept between sessions; the
    // view clamps a hand-edited value to its range.
    const MonteCarloOptions defaults = m_sensitivity->monteCarloOptions();
    m_sensitivity->setMonteCarloSettings(m_settings->sensitivitySamples(defaults.samples),
                                         m_settings->sensitivitySeed(static_cast<int>(defaults.seed)));
    connect(m_sensitivity, &SensitivityView::monteCarloSettingsChanged, m_settings, [this](int samples, int seed) {
        m_settings->setSensitivitySamples(samples);
        m_settings->setSensitivitySeed(seed);
    });
    m_sensitivity->setPriceUncertainty(m_settings->sensitivityPriceUncertainty(0));
    connect(m_sensitivity, &SensitivityView::priceUncertaintyChanged, m_settings,
            &WorkbenchSettings::setSensitivityPriceUncertainty);
    m_tabs->addTab(m_sensitivity, tr("Sensitivity"));
    m_tabs->setTabToolTip(SensitivityTab, tr("How firm the recommendation is, and what would change it (Ctrl+4)"));
    m_costPage = new CostPage(m_document);
    m_tabs->addTab(m_costPage, tr("Cost"));
    m_tabs->setTabToolTip(CostTab, tr("What each model costs, and value for money (Ctrl+5)"));
    m_workshopPage = new WorkshopPage(m_document);
    connect(m_workshopPage->addButton(), &QPushButton::clicked, m_participantActions,
            [this] { m_participantActions->addParticipant(); });
    m_tabs->addTab(m_workshopPage, tr("Workshop"));
    m_tabs->setTabToolTip(WorkshopTab, tr("Where the participants disagree, and what each one's values recommend "
                                          "(Ctrl+6)"));
    m_scenariosPage = new ScenariosPage(m_document);
    connect(m_scenariosPage->addButton(), &QPushButton::clicked, m_scenarioActions,
            [this] { m_scenarioActions->addScenario(); });
    m_tabs->addTab(m_scenariosPage, tr("Scenarios"));
    m_tabs->setTabToolTip(ScenariosTab, tr("Each model's fit and cost in every scenario (Ctrl+7)"));
    // --- Today's split and the handover plan
    m_explorer->setTodayActions(m_todayActions);
    connect(m_todayActions, &TodayActions::started, this, [this] {
        showMessage(tr("Recorded today's split. Edit who does what in its panel in the Dimension explorer; Undo "
                       "removes it again."));
    });
    m_planView = new PlanView(m_document, m_todayActions);
    m_tabs->addTab(m_planView, tr("Handover Plan"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_planView),
                          tr("What changes hands on the way from today's split to a model (Ctrl+8)"));
    // --- Providers' proposals
    m_proposalsPage = new ProposalsPage(m_document);
    connect(m_proposalsPage, &ProposalsPage::findingActivated, this, &MainWindow::showActivity);
    connect(m_proposalsPage, &ProposalsPage::costTabRequested, this, [this](int model) {
        // The Cost tab opens on the proposal's own prices.
        if (model >= 0 && model < m_costPage->modelCombo()->count())
            m_costPage->modelCombo()->setCurrentIndex(model);
        showTabWithFocus(CostTab);
    });
    connect(m_proposalsPage, &ProposalsPage::duplicateRequested, this, [this] { duplicateModel(-1); });
    m_tabs->addTab(m_proposalsPage, tr("Proposals"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_proposalsPage),
                          tr("Providers' proposals side by side: fit, cost, terms and findings (Ctrl+9)"));
    m_tabs->setDocumentMode(true);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::rebuildModelActions()
{
    m_modelsMenu->clear();
    const Catalogue &catalogue = m_document->catalogue();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
        const ServiceModel &model = catalogue.models[static_cast<size_t>(m)];
        QAction *action = m_modelsMenu->addAction(model.name);
        action->setObjectName(QStringLiteral("actionShowModel_%1").arg(model.id));
        action->setCheckable(true);
        action->setChecked(m_viewState->isVisible(m));
        action->setStatusTip(tr("Show or hide %1 in the chart, the table and the explorer").arg(model.name));
        connect(action, &QAction::toggled, this, [this, m](bool visible) { m_viewState->setVisible(m, visible); });
    }
    // Today's split after the candidates, apart from them.
    m_modelsMenu->addSeparator();
    m_showTodayAction = m_modelsMenu->addAction(tr("Today's Split"));
    m_showTodayAction->setObjectName(QStringLiteral("actionShowToday"));
    m_showTodayAction->setCheckable(true);
    m_showTodayAction->setStatusTip(tr("Show or hide today's split in the chart, the table and the explorer"));
    connect(m_showTodayAction, &QAction::toggled, this,
            [this](bool visible) { m_viewState->setVisible(ProfileDocument::kTodayModel, visible); });
    const bool hasCustom = !m_document->profile().customModels.empty();
    m_renameAction->setEnabled(hasCustom);
    m_removeAction->setEnabled(hasCustom);
    m_duplicateAction->setEnabled(static_cast<int>(m_document->profile().customModels.size()) < kMaxCustomModels);
}

void MainWindow::checkModelActions()
{
    const QList<QAction *> actions = m_modelsMenu->actions();
    for (int m = 0; m < std::min(static_cast<int>(actions.size()), m_document->modelCount()); ++m) {
        const QSignalBlocker blocker(actions[m]);
        actions[m]->setChecked(m_viewState->isVisible(m));
    }
    if (m_showTodayAction) {
        const QSignalBlocker blocker(m_showTodayAction);
        m_showTodayAction->setEnabled(m_document->hasToday());
        m_showTodayAction->setChecked(m_viewState->isVisible(ProfileDocument::kTodayModel));
    }
}

void MainWindow::addReportActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(m_quitSeparator, actions);
    m_quitSeparator->setVisible(true);
}

// --- State shown to the user ----------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Splitbench").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateStatusSummary()
{
    const FitResult &result = m_document->result();
    const Catalogue &catalogue = m_document->catalogue();
    const QString text = result.isTie() ? tr("No clear recommendation")
                                        : tr("Recommended: %1 (+%2)")
                                              .arg(shortName(catalogue.models[static_cast<size_t>(result.recommended)].name),
                                                   QLocale().toString(result.margin, 'f', 1));
    // A label of fixed size changes its text without relaying out the window, which on every slider step cost
    // more than the rest of the step (docs/performance.md). It only grows, so a longer text still fits.
    const QSize needed = m_statusSummary->fontMetrics().size(Qt::TextSingleLine, text) +
                         QSize(2 * m_statusSummary->margin(), 2 * m_statusSummary->margin());
    if (needed.width() > m_statusSummary->minimumWidth() || needed.height() > m_statusSummary->minimumHeight())
        m_statusSummary->setFixedSize(needed.expandedTo(m_statusSummary->minimumSize()));
    m_statusSummary->setText(text);
}

void MainWindow::updateDockTitle()
{
    const int scenario = m_document->editedScenario();
    m_profileDock->setWindowTitle(
        scenario < 0 ? tr("Organisation Profile")
                     : tr("Scenario: %1")
                           .arg(shortName(m_document->profile().scenarios[static_cast<size_t>(scenario)].name, 40)));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, kMessageTimeoutMs);
}

int MainWindow::planTabIndex() const
{
    return m_tabs->indexOf(m_planView);
}

void MainWindow::showTabWithFocus(Tab tab)
{
    m_tabs->setCurrentIndex(tab == PlanTab        ? planTabIndex()
                            : tab == ProposalsTab ? m_tabs->indexOf(m_proposalsPage)
                                                  : tab);
    QWidget *target = nullptr;
    switch (tab) {
    case OverviewTab:
        target = m_radarView;
        break;
    case ExplorerTab:
        target = m_explorer->listView();
        break;
    case SensitivityTab:
    case CostTab:
    case WorkshopTab:
    case ScenariosTab:
    case PlanTab:
    case ProposalsTab: {
        // The first control in the focus chain, which runs in reading order.
        QWidget *page = tab == SensitivityTab ? static_cast<QWidget *>(m_sensitivity)
                        : tab == CostTab      ? static_cast<QWidget *>(m_costPage)
                        : tab == WorkshopTab  ? static_cast<QWidget *>(m_workshopPage)
                        : tab == PlanTab      ? static_cast<QWidget *>(m_planView)
                        : tab == ProposalsTab ? static_cast<QWidget *>(m_proposalsPage)
                                              : static_cast<QWidget *>(m_scenariosPage);
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain())
            if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        break;
    }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showDimension(int dimension)
{
    m_viewState->setSelectedDimension(dimension);
    showTabWithFocus(ExplorerTab);
    showMessage(tr("Showing %1. Ctrl+1 returns to the overview.")
                    .arg(m_document->catalogue().dimensions[static_cast<size_t>(dimension)].name));
}

void MainWindow::showActivity(int model, int dimension, int activity)
{
    if (model < 0 || model >= m_document->modelCount() || dimension < 0 || dimension >= m_document->dimensionCount())
        return;
    if (!m_viewState->isVisible(model))
        m_viewState->setVisible(model, true); // a hidden model's panel cannot show the activity
    showDimension(dimension);
    m_explorer->focusActivity(model, activity);
}

// --- Files ----------------------------------------------------------------------------------------------

void MainWindow::newProfile()
{
    m_files->newProfile();
}

void MainWindow::open()
{
    m_files->open();
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    return m_files->saveFile(path);
}

void MainWindow::enableAutosave(const QString &folder)
{
    m_files->enableAutosave(folder, [this] { return m_profilePanel->isDragging(); });
}

AutosaveManager *MainWindow::autosave() const
{
    return m_files->autosave();
}

bool MainWindow::offerRecovery()
{
    return m_files->offerRecovery();
}

// --- Custom models --------------------------------------------------------------------------------------

void MainWindow::duplicateModel(int model)
{
    if (static_cast<int>(m_document->profile().customModels.size()) >= kMaxCustomModels) {
        m_dialogs->showError(this, tr("Cannot duplicate model"),
                             tr("A profile holds at most %1 custom models; remove one first.").arg(kMaxCustomModels));
        return;
    }
    const Catalogue &catalogue = m_document->catalogue();
    if (model < 0) {
        QStringList names;
        for (const ServiceModel &m : catalogue.models)
            names << m.name;
        const std::optional<int> chosen = m_dialogs->chooseItem(this, tr("Duplicate Model"), tr("Model to copy:"),
                                                                names, catalogue.models.size() > 1 ? 1 : 0);
        if (!chosen || *chosen < 0)
            return;
        model = *chosen;
    }
    const std::optional<QString> name =
        m_dialogs->askText(this, tr("Duplicate Model"), tr("Name of the new model (e.g. \"Acme MSP proposal\"):"),
                           m_document->suggestCopyName(model));
    if (!name || name->trimmed().isEmpty())
        return;
    const int added = m_document->duplicateModel(model, *name);
    if (added < 0)
        return;
    showNewModel(added);
    showMessage(tr("Added \"%1\". Edit who does what in its panel; Undo removes it again.").arg(name->trimmed()));
}

void MainWindow::showNewModel(int model)
{
    m_viewState->setVisible(model, true);
    m_tabs->setCurrentIndex(ExplorerTab);
    m_explorer->focusActivities(model); // the keys go on where the work is: who does what in the new model
}

int MainWindow::chooseCustomModel(const QString &title)
{
    const Catalogue &catalogue = m_document->catalogue();
    const int firstCustom = static_cast<int>(m_document->baseCatalogue().models.size());
    const int count = static_cast<int>(m_document->profile().customModels.size());
    if (count == 0)
        return -1;
    if (count == 1)
        return firstCustom;
    QStringList names;
    for (int m = firstCustom; m < firstCustom + count; ++m)
        names << catalogue.models[static_cast<size_t>(m)].name;
    const std::optional<int> chosen = m_dialogs->chooseItem(this, title, tr("Custom model:"), names, 0);
    return chosen && *chosen >= 0 ? firstCustom + *chosen : -1;
}

void MainWindow::renameModel(int model)
{
    if (model < 0)
        model = chooseCustomModel(tr("Rename Custom Model"));
    if (!m_document->isCustomModel(model))
        return;
    const QString current = m_document->catalogue().models[static_cast<size_t>(model)].name;
    const std::optional<QString> name = m_dialogs->askText(this, tr("Rename Custom Model"), tr("New name:"), current);
    if (name && !name->trimmed().isEmpty())
        m_document->renameCustomModel(model, *name);
}

void MainWindow::removeModel(int model)
{
    if (model < 0)
        model = chooseCustomModel(tr("Remove Custom Model"));
    if (!m_document->isCustomModel(model))
        return;
    const QString name = m_document->catalogue().models[static_cast<size_t>(model)].name;
    m_document->removeCustomModel(model);
    showMessage(tr("Removed \"%1\". Undo brings it back.").arg(name));
}

// --- Settings and closing -------------------------------------------------------------------------------

bool MainWindow::isBrokenSize(const QSize &size) const
{
    // Twice the desktop (all screens together) leaves room for a window across screens or larger than a
    // small screen by choice; beyond that a size can only come from a widget that grew without bound.
    const QSize desktop = screen()->availableVirtualSize();
    return size.width() > 2 * desktop.width() || size.height() > 2 * desktop.height();
}

void MainWindow::restoreSettings()
{
    const ThemeChoice theme = themeChoiceFromId(m_settings->theme());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeChoiceId(theme));

    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(QSize(1400, 900).boundedTo(screen()->availableSize() * 0.92)); // fits small laptop screens too
    // A broken saved size is cut to the screen: an earlier version saved 32,767 pixels after a long model name.
    if (!isMaximized() && !isFullScreen() && isBrokenSize(frameGeometry().size())) {
        const QRect available = screen()->availableGeometry();
        resize(size().boundedTo(available.size() * 0.92));
        move(available.topLeft());
    }
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    m_overviewSizer->restoreState(m_settings->splitterState(QStringLiteral("overview")));
    if (const QByteArray state = m_settings->splitterState(QStringLiteral("explorer")); !state.isEmpty())
        m_explorer->restoreSplitterState(state);

    m_viewState->setHiddenIds(m_settings->hiddenModels());
    const int dimension = m_document->catalogue().dimensionIndex(m_settings->lastDimension());
    if (dimension >= 0)
        m_viewState->setSelectedDimension(dimension);
    m_tabs->setCurrentIndex(std::clamp(m_settings->lastTab(), 0, m_tabs->count() - 1));
    m_fitTable->setCurrentIndex(
        m_fitTable->proxy()->mapFromSource(fitTableModel()->index(m_viewState->selectedDimension(), 0)));
    checkModelActions();
}

void MainWindow::saveSettings()
{
    // A window far larger than the desktop is a bug (a label that grew with a name); its size is not kept.
    if (isMaximized() || isFullScreen() || !isBrokenSize(frameGeometry().size()))
        m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(QStringLiteral("overview"), m_overviewSplitter->saveState());
    m_settings->setSplitterState(QStringLiteral("explorer"), m_explorer->splitter()->saveState());
    m_settings->setLastTab(m_tabs->currentIndex());
    m_settings->setLastDimension(
        m_document->catalogue().dimensions[static_cast<size_t>(m_viewState->selectedDimension())].id);
    m_settings->setHiddenModels(m_viewState->hiddenIds());
    m_settings->sync();
}

QString MainWindow::droppableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().front().isLocalFile())
        return {};
    const QString path = data->urls().front().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")
               ? path
               : QString();
}

bool MainWindow::openDropped(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv"))
        return m_proposalActions->importFile(path);
    return m_files->maybeSave() && m_files->openFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: a dialog (the review, "save changes?") must not hold the drag's source.
    QTimer::singleShot(0, this, [this, path] { openDropped(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_files->closing();
    event->accept();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, this, [this] { return m_dialogs.get(); });
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return m_preferences;
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

UserGuideDialog *MainWindow::userGuideDialog() const
{
    return m_userGuide;
}

QString MainWindow::aboutText()
{
    return tr("<h3>Splitbench %1</h3>"
              "<p>Compare fully managed and co-managed IT services for your organisation: who does what in 20 "
              "dimensions, and which model fits your profile.</p>"
              "<p>Built with <b>Qt %2</b> (running on Qt %3), used under the GNU Lesser General Public License "
              "v3; the Qt Charts module under the GNU General Public License v3.<br>"
              "Logging by <b>spdlog %4.%5.%6</b> and the <b>{fmt}</b> library, both under the MIT License.</p>")
        .arg(QStringLiteral(SPLITBENCH_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QString::number(SPDLOG_VER_MAJOR), QString::number(SPDLOG_VER_MINOR), QString::number(SPDLOG_VER_PATCH));
}

} // namespace splitbench::gui
