#include "report_style.h"

#include "number_format.h"

#include <cmath>

namespace splitbench::report {

QFont reportFont(double points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    font.setKerning(true);
    // A letter spacing of exactly 100 % changes no advance but makes Qt skip ligatures, so "fi" stays two
    // letters in the PDF's text layer.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

QColor tint(const QColor &colour, double amount)
{
    return QColor::fromRgbF(static_cast<float>(1 - (1 - colour.redF()) * amount),
                            static_cast<float>(1 - (1 - colour.greenF()) * amount),
                            static_cast<float>(1 - (1 - colour.blueF()) * amount));
}

QString formatFit(double value)
{
    return formatDecimal(value, 1);
}

QString formatPercent(double value)
{
    return QString::number(std::lround(value)) + u'%';
}

QString formatRaci(const QString &letters)
{
    return letters.isEmpty() ? QStringLiteral("–") : letters;
}

} // namespace splitbench::report
