#include "report_renderer.h"

#include "chart_canvas.h"
#include "radar_plot.h"
#include "text_escape.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace splitbench::report {

namespace {
/// Model names longer than this are cut with "…" in the printed report. A valid file may name a model with
/// thousands of characters, and the report repeats names in sentences, tables and headings (every
/// dimension's explanation lists every model): whole, they would make the report hundreds of pages long.
/// The data exports (CSV, Markdown, HTML, XLSX, JSON) keep the names whole.
constexpr qsizetype kMaxPrintedName = 100;

/// A model name as the printed report shows it: control characters as escapes (a PDF cannot show them, and
/// text shaping breaks lines at some), cut to kMaxPrintedName characters.
QString printedName(const QString &name)
{
    const QString shown = escapeControlCharacters(name);
    return shown.size() > kMaxPrintedName ? shown.left(kMaxPrintedName - 1).trimmed() + QChar(0x2026) : shown;
}

/// `content` with model names as printedName() makes them, its sentences and analysis made again from those
/// names (the numbers do not change: the same profile, the same models, the same Monte Carlo samples and
/// seed); the profile's name and notes and the participants' names and roles with control characters escaped.
ReportContent printable(ReportContent content)
{
    // A workshop's participants: their names and roles only label rows and markers (the analysis goes by index).
    for (Participant &participant : content.profile.participants) {
        participant.name = escapeControlCharacters(participant.name);
        participant.role = escapeControlCharacters(participant.role);
    }
    const auto needsChange = [](const ServiceModel &model) { return printedName(model.name) != model.name; };
    const bool notesNeedChange =
        std::any_of(content.profile.notes.cbegin(), content.profile.notes.cend(), [](const QString &note) {
            return hasControlCharacters(note, KeepLayout::LineBreaksAndTabs) || note.contains(u'\r');
        });
    if (std::none_of(content.catalogue.models.begin(), content.catalogue.models.end(), needsChange) &&
        !hasControlCharacters(content.profile.name) && !notesNeedChange)
        return content;
    Catalogue catalogue = content.catalogue;
    for (ServiceModel &model : catalogue.models)
        model.name = printedName(model.name);
    // The catalogue already holds the custom models; the profile's copies would add them a second time.
    Profile profile = content.profile;
    profile.customModels.clear();
    MonteCarloOptions options;
    if (content.sensitivity) {
        options.samples = content.sensitivity->monteCarlo.samples;
        options.seed = content.sensitivity->monteCarlo.seed;
    }
    profile.name = escapeControlCharacters(profile.name);
    for (QString &note : profile.notes) {
        // A note of several lines prints line by line (the layout breaks at '\n'); a file written on Windows
        // ends its lines with "\r\n", and an old Mac's with '\r'.
        note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        note.replace(u'\r', u'\n');
        note = escapeControlCharacters(note, KeepLayout::LineBreaksAndTabs);
    }
    ReportContent printed = ReportContent::make(catalogue, profile, content.date, options);
    printed.profile.customModels = content.profile.customModels;
    // A custom model's own prices are found through the profile's custom models, cleared for make() above.
    printed.cost = CostChartData::make(printed.catalogue, printed.profile, printed.result);
    if (!content.sensitivity)
        printed.sensitivity.reset();
    return printed;
}

} // namespace

ReportRenderer::ReportRenderer(ReportContent content, QPagedPaintDevice *device)
    : m_content(printable(std::move(content))), m_device(device), m_layout(m_content, device, device->pageLayout())
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
        else if (item.kind == ReportItem::Kind::Logo && m_content.preparedBy.logo)
            paintLogo(painter, *m_content.preparedBy.logo, item.rect);
        else
            paintItem(painter, item);
    }
    painter.restore();
}

bool ReportRenderer::render() const
{
    if (!m_layout.error().isEmpty())
        return false;
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
