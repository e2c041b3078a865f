#include "margin_histogram_chart.h"

#include "histogram_plot.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>

namespace splitbench::gui {

MarginHistogramChart::MarginHistogramChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("marginHistogramChart"));
    setAccessibleName(tr("Histogram of the margin over all variations"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_result.reference = -1;
}

void MarginHistogramChart::setData(const MonteCarloResult &result, int otherColorModel, QString referenceName)
{
    m_result.histogram = result.histogram;
    m_result.marginP5 = result.marginP5;
    m_result.marginP50 = result.marginP50;
    m_result.marginP95 = result.marginP95;
    m_result.reference = result.reference;
    m_other = otherColorModel;
    setAccessibleDescription(tr("Margin of %1: 5th percentile %2, median %3, 95th percentile %4")
                                 .arg(referenceName, QLocale().toString(result.marginP5, 'f', 1),
                                      QLocale().toString(result.marginP50, 'f', 1),
                                      QLocale().toString(result.marginP95, 'f', 1)));
    update();
}

std::vector<report::ReportItem> MarginHistogramChart::items() const
{
    return report::HistogramPlot(m_result, m_other, chartStyle(*this), const_cast<MarginHistogramChart *>(this))
        .items(QRectF(rect()));
}

QSize MarginHistogramChart::sizeHint() const
{
    return {420, 130};
}

QSize MarginHistogramChart::minimumSizeHint() const
{
    return {240, 110};
}

void MarginHistogramChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!isEnabled())
        painter.setOpacity(0.45); // a newer profile is being analysed
    report::paintItems(painter, items());
}

} // namespace splitbench::gui
