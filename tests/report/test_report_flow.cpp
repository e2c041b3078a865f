// Pagination rules of the report flow: rows stay whole, headers repeat, headings keep with what follows.
#include "report_flow.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>

#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace splitbench::report;

namespace {

/// A 300 dpi device and a small page (content 100 × 80 mm) so a modest table needs several pages.
struct SmallPage {
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    PageFrame frame;

    SmallPage()
    {
        writer.setResolution(300);
        const double mm = 300 / 25.4;
        frame.dpi = 300;
        frame.paper = QRectF(0, 0, 140 * mm, 120 * mm);
        frame.content = QRectF(20 * mm, 20 * mm, 100 * mm, 80 * mm);
    }
};

TableStyle style(double mm)
{
    TableStyle s;
    s.font = QFont(QStringLiteral("DejaVu Sans"));
    s.font.setPointSizeF(8);
    s.headerFont = s.font;
    s.headerFont.setBold(true);
    s.smallFont = s.font;
    s.textColor = Qt::black;
    s.mutedColor = Qt::gray;
    s.headerBackground = Qt::lightGray;
    s.ruleColor = Qt::gray;
    s.padding = mm;
    s.ruleWidth = 0.2 * mm;
    return s;
}

/// Page index of every text item, by text.
std::multimap<QString, int> textPages(const std::vector<ReportPage> &pages)
{
    std::multimap<QString, int> where;
    for (size_t p = 0; p < pages.size(); ++p)
        for (const ReportItem &item : pages[p].items)
            if (item.kind == ReportItem::Kind::Text)
                where.emplace(item.text, static_cast<int>(p));
    return where;
}

TEST(ReportFlow, TableRowsStayWholeAndTheHeaderRepeatsOnEveryPage)
{
    SmallPage page;
    const double mm = page.frame.dpi / 25.4;
    Flow flow(&page.writer, page.frame);
    TableSpec spec;
    spec.style = style(mm);
    spec.columnWeights = {1, 2};
    spec.header.push_back({TableCell::plain(QStringLiteral("HeadA")), TableCell::plain(QStringLiteral("HeadB"))});
    for (int r = 0; r < 30; ++r) {
        QString lines;
        for (int l = 0; l <= r % 4; ++l)
            lines += QStringLiteral("r%1l%2\n").arg(r).arg(l);
        lines.chop(1);
        spec.rows.push_back({TableCell::plain(QStringLiteral("row%1").arg(r)), TableCell::plain(lines)});
    }
    flow.advance(30 * mm); // the table starts part-way down the first page
    table(flow, spec)->place(flow);
    const std::vector<ReportPage> pages = flow.takePages();
    ASSERT_GE(pages.size(), 4u);

    const auto where = textPages(pages);
    std::set<int> pagesWithRows;
    for (int r = 0; r < 30; ++r) {
        const auto label = where.find(QStringLiteral("row%1").arg(r));
        ASSERT_NE(label, where.end());
        pagesWithRows.insert(label->second);
        for (int l = 0; l <= r % 4; ++l) {
            const auto line = where.find(QStringLiteral("r%1l%2").arg(r).arg(l));
            ASSERT_NE(line, where.end());
            EXPECT_EQ(line->second, label->second) << "row " << r << " was split across pages";
        }
    }
    const auto [first, last] = where.equal_range(QStringLiteral("HeadA"));
    std::set<int> pagesWithHeader;
    for (auto it = first; it != last; ++it)
        pagesWithHeader.insert(it->second);
    EXPECT_EQ(pagesWithHeader, pagesWithRows);

    // Nothing may run past the bottom of the content area.
    for (const ReportPage &p : pages)
        for (const ReportItem &item : p.items)
            EXPECT_LE(item.rect.normalized().bottom(), page.frame.content.bottom() + 0.5);
}

TEST(ReportFlow, OnlyARowTallerThanAPageIsSplitAndNoLineIsLost)
{
    SmallPage page;
    const double mm = page.frame.dpi / 25.4;
    Flow flow(&page.writer, page.frame);
    TableSpec spec;
    spec.style = style(mm);
    spec.columnWeights = {1, 3};
    spec.header.push_back({TableCell::plain(QStringLiteral("Trait")), TableCell::plain(QStringLiteral("Note"))});
    QString note;
    for (int l = 0; l < 60; ++l)
        note += QStringLiteral("line%1\n").arg(l);
    note.chop(1);
    spec.rows.push_back({TableCell::plain(QStringLiteral("short")), TableCell::plain(QStringLiteral("one line"))});
    spec.rows.push_back({TableCell::plain(QStringLiteral("long")), TableCell::plain(note)});
    spec.rows.push_back({TableCell::plain(QStringLiteral("after")), TableCell::plain(QStringLiteral("tail"))});
    table(flow, spec)->place(flow);
    const std::vector<ReportPage> pages = flow.takePages();
    ASSERT_GE(pages.size(), 2u);
    const auto where = textPages(pages);
    int previous = 0;
    for (int l = 0; l < 60; ++l) {
        const auto it = where.find(QStringLiteral("line%1").arg(l));
        ASSERT_NE(it, where.end()) << "line " << l << " is missing";
        EXPECT_GE(it->second, previous) << "lines out of order";
        previous = it->second;
    }
    for (const ReportPage &p : pages)
        for (const ReportItem &item : p.items) {
            EXPECT_LE(item.rect.normalized().bottom(), page.frame.content.bottom() + 0.5);
            EXPECT_GE(item.rect.normalized().top(), page.frame.content.top() - 0.5);
        }
}

TEST(ReportFlow, AHeadingMovesToTheNextPageWithTheTableItIntroduces)
{
    SmallPage page;
    const double mm = page.frame.dpi / 25.4;
    Flow flow(&page.writer, page.frame);
    QFont headingFont(QStringLiteral("DejaVu Sans"));
    headingFont.setPointSizeF(12);
    TableSpec spec;
    spec.style = style(mm);
    spec.columnWeights = {1};
    spec.header.push_back({TableCell::plain(QStringLiteral("Head"))});
    for (int r = 0; r < 40; ++r)
        spec.rows.push_back({TableCell::plain(QStringLiteral("r%1").arg(r))});
    std::vector<BlockPtr> blocks;
    blocks.push_back(spacer(0));
    blocks.push_back(heading(flow, QStringLiteral("The heading"), headingFont, Qt::black, 0, 2 * mm, 0));
    blocks.push_back(table(flow, spec));
    flow.advance(flow.remaining() - 9 * mm); // room for the heading, not for the table's header and first row
    placeBlocks(flow, blocks);
    const auto where = textPages(flow.takePages());
    EXPECT_EQ(where.find(QStringLiteral("The heading"))->second, where.find(QStringLiteral("r0"))->second);
}

TEST(ReportFlow, WrappedLinesFitTheirWidthAndKeepEveryWord)
{
    SmallPage page;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    const QString text =
        QStringLiteral("Responsibility is split between your IT staff and the provider. "
                       "Averyveryveryverylongwordthatcannotpossiblyfitononelineofthiswidthatall ends.");
    const double width = 30 * page.frame.dpi / 25.4;
    const TextLines lines = wrapText(text, font, width, &page.writer);
    ASSERT_GT(lines.lines.size(), 3u);
    const QFontMetricsF metrics(font, &page.writer);
    QString joined;
    for (const QString &line : lines.lines) {
        EXPECT_LE(metrics.horizontalAdvance(line), width + 0.5) << line.toStdString();
        joined += line;
    }
    EXPECT_EQ(joined.remove(u' '), QString(text).remove(u' '));
}

TEST(ReportFlow, WrappedLineWidthsAreTheWidthsTheLinesAreDrawnWith)
{
    SmallPage page;
    for (const bool bold : {false, true}) {
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        font.setBold(bold);
        const QFontMetricsF metrics(font, &page.writer);
        const QString text = QStringLiteral(
            "Fully managed: the provider takes over monitoring, patching, the service desk and vendor "
            "escalations. Co-managed: “shared” work, 24/7 on-call — with your team's in-house know-how. "
            "Averyveryveryverylongwordthatcannotpossiblyfitononeline, ffi fl Tw AV 87,3 %.");
        for (const double mm : {25.0, 60.0, 120.0}) {
            const TextLines lines = wrapText(text, font, mm * page.frame.dpi / 25.4, &page.writer);
            ASSERT_EQ(lines.widths.size(), lines.lines.size());
            for (size_t i = 0; i < lines.lines.size(); ++i)
                EXPECT_NEAR(lines.widths[i], metrics.horizontalAdvance(lines.lines[i]), 0.5)
                    << (bold ? "bold: " : "") << lines.lines[i].toStdString();
        }
    }
}

} // namespace
