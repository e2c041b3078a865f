// Today's split and the handover plan in the workbench (issue 19): undoable editing, the Today panel, series
// and column, the Handover Plan tab, its exports, and its keyboard and screen-reader access.
#include "accessibility_audit.h"
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "handover_plan.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "models/activity_table_model.h"
#include "models/fit_table_model.h"
#include "plan/plan_table_model.h"
#include "plan/plan_view.h"
#include "plan/today_actions.h"
#include "plan_formats.h"
#include "profile_document.h"
#include "radar_chart.h"
#include "report_actions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kManufacturer = QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The first activity of the first dimension, as a row of today's split table.
const Responsibility &firstToday(const ProfileDocument &document)
{
    return document.todayResponsibility(0, 0);
}

} // namespace

TEST(TodaysSplit, StartsFromEachSourceAsOneUndoStep)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    ASSERT_FALSE(document->hasToday());
    EXPECT_TRUE(document->todayDimensionFit().empty());
    EXPECT_TRUE(std::isnan(document->todayOverallFit()));

    bench.action("actionTodayAllInternal")->trigger();
    ASSERT_TRUE(document->hasToday());
    EXPECT_EQ(*document->profile().asIs, AsIs::allInternal(document->catalogue()));
    EXPECT_EQ(document->undoStack()->count(), 1);

    bench.action("actionTodayAllProvider")->trigger();
    EXPECT_EQ(*document->profile().asIs, AsIs::allProvider(document->catalogue()));

    // A copy of a custom model, through Copy of a Model ▸.
    const int custom = bench.duplicateThroughMenu(1, QStringLiteral("Acme proposal"));
    ASSERT_GE(custom, 0);
    ASSERT_TRUE(document->setResponsibility(custom, 0, 0, Responsibility{Owner::Internal, 10, "C", "RA"}).isEmpty());
    QAction *copy = bench.window->todayActions()->copyMenu()->findChild<QAction *>(
        QStringLiteral("actionTodayCopy_%1").arg(document->catalogue().models[static_cast<size_t>(custom)].id));
    ASSERT_NE(copy, nullptr);
    copy->trigger();
    EXPECT_EQ(*document->profile().asIs, AsIs::copyOf(document->catalogue(), custom));
    EXPECT_EQ(firstToday(*document).providerShare, 10);
    // Scored like that model: the same overall fit.
    EXPECT_DOUBLE_EQ(document->todayOverallFit(), document->result().overall[static_cast<size_t>(custom)]);

    // Undo walks back through the three starts to none.
    document->undoStack()->undo();
    EXPECT_EQ(*document->profile().asIs, AsIs::allProvider(document->catalogue()));
    while (document->profile().asIs && document->undoStack()->canUndo())
        document->undoStack()->undo();
    EXPECT_FALSE(document->hasToday());
}

TEST(TodaysSplit, EditsAreUndoableSavedAndRefuseTwoAccountableParties)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    bench.action("actionTodayAllInternal")->trigger();
    const double fitBefore = document->todayDimensionFit().at(0);

    // Through the Today panel's table, as a user edits it.
    ModelPanel *panel = bench.window->explorer()->todayPanel();
    ASSERT_NE(panel, nullptr);
    ActivityTableModel *table = panel->activityModel();
    EXPECT_TRUE(table->isToday());
    EXPECT_TRUE(table->isEditable());
    ASSERT_EQ(table->rowCount(), static_cast<int>(document->catalogue().dimensions[0].activities.size()));
    ASSERT_TRUE(table->setData(table->index(0, ActivityTableModel::ShareColumn), 95.0, Qt::EditRole));
    EXPECT_EQ(firstToday(*document).providerShare, 95.0);
    EXPECT_EQ(firstToday(*document).owner, Owner::Provider); // brought in line with the share
    EXPECT_NE(document->todayDimensionFit().at(0), fitBefore);

    // Two Accountable parties: refused with a message, nothing changes.
    QSignalSpy refused(table, &ActivityTableModel::editRefused);
    const Responsibility before = firstToday(*document);
    const int steps = document->undoStack()->count();
    const QString letters = before.internalRaci.contains(u'A') ? QStringLiteral("RA") : QStringLiteral("A");
    const int otherColumn = before.internalRaci.contains(u'A') ? ActivityTableModel::ProviderRaciColumn
                                                               : ActivityTableModel::InternalRaciColumn;
    EXPECT_FALSE(table->setData(table->index(0, otherColumn), letters, Qt::EditRole));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.first().at(0).toString().contains(QStringLiteral("Accountable")));
    EXPECT_EQ(firstToday(*document), before);
    EXPECT_EQ(document->undoStack()->count(), steps);
    // And at the document: core's reason, names the rule.
    Responsibility both = before;
    both.providerRaci = QStringLiteral("A");
    both.internalRaci = QStringLiteral("RA");
    EXPECT_FALSE(document->setTodayResponsibility(0, 0, both).isEmpty());
    EXPECT_EQ(firstToday(*document), before);

    // Saved and read back.
    const QString path = bench.path(QStringLiteral("today.splitbench.json"));
    ASSERT_TRUE(bench.window->saveFile(path));
    ProfileDocument reread(document->baseCatalogue());
    ASSERT_FALSE(reread.load(path).has_value());
    ASSERT_TRUE(reread.hasToday());
    EXPECT_EQ(*reread.profile().asIs, *document->profile().asIs);

    // Undo the edit, then the start; Remove is undoable too.
    document->undoStack()->undo();
    EXPECT_EQ(firstToday(*document), AsIs::allInternal(document->catalogue()).responsibilities[0][0]);
    document->removeToday();
    EXPECT_FALSE(document->hasToday());
    EXPECT_EQ(table->rowCount(), 0);
    document->undoStack()->undo();
    EXPECT_TRUE(document->hasToday());
}

TEST(TodaysSplit, KeptWhenAnExampleIsAppliedOrTheProfileIsReset)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    bench.action("actionTodayAllProvider")->trigger();
    const AsIs today = *document->profile().asIs;
    document->setTrait(0, 5);
    document->resetToDefaults();
    ASSERT_TRUE(document->hasToday());
    EXPECT_EQ(*document->profile().asIs, today);
    document->undoStack()->undo();
    EXPECT_EQ(*document->profile().asIs, today);
}

TEST(TodaysSplit, ShownAsTodayInTheExplorerRadarAndTableButNeverRecommended)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    DimensionExplorer *explorer = bench.window->explorer();
    bench.window->viewTabs()->setCurrentIndex(MainWindow::ExplorerTab);
    QApplication::processEvents();
    EXPECT_TRUE(explorer->todayEmptyState()->isVisible());
    EXPECT_FALSE(explorer->todayPanel()->isVisible());
    FitTableModel *fit = bench.window->fitTableModel();
    const int columnsWithout = fit->columnCount();
    EXPECT_EQ(fit->todayColumn(), -1);
    EXPECT_FALSE(bench.window->radarChart()->isTodayShown());

    // All with a provider: Today fits differently from every model, yet the recommendation stays.
    const int recommended = document->result().recommended;
    const std::vector<double> overall = document->result().overall;
    bench.action("actionTodayAllProvider")->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(explorer->todayEmptyState()->isVisible());
    EXPECT_TRUE(explorer->todayPanel()->isVisible());
    EXPECT_EQ(document->result().recommended, recommended);
    EXPECT_EQ(document->result().overall, overall);
    EXPECT_EQ(document->modelCount(), static_cast<int>(document->baseCatalogue().models.size()));

    // The table: a Today column after the lead, not bold (never "best"), the lead unchanged.
    EXPECT_EQ(fit->columnCount(), columnsWithout + 1);
    ASSERT_EQ(fit->todayColumn(), fit->leadColumn() + 1);
    EXPECT_EQ(fit->headerData(fit->todayColumn(), Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Today"));
    for (int row = 0; row < fit->rowCount(); ++row) {
        const QModelIndex cell = fit->index(row, fit->todayColumn());
        EXPECT_DOUBLE_EQ(cell.data(Qt::EditRole).toDouble(), document->todayDimensionFit()[static_cast<size_t>(row)]);
        EXPECT_FALSE(cell.data(Qt::FontRole).isValid()) << "row " << row;
        const DimensionFit &d = document->result().dimensions[static_cast<size_t>(row)];
        EXPECT_DOUBLE_EQ(fit->index(row, fit->leadColumn()).data(Qt::EditRole).toDouble(),
                         d.fit[static_cast<size_t>(recommended)] - d.fit[static_cast<size_t>(document->result().runnerUp)]);
    }

    // The radar: a series of its own with a legend entry "Today", after the models.
    RadarChart *radar = bench.window->radarChart();
    EXPECT_TRUE(radar->isTodayShown());
    EXPECT_EQ(radar->plot().todayLegendText(), QStringLiteral("Today"));
    ASSERT_FALSE(radar->plot().legend().empty());
    EXPECT_EQ(radar->plot().legend().back().model, report::RadarPlot::kTodayEntry);
    EXPECT_EQ(radar->plot().todayPolygon().size(), document->dimensionCount());
    EXPECT_EQ(radar->plot().todayPen().style(), Qt::DashLine);

    // View ▸ Models ▸ Today's Split hides it everywhere, and shows it again.
    QAction *show = bench.action("actionShowToday");
    ASSERT_TRUE(show->isEnabled());
    show->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(bench.window->viewState()->isVisible(ProfileDocument::kTodayModel));
    EXPECT_FALSE(radar->isTodayShown());
    EXPECT_TRUE(bench.window->fitTable()->isColumnHidden(fit->todayColumn()));
    EXPECT_FALSE(explorer->todayPanel()->isVisible());
    show->trigger();
    EXPECT_TRUE(radar->isTodayShown());

    // Removed: column and series go.
    bench.action("actionRemoveToday")->trigger();
    EXPECT_EQ(fit->columnCount(), columnsWithout);
    EXPECT_FALSE(radar->isTodayShown());
}

TEST(HandoverPlanView, ListsPlanHandoversStepsAndFollowsTheRecommendationUntilAModelIsChosen)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    ProfileDocument *document = bench.window->document();
    ASSERT_TRUE(document->hasToday()); // the example records today's split
    PlanView *view = bench.window->planView();
    bench.window->viewTabs()->setCurrentIndex(bench.window->planTabIndex());
    QApplication::processEvents();
    EXPECT_FALSE(view->emptyState()->isVisible());
    EXPECT_TRUE(view->followsRecommendation());
    const int recommended = document->result().recommended;
    EXPECT_EQ(view->targetModel(), recommended);
    const auto expected = [&](int model) {
        return planHandover(document->catalogue(), document->profile().asIs->responsibilities, model);
    };
    EXPECT_EQ(view->plan().steps, expected(recommended).steps);
    ASSERT_FALSE(view->plan().empty());
    PlanTableModel *table = view->planModel();
    ASSERT_EQ(table->rowCount(), static_cast<int>(expected(recommended).steps.size()));
    const HandoverPlan plan = expected(recommended); // kept: a step of a temporary plan would dangle
    for (int row = 0; row < table->rowCount(); ++row) {
        const HandoverStep &step = plan.steps[static_cast<size_t>(row)];
        EXPECT_EQ(table->index(row, PlanTableModel::ActivityColumn).data().toString(),
                  document->catalogue().dimensions[static_cast<size_t>(step.dimension)]
                      .activities[static_cast<size_t>(step.activity)].name);
    }
    EXPECT_EQ(view->summaryText().left(40),
              planSummary(document->catalogue(), expected(recommended), QStringLiteral("today's split")).left(40));

    // The recommendation moves: the plan follows it.
    int other = -1;
    for (int t = 0; t < document->traitCount() && document->result().recommended == recommended; ++t)
        document->setTrait(t, document->profile().traits[static_cast<size_t>(t)] < 50 ? 100 : 0);
    other = document->result().recommended;
    if (other != recommended) {
        EXPECT_EQ(view->targetModel(), other);
        EXPECT_EQ(view->plan().steps, expected(other).steps);
    }

    // The user picks a model: the plan stays with it.
    const int chosen = (recommended + 1) % document->modelCount();
    view->targetSelector()->setCurrentIndex(chosen);
    emit view->targetSelector()->activated(chosen);
    EXPECT_FALSE(view->followsRecommendation());
    EXPECT_EQ(view->plan().steps, expected(chosen).steps);
    document->undoStack()->undo();
    EXPECT_EQ(view->targetModel(), chosen);

    // Today's split copied from the target: nothing changes hands, and the view says so.
    document->startToday(AsIs::copyOf(document->catalogue(), chosen), QStringLiteral("copy"));
    EXPECT_TRUE(view->plan().empty());
    EXPECT_TRUE(view->findChild<QWidget *>(QStringLiteral("planNoChange"))->isVisible());
    EXPECT_FALSE(view->table()->isVisible());
    // Without one: the empty state with the start buttons.
    document->removeToday();
    EXPECT_TRUE(view->emptyState()->isVisible());
    auto *start = view->findChild<QPushButton *>(QStringLiteral("planTodayAllInternal"));
    ASSERT_NE(start, nullptr);
    start->click();
    EXPECT_EQ(*document->profile().asIs, AsIs::allInternal(document->catalogue()));
    EXPECT_FALSE(view->emptyState()->isVisible());
}

TEST(HandoverPlanView, ExportsWriteWhatPlanFormatsProduceAndAValidWorkbook)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    ProfileDocument *document = bench.window->document();
    PlanView *view = bench.window->planView();
    const int chosen = (document->result().recommended + 1) % document->modelCount();
    view->setTargetModel(chosen);
    const HandoverPlan plan =
        planHandover(document->catalogue(), document->profile().asIs->responsibilities, chosen);
    // The tab's target, not the recommendation.
    ASSERT_EQ(bench.window->reportActions()->currentPlan().toModel, chosen);
    ASSERT_EQ(bench.window->reportActions()->currentPlan().steps, plan.steps);

    const QString csv = bench.path(QStringLiteral("plan")); // no extension: the export adds it
    bench.dialogs->saveAnswers.push_back(csv);
    view->csvButton()->click();
    EXPECT_EQ(readAll(csv + QStringLiteral(".csv")), planToCsv(document->catalogue(), plan));

    const QString md = bench.path(QStringLiteral("plan.md"));
    bench.dialogs->saveAnswers.push_back(md);
    bench.action("actionExportPlanMarkdown")->trigger();
    EXPECT_EQ(readAll(md), planToMarkdown(document->catalogue(), plan, QStringLiteral("today's split")));

    const QString xlsx = bench.path(QStringLiteral("plan.xlsx"));
    bench.dialogs->saveAnswers.push_back(xlsx);
    view->xlsxButton()->click();
    const QByteArray book = readAll(xlsx);
    EXPECT_TRUE(book.startsWith("PK"));
    QProcess unzip;
    unzip.start(QStringLiteral(SPLITBENCH_TOOL_PYTHON3), {QStringLiteral("-c"),
                                            QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                                           "print(z.read('xl/workbook.xml').decode())"),
                                            xlsx});
    ASSERT_TRUE(unzip.waitForFinished(30000));
    EXPECT_TRUE(unzip.readAllStandardOutput().contains("name=\"Handover plan\""));
    EXPECT_TRUE(bench.dialogs->errors.isEmpty()) << bench.dialogs->errors.join(u'\n').toStdString();
}

TEST(HandoverPlanView, AnUnwritableExportPathGivesAMessageAndLeavesNothing)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    for (const char *name : {"actionExportPlanCsv", "actionExportPlanXlsx", "actionExportPlanMarkdown"}) {
        bench.dialogs->errors.clear();
        const QString missing = bench.path(QStringLiteral("no-such-folder/plan"));
        bench.dialogs->saveAnswers.push_back(missing);
        QSignalSpy finished(bench.window->reportActions(), &ReportActions::exportFinished);
        bench.action(name)->trigger();
        ASSERT_EQ(bench.dialogs->errors.size(), 1) << name;
        EXPECT_TRUE(bench.dialogs->errors.first().contains(bench.path(QStringLiteral("no-such-folder"))))
            << bench.dialogs->errors.first().toStdString();
        ASSERT_EQ(finished.count(), 1);
        EXPECT_FALSE(finished.first().at(1).toString().isEmpty());
        EXPECT_FALSE(QFileInfo::exists(bench.path(QStringLiteral("no-such-folder"))));
    }
    // Nothing half-written beside the other files either.
    EXPECT_EQ(QDir(bench.dir.path()).entryList({QStringLiteral("plan*")}, QDir::Files), QStringList());
}

TEST(HandoverPlanView, TheExportsWaitForTodaysSplit)
{
    Workbench bench;
    for (const char *name : {"actionExportPlanCsv", "actionExportPlanXlsx", "actionExportPlanMarkdown"})
        EXPECT_FALSE(bench.action(name)->isEnabled()) << name;
    bench.action("actionTodayAllInternal")->trigger();
    for (const char *name : {"actionExportPlanCsv", "actionExportPlanXlsx", "actionExportPlanMarkdown"})
        EXPECT_TRUE(bench.action(name)->isEnabled()) << name;
}

TEST(HandoverPlanView, CtrlEightShowsThePlanWithTheFocusOnItsFirstControlAndEveryControlIsNamed)
{
    AccessibilityAudit audit;
    Workbench bench;
    bench.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(bench.window.get()));
    // Without today's split: the first start button.
    QTest::keyClick(bench.window.get(), Qt::Key_8, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(bench.window->viewTabs()->currentWidget(), bench.window->planView());
    EXPECT_EQ(QApplication::focusWidget(),
              bench.window->planView()->findChild<QWidget *>(QStringLiteral("planTodayAllInternal")));
    QStringList unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    // Space starts one; Ctrl+8 again lands on the target selector.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_TRUE(bench.window->document()->hasToday());
    QTest::keyClick(bench.window.get(), Qt::Key_8, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(QApplication::focusWidget(), bench.window->planView()->targetSelector());
    unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    // The explorer with Today's panel and its empty state named too.
    bench.window->viewTabs()->setCurrentIndex(MainWindow::ExplorerTab);
    QApplication::processEvents();
    unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}
