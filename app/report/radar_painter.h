// Paints the radar chart of fit per dimension (one polygon per model, with legend) as vector graphics.
#pragma once

#include "report_content.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>

#include <vector>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace splitbench::report {

/// Draws the chart with QPainter primitives only, so PDF and SVG output stays vector and its text
/// searchable. Sizes are physical (millimetres, points) on whatever device the painter draws to.
class RadarPainter final {
public:
    /// Where everything goes for one device and area, in the device's pixels.
    struct Geometry {
        QPointF centre;
        double radius = 0;
        std::vector<QRectF> axisLabels;  ///< One per dimension, clockwise from the top.
        std::vector<QRectF> legendItems; ///< One per model: swatch and text.
        QRectF legend;
    };

    explicit RadarPainter(const ReportContent &content);

    /// The size a stand-alone chart (PNG, SVG) is drawn at.
    static QSizeF naturalSizeMm() { return {180.0, 165.0}; }

    [[nodiscard]] Geometry layout(QPaintDevice *device, const QRectF &area) const;
    /// Paints the whole chart and its legend inside `area` (device coordinates of `painter`).
    void paint(QPainter &painter, const QRectF &area) const;

private:
    [[nodiscard]] QFont labelFont() const;
    [[nodiscard]] QFont legendFont() const;
    [[nodiscard]] QString legendText(int model) const;
    /// legendText() fitted to `width`: the model name is elided, the overall fit always shown.
    [[nodiscard]] QString legendText(int model, const QFontMetricsF &metrics, double width) const;

    const ReportContent &m_content;
};

} // namespace splitbench::report
