// The tornado chart of the sensitivity analysis, written once for the workbench and the report: how far each
// trait, moved from 0 to 100, shifts the recommended model's lead over the best of the other models.
#pragma once

#include "chart_canvas.h"
#include "report_flow.h"
#include "sensitivity.h"

#include <QStringList>

#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// A margin with its sign and one decimal, in the reader's number format: "+3.2", "-1.5", "0.0".
QString signedPoints(double value);

/// What a tornado chart shows.
struct TornadoData {
    std::vector<TornadoBar> bars; ///< One row each, top to bottom.
    QStringList traitNames;       ///< By trait index (catalogue order).
    double margin = 0;            ///< The current lead of `first` over the best other model (`second`).
    double window = 10;           ///< The ± range of the solid bars.
    int first = 0;                ///< The recommended model.
    int second = 1;               ///< The best other model at the profile's values (named when no bar shows another).
    QStringList modelNames;       ///< By model index.
};

/**
 * One row per bar: the trait's name (wrapped), a pale bar over the margin with the trait at 0 and at 100, a
 * solid bar over the ± window around the current value, each part in the colour of the model that leads there
 * (right of zero the recommendation; left of it the model that overtakes it at that end of the bar), small "0"
 * and "100" at the ends of bars wide enough to tell them apart, and the two margins in columns on the right. Above: a legend that wraps
 * onto as many lines as it needs; below: the tick labels and the axis title. Given more height than it needs,
 * the rows share it.
 */
class TornadoPlot final {
public:
    TornadoPlot(TornadoData data, ChartStyle style, double width, QPaintDevice *device = nullptr);

    /// The height everything needs at the width given.
    [[nodiscard]] double naturalHeight() const { return m_naturalHeight; }
    /// The drawing inside `rect` (its width as given to the constructor), in device pixels.
    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;

    [[nodiscard]] const TornadoData &data() const { return m_data; }

private:
    struct LegendEntry {
        enum class Swatch { Model, Pale, Solid, Now, Tie };
        Swatch swatch;
        QString text;
        int model = -1; ///< For Swatch::Model.
        double x = 0;
        int line = 0;
        double textWidth = 0;
    };

    TornadoData m_data;
    ChartStyle m_style;
    double m_width;
    double m_nameWidth = 0;
    double m_endMark = 0;
    double m_valueWidth = 0;
    double m_plotLeft = 0;
    double m_plotRight = 0;
    double m_smallLine = 0;
    double m_legendLine = 0;
    double m_legendTextHeight = 0;
    std::vector<double> m_tickLabelWidths; ///< Measured on the device, in the order of the scale's ticks.
    int m_legendLines = 0;
    std::vector<LegendEntry> m_legend;
    std::vector<TextLines> m_names; ///< Each trait's name broken into lines.
    std::vector<double> m_rowHeights;
    double m_rowsHeight = 0;
    TextLines m_axisTitle;
    double m_naturalHeight = 0;
    double m_low = 0;
    double m_high = 0;
};

} // namespace splitbench::report
