// The File menu's report entries: Export PDF…, Print Preview…, Print…, Export ▸ (matrix, radar chart, handover
// plan), paper.
#pragma once

#include "handover_plan.h"
#include "report_content.h"
#include "report_export.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPageSize>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace splitbench::gui {

class DialogProvider;
class ProfileDocument;
class WorkbenchSettings;

/**
 * Owns the report actions and runs them for the open profile. Files are written on a worker thread (the
 * window stays responsive, the actions are disabled meanwhile); printing and the preview paint the same
 * report through QPrinter. All questions go through the window's DialogProvider, so tests answer them.
 */
class ReportActions final : public QObject {
    Q_OBJECT
public:
    /// `dialogs` is asked for the window's current DialogProvider each time (the window may replace it).
    ReportActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                  std::function<DialogProvider *()> dialogs);
    ~ReportActions() override;

    /// In File-menu order: Export PDF…, Print Preview…, Print…, the Export submenu and the paper submenu.
    [[nodiscard]] QList<QAction *> actions() const;
    [[nodiscard]] QMenu *exportMenu() const { return m_exportMenu; }
    /// The action that writes `format` (Pdf, Csv, Markdown, Html, Xlsx, Png, Svg).
    [[nodiscard]] QAction *exportAction(report::ExportFormat format) const;
    /// Where the report's Monte Carlo settings come from (the Sensitivity tab's variations and seed), so the
    /// printed win probabilities are the ones on screen. Without a source the report uses the defaults.
    void setMonteCarloSource(std::function<MonteCarloOptions()> source) { m_monteCarlo = std::move(source); }
    /// The report of the open profile as it is now, dated today, prepared by whom the preferences name.
    [[nodiscard]] report::ReportContent currentContent() const;
    /// Prepared by as the preferences say; a logo that no longer loads is left out, and `logoProblem` (if
    /// given) says why.
    [[nodiscard]] static report::PreparedBy preparedByFrom(const WorkbenchSettings &settings,
                                                           QString *logoProblem = nullptr);
    /// The paper the settings choose (A4 or US Letter).
    [[nodiscard]] QPageSize pageSize() const;
    /// True while a file is being written.
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // --- Today's split: the handover plan's exports (File ▸ Export ▸ and the Handover Plan tab).

    enum class PlanFormat { Csv = 0, Xlsx = 1, Markdown = 2 };
    /// File ▸ Export ▸ Handover Plan as CSV / Excel Workbook / Markdown; enabled while today's split is recorded.
    [[nodiscard]] QAction *planExportAction(PlanFormat format) const;
    /// Where the plan's target model comes from (the Handover Plan tab's choice); the recommended model without.
    void setPlanTargetSource(std::function<int()> source) { m_planTarget = std::move(source); }
    /// The plan from today's split to the target model; empty (toModel -1) without today's split.
    [[nodiscard]] HandoverPlan currentPlan() const;
    /// Writes currentPlan() to `path` atomically: CSV and Markdown as plan_formats writes them, the workbook with
    /// the report workbook's plan sheet. Returns an error naming the file (nothing is left half-written), or "".
    [[nodiscard]] QString writePlan(const QString &path, PlanFormat format) const;
    /// Asks for a file name and writes the plan; a failure is shown with the file's name.
    void exportPlan(PlanFormat format);

public slots:
    /// Asks for a file name and writes the report, matrix or chart in `format` to it.
    void exportTo(report::ExportFormat format);
    void print();
    void printPreview();

signals:
    /// A line for the status bar.
    void message(const QString &text);
    /// After every export; `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);

private:
    void createActions();
    void setBusy(bool busy);
    void finishExport();
    [[nodiscard]] DialogProvider *dialogs() const { return m_dialogs(); }

    QWidget *m_window;
    ProfileDocument *m_document;
    WorkbenchSettings *m_settings;
    std::function<DialogProvider *()> m_dialogs;
    std::function<MonteCarloOptions()> m_monteCarlo;

    QList<QAction *> m_exportActions; ///< Indexed like kExports in the .cpp.
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_paperMenu = nullptr;
    QActionGroup *m_paperGroup = nullptr;

    // --- Today's split
    void updatePlanActions();
    QList<QAction *> m_planActions; ///< Indexed like PlanFormat.
    std::function<int()> m_planTarget;

    /// The logo file whose failure to load was last said (said once per file).
    mutable QString m_warnedLogo;
    QFutureWatcher<QString> m_watcher;
    QString m_pendingPath;
    bool m_busy = false;
};

} // namespace splitbench::gui
