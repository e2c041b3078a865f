// The widget showing the radar chart: selects a dimension by click or arrow keys and explains on hover.
#pragma once

#include "radar_chart.h"

namespace splitbench::gui {

class ProfileDocument;

/// The radar chart with the document's explanations: hover tooltips, clicks and keys on its axes.
class RadarView final : public RadarChart {
    Q_OBJECT
public:
    explicit RadarView(ProfileDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] RadarChart *radarChart() { return this; }
    [[nodiscard]] ProfileDocument *document() const { return m_document; }

signals:
    /// The user moved to a dimension with the arrow keys: highlight it, stay on the chart.
    void dimensionSelected(int dimension);
    /// The user clicked near a dimension's axis or label, or pressed Enter: show the dimension in detail.
    void dimensionActivated(int dimension);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] QString describe(int dimension) const;

    ProfileDocument *m_document;
    int m_hovered = -1;
};

} // namespace splitbench::gui
