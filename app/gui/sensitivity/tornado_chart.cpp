#include "tornado_chart.h"

#include "chart_scale.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace splitbench::gui {

using report::ChartScale;

TornadoChart::TornadoChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tornadoChart"));
    setAccessibleName(tr("Tornado chart of the margin per trait"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TornadoChart::setData(std::vector<TornadoBar> bars, QStringList traitNames, double margin, double window,
                           int first, int second, QString firstName, QString secondName)
{
    m_bars = std::move(bars);
    m_traitNames = std::move(traitNames);
    m_margin = margin;
    m_window = window;
    m_first = first;
    m_second = second;
    m_firstName = std::move(firstName);
    m_secondName = std::move(secondName);
    updateGeometry();
    QStringList description;
    for (const TornadoBar &bar : m_bars)
        description << tr("%1: margin %2 at 0, %3 at 100")
                           .arg(m_traitNames.value(bar.trait), QLocale().toString(bar.low, 'f', 1),
                                QLocale().toString(bar.high, 'f', 1));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

QSize TornadoChart::sizeHint() const
{
    return {520, 360};
}

QSize TornadoChart::minimumSizeHint() const
{
    // Every trait name needs a line of its own.
    const int rows = std::max(1, static_cast<int>(m_bars.size()));
    return {320, rows * (fontMetrics().height() + 1) + 2 * fontMetrics().height() + 16};
}

void TornadoChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_bars.empty())
        return;
    if (!isEnabled())
        painter.setOpacity(0.45); // a newer profile is being analysed

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font());
    const QFontMetricsF smallMetrics(small);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    // Legend line on top, axis labels at the bottom, trait names on the left.
    const double legendHeight = metrics.height() + 6;
    const double axisHeight = smallMetrics.height() + 8;
    double nameWidth = 0;
    for (const TornadoBar &bar : m_bars)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(m_traitNames.value(bar.trait)));
    nameWidth = std::min(nameWidth, width() * 0.38) + 8;
    const double endLabel = smallMetrics.horizontalAdvance(QStringLiteral("100")) + 6;

    double low = std::min(0.0, m_margin);
    double high = std::max(0.0, m_margin);
    for (const TornadoBar &bar : m_bars) {
        low = std::min({low, bar.low, bar.high});
        high = std::max({high, bar.low, bar.high});
    }
    const double plotLeft = nameWidth + endLabel;
    const double plotRight = width() - endLabel - 4;
    const ChartScale scale(low, high, plotLeft, plotRight, std::max(2, static_cast<int>((plotRight - plotLeft) / 70)));

    const double top = legendHeight + 4;
    const double bottom = height() - axisHeight;
    const double rowHeight = (bottom - top) / static_cast<double>(m_bars.size());
    const double barHeight = std::min(rowHeight * 0.7, metrics.height() * 1.1);

    // Legend: which colour means which model leads, and what the two bar shades are.
    {
        double x = 4;
        const double y = 4;
        const auto swatch = [&](int model, const QString &label) {
            fillModelRect(painter, QRectF(x, y + 3, 12, metrics.height() - 6), model, pal);
            x += 16;
            painter.setPen(text);
            painter.drawText(QPointF(x, y + metrics.ascent()), label);
            x += metrics.horizontalAdvance(label) + 14;
        };
        swatch(m_first, tr("%1 ahead").arg(m_firstName));
        swatch(m_second, tr("%1 ahead").arg(m_secondName));
        painter.setPen(muted);
        const QString shades = tr("pale: trait 0–100, solid: ±%1").arg(QLocale().toString(m_window));
        if (x + metrics.horizontalAdvance(shades) < width())
            painter.drawText(QPointF(x, y + metrics.ascent()), shades);
    }

    // Grid and axis.
    QColor grid = text;
    grid.setAlphaF(isDark(pal) ? 0.18 : 0.12);
    painter.setFont(small);
    for (double tick : scale.ticks()) {
        const double x = scale.toPixel(tick);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        painter.setPen(muted);
        const QString label = scale.tickLabel(tick, true);
        const double w = smallMetrics.horizontalAdvance(label);
        painter.drawText(QPointF(std::clamp(x - w / 2, 0.0, width() - w), bottom + smallMetrics.ascent() + 3), label);
    }

    const double zero = scale.toPixel(0);
    const auto drawSegment = [&](double from, double to, double y, double h, double alpha) {
        // The part left of zero is where the runner-up leads.
        const double a = std::min(from, to);
        const double b = std::max(from, to);
        const auto fill = [&](double x0, double x1, int model) {
            if (x1 <= x0)
                return;
            fillModelRect(painter, QRectF(x0, y, std::max(1.0, x1 - x0), h), model, pal, alpha);
        };
        fill(scale.toPixel(a), std::min(scale.toPixel(b), zero), m_second);
        fill(std::max(scale.toPixel(a), zero), scale.toPixel(b), m_first);
    };

    for (size_t i = 0; i < m_bars.size(); ++i) {
        const TornadoBar &bar = m_bars[i];
        const double centre = top + (static_cast<double>(i) + 0.5) * rowHeight;
        painter.setFont(font());
        painter.setPen(text);
        const QString name = metrics.elidedText(m_traitNames.value(bar.trait), Qt::ElideRight, nameWidth - 8);
        painter.drawText(QRectF(0, centre - rowHeight / 2, nameWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         name);

        drawSegment(bar.low, bar.high, centre - barHeight / 2, barHeight, 0.35);
        drawSegment(bar.nearLow, bar.nearHigh, centre - barHeight / 4, barHeight / 2, 1.0);

        // Which end is the trait at 0 and which at 100.
        painter.setFont(small);
        painter.setPen(muted);
        const bool lowLeft = bar.low <= bar.high;
        const double left = scale.toPixel(std::min(bar.low, bar.high));
        const double right = scale.toPixel(std::max(bar.low, bar.high));
        const QString leftText = lowLeft ? QStringLiteral("0") : QStringLiteral("100");
        const QString rightText = lowLeft ? QStringLiteral("100") : QStringLiteral("0");
        painter.drawText(QRectF(left - endLabel, centre - rowHeight / 2, endLabel - 3, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, leftText);
        painter.drawText(QRectF(right + 3, centre - rowHeight / 2, endLabel, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, rightText);
    }

    // Zero (a tie) and the current margin.
    painter.setPen(QPen(muted, 1, Qt::DashLine));
    painter.drawLine(QPointF(zero, top), QPointF(zero, bottom));
    painter.setPen(QPen(text, 1.5));
    const double now = scale.toPixel(m_margin);
    painter.drawLine(QPointF(now, top - 2), QPointF(now, bottom));
}

} // namespace splitbench::gui
