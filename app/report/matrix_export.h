// The responsibility matrix with fit (who does what per activity, per model) as CSV, Markdown, HTML and XLSX.
#pragma once

#include "handover_plan.h"
#include "report_content.h"

#include <QByteArray>
#include <QString>

namespace splitbench::report {

/// RFC 4180 CSV, UTF-8, CRLF line ends: one header row, then one row per activity with every model side
/// by side (fit, owner, provider share, provider RACI, in-house RACI).
QByteArray matrixToCsv(const ReportContent &content);

/// A Markdown document: the overall result, then one table per dimension.
QByteArray matrixToMarkdown(const ReportContent &content);

/// A self-contained HTML page (well-formed XHTML syntax, all text escaped), one table per dimension.
QByteArray matrixToHtml(const ReportContent &content);

/// An XLSX workbook: a side-by-side sheet, then one sheet per model; header rows frozen, columns sized.
/// Returns the file's bytes, or empty bytes with `error` set.
QByteArray matrixToXlsx(const ReportContent &content, QString *error);

/// An XLSX workbook with the handover plan alone: the report workbook's "Handover plan" sheet (one writer for
/// both). `catalogue` must have `plan.toModel` (custom models included). Returns the file's bytes, or empty bytes
/// with `error` set.
QByteArray planToXlsx(const Catalogue &catalogue, const HandoverPlan &plan, QString *error);
/// The name of the plan's sheet ("Handover plan", translated).
QString planSheetName();

/// The names of the XLSX sheets in order (unique, at most 31 characters, no characters Excel forbids).
QStringList matrixSheetNames(const ReportContent &content);

/// The number of data rows (activities) every matrix export has.
int matrixRowCount(const ReportContent &content);

} // namespace splitbench::report
