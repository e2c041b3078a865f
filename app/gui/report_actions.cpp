#include "report_actions.h"

#include "dialog_provider.h"
#include "file_access.h"
#include "matrix_export.h"
#include "output_file.h"
#include "plan_formats.h"
#include "profile_document.h"
#include "workbench_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>

#include <tuple>

namespace splitbench::gui {

using report::ExportFormat;

namespace {

/// Every file the actions write, in menu order; the PDF sits in the File menu itself, the rest in Export ▸.
struct ExportEntry {
    ExportFormat format;
    const char *objectName;
    const char *text;
    const char *dialogTitle;
    const char *fileWhat; ///< How suggested file names end, e.g. "responsibility matrix".
};
constexpr ExportEntry kExports[] = {
    {ExportFormat::Pdf, "actionExportPdf", QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "&Export PDF…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Report as PDF"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Splitbench report")},
    {ExportFormat::Csv, "actionExportCsv",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Responsibility Matrix as &CSV…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Responsibility Matrix as CSV"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "responsibility matrix")},
    {ExportFormat::Markdown, "actionExportMarkdown",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Responsibility Matrix as &Markdown…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Responsibility Matrix as Markdown"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "responsibility matrix")},
    {ExportFormat::Html, "actionExportHtml",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Responsibility Matrix as &HTML…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Responsibility Matrix as HTML"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "responsibility matrix")},
    {ExportFormat::Xlsx, "actionExportXlsx",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Responsibility Matrix as &Excel Workbook…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Responsibility Matrix as Excel Workbook"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "responsibility matrix")},
    {ExportFormat::Png, "actionExportRadarPng",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Radar Chart as P&NG Image…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Radar Chart as PNG"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "fit radar")},
    {ExportFormat::Svg, "actionExportRadarSvg",
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Radar Chart as &SVG Drawing…"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "Export Radar Chart as SVG"),
     QT_TRANSLATE_NOOP("splitbench::gui::ReportActions", "fit radar")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("splitbench::gui::ReportActions", text);
}

const ExportEntry *entryFor(ExportFormat format)
{
    for (const ExportEntry &entry : kExports)
        if (entry.format == format)
            return &entry;
    return nullptr;
}

} // namespace

ReportActions::ReportActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                             std::function<DialogProvider *()> dialogs)
    : QObject(window), m_window(window), m_document(document), m_settings(settings), m_dialogs(std::move(dialogs))
{
    createActions();
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ReportActions::finishExport);
}

ReportActions::~ReportActions()
{
    // A file still being written finishes before the window goes; its result has nobody left to tell.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

void ReportActions::createActions()
{
    for (const ExportEntry &entry : kExports) {
        auto *action = new QAction(translated(entry.text), this);
        action->setObjectName(QString::fromLatin1(entry.objectName));
        const ExportFormat format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { exportTo(format); });
        m_exportActions << action;
    }
    QAction *pdf = exportAction(ExportFormat::Pdf);
    pdf->setShortcut(QKeySequence(tr("Ctrl+E")));
    pdf->setStatusTip(tr("Write the comparison report as a PDF to send or print later"));

    m_previewAction = new QAction(tr("Print Pre&view…"), this);
    m_previewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_previewAction->setStatusTip(tr("See the report's pages as they will print"));
    connect(m_previewAction, &QAction::triggered, this, &ReportActions::printPreview);

    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the comparison report"));
    connect(m_printAction, &QAction::triggered, this, &ReportActions::print);

    m_exportMenu = new QMenu(tr("E&xport"), m_window);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (int i = 1; i < m_exportActions.size(); ++i) {
        if (kExports[i].format == ExportFormat::Png)
            m_exportMenu->addSeparator();
        m_exportMenu->addAction(m_exportActions[i]);
    }

    // --- Today's split: the handover plan, after the radar chart.
    m_exportMenu->addSeparator();
    const std::pair<PlanFormat, QString> plans[] = {{PlanFormat::Csv, tr("Handover &Plan as CSV…")},
                                                    {PlanFormat::Xlsx, tr("Handover Plan as E&xcel Workbook…")},
                                                    {PlanFormat::Markdown, tr("Handover Plan as Mar&kdown Task List…")}};
    const char *planNames[] = {"actionExportPlanCsv", "actionExportPlanXlsx", "actionExportPlanMarkdown"};
    for (const auto &[format, text] : plans) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(planNames[static_cast<int>(format)]));
        action->setStatusTip(tr("Write the handover plan from today's split to the target model"));
        connect(action, &QAction::triggered, this, [this, format = format] { exportPlan(format); });
        m_exportMenu->addAction(action);
        m_planActions << action;
    }
    connect(m_document, &ProfileDocument::todayChanged, this, &ReportActions::updatePlanActions);
    updatePlanActions();

    m_paperMenu = new QMenu(tr("Repor&t Paper"), m_window);
    m_paperMenu->setObjectName(QStringLiteral("reportPaperMenu"));
    m_paperGroup = new QActionGroup(this);
    m_paperGroup->setExclusive(true);
    for (const auto &[id, text, name] :
         {std::tuple{QStringLiteral("A4"), tr("&A4"), QStringLiteral("actionPaperA4")},
          std::tuple{QStringLiteral("Letter"), tr("US &Letter"), QStringLiteral("actionPaperLetter")}}) {
        QAction *action = m_paperMenu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(m_settings->reportPaper() == id);
        m_paperGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, paper = id] { m_settings->setReportPaper(paper); });
    }
}

QList<QAction *> ReportActions::actions() const
{
    return {exportAction(ExportFormat::Pdf), m_previewAction, m_printAction, m_exportMenu->menuAction(),
            m_paperMenu->menuAction()};
}

QAction *ReportActions::exportAction(ExportFormat format) const
{
    for (int i = 0; i < m_exportActions.size(); ++i)
        if (kExports[i].format == format)
            return m_exportActions[i];
    return nullptr;
}

report::ReportContent ReportActions::currentContent() const
{
    report::ReportContent content = report::ReportContent::make(
        m_document->baseCatalogue(), m_document->profile(), QDate::currentDate(),
        m_monteCarlo ? m_monteCarlo() : MonteCarloOptions{});
    QString logoProblem;
    content.preparedBy = preparedByFrom(*m_settings, &logoProblem);
    if (logoProblem.isEmpty()) {
        m_warnedLogo.clear();
    } else if (m_warnedLogo != m_settings->logoFile()) {
        m_warnedLogo = m_settings->logoFile();
        qInfo("report: the logo is left out: %s", qUtf8Printable(logoProblem));
        emit const_cast<ReportActions *>(this)->message(
            tr("The report is made without the logo: %1 (Edit ▸ Preferences… chooses another).").arg(logoProblem));
    }
    return content;
}

report::PreparedBy ReportActions::preparedByFrom(const WorkbenchSettings &settings, QString *logoProblem)
{
    report::PreparedBy by;
    by.name = settings.preparedByName().trimmed();
    by.company = settings.preparedByCompany().trimmed();
    by.contact = settings.preparedByContact().trimmed();
    if (const QString path = settings.logoFile(); !path.isEmpty()) {
        Loaded<report::Logo> logo = report::loadLogo(path);
        if (logo)
            by.logo = std::make_shared<const report::Logo>(std::move(logo).value());
        else if (logoProblem)
            *logoProblem = logo.error().toString();
    }
    return by;
}

QPageSize ReportActions::pageSize() const
{
    return report::reportPageSize(m_settings->reportPaper()).value_or(QPageSize(QPageSize::A4));
}

void ReportActions::exportTo(ExportFormat format)
{
    const ExportEntry *entry = entryFor(format);
    if (!entry || m_busy)
        return;
    report::ReportContent content = currentContent();
    const QString suggestion =
        QDir(m_settings->lastExportDirectory())
            .filePath(content.suggestedFileName(report::exportSuffix(format), translated(entry->fileWhat)));
    QString path =
        dialogs()->saveFileName(m_window, translated(entry->dialogTitle), suggestion, report::exportFilter(format));
    if (path.isEmpty())
        return;
    if (report::exportFormatForPath(path) != format)
        path += u'.' + report::exportSuffix(format);
    // A JSON score (or any export) chosen over the open profile's own file would destroy the profile.
    if (const QString problem = outputOverwritesInput(path, {m_document->filePath()}); !problem.isEmpty()) {
        dialogs()->showError(m_window, tr("Cannot export"), problem);
        return;
    }
    m_pendingPath = path;
    setBusy(true);
    emit message(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_watcher.setFuture(report::exportReportAsync(path, format, std::move(content), pageSize()));
}

void ReportActions::finishExport()
{
    const QString error = m_watcher.result();
    const QString path = m_pendingPath;
    setBusy(false);
    if (error.isEmpty()) {
        m_settings->setLastExportDirectory(QFileInfo(path).absolutePath());
        emit message(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        emit message(tr("Export failed."));
        dialogs()->showError(m_window, tr("Cannot export"), error);
    }
    emit exportFinished(path, error);
}

// --- Today's split ----------------------------------------------------------------------------------------

QAction *ReportActions::planExportAction(PlanFormat format) const
{
    return m_planActions.value(static_cast<int>(format));
}

void ReportActions::updatePlanActions()
{
    for (QAction *action : std::as_const(m_planActions))
        action->setEnabled(m_document->hasToday());
}

HandoverPlan ReportActions::currentPlan() const
{
    if (!m_document->hasToday())
        return {};
    int target = m_planTarget ? m_planTarget() : -1;
    if (target < 0 || target >= m_document->modelCount())
        target = m_document->result().recommended;
    return planHandover(m_document->catalogue(), m_document->profile().asIs->responsibilities, target);
}

QString ReportActions::writePlan(const QString &path, PlanFormat format) const
{
    const HandoverPlan plan = currentPlan();
    if (plan.toModel < 0)
        return tr("%1: no split of today is recorded, so there is no plan to write.").arg(QDir::toNativeSeparators(path));
    const Catalogue &catalogue = m_document->catalogue();
    const QString from = tr("today's split");
    QByteArray bytes;
    switch (format) {
    case PlanFormat::Csv:
        bytes = planToCsv(catalogue, plan);
        break;
    case PlanFormat::Markdown:
        bytes = planToMarkdown(catalogue, plan, from);
        break;
    case PlanFormat::Xlsx: {
        QString error;
        bytes = report::planToXlsx(catalogue, plan, &error);
        if (bytes.isEmpty())
            return tr("%1: %2").arg(QDir::toNativeSeparators(path), error);
        break;
    }
    }
    return writeFileAtomically(path, bytes);
}

void ReportActions::exportPlan(PlanFormat format)
{
    if (!m_document->hasToday())
        return;
    const QString suffix = format == PlanFormat::Csv ? QStringLiteral("csv")
                           : format == PlanFormat::Xlsx ? QStringLiteral("xlsx")
                                                        : QStringLiteral("md");
    const QString filter = format == PlanFormat::Csv    ? tr("CSV files (*.csv)")
                           : format == PlanFormat::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                        : tr("Markdown files (*.md)");
    // Only the name of the report's content is needed: no fit, cost or Monte Carlo runs for a file name.
    report::ReportContent named;
    named.profile.name = m_document->profile().name;
    const QString suggestion =
        QDir(m_settings->lastExportDirectory()).filePath(named.suggestedFileName(suffix, tr("handover plan")));
    QString path = dialogs()->saveFileName(m_window, tr("Export Handover Plan"), suggestion, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    if (const QString problem = outputOverwritesInput(path, {m_document->filePath()}); !problem.isEmpty()) {
        dialogs()->showError(m_window, tr("Cannot export"), problem);
        return;
    }
    if (const QString error = writePlan(path, format); !error.isEmpty()) {
        emit message(tr("Export failed."));
        dialogs()->showError(m_window, tr("Cannot export"), error);
        emit exportFinished(path, error);
        return;
    }
    m_settings->setLastExportDirectory(QFileInfo(path).absolutePath());
    emit message(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    emit exportFinished(path, {});
}

void ReportActions::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ReportActions::print()
{
    const report::ReportContent content = currentContent();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize());
    printer.setDocName(content.suggestedFileName(QString()));
    if (!dialogs()->setUpPrinter(m_window, &printer))
        return;
    const int pages = report::printReport(&printer, content);
    if (pages == 0) {
        const QString target = printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
        dialogs()->showError(m_window, tr("Cannot print"),
                             tr("Printing to %1 could not start. Check that the printer is available.")
                                 .arg(QDir::toNativeSeparators(target)));
        return;
    }
    emit message(tr("Printed %n page(s).", nullptr, pages));
}

void ReportActions::printPreview()
{
    const report::ReportContent content = currentContent();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize());
    printer.setDocName(content.suggestedFileName(QString()));
    dialogs()->showPrintPreview(m_window, &printer,
                                [content](QPrinter *target) { report::printReport(target, content); });
}

} // namespace splitbench::gui
