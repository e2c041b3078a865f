// Paints the laid-out report onto any paged device: QPdfWriter for files, QPrinter for printing and preview.
#pragma once

#include "report_content.h"
#include "report_layout.h"

class QPagedPaintDevice;
class QPainter;

namespace splitbench::report {

/// Lays the report out once for a device (its page size, margins and resolution) and paints it.
class ReportRenderer final {
public:
    /// Measures on `device`, which must outlive the renderer. Uses the device's current page layout.
    ReportRenderer(ReportContent content, QPagedPaintDevice *device);

    /// The number of pages the layout produced; render() emits exactly this many.
    [[nodiscard]] int pageCount() const { return m_layout.pageCount(); }
    [[nodiscard]] const ReportLayout &layout() const { return m_layout; }
    [[nodiscard]] const ReportContent &content() const { return m_content; }

    /// Paints page `index` (0-based) with `painter`, whose origin must be the paper's top-left corner.
    void paintPage(QPainter &painter, int index) const;
    /// Paints every page onto the device. False if painting could not start or a new page was refused.
    bool render() const;

private:
    ReportContent m_content;
    QPagedPaintDevice *m_device;
    ReportLayout m_layout;
};

} // namespace splitbench::report
