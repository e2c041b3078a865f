#include "report_renderer.h"

#include "chart_canvas.h"
#include "radar_plot.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace splitbench::report {

ReportRenderer::ReportRenderer(ReportContent content, QPagedPaintDevice *device)
    : m_content(std::move(content)), m_device(device), m_layout(m_content, device, device->pageLayout())
{}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    const ReportPage &page = m_layout.pages().at(static_cast<size_t>(index));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const ReportItem &item : page.items) {
        if (item.kind == ReportItem::Kind::Radar)
            paintReportRadar(painter, m_content, item.rect);
        else
            paintItem(painter, item);
    }
    painter.restore();
}

bool ReportRenderer::render() const
{
    QPainter painter;
    if (!painter.begin(m_device))
        return false;
    // Devices with margins put the painter's origin at the printable area; the layout counts from the paper.
    const QPageLayout pageLayout = m_device->pageLayout();
    const double pixelsPerPoint = m_layout.frame().dpi / 72.0;
    const QPointF origin = pageLayout.paintRect(QPageLayout::Point).topLeft() * pixelsPerPoint;
    painter.translate(-origin);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !m_device->newPage()) {
            painter.end();
            return false;
        }
        paintPage(painter, i);
    }
    return painter.end();
}

} // namespace splitbench::report
