// The workbench window, a shell: it lays out the profile dock, banner, views and menus; the file workflow
// (ProfileFiles), the fit table (FitTableView), the chart wiring (ChartWiring) and the report actions
// (ReportActions) are classes of their own.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QSplitter;
class QTabWidget;
class QTableView;

namespace splitbench::gui {

class AutosaveManager;
class ChartWiring;
class CostPage;
class ParticipantActions;
class WorkshopPage;
class FitTableView;
class PreferencesDialog;
class ProfileFiles;
class ProposalActions;
class DialogProvider;
class DimensionExplorer;
class FitTableModel;
class ModelViewState;
class ProfileDocument;
class ProfilePanel;
class RadarChart;
class RadarView;
class RecommendationBanner;
class ScenarioActions;
class ScenariosPage;
class ReportActions;
class PaneSizer;
class PlanView;
class ProposalsPage;
class TodayActions;
class SensitivityView;
class UserGuideDialog;
class WorkbenchSettings;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum Tab {
        OverviewTab = 0,
        ExplorerTab = 1,
        SensitivityTab = 2,
        CostTab = 3,
        WorkshopTab = 4,
        ScenariosTab = 5,
        PlanTab = 6,
        ProposalsTab = 7
    };

    /// `settings` must outlive the window. Without `dialogs` the real Qt dialogs are used.
    explicit MainWindow(WorkbenchSettings *settings, std::shared_ptr<DialogProvider> dialogs = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ProfileDocument *document() const { return m_document; }
    [[nodiscard]] ModelViewState *viewState() const { return m_viewState; }
    [[nodiscard]] RadarChart *radarChart() const;
    [[nodiscard]] RadarView *radarView() const { return m_radarView; }
    [[nodiscard]] ProfilePanel *profilePanel() const { return m_profilePanel; }
    [[nodiscard]] RecommendationBanner *banner() const { return m_banner; }
    [[nodiscard]] DimensionExplorer *explorer() const { return m_explorer; }
    [[nodiscard]] SensitivityView *sensitivityView() const { return m_sensitivity; }
    [[nodiscard]] CostPage *costPage() const { return m_costPage; }
    [[nodiscard]] WorkshopPage *workshopPage() const { return m_workshopPage; }
    /// Add, rename, reweight and remove participants; import and export participant files.
    [[nodiscard]] ParticipantActions *participantActions() const { return m_participantActions; }
    [[nodiscard]] QTableView *fitTable() const;
    [[nodiscard]] FitTableModel *fitTableModel() const;
    /// File ▸ Import Proposal… and its review (issue 20).
    [[nodiscard]] ProposalActions *proposalActions() const { return m_proposalActions; }
    /// File ▸ New, Open, Open Recent, Save, Save As, recovery copies and outside changes.
    [[nodiscard]] ProfileFiles *profileFiles() const { return m_files; }
    [[nodiscard]] QTabWidget *viewTabs() const { return m_tabs; }
    void setDialogProvider(std::shared_ptr<DialogProvider> dialogs);

    /**
     * Hook for the report module: puts `actions` (e.g. Export PDF…, Print Preview…, Print…, or a submenu's
     * menuAction()) into the File menu as one group between Save As… and Quit. Safe to call more than once.
     */
    void addReportActions(const QList<QAction *> &actions);
    [[nodiscard]] QMenu *fileMenu() const { return m_fileMenu; }
    /// File → Export PDF…, Print Preview…, Print…, Export ▸ and Report Paper ▸.
    [[nodiscard]] ReportActions *reportActions() const { return m_reportActions; }

    // --- Today's split and the handover plan (issue 19)
    /// Record Today's Split ▸ All In-House / All with a Provider / Copy of a Model ▸, Remove Today's Split.
    [[nodiscard]] TodayActions *todayActions() const { return m_todayActions; }
    /// The Handover Plan tab (View ▸ Handover Plan, Ctrl+8).
    [[nodiscard]] PlanView *planView() const { return m_planView; }
    /// The index of the Handover Plan tab in viewTabs().
    [[nodiscard]] int planTabIndex() const;

    // --- Providers' proposals (issue 20)
    /// The Proposals tab (View ▸ Proposals, Ctrl+9).
    [[nodiscard]] ProposalsPage *proposalsPage() const { return m_proposalsPage; }
    /// Shows `activity` of `dimension` in `model`'s panel of the dimension explorer, with the focus on it.
    void showActivity(int model, int dimension, int activity);

    /// ProfileFiles::openFile(): opens `path` without asking about unsaved changes.
    bool openFile(const QString &path);
    /// ProfileFiles::saveFile(): saves to `path`; shows the error and keeps the old file if it fails.
    bool saveFile(const QString &path);
    /// Shows `dimension` in the dimension explorer.
    void showDimension(int dimension);

    /// Starts writing recovery copies of unsaved changes into `folder` (AutosaveManager::defaultFolder() in the
    /// workbench; tests pass a temporary one). Without this call the window writes none.
    void enableAutosave(const QString &folder);
    [[nodiscard]] AutosaveManager *autosave() const;
    /// Offers the recovery copies left in the autosave folder by windows that did not close normally; copies
    /// that cannot be read are reported and moved aside. Returns true when one was restored.
    bool offerRecovery();

    /// Edit ▸ Preferences…: shows the (modeless) preferences dialog, creating it on first use.
    void showPreferences();
    /// The preferences dialog once it has been shown, else nullptr.
    [[nodiscard]] PreferencesDialog *preferencesDialog() const;

    /// Help ▸ User Guide (F1): shows the (modeless) user guide window, creating it on first use.
    void showUserGuide();
    /// The user guide window once it has been shown, else nullptr.
    [[nodiscard]] UserGuideDialog *userGuideDialog() const;

    // --- Scenarios
    /// The Scenarios tab: the side-by-side comparison.
    [[nodiscard]] ScenariosPage *scenariosPage() const { return m_scenariosPage; }
    /// The tool bar's scenario selector and the Scenarios menu's actions.
    [[nodiscard]] ScenarioActions *scenarioActions() const { return m_scenarioActions; }

    /// The About box's text: version, and the licences of Qt and spdlog.
    [[nodiscard]] static QString aboutText();

    /// The one local file a drag carries that the window can take (a profile, or a proposal's .xlsx or .csv),
    /// or an empty string.
    [[nodiscard]] static QString droppableFile(const QMimeData *data);
    /// What a drop of `path` does: a sheet is imported as a proposal (with its review), a profile is opened
    /// (after asking about unsaved changes). True when something changed.
    bool openDropped(const QString &path);

public slots:
    void newProfile();
    void open();
    bool save();
    bool saveAs();
    void duplicateModel(int model = -1);
    /// Shows a model just added (duplicated or imported) in the dimension explorer.
    void showNewModel(int model);
    void renameModel(int model = -1);
    void removeModel(int model = -1);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Shows a tab and puts the keyboard focus on its first control, so the keys act on what is shown.
    void showTabWithFocus(Tab tab);
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createProfileDock();
    void rebuildModelActions();
    void checkModelActions();
    void updateTitle();
    void updateStatusSummary();
    /// True for a window size no real window has: more than twice the desktop in either direction.
    [[nodiscard]] bool isBrokenSize(const QSize &size) const;
    void restoreSettings();
    void saveSettings();
    void showMessage(const QString &text);
    [[nodiscard]] int chooseCustomModel(const QString &title);
    // --- Scenarios
    /// The profile dock's title names the scenario being edited.
    void updateDockTitle();

    WorkbenchSettings *m_settings;
    std::shared_ptr<DialogProvider> m_dialogs;
    ProfileDocument *m_document;
    ModelViewState *m_viewState;
    ProfileFiles *m_files = nullptr;
    ProposalActions *m_proposalActions = nullptr;

    ProfilePanel *m_profilePanel = nullptr;
    QDockWidget *m_profileDock = nullptr;
    RecommendationBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_overviewSplitter = nullptr;
    PaneSizer *m_overviewSizer = nullptr;
    RadarView *m_radarView = nullptr;
    ChartWiring *m_charts = nullptr;
    FitTableView *m_fitTable = nullptr;
    DimensionExplorer *m_explorer = nullptr;
    SensitivityView *m_sensitivity = nullptr;
    CostPage *m_costPage = nullptr;
    WorkshopPage *m_workshopPage = nullptr;
    ParticipantActions *m_participantActions = nullptr;
    QLabel *m_statusSummary = nullptr;
    ReportActions *m_reportActions = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_modelsMenu = nullptr;
    QAction *m_reportSeparator = nullptr;
    QAction *m_quitSeparator = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_explorerAction = nullptr;
    QAction *m_sensitivityAction = nullptr;
    QAction *m_costAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QAction *m_editProfileAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QPointer<UserGuideDialog> m_userGuide;
    // --- Scenarios
    ScenariosPage *m_scenariosPage = nullptr;
    ScenarioActions *m_scenarioActions = nullptr;
    QAction *m_scenariosAction = nullptr;
    // --- Today's split and the handover plan
    TodayActions *m_todayActions = nullptr;
    PlanView *m_planView = nullptr;
    ProposalsPage *m_proposalsPage = nullptr;
    QAction *m_proposalsAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_showTodayAction = nullptr; ///< View ▸ Models ▸ Today.
};

} // namespace splitbench::gui
