// The widget showing the radar chart: selects a dimension by click or arrow keys and explains on hover.
#pragma once

#include <QChartView>

namespace splitbench::gui {

class RadarChart;
class ProfileDocument;

class RadarView final : public QChartView {
    Q_OBJECT
public:
    explicit RadarView(ProfileDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] RadarChart *radarChart() const { return m_chart; }

signals:
    /// The user moved to a dimension with the arrow keys: highlight it, stay on the chart.
    void dimensionSelected(int dimension);
    /// The user clicked near a dimension's axis or label, or pressed Enter: show the dimension in detail.
    void dimensionActivated(int dimension);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] int dimensionAt(const QPoint &viewportPosition) const;
    [[nodiscard]] QString describe(int dimension) const;

    ProfileDocument *m_document;
    RadarChart *m_chart;
    int m_hovered = -1;
};

} // namespace splitbench::gui
