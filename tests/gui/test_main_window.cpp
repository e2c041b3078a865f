// The workbench window driven like a user would: sliders, radar clicks, the explorer, files, undo, the RACI editor.
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "importance_editor.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "models/activity_table_model.h"
#include "models/fit_table_model.h"
#include "models/importance_model.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_chart.h"
#include "radar_view.h"
#include "recommendation_banner.h"
#include "sensitivity_view.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

/// Clicks a point given in chart coordinates (the radar view's own) on the radar view.
void clickChart(RadarView *view, const QPointF &chartPoint)
{
    QTest::mouseClick(view, Qt::LeftButton, {}, chartPoint.toPoint());
}

TEST(MainWindow, OpensWithTheDefaultProfileEverythingFilledIn)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    EXPECT_EQ(window.document()->profile(), Profile::defaults(Catalogue::builtIn()));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Untitled[*] — Splitbench"));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.radarChart()->dimensionCount(), 20);
    EXPECT_EQ(window.radarChart()->modelCount(), 2);
    EXPECT_EQ(window.radarChart()->modelPoints(0).size(), 21);
    EXPECT_EQ(window.fitTableModel()->rowCount(), 20);
    EXPECT_FALSE(window.banner()->headline().isEmpty());
    EXPECT_EQ(window.explorer()->panels().size(), 2U);
    EXPECT_EQ(window.findChild<QStatusBar *>()->findChild<QLabel *>(QStringLiteral("statusSummary"))->text().isEmpty(),
              false);
}

TEST(MainWindow, MovingASliderUpdatesRadarTableAndBanner)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const FitResult before = window.document()->result();
    const QList<QPointF> radarBefore = window.radarChart()->modelPoints(1);
    const QString scoresBefore = window.banner()->scores();
    const QString headlineBefore = window.banner()->headline();

    // An organisation with a strong IT team that wants control: the recommendation flips to co-managed.
    QSlider *capacity = bench.slider("inhouse_capacity");
    capacity->setFocus();
    QTest::keyClick(capacity, Qt::Key_End);
    bench.slider("desire_for_control")->setValue(95);
    bench.slider("it_leadership")->setValue(95);
    EXPECT_EQ(bench.trait("inhouse_capacity"), 100.0);
    EXPECT_EQ(bench.window->findChild<QLabel *>(QStringLiteral("traitValue_inhouse_capacity"))->text(),
              QStringLiteral("100"));

    const FitResult &after = window.document()->result();
    ASSERT_NE(after.overall, before.overall);
    const int co = Catalogue::builtIn().modelIndex(QStringLiteral("co_managed"));
    EXPECT_EQ(after.recommended, co);

    const QList<QPointF> radarAfter = window.radarChart()->modelPoints(co);
    EXPECT_NE(radarAfter, radarBefore);
    for (int k = 0; k < 20; ++k) {
        EXPECT_DOUBLE_EQ(radarAfter[k].x(), 18.0 * k);
        EXPECT_DOUBLE_EQ(radarAfter[k].y(), after.dimensions[static_cast<size_t>(k)].fit[static_cast<size_t>(co)]);
    }
    EXPECT_EQ(radarAfter[20], QPointF(360.0, radarAfter[0].y()));

    const QModelIndex cell = window.fitTableModel()->index(4, window.fitTableModel()->modelColumn(co));
    EXPECT_EQ(cell.data(Qt::EditRole).toDouble(), after.dimensions[4].fit[static_cast<size_t>(co)]);
    EXPECT_EQ(cell.data(Qt::DisplayRole).toString(),
              QString::number(std::lround(after.dimensions[4].fit[static_cast<size_t>(co)])));

    EXPECT_NE(window.banner()->scores(), scoresBefore);
    EXPECT_NE(window.banner()->headline(), headlineBefore);
    EXPECT_TRUE(window.banner()->headline().contains(QStringLiteral("Co-managed")));
    EXPECT_TRUE(window.banner()->scores().contains(QLocale().toString(after.overall[static_cast<size_t>(co)], 'f', 1)));
    EXPECT_TRUE(window.isWindowModified());
}

TEST(MainWindow, SelectingADimensionInTheListShowsItsPanels)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    window.viewTabs()->setCurrentIndex(MainWindow::ExplorerTab);
    QListView *list = window.explorer()->listView();
    const int security = Catalogue::builtIn().dimensionIndex(QStringLiteral("security"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    for (int i = 0; i < security; ++i)
        QTest::keyClick(list, Qt::Key_Down);

    const Dimension &dimension = window.document()->catalogue().dimensions[static_cast<size_t>(security)];
    EXPECT_EQ(window.viewState()->selectedDimension(), security);
    EXPECT_EQ(window.explorer()->headingText(), dimension.name);
    ASSERT_EQ(window.explorer()->panels().size(), 2U);
    for (ModelPanel *panel : window.explorer()->panels()) {
        EXPECT_TRUE(panel->isVisible());
        EXPECT_EQ(panel->dimension(), security);
        EXPECT_EQ(panel->descriptionText(), dimension.descriptions[static_cast<size_t>(panel->serviceModel())]);
        const double fit = window.document()
                               ->result()
                               .dimensions[static_cast<size_t>(security)]
                               .fit[static_cast<size_t>(panel->serviceModel())];
        EXPECT_TRUE(panel->fitText().contains(QStringLiteral("<b>%1</b>").arg(std::lround(fit))));
        EXPECT_FALSE(panel->explanationText().isEmpty());
        EXPECT_EQ(panel->activityModel()->rowCount(), static_cast<int>(dimension.activities.size()));
    }
    // The radar follows the selection.
    EXPECT_EQ(window.radarChart()->selectedDimension(), security);
}

TEST(MainWindow, ClickingARadarAxisShowsThatDimension)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    QApplication::processEvents();
    RadarChart *chart = window.radarChart();

    const int strategy = Catalogue::builtIn().dimensionIndex(QStringLiteral("strategic_planning"));
    clickChart(window.radarView(), chart->axisPoint(strategy, 70));
    EXPECT_EQ(window.viewState()->selectedDimension(), strategy);
    EXPECT_EQ(window.viewTabs()->currentIndex(), int(MainWindow::ExplorerTab));
    for (ModelPanel *panel : window.explorer()->panels())
        EXPECT_EQ(panel->dimension(), strategy);
    EXPECT_EQ(window.explorer()->headingText(), Catalogue::builtIn().dimensions[static_cast<size_t>(strategy)].name);

    // Clicking a label works too, and so does the keyboard.
    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    QApplication::processEvents();
    const int vendors = Catalogue::builtIn().dimensionIndex(QStringLiteral("vendor_management"));
    clickChart(window.radarView(), chart->labelRect(vendors).center());
    EXPECT_EQ(window.viewState()->selectedDimension(), vendors);
    EXPECT_EQ(chart->selectedDimension(), vendors);

    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    window.radarView()->setFocus();
    QTest::keyClick(window.radarView(), Qt::Key_Right); // wraps to the first dimension, stays on the chart
    EXPECT_EQ(window.viewState()->selectedDimension(), 0);
    EXPECT_EQ(chart->selectedDimension(), 0);
    EXPECT_EQ(window.viewTabs()->currentIndex(), int(MainWindow::OverviewTab));
    QTest::keyClick(window.radarView(), Qt::Key_Right);
    QTest::keyClick(window.radarView(), Qt::Key_Return); // opens it
    EXPECT_EQ(window.viewState()->selectedDimension(), 1);
    EXPECT_EQ(window.viewTabs()->currentIndex(), int(MainWindow::ExplorerTab));

    // A click in the empty centre selects nothing.
    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    QApplication::processEvents();
    clickChart(window.radarView(), chart->axisPoint(0, 0));
    EXPECT_EQ(window.viewState()->selectedDimension(), 1);
    EXPECT_EQ(window.viewTabs()->currentIndex(), int(MainWindow::OverviewTab));
}

TEST(MainWindow, UndoAndRedoRestoreExactValues)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    // A value the slider cannot show exactly.
    const QString path = bench.writeFile(QStringLiteral("exact.splitbench.json"),
                                         R"({"version": 1, "traits": {"compliance_burden": 37.5}})");
    ASSERT_TRUE(window.openFile(path));
    QSlider *slider = bench.slider("compliance_burden");
    EXPECT_EQ(slider->value(), 38);

    // One drag: pressed, several moves, released.
    slider->setSliderDown(true);
    for (int v : {45, 60, 72, 80})
        slider->setValue(v);
    slider->setSliderDown(false);
    EXPECT_EQ(bench.trait("compliance_burden"), 80.0);
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    const std::vector<double> overallAt80 = window.document()->result().overall;

    // Two key presses are two steps.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_EQ(bench.trait("compliance_burden"), 82.0);
    EXPECT_EQ(window.document()->undoStack()->count(), 3);

    QAction *undo = bench.action("actionUndo");
    QAction *redo = bench.action("actionRedo");
    undo->trigger();
    undo->trigger();
    EXPECT_EQ(bench.trait("compliance_burden"), 80.0);
    EXPECT_EQ(window.document()->result().overall, overallAt80);
    undo->trigger();
    EXPECT_EQ(bench.trait("compliance_burden"), 37.5); // exact, not the slider's 38
    EXPECT_EQ(slider->value(), 38);
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("traitValue_compliance_burden"))->text(),
              QLocale().toString(37.5, 'f', 1));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.document()->undoStack()->count(), 3); // undoing does not add steps (no slider echo)
    redo->trigger();
    EXPECT_EQ(bench.trait("compliance_burden"), 80.0);
    EXPECT_EQ(slider->value(), 80);
    EXPECT_TRUE(window.isWindowModified());

    // Notes: typing is one step, even over several lines; undo clears the field.
    QPlainTextEdit *note = bench.note("compliance_burden");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("ISO audit in May"));
    QTest::keyClick(note, Qt::Key_Return);
    QTest::keyClicks(note, QStringLiteral("Pen test in June"));
    EXPECT_EQ(window.document()->profile().notes.value(QStringLiteral("compliance_burden")),
              QStringLiteral("ISO audit in May\nPen test in June"));
    const int steps = window.document()->undoStack()->index();
    undo->trigger();
    EXPECT_EQ(window.document()->undoStack()->index(), steps - 1);
    EXPECT_TRUE(note->toPlainText().isEmpty());
    redo->trigger();
    EXPECT_EQ(note->toPlainText(), QStringLiteral("ISO audit in May\nPen test in June"));
    undo->trigger();

    // Importance through the weights editor.
    ImportanceModel *weights = window.profilePanel()->importanceEditor()->model();
    ASSERT_TRUE(weights->setData(weights->index(4, ImportanceModel::ImportanceColumn), 3.0, Qt::EditRole));
    EXPECT_EQ(window.document()->profile().importance[4], 3.0);
    EXPECT_EQ(window.fitTableModel()->index(4, FitTableModel::ImportanceColumn).data(Qt::EditRole).toDouble(), 3.0);
    undo->trigger();
    EXPECT_EQ(window.document()->profile().importance[4], 1.0);
}

TEST(MainWindow, AMouseDragOnASliderIsOneUndoStep)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    QSlider *slider = bench.slider("growth_pace");
    window.profilePanel()->showTab(0);
    QApplication::processEvents();
    const double start = bench.trait("growth_pace");
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = Qt::Horizontal;
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->value();
    option.sliderValue = slider->value();
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    QPoint position = handle.center();
    QTest::mousePress(slider, Qt::LeftButton, {}, position);
    for (int i = 0; i < 5; ++i) {
        position.rx() += 12;
        QMouseEvent move(QEvent::MouseMove, position, slider->mapToGlobal(position), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(slider, &move);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, position);
    EXPECT_GT(bench.trait("growth_pace"), start + 5);
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    bench.action("actionUndo")->trigger();
    EXPECT_EQ(bench.trait("growth_pace"), start);
}

TEST(MainWindow, SaveThenOpenRoundTripsAProfileWithACustomModel)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    ProfileDocument *document = window.document();
    document->setProfileName(QStringLiteral("Acme Engineering"));
    bench.slider("after_hours_need")->setValue(90);

    const int custom = bench.duplicateThroughMenu(1, QStringLiteral("Acme MSP proposal"));
    ASSERT_EQ(custom, 2);
    EXPECT_EQ(window.radarChart()->modelCount(), 3);
    EXPECT_EQ(window.radarChart()->modelPoints(2).size(), 21);
    EXPECT_EQ(window.fitTableModel()
                  ->headerData(window.fitTableModel()->modelColumn(2), Qt::Horizontal, Qt::DisplayRole)
                  .toString()
                  .replace(u'\n', u' '),
              QStringLiteral("Acme MSP proposal"));
    EXPECT_TRUE(window.banner()->scores().contains(QStringLiteral("Acme MSP proposal")));
    EXPECT_EQ(window.explorer()->panels().size(), 3U);

    // Hand one activity to the provider in the custom model.
    window.showDimension(Catalogue::builtIn().dimensionIndex(QStringLiteral("end_user_support")));
    ActivityTableModel *activities = bench.panelOf(custom)->activityModel();
    const QModelIndex owner = activities->index(0, ActivityTableModel::OwnerColumn);
    ASSERT_TRUE(owner.flags() & Qt::ItemIsEditable);
    const double fitBefore = document->result().dimensions[3].fit[2];
    ASSERT_TRUE(activities->setData(activities->index(0, ActivityTableModel::ShareColumn), 95.0, Qt::EditRole));
    EXPECT_EQ(owner.data(ActivityTableModel::OwnerRole).toInt(), int(Owner::Provider)); // owner follows the share
    EXPECT_NE(document->result().dimensions[3].fit[2], fitBefore);

    const Profile saved = document->profile();
    bench.dialogs->saveAnswers.push_back(bench.path(QStringLiteral("acme"))); // no suffix typed
    bench.action("actionSaveAs")->trigger();
    const QString path = bench.path(QStringLiteral("acme.splitbench.json"));
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("acme.splitbench.json[*] — Splitbench"));
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(bench.settings->recentFiles().value(0), path);

    bench.action("actionNew")->trigger(); // clean: no question
    EXPECT_EQ(bench.dialogs->saveChangesQuestions, 0);
    EXPECT_EQ(document->modelCount(), 2);
    EXPECT_EQ(window.radarChart()->modelCount(), 2);

    bench.dialogs->openAnswers.push_back(path);
    bench.action("actionOpen")->trigger();
    EXPECT_TRUE(bench.dialogs->errors.isEmpty()) << bench.dialogs->errors.join(u'\n').toStdString();
    EXPECT_EQ(document->profile(), saved);
    EXPECT_EQ(document->catalogue().models[2].name, QStringLiteral("Acme MSP proposal"));
    EXPECT_EQ(window.radarChart()->modelCount(), 3);
    EXPECT_EQ(bench.slider("after_hours_need")->value(), 90);
    EXPECT_EQ(window.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->text(),
              QStringLiteral("Acme Engineering"));
    EXPECT_FALSE(window.isWindowModified());
}

TEST(MainWindow, ACorruptProfileShowsTheErrorAndKeepsTheCurrentWork)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    bench.slider("security_exposure")->setValue(88);
    bench.duplicateThroughMenu(0, QStringLiteral("Keep me"));
    const Profile before = window.document()->profile();
    const QString title = window.windowTitle();

    const QString corrupt = bench.writeFile(QStringLiteral("corrupt.splitbench.json"),
                                            R"({"version": 1, "traits": {"inhouse_capacity": 40,)");
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    bench.dialogs->openAnswers.push_back(corrupt);
    bench.action("actionOpen")->trigger();
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(corrupt));
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("line 1"))) << bench.dialogs->errors[0].toStdString();

    const QString outOfRange = bench.writeFile(QStringLiteral("range.splitbench.json"),
                                               R"({"version": 1, "traits": {"inhouse_capacity": 400}})");
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    bench.dialogs->openAnswers.push_back(outOfRange);
    bench.action("actionOpen")->trigger();
    ASSERT_EQ(bench.dialogs->errors.size(), 2);
    EXPECT_TRUE(bench.dialogs->errors[1].contains(outOfRange));
    EXPECT_TRUE(bench.dialogs->errors[1].contains(QStringLiteral("traits.inhouse_capacity")));

    EXPECT_EQ(window.document()->profile(), before);
    EXPECT_EQ(bench.slider("security_exposure")->value(), 88);
    EXPECT_EQ(window.radarChart()->modelCount(), 3);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_EQ(window.windowTitle(), title);
    EXPECT_TRUE(bench.settings->recentFiles().isEmpty());
}

TEST(MainWindow, UnsavedChangesAreOfferedForSavingAndCancelKeepsThem)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    bench.slider("visibility_need")->setValue(10);

    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Cancel);
    bench.action("actionNew")->trigger();
    EXPECT_EQ(bench.trait("visibility_need"), 10.0);
    EXPECT_TRUE(window.isWindowModified());

    // Save: asks for a file, writes it, then starts the new profile.
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Save);
    bench.dialogs->saveAnswers.push_back(bench.path(QStringLiteral("kept.splitbench.json")));
    bench.action("actionNew")->trigger();
    EXPECT_TRUE(QFile::exists(bench.path(QStringLiteral("kept.splitbench.json"))));
    EXPECT_EQ(window.document()->profile(), Profile::defaults(Catalogue::builtIn()));

    // Closing the window asks as well; Cancel keeps it open.
    bench.slider("visibility_need")->setValue(20);
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Cancel);
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    EXPECT_TRUE(window.close());
    EXPECT_EQ(bench.dialogs->saveChangesQuestions, 4);
}

TEST(MainWindow, AFailedSaveShowsWhyAndKeepsTheChangesUnsaved)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    bench.slider("visibility_need")->setValue(10);
    const QString path = bench.path(QStringLiteral("no-such-folder/p.splitbench.json"));
    bench.dialogs->saveAnswers.push_back(path);
    bench.action("actionSave")->trigger();
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(path));
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.document()->filePath().isEmpty());
}

TEST(MainWindow, TheRaciEditorRefusesASecondAccountableParty)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const int custom = bench.duplicateThroughMenu(1, QStringLiteral("Acme"));
    const int security = Catalogue::builtIn().dimensionIndex(QStringLiteral("security"));
    window.showDimension(security);
    ModelPanel *panel = bench.panelOf(custom);
    ActivityTableModel *activities = panel->activityModel();

    // Find an activity where the internal team is Accountable.
    int row = -1;
    for (int r = 0; r < activities->rowCount(); ++r)
        if (activities->index(r, ActivityTableModel::InternalRaciColumn).data(Qt::EditRole).toString().contains(u'A'))
            row = r;
    ASSERT_GE(row, 0);
    const QModelIndex providerRaci = activities->index(row, ActivityTableModel::ProviderRaciColumn);
    const QString providerBefore = providerRaci.data(Qt::EditRole).toString();
    const int stepsBefore = window.document()->undoStack()->count();

    // Through the real editor: type "RA" into the provider's cell and press Enter.
    QTableView *view = panel->activityView();
    view->setFocus();
    view->setCurrentIndex(providerRaci);
    view->edit(providerRaci);
    auto *editor = view->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("ra"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();

    EXPECT_EQ(providerRaci.data(Qt::EditRole).toString(), providerBefore);
    EXPECT_EQ(window.document()->undoStack()->count(), stepsBefore);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("only one party can be Accountable")))
        << window.statusBar()->currentMessage().toStdString();

    // Removing A from the internal team hands accountability to the provider in one step.
    const QModelIndex internalRaci = activities->index(row, ActivityTableModel::InternalRaciColumn);
    QString internalLetters = internalRaci.data(Qt::EditRole).toString();
    internalLetters.remove(u'A');
    ASSERT_TRUE(activities->setData(internalRaci, internalLetters, Qt::EditRole));
    EXPECT_FALSE(internalRaci.data(Qt::EditRole).toString().contains(u'A'));
    EXPECT_TRUE(providerRaci.data(Qt::EditRole).toString().contains(u'A'));
    EXPECT_EQ(window.document()->undoStack()->count(), stepsBefore + 1);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("accountability moved")));

    // Letters other than RACI are refused.
    EXPECT_FALSE(activities->setData(internalRaci, QStringLiteral("RX"), Qt::EditRole));
}

TEST(MainWindow, ActivitiesNobodyIsResponsibleForAreFlagged)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const int custom = bench.duplicateThroughMenu(0, QStringLiteral("Lean proposal"));
    window.showDimension(0);
    ModelPanel *panel = bench.panelOf(custom);
    ActivityTableModel *activities = panel->activityModel();
    auto *warning = panel->findChild<QLabel *>(QStringLiteral("panelWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_FALSE(warning->isVisible());

    ASSERT_TRUE(activities->setData(activities->index(0, ActivityTableModel::ProviderRaciColumn), QStringLiteral("A"),
                                    Qt::EditRole));
    ASSERT_TRUE(activities->setData(activities->index(0, ActivityTableModel::InternalRaciColumn), QStringLiteral("CI"),
                                    Qt::EditRole));
    EXPECT_TRUE(activities->index(0, 0).data(ActivityTableModel::NobodyResponsibleRole).toBool());
    EXPECT_TRUE(activities->index(0, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(activities->nobodyResponsibleCount(), 1);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("Nobody is Responsible")));

    // Built-in models stay read-only.
    EXPECT_FALSE(bench.panelOf(0)->activityModel()->index(0, ActivityTableModel::OwnerColumn).flags() &
                 Qt::ItemIsEditable);
}

TEST(MainWindow, HidingAModelHidesItEverywhere)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    QAction *co = bench.action("actionShowModel_co_managed");
    ASSERT_TRUE(co->isChecked());
    co->trigger();
    EXPECT_FALSE(window.radarChart()->isModelVisible(1));
    EXPECT_TRUE(window.radarChart()->isModelVisible(0));
    EXPECT_TRUE(window.fitTable()->isColumnHidden(window.fitTableModel()->modelColumn(1)));
    EXPECT_FALSE(bench.panelOf(1)->isVisibleTo(window.explorer()));
    EXPECT_EQ(window.radarChart()->legendRects().size(), 1);
    co->trigger();
    EXPECT_TRUE(window.radarChart()->isModelVisible(1));
    EXPECT_FALSE(window.fitTable()->isColumnHidden(window.fitTableModel()->modelColumn(1)));
}

TEST(MainWindow, TheFitTableShowsEveryColumnAtTheDefaultSizeWithThreeModels)
{
    Workbench bench; // 1400×900, the size the window opens at on a laptop
    MainWindow &window = *bench.window;
    QTableView *table = window.fitTable();
    const auto everyColumnVisible = [&] {
        QCoreApplication::processEvents();
        const int right = table->columnViewportPosition(window.fitTableModel()->leadColumn()) +
                          table->columnWidth(window.fitTableModel()->leadColumn());
        EXPECT_LE(right, table->viewport()->width());
        EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << "the table scrolls sideways";
        for (int column = 0; column < window.fitTableModel()->columnCount(); ++column)
            EXPECT_GE(table->columnWidth(column), table->fontMetrics().horizontalAdvance(QStringLiteral("100.0")))
                << "column " << column;
    };
    everyColumnVisible();
    // Two models: the names get plenty of room.
    EXPECT_GE(table->columnWidth(FitTableModel::DimensionColumn), 150);
    const int roomyWeight = table->columnWidth(FitTableModel::ImportanceColumn);

    window.document()->duplicateModel(1, QStringLiteral("Acme MSP proposal"));
    ASSERT_EQ(window.fitTableModel()->columnCount(), 6);
    everyColumnVisible();
    // The table takes the room for the new column from the radar, so the names stay as roomy as before.
    EXPECT_EQ(table->columnWidth(FitTableModel::ImportanceColumn), roomyWeight);
    EXPECT_GE(table->columnWidth(FitTableModel::DimensionColumn), 150);
    // An elided name is whole in its tooltip.
    const QModelIndex name = window.fitTableModel()->index(0, FitTableModel::DimensionColumn);
    EXPECT_TRUE(name.data(Qt::ToolTipRole).toString().contains(name.data().toString().toHtmlEscaped()));

    window.document()->removeCustomModel(2);
    everyColumnVisible();
    EXPECT_EQ(table->columnWidth(FitTableModel::ImportanceColumn), roomyWeight);
}

TEST(MainWindow, ExamplePresetsApplyAsOneUndoableStep)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const QList<QAction *> examples = window.profilePanel()->exampleActions();
    ASSERT_EQ(examples.size(), 5);
    examples[1]->trigger(); // the manufacturer with a CIO
    EXPECT_EQ(bench.trait("it_leadership"), 90.0);
    EXPECT_EQ(bench.slider("it_leadership")->value(), 90);
    EXPECT_EQ(bench.note("it_leadership")->toPlainText(),
              QStringLiteral("A CIO sits on the board and owns the three-year roadmap."));
    EXPECT_TRUE(window.banner()->headline().contains(QStringLiteral("Co-managed")));
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    bench.action("actionReset")->trigger();
    EXPECT_EQ(window.document()->profile(), Profile::defaults(Catalogue::builtIn()));
    bench.action("actionUndo")->trigger();
    EXPECT_EQ(bench.trait("it_leadership"), 90.0);
}

TEST(MainWindow, EveryControlHasAnAccessibleNameAndTakesKeyboardFocus)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    bench.duplicateThroughMenu(1, QStringLiteral("Proposal")); // custom panels have more buttons
    for (int tab = 0; tab < window.viewTabs()->count(); ++tab) {
        window.viewTabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            ASSERT_NE(accessible, nullptr);
            EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
                << widget->metaObject()->className() << " " << widget->objectName().toStdString() << " in "
                << (widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "") << " "
                << (widget->parentWidget() ? widget->parentWidget()->objectName().toStdString() : std::string());
        }
    }
    // Keyboard reach: the main controls are in the Tab chain.
    QList<QWidget *> chain;
    for (QWidget *w = window.nextInFocusChain(); w != &window; w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            chain << w;
    for (QWidget *needed :
         std::initializer_list<QWidget *>{bench.slider("inhouse_capacity"), bench.note("inhouse_capacity"),
                                          window.radarView(), window.fitTable(), window.explorer()->listView()})
        EXPECT_TRUE(chain.contains(needed)) << needed->objectName().toStdString();
    // Tab moves on from the chart and the table instead of being trapped among the cells.
    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.radarView()->setFocus();
    QTest::keyClick(window.radarView(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window.fitTable());
    QTest::keyClick(window.fitTable(), Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), window.fitTable());
    // Menus have mnemonics and the standard shortcuts.
    for (QAction *menu : window.menuBar()->actions())
        EXPECT_TRUE(menu->text().contains(u'&')) << menu->text().toStdString();
    EXPECT_EQ(bench.action("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(bench.action("actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
    EXPECT_EQ(bench.action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(bench.action("actionRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
}

TEST(MainWindow, TheThemeSwitchRecolorsTheChartAndIsRemembered)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    bench.action("actionTheme_dark")->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(isDark(QApplication::palette()));
    EXPECT_LT(window.radarChart()->backgroundBrush().color().lightnessF(), 0.3);
    EXPECT_EQ(bench.settings->theme(), QStringLiteral("dark"));
    bench.action("actionTheme_light")->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_GT(window.radarChart()->backgroundBrush().color().lightnessF(), 0.8);
    bench.action("actionTheme_system")->trigger();
}

TEST(MainWindow, WindowLayoutRecentFilesAndLastViewAreKept)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const int vendors = Catalogue::builtIn().dimensionIndex(QStringLiteral("vendor_management"));
    {
        WorkbenchSettings settings(ini);
        MainWindow window(&settings, std::make_shared<ScriptedDialogs>());
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showDimension(vendors);
        window.viewState()->setVisible(1, false);
        ASSERT_TRUE(window.saveFile(dir.filePath(QStringLiteral("one.splitbench.json"))));
        EXPECT_TRUE(window.close());
    }
    WorkbenchSettings settings(ini);
    EXPECT_EQ(settings.recentFiles(), QStringList{dir.filePath(QStringLiteral("one.splitbench.json"))});
    MainWindow window(&settings, std::make_shared<ScriptedDialogs>());
    EXPECT_EQ(window.viewTabs()->currentIndex(), int(MainWindow::ExplorerTab));
    EXPECT_EQ(window.viewState()->selectedDimension(), vendors);
    EXPECT_FALSE(window.viewState()->isVisible(1));
    EXPECT_EQ(window.size(), QSize(1200, 800));
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    ASSERT_NE(recent, nullptr);
    EXPECT_TRUE(recent->isEnabled());
    EXPECT_TRUE(recent->actions().first()->text().contains(QStringLiteral("one.splitbench.json")));
}

TEST(MainWindow, TheSensitivityVariationsAndSeedAreKeptAndHandEditedValuesAreClamped)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        WorkbenchSettings settings(ini);
        MainWindow window(&settings, std::make_shared<ScriptedDialogs>());
        window.sensitivityView()->samplesBox()->setValue(5000);
        window.sensitivityView()->seedBox()->setValue(42);
        EXPECT_TRUE(window.close());
    }
    {
        WorkbenchSettings settings(ini);
        MainWindow window(&settings, std::make_shared<ScriptedDialogs>());
        EXPECT_EQ(window.sensitivityView()->samplesBox()->value(), 5000);
        EXPECT_EQ(window.sensitivityView()->seedBox()->value(), 42);
    }
    {
        QSettings edited(ini, QSettings::IniFormat);
        edited.setValue(QStringLiteral("sensitivity/samples"), 5); // below the minimum
        edited.setValue(QStringLiteral("sensitivity/seed"), QStringLiteral("lucky")); // not a number
    }
    WorkbenchSettings settings(ini);
    MainWindow window(&settings, std::make_shared<ScriptedDialogs>());
    EXPECT_EQ(window.sensitivityView()->samplesBox()->value(), window.sensitivityView()->samplesBox()->minimum());
    EXPECT_EQ(window.sensitivityView()->seedBox()->value(), 1) << "the default seed";
}

TEST(MainWindow, ReportActionsGoIntoTheFileMenuAboveQuit)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    auto *exportPdf = new QAction(QStringLiteral("Export &PDF…"), &window);
    window.addReportActions({exportPdf});
    const QList<QAction *> actions = window.fileMenu()->actions();
    const qsizetype pdf = actions.indexOf(exportPdf);
    const qsizetype saveAs = actions.indexOf(bench.action("actionSaveAs"));
    const qsizetype quit = actions.indexOf(bench.action("actionQuit"));
    EXPECT_GT(pdf, saveAs);
    EXPECT_LT(pdf, quit);
}

TEST(MainWindow, AboutNamesVersionAndLicences)
{
    const QString about = MainWindow::aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral(QT_VERSION_STR)));
    EXPECT_TRUE(about.contains(QStringLiteral("spdlog")));
    EXPECT_TRUE(about.contains(QStringLiteral("Lesser General Public License")));
    EXPECT_TRUE(about.contains(QStringLiteral("MIT")));
}

} // namespace
