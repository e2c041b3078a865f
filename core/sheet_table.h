// A table of text cells read from a spreadsheet or a CSV file: what the matrix importer works on.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace splitbench {

/// One sheet: rows of cells as the sheet shows them (a formula's stored result, never the formula run).
struct SheetTable {
    QString name; ///< The sheet's name; empty for a CSV file.
    std::vector<QStringList> rows;
};

/// What a sheet reader accepts before it refuses a file: enough for any real responsibility matrix (the
/// catalogue has 85 activities), small enough that a hostile file cannot exhaust memory.
struct SheetLimits {
    static constexpr std::int64_t kMaxFileBytes = 20 * 1024 * 1024;      ///< The file as stored.
    static constexpr std::int64_t kMaxExpandedBytes = 64 * 1024 * 1024;  ///< Every part unpacked, added up.
    static constexpr int kMaxRows = 5000;
    static constexpr int kMaxColumns = 256;
    static constexpr int kMaxCellChars = 4000;
    static constexpr int kMaxSheets = 64;
};

} // namespace splitbench
