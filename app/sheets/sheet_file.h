// Reads a spreadsheet file (XLSX, or CSV/TSV text) into tables of text cells for the matrix importer. XLSX is
// unpacked with libzip and read with QXmlStreamReader; nothing in it is ever run or evaluated.
#pragma once

#include "load_error.h"
#include "sheet_table.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace splitbench::sheets {

/// The sheets of a file, and how it was read.
struct SheetFile {
    std::vector<SheetTable> sheets;
    /// Plain words on how the file was read that the user may need ("read as Windows-1252",
    /// "12 formulas: their stored results were read").
    QStringList notes;
};

/// Reads `bytes` as XLSX when they start like a zip archive, else as CSV (csv_reader.h). `fileLabel` names the
/// file in errors. Refuses, with a message naming the file and the place, an archive that is damaged, is not a
/// workbook, or unpacks past SheetLimits (a zip bomb), and a sheet past the row, column or cell limits.
[[nodiscard]] Loaded<SheetFile> readSheets(const QByteArray &bytes, const QString &fileLabel);

/// Reads the file at `path` (at most SheetLimits::kMaxFileBytes) with readSheets().
[[nodiscard]] Loaded<SheetFile> readSheetFile(const QString &path);

} // namespace splitbench::sheets
