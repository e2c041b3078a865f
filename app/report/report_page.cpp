#include "report_page.h"

namespace splitbench::report {

ReportItem ReportItem::makeText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                                Qt::Alignment align)
{
    ReportItem item;
    item.kind = Kind::Text;
    item.rect = rect;
    item.text = text;
    item.font = font;
    item.color = color;
    // The rectangle is exactly one line high; without a vertical choice the text sits in its middle.
    item.align = (align & Qt::AlignVertical_Mask) ? align : align | Qt::AlignVCenter;
    return item;
}

ReportItem ReportItem::makeBox(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth,
                               double radius)
{
    ReportItem item;
    item.kind = Kind::Box;
    item.rect = rect;
    item.color = fill;
    item.border = border;
    item.width = borderWidth;
    item.radius = radius;
    return item;
}

ReportItem ReportItem::makeEllipse(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth)
{
    ReportItem item = makeBox(rect, fill, border, borderWidth);
    item.kind = Kind::Ellipse;
    return item;
}

ReportItem ReportItem::makeHatch(const QRectF &rect, Qt::BrushStyle pattern, const QColor &color, double width)
{
    ReportItem item;
    item.kind = Kind::Hatch;
    item.rect = rect;
    item.pattern = pattern;
    item.color = color;
    item.width = width;
    return item;
}

ReportItem ReportItem::makeLine(QPointF from, QPointF to, const QColor &color, double width, Qt::PenStyle style)
{
    ReportItem item;
    item.kind = Kind::Line;
    item.rect = QRectF(from, to);
    item.color = color;
    item.width = width;
    item.style = style;
    return item;
}

} // namespace splitbench::report
