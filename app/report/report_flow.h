// Pagination for reports: measured blocks (paragraphs, headings, tables, fixed drawings) poured onto pages.
#pragma once

#include "report_page.h"

#include <QFont>
#include <QRectF>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

class QPaintDevice;

namespace splitbench::report {

struct BarRow;

/// Where content may go on every page, in device pixels relative to the paper's corner.
struct PageFrame {
    QRectF paper;
    QRectF content;
    double dpi = 300;
};

/// Text broken into lines for one width on one device; drawing the lines reproduces the measurement exactly.
struct TextLines {
    std::vector<QString> lines;
    std::vector<double> widths; ///< Natural width of each line.
    QFont font;
    double lineHeight = 0;
    [[nodiscard]] double height() const { return lineHeight * static_cast<double>(lines.size()); }
    /// The widest line's natural width (0 without lines).
    [[nodiscard]] double widest() const
    {
        double w = 0;
        for (double line : widths)
            w = std::max(w, line);
        return w;
    }
};

/// Breaks `text` at word boundaries (anywhere if a word is longer than `width`); '\n' starts a new line.
/// With `maxLines` > 0, at most that many lines are kept and the last one ends in "…" when text was cut
/// (names from files can be thousands of characters long; a heading or a table header must still fit a page).
TextLines wrapText(const QString &text, const QFont &font, double width, QPaintDevice *device, int maxLines = 0);

/// Thrown by Flow::newPage() when a layout would need more pages than its content can justify: a guard that
/// turns any layout loop that failed to make progress into an error instead of an endless stream of pages.
struct LayoutOverflow {
    int pageLimit = 0;
};

/// The current page and the position on it while blocks are placed.
class Flow {
public:
    Flow(QPaintDevice *device, const PageFrame &frame);

    [[nodiscard]] QPaintDevice *device() const { return m_device; }
    [[nodiscard]] const PageFrame &frame() const { return m_frame; }
    [[nodiscard]] double mm(double millimetres) const { return millimetres * m_frame.dpi / 25.4; }
    [[nodiscard]] double pt(double points) const { return points * m_frame.dpi / 72.0; }

    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] double remaining() const { return m_frame.content.bottom() - m_y; }
    [[nodiscard]] double pageHeight() const { return m_frame.content.height(); }
    [[nodiscard]] bool atTop() const { return m_y <= m_frame.content.top(); }

    /// Throws LayoutOverflow when the page limit is reached.
    void newPage();
    /// The most pages this flow may create (0: no limit). ReportLayout derives it from the blocks' heights.
    void setPageLimit(int pages) { m_pageLimit = pages; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// Starts a new page unless `height` still fits here (or this page is still empty).
    void ensure(double height);
    /// Moves down; space at the top of a page is dropped so pages never start with a gap.
    void advance(double height);
    void space(double height);
    /// The section named in the running header of this page (if it is still empty) and of later pages.
    void setSection(const QString &section);
    /// A bookmark at the current position of the current page (OutlineEntry).
    void addOutline(int level, const QString &title);

    void add(ReportItem item);
    void addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                 Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    void addBox(const QRectF &rect, const QColor &fill, const QColor &border = {}, double borderWidth = 0,
                double radius = 0);
    void addLine(QPointF from, QPointF to, const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine);
    /// A box in `fill` with the model's hatching over it (model 0 has none), as the workbench's fillModelRect().
    void addModelBox(const QRectF &rect, const QColor &fill, int model);

    std::vector<ReportPage> takePages();

private:
    QPaintDevice *m_device;
    PageFrame m_frame;
    double m_y = 0;
    QString m_section;
    std::vector<ReportPage> m_pages;
    int m_pageLimit = 0;
};

/// A measured piece of content. height() is known before placing, so groups can be kept together.
class Block {
public:
    virtual ~Block() = default;
    [[nodiscard]] virtual double height() const = 0;
    /// What must fit at the bottom of a page for the block to start there (a table's header and first row).
    [[nodiscard]] virtual double leadHeight() const { return height(); }
    /// True for headings: the block is never left alone at the bottom of a page.
    [[nodiscard]] virtual bool keepsWithNext() const { return false; }
    /// The most pages placing this block can start: each block may begin on a new page, and a group's
    /// blocks each may. Used to bound the page count of a layout.
    [[nodiscard]] virtual int pageBreaks() const { return 1; }
    virtual void place(Flow &flow) const = 0;
};
using BlockPtr = std::unique_ptr<Block>;

/// Places blocks in order, moving a heading to the next page when what follows it would not start here.
void placeBlocks(Flow &flow, const std::vector<BlockPtr> &blocks);
/// A generous upper bound on the pages `blocks` can fill: every block starting a page of its own, plus their
/// heights at half a page each (a table repeats its header, at most a third of a page, on every page).
int pageBound(const Flow &flow, const std::vector<BlockPtr> &blocks);

/// Wrapped text across the content width (minus `indent`); splits between lines, never leaving one line alone.
BlockPtr paragraph(const Flow &flow, const QString &text, const QFont &font, const QColor &color, double spaceAfter,
                   double indent = 0);
/// A paragraph after a `marker` ("•", "▲"): its lines wrap beside the marker, not under it (a hanging indent).
BlockPtr listItem(const Flow &flow, const QString &marker, const QString &text, const QFont &font, const QColor &color,
                  double spaceAfter, double indent = 0);
/// A heading that is never the last thing on a page: at least `keepWithNext` must fit below it. A heading with a
/// `rule` under it starts a section and is a level-1 bookmark of the PDF; `outlineLevel` overrides that (0: none).
BlockPtr heading(const Flow &flow, const QString &text, const QFont &font, const QColor &color, double spaceBefore,
                 double spaceAfter, double keepWithNext, bool rule = false, int outlineLevel = -1);
/// Vertical space (dropped at the top of a page).
BlockPtr spacer(double height);
/// Starts a new page unless the current one is still empty; optionally names the section that follows.
BlockPtr pageBreak(const QString &section = {});
/// A drawing of fixed height over the content width; `draw` receives the flow and the block's rectangle.
BlockPtr fixed(double height, std::function<void(Flow &, const QRectF &)> draw);
/// Blocks kept on one page when they fit on one; otherwise started on a fresh page when less than
/// `minStart` is left here.
BlockPtr group(std::vector<BlockPtr> blocks, double minStart = 0);

/// Bars under each other, drawn by BarListPlot (bar_list_plot.h) in the report's style with `font`.
BlockPtr barRows(const Flow &flow, std::vector<BarRow> rows, const QFont &font, const QString &widestLabel);

/// One table cell: wrapped text, a horizontal bar with its value, or a position on a labelled scale.
struct TableCell {
    enum class Kind { Text, Bar, Scale };
    Kind kind = Kind::Text;
    QString text;     ///< Text: the content ('\n' breaks lines). Bar: the value label. Scale: the low end's label.
    QString extra;    ///< Scale: the high end's label.
    double value = 0; ///< Bar and Scale: 0..100.
    QColor color;     ///< Text colour, or the bar's / marker's colour.
    QColor background;
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignLeft;
    int span = 1; ///< Columns this cell covers (header rows).

    static TableCell plain(const QString &text, Qt::Alignment align = Qt::AlignLeft);
    static TableCell bar(double value, const QString &label, const QColor &color);
    static TableCell scale(double value, const QString &low, const QString &high, const QColor &color);
};

struct TableStyle {
    QFont font;
    QFont headerFont;
    QFont smallFont; ///< Scale labels.
    QColor textColor;
    QColor mutedColor;
    QColor headerBackground;
    QColor stripeBackground; ///< Every second body row; invalid for none.
    QColor ruleColor;
    double padding = 0;   ///< Inside each cell, device pixels.
    double ruleWidth = 0; ///< Device pixels.
    double spaceAfter = 0;
};

struct TableSpec {
    std::vector<double> columnWeights;          ///< Relative widths; the table spans the content width.
    std::vector<std::vector<TableCell>> header; ///< Repeated at the top of every page the table continues on.
    std::vector<std::vector<TableCell>> rows;
    std::vector<int> dividers; ///< Columns that get a vertical rule on their left (e.g. where a model's group starts).
    TableStyle style;
};

/// Rows are never split across pages unless a single row is taller than a whole page. Columns are widened
/// where needed so that no word has to be broken (as far as the content width allows). Header cells keep
/// at most three lines (ending in "…" when cut), and a header is never more than a third of a page, so the
/// header repeated on every page always leaves room for rows.
BlockPtr table(const Flow &flow, TableSpec spec);

} // namespace splitbench::report
