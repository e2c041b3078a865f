// The histogram of the Monte Carlo margins of the recommended model, written once (workbench and report code):
// each bin in the colour of the model that leads there, the tie, and the middle 90 % as a bracket.
#pragma once

#include "chart_canvas.h"
#include "sensitivity.h"

#include <vector>

class QPaintDevice;

namespace splitbench::report {

class HistogramPlot final {
public:
    /// `result.reference` is the model whose lead the margins measure; `otherModel` colours the bins where it
    /// trails (-1: the model after it).
    HistogramPlot(const MonteCarloResult &result, int otherModel, ChartStyle style, QPaintDevice *device = nullptr);

    /// The drawing inside `rect`, in device pixels; nothing when there are no margins.
    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    /// The height the chart needs at least: the caption, the bars, the tick labels.
    [[nodiscard]] double minimumHeight() const;

private:
    MarginHistogram m_histogram;
    double m_p5 = 0;
    double m_p95 = 0;
    int m_reference = -1;
    int m_behind = -1;
    ChartStyle m_style;
    QPaintDevice *m_device;
};

} // namespace splitbench::report
