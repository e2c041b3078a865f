#include "number_format.h"

#include <QLocale>

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

} // namespace splitbench
