#include "number_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace splitbench {

QString formatDecimal(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', decimals);
    // A small negative number rounds to "-0.0"; the sign would claim a direction that is not there.
    if (value < 0 && text.startsWith(locale.negativeSign()) && locale.toDouble(text) == 0.0)
        text.remove(0, locale.negativeSign().size());
    return text;
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatPercentage(double fraction)
{
    return formatDecimal(fraction * 100.0, 1) + u'%';
}

QString formatMoney(double amount, const QString &currency, int decimals)
{
    const QLocale locale;
    const double rounded = std::round(std::abs(amount) * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString sign = rounded > 0 && amount < 0 ? QString(locale.negativeSign()) : QString();
    // splitbench-cli (the C locale): the code after the number, and thousands grouped as in English so that
    // a report's 1,664,640 EUR stays readable; scripts read the JSON and CSV, which carry plain numbers.
    if (locale.language() == QLocale::C)
        return sign + QLocale(QLocale::English, QLocale::UnitedStates).toString(rounded, 'f', decimals) + u' ' +
               currency;
    static const QMap<QString, QString> signs{{QStringLiteral("EUR"), QStringLiteral("€")},
                                               {QStringLiteral("USD"), QStringLiteral("$")},
                                               {QStringLiteral("GBP"), QStringLiteral("£")},
                                               {QStringLiteral("JPY"), QStringLiteral("¥")}};
    const QString symbol = signs.value(currency, currency);
    QString text = locale.toCurrencyString(rounded, symbol, decimals);
    // Qt writes a letter code flush against the number ("CHF1,235"); a no-break space keeps them apart.
    if (symbol.size() > 1) {
        if (text.startsWith(symbol) && text.size() > symbol.size() && text.at(symbol.size()).isDigit())
            text.insert(symbol.size(), QChar(0x00A0));
        else if (text.endsWith(symbol) && text.size() > symbol.size() && text.at(text.size() - symbol.size() - 1).isDigit())
            text.insert(text.size() - symbol.size(), QChar(0x00A0));
    }
    return sign + text;
}

QString formatList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    const auto tr = [](const char *text) { return QCoreApplication::translate("splitbench", text); };
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(tr(", ")), items.constLast());
}

} // namespace splitbench
