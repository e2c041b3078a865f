#include "tornado_chart.h"

#include "theme.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

TornadoChart::TornadoChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tornadoChart"));
    setAccessibleName(tr("Tornado chart of the margin per trait"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TornadoChart::setData(std::vector<TornadoBar> bars, QStringList traitNames, double margin, double window,
                           int first, int second, QStringList modelNames)
{
    const int heightBefore = m_data.bars.empty() ? -1 : static_cast<int>(std::ceil(plot().naturalHeight()));
    m_data.bars = std::move(bars);
    m_data.traitNames = std::move(traitNames);
    m_data.margin = margin;
    m_data.window = window;
    m_data.first = first;
    m_data.second = second;
    m_data.modelNames = std::move(modelNames);
    m_plot.reset();
    if (static_cast<int>(std::ceil(plot().naturalHeight())) != heightBefore)
        updateGeometry(); // the minimum height follows the rows and the legend, rarely a slider step
    QStringList description;
    for (const TornadoBar &bar : m_data.bars) {
        // Who leads at each end, so a screen reader hears which model takes over and not just a number.
        const auto ahead = [this](double margin, int rival) {
            return m_data.modelNames.value(margin < 0 && rival >= 0 ? rival : m_data.first);
        };
        description << tr("%1: margin %2 at 0 (%3 ahead), %4 at 100 (%5 ahead)")
                           .arg(m_data.traitNames.value(bar.trait), QLocale().toString(bar.low, 'f', 1),
                                ahead(bar.low, bar.lowRival), QLocale().toString(bar.high, 'f', 1),
                                ahead(bar.high, bar.highRival));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

const report::TornadoPlot &TornadoChart::plot() const
{
    if (!m_plot)
        m_plot.emplace(m_data, chartStyle(*this), std::max(1, width()), const_cast<TornadoChart *>(this));
    return *m_plot;
}

std::vector<report::ReportItem> TornadoChart::items() const
{
    return plot().items(QRectF(rect()));
}

QSize TornadoChart::sizeHint() const
{
    return {520, 360};
}

QSize TornadoChart::minimumSizeHint() const
{
    // Every row as tall as its (wrapped) name needs at the current width: the Sensitivity page scrolls, so the
    // chart never has to squeeze its rows together to keep the window on the screen.
    return {320, static_cast<int>(std::ceil(plot().naturalHeight()))};
}

void TornadoChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int before = static_cast<int>(std::ceil(plot().naturalHeight()));
    m_plot.reset(); // laid out again for the new width
    if (event->size().width() != event->oldSize().width() &&
        static_cast<int>(std::ceil(plot().naturalHeight())) != before)
        updateGeometry(); // names wrap differently at this width; the width does not depend on the height
}

void TornadoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_plot.reset();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void TornadoChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_data.bars.empty())
        return;
    if (!isEnabled())
        painter.setOpacity(0.45); // a newer profile is being analysed
    report::paintItems(painter, items());
}

} // namespace splitbench::gui
