#include "histogram_plot.h"

#include "chart_scale.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::HistogramPlot", text);
}
} // namespace

HistogramPlot::HistogramPlot(const MonteCarloResult &result, int otherModel, ChartStyle style, QPaintDevice *device)
    : m_histogram(result.histogram), m_p5(result.marginP5), m_p95(result.marginP95), m_reference(result.reference),
      m_behind(otherModel >= 0 ? otherModel : result.reference + 1), m_style(std::move(style)), m_device(device)
{}

double HistogramPlot::minimumHeight() const
{
    const QFontMetricsF small(m_style.smallFont, m_device);
    return 2 * (small.height() + m_style.mm(2.1)) + m_style.mm(10);
}

std::vector<ReportItem> HistogramPlot::items(const QRectF &rect) const
{
    ChartCanvas canvas(m_style);
    if (m_histogram.counts.empty() || m_reference < 0)
        return {};
    const ChartStyle &s = m_style;
    const auto px = [&s](double screenPixels) { return s.mm(screenPixels * 25.4 / 96.0); }; // lengths at 96 dpi
    const QFontMetricsF small(s.smallFont, m_device);

    const int bins = static_cast<int>(m_histogram.counts.size());
    const double binWidth = m_histogram.binWidth > 0 ? m_histogram.binWidth : 1.0;
    const double from = m_histogram.from;
    const double to = from + binWidth * bins;
    const double left = rect.left() + px(8);
    const double right = rect.right() - px(8);
    const double top = rect.top() + small.height() + px(8); // room for the percentile caption
    const double bottom = rect.bottom() - small.height() - px(8);
    const ChartScale scale(std::min(from, 0.0), std::max(to, 0.0), left, right,
                           std::max(2, static_cast<int>(rect.width() / px(70))));
    const int peak = std::max(1, *std::max_element(m_histogram.counts.begin(), m_histogram.counts.end()));

    for (double tick : scale.ticks()) {
        const double x = scale.toPixel(tick);
        canvas.addLine({x, top}, {x, bottom}, s.rule, px(1));
        const QString label = scale.tickLabel(tick, true, s.locale);
        const double w = small.horizontalAdvance(label) + 1;
        canvas.addText(QRectF(std::clamp(x - w / 2, rect.left(), rect.right() - w), bottom + px(4), w, small.height()),
                       label, s.smallFont, s.muted);
    }
    for (int b = 0; b < bins; ++b) {
        const double x0 = scale.toPixel(from + b * binWidth);
        const double x1 = scale.toPixel(from + (b + 1) * binWidth);
        const double h = (bottom - top) * m_histogram.counts[static_cast<size_t>(b)] / peak;
        if (h <= 0)
            continue;
        const bool leads = from + (b + 0.5) * binWidth >= 0;
        canvas.addModelBox(QRectF(x0 + px(0.5), bottom - h, std::max(px(1), x1 - x0 - px(1)), h),
                           leads ? m_reference : m_behind);
    }
    canvas.addLine({left, bottom}, {right, bottom}, s.muted, px(1));

    // The tie, and the middle 90 % of the margins as a bracket above the bars.
    const double zero = scale.toPixel(0);
    canvas.addLine({zero, top}, {zero, bottom}, s.text, px(1), Qt::DashLine);
    const double p5 = scale.toPixel(m_p5);
    const double p95 = scale.toPixel(m_p95);
    const double y = top - px(3);
    canvas.addLine({p5, y}, {p95, y}, s.text, px(1.2));
    canvas.addLine({p5, y - px(3)}, {p5, y + px(3)}, s.text, px(1.2));
    canvas.addLine({p95, y - px(3)}, {p95, y + px(3)}, s.text, px(1.2));
    const QString caption =
        tr("90% of variations: %1 to %2").arg(s.locale.toString(m_p5, 'f', 1), s.locale.toString(m_p95, 'f', 1));
    const double w = small.horizontalAdvance(caption) + 1;
    const double captionX = std::clamp((p5 + p95) / 2 - w / 2, rect.left() + px(2), rect.right() - w - px(2));
    canvas.addText(QRectF(captionX, y - px(5) - small.height(), w, small.height()), caption, s.smallFont, s.text);
    return canvas.takeItems();
}

void HistogramPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

} // namespace splitbench::report
