// Numbers (and lists) in sentences and reports, written the way the reader's language writes them: "78.8" or "78,8".
#pragma once

#include <QString>
#include <QStringList>

namespace splitbench {

/// `value` with `decimals` decimals in the default QLocale: the workbench's language, or C for
/// splitbench-cli, whose output is English and read by scripts. No group separators, and never "-0".
[[nodiscard]] QString formatDecimal(double value, int decimals);

/// A count as the reader's language writes it, with group separators where the default QLocale has them:
/// "20,000" in English, "20.000" in German, as the workbench's spin boxes show it; "20000" for
/// splitbench-cli (the C locale), whose output scripts read.
[[nodiscard]] QString formatCount(qint64 count);

/// A fraction (0 to 1) as a percentage with one decimal, as the sensitivity sentences and the report print
/// it: "87.3%".
[[nodiscard]] QString formatPercentage(double fraction);

/// An amount of money in whole units (or `decimals`), as the reader's language writes it: "€540,320" in
/// English, "540.320 €" in German, "CHF 1,235" for a code without a sign of its own; "540,320 EUR" for
/// splitbench-cli (the C locale: plain ASCII, the code last). `currency` is an ISO 4217 code (knownCurrencies()).
[[nodiscard]] QString formatMoney(double amount, const QString &currency, int decimals = 0);

/// Items joined as a sentence lists them: "a", "a and b", "a, b and c" (translated).
[[nodiscard]] QString formatList(const QStringList &items);

} // namespace splitbench
