// File → Export PDF…, Print…, Print Preview…, Export ▸ and Report Paper ▸ in the real main window.
#include "gui_test_support.h"
#include "number_format.h"
#include "profile_document.h"
#include "report_actions.h"
#include "report_renderer.h"
#include "workbench_settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;
using report::ExportFormat;

namespace {

QString exampleProfile(const char *name)
{
    return QStringLiteral(SPLITBENCH_EXAMPLES "/") + QString::fromLatin1(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Triggers `action` (after queueing `answer` for the save dialog) and waits for the export to finish.
QString exportThrough(Workbench &bench, QAction *action, const QString &answer)
{
    ReportActions *report = bench.window->reportActions();
    QSignalSpy finished(report, &ReportActions::exportFinished);
    bench.dialogs->saveAnswers.push_back(answer);
    action->trigger();
    EXPECT_TRUE(report->isBusy());
    EXPECT_FALSE(action->isEnabled()); // no second export while one is being written
    EXPECT_TRUE(finished.wait(60000));
    EXPECT_FALSE(report->isBusy());
    EXPECT_TRUE(action->isEnabled());
    return finished.isEmpty() ? QString() : finished.first().at(1).toString();
}

TEST(ReportActions, TheFileMenuHasTheReportEntriesBetweenSaveAsAndQuit)
{
    Workbench bench;
    QStringList names;
    for (QAction *action : bench.window->fileMenu()->actions())
        if (!action->isSeparator())
            names << (action->menu() ? action->menu()->objectName() : action->objectName());
    const int saveAs = static_cast<int>(names.indexOf(QStringLiteral("actionSaveAs")));
    ASSERT_GE(saveAs, 0);
    // After Save As: a provider's proposal, the workshop's participant files, then the report's entries.
    EXPECT_EQ(names.mid(saveAs + 1),
              QStringList({QStringLiteral("actionImportProposal"), QStringLiteral("actionImportParticipants"), QStringLiteral("actionExportParticipant"),
                           QStringLiteral("actionExportQuestionnaire"), QStringLiteral("actionExportPdf"), QStringLiteral("actionPrintPreview"),
                           QStringLiteral("actionPrint"), QStringLiteral("exportMenu"),
                           QStringLiteral("reportPaperMenu"), QStringLiteral("actionQuit")}));
    QStringList exports;
    for (QAction *action : bench.window->reportActions()->exportMenu()->actions())
        if (!action->isSeparator())
            exports << action->objectName();
    EXPECT_EQ(exports, QStringList({QStringLiteral("actionExportCsv"), QStringLiteral("actionExportMarkdown"),
                                    QStringLiteral("actionExportHtml"), QStringLiteral("actionExportXlsx"),
                                    QStringLiteral("actionExportRadarPng"), QStringLiteral("actionExportRadarSvg"),
                                    QStringLiteral("actionExportPlanCsv"), QStringLiteral("actionExportPlanXlsx"),
                                    QStringLiteral("actionExportPlanMarkdown")}));
    EXPECT_EQ(bench.action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
}

TEST(ReportActions, ExportPdfWritesTheReportOfTheOpenProfile)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(exampleProfile("2-manufacturer-with-cio.splitbench.json")));
    const QString answer = bench.path(QStringLiteral("northfield")); // no extension: the action adds ".pdf"
    EXPECT_EQ(exportThrough(bench, bench.action("actionExportPdf"), answer), QString());
    const QString pdf = answer + QStringLiteral(".pdf");
    ASSERT_TRUE(QFileInfo::exists(pdf));
    toolOutput(QStringLiteral(SPLITBENCH_TOOL_QPDF), {QStringLiteral("--check"), pdf}); // fails the test unless it exits 0
    const QString text = QString::fromUtf8(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Northfield Components")));
    EXPECT_TRUE(text.contains(QStringLiteral("RECOMMENDED MODEL")));
    // The sensitivity page, with the fixed seed that makes it reproducible.
    EXPECT_TRUE(text.contains(QStringLiteral("How firm is the recommendation")));
    EXPECT_TRUE(text.simplified().contains(
        QStringLiteral("Monte Carlo: %1 samples, seed 1.").arg(formatCount(MonteCarloOptions::kDefaultSamples))));
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
    EXPECT_EQ(bench.settings->lastExportDirectory(), bench.dir.path());
    EXPECT_TRUE(bench.dialogs->errors.isEmpty());
}

TEST(ReportActions, TheReportShowsUnsavedEditsAndCustomModels)
{
    Workbench bench;
    bench.window->document()->setProfileName(QStringLiteral("Edited Org"));
    bench.window->document()->duplicateModel(1, QStringLiteral("Acme proposal"));
    const QString csv = bench.path(QStringLiteral("matrix.csv"));
    EXPECT_EQ(exportThrough(bench, bench.action("actionExportCsv"), csv), QString());
    const QByteArray bytes = readAll(csv);
    EXPECT_TRUE(bytes.startsWith("Dimension,Activity,"));
    EXPECT_TRUE(bytes.contains("Acme proposal: dimension fit"));
    EXPECT_EQ(bytes.count("\r\n"), Catalogue::builtIn().activityCount() + 1);
    EXPECT_EQ(bench.window->reportActions()->currentContent().organisationName(), QStringLiteral("Edited Org"));
}

TEST(ReportActions, ExportsTheMatrixAndTheRadarChartInEveryFormat)
{
    Workbench bench;
    const struct {
        const char *action;
        const char *file;
        QByteArray start;
    } cases[] = {
        {"actionExportMarkdown", "m.md", "# Responsibility matrix"},
        {"actionExportHtml", "m.html", "<!DOCTYPE html>"},
        {"actionExportXlsx", "m.xlsx", "PK"},
        {"actionExportRadarPng", "r.png", "\x89PNG"},
        {"actionExportRadarSvg", "r.svg", "<?xml"},
    };
    for (const auto &c : cases) {
        const QString path = bench.path(QString::fromLatin1(c.file));
        EXPECT_EQ(exportThrough(bench, bench.action(c.action), path), QString()) << c.action;
        EXPECT_TRUE(readAll(path).startsWith(c.start)) << c.action;
    }
    EXPECT_EQ(QImage(bench.path(QStringLiteral("r.png"))).width(), 1360);
}

TEST(ReportActions, AFailedExportIsReportedAndLeavesNoFile)
{
    Workbench bench;
    const QString missing = bench.path(QStringLiteral("no-such-folder/report.pdf"));
    const QString error = exportThrough(bench, bench.action("actionExportPdf"), missing);
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_EQ(bench.dialogs->errors.first(), error);
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST(ReportActions, CancellingTheSaveDialogWritesNothing)
{
    Workbench bench;
    QSignalSpy finished(bench.window->reportActions(), &ReportActions::exportFinished);
    bench.dialogs->saveAnswers.push_back(QString());
    bench.action("actionExportXlsx")->trigger();
    EXPECT_FALSE(bench.window->reportActions()->isBusy());
    EXPECT_TRUE(finished.isEmpty());
    bench.dialogs->printAnswers.push_back(QString());
    bench.action("actionPrint")->trigger();
    EXPECT_EQ(QDir(bench.dir.path()).entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.pdf")}, QDir::Files),
              QStringList());
}

TEST(ReportActions, PrintSendsEveryPageToTheChosenPrinter)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(exampleProfile("1-small-office.splitbench.json")));
    const QString pdf = bench.path(QStringLiteral("printed.pdf"));
    bench.dialogs->printAnswers.push_back(pdf);
    bench.action("actionPrint")->trigger();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    // The same report laid out for the same kind of printer.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(bench.window->reportActions()->pageSize());
    const int expected = report::ReportRenderer(bench.window->reportActions()->currentContent(), &printer).pageCount();
    const QString info = QString::fromUtf8(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {pdf}));
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:           %1\n").arg(expected))) << info.toStdString();
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("Printed %1 page").arg(expected)));
    const QString text = QString::fromUtf8(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Harbour Lane Accountants")));
    EXPECT_TRUE(text.contains(QStringLiteral("How firm is the recommendation")));
}

TEST(ReportActions, PrintPreviewShowsTheWholeReport)
{
    Workbench bench;
    bench.action("actionPrintPreview")->trigger();
    EXPECT_EQ(bench.dialogs->previews, 1);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(bench.window->reportActions()->pageSize());
    EXPECT_EQ(bench.dialogs->previewPageCount,
              report::ReportRenderer(bench.window->reportActions()->currentContent(), &printer).pageCount());
    EXPECT_GT(bench.dialogs->previewPageCount, 10);
}

TEST(ReportActions, ThePaperChoiceIsRememberedAndUsed)
{
    Workbench bench;
    bench.action("actionPaperLetter")->trigger();
    EXPECT_EQ(bench.settings->reportPaper(), QStringLiteral("Letter"));
    EXPECT_TRUE(bench.action("actionPaperLetter")->isChecked());
    EXPECT_FALSE(bench.action("actionPaperA4")->isChecked());
    const QString pdf = bench.path(QStringLiteral("letter.pdf"));
    EXPECT_EQ(exportThrough(bench, bench.action("actionExportPdf"), pdf), QString());
    EXPECT_TRUE(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {pdf}).contains("(letter)"));

    // The choice is in the settings file, so the next session starts with it.
    bench.settings->sync();
    EXPECT_EQ(WorkbenchSettings(bench.path(QStringLiteral("settings.ini"))).reportPaper(), QStringLiteral("Letter"));
    bench.action("actionPaperA4")->trigger();
    EXPECT_EQ(bench.settings->reportPaper(), QStringLiteral("A4"));
}

} // namespace
