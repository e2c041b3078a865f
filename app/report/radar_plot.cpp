#include "radar_plot.h"

#include "fit_engine.h"
#include "number_format.h"
#include "report_content.h"
#include "report_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace splitbench::report {

namespace {
constexpr int kRings = 5; ///< Rings at 20, 40, 60, 80 and 100.

size_t at(int index)
{
    return static_cast<size_t>(index);
}

QFontMetricsF metricsFor(const QFont &font, const QPaintDevice *device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

QSizeF textSize(const QFontMetricsF &metrics, const QString &text)
{
    return metrics.boundingRect(QRectF(0, 0, 1e5, 1e5), Qt::AlignLeft | Qt::AlignTop, text).size();
}

/// Width limits the radius on the left and right, so names there break at their first space ("Infra
/// handling" over two lines); at the top and bottom one line is better.
QString axisLabel(const QString &name, double degrees)
{
    if (std::abs(std::sin(qDegreesToRadians(degrees))) < 0.6)
        return name;
    const qsizetype space = name.indexOf(u' ');
    if (space <= 0)
        return name;
    return name.left(space) + u'\n' + name.mid(space + 1);
}
} // namespace

RadarStyle RadarStyle::paper(double dpi, int dimensionCount, int modelCount)
{
    const auto mm = [dpi](double value) { return value * dpi / 25.4; };
    RadarStyle style;
    style.labelFont = reportFont(dimensionCount > 24 ? 6.5 : 7.5);
    style.ringFont = reportFont(6);
    style.legendFont = reportFont(8.5);
    style.tone = PaletteTone::Light;
    style.text = ink::text;
    style.ringText = ink::muted;
    style.grid = ink::grid;
    style.fillAlpha = modelCount > 3 ? 28 / 255.0 : 46 / 255.0;
    style.outlineWidth = mm(0.55);
    style.outlineCap = Qt::FlatCap;
    style.gridWidth = mm(0.2);
    style.vertexRadius = mm(0.65);
    style.labelGap = mm(2.5);
    style.labelSpacing = mm(0.8);
    style.padding = 0;
    style.legendGap = mm(5);
    style.legendSwatch = mm(9);
    style.legendSwatchHeight = mm(3.2);
    style.legendSwatchAlpha = 60 / 255.0;
    style.legendLineWidth = mm(0.7);
    style.legendTextGap = mm(2);
    style.legendSpacing = mm(7);
    return style;
}

RadarPlot::RadarPlot(RadarStyle style) : m_style(std::move(style)) {}

void RadarPlot::setDimensions(const QStringList &names)
{
    m_names = names;
    m_labelTexts.clear();
    for (int k = 0; k < dimensionCount(); ++k)
        m_labelTexts << axisLabel(m_names[k], angleOf(k));
    if (m_selected >= dimensionCount())
        m_selected = -1;
    m_labelRects.assign(at(dimensionCount()), QRectF());
    m_fits.clear();
    m_polygons.assign(at(modelCount()), QPolygonF());
}

void RadarPlot::setModels(const QStringList &legendTexts)
{
    m_legendTexts = legendTexts;
    m_visible.assign(at(modelCount()), true);
    m_fits.clear();
    m_polygons.assign(at(modelCount()), QPolygonF());
}

void RadarPlot::setFits(const FitResult &result)
{
    const int n = dimensionCount();
    if (static_cast<int>(result.dimensions.size()) != n)
        return;
    m_fits.assign(at(modelCount()), std::vector<double>(at(n), 0.0));
    for (int m = 0; m < modelCount(); ++m)
        for (int k = 0; k < n; ++k) {
            const std::vector<double> &fit = result.dimensions[at(k)].fit;
            m_fits[at(m)][at(k)] = at(m) < fit.size() ? fit[at(m)] : 0.0;
        }
    updatePolygons();
}

void RadarPlot::setToday(const std::vector<double> &fits, const QString &legendText)
{
    m_todayFits = static_cast<int>(fits.size()) == dimensionCount() ? fits : std::vector<double>();
    m_todayLegend = m_todayFits.empty() ? QString() : legendText;
    m_todayPolygon.clear();
    if (m_todayFits.empty() || m_radius <= 0)
        return;
    for (int k = 0; k < dimensionCount(); ++k)
        m_todayPolygon << axisPoint(k, m_todayFits[at(k)]);
}

void RadarPlot::setTodayVisible(bool visible)
{
    m_todayVisible = visible;
}

QPen RadarPlot::todayPen() const
{
    QPen pen(m_style.today, m_style.outlineWidth, Qt::DashLine, m_style.outlineCap, Qt::RoundJoin);
    return pen;
}

void RadarPlot::setStyle(const RadarStyle &style)
{
    m_style = style;
}

void RadarPlot::setModelVisible(int model, bool visible)
{
    if (model >= 0 && model < modelCount())
        m_visible[at(model)] = visible;
}

bool RadarPlot::isModelVisible(int model) const
{
    return model >= 0 && model < modelCount() && m_visible[at(model)];
}

void RadarPlot::setSelectedDimension(int dimension)
{
    m_selected = dimension >= 0 && dimension < dimensionCount() ? dimension : -1;
}

double RadarPlot::angleOf(int dimension) const
{
    return 360.0 * dimension / std::max(1, dimensionCount());
}

QPointF RadarPlot::axisPoint(int dimension, double value) const
{
    const double r = m_radius * std::clamp(value, 0.0, 100.0) / 100.0;
    const double theta = qDegreesToRadians(angleOf(dimension));
    return m_centre + QPointF(r * std::sin(theta), -r * std::cos(theta));
}

QFont RadarPlot::labelFont(int dimension) const
{
    QFont font = m_style.labelFont;
    font.setBold(dimension == m_selected);
    return font;
}

Qt::Alignment RadarPlot::labelAlignment(int dimension) const
{
    // Lines of a broken label line up on the side facing the spoke.
    const double s = std::sin(qDegreesToRadians(angleOf(dimension)));
    const Qt::Alignment horizontal = s > 0.3 ? Qt::AlignLeft : s < -0.3 ? Qt::AlignRight : Qt::AlignHCenter;
    return horizontal | Qt::AlignVCenter;
}

void RadarPlot::layout(const QRectF &area, const QPaintDevice *device)
{
    m_area = area;
    const double pad = m_style.padding;
    const QFontMetricsF legendMetrics = metricsFor(m_style.legendFont, device);

    // The legend first: entries flow left to right and wrap; each row is centred under the chart.
    const double rowHeight = legendMetrics.lineSpacing() * 1.5;
    const double available = area.width() - 2 * pad;
    std::vector<std::vector<int>> rows;
    std::vector<double> entryWidth(at(modelCount()), 0.0);
    double rowWidth = 0;
    double todayWidth = 0;
    std::vector<int> entries;
    for (int m = 0; m < modelCount(); ++m)
        if (m_visible[at(m)])
            entries.push_back(m);
    if (isTodayShown())
        entries.push_back(kTodayEntry); // last: after the candidates, not among them
    const auto widthOf = [&](int m) -> double & { return m == kTodayEntry ? todayWidth : entryWidth[at(m)]; };
    for (const int m : entries) {
        // A long name is elided when painted (paintLegend), so no entry is wider than the area.
        const double width = std::min(m_style.legendSwatch + m_style.legendTextGap +
                                          legendMetrics.horizontalAdvance(legendTextOf(m)) + 1,
                                      available);
        widthOf(m) = width;
        const double needed = rows.empty() ? width : rowWidth + m_style.legendSpacing + width;
        if (rows.empty() || needed > available) {
            rows.emplace_back();
            rowWidth = width;
        } else {
            rowWidth = needed;
        }
        rows.back().push_back(m);
    }
    const double legendHeight = rowHeight * static_cast<double>(rows.size());
    const double legendBand = rows.empty() ? 0.0 : legendHeight + m_style.legendGap;

    // The largest radius at which every label, anchored beside its spoke, stays inside the area above the
    // legend: each label's reach is linear in the radius, so each gives a bound directly.
    const QRectF chart(area.left() + pad, area.top() + pad, area.width() - 2 * pad,
                       std::max(0.0, area.height() - 2 * pad - legendBand));
    const double halfWidth = chart.width() / 2.0;
    const double halfHeight = chart.height() / 2.0;
    m_centre = chart.center();
    const int n = dimensionCount();
    std::vector<QSizeF> shown(at(n));
    double r = std::min(halfWidth, halfHeight);
    QFont bold = m_style.labelFont;
    bold.setBold(true);
    const QFontMetricsF boldMetrics = metricsFor(bold, device);
    for (int k = 0; k < n; ++k) {
        shown[at(k)] = textSize(metricsFor(labelFont(k), device), m_labelTexts[k]);
        const QSizeF reserved = m_style.reserveBold ? textSize(boldMetrics, m_labelTexts[k]) : shown[at(k)];
        const double theta = qDegreesToRadians(angleOf(k));
        const double s = std::abs(std::sin(theta));
        const double c = std::abs(std::cos(theta));
        if (s > 1e-6)
            r = std::min(r, (halfWidth - reserved.width() * (1.0 + s) / 2.0) / s - m_style.labelGap);
        if (c > 1e-6)
            r = std::min(r, (halfHeight - reserved.height() * (1.0 + c) / 2.0) / c - m_style.labelGap);
    }
    m_radius = std::floor(std::max(r, 1.0));

    // Each label's edge facing the chart touches the spoke's end: centred at the top and bottom, left-aligned
    // on the right, right-aligned on the left, blending in between. Labels that still touch after being pushed
    // apart (long names on a small chart) get room from a smaller radius.
    const QRectF labelBounds(area.left(), area.top(), area.width(), area.height() - legendBand);
    for (int attempt = 0; attempt < 12; ++attempt) {
        m_labelRects.assign(at(n), QRectF());
        for (int k = 0; k < n; ++k) {
            const double theta = qDegreesToRadians(angleOf(k));
            const double s = std::sin(theta);
            const double c = std::cos(theta);
            const double reach = m_radius + m_style.labelGap;
            const QPointF anchor(m_centre.x() + reach * s, m_centre.y() - reach * c);
            const QSizeF size = shown[at(k)];
            m_labelRects[at(k)] = QRectF(QPointF(anchor.x() - size.width() * (1.0 - s) / 2.0,
                                                 anchor.y() - size.height() * (1.0 + c) / 2.0),
                                         size);
        }
        if (separateLabels(labelBounds) || m_radius <= 40)
            break;
        m_radius = std::floor(m_radius * 0.94);
    }

    // Ring values beside the top spoke, just inside their ring, so the ring's line does not cross the digits.
    const QFontMetricsF ringMetrics = metricsFor(m_style.ringFont, device);
    m_ringRects.clear();
    for (int ring = 0; ring < ringCount(); ++ring) {
        const QPointF point = axisPoint(0, 100.0 * ring / kRings);
        m_ringRects.emplace_back(QPointF(point.x() + m_style.labelGap * 0.5, point.y() + 1),
                                 textSize(ringMetrics, ringLabelText(ring)));
    }

    // The legend just below the lowest label, so it stays with the chart when there is height to spare.
    double lowest = m_centre.y() + m_radius;
    for (const QRectF &label : m_labelRects)
        lowest = std::max(lowest, label.bottom());
    double y = std::min(area.bottom() - pad - legendHeight, lowest + m_style.legendGap);
    m_legend.clear();
    for (const std::vector<int> &row : rows) {
        double total = -m_style.legendSpacing;
        for (const int m : row)
            total += widthOf(m) + m_style.legendSpacing;
        double x = std::max(area.left() + pad, area.center().x() - total / 2);
        for (const int m : row) {
            LegendEntry entry;
            entry.model = m;
            const double middle = y + rowHeight / 2;
            const double sampleHeight = std::max(m_style.legendSwatchHeight, m_style.legendLineWidth);
            entry.sample = QRectF(x, middle - sampleHeight / 2, m_style.legendSwatch, sampleHeight);
            entry.text = QRectF(x + m_style.legendSwatch + m_style.legendTextGap, y,
                                widthOf(m) - m_style.legendSwatch - m_style.legendTextGap, rowHeight);
            m_legend.push_back(entry);
            x += widthOf(m) + m_style.legendSpacing;
        }
        y += rowHeight;
    }
    updatePolygons();
}

bool RadarPlot::separateLabels(const QRectF &bounds)
{
    // Near the top and bottom, labels sit side by side and long ones can touch, neighbours or not. Push the
    // label that sits more to the side further out, by the smaller of the horizontal or vertical overlap, as
    // long as it stays inside. True when no two labels touch any more.
    const int n = dimensionCount();
    if (n < 3)
        return true;
    const double half = m_style.labelSpacing / 2;
    const auto touching = [&](int k, int j) {
        return m_labelRects[at(k)]
            .adjusted(-half, -half, half, half)
            .intersects(m_labelRects[at(j)].adjusted(-half, -half, half, half));
    };
    for (int pass = 0; pass < 6; ++pass) {
        bool moved = false;
        for (int k = 0; k < n; ++k) {
            for (int j = k + 1; j < n; ++j) {
                if (!touching(k, j))
                    continue;
                const QRectF a = m_labelRects[at(k)].adjusted(-half, -half, half, half);
                const QRectF b = m_labelRects[at(j)].adjusted(-half, -half, half, half);
                const double ck = std::abs(std::cos(qDegreesToRadians(angleOf(k))));
                const double cj = std::abs(std::cos(qDegreesToRadians(angleOf(j))));
                const int mover = ck < cj ? k : j;
                const double theta = qDegreesToRadians(angleOf(mover));
                const QRectF overlap = a.intersected(b);
                const QPointF horizontal(std::sin(theta) >= 0 ? overlap.width() : -overlap.width(), 0);
                const QPointF vertical(0, std::cos(theta) >= 0 ? -overlap.height() : overlap.height());
                QRectF &current = m_labelRects[at(mover)];
                const bool horizontalFits = bounds.contains(current.translated(horizontal));
                const bool verticalFits = bounds.contains(current.translated(vertical));
                if (horizontalFits && (!verticalFits || overlap.width() <= overlap.height()))
                    current.translate(horizontal);
                else if (verticalFits)
                    current.translate(vertical);
                else
                    continue;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    for (int k = 0; k < n; ++k)
        for (int j = k + 1; j < n; ++j)
            if (touching(k, j))
                return false;
    return true;
}

QString RadarPlot::legendTextOf(int entry) const
{
    return entry == kTodayEntry ? m_todayLegend : m_legendTexts.value(entry);
}

void RadarPlot::updatePolygons()
{
    setToday(m_todayFits, m_todayLegend); // its polygon follows the radius too
    m_polygons.assign(at(modelCount()), QPolygonF());
    if (m_fits.size() != at(modelCount()))
        return;
    for (int m = 0; m < modelCount(); ++m) {
        QPolygonF &polygon = m_polygons[at(m)];
        for (int k = 0; k < dimensionCount(); ++k)
            polygon << axisPoint(k, m_fits[at(m)][at(k)]);
    }
}

QRectF RadarPlot::labelRect(int dimension) const
{
    return dimension >= 0 && dimension < dimensionCount() ? m_labelRects[at(dimension)] : QRectF();
}

QString RadarPlot::labelText(int dimension) const
{
    return m_labelTexts.value(dimension);
}

QRectF RadarPlot::legendRect() const
{
    QRectF rect;
    for (const LegendEntry &entry : m_legend)
        rect |= entry.rect();
    return rect;
}

double RadarPlot::fit(int model, int dimension) const
{
    if (model < 0 || at(model) >= m_fits.size() || dimension < 0 || dimension >= dimensionCount())
        return 0.0;
    return m_fits[at(model)][at(dimension)];
}

QPolygonF RadarPlot::polygon(int model) const
{
    return model >= 0 && model < modelCount() ? m_polygons[at(model)] : QPolygonF();
}

QRectF RadarPlot::ringLabelRect(int ring) const
{
    return ring >= 0 && ring < static_cast<int>(m_ringRects.size()) ? m_ringRects[at(ring)] : QRectF();
}

QString RadarPlot::ringLabelText(int ring)
{
    return QString::number(100 * ring / kRings);
}

int RadarPlot::dimensionAt(const QPointF &position) const
{
    const int n = dimensionCount();
    if (n == 0)
        return -1;
    for (int k = 0; k < n; ++k)
        if (m_labelRects[at(k)].adjusted(-3, -3, 3, 3).contains(position))
            return k;
    const QPointF v = position - m_centre;
    const double distance = std::hypot(v.x(), v.y());
    if (distance < 8.0 || distance > m_radius + m_style.labelGap * 2)
        return -1;
    double angle = qRadiansToDegrees(std::atan2(v.x(), -v.y())); // 0 at the top, clockwise
    if (angle < 0)
        angle += 360.0;
    const double step = 360.0 / n;
    const int nearest = static_cast<int>(std::lround(angle / step)) % n;
    double off = std::abs(angle - nearest * step);
    off = std::min(off, 360.0 - off);
    // "Near": within 14 px of the spoke, or within a third of the way to the next spoke.
    const double perpendicular = distance * std::sin(qDegreesToRadians(off));
    return perpendicular <= 14.0 || off <= step / 3.0 ? nearest : -1;
}

QColor RadarPlot::modelColor(int model) const
{
    return report::modelColor(model, m_style.tone);
}

QPen RadarPlot::outlinePen(int model) const
{
    return QPen(modelColor(model), m_style.outlineWidth, modelPenStyle(model), m_style.outlineCap, Qt::RoundJoin);
}

QColor RadarPlot::fillColor(int model) const
{
    QColor fill = modelColor(model);
    fill.setAlphaF(static_cast<float>(m_style.fillAlpha));
    return fill;
}

void RadarPlot::paint(QPainter &painter) const
{
    paintBackground(painter);
    paintModels(painter);
    paintSelection(painter);
    paintLabels(painter);
    paintLegend(painter);
}

void RadarPlot::paintBackground(QPainter &painter) const
{
    painter.save();
    if (m_style.background.isValid())
        painter.fillRect(m_area, m_style.background);
    const int n = dimensionCount();
    if (n > 0 && m_radius > 0) {
        painter.setRenderHint(QPainter::Antialiasing);
        // Rings and spokes one by one, so an SVG export has them as separate shapes.
        painter.setPen(QPen(m_style.grid, m_style.gridWidth));
        painter.setBrush(Qt::NoBrush);
        for (int ring = 1; ring <= kRings; ++ring) {
            QPolygonF polygon;
            for (int k = 0; k < n; ++k)
                polygon << axisPoint(k, 100.0 * ring / kRings);
            painter.drawPolygon(polygon);
        }
        for (int k = 0; k < n; ++k)
            painter.drawLine(m_centre, axisPoint(k, 100));
        painter.setFont(m_style.ringFont);
        painter.setPen(m_style.ringText);
        for (int ring = 0; ring < ringCount(); ++ring)
            painter.drawText(ringLabelRect(ring), Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip,
                             ringLabelText(ring));
    }
    painter.restore();
}

void RadarPlot::paintModels(QPainter &painter) const
{
    painter.save();
    // The translucent fills without antialiasing: their edges lie under the antialiased outlines, and an
    // aliased fill rasterises in far fewer spans (a fifth of a slider step's time otherwise).
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (int m = 0; m < modelCount(); ++m) {
        if (!m_visible[at(m)] || m_polygons[at(m)].isEmpty())
            continue;
        painter.setBrush(fillColor(m));
        painter.drawPolygon(m_polygons[at(m)]);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (int m = 0; m < modelCount(); ++m) {
        if (!m_visible[at(m)] || m_polygons[at(m)].isEmpty())
            continue;
        painter.setPen(outlinePen(m));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(m_polygons[at(m)]);
        if (m_style.vertexRadius > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(modelColor(m));
            for (const QPointF &point : m_polygons[at(m)])
                painter.drawEllipse(point, m_style.vertexRadius, m_style.vertexRadius);
        }
    }
    if (isTodayShown() && !m_todayPolygon.isEmpty()) {
        // Today's split: dashed and unfilled in a neutral colour, with hollow corners, on top of the models.
        painter.setPen(todayPen());
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(m_todayPolygon);
        const double corner = std::max(m_style.vertexRadius * 1.3, m_style.outlineWidth * 1.4);
        QPen ring(m_style.today, std::max(1.0, m_style.outlineWidth * 0.7));
        painter.setPen(ring);
        painter.setBrush(m_style.background.isValid() ? QBrush(m_style.background) : QBrush(Qt::white));
        for (const QPointF &point : m_todayPolygon)
            painter.drawEllipse(point, corner, corner);
    }
    painter.restore();
}

void RadarPlot::paintSelection(QPainter &painter) const
{
    if (m_selected < 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_style.highlight, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(m_centre, axisPoint(m_selected, 100));
    painter.restore();
}

void RadarPlot::paintLabels(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_selected >= 0) {
        QColor background = m_style.highlight;
        background.setAlphaF(0.18f);
        painter.setBrush(background);
        painter.setPen(QPen(m_style.highlight, 1.0));
        painter.drawRoundedRect(labelRect(m_selected).adjusted(-4, -1, 4, 1), 4, 4);
    }
    painter.setPen(m_style.text);
    for (int k = 0; k < dimensionCount(); ++k) {
        painter.setFont(labelFont(k));
        painter.drawText(m_labelRects[at(k)], static_cast<int>(labelAlignment(k)) | Qt::TextDontClip,
                         m_labelTexts[k]);
    }
    painter.restore();
}

void RadarPlot::paintLegend(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_style.legendFont);
    for (const LegendEntry &entry : m_legend) {
        const int m = entry.model;
        const bool today = m == kTodayEntry;
        if (m_style.legendSwatchHeight > 0 && !today) {
            QColor fill = modelColor(m);
            fill.setAlphaF(static_cast<float>(m_style.legendSwatchAlpha));
            painter.fillRect(entry.sample, fill);
        }
        QPen line = today ? todayPen() : outlinePen(m);
        line.setWidthF(m_style.legendLineWidth);
        painter.setPen(line);
        const double middle = entry.sample.center().y();
        painter.drawLine(QPointF(entry.sample.left(), middle), QPointF(entry.sample.right(), middle));
        painter.setPen(m_style.text);
        // Elided in the middle: the start of the name and the end (the report's overall fit) stay readable.
        const QString text = QFontMetricsF(m_style.legendFont, painter.device())
                                 .elidedText(legendTextOf(m), Qt::ElideMiddle, entry.text.width());
        painter.drawText(entry.text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
    }
    painter.restore();
}

// ---- The report's radar -----------------------------------------------------------------------------------

RadarPlot reportRadar(const ReportContent &content, const QPaintDevice *device, const QRectF &area)
{
    RadarPlot plot(RadarStyle::paper(device->logicalDpiY(), content.dimensionCount(), content.modelCount()));
    QStringList names;
    for (int d = 0; d < content.dimensionCount(); ++d) {
        const Dimension &dimension = content.dimension(d);
        names << (dimension.shortName.isEmpty() ? dimension.name : dimension.shortName);
    }
    plot.setDimensions(names);
    QStringList legend;
    for (int m = 0; m < content.modelCount(); ++m)
        legend << QCoreApplication::translate("splitbench::report::RadarPlot", "%1 (overall %2)")
                      .arg(content.model(m).name, formatDecimal(content.result.overall.at(at(m)), 1));
    plot.setModels(legend);
    plot.setFits(content.result);
    if (content.profile.asIs) {
        // Today's split, as the workbench's radar draws it: a dashed grey outline that is no candidate.
        const FitEngine engine(content.catalogue);
        const Profile &profile = content.profile;
        plot.setToday(engine.dimensionFitOf(profile.asIs->responsibilities, profile.traits),
                      QCoreApplication::translate("splitbench::report::RadarPlot", "Today (overall %1)")
                          .arg(formatDecimal(engine.overallFitOf(profile.asIs->responsibilities, profile.traits,
                                                                 profile.importance),
                                             1)));
    }
    plot.layout(area, device);
    return plot;
}

void paintReportRadar(QPainter &painter, const ReportContent &content, const QRectF &area)
{
    if (content.dimensionCount() < 3)
        return;
    reportRadar(content, painter.device(), area).paint(painter);
}

} // namespace splitbench::report
