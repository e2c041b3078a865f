// Histogram of the Monte Carlo margins of the recommended model, coloured by which side of a tie each bin is.
#pragma once

#include "sensitivity.h"

#include <QWidget>

namespace splitbench::gui {

class MarginHistogramChart final : public QWidget {
    Q_OBJECT
public:
    explicit MarginHistogramChart(QWidget *parent = nullptr);

    /// `reference` is the model whose lead the margins measure; `otherColorModel` colours bins where it trails.
    void setData(const MonteCarloResult &result, int otherColorModel, QString referenceName);
    [[nodiscard]] const MarginHistogram &histogram() const { return m_histogram; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MarginHistogram m_histogram;
    double m_p5 = 0;
    double m_p50 = 0;
    double m_p95 = 0;
    int m_reference = -1;
    int m_other = -1;
    QString m_referenceName;
};

} // namespace splitbench::gui
