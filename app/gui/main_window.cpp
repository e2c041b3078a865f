#include "main_window.h"

#include "app_language.h"
#include "autosave_manager.h"
#include "dialog_provider.h"
#include "dimension_explorer.h"
#include "example_profiles.h"
#include "logging_setup.h"
#include "model_view_state.h"
#include "models/fit_table_model.h"
#include "preferences_dialog.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_chart.h"
#include "radar_view.h"
#include "recommendation_banner.h"
#include "report_actions.h"
#include "sensitivity_view.h"
#include "static_text_delegate.h"
#include "theme.h"
#include "workbench_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/version.h>

namespace splitbench::gui {

namespace {
constexpr int kMessageTimeoutMs = 8000;

QString profileFilter()
{
    return QCoreApplication::translate("splitbench::gui::MainWindow", "Splitbench profiles (*.splitbench.json);;"
                                                                      "JSON files (*.json);;All files (*)");
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(WorkbenchSettings *settings, std::shared_ptr<DialogProvider> dialogs, QWidget *parent)
    : QMainWindow(parent), m_settings(settings),
      m_dialogs(dialogs ? std::move(dialogs) : std::make_shared<WidgetDialogProvider>()),
      m_document(new ProfileDocument(Catalogue::builtIn(installedLanguage()), this)), m_viewState(new ModelViewState(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createActions();
    createProfileDock(); // first, so Tab moves from the profile to the results
    createCentralArea();
    createMenus();
    createToolBar();

    m_reportActions = new ReportActions(this, m_document, m_settings, [this] { return m_dialogs.get(); });
    m_reportActions->setMonteCarloSource([this] { return m_sensitivity->monteCarloOptions(); });
    addReportActions(m_reportActions->actions());
    connect(m_reportActions, &ReportActions::message, this, &MainWindow::showMessage);

    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_statusSummary);

    connect(m_document, &ProfileDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProfileDocument::resultChanged, this, &MainWindow::updateStatusSummary);
    connect(m_document, &ProfileDocument::resultChanged, this,
            [this] { radarChart()->setResult(m_document->result()); });
    connect(m_document, &ProfileDocument::modelsChanged, this, [this] {
        radarChart()->setCatalogue(m_document->catalogue());
        radarChart()->setResult(m_document->result());
        rebuildModelActions();
        fitNumberColumns();
        applyModelVisibility();
    });
    connect(m_viewState, &ModelViewState::visibilityChanged, this, &MainWindow::applyModelVisibility);
    connect(m_viewState, &ModelViewState::selectedDimensionChanged, this, [this](int dimension) {
        radarChart()->setSelectedDimension(dimension);
        const QModelIndex source = m_fitModel->index(dimension, FitTableModel::DimensionColumn);
        const QModelIndex proxy = m_fitProxy->mapFromSource(source);
        if (m_fitTable->currentIndex().row() != proxy.row())
            m_fitTable->setCurrentIndex(proxy);
    });
    connect(m_settings, &WorkbenchSettings::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);

    radarChart()->setCatalogue(m_document->catalogue());
    radarChart()->applyPalette(m_radarView->palette());
    radarChart()->setLabelFont(m_radarView->font());
    radarChart()->setResult(m_document->result());
    radarChart()->setSelectedDimension(m_viewState->selectedDimension());
    rebuildModelActions();
    rebuildRecentMenu();
    restoreSettings();
    updateTitle();
    updateStatusSummary();
}

MainWindow::~MainWindow() = default;

RadarChart *MainWindow::radarChart() const
{
    return m_radarView->radarChart();
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

    m_newAction = make(tr("&New"), QStringLiteral("actionNew"), QKeySequence::New);
    m_newAction->setIcon(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_newAction->setStatusTip(tr("Start a new profile with the default values"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProfile);

    m_openAction = make(tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open);
    m_openAction->setIcon(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open a saved profile"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_saveAction = make(tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save);
    m_saveAction->setIcon(themedIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton));
    m_saveAction->setStatusTip(tr("Save the profile, with its notes and custom models"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = make(tr("Save &As…"), QStringLiteral("actionSaveAs"), QKeySequence::SaveAs);
    m_saveAsAction->setIcon(themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

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
    connect(m_overviewAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(OverviewTab); });
    m_explorerAction = make(tr("Dimension &Explorer"), QStringLiteral("actionExplorer"), QKeySequence(tr("Ctrl+2")));
    connect(m_explorerAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(ExplorerTab); });
    m_sensitivityAction = make(tr("&Sensitivity"), QStringLiteral("actionSensitivity"), QKeySequence(tr("Ctrl+4")));
    m_sensitivityAction->setStatusTip(tr("How firm the recommendation is, and what would change it"));
    connect(m_sensitivityAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(SensitivityTab); });
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
        connect(action, &QAction::triggered, this, [this, choice] { m_settings->setTheme(themeChoiceId(choice)); });
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
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
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
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_duplicateAction);
}

void MainWindow::createProfileDock()
{
    m_profilePanel = new ProfilePanel(m_document, builtInExamples(m_document->baseCatalogue(), installedLanguage()));
    connect(m_profilePanel, &ProfilePanel::message, this, &MainWindow::showMessage);
    m_profileDock = new QDockWidget(tr("Organisation Profile"), this);
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setAccessibleName(tr("Organisation profile"));
    m_profileDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                               QDockWidget::DockWidgetClosable);
    m_profileDock->setWidget(m_profilePanel);
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

    m_fitModel = new FitTableModel(m_document, this);
    m_fitProxy = new QSortFilterProxyModel(this);
    m_fitProxy->setSourceModel(m_fitModel);
    m_fitProxy->setSortRole(FitTableModel::SortRole);
    m_fitProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_fitProxy->setDynamicSortFilter(true);
    m_fitTable = new QTableView;
    m_fitTable->setObjectName(QStringLiteral("fitTable"));
    m_fitTable->setAccessibleName(tr("Fit per dimension"));
    m_fitTable->setModel(m_fitProxy);
    m_fitTable->setItemDelegate(new StaticTextDelegate(m_fitTable));
    m_fitTable->setSortingEnabled(true);
    m_fitTable->sortByColumn(-1, Qt::AscendingOrder); // catalogue order until the user sorts
    m_fitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fitTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fitTable->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    m_fitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fitTable->setAlternatingRowColors(true);
    m_fitTable->setWordWrap(false);
    m_fitTable->verticalHeader()->hide();
    m_fitTable->verticalHeader()->setDefaultSectionSize(m_fitTable->fontMetrics().height() + 7);
    m_fitTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The dimension column takes what the numbers leave, but never less than a readable width (the table
    // scrolls sideways instead); see fitDimensionColumn().
    m_fitTable->viewport()->installEventFilter(this);
    m_fitTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    fitNumberColumns();
    m_fitTable->horizontalHeader()->setHighlightSections(false);
    connect(m_fitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_viewState->setSelectedDimension(m_fitProxy->mapToSource(current).row());
            });
    connect(m_fitTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { showDimension(m_fitProxy->mapToSource(index).row()); });

    m_overviewSplitter = new QSplitter(Qt::Horizontal);
    m_overviewSplitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_overviewSplitter->addWidget(m_radarView);
    m_overviewSplitter->addWidget(m_fitTable);
    m_overviewSplitter->setStretchFactor(0, 3);
    m_overviewSplitter->setStretchFactor(1, 2);
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
    // boxes clamp a hand-edited value to their range.
    m_sensitivity->samplesBox()->setValue(m_settings->sensitivitySamples(m_sensitivity->samplesBox()->value()));
    m_sensitivity->seedBox()->setValue(m_settings->sensitivitySeed(m_sensitivity->seedBox()->value()));
    connect(m_sensitivity->samplesBox(), &QSpinBox::valueChanged, m_settings,
            &WorkbenchSettings::setSensitivitySamples);
    connect(m_sensitivity->seedBox(), &QSpinBox::valueChanged, m_settings, &WorkbenchSettings::setSensitivitySeed);
    m_tabs->addTab(m_sensitivity, tr("Sensitivity"));
    m_tabs->setTabToolTip(SensitivityTab, tr("How firm the recommendation is, and what would change it (Ctrl+4)"));
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
    const bool hasCustom = !m_document->profile().customModels.empty();
    m_renameAction->setEnabled(hasCustom);
    m_removeAction->setEnabled(hasCustom);
    m_duplicateAction->setEnabled(static_cast<int>(m_document->profile().customModels.size()) < kMaxCustomModels);
}

void MainWindow::fitNumberColumns()
{
    // Numbers are short; size the number columns to their header text so the dimension names get the rest.
    const QFontMetrics metrics(m_fitTable->horizontalHeader()->font());
    m_numberTextWidths.clear();
    for (int column = FitTableModel::ImportanceColumn; column < m_fitModel->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(QStringLiteral("100.0"));
        const QStringList lines =
            m_fitModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().split(u'\n');
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        m_numberTextWidths << width;
    }
    fitDimensionColumn();
}

void MainWindow::fitDimensionColumn()
{
    // Roomy when the table is wide enough (two models); with more models the number columns lose padding and
    // the names shrink further (elided, the whole name in the tooltip) before the table has to scroll sideways.
    struct Layout {
        int padding;
        int minimumNames;
    };
    constexpr Layout kRoomy{22, 150};
    constexpr Layout kCompact{10, 110};
    const auto numbersWidth = [this](int padding) {
        int total = 0;
        for (int i = 0; i < m_numberTextWidths.size(); ++i)
            if (!m_fitTable->isColumnHidden(FitTableModel::ImportanceColumn + i))
                total += m_numberTextWidths[i] + padding;
        return total;
    };
    const int available = m_fitTable->viewport()->width();
    const Layout layout =
        numbersWidth(kRoomy.padding) + kRoomy.minimumNames <= available ? kRoomy : kCompact;
    for (int i = 0; i < m_numberTextWidths.size(); ++i) {
        const int column = FitTableModel::ImportanceColumn + i;
        if (m_fitTable->columnWidth(column) != m_numberTextWidths[i] + layout.padding)
            m_fitTable->setColumnWidth(column, m_numberTextWidths[i] + layout.padding);
    }
    const int width = std::max(layout.minimumNames, available - numbersWidth(layout.padding));
    if (m_fitTable->columnWidth(FitTableModel::DimensionColumn) != width)
        m_fitTable->setColumnWidth(FitTableModel::DimensionColumn, width);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fitTable->viewport() && event->type() == QEvent::Resize)
        fitDimensionColumn();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyModelVisibility()
{
    for (int m = 0; m < m_document->modelCount(); ++m) {
        const bool visible = m_viewState->isVisible(m);
        radarChart()->setModelVisible(m, visible);
        m_fitTable->setColumnHidden(m_fitModel->modelColumn(m), !visible);
    }
    fitDimensionColumn();
    const QList<QAction *> actions = m_modelsMenu->actions();
    for (int m = 0; m < actions.size(); ++m) {
        const QSignalBlocker blocker(actions[m]);
        actions[m]->setChecked(m_viewState->isVisible(m));
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))));
        action->setObjectName(QStringLiteral("actionRecent_%1").arg(i));
        action->setData(path);
        action->setStatusTip(path);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            if (!QFileInfo::exists(path)) {
                m_dialogs->showError(
                    this, tr("Cannot open profile"),
                    tr("%1: the file no longer exists; it was removed from the recent files.").arg(path));
                m_settings->removeRecentFile(path);
                return;
            }
            openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, m_settings, &WorkbenchSettings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
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
                                              .arg(catalogue.models[static_cast<size_t>(result.recommended)].name)
                                              .arg(QLocale().toString(result.margin, 'f', 1));
    // A label of fixed size changes its text without relaying out the window, which on every slider step cost
    // more than the rest of the step (docs/performance.md). It only grows, so a longer text still fits.
    const QSize needed = m_statusSummary->fontMetrics().size(Qt::TextSingleLine, text) +
                         QSize(2 * m_statusSummary->margin(), 2 * m_statusSummary->margin());
    if (needed.width() > m_statusSummary->minimumWidth() || needed.height() > m_statusSummary->minimumHeight())
        m_statusSummary->setFixedSize(needed.expandedTo(m_statusSummary->minimumSize()));
    m_statusSummary->setText(text);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, kMessageTimeoutMs);
}

void MainWindow::showDimension(int dimension)
{
    m_viewState->setSelectedDimension(dimension);
    m_tabs->setCurrentIndex(ExplorerTab);
    showMessage(tr("Showing %1. Ctrl+1 returns to the overview.")
                    .arg(m_document->catalogue().dimensions[static_cast<size_t>(dimension)].name));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Model colours depend on the theme; the models paint swatches from them.
        emit m_fitModel->headerDataChanged(Qt::Horizontal, 0, m_fitModel->columnCount() - 1);
    }
    QMainWindow::changeEvent(event);
}

// --- Files ----------------------------------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_dialogs->askSaveChanges(this, m_document->displayName())) {
    case DialogProvider::SaveChoice::Save:
        return save();
    case DialogProvider::SaveChoice::Discard:
        return true;
    case DialogProvider::SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::newProfile()
{
    if (!maybeSave())
        return;
    m_document->newProfile();
    showMessage(tr("New profile with the default values."));
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path =
        m_dialogs->openFileName(this, tr("Open Profile"), m_settings->lastDirectory(), profileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (const std::optional<LoadError> error = m_document->load(path)) {
        // The document is untouched: the user's current work stays on screen.
        m_dialogs->showError(
            this, tr("Cannot open profile"),
            tr("The profile could not be opened; your current profile is unchanged.\n\n%1").arg(error->toString()));
        return false;
    }
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(m_document->filePath()).absolutePath());
    const int version = m_document->profile().loadedVersion;
    if (version < Profile::kFormatVersion)
        // Opening never rewrites the file; the upgrade reaches the disk only when the user saves.
        showMessage(tr("Opened %1, written in the older profile format %2. The file is unchanged; saving it writes "
                       "format %3.")
                        .arg(QDir::toNativeSeparators(m_document->filePath()))
                        .arg(version)
                        .arg(Profile::kFormatVersion));
    else
        showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

void MainWindow::enableAutosave(const QString &folder)
{
    delete m_autosave;
    m_autosave = new AutosaveManager(m_document, folder, {}, this);
    // A drag is one step, saved when the slider is released rather than on every move.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_autosave, [this] {
        if (!m_profilePanel->isDragging())
            m_autosave->stepCompleted();
    });
    connect(m_profilePanel, &ProfilePanel::dragFinished, m_autosave, &AutosaveManager::stepCompleted);
    connect(m_autosave, &AutosaveManager::writeFailed, this,
            [this](const QString &problem) { showMessage(tr("No recovery copy could be written: %1").arg(problem)); });
    m_autosave->stepCompleted();
}

bool MainWindow::offerRecovery()
{
    const QString folder = m_autosave ? m_autosave->folder() : AutosaveManager::defaultFolder();
    std::vector<LoadError> problems;
    const std::vector<OrphanedRecovery> orphans =
        AutosaveManager::claimOrphans(folder, m_document->baseCatalogue(), {}, problems);
    for (const LoadError &problem : problems)
        m_dialogs->showError(
            this, tr("Cannot read a recovery copy"),
            tr("A recovery copy of unsaved changes could not be read. It was moved to %1 and "
               "will not be offered again.\n\n%2")
                .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("damaged"))), problem.toString()));
    for (const OrphanedRecovery &orphan : orphans) {
        const RecoveryFile &copy = orphan.file;
        const QString name =
            copy.originalFile.isEmpty() ? tr("an untitled profile") : QDir::toNativeSeparators(copy.originalFile);
        const QString when = QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat);
        switch (m_dialogs->askRestoreRecovery(this, name, when)) {
        case DialogProvider::RecoveryChoice::Restore:
            if (!maybeSave())
                return false;
            m_document->restore(copy.profile, copy.originalFile);
            // The old copy goes only once this window's own copy holds the same changes.
            if (!m_autosave || m_autosave->writeNow())
                orphan.discard();
            showMessage(tr("Restored the unsaved changes of %1 from %2. Save to keep them.").arg(name, when));
            return true; // further copies stay for the next start
        case DialogProvider::RecoveryChoice::Discard:
            orphan.discard();
            break;
        case DialogProvider::RecoveryChoice::Later:
            break;
        }
    }
    return false;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString base = m_document->profile().name.trimmed();
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
        base = base.simplified().left(60);
        if (base.isEmpty())
            base = tr("profile");
        suggestion = QDir(m_settings->lastDirectory()).filePath(base + QStringLiteral(".splitbench.json"));
    }
    QString path = m_dialogs->saveFileName(this, tr("Save Profile As"), suggestion, profileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".splitbench.json");
    return saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    if (const QString problem = m_document->save(path); !problem.isEmpty()) {
        m_dialogs->showError(this, tr("Cannot save profile"), problem);
        return false;
    }
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(m_document->filePath()).absolutePath());
    showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
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
    m_viewState->setVisible(added, true);
    m_tabs->setCurrentIndex(ExplorerTab);
    showMessage(tr("Added \"%1\". Edit who does what in its panel; Undo removes it again.").arg(name->trimmed()));
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

void MainWindow::restoreSettings()
{
    const ThemeChoice theme = themeChoiceFromId(m_settings->theme());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeChoiceId(theme));

    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(QSize(1400, 900).boundedTo(screen()->availableSize() * 0.92)); // fits small laptop screens too
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray state = m_settings->splitterState(QStringLiteral("overview")); !state.isEmpty())
        m_overviewSplitter->restoreState(state);
    else {
        // The table gets its number columns plus about 30 characters of dimension name (the headers are
        // longer in German), the radar chart the rest.
        int numbers = 0;
        for (int column = FitTableModel::ImportanceColumn; column < m_fitModel->columnCount(); ++column)
            numbers += m_fitTable->columnWidth(column);
        const int table = std::max(450, numbers + 30 * m_fitTable->fontMetrics().averageCharWidth() + 24);
        m_overviewSplitter->setSizes({1060 - table, table});
    }
    if (const QByteArray state = m_settings->splitterState(QStringLiteral("explorer")); !state.isEmpty())
        m_explorer->splitter()->restoreState(state);

    m_viewState->setHiddenIds(m_settings->hiddenModels());
    const int dimension = m_document->catalogue().dimensionIndex(m_settings->lastDimension());
    if (dimension >= 0)
        m_viewState->setSelectedDimension(dimension);
    m_tabs->setCurrentIndex(std::clamp(m_settings->lastTab(), 0, m_tabs->count() - 1));
    m_fitTable->setCurrentIndex(m_fitProxy->mapFromSource(m_fitModel->index(m_viewState->selectedDimension(), 0)));
    applyModelVisibility();
}

void MainWindow::saveSettings()
{
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    if (m_autosave)
        m_autosave->discard(); // a normal end: the changes were saved or the user chose to discard them
    event->accept();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, this);
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

QString MainWindow::aboutText()
{
    return tr("<h3>Splitbench %1</h3>"
              "<p>Compare fully managed and co-managed IT services for your organisation: who does what in 20 "
              "dimensions, and which model fits your profile.</p>"
              "<p>Built with <b>Qt %2</b> (running on Qt %3), used under the GNU Lesser General Public License "
              "v3; the Qt Charts module under the GNU General Public License v3.<br>"
              "Logging by <b>spdlog %4.%5.%6</b> and the <b>{fmt}</b> library, both under the MIT License.</p>")
        .arg(QStringLiteral(SPLITBENCH_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
        .arg(SPDLOG_VER_MAJOR)
        .arg(SPDLOG_VER_MINOR)
        .arg(SPDLOG_VER_PATCH);
}

} // namespace splitbench::gui
