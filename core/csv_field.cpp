#include "csv_field.h"

#include <QLocale>

namespace splitbench {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())) {
        bool number = false;
        QLocale::c().toDouble(value, &number);
        if (!number)
            value.prepend(u'\'');
    }
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

} // namespace splitbench
