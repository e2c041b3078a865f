// RadarChart: labels readable (inside the chart, never overlapping), polygons updated in place, axis hit tests.
#include "fit_engine.h"
#include "radar_chart.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QTest>

#include <cmath>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;

namespace {

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}

/// A chart widget at `size`, laid out as on screen.
struct ShownChart {
    explicit ShownChart(QSize size, const Catalogue &cat = catalogue())
    {
        chart->setCatalogue(cat);
        chart->setResult(FitEngine(cat).score(Profile::defaults(cat)));
        view.resize(size);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
    }
    RadarChart view;
    RadarChart *chart = &view;
};

void expectReadableLabels(const RadarChart &chart, const char *where)
{
    const QRectF bounds(QPointF(0, 0), chart.size());
    const QList<QRectF> legend = chart.legendRects();
    for (int k = 0; k < chart.dimensionCount(); ++k) {
        const QRectF rect = chart.labelRect(k);
        EXPECT_TRUE(bounds.contains(rect)) << where << ": label " << chart.labelText(k).toStdString() << " is cut off";
        for (int j = k + 1; j < chart.dimensionCount(); ++j)
            EXPECT_FALSE(rect.intersects(chart.labelRect(j))) << where << ": " << chart.labelText(k).toStdString()
                                                              << " overlaps " << chart.labelText(j).toStdString();
        for (const QRectF &entry : legend)
            EXPECT_FALSE(rect.intersects(entry))
                << where << ": label " << chart.labelText(k).toStdString() << " overlaps the legend";
        // The label must not cover the plot either.
        const QPointF tip = chart.axisPoint(k, 100);
        EXPECT_FALSE(rect.contains(tip)) << where << ": label " << chart.labelText(k).toStdString()
                                         << " covers its spoke";
    }
    for (const QRectF &entry : legend)
        EXPECT_TRUE(bounds.contains(entry)) << where << ": legend cut off";
}

TEST(RadarChart, LabelsStayInsideAndApartAtManySizes)
{
    for (const QSize size : {QSize(600, 680), QSize(420, 360), QSize(900, 500), QSize(500, 900), QSize(1200, 800)}) {
        ShownChart shown(size);
        const std::string where = std::to_string(size.width()) + "x" + std::to_string(size.height());
        expectReadableLabels(*shown.chart, where.c_str());
        // The plot uses the space: its radius is at least a quarter of the smaller side.
        const double radius = QLineF(shown.chart->axisPoint(0, 0), shown.chart->axisPoint(0, 100)).length();
        EXPECT_GT(radius, std::min(size.width(), size.height()) / 4.0) << where;
        for (int k = 0; k < shown.chart->dimensionCount(); ++k) {
            shown.chart->setSelectedDimension(k); // bold label
            expectReadableLabels(*shown.chart, (where + " selected").c_str());
        }
    }
}

TEST(RadarChart, ShowsTheCatalogueShortNames)
{
    ShownChart shown(QSize(700, 600));
    for (int k = 0; k < shown.chart->dimensionCount(); ++k) {
        QString text = shown.chart->labelText(k);
        EXPECT_EQ(text.replace(u'\n', u' '), catalogue().dimensions[static_cast<size_t>(k)].shortName);
    }
}

TEST(RadarChart, UpdatesPolygonsInPlace)
{
    ShownChart shown(QSize(700, 600));
    const QRectF labelBefore = shown.chart->labelRect(3);
    Profile profile = Profile::defaults(catalogue());
    profile.traits.assign(profile.traits.size(), 95);
    const FitResult result = FitEngine(catalogue()).score(profile);
    shown.chart->setResult(result);
    EXPECT_EQ(shown.chart->labelRect(3), labelBefore); // a new result moves the polygons only
    const QList<QPointF> points = shown.chart->modelPoints(0);
    ASSERT_EQ(points.size(), 21);
    for (int k = 0; k < 20; ++k)
        EXPECT_DOUBLE_EQ(points[k].y(), result.dimensions[static_cast<size_t>(k)].fit[0]);
    // The polygon's corners lie on the spokes at the fit's distance from the centre.
    const QPolygonF polygon = shown.chart->plot().polygon(0);
    ASSERT_EQ(polygon.size(), 20);
    for (int k = 0; k < 20; ++k) {
        const QPointF expected = shown.chart->axisPoint(k, result.dimensions[static_cast<size_t>(k)].fit[0]);
        EXPECT_NEAR(polygon[k].x(), expected.x(), 1e-9) << k;
        EXPECT_NEAR(polygon[k].y(), expected.y(), 1e-9) << k;
    }
    // Drawn as the user sees it: the model's outline colour where its corner is (the window grabbed).
    size_t apart = 0; // the corner farthest from the other model's, so only model 0's outline is there
    for (size_t k = 0; k < result.dimensions.size(); ++k)
        if (std::abs(result.dimensions[k].fit[0] - result.dimensions[k].fit[1]) >
            std::abs(result.dimensions[apart].fit[0] - result.dimensions[apart].fit[1]))
            apart = k;
    const QImage image = shown.view.grab().toImage();
    const QPoint corner =
        shown.chart->axisPoint(static_cast<int>(apart), result.dimensions[apart].fit[0]).toPoint();
    const QColor pixel = image.pixelColor(corner);
    const QColor outline = shown.chart->plot().outlinePen(0).color();
    EXPECT_LT(std::abs(pixel.red() - outline.red()) + std::abs(pixel.green() - outline.green()) +
                  std::abs(pixel.blue() - outline.blue()),
              60)
        << pixel.name().toStdString() << " instead of " << outline.name().toStdString();
}

TEST(RadarChart, PolygonsFollowTheChartsSize)
{
    ShownChart shown(QSize(700, 600));
    const QRectF before = shown.chart->plot().polygon(0).boundingRect();
    shown.view.resize(1000, 900);
    QApplication::processEvents();
    const QRectF after = shown.chart->plot().polygon(0).boundingRect();
    EXPECT_GT(after.width(), before.width() * 1.2);
    EXPECT_NEAR(shown.chart->plot().polygon(0).at(0).y(),
                shown.chart->axisPoint(0, shown.chart->modelPoints(0)[0].y()).y(), 1e-9);
    EXPECT_EQ(shown.chart->ringLabelTexts(),
              QStringList({QStringLiteral("0"), QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("60"),
                           QStringLiteral("80"), QStringLiteral("100")}));
}

TEST(RadarChart, ModelsDifferInColourAndDash)
{
    Catalogue cat = withCustomModels(catalogue(),
                                     {CustomModel::copyOf(catalogue(), 0, QStringLiteral("c1"), QStringLiteral("C1")),
                                      CustomModel::copyOf(catalogue(), 1, QStringLiteral("c2"), QStringLiteral("C2"))});
    ShownChart shown(QSize(700, 600), cat);
    ASSERT_EQ(shown.chart->modelCount(), 4);
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b) {
            EXPECT_NE(shown.chart->plot().outlinePen(a).color(), shown.chart->plot().outlinePen(b).color());
            EXPECT_NE(shown.chart->plot().outlinePen(a).style(), shown.chart->plot().outlinePen(b).style());
        }
    expectReadableLabels(*shown.chart, "four models");
}

TEST(RadarChart, FindsTheAxisNearAPoint)
{
    ShownChart shown(QSize(700, 600));
    RadarChart &chart = *shown.chart;
    for (int k = 0; k < chart.dimensionCount(); ++k) {
        EXPECT_EQ(chart.dimensionAt(chart.axisPoint(k, 60)), k);
        EXPECT_EQ(chart.dimensionAt(chart.axisPoint(k, 100)), k);
        EXPECT_EQ(chart.dimensionAt(chart.labelRect(k).center()), k);
    }
    EXPECT_EQ(chart.dimensionAt(chart.axisPoint(0, 0)), -1); // the centre
    EXPECT_EQ(chart.dimensionAt(QPointF(2, 2)), -1);         // a corner
    // Half-way between two spokes, far out, is not "near" either.
    const QPointF between = (chart.axisPoint(0, 100) + chart.axisPoint(1, 100)) / 2.0;
    EXPECT_EQ(chart.dimensionAt(between), -1);
}

} // namespace

namespace {
/// Records the region of every paint event of the widget it watches.
struct PaintSpy : QObject {
    QList<QRegion> regions;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            regions << static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};
} // namespace

TEST(RadarChart, WithoutTodaysSplitAStepRepaintsTheModelsNotTheWholeChart)
{
    // ChartWiring hands the chart today's fits on every step, empty when the profile records no split: that must
    // not lay the chart out again (a full repaint, about twice the cost of a step).
    ShownChart shown(QSize(700, 600));
    shown.chart->setToday({}, QStringLiteral("Today"));
    QApplication::processEvents();
    PaintSpy spy;
    shown.chart->installEventFilter(&spy);
    Profile profile = Profile::defaults(catalogue());
    profile.traits[0] = 90;
    shown.chart->setResult(FitEngine(catalogue()).score(profile));
    shown.chart->setToday({}, QStringLiteral("Today"));
    QApplication::processEvents();
    ASSERT_FALSE(spy.regions.isEmpty());
    for (const QRegion &region : spy.regions)
        EXPECT_NE(region.boundingRect(), shown.chart->rect()) << "the whole chart was repainted";
    EXPECT_TRUE(shown.chart->plot().todayLegendText().isEmpty());
}
