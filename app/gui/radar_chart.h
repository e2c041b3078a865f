// The workbench's radar chart of fit: a thin widget over report::RadarPlot, the one radar implementation.
#pragma once

#include "fit_engine.h"
#include "radar_plot.h"

#include <QBrush>
#include <QPixmap>
#include <QWidget>

namespace splitbench::gui {

/**
 * Paints report::RadarPlot (geometry and drawing shared with the report and the exports) in the theme's
 * colours and the widget's font, and answers hit tests from the same geometry. What stays put during a slider
 * drag (web, ring values, labels, legend) is kept as a pixmap; a step repaints only the model polygons over it.
 * No Qt Charts: its polar series clipped themselves to the plot circle on every paint, which made a drag slow
 * (docs/performance.md), and its polar axes hide labels that would touch.
 */
class RadarChart : public QWidget {
    Q_OBJECT
public:
    explicit RadarChart(QWidget *parent = nullptr);
    ~RadarChart() override;

    /// Takes the dimensions and models (names for the legend). Call when models change.
    void setCatalogue(const Catalogue &catalogue);
    /// Moves every model's polygon to `result`; `result` must come from the same catalogue.
    void setResult(const FitResult &result);

    void setModelVisible(int model, bool visible);
    [[nodiscard]] bool isModelVisible(int model) const;
    /// Today's split as its own series (report::RadarPlot::setToday): `fits` per dimension, empty for none.
    void setToday(const std::vector<double> &fits, const QString &legendText);
    void setTodayVisible(bool visible);
    [[nodiscard]] bool isTodayShown() const { return m_plot.isTodayShown(); }
    /// Highlights one dimension's spoke and label; -1 for none.
    void setSelectedDimension(int dimension);
    [[nodiscard]] int selectedDimension() const { return m_plot.selectedDimension(); }
    /// Colours for the given palette (light or dark); models keep their order-based colours.
    void applyPalette(const QPalette &palette);
    /// Font of the axis labels and the legend; the layout follows it.
    void setLabelFont(const QFont &font);

    [[nodiscard]] const report::RadarPlot &plot() const { return m_plot; }
    [[nodiscard]] int dimensionCount() const { return m_plot.dimensionCount(); }
    [[nodiscard]] int modelCount() const { return m_plot.modelCount(); }
    /// The chart's background (the theme's Base colour).
    [[nodiscard]] QBrush backgroundBrush() const { return m_plot.style().background; }
    /// The dimension whose label contains `position` or whose spoke passes near it (widget coordinates);
    /// -1 when no axis is near.
    [[nodiscard]] int dimensionAt(const QPointF &position) const { return m_plot.dimensionAt(position); }
    /// The point at `value` (0..100) on a dimension's spoke, in widget coordinates.
    [[nodiscard]] QPointF axisPoint(int dimension, double value = 100.0) const;
    /// The bounding box of a dimension's label in widget coordinates.
    [[nodiscard]] QRectF labelRect(int dimension) const { return m_plot.labelRect(dimension); }
    [[nodiscard]] QString labelText(int dimension) const { return m_plot.labelText(dimension); }
    /// Bounding boxes of the visible legend entries, in widget coordinates.
    [[nodiscard]] QList<QRectF> legendRects() const;
    /// Polygon points of a model as (angle, fit): dimension k at angle k·360/N, first point repeated at 360.
    [[nodiscard]] QList<QPointF> modelPoints(int model) const;
    /// Draws one more outline over the models: `fits` (per dimension, 0..100) of model `model` as someone else
    /// sees it (a workshop participant), dashed in the text colour with hollow markers, named by `caption` in
    /// the top left corner. An empty `fits` removes it.
    void setOverlay(const std::vector<double> &fits, int model, const QString &caption);
    [[nodiscard]] bool hasOverlay() const { return !m_overlayFits.empty(); }
    [[nodiscard]] QString overlayCaption() const { return m_overlayCaption; }
    /// Where the caption is drawn (widget coordinates); empty without an overlay.
    [[nodiscard]] QRectF overlayCaptionRect() const;
    /// Texts of the ring labels (0 to 100), for tests.
    [[nodiscard]] QStringList ringLabelTexts() const;


protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    [[nodiscard]] QRect modelsBounds() const;

    report::RadarPlot m_plot;
    QPalette m_palette;
    QFont m_labelFont;
    std::vector<double> m_overlayFits;
    int m_overlayModel = -1;
    QString m_overlayCaption;
    QPixmap m_still; ///< Background, web, ring values, labels and legend; empty when it must be painted again.
};

} // namespace splitbench::gui
