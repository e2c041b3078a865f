// One entry point for every report output (PDF, radar PNG/SVG, matrix CSV/Markdown/HTML/XLSX, score JSON),
// used by splitbench-cli and by the workbench's File menu.
#pragma once

#include "report_content.h"

#include <QByteArray>
#include <QFuture>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace splitbench::report {

enum class ExportFormat { Pdf, Png, Svg, Csv, Markdown, Html, Xlsx, Json };

/// The format for a file name's extension (case-insensitive: pdf, png, svg, csv, md/markdown, html/htm,
/// xlsx, json), or nullopt.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
/// The same for a bare extension or format name ("pdf", ".md", "markdown").
std::optional<ExportFormat> exportFormatForName(const QString &name);
/// The preferred extension without a dot ("md" for Markdown).
QString exportSuffix(ExportFormat format);
/// Every extension exportFormatForPath() accepts, preferred ones first.
QStringList exportSuffixes();
/// A file dialog filter such as "PDF document (*.pdf)".
QString exportFilter(ExportFormat format);

/// Page sizes the report supports: A4 (default) and US Letter, portrait.
std::optional<QPageSize> reportPageSize(const QString &name);

/// The full report as PDF bytes (300 dpi layout, fonts embedded), with a bookmark for every section and
/// dimension and the author and subject in its document information. `pageCount` receives the page count;
/// on failure (empty bytes) `error` says why.
QByteArray reportPdf(const ReportContent &content, const QPageSize &pageSize = QPageSize(QPageSize::A4),
                     int *pageCount = nullptr, QString *error = nullptr);
/// The radar chart with legend as a PNG (drawn at twice the natural size for sharp printing).
QByteArray radarPng(const ReportContent &content);
/// The radar chart with legend as SVG (vector, text as text).
QByteArray radarSvg(const ReportContent &content);

/// Writes `content` to `path` in `format` atomically: either the complete file appears under `path` or
/// nothing changes there. Returns an empty string on success, otherwise a message naming the file and
/// the problem. Safe to call from worker threads (each call uses its own paint devices).
QString exportReport(const QString &path, ExportFormat format, const ReportContent &content,
                     const QPageSize &pageSize = QPageSize(QPageSize::A4));

/// Convenience wrappers for the menu entries.
QString exportPdf(const QString &path, const ReportContent &content,
                  const QPageSize &pageSize = QPageSize(QPageSize::A4));
QString exportMatrix(const QString &path, ExportFormat format,
                     const ReportContent &content); ///< Csv, Markdown, Html, Xlsx
QString exportRadar(const QString &path, ExportFormat format, const ReportContent &content); ///< Png, Svg

/// exportReport() on a worker thread, so a window stays responsive; the future yields the error text.
QFuture<QString> exportReportAsync(const QString &path, ExportFormat format, const ReportContent &content,
                                   const QPageSize &pageSize = QPageSize(QPageSize::A4));

/// Paints the report onto a printer (QPrinter from Print… or QPrintPreviewDialog::paintRequested), using
/// the printer's page size. Returns the number of pages printed, or 0 if painting could not start.
int printReport(QPagedPaintDevice *printer, const ReportContent &content);

} // namespace splitbench::report
