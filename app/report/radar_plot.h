// The radar (spider) chart of fit, written once: its geometry and its painting on any QPainter, for the
// workbench's radar widget, the report's page and the PNG/SVG exports.
#pragma once

#include "model_palette.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

class QPainter;
class QPaintDevice;

namespace splitbench {
struct FitResult;
}

namespace splitbench::report {

struct ReportContent;

/// How the radar looks on one medium: fonts, colours and lengths in the device's pixels. The geometry is the
/// same on every medium; only these differ (the workbench's theme and widget font, the report's paper).
struct RadarStyle {
    QFont labelFont;
    QFont ringFont;   ///< The ring values 0 to 100.
    QFont legendFont;
    PaletteTone tone = PaletteTone::Light; ///< Which model colours (model_palette.h).
    QColor background;                     ///< Filled behind the chart; invalid for none.
    QColor text{Qt::black};
    QColor ringText{Qt::gray};
    QColor grid{Qt::lightGray};
    QColor highlight{Qt::blue}; ///< The selected dimension's spoke and label background.
    QColor today{todayColor(PaletteTone::Light)}; ///< Today's split's outline (setToday()).
    double fillAlpha = 0.18;    ///< Of each model's area.
    double outlineWidth = 2;
    Qt::PenCapStyle outlineCap = Qt::RoundCap;
    double gridWidth = 1;
    double vertexRadius = 0;    ///< A dot on each corner of a model's polygon; 0 for none.
    double labelGap = 7;        ///< Between the 100 ring and a dimension's label.
    double labelSpacing = 3;    ///< The least space between two labels.
    double padding = 4;         ///< Kept free at the area's edges.
    double legendGap = 8;       ///< Between the lowest label and the legend.
    double legendSwatch = 26;   ///< Width of a legend entry's sample: the model's line (and fill).
    double legendSwatchHeight = 0; ///< Height of the sample's fill; 0 for the line alone.
    double legendSwatchAlpha = 0.24;
    double legendLineWidth = 2;
    double legendTextGap = 6;   ///< Between a sample and its text.
    double legendSpacing = 18;  ///< Between two legend entries in a row.
    bool reserveBold = false;   ///< Leave room for every label in bold (the workbench bolds the selected one).

    /// The report's look on a device of `dpi` (millimetres and points converted to its pixels).
    static RadarStyle paper(double dpi, int dimensionCount, int modelCount);
};

/**
 * One polygon per model over one spoke per dimension (clockwise from the top, 0 at the centre, 100 on the
 * outer ring), the dimensions' labels beside the spokes' ends and a legend that wraps into centred rows under
 * the lowest label. layout() finds the largest radius at which every label fits in the area (each label's
 * reach is linear in the radius, so it is solved directly), then pushes neighbouring labels that would touch
 * apart as long as they stay inside. Everything is in the paint device's pixels.
 */
class RadarPlot final {
public:
    /// LegendEntry::model of today's split's entry.
    static constexpr int kTodayEntry = -2;
    struct LegendEntry {
        int model = -1; ///< The model, or kTodayEntry.
        QRectF sample;
        QRectF text;
        [[nodiscard]] QRectF rect() const { return sample | text; }
    };

    explicit RadarPlot(RadarStyle style = {});

    /// The dimensions' names (short names), clockwise from the top.
    void setDimensions(const QStringList &names);
    /// One legend text per model (the model's name, or with its overall fit).
    void setModels(const QStringList &legendTexts);
    /// Every model's fit per dimension; the polygons follow without a new layout.
    void setFits(const FitResult &result);
    void setStyle(const RadarStyle &style);
    void setModelVisible(int model, bool visible);
    /// Today's split (issue 19) as one more series, unlike the models: a dashed outline in todayColor(), no
    /// fill, hollow corners, and the last legend entry `legendText`. `fits` per dimension (0..100); empty removes
    /// it. A change of presence or legend needs a new layout(); new fits alone do not.
    void setToday(const std::vector<double> &fits, const QString &legendText);
    void setTodayVisible(bool visible);
    /// True when today's split is set and visible.
    [[nodiscard]] bool isTodayShown() const { return m_todayVisible && !m_todayFits.empty(); }
    [[nodiscard]] QString todayLegendText() const { return m_todayLegend; }
    /// Today's polygon, one corner per dimension (empty without today's split).
    [[nodiscard]] QPolygonF todayPolygon() const { return m_todayPolygon; }
    [[nodiscard]] QPen todayPen() const;
    /// The dimension shown in bold with a highlighted label and spoke; -1 for none.
    void setSelectedDimension(int dimension);
    /// Places everything inside `area` with fonts measured on `device` (the screen when null).
    void layout(const QRectF &area, const QPaintDevice *device = nullptr);

    [[nodiscard]] const RadarStyle &style() const { return m_style; }
    [[nodiscard]] int dimensionCount() const { return static_cast<int>(m_names.size()); }
    [[nodiscard]] int modelCount() const { return static_cast<int>(m_legendTexts.size()); }
    [[nodiscard]] bool isModelVisible(int model) const;
    [[nodiscard]] int selectedDimension() const { return m_selected; }
    [[nodiscard]] QRectF area() const { return m_area; }
    [[nodiscard]] QPointF centre() const { return m_centre; }
    [[nodiscard]] double radius() const { return m_radius; }
    /// Angle of a dimension's spoke in degrees, clockwise from the top.
    [[nodiscard]] double angleOf(int dimension) const;
    /// The point at `value` (0..100) on a dimension's spoke.
    [[nodiscard]] QPointF axisPoint(int dimension, double value = 100.0) const;
    [[nodiscard]] QRectF labelRect(int dimension) const;
    /// The label as drawn: names beside the left and right spokes break at their first space.
    [[nodiscard]] QString labelText(int dimension) const;
    /// The visible models' legend entries, in model order.
    [[nodiscard]] const std::vector<LegendEntry> &legend() const { return m_legend; }
    /// Everything the legend covers (empty when no model is visible).
    [[nodiscard]] QRectF legendRect() const;
    /// The fit the model's polygon shows on a dimension (0 before setFits()).
    [[nodiscard]] double fit(int model, int dimension) const;
    /// The model's polygon, one corner per dimension (empty before setFits()).
    [[nodiscard]] QPolygonF polygon(int model) const;
    /// Where the ring value `ring` (0 to 5 for 0 to 100) is drawn, and its text.
    [[nodiscard]] QRectF ringLabelRect(int ring) const;
    [[nodiscard]] static QString ringLabelText(int ring);
    [[nodiscard]] static int ringCount() { return 6; }
    /// The dimension whose label contains `position` or whose spoke passes near it; -1 when none is near.
    [[nodiscard]] int dimensionAt(const QPointF &position) const;

    [[nodiscard]] QColor modelColor(int model) const;
    [[nodiscard]] QPen outlinePen(int model) const;
    [[nodiscard]] QColor fillColor(int model) const;

    /// The whole chart: background, web and ring values, models, selection, labels, legend.
    void paint(QPainter &painter) const;
    /// The parts, for a widget that keeps what stays put during a drag as a pixmap.
    void paintBackground(QPainter &painter) const; ///< Background, web, ring values.
    void paintModels(QPainter &painter) const;     ///< All fills, then all outlines, then today's outline.
    void paintSelection(QPainter &painter) const;  ///< The selected dimension's spoke.
    void paintLabels(QPainter &painter) const;     ///< Dimension labels with the selected one's background.
    void paintLegend(QPainter &painter) const;

private:
    [[nodiscard]] QFont labelFont(int dimension) const;
    [[nodiscard]] Qt::Alignment labelAlignment(int dimension) const;
    bool separateLabels(const QRectF &bounds);
    void updatePolygons();
    [[nodiscard]] QString legendTextOf(int entry) const;

    RadarStyle m_style;
    QStringList m_names;
    QStringList m_labelTexts;
    QStringList m_legendTexts;
    std::vector<bool> m_visible;
    std::vector<std::vector<double>> m_fits; ///< [model][dimension]
    std::vector<QPolygonF> m_polygons;
    std::vector<double> m_todayFits;
    QString m_todayLegend;
    QPolygonF m_todayPolygon;
    bool m_todayVisible = true;
    int m_selected = -1;
    QRectF m_area;
    QPointF m_centre;
    double m_radius = 0;
    std::vector<QRectF> m_labelRects;
    std::vector<QRectF> m_ringRects;
    std::vector<LegendEntry> m_legend;
};

/// The radar as the report prints it (and the PNG/SVG exports): paper style at the device's resolution, each
/// model's legend entry with its overall fit. Laid out in `area` on `painter`'s device and painted.
void paintReportRadar(QPainter &painter, const ReportContent &content, const QRectF &area);
/// The report's radar laid out in `area` on `device`, without painting (for tests and measurements).
RadarPlot reportRadar(const ReportContent &content, const QPaintDevice *device, const QRectF &area);
/// The size a stand-alone radar (PNG, SVG) is drawn at.
inline QSizeF reportRadarNaturalSizeMm()
{
    return {180.0, 165.0};
}

} // namespace splitbench::report
