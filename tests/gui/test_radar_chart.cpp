// RadarChart: labels readable (inside the chart, never overlapping), polygons updated in place, axis hit tests.
#include "fit_engine.h"
#include "radar_chart.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsPathItem>
#include <QTest>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;

namespace {

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}

/// A chart in a view at `size`, laid out as on screen.
struct ShownChart {
    explicit ShownChart(QSize size, const Catalogue &cat = catalogue())
        : chart(new RadarChart), view(chart) // the view owns the chart
    {
        chart->setCatalogue(cat);
        chart->setResult(FitEngine(cat).score(Profile::defaults(cat)));
        view.resize(size);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
    }
    RadarChart *chart;
    QChartView view;
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
    QGraphicsPathItem *outline = shown.chart->outlineItem(0);
    QGraphicsPathItem *area = shown.chart->areaItem(0);
    ASSERT_NE(outline, nullptr);
    ASSERT_NE(area, nullptr);
    Profile profile = Profile::defaults(catalogue());
    profile.traits.assign(profile.traits.size(), 95);
    const FitResult result = FitEngine(catalogue()).score(profile);
    shown.chart->setResult(result);
    EXPECT_EQ(shown.chart->outlineItem(0), outline); // same items, new path
    EXPECT_EQ(shown.chart->areaItem(0), area);
    const QList<QPointF> points = shown.chart->modelPoints(0);
    ASSERT_EQ(points.size(), 21);
    for (int k = 0; k < 20; ++k)
        EXPECT_DOUBLE_EQ(points[k].y(), result.dimensions[static_cast<size_t>(k)].fit[0]);
    // The polygon's corners lie on the spokes at the fit's distance from the centre.
    const QPainterPath path = outline->path();
    ASSERT_EQ(path.elementCount(), 21); // 20 corners and the closing line
    for (int k = 0; k < 20; ++k) {
        const QPointF corner(path.elementAt(k).x, path.elementAt(k).y);
        const QPointF expected = shown.chart->axisPoint(k, result.dimensions[static_cast<size_t>(k)].fit[0]);
        EXPECT_NEAR(corner.x(), expected.x(), 1e-9) << k;
        EXPECT_NEAR(corner.y(), expected.y(), 1e-9) << k;
    }
    EXPECT_EQ(area->path(), path);
    EXPECT_EQ(area->pen().style(), Qt::NoPen);
    EXPECT_EQ(outline->brush().style(), Qt::NoBrush);
}

TEST(RadarChart, PolygonsFollowTheChartsSize)
{
    ShownChart shown(QSize(700, 600));
    const QRectF before = shown.chart->outlineItem(0)->path().boundingRect();
    shown.view.resize(1000, 900);
    QApplication::processEvents();
    const QRectF after = shown.chart->outlineItem(0)->path().boundingRect();
    EXPECT_GT(after.width(), before.width() * 1.2);
    EXPECT_NEAR(shown.chart->outlineItem(0)->path().elementAt(0).y,
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
            EXPECT_NE(shown.chart->outlineItem(a)->pen().color(), shown.chart->outlineItem(b)->pen().color());
            EXPECT_NE(shown.chart->outlineItem(a)->pen().style(), shown.chart->outlineItem(b)->pen().style());
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
