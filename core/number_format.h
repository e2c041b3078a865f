// Numbers in sentences and reports, written the way the reader's language writes them: "78.8" or "78,8".
#pragma once

#include <QString>

namespace splitbench {

/// `value` with `decimals` decimals in the default QLocale: the workbench's language, or C for
/// splitbench-cli, whose output is English and read by scripts. No group separators, and never "-0".
[[nodiscard]] QString formatDecimal(double value, int decimals);

/// A fraction (0 to 1) as a percentage with one decimal, as the sensitivity sentences and the report print
/// it: "87.3%".
[[nodiscard]] QString formatPercentage(double fraction);

} // namespace splitbench
