// The disagreement strips (report/disagreement_plot.h): one strip per trait, widest spread first, every
// participant's marker distinct and visible (equal values too), texts apart and inside at two sizes.
#include "disagreement_plot.h"
#include "report_test_support.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QFontMetricsF>
#include <QLineF>
#include <QPageLayout>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <set>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

struct Paper {
    Paper()
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    }
    QBuffer buffer;
    QPdfWriter writer{&buffer};
};

DisagreementData dataFor(const Profile &workshop)
{
    const FitEngine engine(Catalogue::builtIn());
    return DisagreementData::make(Catalogue::builtIn(), workshop, analyseWorkshop(engine, workshop));
}

std::vector<ReportItem> textsOf(const std::vector<ReportItem> &items)
{
    std::vector<ReportItem> result;
    for (const ReportItem &item : items)
        if (item.kind == ReportItem::Kind::Text)
            result.push_back(item);
    return result;
}

void expectTextsApartAndInside(const std::vector<ReportItem> &items, const QRectF &bounds, const std::string &where)
{
    const std::vector<ReportItem> t = textsOf(items);
    ASSERT_FALSE(t.empty()) << where;
    for (size_t i = 0; i < t.size(); ++i) {
        EXPECT_TRUE(bounds.adjusted(-1, -1, 1, 1).contains(t[i].rect))
            << where << ": \"" << t[i].text.toStdString() << "\" leaves the chart";
        for (size_t j = i + 1; j < t.size(); ++j)
            EXPECT_FALSE(t[i].rect.adjusted(1, 1, -1, -1).intersects(t[j].rect.adjusted(1, 1, -1, -1)))
                << where << ": \"" << t[i].text.toStdString() << "\" overlaps \"" << t[j].text.toStdString() << "\"";
    }
}

} // namespace

TEST(DisagreementData, OneStripPerTraitWidestFirstWithEveryParticipantsValue)
{
    const Profile workshop = workshopProfile(5);
    const DisagreementData data = dataFor(workshop);
    ASSERT_EQ(data.participantCount(), 5);
    ASSERT_EQ(data.strips.size(), Catalogue::builtIn().traits.size());
    for (size_t k = 1; k < data.strips.size(); ++k)
        EXPECT_GE(data.strips[k - 1].high - data.strips[k - 1].low, data.strips[k].high - data.strips[k].low - 1e-9);
    for (const DisagreementStrip &strip : data.strips) {
        ASSERT_EQ(strip.values.size(), 5u);
        EXPECT_EQ(strip.name, Catalogue::builtIn().traits[static_cast<size_t>(strip.trait)].name);
        for (int p = 0; p < 5; ++p)
            EXPECT_DOUBLE_EQ(strip.values[static_cast<size_t>(p)],
                             workshop.participants[static_cast<size_t>(p)].traits[static_cast<size_t>(strip.trait)]);
        EXPECT_DOUBLE_EQ(strip.consensus, workshop.traits[static_cast<size_t>(strip.trait)]);
    }
    EXPECT_TRUE(dataFor(Profile::defaults(Catalogue::builtIn())).isEmpty());
    EXPECT_TRUE(DisagreementPlot(DisagreementData{}, ChartStyle::paper(300)).items(QRectF(0, 0, 500, 500)).empty());
}

TEST(DisagreementPlot, TwelveParticipantsHaveDistinctMarkersInShapeAndColour)
{
    std::set<std::pair<int, QRgb>> markers;
    for (int p = 0; p < 12; ++p) {
        markers.insert({static_cast<int>(participantShape(p)), participantColor(p).rgb()});
        if (p > 0) { // neighbours differ in both
            EXPECT_NE(participantShape(p), participantShape(p - 1));
            EXPECT_NE(participantColor(p), participantColor(p - 1));
        }
    }
    EXPECT_EQ(markers.size(), 12u);
    // Colours stay apart on white paper (so the dots read in print) and shapes alone cover 9 people.
    EXPECT_EQ(kParticipantShapeCount, 9);
}

TEST(DisagreementPlot, TextsApartAndInsideAndEveryMarkerVisibleAtTwoSizes)
{
    for (const int count : {2, 5, 12}) {
        for (const bool longNames : {false, true}) {
            DisagreementData data = dataFor(workshopProfile(count, longNames));
            data.highlighted = count - 1;
            Paper paper;
            const ChartStyle style = ChartStyle::paper(300);
            const DisagreementPlot plot(data, style, &paper.writer);
            for (const double widthMm : {80.0, 180.0}) {
                const std::string where = std::to_string(count) + (longNames ? " long" : "") + " at " +
                                          std::to_string(static_cast<int>(widthMm)) + " mm";
                const double width = style.mm(widthMm);
                const QRectF rect(style.mm(10), style.mm(20), width, plot.naturalHeight(width));
                const std::vector<ReportItem> items = plot.items(rect);
                expectTextsApartAndInside(items, rect, where);
                // Every item inside the rectangle: nothing drawn off the chart (a line by its two ends).
                const QRectF bounds = rect.adjusted(-2, -2, 2, 2);
                for (const ReportItem &item : items)
                    EXPECT_TRUE(bounds.contains(item.rect.topLeft()) && bounds.contains(item.rect.bottomRight()))
                        << where << ": item of kind " << static_cast<int>(item.kind) << " leaves the chart";

                // One marker per participant per strip and one group mark per strip; markers in a strip keep
                // apart (equal values are put on separate lanes) and no text covers one.
                const std::vector<DisagreementHit> hits = plot.hits(rect);
                ASSERT_EQ(hits.size(), data.strips.size() * static_cast<size_t>(count + 1)) << where;
                for (size_t i = 0; i < hits.size(); ++i) {
                    EXPECT_TRUE(rect.adjusted(-2, -2, 2, 2).contains(hits[i].rect.center())) << where;
                    if (hits[i].participant < 0)
                        continue;
                    const QPointF a = hits[i].rect.center();
                    for (size_t j = i + 1; j < hits.size(); ++j) {
                        if (hits[j].participant < 0 || hits[j].strip != hits[i].strip)
                            continue;
                        const QPointF b = hits[j].rect.center();
                        EXPECT_GE(QLineF(a, b).length(), hits[i].rect.width() * 0.55)
                            << where << ": markers of " << hits[i].participant << " and " << hits[j].participant
                            << " cover each other";
                    }
                    const QRectF mark = hits[i].rect.adjusted(hits[i].rect.width() * 0.25, hits[i].rect.height() * 0.25,
                                                              -hits[i].rect.width() * 0.25, -hits[i].rect.height() * 0.25);
                    for (const ReportItem &text : textsOf(items))
                        EXPECT_FALSE(text.rect.adjusted(1, 1, -1, -1).intersects(mark))
                            << where << ": \"" << text.text.toStdString() << "\" covers a marker";
                }

                // Names are wrapped, never cut: each trait's and participant's name appears whole once the
                // lines are joined (a long word may be broken anywhere).
                QString printed;
                for (const ReportItem &text : textsOf(items))
                    printed += text.text;
                printed.remove(u' ');
                EXPECT_FALSE(printed.contains(QChar(0x2026))) << where << ": something was elided";
                for (const DisagreementStrip &strip : data.strips)
                    EXPECT_TRUE(printed.contains(QString(strip.name).remove(u' '))) << where << ": " << strip.name.toStdString();
                for (const QString &name : data.participants)
                    EXPECT_TRUE(printed.contains(QString(name).remove(u' '))) << where << ": " << name.toStdString();
            }
        }
    }
}

TEST(DisagreementPlot, EqualValuesStayVisibleOnLanesOfTheirOwn)
{
    // Participants 1 and 2 of workshopProfile() agree on every trait: their markers sit at the same x on
    // different lanes.
    const DisagreementData data = dataFor(workshopProfile(4));
    Paper paper;
    const ChartStyle style = ChartStyle::paper(300);
    const DisagreementPlot plot(data, style, &paper.writer);
    const QRectF rect(0, 0, style.mm(170), plot.naturalHeight(style.mm(170)));
    int pairs = 0;
    for (const DisagreementHit &a : plot.hits(rect))
        for (const DisagreementHit &b : plot.hits(rect))
            if (a.participant == 1 && b.participant == 2 && a.strip == b.strip) {
                EXPECT_NEAR(a.rect.center().x(), b.rect.center().x(), 0.01);
                EXPECT_GE(std::abs(a.rect.center().y() - b.rect.center().y()), a.rect.height() * 0.6);
                ++pairs;
            }
    EXPECT_EQ(pairs, static_cast<int>(data.strips.size()));
}

TEST(DisagreementPlot, TheHighlightedParticipantIsNamedInBoldAndDrawnLarger)
{
    DisagreementData data = dataFor(workshopProfile(3));
    Paper paper;
    const ChartStyle style = ChartStyle::paper(300);
    const QRectF rect(0, 0, style.mm(170), DisagreementPlot(data, style, &paper.writer).naturalHeight(style.mm(170)));
    const auto boldNames = [&](const DisagreementData &d) {
        QStringList bold;
        for (const ReportItem &item : DisagreementPlot(d, style, &paper.writer).items(rect))
            if (item.kind == ReportItem::Kind::Text && item.font.bold())
                bold << item.text;
        return bold;
    };
    EXPECT_TRUE(boldNames(data).isEmpty());
    const size_t plain = DisagreementPlot(data, style, &paper.writer).items(rect).size();
    data.highlighted = 1;
    EXPECT_TRUE(boldNames(data).join(u' ').contains(QStringLiteral("Sam Patel")));
    // A ring behind the selected person's marker in every strip and the legend.
    EXPECT_EQ(DisagreementPlot(data, style, &paper.writer).items(rect).size(), plain + data.strips.size() + 1);
}

TEST(DisagreementPlot, TheLegendAndStripsPartsAddUpToTheWhole)
{
    const DisagreementData data = dataFor(workshopProfile(6));
    Paper paper;
    const ChartStyle style = ChartStyle::paper(300);
    const DisagreementPlot plot(data, style, &paper.writer);
    const double width = style.mm(170);
    const int n = static_cast<int>(data.strips.size());
    EXPECT_NEAR(plot.legendHeight(width) + plot.stripsHeight(width, 0, n), plot.naturalHeight(width), 0.5);
    EXPECT_LT(plot.stripsHeight(width, 0, 1), plot.stripsHeight(width, 0, 2));
    const std::vector<ReportItem> legend = plot.legendItems(QRectF(0, 0, width, plot.legendHeight(width)));
    QString legendText;
    for (const ReportItem &item : textsOf(legend))
        legendText += item.text + u' ';
    for (const QString &name : data.participants)
        EXPECT_TRUE(legendText.contains(name)) << name.toStdString();
    for (const ReportItem &item : legend)
        EXPECT_LE(item.rect.bottom(), plot.legendHeight(width) + 1);
}

TEST(DisagreementPlot, PaintsOnAnImage)
{
    // Painted (not only laid out): the image is not blank. With SPLITBENCH_SCREENSHOT_DIR set, saved for a look.
    for (const int count : {2, 5, 12}) {
        DisagreementData data = dataFor(workshopProfile(count, count == 12));
        data.highlighted = count > 2 ? 2 : -1;
        const double dpi = 110;
        const ChartStyle style = ChartStyle::paper(dpi);
        QImage probe(10, 10, QImage::Format_RGB32);
        probe.setDotsPerMeterX(qRound(dpi / 0.0254));
        probe.setDotsPerMeterY(qRound(dpi / 0.0254));
        const DisagreementPlot plot(data, style, &probe);
        const double width = style.mm(170);
        QImage image(qRound(width) + 20, qRound(plot.naturalHeight(width)) + 20, QImage::Format_RGB32);
        image.setDotsPerMeterX(probe.dotsPerMeterX());
        image.setDotsPerMeterY(probe.dotsPerMeterY());
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            plot.paint(painter, QRectF(10, 10, width, plot.naturalHeight(width)));
        }
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        EXPECT_GT(dark, 100);
        if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty())
            image.save(QStringLiteral("%1/disagreement-%2.png").arg(folder).arg(count));
    }
}
