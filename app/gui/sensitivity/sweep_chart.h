// Line chart of one trait swept 0..100: every model's overall fit, the current value and the flip points.
#pragma once

#include "sensitivity.h"

#include <QChart>

#include <vector>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace splitbench::gui {

class SweepChart final : public QChart {
    Q_OBJECT
public:
    explicit SweepChart(QGraphicsItem *parent = nullptr);

    /// Rebuilds the per-model series; call when the models change.
    void setModels(const QStringList &names);
    /// Moves the curves, the current-value line and the flip markers to `sweep` (series updated in place).
    void setSweep(const TraitSweep &sweep, const QString &traitName, const QStringList &modelNames);
    void applyPalette(const QPalette &palette);

    [[nodiscard]] QLineSeries *modelSeries(int model) const { return m_models.at(static_cast<size_t>(model)); }
    [[nodiscard]] QLineSeries *currentLine() const { return m_current; }
    [[nodiscard]] QScatterSeries *flipSeries() const { return m_flips; }
    /// Texts of the flip labels, left to right.
    [[nodiscard]] QStringList flipLabels() const;
    /// Where the "now" label and the flip labels are, in chart coordinates ("now" first).
    [[nodiscard]] std::vector<QRectF> labelRects() const;

private:
    void layoutLabels();

    QValueAxis *m_x;
    QValueAxis *m_y;
    std::vector<QLineSeries *> m_models;
    QLineSeries *m_current;
    QScatterSeries *m_flips;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    std::vector<QGraphicsRectItem *> m_labelBoxes; ///< Backgrounds of m_labels, in a band above the plot.
    std::vector<QGraphicsLineItem *> m_guides;     ///< From each label down to its marker (children of the boxes).
    QGraphicsSimpleTextItem *m_currentLabel;
    QGraphicsSimpleTextItem *m_yTitle; ///< "Overall fit", level above the axis: a vertical title would be elided.
    QPalette m_palette;
};

} // namespace splitbench::gui
