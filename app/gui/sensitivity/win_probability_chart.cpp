#include "win_probability_chart.h"

#include "number_format.h"
#include "theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

WinProbabilityChart::WinProbabilityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("winProbabilityChart"));
    setAccessibleName(tr("Chance that each model is recommended"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WinProbabilityChart::setData(std::vector<double> probabilities, QStringList modelNames, int reference)
{
    m_probabilities = std::move(probabilities);
    m_names = std::move(modelNames);
    m_reference = reference;
    QStringList description;
    for (int m = 0; m < static_cast<int>(m_probabilities.size()); ++m)
        description << tr("%1: %2").arg(m_names.value(m), labelText(m));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QString WinProbabilityChart::labelText(int model) const
{
    return formatPercentage(m_probabilities.at(static_cast<size_t>(model)));
}

std::vector<report::BarRow> WinProbabilityChart::rows() const
{
    return report::winProbabilityRows(m_probabilities, m_names, m_reference);
}

report::BarListPlot WinProbabilityChart::plot() const
{
    return report::BarListPlot(rows(), chartStyle(*this), std::max(1, width()), QStringLiteral("100.0%"),
                               const_cast<WinProbabilityChart *>(this));
}

std::vector<report::ReportItem> WinProbabilityChart::items() const
{
    return plot().items(QRectF(rect()));
}

QSize WinProbabilityChart::sizeHint() const
{
    const int rows = std::max<int>(2, static_cast<int>(m_names.size()));
    return {420, rows * (fontMetrics().height() + 10) + 8};
}

QSize WinProbabilityChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void WinProbabilityChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_probabilities.empty())
        return;
    if (!isEnabled())
        painter.setOpacity(0.45); // a newer profile is being analysed
    report::paintItems(painter, items());
}

} // namespace splitbench::gui
