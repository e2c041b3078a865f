#include "tornado_plot.h"

#include "chart_scale.h"
#include "number_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::TornadoPlot", text);
}

/// Bars shorter than this (mm) get no "0" and "100" at their ends.
constexpr double kMinMarkedBarMm = 1.5;

} // namespace

QString signedPoints(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    QString text = formatDecimal(rounded, 1);
    if (rounded > 0)
        text.prepend(u'+');
    return text;
}

TornadoPlot::TornadoPlot(TornadoData data, ChartStyle style, double width, QPaintDevice *device)
    : m_data(std::move(data)), m_style(std::move(style)), m_width(width)
{
    const auto mm = [this](double value) { return m_style.mm(value); };
    const QFontMetricsF nameMetrics(m_style.font, device);
    const QFontMetricsF smallMetrics(m_style.smallFont, device);
    const QFontMetricsF legendMetrics(m_style.legendFont, device);
    m_smallLine = smallMetrics.lineSpacing();

    // Columns from the left: trait names, room for the "0"/"100" end marks, the plot, room for end marks
    // again, then the margin with the trait at 0 and at 100. All x positions are relative to the chart.
    for (const TornadoBar &bar : m_data.bars)
        m_nameWidth = std::max(m_nameWidth, nameMetrics.horizontalAdvance(m_data.traitNames.value(bar.trait)));
    m_nameWidth = std::min(m_nameWidth, width * m_style.nameShare) + mm(3);
    m_endMark = smallMetrics.horizontalAdvance(QStringLiteral("100")) + mm(1.5);
    m_valueWidth = std::max({smallMetrics.horizontalAdvance(QStringLiteral("-100.0")),
                             smallMetrics.horizontalAdvance(tr("at 0")), smallMetrics.horizontalAdvance(tr("at 100"))}) +
                   mm(3);
    m_plotLeft = m_nameWidth + m_endMark;
    m_plotRight = width - 2 * m_valueWidth - m_endMark;

    for (const TornadoBar &bar : m_data.bars) {
        m_names.push_back(wrapText(m_data.traitNames.value(bar.trait), m_style.font, m_nameWidth - mm(3), device));
        m_rowHeights.push_back(std::max(mm(m_style.rowMinimumMm), m_names.back().height() + mm(m_style.rowPaddingMm)));
        m_rowsHeight += m_rowHeights.back();
    }

    // The legend, entry after entry, wrapped onto as many lines as it needs: the recommendation, then every model
    // that visibly overtakes it at the end of some bar (or, if none does, the best other model now).
    using Swatch = LegendEntry::Swatch;
    std::vector<int> ahead{m_data.first};
    const auto addAhead = [&ahead](double margin, int rival) {
        // A lead that rounds to 0.0 shows no colour on the chart: no legend entry for it.
        if (margin <= -0.05 && rival >= 0 && std::find(ahead.begin(), ahead.end(), rival) == ahead.end())
            ahead.push_back(rival);
    };
    for (const TornadoBar &bar : m_data.bars) {
        addAhead(bar.low, bar.lowRival);
        addAhead(bar.high, bar.highRival);
        addAhead(bar.nearLow, bar.nearLowRival);
        addAhead(bar.nearHigh, bar.nearHighRival);
    }
    if (ahead.size() == 1 && m_data.second != m_data.first)
        ahead.push_back(m_data.second);
    std::sort(ahead.begin() + 1, ahead.end());
    for (int model : ahead)
        m_legend.push_back({Swatch::Model, tr("%1 ahead").arg(m_data.modelNames.value(model)), model});
    m_legend.push_back({Swatch::Pale, tr("trait from 0 to 100")});
    m_legend.push_back({Swatch::Solid, tr("±%1 around the profile's value").arg(formatValue(m_data.window))});
    m_legend.push_back({Swatch::Now, tr("margin now: %1").arg(signedPoints(m_data.margin))});
    m_legend.push_back({Swatch::Tie, tr("tie")});
    const double swatchWidth = mm(5);
    m_legendLine = legendMetrics.lineSpacing() + mm(1);
    double x = 0;
    int line = 0;
    for (LegendEntry &entry : m_legend) {
        // A name too long for one line is shortened rather than left to run off the chart.
        entry.text = legendMetrics.elidedText(entry.text, Qt::ElideRight, width - swatchWidth - mm(2.5));
        const double entryWidth = swatchWidth + mm(1.5) + legendMetrics.horizontalAdvance(entry.text) + 1;
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            ++line;
        }
        entry.x = x;
        entry.line = line;
        entry.textWidth = legendMetrics.horizontalAdvance(entry.text) + 1;
        x += entryWidth + mm(5);
    }
    m_legendLines = m_legend.back().line + 1;
    m_legendTextHeight = legendMetrics.lineSpacing();

    if (m_style.axisTitle)
        m_axisTitle = wrapText(tr("Margin of %1 over the best other model in points (0 = tie)")
                                   .arg(m_data.modelNames.value(m_data.first)),
                               m_style.smallFont, m_plotRight - m_plotLeft + 2 * m_endMark, device);
    const double headerHeight = m_smallLine + mm(1);
    const double axisHeight = mm(1) + m_smallLine;
    m_naturalHeight = m_legendLines * m_legendLine + mm(2) + headerHeight + m_rowsHeight + axisHeight +
                      m_axisTitle.height() + (m_style.axisTitle ? mm(3) : mm(1));

    m_low = std::min(0.0, m_data.margin);
    m_high = std::max(0.0, m_data.margin);
    for (const TornadoBar &bar : m_data.bars) {
        m_low = std::min({m_low, bar.low, bar.high, bar.nearLow, bar.nearHigh});
        m_high = std::max({m_high, bar.low, bar.high, bar.nearLow, bar.nearHigh});
    }
    // The scale depends on the plot's width only, so its tick labels are measured here, on the device.
    const ChartScale scale(m_low, m_high, m_plotLeft, m_plotRight,
                           std::max(2, static_cast<int>((m_plotRight - m_plotLeft) / mm(18))));
    for (double tick : scale.ticks())
        m_tickLabelWidths.push_back(smallMetrics.horizontalAdvance(scale.tickLabel(tick, true, m_style.locale)) + 1);
}

std::vector<ReportItem> TornadoPlot::items(const QRectF &rect) const
{
    ChartCanvas canvas(m_style);
    if (m_data.bars.empty())
        return {};
    const auto mm = [this](double value) { return m_style.mm(value); };
    const ChartStyle &s = m_style;
    const double left = rect.left();
    const double width = m_width;
    double y = rect.top();

    // Rows share any height beyond what the chart needs.
    const double extra = (rect.height() - m_naturalHeight) / static_cast<double>(m_data.bars.size());
    std::vector<double> rowHeights = m_rowHeights;
    double rowsHeight = 0;
    for (double &h : rowHeights) {
        h = std::max(h * 0.6, h + extra);
        rowsHeight += h;
    }

    const double swatchWidth = mm(5);
    using Swatch = LegendEntry::Swatch;
    for (const LegendEntry &entry : m_legend) {
        const double top = y + entry.line * m_legendLine;
        const QRectF box(left + entry.x, top + m_legendLine / 2 - mm(1.4), swatchWidth, mm(2.8));
        switch (entry.swatch) {
        case Swatch::Model:
            canvas.addModelBox(box, entry.model);
            break;
        case Swatch::Pale:
            canvas.addBox(box, s.pale(s.muted, 0.35), s.muted, mm(0.15));
            break;
        case Swatch::Solid:
            canvas.addBox(box.adjusted(0, box.height() / 4, 0, -box.height() / 4), s.muted);
            break;
        case Swatch::Now:
            canvas.addLine({box.center().x(), box.top() - mm(0.5)}, {box.center().x(), box.bottom() + mm(0.5)}, s.text,
                           mm(0.4));
            break;
        case Swatch::Tie:
            canvas.addLine({box.center().x(), box.top() - mm(0.5)}, {box.center().x(), box.bottom() + mm(0.5)},
                           s.muted, mm(0.3), Qt::DashLine);
            break;
        }
        const double textLeft = box.right() + mm(1.5);
        canvas.addText(QRectF(textLeft, box.center().y() - m_legendTextHeight / 2, entry.textWidth, m_legendTextHeight),
                       entry.text, s.legendFont, s.text);
    }
    y += m_legendLines * m_legendLine + mm(2);

    const double zeroColumn = left + width - 2 * m_valueWidth;
    const double hundredColumn = left + width - m_valueWidth;
    canvas.addText(QRectF(zeroColumn, y, m_valueWidth, m_smallLine), tr("at 0"), s.smallFont, s.muted,
                   Qt::AlignRight | Qt::AlignVCenter);
    canvas.addText(QRectF(hundredColumn, y, m_valueWidth, m_smallLine), tr("at 100"), s.smallFont, s.muted,
                   Qt::AlignRight | Qt::AlignVCenter);
    y += m_smallLine + mm(1);

    const double rowsTop = y;
    const double rowsBottom = y + rowsHeight;
    const double plotLeft = left + m_plotLeft;
    const double plotRight = left + m_plotRight;
    const ChartScale scale(m_low, m_high, plotLeft, plotRight,
                           std::max(2, static_cast<int>((plotRight - plotLeft) / mm(18))));
    const double zero = scale.toPixel(0);

    // Stripes first, then the grid, so bars and lines lie on top of them.
    double rowTop = rowsTop;
    for (size_t i = 0; i < rowHeights.size(); ++i) {
        if (i % 2 == 1)
            canvas.addBox(QRectF(left, rowTop, width, rowHeights[i]), s.stripe);
        rowTop += rowHeights[i];
    }
    for (double tick : scale.ticks()) {
        const double x = scale.toPixel(tick);
        canvas.addLine({x, rowsTop}, {x, rowsBottom}, s.rule, mm(0.15));
    }

    double shortest = rowHeights.front();
    for (double h : rowHeights)
        shortest = std::min(shortest, h);
    const double barHeight = std::min(mm(3.4), shortest * 0.75);
    const auto segment = [&](double from, int fromRival, double to, int toRival, double top, double h, bool pale) {
        // Right of zero the recommendation leads; left of it the model that overtakes it at the bar's lower end.
        const int rival = from <= to ? fromRival : toRival;
        const QColor rivalColor = s.modelColor(std::max(0, rival));
        const QColor firstColor = s.modelColor(m_data.first);
        const double a = scale.toPixel(std::min(from, to));
        const double b = scale.toPixel(std::max(from, to));
        const auto fill = [&](double x0, double x1, const QColor &colour, int model) {
            if (x1 <= x0)
                return;
            if (pale)
                canvas.addBox(QRectF(x0, top, x1 - x0, h), s.pale(colour, 0.35), colour, mm(0.15));
            else
                canvas.addModelBox(QRectF(x0, top, x1 - x0, h), model);
        };
        fill(a, std::min(b, zero), rivalColor, std::max(0, rival));
        fill(std::max(a, zero), b, firstColor, m_data.first);
    };

    rowTop = rowsTop;
    for (size_t i = 0; i < m_data.bars.size(); ++i) {
        const TornadoBar &bar = m_data.bars[i];
        const double h = rowHeights[i];
        const double centre = rowTop + h / 2;
        const TextLines &name = m_names[i];
        double ty = centre - name.height() / 2;
        for (const QString &line : name.lines) {
            canvas.addText(QRectF(left, ty, m_nameWidth - mm(3), name.lineHeight), line, name.font, s.text);
            ty += name.lineHeight;
        }

        segment(bar.low, bar.lowRival, bar.high, bar.highRival, centre - barHeight / 2, barHeight, true);
        segment(bar.nearLow, bar.nearLowRival, bar.nearHigh, bar.nearHighRival, centre - barHeight / 4, barHeight / 2,
                false);

        // Which end of the bar has the trait at 0 and which at 100: on a bar too short to tell its ends apart the
        // marks would only pile up ("0|100"); the columns on the right still give both margins.
        const bool lowLeft = bar.low <= bar.high;
        const double a = scale.toPixel(std::min(bar.low, bar.high));
        const double b = scale.toPixel(std::max(bar.low, bar.high));
        if (b - a >= mm(kMinMarkedBarMm)) {
            const QRectF leftMark(a - m_endMark, centre - m_smallLine / 2, m_endMark - mm(0.8), m_smallLine);
            const QRectF rightMark(b + mm(0.8), centre - m_smallLine / 2, m_endMark - mm(0.8), m_smallLine);
            canvas.addText(leftMark, lowLeft ? QStringLiteral("0") : QStringLiteral("100"), s.smallFont, s.muted,
                           Qt::AlignRight | Qt::AlignVCenter);
            canvas.addText(rightMark, lowLeft ? QStringLiteral("100") : QStringLiteral("0"), s.smallFont, s.muted,
                           Qt::AlignLeft | Qt::AlignVCenter);
        }

        canvas.addText(QRectF(zeroColumn, centre - m_smallLine / 2, m_valueWidth, m_smallLine), signedPoints(bar.low),
                       s.smallFont, s.text, Qt::AlignRight | Qt::AlignVCenter);
        canvas.addText(QRectF(hundredColumn, centre - m_smallLine / 2, m_valueWidth, m_smallLine),
                       signedPoints(bar.high), s.smallFont, s.text, Qt::AlignRight | Qt::AlignVCenter);
        rowTop += h;
    }

    canvas.addLine({zero, rowsTop}, {zero, rowsBottom}, s.muted, mm(0.3), Qt::DashLine);
    const double now = scale.toPixel(m_data.margin);
    canvas.addLine({now, rowsTop}, {now, rowsBottom}, s.text, mm(0.4));
    canvas.addLine({plotLeft - m_endMark, rowsBottom}, {plotRight + m_endMark, rowsBottom}, s.muted, mm(0.2));

    // Tick labels, kept inside the plot's band so none runs into the value columns.
    const double labelTop = rowsBottom + mm(1);
    for (size_t t = 0; t < scale.ticks().size(); ++t) {
        const double tick = scale.ticks()[t];
        const QString label = scale.tickLabel(tick, true, s.locale);
        const double w = m_tickLabelWidths.at(t);
        const double x = std::clamp(scale.toPixel(tick) - w / 2, plotLeft - m_endMark, plotRight + m_endMark - w);
        canvas.addText(QRectF(x, labelTop, w, m_smallLine), label, s.smallFont, s.muted,
                       Qt::AlignLeft | Qt::AlignVCenter);
    }
    double titleTop = labelTop + m_smallLine;
    const double titleCentre = left + (m_plotLeft + m_plotRight) / 2;
    for (size_t i = 0; i < m_axisTitle.lines.size(); ++i) {
        const double w = m_axisTitle.widths[i] + 1;
        canvas.addText(QRectF(titleCentre - w / 2, titleTop, w, m_axisTitle.lineHeight), m_axisTitle.lines[i],
                       m_axisTitle.font, s.muted, Qt::AlignLeft | Qt::AlignVCenter);
        titleTop += m_axisTitle.lineHeight;
    }
    return canvas.takeItems();
}

void TornadoPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

} // namespace splitbench::report
