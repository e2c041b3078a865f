// The File menu's report entries: Export PDF…, Print Preview…, Print…, Export ▸ (matrix, radar chart), paper.
#pragma once

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
    /// The report of the open profile as it is now, dated today.
    [[nodiscard]] report::ReportContent currentContent() const;
    /// The paper the settings choose (A4 or US Letter).
    [[nodiscard]] QPageSize pageSize() const;
    /// True while a file is being written.
    [[nodiscard]] bool isBusy() const { return m_busy; }

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

    QFutureWatcher<QString> m_watcher;
    QString m_pendingPath;
    bool m_busy = false;
};

} // namespace splitbench::gui
