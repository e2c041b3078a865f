// Histogram of the Monte Carlo margins of the recommended model, coloured by which side of a tie each bin is.
#pragma once

#include "chart_canvas.h"
#include "sensitivity.h"

#include <QWidget>

namespace splitbench::gui {

/// A thin widget over report::HistogramPlot in the theme's colours and the widget's font.
class MarginHistogramChart final : public QWidget {
    Q_OBJECT
public:
    explicit MarginHistogramChart(QWidget *parent = nullptr);

    /// `reference` is the model whose lead the margins measure; `otherColorModel` colours bins where it trails.
    void setData(const MonteCarloResult &result, int otherColorModel, QString referenceName);
    [[nodiscard]] const MarginHistogram &histogram() const { return m_result.histogram; }
    /// The chart as laid out at the widget's size (what paintEvent() draws).
    [[nodiscard]] std::vector<report::ReportItem> items() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MonteCarloResult m_result;
    int m_other = -1;
};

} // namespace splitbench::gui
