// The laid-out report: everything inside the page, no clipped or overlapping text, sections in order.
#include "radar_plot.h"
#include "report_renderer.h"
#include "report_test_support.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPdfWriter>

#include <gtest/gtest.h>
#include <memory>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

/// A PDF writer set up like the export (300 dpi, no device margins) and the report laid out on it.
struct LaidOut {
    mutable QBuffer buffer;
    mutable QPdfWriter writer{&buffer};
    std::unique_ptr<ReportRenderer> renderer;

    LaidOut(const ReportContent &content, QPageSize::PageSizeId size)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<ReportRenderer>(content, &writer);
    }
    const ReportLayout &layout() const { return renderer->layout(); }
};

/// Where the glyphs of a text item actually go, given its alignment inside its line box.
QRectF inkBox(const ReportItem &item, QPaintDevice *device)
{
    const double width = QFontMetricsF(item.font, device).horizontalAdvance(item.text);
    double x = item.rect.left();
    if (item.align & Qt::AlignRight)
        x = item.rect.right() - width;
    else if (item.align & Qt::AlignHCenter)
        x = item.rect.center().x() - width / 2;
    return {x, item.rect.top(), width, item.rect.height()};
}

/// Containment that also works for lines (zero-width or zero-height rectangles, which QRectF calls empty).
bool inside(const QRectF &outer, const QRectF &inner)
{
    return inner.left() >= outer.left() && inner.right() <= outer.right() && inner.top() >= outer.top() &&
           inner.bottom() <= outer.bottom();
}

class ReportLayoutTest : public ::testing::TestWithParam<std::string> {
protected:
    ReportContent content() const { return contentFor(QString::fromStdString(GetParam())); }
};

TEST_P(ReportLayoutTest, NothingLeavesTheContentAreaExceptTheRunningHeaderAndFooter)
{
    for (const auto size : {QPageSize::A4, QPageSize::Letter}) {
        const LaidOut report(content(), size);
        const ReportLayout &layout = report.layout();
        const double tolerance = 0.5;
        const QRectF content = layout.frame().content.adjusted(-tolerance, -tolerance, tolerance, tolerance);
        const QRectF header = layout.headerRect().adjusted(-tolerance, -tolerance, tolerance, tolerance);
        const QRectF footer = layout.footerRect().adjusted(-tolerance, -tolerance, tolerance, tolerance);
        ASSERT_TRUE(layout.frame().paper.contains(header));
        ASSERT_TRUE(layout.frame().paper.contains(footer));
        EXPECT_FALSE(header.intersects(content));
        EXPECT_FALSE(footer.intersects(content));
        for (int p = 0; p < layout.pageCount(); ++p) {
            for (const ReportItem &item : layout.pages()[static_cast<size_t>(p)].items) {
                const QRectF box =
                    item.kind == ReportItem::Kind::Text ? inkBox(item, &report.writer) : item.rect.normalized();
                EXPECT_TRUE(inside(content, box) || inside(header, box) || inside(footer, box))
                    << "page " << p + 1 << ": \"" << item.text.toStdString() << "\" at (" << box.x() << ", " << box.y()
                    << ", " << box.width() << " × " << box.height() << ") leaves the content area";
            }
        }
    }
}

TEST_P(ReportLayoutTest, TextFitsItsBoxAndNoTwoTextsOverlap)
{
    const LaidOut report(content(), QPageSize::A4);
    const ReportLayout &layout = report.layout();
    for (int p = 0; p < layout.pageCount(); ++p) {
        const auto &items = layout.pages()[static_cast<size_t>(p)].items;
        std::vector<std::pair<QRectF, QString>> texts;
        std::vector<QRectF> charts;
        for (const ReportItem &item : items) {
            if (item.kind == ReportItem::Kind::Radar)
                charts.push_back(item.rect);
            if (item.kind != ReportItem::Kind::Text)
                continue;
            const QRectF ink = inkBox(item, &report.writer);
            EXPECT_LE(ink.width(), item.rect.width() + 0.5)
                << "page " << p + 1 << ": \"" << item.text.toStdString() << "\" is wider than its box";
            texts.emplace_back(ink.adjusted(0.5, 0.5, -0.5, -0.5), item.text);
        }
        for (size_t i = 0; i < texts.size(); ++i) {
            for (size_t j = i + 1; j < texts.size(); ++j)
                EXPECT_FALSE(texts[i].first.intersects(texts[j].first))
                    << "page " << p + 1 << ": \"" << texts[i].second.toStdString() << "\" overlaps \""
                    << texts[j].second.toStdString() << "\"";
            for (const QRectF &chart : charts)
                EXPECT_FALSE(texts[i].first.intersects(chart)) << "text over the radar chart";
        }
    }
}

TEST_P(ReportLayoutTest, EveryPageHasTheRunningHeaderAndItsPageNumber)
{
    const ReportContent c = content();
    const LaidOut report(c, QPageSize::A4);
    const ReportLayout &layout = report.layout();
    ASSERT_GE(layout.pageCount(), 8);
    for (int p = 0; p < layout.pageCount(); ++p) {
        bool number = false;
        bool title = false;
        for (const ReportItem &item : layout.pages()[static_cast<size_t>(p)].items) {
            number = number || item.text == QStringLiteral("Page %1 of %2").arg(p + 1).arg(layout.pageCount());
            title = title || item.text.startsWith(QStringLiteral("Splitbench report · "));
        }
        EXPECT_TRUE(number) << "page " << p + 1 << " has no page number";
        EXPECT_TRUE(title) << "page " << p + 1 << " has no running header";
    }
}

TEST_P(ReportLayoutTest, SectionsComeInOrderAndEveryDimensionHasItsComparison)
{
    const ReportContent c = content();
    const LaidOut report(c, QPageSize::A4);
    const ReportLayout &layout = report.layout();
    QStringList sections;
    for (const ReportPage &page : layout.pages())
        if (sections.isEmpty() || sections.back() != page.section)
            sections << page.section;
    QStringList expected({QStringLiteral("Summary"), QStringLiteral("Organisation profile"),
                          QStringLiteral("Fit by dimension"), QStringLiteral("What it costs"),
                          QStringLiteral("Sensitivity"), QStringLiteral("Dimension by dimension"),
                          QStringLiteral("What drives the result")});
    // Scenarios follow the costs, before the sensitivity analysis.
    if (!c.profile.scenarios.empty())
        expected.insert(4, QStringLiteral("Scenarios"));
    if (c.profile.isWorkshop()) // a workshop's "Who thinks what" follows the fit, before the costs
        expected.insert(3, QStringLiteral("Who thinks what"));
    if (c.profile.asIs) // today's split: the handover plan follows the sensitivity analysis
        expected.insert(expected.indexOf(QStringLiteral("Sensitivity")) + 1, QStringLiteral("Handover plan"));
    if (!c.profile.customModels.empty()) // providers' proposals: compared right after the costs
        expected.insert(expected.indexOf(QStringLiteral("What it costs")) + 1, QStringLiteral("Proposals side by side"));
    EXPECT_EQ(sections, expected);

    int radarCount = 0;
    for (const ReportPage &page : layout.pages())
        for (const ReportItem &item : page.items)
            radarCount += item.kind == ReportItem::Kind::Radar ? 1 : 0;
    EXPECT_EQ(radarCount, 1);

    // Each dimension's heading and all its activities; with two models a section fits on one page, so it
    // must not be split.
    for (int d = 0; d < c.dimensionCount(); ++d) {
        const QString heading = QStringLiteral("%1. %2").arg(d + 1).arg(c.dimension(d).name);
        int headingPage = -1;
        for (int p = 0; p < layout.pageCount() && headingPage < 0; ++p)
            for (const ReportItem &item : layout.pages()[static_cast<size_t>(p)].items)
                if (item.text == heading)
                    headingPage = p;
        ASSERT_GE(headingPage, 0) << heading.toStdString();
        if (c.modelCount() > 2)
            continue;
        QStringList words; // items in drawing order: a name wrapped over two lines reads as one
        for (const ReportItem &item : layout.pages()[static_cast<size_t>(headingPage)].items)
            if (item.kind == ReportItem::Kind::Text)
                words << item.text;
        const QString pageText = words.join(u' ');
        for (const Activity &activity : c.dimension(d).activities)
            EXPECT_TRUE(pageText.contains(activity.name))
                << activity.name.toStdString() << " is not on the page of " << heading.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Profiles, ReportLayoutTest, ::testing::ValuesIn(profileParameters()), profileParameterName);

TEST(ReportLayout, CustomModelsAppearLikeBuiltInOnes)
{
    const ReportContent c = contentFor(dataFile(QStringLiteral("provider-proposal.splitbench.json")));
    ASSERT_EQ(c.modelCount(), 3);
    const LaidOut report(c, QPageSize::A4);
    for (int m = 0; m < c.modelCount(); ++m) {
        int mentions = 0;
        for (const ReportPage &page : report.layout().pages())
            for (const ReportItem &item : page.items)
                mentions += item.text == c.model(m).name ? 1 : 0;
        // Fit table header, one comparison table and one activity table per dimension, the cover bars.
        EXPECT_GE(mentions, 2 * c.dimensionCount() + 2) << c.model(m).name.toStdString();
    }
}

TEST(ReportLayout, AProfileWithoutANameIsCalledUnnamed)
{
    const ReportContent c = contentFor(dataFile(QStringLiteral("many-models.splitbench.json")));
    EXPECT_EQ(c.organisationName(), QStringLiteral("Unnamed organisation"));
    EXPECT_EQ(c.suggestedFileName(QStringLiteral("pdf")), QStringLiteral("Splitbench report.pdf"));
    const ReportContent tricky = contentWithTrickyModel();
    EXPECT_EQ(tricky.suggestedFileName(QStringLiteral("pdf")),
              QStringLiteral("Smith & Sons Ltd , North - Splitbench report.pdf"));
}

TEST(ReportLayout, ANoteOfSeveralLinesPrintsLineByLineWithoutOverlap)
{
    ReportContent c = contentFor(dataFile(QStringLiteral("provider-proposal.splitbench.json")));
    const QString trait = c.catalogue.traits[0].id;
    c.profile.notes.insert(trait, QStringLiteral("First line of the note\r\nSecond line\n\nFourth line, after an "
                                                 "empty one, long enough to wrap in the note's column of the table"));
    const LaidOut report(c, QPageSize::A4);
    const ReportItem *first = nullptr;
    const ReportItem *second = nullptr;
    const ReportItem *fourth = nullptr;
    const ReportPage *page = nullptr;
    for (const ReportPage &p : report.layout().pages())
        for (const ReportItem &item : p.items) {
            EXPECT_FALSE(item.text.contains(u'\r') || item.text.contains(QLatin1String("\\x0d"), Qt::CaseInsensitive))
                << item.text.toStdString();
            if (item.text == QLatin1String("First line of the note"))
                first = &item, page = &p;
            else if (item.text == QLatin1String("Second line"))
                second = &item;
            else if (item.text.startsWith(QLatin1String("Fourth line")))
                fourth = &item;
        }
    ASSERT_TRUE(first && second && fourth);
    EXPECT_GT(second->rect.top(), first->rect.bottom() - 0.5);
    EXPECT_GT(fourth->rect.top(), second->rect.bottom() + 0.5 * second->rect.height()); // the empty line
    EXPECT_FALSE(fourth->text.endsWith(QLatin1String("table"))) << "the long line wraps";
    // No text of the page overlaps a line of the note.
    for (const ReportItem &item : page->items) {
        if (item.kind != ReportItem::Kind::Text || &item == first || &item == second || &item == fourth)
            continue;
        const QRectF ink = inkBox(item, &report.writer).adjusted(0.5, 0.5, -0.5, -0.5);
        for (const ReportItem *line : {first, second, fourth})
            EXPECT_FALSE(ink.intersects(inkBox(*line, &report.writer).adjusted(0.5, 0.5, -0.5, -0.5)))
                << "\"" << item.text.toStdString() << "\" overlaps \"" << line->text.toStdString() << '"';
    }
}

TEST(RadarPlot, LabelsAndLegendStayInsideTheAreaAndApart)
{
    for (const QString &path :
         {exampleProfilePaths().constFirst(), dataFile(QStringLiteral("many-models.splitbench.json"))}) {
        const ReportContent c = contentFor(path);
        QImage image(800, 700, QImage::Format_ARGB32);
        QBuffer buffer;
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        const double mm = 300 / 25.4;
        for (const auto &[device, area] : std::vector<std::pair<QPaintDevice *, QRectF>>{
                 {&image, QRectF(10, 10, 780, 680)}, {&writer, QRectF(20 * mm, 30 * mm, 174 * mm, 165 * mm)}}) {
            const RadarPlot radar = reportRadar(c, device, area);
            ASSERT_EQ(radar.dimensionCount(), c.dimensionCount());
            EXPECT_GT(radar.radius(), std::min(area.width(), area.height()) * 0.25);
            const QRectF legend = radar.legendRect();
            for (int i = 0; i < radar.dimensionCount(); ++i) {
                EXPECT_TRUE(area.contains(radar.labelRect(i))) << "axis label " << i << " leaves the area";
                EXPECT_FALSE(radar.labelRect(i).intersects(legend)) << "axis label " << i << " on the legend";
                for (int j = i + 1; j < radar.dimensionCount(); ++j)
                    EXPECT_FALSE(radar.labelRect(i).intersects(radar.labelRect(j))) << "labels " << i << " and " << j;
            }
            ASSERT_EQ(static_cast<int>(radar.legend().size()), c.modelCount());
            for (size_t i = 0; i < radar.legend().size(); ++i) {
                EXPECT_TRUE(area.contains(radar.legend()[i].rect())) << "legend entry " << i << " leaves the area";
                for (size_t j = i + 1; j < radar.legend().size(); ++j)
                    EXPECT_FALSE(radar.legend()[i].rect().intersects(radar.legend()[j].rect()));
            }
        }
    }
}

} // namespace
