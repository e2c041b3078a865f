// Tornado chart: how far each trait, moved from 0 to 100, shifts the recommendation's lead over the best other model.
#pragma once

#include "sensitivity.h"
#include "tornado_plot.h"

#include <QWidget>

#include <optional>

namespace splitbench::gui {

/**
 * A thin widget over report::TornadoPlot, the chart the report prints too, in the theme's colours and the
 * widget's font; the rows share the widget's height.
 */
class TornadoChart final : public QWidget {
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);

    /// `traitNames` in catalogue order, `modelNames` by model index; `margin` is the current lead of `first` over the
    /// best other model, `second`.
    void setData(std::vector<TornadoBar> bars, QStringList traitNames, double margin, double window, int first,
                 int second, QStringList modelNames);
    [[nodiscard]] const std::vector<TornadoBar> &bars() const { return m_data.bars; }
    /// The chart as laid out at the widget's size (what paintEvent() draws).
    [[nodiscard]] std::vector<report::ReportItem> items() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const report::TornadoPlot &plot() const;

    report::TornadoData m_data;
    mutable std::optional<report::TornadoPlot> m_plot; ///< Laid out for the current width, style and data.
};

} // namespace splitbench::gui
