// One horizontal bar per model: the share of Monte Carlo variations in which that model is recommended.
#pragma once

#include "bar_list_plot.h"

#include <QWidget>

#include <vector>

namespace splitbench::gui {

/// A thin widget over report::BarListPlot, the bar list the report prints its win probabilities with.
class WinProbabilityChart final : public QWidget {
    Q_OBJECT
public:
    explicit WinProbabilityChart(QWidget *parent = nullptr);

    /// Probabilities 0..1 per model, in catalogue order; `reference`'s bar is in bold (the recommendation).
    void setData(std::vector<double> probabilities, QStringList modelNames, int reference = -1);
    [[nodiscard]] const std::vector<double> &probabilities() const { return m_probabilities; }
    /// The percentage as shown next to a model's bar, e.g. "87.3%".
    [[nodiscard]] QString labelText(int model) const;
    /// The rows as the bar list draws them (the report builds the same from its content).
    [[nodiscard]] std::vector<report::BarRow> rows() const;
    /// The chart as laid out at the widget's size (what paintEvent() draws).
    [[nodiscard]] std::vector<report::ReportItem> items() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] report::BarListPlot plot() const;

    std::vector<double> m_probabilities;
    QStringList m_names;
    int m_reference = -1;
};

} // namespace splitbench::gui
