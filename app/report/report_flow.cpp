#include "report_flow.h"

#include "bar_list_plot.h"
#include "model_palette.h"
#include "report_style.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace splitbench::report {

// ---------------------------------------------------------------------------------------------------------
// Text

namespace {

TextLines layOutText(const QString &text, const QFont &font, double width, QPaintDevice *device, int maxLines);

/// What a wrapping depends on: the text, the font, the width, the line limit and the device's kind and
/// resolution (the same text wraps differently on a 300 dpi page and a 96 dpi window).
struct WrapKey {
    QString text;
    QString font;
    qint64 width = 0; ///< In 1/64 device pixels.
    int maxLines = 0;
    int deviceType = 0;
    int dpiX = 0;
    int dpiY = 0;
    bool operator==(const WrapKey &) const = default;
};

size_t qHash(const WrapKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font, key.width, key.maxLines, key.deviceType, key.dpiX, key.dpiY);
}

} // namespace

TextLines wrapText(const QString &text, const QFont &font, double width, QPaintDevice *device, int maxLines)
{
    // A slider step redraws charts whose names and labels have not changed; shaping them again was most of
    // the workshop strips' time. Per thread, because reports are laid out on worker threads too.
    constexpr qsizetype kMaxCached = 4096;
    thread_local QHash<WrapKey, TextLines> cache;
    const WrapKey key{text,
                      font.key(),
                      static_cast<qint64>(std::llround(width * 64)),
                      maxLines,
                      device ? device->devType() : 0,
                      device ? device->logicalDpiX() : 0,
                      device ? device->logicalDpiY() : 0};
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return found.value();
    if (cache.size() >= kMaxCached)
        cache.clear();
    TextLines result = layOutText(text, font, width, device, maxLines);
    cache.insert(key, result);
    return result;
}

namespace {

TextLines layOutText(const QString &text, const QFont &font, double width, QPaintDevice *device, int maxLines)
{
    TextLines result;
    result.font = font;
    const QFontMetricsF metrics(font, device);
    result.lineHeight = metrics.lineSpacing();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            result.lines.emplace_back();
            result.widths.push_back(0);
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(width, 1.0));
            QString piece = paragraph.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace())
                piece.chop(1);
            result.lines.push_back(piece);
            // The width the layout shaped, without trailing spaces: drawing the piece alone gives the same
            // glyphs (tests/report checks the ink), and shaping it again cost a quarter of the layout's time.
            result.widths.push_back(line.naturalTextWidth());
        }
        layout.endLayout();
        if (maxLines > 0 && result.lines.size() > static_cast<size_t>(maxLines))
            break;
    }
    if (maxLines > 0 && result.lines.size() > static_cast<size_t>(maxLines)) {
        // Cut to maxLines; the last line kept ends in "…", shortened until it fits the width.
        result.lines.resize(static_cast<size_t>(maxLines));
        result.widths.resize(static_cast<size_t>(maxLines));
        QString last = result.lines.back();
        const QString ellipsis(QChar(0x2026));
        while (!last.isEmpty() && metrics.horizontalAdvance(last + ellipsis) > width)
            last.chop(1);
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        result.lines.back() = last + ellipsis;
        result.widths.back() = metrics.horizontalAdvance(result.lines.back());
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Flow

Flow::Flow(QPaintDevice *device, const PageFrame &frame) : m_device(device), m_frame(frame), m_y(frame.content.top())
{
    m_pages.emplace_back();
}

void Flow::newPage()
{
    if (m_pageLimit > 0 && static_cast<int>(m_pages.size()) >= m_pageLimit)
        throw LayoutOverflow{m_pageLimit};
    m_pages.push_back(ReportPage{m_section, {}, {}});
    m_y = m_frame.content.top();
}

void Flow::ensure(double height)
{
    if (height > remaining() && !atTop())
        newPage();
}

void Flow::advance(double height)
{
    m_y += height;
}

void Flow::space(double height)
{
    if (!atTop())
        m_y = std::min(m_y + height, m_frame.content.bottom());
}

void Flow::setSection(const QString &section)
{
    m_section = section;
    if (m_pages.back().items.empty())
        m_pages.back().section = section;
}

void Flow::addOutline(int level, const QString &title)
{
    m_pages.back().outline.push_back(OutlineEntry{level, title, m_y});
}

void Flow::add(ReportItem item)
{
    m_pages.back().items.push_back(std::move(item));
}

void Flow::addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, Qt::Alignment align)
{
    if (!text.isEmpty())
        add(ReportItem::makeText(rect, text, font, color, align));
}

void Flow::addBox(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth, double radius)
{
    add(ReportItem::makeBox(rect, fill, border, borderWidth, radius));
}

void Flow::addModelBox(const QRectF &rect, const QColor &fill, int model)
{
    addBox(rect, fill);
    const Qt::BrushStyle pattern = modelFillPattern(model);
    if (pattern != Qt::NoBrush && rect.width() > mm(0.8) && rect.height() > mm(0.8))
        add(ReportItem::makeHatch(rect, pattern, QColor(255, 255, 255, 150), mm(0.25)));
}

void Flow::addLine(QPointF from, QPointF to, const QColor &color, double width, Qt::PenStyle style)
{
    add(ReportItem::makeLine(from, to, color, width, style));
}

std::vector<ReportPage> Flow::takePages()
{
    if (m_pages.size() > 1 && m_pages.back().items.empty())
        m_pages.pop_back();
    return std::move(m_pages);
}

// ---------------------------------------------------------------------------------------------------------
// Simple blocks

namespace {

class ParagraphBlock final : public Block {
public:
    ParagraphBlock(TextLines lines, QColor color, double indent, double spaceAfter, QString marker = {},
                   double hang = 0)
        : m_lines(std::move(lines)), m_color(std::move(color)), m_indent(indent), m_spaceAfter(spaceAfter),
          m_marker(std::move(marker)), m_hang(hang)
    {}
    double height() const override { return m_lines.height() + m_spaceAfter; }
    double leadHeight() const override
    {
        return m_lines.lineHeight * static_cast<double>(std::min<size_t>(m_lines.lines.size(), 2));
    }
    void place(Flow &flow) const override
    {
        const double lh = m_lines.lineHeight;
        const size_t count = m_lines.lines.size();
        for (size_t i = 0; i < count; ++i) {
            // Never leave the first line alone at the bottom of a page, nor carry the last one over alone.
            const bool first = i == 0;
            const bool penultimate = count >= 3 && i + 2 == count;
            const double need = (first && count >= 2) || penultimate ? 2 * lh : lh;
            flow.ensure(need);
            const double left = flow.frame().content.left() + m_indent;
            if (first && !m_marker.isEmpty())
                flow.addText(QRectF(left, flow.y(), m_hang, lh), m_marker, m_lines.font, m_color);
            const QRectF rect(left + m_hang, flow.y(), flow.frame().content.width() - m_indent - m_hang, lh);
            flow.addText(rect, m_lines.lines[i], m_lines.font, m_color);
            flow.advance(lh);
        }
        flow.space(m_spaceAfter);
    }

private:
    TextLines m_lines;
    QColor m_color;
    double m_indent;
    double m_spaceAfter;
    QString m_marker; ///< Drawn in the hang before the first line ("•", "▲"); the lines wrap beside it.
    double m_hang;
};

class HeadingBlock final : public Block {
public:
    HeadingBlock(TextLines lines, QString text, QColor color, double before, double after, double keep, bool rule,
                 int outlineLevel)
        : m_lines(std::move(lines)), m_text(std::move(text)), m_color(std::move(color)), m_before(before),
          m_after(after), m_keep(keep), m_rule(rule), m_outlineLevel(outlineLevel)
    {}
    double height() const override { return m_before + m_lines.height() + m_after; }
    bool keepsWithNext() const override { return true; }
    void place(Flow &flow) const override
    {
        flow.space(m_before);
        flow.ensure(m_lines.height() + m_after + m_keep);
        if (m_outlineLevel > 0)
            flow.addOutline(m_outlineLevel, m_text);
        for (const QString &line : m_lines.lines) {
            flow.addText(
                QRectF(flow.frame().content.left(), flow.y(), flow.frame().content.width(), m_lines.lineHeight), line,
                m_lines.font, m_color);
            flow.advance(m_lines.lineHeight);
        }
        if (m_rule) {
            const double gap = m_after * 0.3;
            flow.addLine({flow.frame().content.left(), flow.y() + gap}, {flow.frame().content.right(), flow.y() + gap},
                         m_color, flow.mm(0.35));
        }
        flow.advance(m_after);
    }

private:
    TextLines m_lines;
    QString m_text; ///< Unwrapped, for the bookmark.
    QColor m_color;
    double m_before;
    double m_after;
    double m_keep;
    bool m_rule;
    int m_outlineLevel;
};

class SpacerBlock final : public Block {
public:
    explicit SpacerBlock(double height) : m_height(height) {}
    double height() const override { return m_height; }
    double leadHeight() const override { return 0; }
    void place(Flow &flow) const override { flow.space(m_height); }

private:
    double m_height;
};

class PageBreakBlock final : public Block {
public:
    explicit PageBreakBlock(QString section) : m_section(std::move(section)) {}
    double height() const override { return 0; }
    void place(Flow &flow) const override
    {
        if (!flow.atTop())
            flow.newPage();
        if (!m_section.isEmpty())
            flow.setSection(m_section);
    }

private:
    QString m_section;
};

class FixedBlock final : public Block {
public:
    FixedBlock(double height, std::function<void(Flow &, const QRectF &)> draw)
        : m_height(height), m_draw(std::move(draw))
    {}
    double height() const override { return m_height; }
    void place(Flow &flow) const override
    {
        flow.ensure(m_height);
        m_draw(flow, QRectF(flow.frame().content.left(), flow.y(), flow.frame().content.width(), m_height));
        flow.advance(m_height);
    }

private:
    double m_height;
    std::function<void(Flow &, const QRectF &)> m_draw;
};

class GroupBlock final : public Block {
public:
    GroupBlock(std::vector<BlockPtr> blocks, double minStart) : m_blocks(std::move(blocks)), m_minStart(minStart)
    {
        m_height = std::accumulate(m_blocks.begin(), m_blocks.end(), 0.0,
                                   [](double sum, const BlockPtr &block) { return sum + block->height(); });
    }
    double height() const override { return m_height; }
    int pageBreaks() const override
    {
        int breaks = 1;
        for (const BlockPtr &block : m_blocks)
            breaks += block->pageBreaks();
        return breaks;
    }
    double leadHeight() const override
    {
        // Headings at the start travel with what follows them.
        double lead = 0;
        for (const BlockPtr &block : m_blocks) {
            if (!block->keepsWithNext())
                return lead + block->leadHeight();
            lead += block->height();
        }
        return lead;
    }
    void place(Flow &flow) const override
    {
        if (!flow.atTop() && m_height > flow.remaining() &&
            (m_height <= flow.pageHeight() || flow.remaining() < std::max(m_minStart, leadHeight())))
            flow.newPage();
        placeBlocks(flow, m_blocks);
    }

private:
    std::vector<BlockPtr> m_blocks;
    double m_minStart;
    double m_height = 0;
};

} // namespace

void placeBlocks(Flow &flow, const std::vector<BlockPtr> &blocks)
{
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i]->keepsWithNext() && i + 1 < blocks.size())
            flow.ensure(blocks[i]->height() + blocks[i + 1]->leadHeight());
        blocks[i]->place(flow);
    }
}

int pageBound(const Flow &flow, const std::vector<BlockPtr> &blocks)
{
    double height = 0;
    double breaks = 0;
    for (const BlockPtr &block : blocks) {
        height += std::max(block->height(), 0.0);
        breaks += block->pageBreaks();
    }
    const double pages = 2 * height / std::max(flow.pageHeight(), 1.0);
    return static_cast<int>(std::min(pages + breaks + 8, 100000.0));
}

BlockPtr paragraph(const Flow &flow, const QString &text, const QFont &font, const QColor &color, double spaceAfter,
                   double indent)
{
    return std::make_unique<ParagraphBlock>(wrapText(text, font, flow.frame().content.width() - indent, flow.device()),
                                            color, indent, spaceAfter);
}

BlockPtr listItem(const Flow &flow, const QString &marker, const QString &text, const QFont &font, const QColor &color,
                  double spaceAfter, double indent)
{
    const double hang = QFontMetricsF(font, flow.device()).horizontalAdvance(marker + QStringLiteral("  "));
    return std::make_unique<ParagraphBlock>(
        wrapText(text, font, flow.frame().content.width() - indent - hang, flow.device()), color, indent, spaceAfter,
        marker, hang);
}

BlockPtr heading(const Flow &flow, const QString &text, const QFont &font, const QColor &color, double spaceBefore,
                 double spaceAfter, double keepWithNext, bool rule, int outlineLevel)
{
    // Headings can hold names from files: three lines at most, so one always fits a page with what follows.
    return std::make_unique<HeadingBlock>(wrapText(text, font, flow.frame().content.width(), flow.device(), 3), text,
                                          color, spaceBefore, spaceAfter, keepWithNext, rule,
                                          outlineLevel >= 0 ? outlineLevel : (rule ? 1 : 0));
}

BlockPtr spacer(double height)
{
    return std::make_unique<SpacerBlock>(height);
}

BlockPtr pageBreak(const QString &section)
{
    return std::make_unique<PageBreakBlock>(section);
}

BlockPtr fixed(double height, std::function<void(Flow &, const QRectF &)> draw)
{
    return std::make_unique<FixedBlock>(height, std::move(draw));
}

BlockPtr group(std::vector<BlockPtr> blocks, double minStart)
{
    return std::make_unique<GroupBlock>(std::move(blocks), minStart);
}

BlockPtr barRows(const Flow &flow, std::vector<BarRow> rows, const QFont &font, const QString &widestLabel)
{
    ChartStyle style = ChartStyle::paper(flow.frame().dpi);
    style.font = font;
    const BarListPlot plot(std::move(rows), std::move(style), flow.frame().content.width(), widestLabel,
                           flow.device());
    return fixed(plot.naturalHeight(), [plot](Flow &target, const QRectF &rect) {
        for (ReportItem &item : plot.items(rect))
            target.add(std::move(item));
    });
}

// ---------------------------------------------------------------------------------------------------------
// Tables

TableCell TableCell::plain(const QString &text, Qt::Alignment align)
{
    TableCell cell;
    cell.text = text;
    cell.align = align;
    return cell;
}

TableCell TableCell::bar(double value, const QString &label, const QColor &color)
{
    TableCell cell;
    cell.kind = Kind::Bar;
    cell.value = value;
    cell.text = label;
    cell.color = color;
    return cell;
}

TableCell TableCell::scale(double value, const QString &low, const QString &high, const QColor &color)
{
    TableCell cell;
    cell.kind = Kind::Scale;
    cell.value = value;
    cell.text = low;
    cell.extra = high;
    cell.color = color;
    return cell;
}

namespace {

/// Drawing operations of one cell that belong together vertically; a row split across pages cuts
/// between pieces. `top`/`bottom` are relative to the row's top; item rectangles too (x is absolute).
struct Piece {
    double top = 0;
    double bottom = 0;
    std::vector<ReportItem> items;
};

struct PreparedRow {
    double height = 0;
    std::vector<QRectF> cells; ///< x and width absolute; y = 0, height = row height.
    std::vector<QColor> backgrounds;
    std::vector<Piece> pieces;
};

class TableBlock final : public Block {
public:
    TableBlock(const Flow &flow, TableSpec spec) : m_style(std::move(spec.style)), m_device(flow.device())
    {
        const QRectF content = flow.frame().content;
        m_mm = flow.frame().dpi / 25.4;
        m_pageHeight = flow.pageHeight();
        const std::vector<double> widths = columnWidths(spec, content.width());
        double x = content.left();
        for (const double width : widths) {
            m_columns.emplace_back(x, width);
            x += width;
        }
        for (const int divider : spec.dividers)
            if (divider > 0 && divider < static_cast<int>(m_columns.size()))
                m_dividers.push_back(m_columns[static_cast<size_t>(divider)].first);
        // The header repeats on every page, so it must leave room for rows: three lines per cell, or one
        // when that is still more than a third of a page (many narrow columns under long model names).
        for (const int lines : {3, 1}) {
            m_header.clear();
            m_headerHeight = 0;
            for (const auto &row : spec.header) {
                m_header.push_back(prepare(row, true, false, lines));
                m_headerHeight += m_header.back().height;
            }
            if (m_headerHeight <= m_pageHeight / 3)
                break;
        }
        for (size_t i = 0; i < spec.rows.size(); ++i)
            m_rows.push_back(prepare(spec.rows[i], false, i % 2 == 1));
        m_height = m_headerHeight + m_style.spaceAfter;
        for (const PreparedRow &row : m_rows)
            m_height += row.height;
    }

    double height() const override { return m_height; }
    double leadHeight() const override
    {
        return m_headerHeight + (m_rows.empty() ? 0 : std::min(m_rows.front().height, m_pageHeight / 3));
    }

    void place(Flow &flow) const override
    {
        const double firstRow = m_rows.empty() ? 0 : std::min(m_rows.front().height, flow.pageHeight() / 3);
        flow.ensure(m_headerHeight + firstRow);
        placeHeader(flow);
        for (const PreparedRow &row : m_rows) {
            if (row.height > flow.remaining() && row.height <= flow.pageHeight() - m_headerHeight) {
                flow.newPage();
                placeHeader(flow);
            }
            placeRow(flow, row);
        }
        flow.space(m_style.spaceAfter);
    }

private:
    /// Widths from the weights, then widened so the longest word of every single-column cell fits; the
    /// extra room comes from columns with slack, in proportion to their slack.
    std::vector<double> columnWidths(const TableSpec &spec, double total) const
    {
        const size_t count = spec.columnWeights.size();
        const double weightSum = std::accumulate(spec.columnWeights.begin(), spec.columnWeights.end(), 0.0);
        std::vector<double> widths;
        for (const double weight : spec.columnWeights)
            widths.push_back(total * weight / weightSum);
        std::vector<double> minimum(count, 0.0);
        const auto consider = [&](const std::vector<TableCell> &row, bool header) {
            size_t column = 0;
            for (const TableCell &cell : row) {
                if (column >= count)
                    break;
                if (cell.span <= 1) {
                    double needed = 0;
                    if (cell.kind == TableCell::Kind::Text) {
                        QFont font = header ? m_style.headerFont : m_style.font;
                        font.setBold(font.bold() || cell.bold);
                        font.setItalic(cell.italic);
                        const QFontMetricsF metrics(font, m_device);
                        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
                        for (const QString &word : cell.text.split(whitespace, Qt::SkipEmptyParts))
                            needed = std::max(needed, metrics.horizontalAdvance(word));
                    } else if (cell.kind == TableCell::Kind::Bar) {
                        needed = QFontMetricsF(m_style.font, m_device).horizontalAdvance(QStringLiteral("100.0"));
                    } else {
                        needed = 28 * m_mm; // a scale narrower than this is hard to read
                    }
                    // One freak word (a pasted identifier, say) must not squeeze every other column.
                    needed = std::min(needed + 2 * m_style.padding + 0.3 * m_mm, total * 0.35);
                    minimum[column] = std::max(minimum[column], needed);
                }
                column += static_cast<size_t>(std::max(cell.span, 1));
            }
        };
        for (const auto &row : spec.header)
            consider(row, true);
        for (const auto &row : spec.rows)
            consider(row, false);
        double deficit = 0;
        double slack = 0;
        for (size_t c = 0; c < count; ++c) {
            if (widths[c] < minimum[c])
                deficit += minimum[c] - widths[c];
            else
                slack += widths[c] - minimum[c];
        }
        if (deficit <= 0)
            return widths;
        // When the room is short, the columns that lack least are served first (a header such as "Weight"
        // stays whole) and the longest words break anywhere instead.
        double granted = std::min(deficit, slack);
        std::vector<size_t> narrow;
        for (size_t c = 0; c < count; ++c)
            if (widths[c] < minimum[c])
                narrow.push_back(c);
        std::stable_sort(narrow.begin(), narrow.end(),
                         [&](size_t a, size_t b) { return minimum[a] - widths[a] < minimum[b] - widths[b]; });
        const double taken = granted;
        for (const size_t c : narrow) {
            const double give = std::min(minimum[c] - widths[c], granted);
            widths[c] += give;
            granted -= give;
        }
        for (size_t c = 0; c < count; ++c)
            if (std::find(narrow.begin(), narrow.end(), c) == narrow.end() && slack > 0)
                widths[c] -= (widths[c] - minimum[c]) * taken / slack;
        return widths;
    }

    PreparedRow prepare(const std::vector<TableCell> &cells, bool header, bool stripe, int maxLines = 0) const
    {
        PreparedRow row;
        const double pad = m_style.padding;
        size_t column = 0;
        for (const TableCell &cell : cells) {
            if (column >= m_columns.size())
                break;
            const size_t last = std::min(column + static_cast<size_t>(std::max(cell.span, 1)), m_columns.size()) - 1;
            const double x = m_columns[column].first;
            const double width = m_columns[last].first + m_columns[last].second - x;
            column = last + 1;
            QColor background = cell.background;
            if (!background.isValid())
                background = header ? m_style.headerBackground : (stripe ? m_style.stripeBackground : QColor());
            row.cells.emplace_back(x, 0, width, 0);
            row.backgrounds.push_back(background);
            const QRectF inner(x + pad, pad, width - 2 * pad, 0);
            double bottom = 0;
            switch (cell.kind) {
            case TableCell::Kind::Text:
                bottom = prepareText(cell, header, inner, row.pieces, maxLines);
                break;
            case TableCell::Kind::Bar:
                bottom = prepareBar(cell, inner, row.pieces);
                break;
            case TableCell::Kind::Scale:
                bottom = prepareScale(cell, inner, row.pieces);
                break;
            }
            row.height = std::max(row.height, bottom + pad);
        }
        for (QRectF &rect : row.cells)
            rect.setHeight(row.height);
        return row;
    }

    double prepareText(const TableCell &cell, bool header, const QRectF &inner, std::vector<Piece> &pieces,
                       int maxLines) const
    {
        QFont font = header ? m_style.headerFont : m_style.font;
        if (cell.bold)
            font.setBold(true);
        if (cell.italic)
            font.setItalic(true);
        const QColor color = cell.color.isValid() ? cell.color : m_style.textColor;
        const TextLines lines = wrapText(cell.text, font, inner.width(), m_device, maxLines);
        double y = inner.top();
        for (const QString &line : lines.lines) {
            Piece piece{y, y + lines.lineHeight, {}};
            if (!line.isEmpty())
                piece.items.push_back(ReportItem::makeText(QRectF(inner.left(), y, inner.width(), lines.lineHeight),
                                                           line, font, color, cell.align));
            pieces.push_back(std::move(piece));
            y += lines.lineHeight;
        }
        return y;
    }

    double prepareBar(const TableCell &cell, const QRectF &inner, std::vector<Piece> &pieces) const
    {
        const QFontMetricsF metrics(m_style.font, m_device);
        const double lineHeight = metrics.lineSpacing();
        const double labelWidth = metrics.horizontalAdvance(QStringLiteral("100.0")) + 1.5 * m_mm;
        Piece piece{inner.top(), inner.top() + lineHeight, {}};
        const double barWidth = inner.width() - labelWidth;
        // Narrow columns (many models) show the number alone rather than a bar too short to read.
        if (barWidth >= 8 * m_mm) {
            const double barHeight = metrics.ascent() * 0.7;
            const QRectF track(inner.left(), inner.top() + (lineHeight - barHeight) / 2, barWidth, barHeight);
            piece.items.push_back(ReportItem::makeBox(track, ink::track));
            QRectF fill = track;
            fill.setWidth(track.width() * std::clamp(cell.value, 0.0, 100.0) / 100.0);
            piece.items.push_back(ReportItem::makeBox(fill, cell.color));
        }
        QFont font = m_style.font;
        font.setBold(cell.bold);
        const double textWidth = std::min(labelWidth, inner.width());
        piece.items.push_back(
            ReportItem::makeText(QRectF(inner.right() - textWidth, inner.top(), textWidth, lineHeight), cell.text, font,
                                 m_style.textColor, Qt::AlignRight));
        pieces.push_back(std::move(piece));
        return inner.top() + lineHeight;
    }

    double prepareScale(const TableCell &cell, const QRectF &inner, std::vector<Piece> &pieces) const
    {
        const double marker = 1.3 * m_mm;
        const double trackY = inner.top() + marker;
        Piece track{inner.top(), inner.top() + 2 * marker, {}};
        const double left = inner.left() + marker;
        const double right = inner.right() - marker;
        const QColor grey(0x9A, 0xA4, 0xAF);
        const double hair = 0.25 * m_mm;
        track.items.push_back(ReportItem::makeLine({left, trackY}, {right, trackY}, grey, 0.4 * m_mm));
        for (const double tick : {left, (left + right) / 2, right})
            track.items.push_back(
                ReportItem::makeLine({tick, trackY - marker * 0.6}, {tick, trackY + marker * 0.6}, grey, hair));
        const double x = left + (right - left) * std::clamp(cell.value, 0.0, 100.0) / 100.0;
        track.items.push_back(ReportItem::makeEllipse(QRectF(x - marker, trackY - marker, 2 * marker, 2 * marker),
                                                      cell.color, Qt::white, hair));
        pieces.push_back(std::move(track));

        const double gap = 1.5 * m_mm;
        const double half = (inner.width() - gap) / 2;
        const TextLines low = wrapText(cell.text, m_style.smallFont, half, m_device);
        const TextLines high = wrapText(cell.extra, m_style.smallFont, half, m_device);
        double y = inner.top() + 2 * marker + 0.6 * m_mm;
        const size_t count = std::max(low.lines.size(), high.lines.size());
        for (size_t i = 0; i < count; ++i) {
            Piece piece{y, y + low.lineHeight, {}};
            if (i < low.lines.size() && !low.lines[i].isEmpty())
                piece.items.push_back(ReportItem::makeText(QRectF(inner.left(), y, half, low.lineHeight), low.lines[i],
                                                           m_style.smallFont, m_style.mutedColor, Qt::AlignLeft));
            if (i < high.lines.size() && !high.lines[i].isEmpty())
                piece.items.push_back(ReportItem::makeText(QRectF(inner.right() - half, y, half, low.lineHeight),
                                                           high.lines[i], m_style.smallFont, m_style.mutedColor,
                                                           Qt::AlignRight));
            pieces.push_back(std::move(piece));
            y += low.lineHeight;
        }
        return y;
    }

    void placeHeader(Flow &flow) const
    {
        for (const PreparedRow &row : m_header)
            placeSlice(flow, row, row.pieces, row.height, true);
    }

    void placeRow(Flow &flow, const PreparedRow &row) const
    {
        if (row.height <= flow.remaining() || (flow.atTop() && row.height <= flow.pageHeight())) {
            placeSlice(flow, row, row.pieces, row.height, false);
            return;
        }
        // Only a row taller than a page gets here (a very long note, say): split it between pieces. Every
        // round places at least one piece, or starts a page that has room for one (`fresh`), so it ends.
        std::vector<Piece> rest = row.pieces;
        double restHeight = row.height;
        bool fresh = flow.atTop();
        while (!rest.empty()) {
            if (restHeight <= flow.remaining()) {
                placeSlice(flow, row, rest, restHeight, false);
                return;
            }
            const double available = flow.remaining() - m_style.padding;
            std::vector<Piece> now;
            std::vector<Piece> later;
            for (Piece &piece : rest)
                (piece.bottom <= available ? now : later).push_back(std::move(piece));
            if (now.empty() && !fresh) {
                rest = std::move(later);
                flow.newPage();
                placeHeader(flow);
                fresh = true;
                continue;
            }
            if (now.empty()) { // nothing fits even on a fresh page: place one piece rather than loop forever
                now.push_back(std::move(later.front()));
                later.erase(later.begin());
            }
            double used = 0;
            for (const Piece &piece : now)
                used = std::max(used, piece.bottom);
            placeSlice(flow, row, now, used + m_style.padding, false);
            if (later.empty())
                return;
            double top = later.front().top;
            for (const Piece &piece : later)
                top = std::min(top, piece.top);
            const double shift = top - m_style.padding;
            for (Piece &piece : later) {
                piece.top -= shift;
                piece.bottom -= shift;
                for (ReportItem &item : piece.items)
                    item.rect.translate(0, -shift);
            }
            restHeight -= shift;
            rest = std::move(later);
            flow.newPage();
            placeHeader(flow);
            fresh = true;
        }
    }

    void placeSlice(Flow &flow, const PreparedRow &row, const std::vector<Piece> &pieces, double height,
                    bool header) const
    {
        const double top = flow.y();
        for (size_t c = 0; c < row.cells.size(); ++c)
            if (row.backgrounds[c].isValid())
                flow.addBox(QRectF(row.cells[c].left(), top, row.cells[c].width(), height), row.backgrounds[c]);
        for (const Piece &piece : pieces)
            for (ReportItem item : piece.items) {
                item.rect.translate(0, top);
                flow.add(std::move(item));
            }
        const double left = m_columns.front().first;
        const double right = m_columns.back().first + m_columns.back().second;
        const double width = header ? m_style.ruleWidth * 2 : m_style.ruleWidth;
        for (const double x : m_dividers)
            flow.addLine({x, top}, {x, top + height}, m_style.ruleColor, m_style.ruleWidth);
        flow.addLine({left, top + height}, {right, top + height}, m_style.ruleColor, width);
        flow.advance(height);
    }

    TableStyle m_style;
    QPaintDevice *m_device;
    double m_mm = 1;
    std::vector<std::pair<double, double>> m_columns; ///< x, width
    std::vector<double> m_dividers;                   ///< x of vertical rules
    std::vector<PreparedRow> m_header;
    std::vector<PreparedRow> m_rows;
    double m_headerHeight = 0;
    double m_height = 0;
    double m_pageHeight = 0;
};

} // namespace

BlockPtr table(const Flow &flow, TableSpec spec)
{
    return std::make_unique<TableBlock>(flow, std::move(spec));
}

} // namespace splitbench::report
