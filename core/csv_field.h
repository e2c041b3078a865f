// One cell of the CSV exports, written once for all of them.
#pragma once

#include <QString>

namespace splitbench {

/// A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. Text that a spreadsheet would
/// run as a formula (a leading =, +, -, @, tab or carriage return, as in a custom model named "=HYPERLINK(…)")
/// is preceded by an apostrophe, so the spreadsheet shows it instead; a number such as "-3.5" stays a number.
[[nodiscard]] QString csvField(const QString &text);

} // namespace splitbench
