// Lays out the comparison report for one paint device: cover, profile, radar, fit table,
// what it costs, sensitivity, 20 dimensions, drivers.
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_page.h"

#include <QPageLayout>

#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// The paginated report as drawing operations. Measured with `device`'s fonts and resolution, so painting
/// on the same device reproduces it exactly; build it once and paint its pages as often as needed.
class ReportLayout final {
public:
    /// `pageLayout` gives the paper size and the device's own margins (unprintable area); the report keeps
    /// its own margins inside them.
    ReportLayout(const ReportContent &content, QPaintDevice *device, const QPageLayout &pageLayout);

    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// Why the report could not be laid out (no pages then): empty on success. Only a layout that would run
    /// past the page count its content can justify fails, which is a bug, never an endless export.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const std::vector<ReportPage> &pages() const { return m_pages; }
    /// Paper and content area in device pixels, relative to the paper's top-left corner.
    [[nodiscard]] const PageFrame &frame() const { return m_frame; }
    /// The band above and below the content that holds the running header and the footer.
    [[nodiscard]] QRectF headerRect() const { return m_header; }
    [[nodiscard]] QRectF footerRect() const { return m_footer; }

private:
    void addRunningHeaders(const ReportContent &content, QPaintDevice *device);

    PageFrame m_frame;
    QRectF m_header;
    QRectF m_footer;
    std::vector<ReportPage> m_pages;
    QString m_error;
};

} // namespace splitbench::report
