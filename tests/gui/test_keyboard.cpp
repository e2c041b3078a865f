// The workbench without a mouse: the main tasks done with keys only, a Tab order that follows the screen, and
// a visible focus indicator on every stop.
#include "cost/cost_page.h"
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "models/activity_table_model.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_view.h"
#include "report_actions.h"
#include "sensitivity_runner.h"
#include "sensitivity_view.h"
#include "workshop/workshop_page.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kClinic = QStringLiteral(SPLITBENCH_EXAMPLES "/4-regulated-clinic.splitbench.json");

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// A key as the user presses it: to whatever has the focus (shortcuts go through the window).
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    ASSERT_NE(target, nullptr) << "no window is active";
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

/// Presses Tab until `wanted` holds for the focus widget; fails after `limit` presses.
bool tabUntil(const std::function<bool(QWidget *)> &wanted, int limit = 80)
{
    for (int i = 0; i < limit; ++i) {
        if (wanted(focused()))
            return true;
        press(Qt::Key_Tab);
    }
    return wanted(focused());
}

/// The focus widget's own stop: a spin box's editor stands for its spin box.
QWidget *stop(QWidget *widget)
{
    if (widget && widget->parentWidget() && widget->objectName() == QLatin1String("qt_spinbox_lineedit"))
        return widget->parentWidget();
    return widget;
}

class Keyboard : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(bench.window->openFile(kClinic));
        bench.window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(bench.window.get()));
    }
    Workbench bench;
};

TEST_F(Keyboard, TheTraitsTabOrderFollowsTheScreenAndShiftTabShowsWhereTheFocusIs)
{
    press(Qt::Key_3, Qt::ControlModifier); // Edit Profile
    QSlider *first = bench.window->profilePanel()->slider(0);
    ASSERT_EQ(focused(), first);

    // Slider, then the ± box beside it, then the note below it; each stop below or right of the one before.
    QList<QWidget *> stops{first};
    for (int i = 0; i < 9; ++i) {
        press(Qt::Key_Tab);
        stops << stop(focused());
    }
    EXPECT_EQ(stops[1]->objectName(), QStringLiteral("traitUncertainty_inhouse_capacity"));
    EXPECT_EQ(stops[2]->objectName(), QStringLiteral("traitNote_inhouse_capacity"));
    EXPECT_EQ(stops[3]->objectName(), QStringLiteral("traitSlider_desire_for_control"));
    const QWidget *page = bench.window->profilePanel();
    for (int i = 1; i < stops.size(); ++i) {
        const QRect before(stops[i - 1]->mapTo(page, QPoint()), stops[i - 1]->size());
        const QRect now(stops[i]->mapTo(page, QPoint()), stops[i]->size());
        const bool sameRow = now.top() < before.bottom() && before.top() < now.bottom();
        EXPECT_TRUE(sameRow ? now.left() > before.left() : now.top() >= before.bottom() - 2)
            << describeWidget(stops[i - 1]).toStdString() << " then " << describeWidget(stops[i]).toStdString();
    }

    // Back from the first slider: a stop that shows it has the focus, never the invisible scroll area.
    first->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_EQ(qobject_cast<QAbstractScrollArea *>(focused()), nullptr) << describeWidget(focused()).toStdString();
    EXPECT_NE(focused()->objectName(), QStringLiteral("traitsScrollArea"));
}

TEST_F(Keyboard, EveryTabStopShowsThatItHasTheFocus)
{
    // Each view in turn; every stop Tab reaches is drawn differently with the focus than without it.
    for (const int view : {Qt::Key_1, Qt::Key_2, Qt::Key_4, Qt::Key_5}) {
        press(view, Qt::ControlModifier);
        QWidget *start = focused();
        ASSERT_NE(start, nullptr);
        QList<QWidget *> seen;
        for (int i = 0; i < 120; ++i) {
            QWidget *widget = focused();
            if (seen.contains(widget))
                break;
            seen << widget;
            ASSERT_TRUE(widget->isVisible()) << describeWidget(widget).toStdString() << " has the focus but is hidden";
            const QImage withFocus = stop(widget)->grab().toImage();
            // The same widget a moment later without the focus: the organisation name (or the first slider,
            // when it is the name that is being looked at) takes it.
            QWidget *elsewhere = bench.window->findChild<QWidget *>(QStringLiteral("profileNameEdit"));
            if (!elsewhere || elsewhere == widget)
                elsewhere = bench.window->profilePanel()->slider(0);
            elsewhere->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            const QImage withoutFocus = stop(widget)->grab().toImage();
            EXPECT_NE(withFocus, withoutFocus) << describeWidget(widget).toStdString() << " shows no focus";
            widget->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            press(Qt::Key_Tab);
        }
        EXPECT_GE(seen.size(), 5);
    }
}

TEST_F(Keyboard, TheMainTasksWithTheKeyboardOnly)
{
    ProfileDocument *document = bench.window->document();
    QTabWidget *tabs = bench.window->viewTabs();

    // 1. Set a trait: Ctrl+3 puts the focus on the first slider; arrows and Page Up move it.
    press(Qt::Key_3, Qt::ControlModifier);
    const double capacity = document->profile().traits[0];
    press(Qt::Key_Right);
    press(Qt::Key_PageUp);
    EXPECT_DOUBLE_EQ(document->profile().traits[0], capacity + 11);

    // 2. Open a dimension from the radar: Ctrl+1 focuses the radar, arrows pick an axis, Enter opens it.
    press(Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), MainWindow::OverviewTab);
    ASSERT_EQ(focused(), bench.window->radarView());
    const int start = std::max(0, bench.window->viewState()->selectedDimension());
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    const int wanted = (start + 2) % static_cast<int>(document->catalogue().dimensions.size());
    EXPECT_EQ(bench.window->viewState()->selectedDimension(), wanted);
    press(Qt::Key_Return);
    EXPECT_EQ(tabs->currentIndex(), MainWindow::ExplorerTab);
    EXPECT_EQ(bench.window->explorer()->headingText(),
              document->catalogue().dimensions[static_cast<size_t>(wanted)].name);
    EXPECT_EQ(focused(), bench.window->explorer()->listView()) << describeWidget(focused()).toStdString();

    // 3. Duplicate a model (Ctrl+D) and change who does an activity in the copy: the focus lands in the copy's
    //    activity table; Right moves to the owner, F2 opens its editor, Down and Enter pick another owner.
    bench.dialogs->itemAnswers.push_back(1);
    bench.dialogs->textAnswers.push_back(QStringLiteral("Acme"));
    press(Qt::Key_D, Qt::ControlModifier);
    ASSERT_EQ(document->profile().customModels.size(), 1u);
    const int acme = document->modelCount() - 1;
    EXPECT_EQ(QApplication::activeWindow(), bench.window.get()) << "a new panel must not show up as a window";
    auto *table = qobject_cast<QTableView *>(focused());
    ASSERT_NE(table, nullptr) << describeWidget(focused()).toStdString();
    EXPECT_EQ(table->objectName(), QStringLiteral("activityView"));
    EXPECT_EQ(table->model(), bench.window->explorer()->panels()[static_cast<size_t>(acme)]->activityModel());
    const QString ownerBefore = table->model()->index(0, ActivityTableModel::OwnerColumn).data().toString();
    press(Qt::Key_Right);
    EXPECT_EQ(table->currentIndex().column(), static_cast<int>(ActivityTableModel::OwnerColumn));
    const int steps = document->undoStack()->count();
    press(Qt::Key_F2);
    QWidget *editor = focused();
    ASSERT_NE(editor, table) << "F2 opened no editor";
    // The choices run Provider, Internal, Shared: step away from the current one.
    press(ownerBefore == ownerDisplayName(Owner::Provider) ? Qt::Key_Down : Qt::Key_Up);
    press(Qt::Key_Return);
    EXPECT_NE(table->model()->index(0, ActivityTableModel::OwnerColumn).data().toString(), ownerBefore);
    EXPECT_EQ(document->undoStack()->count(), steps + 1);

    // 4. Run the sensitivity analysis: Ctrl+4 focuses its first control; Tab reaches Recalculate; Space runs it.
    press(Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), MainWindow::SensitivityTab);
    ASSERT_TRUE(bench.window->sensitivityView()->isAncestorOf(focused())) << describeWidget(focused()).toStdString();
    SensitivityRunner *runner = bench.window->sensitivityView()->runner();
    if (runner->isPending() || runner->isRunning()) {
        QSignalSpy first(runner, &SensitivityRunner::finished);
        ASSERT_TRUE(first.wait(30000));
    }
    ASSERT_TRUE(tabUntil([](QWidget *w) { return w && w->objectName() == QLatin1String("sensitivityRunButton"); }));
    QSignalSpy finished(runner, &SensitivityRunner::finished);
    press(Qt::Key_Space);
    EXPECT_TRUE(finished.wait(30000));

    // 5. Export the PDF (Ctrl+E).
    const QString pdf = bench.path(QStringLiteral("keyboard.pdf"));
    bench.dialogs->saveAnswers.push_back(pdf);
    QSignalSpy exported(bench.window->reportActions(), &ReportActions::exportFinished);
    press(Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(exported.wait(60000));
    EXPECT_GT(QFileInfo(pdf).size(), 10000);
}

TEST_F(Keyboard, TheCostInputsRunDownThePageAndTakeTypedFigures)
{
    // Ctrl+5 shows the Cost tab with the focus on its first input; Tab runs down the inputs in reading order.
    press(Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(bench.window->viewTabs()->currentIndex(), MainWindow::CostTab);
    ASSERT_EQ(focused(), bench.window->costPage()->currencyCombo()) << describeWidget(focused()).toStdString();
    QList<QWidget *> stops{focused()};
    for (int i = 0; i < 8; ++i) {
        press(Qt::Key_Tab);
        stops << stop(focused());
    }
    EXPECT_EQ(stops[1]->objectName(), QStringLiteral("costUsers"));
    EXPECT_EQ(stops[5]->objectName(), QStringLiteral("costItStaff"));
    const QWidget *page = bench.window->costPage();
    for (int i = 1; i < stops.size(); ++i) {
        const QRect before(stops[i - 1]->mapTo(page, QPoint()), stops[i - 1]->size());
        const QRect now(stops[i]->mapTo(page, QPoint()), stops[i]->size());
        EXPECT_GE(now.top(), before.bottom() - 2)
            << describeWidget(stops[i - 1]).toStdString() << " then " << describeWidget(stops[i]).toStdString();
    }

    // A label's mnemonic reaches its box (Alt+U: Users); typed digits are one undo step.
    press(Qt::Key_U, Qt::AltModifier);
    ASSERT_EQ(stop(focused())->objectName(), QStringLiteral("costUsers")) << describeWidget(focused()).toStdString();
    const int steps = bench.window->document()->undoStack()->count();
    press(Qt::Key_A, Qt::ControlModifier);
    for (const int key : {Qt::Key_1, Qt::Key_8, Qt::Key_5})
        press(key);
    EXPECT_EQ(bench.window->document()->organisation().users, 185.0);
    EXPECT_EQ(bench.window->document()->undoStack()->count(), steps + 1);
}

TEST_F(Keyboard, CtrlSixShowsTheWorkshopAndItsParticipantsAreReachedByKeys)
{
    // A plain profile: Ctrl+6 shows the explanation with the focus on "Add participant"; Space asks for a name.
    press(Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(bench.window->viewTabs()->currentIndex(), MainWindow::WorkshopTab);
    ASSERT_EQ(focused(), bench.window->workshopPage()->addButton()) << describeWidget(focused()).toStdString();
    bench.dialogs->textAnswers = {QStringLiteral("Dana Reyes"), QStringLiteral("Owner")};
    press(Qt::Key_Space);
    ASSERT_EQ(bench.window->document()->participantCount(), 1);
    // The person is edited now: Ctrl+3 reaches their first slider, and a key step changes their value.
    press(Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(focused(), bench.window->profilePanel()->slider(0)) << describeWidget(focused()).toStdString();
    const double before = bench.window->document()->profile().participants[0].traits[0];
    press(Qt::Key_Right);
    EXPECT_EQ(bench.window->document()->profile().participants[0].traits[0], before + 1);
    // Ctrl+6 again: the workshop's first control is the participants' table.
    press(Qt::Key_6, Qt::ControlModifier);
    EXPECT_TRUE(bench.window->workshopPage()->isAncestorOf(focused())) << describeWidget(focused()).toStdString();
}

TEST_F(Keyboard, TheRadarShowsAFocusRing)
{
    RadarView *radar = bench.window->radarView();
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    bench.window->profilePanel()->slider(0)->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    const QImage without = radar->grab().toImage();
    radar->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(radar->hasFocus());
    const QImage with = radar->grab().toImage();
    ASSERT_EQ(with.size(), without.size());
    // The ring runs along the edge: the pixels two in from the left edge change, halfway down.
    const int y = with.height() / 2;
    EXPECT_NE(with.pixel(2, y), without.pixel(2, y));
}

} // namespace
