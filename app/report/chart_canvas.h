// What the sensitivity charts draw, written once for the workbench and the report: a medium's look
// (ChartStyle) and a list of simple drawing operations (ChartCanvas) that a report page takes over as its own
// items (so the layout's checks cover them) and a widget paints on its QPainter (paintItems()).
#pragma once

#include "model_palette.h"
#include "report_flow.h"
#include "report_page.h"

#include <QFont>
#include <QLocale>
#include <QRegion>

#include <vector>

class QPainter;

namespace splitbench::report {

/// How a chart looks on one medium: fonts, colours, the size of a millimetre in the device's pixels and the
/// locale of its numbers. The geometry is the same on every medium; only these differ.
struct ChartStyle {
    QFont font;       ///< Names (traits, models).
    QFont smallFont;  ///< Ticks, end marks, values.
    QFont legendFont;
    PaletteTone tone = PaletteTone::Light;
    QColor background{Qt::white};
    QColor text;
    QColor muted;
    QColor rule;   ///< Grid lines.
    QColor stripe; ///< Every second row.
    QColor track;  ///< The empty part of a bar.
    QColor hatch;  ///< The stripes over a model's bar (model_palette.h's fill patterns).
    double hatchWidth = 1;
    double pixelsPerMm = 96 / 25.4;
    QLocale locale;
    // Rows of the tornado and the bar lists: the report gives each at least 6 mm and wraps names at 28 % of
    // the width; the window, shorter of height, fits single-line names into rows a little taller than a line.
    double rowMinimumMm = 6;
    double rowPaddingMm = 1.5;  ///< Added to a row's name lines.
    double nameShare = 0.28;    ///< The widest name column, as a share of the chart's width.
    bool axisTitle = true;      ///< The tornado's axis title (the window's caption above says it).

    [[nodiscard]] double mm(double millimetres) const { return millimetres * pixelsPerMm; }
    [[nodiscard]] QColor modelColor(int model) const { return report::modelColor(model, tone); }
    /// `colour` mixed into the background: 0 is the background, 1 the colour itself.
    [[nodiscard]] QColor pale(const QColor &colour, double amount) const;

    /// The report's look at `dpi`: its fonts and ink on white paper, English numbers on the axes.
    static ChartStyle paper(double dpi);
};

/// Collects a chart's drawing in device pixels.
class ChartCanvas final {
public:
    explicit ChartCanvas(const ChartStyle &style) : m_style(style) {}

    void addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                 Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    /// Wrapped lines (wrapText()) one under the other from (x, y), each in a box `width` wide.
    void addLines(const TextLines &lines, double x, double y, double width, const QColor &color,
                  Qt::Alignment horizontal = Qt::AlignLeft);
    void addBox(const QRectF &rect, const QColor &fill, const QColor &border = {}, double borderWidth = 0);
    void addLine(QPointF from, QPointF to, const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine);
    /// A box in the model's colour with the model's hatching over it (model 0 has none).
    void addModelBox(const QRectF &rect, int model);
    /// Any other item (an ellipse, a hatch of its own).
    void add(ReportItem item) { m_items.push_back(std::move(item)); }

    [[nodiscard]] const std::vector<ReportItem> &items() const { return m_items; }
    [[nodiscard]] std::vector<ReportItem> takeItems() { return std::move(m_items); }

private:
    const ChartStyle &m_style;
    std::vector<ReportItem> m_items;
};

/// Paints one item as the report's pages do (text, box, line, hatch; a Radar item is left to RadarPlot).
void paintItem(QPainter &painter, const ReportItem &item);
/// Paints `items`; with `exposed` given, only those that reach into it (a widget in a scroll area repaints only
/// what shows, and a chart only what changed: a region of a few small rects, whose bounding rect may span the
/// chart).
void paintItems(QPainter &painter, const std::vector<ReportItem> &items, const QRegion &exposed = {});

} // namespace splitbench::report
