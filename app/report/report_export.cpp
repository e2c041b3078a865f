#include "report_export.h"

#include "pdf_outline.h"

#include "matrix_export.h"
#include "output_file.h"
#include "plan_formats.h"
#include "radar_plot.h"
#include "report_formats.h"
#include "report_renderer.h"
#include "scenario_formats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report", text);
}

constexpr int kPdfResolution = 300;
constexpr double kScreenDpi = 96.0;

QSize radarPixelSize()
{
    const QSizeF mm = reportRadarNaturalSizeMm();
    return {qRound(mm.width() * kScreenDpi / 25.4), qRound(mm.height() * kScreenDpi / 25.4)};
}

void setUpPdfWriter(QPdfWriter &writer, const ReportContent &content, const QPageSize &pageSize)
{
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("Splitbench report: %1").arg(content.organisationName()));
    writer.setCreator(QStringLiteral("Splitbench %1").arg(QStringLiteral(SPLITBENCH_VERSION)));
}

struct FormatName {
    const char *name;
    ExportFormat format;
};
constexpr FormatName kFormatNames[] = {
    {"pdf", ExportFormat::Pdf},   {"png", ExportFormat::Png},     {"svg", ExportFormat::Svg},
    {"csv", ExportFormat::Csv},   {"md", ExportFormat::Markdown}, {"markdown", ExportFormat::Markdown},
    {"html", ExportFormat::Html}, {"htm", ExportFormat::Html},    {"xlsx", ExportFormat::Xlsx},
    {"json", ExportFormat::Json},
};
} // namespace

std::optional<ExportFormat> exportFormatForName(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.startsWith(u'.'))
        key.remove(0, 1);
    for (const FormatName &entry : kFormatNames)
        if (key == QLatin1String(entry.name))
            return entry.format;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return exportFormatForName(suffix);
}

QString exportSuffix(ExportFormat format)
{
    for (const FormatName &entry : kFormatNames)
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    return {};
}

QStringList exportSuffixes()
{
    QStringList suffixes;
    for (const FormatName &entry : kFormatNames)
        suffixes << QString::fromLatin1(entry.name);
    return suffixes;
}

QString exportFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF document (*.pdf)");
    case ExportFormat::Png:
        return tr("PNG image (*.png)");
    case ExportFormat::Svg:
        return tr("SVG drawing (*.svg)");
    case ExportFormat::Csv:
        return tr("CSV table (*.csv)");
    case ExportFormat::Markdown:
        return tr("Markdown document (*.md *.markdown)");
    case ExportFormat::Html:
        return tr("HTML page (*.html *.htm)");
    case ExportFormat::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case ExportFormat::Json:
        return tr("JSON score (*.json)");
    }
    return {};
}

std::optional<QPageSize> reportPageSize(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QStringLiteral("a4"))
        return QPageSize(QPageSize::A4);
    if (key == QStringLiteral("letter"))
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

namespace {
/// The bookmarks of a laid-out report: every page's outline entries, the first page named after its section when
/// no heading on it is one (the cover).
std::vector<PdfBookmark> reportBookmarks(const ReportLayout &layout)
{
    std::vector<PdfBookmark> bookmarks;
    const double pointsPerPixel = 72.0 / layout.frame().dpi;
    const auto &pages = layout.pages();
    for (size_t p = 0; p < pages.size(); ++p) {
        if (p == 0 && (pages[p].outline.empty() || pages[p].outline.front().level != 1) && !pages[p].section.isEmpty())
            bookmarks.push_back({1, pages[p].section, 0, 0});
        for (const OutlineEntry &entry : pages[p].outline)
            bookmarks.push_back({entry.level, entry.title, static_cast<int>(p), entry.y * pointsPerPixel});
    }
    return bookmarks;
}
} // namespace

QByteArray reportPdf(const ReportContent &content, const QPageSize &pageSize, int *pageCount, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::vector<PdfBookmark> bookmarks;
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, content, pageSize);
        const ReportRenderer renderer(content, &writer);
        if (pageCount)
            *pageCount = renderer.pageCount();
        if (error)
            *error = renderer.layout().error();
        if (!renderer.render())
            return {};
        bookmarks = reportBookmarks(renderer.layout());
    }
    const QString author = content.preparedBy.author();
    const PdfInfo info{author.isEmpty() ? QStringLiteral("Splitbench %1").arg(QStringLiteral(SPLITBENCH_VERSION)) : author,
                       tr("Fully managed or co-managed IT: which fits %1").arg(content.preparedFor())};
    return withOutline(buffer.data(), bookmarks, info, error);
}

QByteArray radarPng(const ReportContent &content)
{
    const QSize size = radarPixelSize();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintReportRadar(painter, content, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(8, 8, -8, -8));
    }
    // Record the doubled density so the image keeps the chart's physical size when placed in documents.
    const int dotsPerMeter = qRound(2 * kScreenDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return buffer.data();
}

QByteArray radarSvg(const ReportContent &content)
{
    const QSize size = radarPixelSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(qRound(kScreenDpi));
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Qt 6.4 writes title and description into the XML unescaped.
        generator.setTitle(tr("Fit by dimension: %1").arg(content.organisationName()).toHtmlEscaped());
        generator.setDescription(
            tr("Radar chart of how well each IT service model fits each dimension (0 to 100).").toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator))
            return {};
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paintReportRadar(painter, content, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(8, 8, -8, -8));
        painter.end();
    }
    return buffer.data();
}

QString exportReport(const QString &path, ExportFormat format, const ReportContent &content, const QPageSize &pageSize)
{
    const auto writeBytes = [&path](const QByteArray &bytes, const QString &what) {
        if (bytes.isEmpty())
            return tr("%1: could not produce the %2").arg(path, what);
        return writeFileAtomically(path, bytes);
    };
    switch (format) {
    case ExportFormat::Pdf: {
        // Made in memory first: qpdf adds the bookmarks to the finished document (pdf_outline.h).
        QString problem;
        const QByteArray bytes = reportPdf(content, pageSize, nullptr, &problem);
        if (bytes.isEmpty())
            return tr("%1: %2").arg(path, problem.isEmpty() ? tr("could not produce the report") : problem);
        return writeFileAtomically(path, bytes);
    }
    case ExportFormat::Png:
        return writeBytes(radarPng(content), tr("radar chart"));
    case ExportFormat::Svg:
        return writeBytes(radarSvg(content), tr("radar chart"));
    case ExportFormat::Csv:
        return writeFileAtomically(path, matrixToCsv(content));
    case ExportFormat::Markdown:
        return writeFileAtomically(path, matrixToMarkdown(content));
    case ExportFormat::Html:
        return writeFileAtomically(path, matrixToHtml(content));
    case ExportFormat::Xlsx: {
        QString error;
        const QByteArray bytes = matrixToXlsx(content, &error);
        if (bytes.isEmpty())
            return tr("%1: %2").arg(path, error);
        return writeFileAtomically(path, bytes);
    }
    case ExportFormat::Json: {
        // Exactly `splitbench-cli score --format json`: with `today` for a profile with today's split and the
        // scenarios' comparison for one with scenarios.
        const QByteArray json = withTodayJson(scoreToJson(content.catalogue, content.profile, content.result),
                                              FitEngine(content.catalogue), content.profile);
        return writeFileAtomically(path, content.scenarios
                                             ? withScenarioJson(json, content.catalogue, *content.scenarios)
                                             : json);
    }
    }
    return tr("%1: unknown output format").arg(path);
}

QString exportPdf(const QString &path, const ReportContent &content, const QPageSize &pageSize)
{
    return exportReport(path, ExportFormat::Pdf, content, pageSize);
}

QString exportMatrix(const QString &path, ExportFormat format, const ReportContent &content)
{
    if (format != ExportFormat::Csv && format != ExportFormat::Markdown && format != ExportFormat::Html &&
        format != ExportFormat::Xlsx)
        return tr("%1: the responsibility matrix is exported as CSV, Markdown, HTML or XLSX").arg(path);
    return exportReport(path, format, content);
}

QString exportRadar(const QString &path, ExportFormat format, const ReportContent &content)
{
    if (format != ExportFormat::Png && format != ExportFormat::Svg)
        return tr("%1: the radar chart is exported as PNG or SVG").arg(path);
    return exportReport(path, format, content);
}

QFuture<QString> exportReportAsync(const QString &path, ExportFormat format, const ReportContent &content,
                                   const QPageSize &pageSize)
{
    return QtConcurrent::run(
        [path, format, content, pageSize] { return exportReport(path, format, content, pageSize); });
}

int printReport(QPagedPaintDevice *printer, const ReportContent &content)
{
    const ReportRenderer renderer(content, printer);
    return renderer.render() ? renderer.pageCount() : 0;
}

} // namespace splitbench::report
