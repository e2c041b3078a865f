// The radar (spider) chart of fit: one axis per dimension, one filled outline per model. Reusable for exports.
#pragma once

#include "fit_engine.h"

#include <QPolarChart>

#include <vector>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace splitbench::gui {

/**
 * A QPolarChart that draws its own web, labels, legend and model polygons. Qt's polar axes hide labels that
 * would touch (and 20 do) and put the legend where the bottom labels are; Qt's polar series clip themselves
 * to the plot circle on every paint, which made a slider drag repaint slowly, although fits (0 to 100) never
 * leave it. The radius is the largest at which every label fits; the polygons are path items updated in
 * place, and everything that stays put during a drag is cached as a pixmap. Usable without the workbench
 * window, e.g. rendered into a PDF through a QGraphicsScene.
 */
class RadarChart final : public QPolarChart {
    Q_OBJECT
public:
    explicit RadarChart(QGraphicsItem *parent = nullptr);
    ~RadarChart() override;

    /// (Re)builds axes, labels, rings, legend and one area plus outline per model. Call when models change.
    void setCatalogue(const Catalogue &catalogue);
    /// Moves every model's polygon to `result` in place; `result` must come from the same catalogue.
    void setResult(const FitResult &result);

    void setModelVisible(int model, bool visible);
    [[nodiscard]] bool isModelVisible(int model) const;
    /// Highlights one dimension's spoke and label; -1 for none.
    void setSelectedDimension(int dimension);
    [[nodiscard]] int selectedDimension() const { return m_selected; }
    /// Colours for the given palette (light or dark); models keep their order-based colours.
    void applyPalette(const QPalette &palette);
    /// Font of the axis labels and the legend; the layout follows it.
    void setLabelFont(const QFont &font);

    [[nodiscard]] int dimensionCount() const { return static_cast<int>(m_labels.size()); }
    [[nodiscard]] int modelCount() const { return static_cast<int>(m_models.size()); }
    /// The dimension whose label contains `position` or whose spoke passes near it (chart item
    /// coordinates); -1 when no axis is near.
    [[nodiscard]] int dimensionAt(const QPointF &position) const;
    /// The point at `value` (0..100) on a dimension's spoke, in chart item coordinates.
    [[nodiscard]] QPointF axisPoint(int dimension, double value = 100.0) const;
    /// The bounding box of a dimension's label in chart item coordinates.
    [[nodiscard]] QRectF labelRect(int dimension) const;
    [[nodiscard]] QString labelText(int dimension) const;
    /// Bounding boxes of the visible legend entries, in chart item coordinates.
    [[nodiscard]] QList<QRectF> legendRects() const;
    /// Polygon points of a model as (angle, fit): dimension k at angle k·360/N, first point repeated at 360.
    [[nodiscard]] QList<QPointF> modelPoints(int model) const;
    /// The model's filled area and its outline, in chart item coordinates.
    [[nodiscard]] QGraphicsPathItem *areaItem(int model) const;
    [[nodiscard]] QGraphicsPathItem *outlineItem(int model) const;
    /// Texts of the ring labels (0 to 100), for tests.
    [[nodiscard]] QStringList ringLabelTexts() const;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    struct LegendEntry {
        QGraphicsPathItem *sample = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
    };
    struct ModelShape {
        QGraphicsPathItem *area = nullptr;
        QGraphicsPathItem *outline = nullptr;
        QList<QPointF> points; ///< (angle, fit) per dimension, closed
    };

    void clearContents();
    void updateLayout();
    void layoutLegend();
    void layoutLabels();
    void layoutGrid();
    void layoutModel(const ModelShape &shape) const;
    void separateLabels();
    [[nodiscard]] double legendHeight() const;
    [[nodiscard]] double angleOf(int dimension) const;
    [[nodiscard]] static double angleOf(int dimension, int count);
    [[nodiscard]] static QString axisLabel(const QString &shortName, double angle);
    [[nodiscard]] QPointF centre() const;
    [[nodiscard]] double radius() const;

    QGraphicsPathItem *m_grid = nullptr;
    QGraphicsLineItem *m_selectionSpoke = nullptr;
    std::vector<ModelShape> m_models;
    std::vector<QGraphicsSimpleTextItem *> m_ringLabels;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
    std::vector<LegendEntry> m_legend;
    QGraphicsPathItem *m_selectionBackground = nullptr;
    QFont m_labelFont;
    QPalette m_palette;
    int m_selected = -1;
};

} // namespace splitbench::gui
