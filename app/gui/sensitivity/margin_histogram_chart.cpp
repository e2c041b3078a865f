#include "margin_histogram_chart.h"

#include "chart_scale.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace splitbench::gui {

using report::ChartScale;

MarginHistogramChart::MarginHistogramChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("marginHistogramChart"));
    setAccessibleName(tr("Histogram of the margin over all variations"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MarginHistogramChart::setData(const MonteCarloResult &result, int otherColorModel, QString referenceName)
{
    m_histogram = result.histogram;
    m_p5 = result.marginP5;
    m_p50 = result.marginP50;
    m_p95 = result.marginP95;
    m_reference = result.reference;
    m_other = otherColorModel;
    m_referenceName = std::move(referenceName);
    setAccessibleDescription(tr("Margin of %1: 5th percentile %2, median %3, 95th percentile %4")
                                 .arg(m_referenceName, QLocale().toString(m_p5, 'f', 1),
                                      QLocale().toString(m_p50, 'f', 1), QLocale().toString(m_p95, 'f', 1)));
    update();
}

QSize MarginHistogramChart::sizeHint() const
{
    return {420, 130};
}

QSize MarginHistogramChart::minimumSizeHint() const
{
    return {240, 110};
}

void MarginHistogramChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_histogram.counts.empty() || m_reference < 0)
        return;
    if (!isEnabled())
        painter.setOpacity(0.45);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    const int bins = static_cast<int>(m_histogram.counts.size());
    const double width = m_histogram.binWidth > 0 ? m_histogram.binWidth : 1.0;
    const double from = m_histogram.from;
    const double to = from + width * bins;
    const double top = smallMetrics.height() + 8; // room for the percentile caption
    const double bottom = height() - smallMetrics.height() - 8;
    const ChartScale scale(std::min(from, 0.0), std::max(to, 0.0), 8, this->width() - 8.0,
                           std::max(2, this->width() / 70));
    const int peak = std::max(1, *std::max_element(m_histogram.counts.begin(), m_histogram.counts.end()));

    QColor grid = text;
    grid.setAlphaF(isDark(pal) ? 0.18 : 0.12);
    painter.setFont(small);
    for (double tick : scale.ticks()) {
        const double x = scale.toPixel(tick);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        painter.setPen(muted);
        const QString label = scale.tickLabel(tick, true);
        const double w = smallMetrics.horizontalAdvance(label);
        painter.drawText(QPointF(std::clamp(x - w / 2, 0.0, this->width() - w), bottom + smallMetrics.ascent() + 4),
                         label);
    }

    const int behind = m_other >= 0 ? m_other : m_reference + 1;
    for (int b = 0; b < bins; ++b) {
        const double x0 = scale.toPixel(from + b * width);
        const double x1 = scale.toPixel(from + (b + 1) * width);
        const double h = (bottom - top) * m_histogram.counts[static_cast<size_t>(b)] / peak;
        const bool leads = from + (b + 0.5) * width >= 0;
        fillModelRect(painter, QRectF(x0 + 0.5, bottom - h, std::max(1.0, x1 - x0 - 1), h), leads ? m_reference : behind,
                      pal);
    }
    painter.setPen(QPen(muted, 1));
    painter.drawLine(QPointF(8, bottom), QPointF(this->width() - 8.0, bottom));

    // The tie, and the middle 90 % of the margins as a bracket above the bars.
    const double zero = scale.toPixel(0);
    painter.setPen(QPen(text, 1, Qt::DashLine));
    painter.drawLine(QPointF(zero, top), QPointF(zero, bottom));
    painter.setPen(QPen(text, 1.2));
    const double p5 = scale.toPixel(m_p5);
    const double p95 = scale.toPixel(m_p95);
    const double y = top - 3;
    painter.drawLine(QPointF(p5, y), QPointF(p95, y));
    painter.drawLine(QPointF(p5, y - 3), QPointF(p5, y + 3));
    painter.drawLine(QPointF(p95, y - 3), QPointF(p95, y + 3));
    const QString caption =
        tr("90% of variations: %1 to %2").arg(QLocale().toString(m_p5, 'f', 1), QLocale().toString(m_p95, 'f', 1));
    const double w = smallMetrics.horizontalAdvance(caption);
    const double captionX = std::clamp((p5 + p95) / 2 - w / 2, 2.0, this->width() - w - 2);
    painter.drawText(QPointF(captionX, y - 5), caption);
}

} // namespace splitbench::gui
