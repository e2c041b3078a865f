#include "bar_list_plot.h"

#include "model_palette.h"
#include "number_format.h"

#include <QFontMetricsF>

#include <algorithm>

namespace splitbench::report {

BarListPlot::BarListPlot(std::vector<BarRow> rows, ChartStyle style, double width, const QString &widestLabel,
                         QPaintDevice *device)
    : m_rows(std::move(rows)), m_style(std::move(style)), m_boldFont(m_style.font)
{
    m_boldFont.setBold(true);
    const QFontMetricsF metrics(m_boldFont, device);
    const double rowHeight = std::max(m_style.mm(7), metrics.lineSpacing() * 1.5);
    m_valueWidth = metrics.horizontalAdvance(widestLabel);
    for (const BarRow &row : m_rows) {
        m_nameWidth = std::max(m_nameWidth, metrics.horizontalAdvance(row.name));
        m_valueWidth = std::max(m_valueWidth, metrics.horizontalAdvance(row.label));
    }
    m_nameWidth = std::min(m_nameWidth + m_style.mm(4), width * 0.4);
    m_valueWidth += m_style.mm(3);
    for (const BarRow &row : m_rows) {
        m_names.push_back(wrapText(row.name, row.bold ? m_boldFont : m_style.font, m_nameWidth - m_style.mm(3), device, 2));
        m_heights.push_back(std::max(rowHeight, m_names.back().height() + m_style.mm(2)));
        m_naturalHeight += m_heights.back();
    }
    m_naturalHeight += m_style.mm(2);
}

std::vector<ReportItem> BarListPlot::items(const QRectF &rect) const
{
    ChartCanvas canvas(m_style);
    if (m_rows.empty())
        return {};
    const double extra = std::max(0.0, rect.height() - m_naturalHeight) / static_cast<double>(m_rows.size());
    double y = rect.top();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const BarRow &row = m_rows[i];
        const TextLines &lines = m_names[i];
        const double h = m_heights[i] + extra;
        double ty = y + (h - lines.height()) / 2;
        for (const QString &text : lines.lines) {
            canvas.addText(QRectF(rect.left(), ty, m_nameWidth, lines.lineHeight), text, lines.font, m_style.text);
            ty += lines.lineHeight;
        }
        const QRectF track(rect.left() + m_nameWidth, y + h / 2 - m_style.mm(2), rect.width() - m_nameWidth - m_valueWidth,
                           m_style.mm(4));
        canvas.addBox(track, m_style.track);
        const QRectF bar(track.topLeft(), QSizeF(track.width() * std::clamp(row.value, 0.0, 100.0) / 100.0, track.height()));
        if (row.model >= 0)
            canvas.addModelBox(bar, row.model);
        else
            canvas.addBox(bar, row.color);
        canvas.addText(QRectF(track.right(), y, m_valueWidth, h), row.label, row.bold ? m_boldFont : m_style.font,
                       m_style.text, Qt::AlignRight | Qt::AlignVCenter);
        y += h;
    }
    return canvas.takeItems();
}

std::vector<BarRow> winProbabilityRows(const std::vector<double> &probabilities, const QStringList &modelNames,
                                       int reference)
{
    std::vector<BarRow> rows;
    for (int m = 0; m < static_cast<int>(probabilities.size()); ++m) {
        const double p = probabilities[static_cast<size_t>(m)];
        rows.push_back({modelNames.value(m), p * 100.0, formatPercentage(p), modelColor(m), m == reference, m});
    }
    return rows;
}

void BarListPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

} // namespace splitbench::report
