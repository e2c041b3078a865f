#include "radar_painter.h"

#include "model_palette.h"
#include "number_format.h"
#include "report_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::RadarPainter", text);
}

constexpr double kLabelGapMm = 2.5;
constexpr double kLegendGapMm = 5.0;
constexpr double kSwatchMm = 9.0;
constexpr double kLegendSpacingMm = 7.0;

double mmToPixels(double mm, double dpi)
{
    return mm * dpi / 25.4;
}

/// Angle of axis `k` of `count`, clockwise from the top (y grows downwards).
double axisAngle(int k, int count)
{
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * k / count;
}

QPointF onAxis(QPointF centre, double radius, double angle)
{
    return {centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle)};
}

/// The label box for an axis: beside the axis end on the left and right, centred above or below it near the
/// top and bottom, so labels never cover the chart.
QRectF labelBox(QPointF anchor, double angle, QSizeF size)
{
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    double x = anchor.x() - size.width() / 2;
    double y = anchor.y() - size.height() / 2;
    if (c > 0.3)
        x = anchor.x();
    else if (c < -0.3)
        x = anchor.x() - size.width();
    if (std::abs(c) <= 0.3)
        y = s < 0 ? anchor.y() - size.height() : anchor.y();
    else
        y += s * size.height() * 0.35; // lean away from the horizontal middle
    return {QPointF(x, y), size};
}
} // namespace

RadarPainter::RadarPainter(const ReportContent &content) : m_content(content) {}

QFont RadarPainter::labelFont() const
{
    return reportFont(m_content.dimensionCount() > 24 ? 6.5 : 7.5);
}

QFont RadarPainter::legendFont() const
{
    return reportFont(8.5);
}

QString RadarPainter::legendText(int model) const
{
    return tr("%1 (overall %2)")
        .arg(m_content.model(model).name, formatDecimal(m_content.result.overall.at(static_cast<size_t>(model)), 1));
}

QString RadarPainter::legendText(int model, const QFontMetricsF &metrics, double width) const
{
    const QString full = legendText(model);
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    // The name gives way; the overall fit stays readable.
    const QString number = formatDecimal(m_content.result.overall.at(static_cast<size_t>(model)), 1);
    const double rest = metrics.horizontalAdvance(tr("%1 (overall %2)").arg(QString(), number));
    const QString name = metrics.elidedText(m_content.model(model).name, Qt::ElideRight, std::max(width - rest, 0.0));
    return tr("%1 (overall %2)").arg(name, number);
}

RadarPainter::Geometry RadarPainter::layout(QPaintDevice *device, const QRectF &area) const
{
    Geometry geometry;
    const double dpi = device->logicalDpiY();
    const auto mm = [dpi](double value) { return mmToPixels(value, dpi); };

    // Legend: entries flow left to right and wrap; each row is centred under the chart.
    const QFontMetricsF legendMetrics(legendFont(), device);
    const double rowHeight = legendMetrics.lineSpacing() * 1.5;
    std::vector<std::vector<int>> rows(1);
    std::vector<double> entryWidth;
    double rowWidth = 0;
    for (int m = 0; m < m_content.modelCount(); ++m) {
        // A long name is elided (legendText(m, metrics, width)), so no entry is wider than the area.
        const double width =
            std::min(mm(kSwatchMm) + mm(2) + legendMetrics.horizontalAdvance(legendText(m)), area.width());
        entryWidth.push_back(width);
        const double needed = rows.back().empty() ? width : rowWidth + mm(kLegendSpacingMm) + width;
        if (!rows.back().empty() && needed > area.width()) {
            rows.emplace_back();
            rowWidth = width;
        } else {
            rowWidth = needed;
        }
        rows.back().push_back(m);
    }
    const double legendHeight = rowHeight * static_cast<double>(rows.size());
    geometry.legend = QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);
    geometry.legendItems.resize(static_cast<size_t>(m_content.modelCount()));
    for (size_t r = 0; r < rows.size(); ++r) {
        double total = 0;
        for (const int m : rows[r])
            total += entryWidth[static_cast<size_t>(m)];
        total += mm(kLegendSpacingMm) * static_cast<double>(rows[r].size() - 1);
        double x = area.center().x() - total / 2;
        const double y = geometry.legend.top() + rowHeight * static_cast<double>(r);
        for (const int m : rows[r]) {
            geometry.legendItems[static_cast<size_t>(m)] = QRectF(x, y, entryWidth[static_cast<size_t>(m)], rowHeight);
            x += entryWidth[static_cast<size_t>(m)] + mm(kLegendSpacingMm);
        }
    }

    // Chart: the largest radius for which every axis label stays inside the area above the legend.
    const QRectF chart(area.left(), area.top(), area.width(), area.height() - legendHeight - mm(kLegendGapMm));
    geometry.centre = chart.center();
    const QFontMetricsF labelMetrics(labelFont(), device);
    const int count = m_content.dimensionCount();
    std::vector<QSizeF> sizes;
    for (int d = 0; d < count; ++d) {
        const Dimension &dimension = m_content.dimension(d);
        const QString label = dimension.shortName.isEmpty() ? dimension.name : dimension.shortName;
        sizes.emplace_back(labelMetrics.horizontalAdvance(label) + 1, labelMetrics.height());
    }
    const auto boxes = [&](double radius) {
        std::vector<QRectF> result;
        for (int d = 0; d < count; ++d) {
            const double angle = axisAngle(d, count);
            result.push_back(labelBox(onAxis(geometry.centre, radius + mm(kLabelGapMm), angle), angle,
                                      sizes[static_cast<size_t>(d)]));
        }
        return result;
    };
    const auto fits = [&](double radius) {
        const std::vector<QRectF> all = boxes(radius);
        return std::all_of(all.begin(), all.end(), [&chart](const QRectF &box) { return chart.contains(box); });
    };
    double low = 0;
    double high = std::min(chart.width(), chart.height()) / 2;
    for (int i = 0; i < 40; ++i) {
        const double middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    geometry.radius = low;
    geometry.axisLabels = boxes(low);
    return geometry;
}

void RadarPainter::paint(QPainter &painter, const QRectF &area) const
{
    const Geometry geometry = layout(painter.device(), area);
    const double dpi = painter.device()->logicalDpiY();
    const auto mm = [dpi](double value) { return mmToPixels(value, dpi); };
    const int count = m_content.dimensionCount();
    if (count < 3 || geometry.radius <= 0)
        return;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    // The web: rings every 20 points and one spoke per dimension.
    QPen grid(ink::grid, mm(0.2));
    painter.setPen(grid);
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF polygon;
        for (int d = 0; d < count; ++d)
            polygon << onAxis(geometry.centre, geometry.radius * ring / 5.0, axisAngle(d, count));
        painter.drawPolygon(polygon);
    }
    for (int d = 0; d < count; ++d)
        painter.drawLine(geometry.centre, onAxis(geometry.centre, geometry.radius, axisAngle(d, count)));

    // One polygon per model: all fills first, then the outlines so no fill hides a line.
    std::vector<QPolygonF> shapes;
    for (int m = 0; m < m_content.modelCount(); ++m) {
        QPolygonF polygon;
        for (int d = 0; d < count; ++d)
            polygon << onAxis(geometry.centre, geometry.radius * std::clamp(m_content.fit(d, m), 0.0, 100.0) / 100.0,
                              axisAngle(d, count));
        shapes.push_back(polygon);
    }
    painter.setPen(Qt::NoPen);
    for (int m = 0; m < m_content.modelCount(); ++m) {
        QColor fill = modelColor(m);
        fill.setAlpha(m_content.modelCount() > 3 ? 28 : 46);
        painter.setBrush(fill);
        painter.drawPolygon(shapes[static_cast<size_t>(m)]);
    }
    painter.setBrush(Qt::NoBrush);
    for (int m = 0; m < m_content.modelCount(); ++m) {
        QPen pen(modelColor(m), mm(0.55), modelPenStyle(m), Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPolygon(shapes[static_cast<size_t>(m)]);
        painter.setPen(Qt::NoPen);
        painter.setBrush(modelColor(m));
        for (const QPointF &point : shapes[static_cast<size_t>(m)])
            painter.drawEllipse(point, mm(0.65), mm(0.65));
        painter.setBrush(Qt::NoBrush);
    }

    // Ring values along the first spoke, on a white patch so the web does not run through them.
    const QFont small = reportFont(6);
    painter.setFont(small);
    const QFontMetricsF smallMetrics(small, painter.device());
    for (int ring = 1; ring <= 5; ++ring) {
        const QString text = QString::number(ring * 20);
        const QPointF at = onAxis(geometry.centre, geometry.radius * ring / 5.0, axisAngle(0, count));
        const QRectF box(at.x() + mm(0.8), at.y() - smallMetrics.height(),
                         smallMetrics.horizontalAdvance(text) + mm(0.6), smallMetrics.height());
        painter.fillRect(box, QColor(255, 255, 255, 210));
        painter.setPen(ink::muted);
        painter.drawText(box, Qt::AlignCenter, text);
    }

    // Axis labels.
    painter.setFont(labelFont());
    painter.setPen(ink::text);
    for (int d = 0; d < count; ++d) {
        const Dimension &dimension = m_content.dimension(d);
        const QString label = dimension.shortName.isEmpty() ? dimension.name : dimension.shortName;
        painter.drawText(geometry.axisLabels[static_cast<size_t>(d)], Qt::AlignCenter | Qt::TextDontClip, label);
    }

    // Legend: a filled swatch crossed by the model's line style, then its name and overall fit.
    painter.setFont(legendFont());
    const QFontMetricsF legendMetrics(legendFont(), painter.device());
    for (int m = 0; m < m_content.modelCount(); ++m) {
        const QRectF item = geometry.legendItems[static_cast<size_t>(m)];
        const QRectF swatch(item.left(), item.center().y() - mm(1.6), mm(kSwatchMm), mm(3.2));
        QColor fill = modelColor(m);
        fill.setAlpha(60);
        painter.fillRect(swatch, fill);
        painter.setPen(QPen(modelColor(m), mm(0.7), modelPenStyle(m), Qt::FlatCap));
        painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        painter.setPen(ink::text);
        const QRectF text(swatch.right() + mm(2), item.top(), item.right() - swatch.right() - mm(2) + 1, item.height());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                         legendText(m, legendMetrics, text.width()));
    }
    painter.restore();
}

} // namespace splitbench::report
