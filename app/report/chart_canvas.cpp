#include "chart_canvas.h"

#include "report_style.h"

#include <QPainter>

namespace splitbench::report {

QColor ChartStyle::pale(const QColor &colour, double amount) const
{
    const auto mix = [amount](double a, double b) { return static_cast<float>(b + (a - b) * amount); };
    return QColor::fromRgbF(mix(colour.redF(), background.redF()), mix(colour.greenF(), background.greenF()),
                            mix(colour.blueF(), background.blueF()));
}

ChartStyle ChartStyle::paper(double dpi)
{
    ChartStyle style;
    style.font = reportFont(8.5);
    style.smallFont = reportFont(7);
    style.legendFont = reportFont(7.5);
    style.tone = PaletteTone::Light;
    style.background = Qt::white;
    style.text = ink::text;
    style.muted = ink::muted;
    style.rule = ink::rule;
    style.stripe = ink::stripe;
    style.track = ink::track;
    style.hatch = QColor(255, 255, 255, 150);
    style.pixelsPerMm = dpi / 25.4;
    style.hatchWidth = style.mm(0.25);
    style.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return style;
}

void ChartCanvas::addText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                          Qt::Alignment align)
{
    if (!text.isEmpty())
        m_items.push_back(ReportItem::makeText(rect, text, font, color, align));
}

void ChartCanvas::addLines(const TextLines &lines, double x, double y, double width, const QColor &color,
                           Qt::Alignment horizontal)
{
    for (const QString &line : lines.lines) {
        addText(QRectF(x, y, width, lines.lineHeight), line, lines.font, color, horizontal | Qt::AlignVCenter);
        y += lines.lineHeight;
    }
}

void ChartCanvas::addBox(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth)
{
    m_items.push_back(ReportItem::makeBox(rect, fill, border, borderWidth));
}

void ChartCanvas::addLine(QPointF from, QPointF to, const QColor &color, double width, Qt::PenStyle style)
{
    m_items.push_back(ReportItem::makeLine(from, to, color, width, style));
}

void ChartCanvas::addModelBox(const QRectF &rect, int model)
{
    addBox(rect, m_style.modelColor(model));
    const Qt::BrushStyle pattern = modelFillPattern(model);
    if (pattern != Qt::NoBrush && rect.width() > m_style.mm(0.8) && rect.height() > m_style.mm(0.8))
        m_items.push_back(ReportItem::makeHatch(rect, pattern, m_style.hatch, m_style.hatchWidth));
}

namespace {
/// Stripes at 45° every four line widths, clipped to the item's box: drawn as lines rather than a pattern
/// brush, whose 8-pixel pattern would be a fine grey at 300 dpi.
void paintHatch(QPainter &painter, const ReportItem &item)
{
    if (item.pattern == Qt::NoBrush || item.width <= 0)
        return;
    const QRectF box = item.rect.normalized();
    const bool rising = item.pattern == Qt::BDiagPattern || item.pattern == Qt::DiagCrossPattern;
    const bool falling = item.pattern == Qt::FDiagPattern || item.pattern == Qt::DiagCrossPattern;
    QList<QLineF> lines;
    for (double x = box.left() - box.height(); x < box.right(); x += item.width * 4.0) {
        if (rising)
            lines << QLineF(x, box.bottom(), x + box.height(), box.top());
        if (falling)
            lines << QLineF(x, box.top(), x + box.height(), box.bottom());
    }
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    painter.setPen(QPen(item.color, item.width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(lines);
    painter.restore();
}
} // namespace

void paintItem(QPainter &painter, const ReportItem &item)
{
    switch (item.kind) {
    case ReportItem::Kind::Text:
        painter.setFont(item.font);
        painter.setPen(item.color);
        painter.drawText(item.rect, static_cast<int>(item.align) | Qt::TextSingleLine | Qt::TextDontClip, item.text);
        break;
    case ReportItem::Kind::Box:
    case ReportItem::Kind::Ellipse:
        painter.setPen(item.border.isValid() ? QPen(item.border, item.width) : QPen(Qt::NoPen));
        painter.setBrush(item.color.isValid() ? QBrush(item.color) : QBrush(Qt::NoBrush));
        if (item.kind == ReportItem::Kind::Ellipse)
            painter.drawEllipse(item.rect);
        else if (item.radius > 0)
            painter.drawRoundedRect(item.rect, item.radius, item.radius);
        else
            painter.drawRect(item.rect);
        break;
    case ReportItem::Kind::Line:
        painter.setPen(QPen(item.color, item.width, item.style, Qt::FlatCap));
        painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
        break;
    case ReportItem::Kind::Radar:
    case ReportItem::Kind::Logo:
        break; // needs the report's content: ReportRenderer paints them
    case ReportItem::Kind::Hatch:
        paintHatch(painter, item);
        break;
    }
}

void paintItems(QPainter &painter, const std::vector<ReportItem> &items, const QRegion &exposed)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const ReportItem &item : items) {
        // A line's rect runs from its start to its end; its pen (and a border) reach a little beyond.
        const double reach = item.width + 2;
        if (exposed.isEmpty() ||
            exposed.intersects(item.rect.normalized().adjusted(-reach, -reach, reach, reach).toAlignedRect()))
            paintItem(painter, item);
    }
    painter.restore();
}

} // namespace splitbench::report
