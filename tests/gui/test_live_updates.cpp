// What a slider step updates, and what it leaves alone: the fit table announces only the cells whose shown
// value changed, and the banner keeps its height during a drag without ever clipping its text.
#include "gui_test_support.h"
#include "models/fit_table_model.h"
#include "recommendation_banner.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

/// What a numeric cell shows: its text and whether it is bold.
QString shown(const QModelIndex &cell)
{
    const QVariant font = cell.data(Qt::FontRole);
    const bool bold = font.isValid() && font.value<QFont>().bold();
    return cell.data(Qt::DisplayRole).toString() + (bold ? QStringLiteral("*") : QString());
}

QSet<QPair<int, int>> cellsWhere(const FitTableModel &model, const std::function<bool(const QModelIndex &)> &test)
{
    QSet<QPair<int, int>> cells;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = FitTableModel::ImportanceColumn; column < model.columnCount(); ++column)
            if (test(model.index(row, column)))
                cells.insert({row, column});
    return cells;
}

} // namespace

TEST(LiveUpdates, ASliderStepAnnouncesExactlyTheTableCellsWhoseShownValueChanged)
{
    Workbench bench;
    const FitTableModel &model = *bench.window->fitTableModel();
    QSlider *slider = bench.slider("inhouse_capacity");
    int exactChanges = 0;
    int announced = 0;
    for (int step = 1; step <= 12; ++step) {
        QHash<QPair<int, int>, QString> before;
        QHash<QPair<int, int>, double> exactBefore;
        cellsWhere(model, [&](const QModelIndex &cell) {
            before.insert({cell.row(), cell.column()}, shown(cell));
            exactBefore.insert({cell.row(), cell.column()}, cell.data(Qt::EditRole).toDouble());
            return false;
        });
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        slider->setValue(slider->value() + 1);

        QSet<QPair<int, int>> signalled;
        for (const QList<QVariant> &arguments : spy) {
            const auto topLeft = arguments.at(0).value<QModelIndex>();
            const auto bottomRight = arguments.at(1).value<QModelIndex>();
            ASSERT_EQ(topLeft, bottomRight) << "a range makes Qt 6.4's view repaint everything";
            signalled.insert({topLeft.row(), topLeft.column()});
        }
        const QSet<QPair<int, int>> changed = cellsWhere(
            model, [&](const QModelIndex &cell) { return shown(cell) != before.value({cell.row(), cell.column()}); });
        EXPECT_EQ(signalled, changed) << "step " << step;
        exactChanges += static_cast<int>(cellsWhere(model, [&](const QModelIndex &cell) {
                                              return cell.data(Qt::EditRole).toDouble() !=
                                                     exactBefore.value({cell.row(), cell.column()});
                                          }).size());
        announced += static_cast<int>(signalled.size());
    }
    EXPECT_GT(announced, 0);
    // About 57 of the 80 numbers change in a step, 40 of them as shown (mostly the Lead, to a tenth).
    EXPECT_LT(announced, exactChanges * 4 / 5) << "many exact changes do not change what the table shows";
}

TEST(LiveUpdates, TheTableSortsByTheShownValue)
{
    Workbench bench;
    const FitTableModel &model = *bench.window->fitTableModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, model.modelColumn(0));
        EXPECT_DOUBLE_EQ(cell.data(FitTableModel::SortRole).toDouble(), cell.data(Qt::DisplayRole).toDouble());
        const QModelIndex lead = model.index(row, model.leadColumn());
        EXPECT_NEAR(lead.data(FitTableModel::SortRole).toDouble(), lead.data(Qt::DisplayRole).toDouble(), 1e-9);
    }
    EXPECT_EQ(model.index(3, FitTableModel::DimensionColumn).data(FitTableModel::SortRole),
              model.index(3, FitTableModel::DimensionColumn).data(Qt::DisplayRole));
}

TEST(LiveUpdates, TheBannerKeepsItsHeightDuringADragAndNeverClipsTheReasons)
{
    Workbench bench;
    RecommendationBanner *banner = bench.window->banner();
    auto *reasons = banner->findChild<QLabel *>(QStringLiteral("bannerReasons"));
    ASSERT_NE(reasons, nullptr);
    const auto expectReasonsFit = [&](const char *where) {
        EXPECT_GE(reasons->height(), reasons->heightForWidth(reasons->width())) << where;
        EXPECT_LE(reasons->geometry().bottom(), reasons->parentWidget()->height()) << where;
    };
    QSlider *slider = bench.slider("inhouse_capacity");
    QSet<QString> texts;
    int height = banner->height();
    // A wider and a narrower window: the reasons need one to three lines, and the drag passes through them.
    for (const int width : {1400, 900}) {
        bench.window->resize(width, 900);
        QApplication::processEvents();
        expectReasonsFit("after a resize");
        height = banner->height();
        for (int value = 0; value <= 100; value += 2) {
            slider->setValue(value);
            QApplication::processEvents();
            texts.insert(banner->reasons());
            EXPECT_GE(banner->height(), height) << "the banner shrank at " << value;
            height = banner->height();
            expectReasonsFit("during the drag");
        }
    }
    EXPECT_GE(texts.size(), 3) << "the drag should change what decides the recommendation";
}
