// The Cost tab's two charts: each model's cost by component, and value for money (fit against total cost).
#pragma once

#include "cost_plots.h"

#include <QWidget>

#include <vector>

namespace splitbench::gui {

/// What both cost charts share: the data, the drawing laid out once per size and data (a slider step sets new
/// data and paints once), the tooltips read from the same geometry, height for width from the plot.
class CostChartWidget : public QWidget {
    Q_OBJECT
public:
    void setData(const report::CostChartData &data);
    [[nodiscard]] const report::CostChartData &data() const { return m_data; }
    /// The chart as laid out at the widget's size (what paintEvent() draws).
    [[nodiscard]] const std::vector<report::ReportItem> &items() const;
    /// The regions a tooltip names (bar segments, totals, points) at the widget's size.
    [[nodiscard]] const std::vector<report::CostChartHit> &hits() const;
    /// The tooltip text at `position`, empty where there is none.
    [[nodiscard]] QString toolTipAt(QPointF position) const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    explicit CostChartWidget(QWidget *parent);
    virtual std::vector<report::ReportItem> layoutItems(const QRectF &rect) const = 0;
    virtual std::vector<report::CostChartHit> layoutHits(const QRectF &rect) const = 0;
    virtual double plotMinimumHeight() const = 0;
    virtual QString describe() const = 0;

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

    report::CostChartData m_data;

private:
    void invalidate();

    mutable QSize m_itemsSize;
    mutable QSize m_hitsSize;
    mutable std::vector<report::ReportItem> m_items;
    mutable std::vector<report::CostChartHit> m_hits;
};

/// A thin widget over report::CostComponentsPlot: one stacked bar per model.
class CostComponentsChart final : public CostChartWidget {
    Q_OBJECT
public:
    explicit CostComponentsChart(QWidget *parent = nullptr);

    [[nodiscard]] report::CostComponentsPlot plot() const;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    std::vector<report::ReportItem> layoutItems(const QRectF &rect) const override;
    std::vector<report::CostChartHit> layoutHits(const QRectF &rect) const override;
    double plotMinimumHeight() const override;
    QString describe() const override;
};

/// A thin widget over report::ValueForMoneyPlot: overall fit against total cost, the best-value models marked.
class ValueForMoneyChart final : public CostChartWidget {
    Q_OBJECT
public:
    explicit ValueForMoneyChart(QWidget *parent = nullptr);

    [[nodiscard]] report::ValueForMoneyPlot plot() const;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    std::vector<report::ReportItem> layoutItems(const QRectF &rect) const override;
    std::vector<report::CostChartHit> layoutHits(const QRectF &rect) const override;
    double plotMinimumHeight() const override;
    QString describe() const override;
};

} // namespace splitbench::gui
