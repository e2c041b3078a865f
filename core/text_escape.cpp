#include "text_escape.h"

namespace splitbench {

namespace {
bool needsEscape(char16_t c, KeepLayout keep)
{
    if (c < 0x20)
        return keep == KeepLayout::Nothing || (c != u'\n' && c != u'\r' && c != u'\t');
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

bool hasControlCharacters(const QString &text, KeepLayout keep)
{
    for (const QChar c : text)
        if (needsEscape(c.unicode(), keep))
            return true;
    return false;
}

QString escapeControlCharacters(const QString &text, KeepLayout keep)
{
    if (!hasControlCharacters(text, keep))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u, keep))
            out += c;
        else
            out += (u <= 0xFF ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                   QString::number(static_cast<uint>(u), 16).toUpper().rightJustified(u <= 0xFF ? 2 : 4, u'0');
    }
    return out;
}

} // namespace splitbench
