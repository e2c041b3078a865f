// Reads a CSV file into a SheetTable: the importer's way in for comma-, semicolon- and tab-separated sheets in
// the encodings spreadsheets write.
#pragma once

#include "load_error.h"
#include "sheet_table.h"

#include <QByteArray>

#include <optional>

namespace splitbench {

/// A CSV file's table, and how it was read.
struct CsvSheet {
    SheetTable table;
    QString encoding;   ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    QChar separator;    ///< ',', ';' or '\t': the one the first line uses most.
};

/// Parses `bytes` (RFC 4180: quoted cells may hold separators, quotes and line breaks). The encoding is taken from
/// a byte order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what spreadsheets on Windows
/// write). A cell the exports protected against formulas ('=…) is read without the apostrophe. Refuses, naming
/// `fileLabel` and the row and column, a file over SheetLimits: size, rows, columns or one cell's length.
[[nodiscard]] Loaded<CsvSheet> readCsv(const QByteArray &bytes, const QString &fileLabel);

/// Refuses a sheet file over SheetLimits::kMaxFileBytes, naming `fileLabel`; every sheet reader checks this first.
[[nodiscard]] std::optional<LoadError> sheetFileTooLarge(qsizetype size, const QString &fileLabel);

/// "C" for column index 2, "AA" for 26: how spreadsheets name a column, for messages.
[[nodiscard]] QString columnLetters(int column);

} // namespace splitbench
