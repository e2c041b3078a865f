// Bars under each other (a name, a bar on a 0..100 track, its value), written once: the report's bar lists
// (overall fit, win probability) and the workbench's win-probability chart.
#pragma once

#include "chart_canvas.h"
#include "report_flow.h"

#include <QStringList>

#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// One row of a bar list: a name, a bar on a 0..100 track and the bar's value as text.
struct BarRow {
    QString name;
    double value = 0; ///< 0..100
    QString label;
    QColor color;      ///< The bar's colour when it shows no model.
    bool bold = false; ///< Name and label in bold (e.g. the recommended model).
    int model = -1;    ///< The model the bar shows (its colour and hatching); -1 for none.
};

/**
 * Names on the left (wrapped when long), the track across the rest of the width, the label right of it.
 * `widestLabel` sizes the label column, so bar lists in one report line up. Given more height than it needs,
 * the rows share it.
 */
class BarListPlot final {
public:
    BarListPlot(std::vector<BarRow> rows, ChartStyle style, double width, const QString &widestLabel,
                QPaintDevice *device = nullptr);

    [[nodiscard]] double naturalHeight() const { return m_naturalHeight; }
    /// The drawing inside `rect` (its width as given to the constructor), in device pixels.
    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    [[nodiscard]] const std::vector<BarRow> &rows() const { return m_rows; }

private:
    std::vector<BarRow> m_rows;
    ChartStyle m_style;
    QFont m_boldFont;
    double m_nameWidth = 0;
    double m_valueWidth = 0;
    std::vector<TextLines> m_names;
    std::vector<double> m_heights;
    double m_naturalHeight = 0;
};

/// The win probabilities as a bar list (report and Sensitivity tab): every model's share of the variations as a
/// bar and a percentage, `reference` (the recommendation) in bold.
std::vector<BarRow> winProbabilityRows(const std::vector<double> &probabilities, const QStringList &modelNames,
                                       int reference);

} // namespace splitbench::report
