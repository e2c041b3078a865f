// A laid-out report page: a flat list of simple drawing operations in device pixels, replayed by the painter.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

namespace splitbench::report {

/// One drawing operation. Coordinates are device pixels relative to the paper's top-left corner.
struct ReportItem {
    enum class Kind {
        Text,    ///< One line of text, never wrapped at paint time: `rect` is its line box.
        Box,     ///< A rectangle filled with `color`, outlined with `border` when valid.
        Ellipse, ///< Like Box, but round.
        Line,    ///< From `rect.topLeft()` to `rect.bottomRight()` in `color`.
        Radar,   ///< The fit radar chart with its legend, painted by RadarPlot (radar_plot.h) into `rect`.
        Hatch,   ///< Diagonal stripes in `color` across `rect`, in the direction of `pattern` (a model's
                 ///< fill pattern), so a bar's model shows in print without colour too.
        Logo,    ///< The preparer's logo (report_branding.h), painted by the ReportRenderer into `rect`.
    };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    QFont font;
    QColor color;
    QColor border;
    double width = 0; ///< Line or border width in device pixels.
    Qt::PenStyle style = Qt::SolidLine;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    double radius = 0; ///< Corner radius of a Box.
    Qt::BrushStyle pattern = Qt::NoBrush; ///< Of a Hatch: BDiagPattern, FDiagPattern or DiagCrossPattern.

    static ReportItem makeText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                               Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    static ReportItem makeBox(const QRectF &rect, const QColor &fill, const QColor &border = {}, double borderWidth = 0,
                              double radius = 0);
    static ReportItem makeEllipse(const QRectF &rect, const QColor &fill, const QColor &border = {},
                                  double borderWidth = 0);
    static ReportItem makeLine(QPointF from, QPointF to, const QColor &color, double width,
                               Qt::PenStyle style = Qt::SolidLine);
    /// Stripes `width` wide across `rect`; NoBrush (the first model's pattern) gives an item that paints nothing.
    static ReportItem makeHatch(const QRectF &rect, Qt::BrushStyle pattern, const QColor &color, double width);
};

/// A heading the PDF lists as a bookmark: the sections (level 1) and each dimension (level 2).
struct OutlineEntry {
    int level = 1;
    QString title;
    double y = 0; ///< The heading's top, in device pixels from the paper's top edge.
};

struct ReportPage {
    QString section; ///< Shown in the running header.
    std::vector<ReportItem> items;
    std::vector<OutlineEntry> outline; ///< The bookmarks that point at this page, top to bottom.
};

} // namespace splitbench::report
