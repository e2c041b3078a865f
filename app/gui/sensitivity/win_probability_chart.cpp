#include "win_probability_chart.h"

#include "theme.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace splitbench::gui {

WinProbabilityChart::WinProbabilityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("winProbabilityChart"));
    setAccessibleName(tr("Chance that each model is recommended"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WinProbabilityChart::setData(std::vector<double> probabilities, QStringList modelNames)
{
    m_probabilities = std::move(probabilities);
    m_names = std::move(modelNames);
    QStringList description;
    for (int m = 0; m < static_cast<int>(m_probabilities.size()); ++m)
        description << tr("%1: %2").arg(m_names.value(m), labelText(m));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QString WinProbabilityChart::labelText(int model) const
{
    return tr("%1 %").arg(QLocale().toString(m_probabilities.at(static_cast<size_t>(model)) * 100, 'f', 1));
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
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_probabilities.empty())
        return;
    if (!isEnabled())
        painter.setOpacity(0.45);

    const QFontMetricsF metrics(font());
    double nameWidth = 0;
    for (const QString &name : m_names)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name));
    nameWidth = std::min(nameWidth, width() * 0.35) + 10;
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 10;
    const double left = nameWidth;
    const double right = width() - valueWidth;
    const double rowHeight = (height() - 8.0) / static_cast<double>(m_probabilities.size());
    const double barHeight = std::min(rowHeight * 0.7, metrics.height() + 4);
    QColor track = pal.color(QPalette::Text);
    track.setAlphaF(isDark(pal) ? 0.12 : 0.07);

    for (int m = 0; m < static_cast<int>(m_probabilities.size()); ++m) {
        const double centre = 4 + (m + 0.5) * rowHeight;
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(0, centre - rowHeight / 2, nameWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_names.value(m), Qt::ElideRight, nameWidth - 8));
        const QRectF full(left, centre - barHeight / 2, std::max(0.0, right - left), barHeight);
        painter.fillRect(full, track);
        QRectF bar = full;
        bar.setWidth(full.width() * std::clamp(m_probabilities[static_cast<size_t>(m)], 0.0, 1.0));
        fillModelRect(painter, bar, m, pal);
        painter.drawText(QRectF(right + 6, centre - rowHeight / 2, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, labelText(m));
    }
}

} // namespace splitbench::gui
