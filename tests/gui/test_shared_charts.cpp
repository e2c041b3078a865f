// Every chart is drawn by one implementation in app/report: the window's widget and the report paint the same
// geometry from one FitResult / sensitivity result. Each chart is rendered both ways here (a grab of the
// widget, the report's painter on an image or the report's own page) and compared.
#include "app_language.h"
#include "bar_list_plot.h"
#include "cost_charts.h"
#include "cost_plots.h"
#include "chart_canvas.h"
#include "fit_engine.h"
#include "histogram_plot.h"
#include "margin_histogram_chart.h"
#include "model_palette.h"
#include "number_format.h"
#include "radar_chart.h"
#include "radar_plot.h"
#include "report_content.h"
#include "report_renderer.h"
#include "report_style.h"
#include "sensitivity_section.h"
#include "theme.h"
#include "tornado_chart.h"
#include "tornado_plot.h"
#include "win_probability_chart.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <numbers>
#include <optional>
#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using report::ReportContent;
using report::ReportItem;

namespace {

/// The "growing agency" example: a close call, so the tornado has bars on both sides of a tie.
ReportContent content()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Loaded<Profile> profile =
        Profile::load(QStringLiteral(SPLITBENCH_EXAMPLES "/3-growing-agency.splitbench.json"), catalogue);
    EXPECT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    return ReportContent::make(catalogue, profile ? profile.value() : Profile::defaults(catalogue),
                               QDate(2026, 12, 1));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

/// True when a pixel within 2 of `point` has (nearly) `colour`.
bool colourNear(const QImage &image, QPointF point, const QColor &colour)
{
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p = point.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(p) && colourDistance(image.pixelColor(p), colour) < 40)
                return true;
        }
    return false;
}

std::vector<ReportItem> texts(const std::vector<ReportItem> &items)
{
    std::vector<ReportItem> result;
    for (const ReportItem &item : items)
        if (item.kind == ReportItem::Kind::Text)
            result.push_back(item);
    return result;
}

/// Text items keep inside `bounds` and off each other (their line boxes, shrunk by a pixel for rounding).
void expectTextsApartAndInside(const std::vector<ReportItem> &items, const QRectF &bounds, const char *where)
{
    const std::vector<ReportItem> t = texts(items);
    ASSERT_FALSE(t.empty()) << where;
    for (size_t i = 0; i < t.size(); ++i) {
        EXPECT_TRUE(bounds.adjusted(-1, -1, 1, 1).contains(t[i].rect))
            << where << ": \"" << t[i].text.toStdString() << "\" leaves the chart";
        for (size_t j = i + 1; j < t.size(); ++j)
            EXPECT_FALSE(t[i].rect.adjusted(1, 1, -1, -1).intersects(t[j].rect.adjusted(1, 1, -1, -1)))
                << where << ": \"" << t[i].text.toStdString() << "\" overlaps \"" << t[j].text.toStdString() << "\"";
    }
}

/// The same drawing: kind, text, geometry and colours item by item (positions within half a pixel).
void expectSameItems(const std::vector<ReportItem> &a, const std::vector<ReportItem> &b, QPointF offset,
                     const char *where)
{
    ASSERT_EQ(a.size(), b.size()) << where;
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].kind, b[i].kind) << where << " item " << i;
        EXPECT_EQ(a[i].text, b[i].text) << where << " item " << i;
        EXPECT_EQ(a[i].color, b[i].color) << where << " item " << i;
        const QRectF moved = b[i].rect.translated(-offset);
        EXPECT_NEAR(a[i].rect.left(), moved.left(), 0.5) << where << " item " << i;
        EXPECT_NEAR(a[i].rect.top(), moved.top(), 0.5) << where << " item " << i;
        EXPECT_NEAR(a[i].rect.width(), moved.width(), 0.5) << where << " item " << i;
        EXPECT_NEAR(a[i].rect.height(), moved.height(), 0.5) << where << " item " << i;
    }
}

/// The report's pages laid out on a 300 dpi PDF writer.
struct ReportPages {
    explicit ReportPages(const ReportContent &c)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<report::ReportRenderer>(c, &writer);
    }
    /// Where `wanted` appears as one run on a page: the offset of its first item, or nothing.
    std::optional<QPointF> find(const std::vector<ReportItem> &wanted) const
    {
        for (const report::ReportPage &page : renderer->layout().pages())
            for (size_t start = 0; start + wanted.size() <= page.items.size(); ++start) {
                const ReportItem &first = page.items[start];
                if (first.kind != wanted.front().kind || first.text != wanted.front().text ||
                    first.color != wanted.front().color ||
                    std::abs(first.rect.width() - wanted.front().rect.width()) > 0.01)
                    continue;
                const QPointF offset = first.rect.topLeft() - wanted.front().rect.topLeft();
                bool all = true;
                for (size_t i = 0; i < wanted.size() && all; ++i) {
                    const ReportItem &item = page.items[start + i];
                    all = item.kind == wanted[i].kind && item.text == wanted[i].text &&
                          item.color == wanted[i].color &&
                          QLineF(item.rect.topLeft() - offset, wanted[i].rect.topLeft()).length() < 0.01 &&
                          QLineF(item.rect.bottomRight() - offset, wanted[i].rect.bottomRight()).length() < 0.01;
                }
                if (all)
                    return offset;
            }
        return std::nullopt;
    }
    mutable QBuffer buffer;
    mutable QPdfWriter writer{&buffer};
    std::unique_ptr<report::ReportRenderer> renderer;
};

// ---- Radar ------------------------------------------------------------------------------------------------

TEST(SharedCharts, RadarWindowAndReportShareTheGeometry)
{
    const ReportContent c = content();
    RadarChart window;
    window.setCatalogue(c.catalogue);
    window.setResult(c.result);
    window.resize(700, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QImage grabbed = window.grab().toImage();

    // The report's radar on an image, as the PNG export and the PDF page paint it.
    QImage page(1200, 1100, QImage::Format_ARGB32);
    page.fill(Qt::white);
    const QRectF area(20, 20, 1160, 1060);
    const report::RadarPlot printed = report::reportRadar(c, &page, area);
    {
        QPainter painter(&page);
        report::paintReportRadar(painter, c, area);
    }
    const report::RadarPlot &shown = window.plot();

    ASSERT_EQ(printed.dimensionCount(), shown.dimensionCount());
    ASSERT_EQ(printed.modelCount(), shown.modelCount());
    for (int m = 0; m < shown.modelCount(); ++m) {
        const QPolygonF a = shown.polygon(m);
        const QPolygonF b = printed.polygon(m);
        ASSERT_EQ(a.size(), c.dimensionCount());
        ASSERT_EQ(b.size(), c.dimensionCount());
        for (int k = 0; k < c.dimensionCount(); ++k) {
            // The same polygon, scaled: each corner at the same place relative to the centre and the radius.
            const QPointF sa = (a[k] - shown.centre()) / shown.radius();
            const QPointF sb = (b[k] - printed.centre()) / printed.radius();
            EXPECT_NEAR(sa.x(), sb.x(), 1e-9) << "model " << m << ", dimension " << k;
            EXPECT_NEAR(sa.y(), sb.y(), 1e-9) << "model " << m << ", dimension " << k;
        }
    }
    for (int k = 0; k < c.dimensionCount(); ++k) {
        // The same labels, placed by the same rule: on the same side of the centre, in the spoke's direction.
        EXPECT_EQ(shown.labelText(k), printed.labelText(k)) << k;
        const QPointF da = shown.labelRect(k).center() - shown.centre();
        const QPointF db = printed.labelRect(k).center() - printed.centre();
        const double angle = std::abs(
            std::remainder(std::atan2(da.y(), da.x()) - std::atan2(db.y(), db.x()), 2 * std::numbers::pi));
        EXPECT_LT(angle, 0.35) << "label " << k << " sits in another direction";
        for (int j = k + 1; j < c.dimensionCount(); ++j) {
            EXPECT_FALSE(shown.labelRect(k).intersects(shown.labelRect(j))) << "window: labels " << k << ", " << j;
            EXPECT_FALSE(printed.labelRect(k).intersects(printed.labelRect(j))) << "report: labels " << k << ", " << j;
        }
        EXPECT_TRUE(QRectF(window.rect()).contains(shown.labelRect(k))) << "window: label " << k << " cut off";
        EXPECT_TRUE(area.contains(printed.labelRect(k))) << "report: label " << k << " cut off";
    }
    // Both pictures show each model's outline where the geometry puts its corners.
    for (int m = 0; m < c.modelCount(); ++m) {
        int seenShown = 0;
        int seenPrinted = 0;
        for (int k = 0; k < c.dimensionCount(); ++k) {
            seenShown += colourNear(grabbed, shown.polygon(m)[k], shown.outlinePen(m).color()) ? 1 : 0;
            seenPrinted += colourNear(page, printed.polygon(m)[k], printed.outlinePen(m).color()) ? 1 : 0;
        }
        EXPECT_GE(seenShown, c.dimensionCount() / 2) << "model " << m << " in the window";
        EXPECT_GE(seenPrinted, c.dimensionCount() / 2) << "model " << m << " in the report";
    }
    // Both wrap the legend into the width (the report's behaviour) and keep it under the labels (the window's).
    for (const report::RadarPlot *plot : {&shown, &printed})
        for (int k = 0; k < c.dimensionCount(); ++k)
            EXPECT_FALSE(plot->labelRect(k).intersects(plot->legendRect())) << k;
}

TEST(SharedCharts, RadarLegendWrapsInANarrowWindow)
{
    Catalogue cat = withCustomModels(
        Catalogue::builtIn(),
        {CustomModel::copyOf(Catalogue::builtIn(), 0, QStringLiteral("c1"), QStringLiteral("A rather long model name")),
         CustomModel::copyOf(Catalogue::builtIn(), 1, QStringLiteral("c2"), QStringLiteral("Another long model name"))});
    RadarChart window;
    window.setCatalogue(cat);
    window.setResult(FitEngine(cat).score(Profile::defaults(cat)));
    window.resize(380, 460);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QList<QRectF> legend = window.legendRects();
    ASSERT_EQ(legend.size(), 4);
    double top = legend.front().top();
    bool wrapped = false;
    for (const QRectF &entry : legend) {
        EXPECT_TRUE(QRectF(window.rect()).contains(entry)) << "legend entry cut off";
        wrapped = wrapped || entry.top() > top;
        for (const QRectF &other : legend) {
            if (&other != &entry) {
                EXPECT_FALSE(entry.intersects(other));
            }
        }
    }
    EXPECT_TRUE(wrapped) << "four long names cannot share one row at 380 pixels";
}

// ---- Tornado ----------------------------------------------------------------------------------------------

report::TornadoData tornadoData(const ReportContent &c, std::vector<TornadoBar> bars)
{
    const SensitivityResult &s = *c.sensitivity;
    report::TornadoData data;
    data.bars = std::move(bars);
    for (const Trait &trait : c.catalogue.traits)
        data.traitNames << trait.name;
    data.margin = s.margin;
    data.window = s.tornadoWindow;
    data.first = s.recommended;
    data.second = s.runnerUp;
    for (int m = 0; m < c.modelCount(); ++m)
        data.modelNames << c.model(m).name;
    return data;
}

TEST(SharedCharts, TornadoWindowAndReportDrawTheSamePlot)
{
    const ReportContent c = content();
    ASSERT_TRUE(c.sensitivity != nullptr);
    std::vector<TornadoBar> drawn; // the report draws the bars that move the margin
    for (const TornadoBar &bar : c.sensitivity->tornado)
        if (bar.swing >= 0.05)
            drawn.push_back(bar);
    ASSERT_GE(drawn.size(), 3u);
    const report::TornadoData data = tornadoData(c, drawn);

    TornadoChart window;
    window.setData(data.bars, data.traitNames, data.margin, data.window, data.first, data.second,
                   data.modelNames);
    window.resize(640, 400);
    window.resize(640, static_cast<int>(std::ceil(
                           report::TornadoPlot(data, chartStyle(window), 640, &window).naturalHeight())) + 40);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const std::vector<ReportItem> shown = window.items();
    // The widget draws exactly the shared plot in its style, nothing of its own.
    const report::TornadoPlot plot(data, chartStyle(window), window.width(), &window);
    expectSameItems(shown, plot.items(QRectF(window.rect())), {}, "window");
    expectTextsApartAndInside(shown, QRectF(window.rect()), "window");

    // The report's page holds the same plot in the paper style, item for item.
    const ReportPages pages(c);
    const double dpi = pages.renderer->layout().frame().dpi;
    const report::TornadoPlot printed(data, report::ChartStyle::paper(dpi),
                                      pages.renderer->layout().frame().content.width(), &pages.writer);
    const std::vector<ReportItem> printedItems = printed.items(QRectF(0, 0, 1, printed.naturalHeight()).adjusted(
        0, 0, pages.renderer->layout().frame().content.width() - 1, 0));
    ASSERT_TRUE(pages.find(printedItems).has_value()) << "the report's tornado is not the shared plot";
    expectTextsApartAndInside(printedItems,
                              QRectF(0, 0, pages.renderer->layout().frame().content.width(), printed.naturalHeight()),
                              "report");

    // The same geometry on both: the same texts in the same order (legend, column heads, then per row the
    // name, the 0 and 100 marks and the two margins), however each medium wraps the names, and the same boxes.
    // The tick labels after the rows follow each medium's width and locale.
    const auto rowsText = [](const std::vector<ReportItem> &items) {
        const QRegularExpression value(QStringLiteral("^[+-]?\\d+[.,]\\d$"));
        QStringList list;
        for (const ReportItem &item : texts(items))
            list << item.text;
        qsizetype last = list.size() - 1;
        while (last >= 0 && !value.match(list[last]).hasMatch())
            --last;
        return list.mid(0, last + 1).join(QString()).remove(u' ');
    };
    EXPECT_FALSE(rowsText(shown).isEmpty());
    EXPECT_EQ(rowsText(shown), rowsText(printedItems));
    const auto boxes = [](const std::vector<ReportItem> &items) {
        return std::count_if(items.begin(), items.end(),
                             [](const ReportItem &item) { return item.kind == ReportItem::Kind::Box; });
    };
    EXPECT_EQ(boxes(shown), boxes(printedItems));

    // And the window shows it: the first bar's solid part in the leading model's colour where the items say.
    const QImage image = window.grab().toImage();
    const report::ChartStyle style = chartStyle(window);
    int coloured = 0;
    int modelBoxes = 0;
    for (const ReportItem &item : shown)
        if (item.kind == ReportItem::Kind::Box && item.rect.width() > 3 &&
            (item.color == style.modelColor(data.first) || item.color == style.modelColor(data.second))) {
            ++modelBoxes;
            coloured += colourNear(image, item.rect.center(), item.color) ? 1 : 0;
        }
    EXPECT_GT(modelBoxes, 0);
    EXPECT_GE(coloured, modelBoxes / 2) << "the grabbed window does not show the plot's bars";
}

// ---- Win probability --------------------------------------------------------------------------------------

TEST(SharedCharts, WinProbabilityWindowAndReportDrawTheSameBars)
{
    const ReportContent c = content();
    const MonteCarloResult &mc = c.sensitivity->monteCarlo;
    QStringList names;
    for (int m = 0; m < c.modelCount(); ++m)
        names << c.model(m).name;

    WinProbabilityChart window;
    window.setData(mc.winProbability, names, mc.reference);
    window.resize(420, window.sizeHint().height());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const std::vector<ReportItem> shown = window.items();
    const report::BarListPlot plot(window.rows(), chartStyle(window), window.width(), QStringLiteral("100.0%"),
                                   &window);
    expectSameItems(shown, plot.items(QRectF(window.rect())), {}, "window");
    expectTextsApartAndInside(shown, QRectF(window.rect()), "window");

    const ReportPages pages(c);
    const double width = pages.renderer->layout().frame().content.width();
    report::ChartStyle paper = report::ChartStyle::paper(pages.renderer->layout().frame().dpi);
    paper.font = report::ReportFonts().body;
    const report::BarListPlot printed(report::winProbabilityRows(mc.winProbability, names, mc.reference), paper, width,
                                      QStringLiteral("100.0%"), &pages.writer);
    const std::vector<ReportItem> printedItems = printed.items(QRectF(0, 0, width, printed.naturalHeight()));
    ASSERT_TRUE(pages.find(printedItems).has_value()) << "the report's win probabilities are not the shared bars";

    // The same rows: names, percentages (the report's "87.3%") and bar lengths relative to their tracks.
    ASSERT_EQ(texts(shown).size(), texts(printedItems).size());
    for (size_t i = 0; i < texts(shown).size(); ++i)
        EXPECT_EQ(texts(shown)[i].text, texts(printedItems)[i].text);
    for (int m = 0; m < c.modelCount(); ++m)
        EXPECT_EQ(window.labelText(m), formatPercentage(mc.winProbability[static_cast<size_t>(m)]));
}

// ---- Histogram --------------------------------------------------------------------------------------------

TEST(SharedCharts, HistogramWindowAndPaperDrawTheSamePlot)
{
    const ReportContent c = content();
    const MonteCarloResult &mc = c.sensitivity->monteCarlo;
    MarginHistogramChart window;
    window.setData(mc, -1, c.model(mc.reference).name);
    window.resize(420, 130);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const std::vector<ReportItem> shown = window.items();
    expectSameItems(shown, report::HistogramPlot(mc, -1, chartStyle(window), &window).items(QRectF(window.rect())),
                    {}, "window");
    expectTextsApartAndInside(shown, QRectF(window.rect()), "window");

    // On paper (the report's look at 300 dpi, the same physical size): the same drawing, scaled.
    QImage paper(1313, 406, QImage::Format_ARGB32);
    paper.setDotsPerMeterX(qRound(300 / 0.0254));
    paper.setDotsPerMeterY(qRound(300 / 0.0254));
    paper.fill(Qt::white);
    const report::HistogramPlot printed(mc, -1, report::ChartStyle::paper(300), &paper);
    const std::vector<ReportItem> printedItems = printed.items(QRectF(paper.rect()));
    {
        QPainter painter(&paper);
        printed.paint(painter, QRectF(paper.rect()));
    }
    expectTextsApartAndInside(printedItems, QRectF(paper.rect()), "paper");
    const auto bars = [](const std::vector<ReportItem> &items) {
        std::vector<QRectF> result;
        for (const ReportItem &item : items)
            if (item.kind == ReportItem::Kind::Box)
                result.push_back(item.rect);
        return result;
    };
    const std::vector<QRectF> a = bars(shown);
    const std::vector<QRectF> b = bars(printedItems);
    ASSERT_EQ(a.size(), b.size());
    ASSERT_FALSE(a.empty());
    // Bar heights relative to the tallest agree: the same bins from the same counts.
    double tallestA = 0;
    double tallestB = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        tallestA = std::max(tallestA, a[i].height());
        tallestB = std::max(tallestB, b[i].height());
    }
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_NEAR(a[i].height() / tallestA, b[i].height() / tallestB, 1e-9) << "bin " << i;
}

} // namespace

namespace {

/// A profile with two custom models whose long names must wrap, each with its own quote, so all four models
/// cost differently.
ReportContent costContent()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Loaded<Profile> loaded =
        Profile::load(QStringLiteral(SPLITBENCH_EXAMPLES "/3-growing-agency.splitbench.json"), catalogue);
    EXPECT_TRUE(loaded.ok());
    Profile profile = loaded ? loaded.value() : Profile::defaults(catalogue);
    CustomModel first = CustomModel::copyOf(catalogue, 0, QStringLiteral("c1"),
                                            QStringLiteral("Harbourside Managed IT Services (three-year all-inclusive "
                                                           "proposal, revised after workshop two)"));
    first.pricing = defaultPricing(catalogue.models[0].id);
    first.pricing->perUser *= 0.8;
    CustomModel second = CustomModel::copyOf(catalogue, 1, QStringLiteral("c2"),
                                             QStringLiteral("Co-managed with Nordlicht Systemhaus GmbH & Co. KG "
                                                            "(Sicherheitsüberwachung und Rufbereitschaft)"));
    second.pricing = defaultPricing(catalogue.models[1].id);
    second.pricing->perUser *= 1.3;
    second.pricing->onboardingOnce += 4000;
    profile.customModels = {first, second};
    return ReportContent::make(catalogue, profile, QDate(2026, 12, 1));
}

std::vector<ReportItem> itemsOfKind(const std::vector<ReportItem> &items, ReportItem::Kind kind)
{
    std::vector<ReportItem> result;
    for (const ReportItem &item : items)
        if (item.kind == kind)
            result.push_back(item);
    return result;
}

/// Renders a widget to a PNG in SPLITBENCH_SCREENSHOT_DIR (when set), for looking at.
void saveScreenshot(QWidget &widget, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name));
}

} // namespace

TEST(SharedCharts, CostComponentsWindowAndReportDrawTheSamePlot)
{
    const ReportContent c = costContent();
    ASSERT_EQ(c.cost.modelCount(), 4);
    CostComponentsChart window;
    window.setData(c.cost);
    window.resize(900, window.heightForWidth(900));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const std::vector<ReportItem> shown = window.items();
    expectSameItems(shown, report::CostComponentsPlot(c.cost, chartStyle(window), &window).items(QRectF(window.rect())),
                    {}, "window");
    expectTextsApartAndInside(shown, QRectF(window.rect()), "window");
    // Each model's total at the end of its bar, the legend and the axis title.
    for (const CostBreakdown &cost : c.cost.costs) {
        const QString total = formatMoney(cost.total(), c.cost.currency);
        EXPECT_TRUE(std::any_of(shown.begin(), shown.end(), [&](const ReportItem &i) { return i.text == total; }))
            << total.toStdString();
    }
    EXPECT_TRUE(std::any_of(shown.begin(), shown.end(), [&](const ReportItem &i) {
        return i.text == report::costComponentName(report::CostComponent::Staff);
    }));

    // The report prints the same plot in its own style: found on its pages as one run of items.
    ReportPages pages(c);
    const report::CostComponentsPlot printed(c.cost, report::ChartStyle::paper(300), &pages.writer);
    const double width = pages.renderer->layout().frame().content.width();
    const std::vector<ReportItem> printedItems = printed.items(QRectF(0, 0, width, printed.naturalHeight(width)));
    EXPECT_TRUE(pages.find(printedItems).has_value()) << "the component chart is not in the report";
    // The same proportions: each segment's length relative to the longest, window and paper alike.
    const auto segments = [](const std::vector<ReportItem> &items) {
        std::vector<double> lengths;
        for (const ReportItem &item : items)
            if (item.kind == ReportItem::Kind::Box && item.rect.height() > 4)
                for (int c = 0; c < report::kCostComponentCount; ++c)
                    if (item.color == report::costComponentColor(c, report::PaletteTone::Light))
                        lengths.push_back(item.rect.width());
        return lengths;
    };
    const std::vector<double> a = segments(itemsOfKind(shown, ReportItem::Kind::Box));
    const std::vector<double> b = segments(itemsOfKind(printedItems, ReportItem::Kind::Box));
    ASSERT_EQ(a.size(), b.size());
    ASSERT_FALSE(a.empty());
    const double longestA = *std::max_element(a.begin(), a.end());
    const double longestB = *std::max_element(b.begin(), b.end());
    for (size_t i = 0; i < a.size(); ++i)
        if (i >= 5) { // the five legend swatches (no modules, no contractor here) have a fixed size
            EXPECT_NEAR(a[i] / longestA, b[i] / longestB, 0.01) << i;
        }

    // A tooltip over the largest segment of the first bar names the model and the component.
    const std::vector<report::CostChartHit> &hits = window.hits();
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().model, 0);
    const QString tip = window.toolTipAt(hits.front().rect.center());
    EXPECT_TRUE(tip.contains(c.cost.modelName(0))) << tip.toStdString();
    // The accessible description reads every model's total.
    for (int m = 0; m < c.cost.modelCount(); ++m)
        EXPECT_TRUE(window.accessibleDescription().contains(
            formatMoney(c.cost.costs[static_cast<size_t>(m)].total(), c.cost.currency)));
    saveScreenshot(window, QStringLiteral("cost-components.png"));
}

TEST(SharedCharts, ValueForMoneyPointsSitAtTheirCostAndFitWithNamesApartFromPointsAndEachOther)
{
    const ReportContent c = costContent();
    ValueForMoneyChart window;
    window.setData(c.cost);
    window.resize(900, window.heightForWidth(900));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const std::vector<ReportItem> shown = window.items();
    expectSameItems(shown, report::ValueForMoneyPlot(c.cost, chartStyle(window), &window).items(QRectF(window.rect())),
                    {}, "window");
    expectTextsApartAndInside(shown, QRectF(window.rect()), "window");

    // One point per model from the tooltip regions: ordered by cost left to right and by fit bottom to top.
    const std::vector<report::CostChartHit> &hits = window.hits();
    ASSERT_EQ(static_cast<int>(hits.size()), c.cost.modelCount());
    const std::vector<double> totals = c.cost.totals();
    for (int a = 0; a < c.cost.modelCount(); ++a)
        for (int b = 0; b < c.cost.modelCount(); ++b) {
            const QPointF pa = hits[static_cast<size_t>(a)].rect.center();
            const QPointF pb = hits[static_cast<size_t>(b)].rect.center();
            if (totals[static_cast<size_t>(a)] < totals[static_cast<size_t>(b)] - 1) {
                EXPECT_LT(pa.x(), pb.x()) << a << " " << b;
            }
            if (c.cost.fits[static_cast<size_t>(a)] > c.cost.fits[static_cast<size_t>(b)] + 0.1) {
                EXPECT_LT(pa.y(), pb.y()) << a << " " << b;
            }
        }
    // Front models are ringed: one ring (an ellipse without fill) per front model, plus the legend's.
    const auto front = std::count(c.cost.front.begin(), c.cost.front.end(), true);
    int rings = 0;
    for (const ReportItem &item : itemsOfKind(shown, ReportItem::Kind::Ellipse))
        rings += item.color.isValid() ? 0 : 1;
    EXPECT_EQ(rings, front + 1);
    // No name covers a point.
    for (const ReportItem &text : texts(shown))
        for (const report::CostChartHit &hit : hits)
            EXPECT_FALSE(text.rect.adjusted(1, 1, -1, -1).intersects(hit.rect.adjusted(4, 4, -4, -4)))
                << "\"" << text.text.toStdString() << "\" covers the point of " << hit.model;
    EXPECT_TRUE(window.toolTipAt(hits[1].rect.center()).contains(c.cost.modelName(1)));

    // The report prints it too, with a sentence naming the front models.
    const ReportPages pages(c);
    bool chart = false;
    for (const report::ReportPage &page : pages.renderer->layout().pages())
        for (const ReportItem &item : page.items)
            chart = chart || item.text == QStringLiteral("Overall fit (0–100)");
    EXPECT_TRUE(chart);
    saveScreenshot(window, QStringLiteral("value-for-money.png"));
}

TEST(SharedCharts, CostChartsKeepTextsApartAndInsideNarrowAndWideInEnglishAndGerman)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        ASSERT_TRUE(installLanguage(language));
        const ReportContent c = costContent();
        for (const int width : {340, 620, 1400}) {
            const std::string where = language.toStdString() + " at " + std::to_string(width);
            CostComponentsChart components;
            components.setData(c.cost);
            components.resize(width, components.heightForWidth(width));
            expectTextsApartAndInside(components.items(), QRectF(components.rect()), (where + " components").c_str());
            ValueForMoneyChart value;
            value.setData(c.cost);
            for (const int height : {value.minimumSizeHint().height(), value.heightForWidth(width)}) {
                value.resize(width, height);
                const std::vector<ReportItem> items = value.items();
                expectTextsApartAndInside(items, QRectF(value.rect()), (where + " value for money").c_str());
                if (height < value.heightForWidth(width))
                    continue; // squeezed below its height for the width, names may have to touch points
                for (const ReportItem &text : texts(items))
                    for (const report::CostChartHit &hit : value.hits())
                        EXPECT_FALSE(text.rect.adjusted(1, 1, -1, -1).intersects(hit.rect.adjusted(4, 4, -4, -4)))
                            << where << ": \"" << text.text.toStdString() << "\" covers a point";
            }
            components.show();
            value.show();
            saveScreenshot(components, QStringLiteral("cost-components-%1-%2.png").arg(language).arg(width));
            saveScreenshot(value, QStringLiteral("value-for-money-%1-%2.png").arg(language).arg(width));
            if (width == 1400) {
                // The dark theme: the drawing laid out again in its colours (not the cached light one).
                applyTheme(ThemeChoice::Dark);
                QApplication::processEvents();
                const QColor text = components.palette().color(QPalette::Text);
                for (const ReportItem &item : texts(components.items()))
                    EXPECT_TRUE(item.color == text || item.color == components.palette().color(QPalette::PlaceholderText))
                        << item.text.toStdString();
                expectTextsApartAndInside(value.items(), QRectF(value.rect()), (where + " dark").c_str());
                saveScreenshot(components, QStringLiteral("cost-components-%1-dark.png").arg(language));
                saveScreenshot(value, QStringLiteral("value-for-money-%1-dark.png").arg(language));
                applyTheme(ThemeChoice::Light);
                QApplication::processEvents();
            }
        }
        // The report's section in this language: its pages named, their texts apart and inside the content.
        {
            const ReportPages pages(c);
            const QString section = language == QStringLiteral("de") ? QStringLiteral("Was es kostet")
                                                                     : QStringLiteral("What it costs");
            int costPages = 0;
            for (const report::ReportPage &page : pages.renderer->layout().pages()) {
                if (page.section != section)
                    continue;
                ++costPages;
                std::vector<ReportItem> body;
                for (const ReportItem &item : texts(page.items))
                    if (pages.renderer->layout().frame().content.contains(item.rect.center()))
                        body.push_back(item);
                expectTextsApartAndInside(body, pages.renderer->layout().frame().content,
                                          (language.toStdString() + " report").c_str());
            }
            EXPECT_GE(costPages, 1) << language.toStdString();
        }
        // Every model's name is printed whole (wrapped, never cut): its words all appear.
        CostComponentsChart components;
        components.setData(c.cost);
        components.resize(340, components.heightForWidth(340));
        QString printed;
        for (const ReportItem &text : texts(components.items()))
            printed += text.text;
        printed.remove(u' ');
        for (QString name : c.cost.modelNames)
            EXPECT_TRUE(printed.contains(name.remove(u' '))) << name.toStdString();
        EXPECT_FALSE(printed.contains(QChar(0x2026))) << "a name was elided";
    }
    installLanguage(QStringLiteral("en"));
}
