#include "csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace splitbench {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// Windows-1252's characters for 0x80..0x9F, where it differs from Latin-1 (unassigned bytes keep Latin-1's).
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(kWindows1252High[byte - 0x80]) : QChar(static_cast<char16_t>(byte));
    }
    return text;
}

struct Decoded {
    QString text;
    QString encoding;
};

Decoded decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder utf16(QStringDecoder::Utf16LE);
        return {utf16(bytes.mid(2)), QStringLiteral("UTF-16LE")};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringDecoder::Utf16BE);
        return {utf16(bytes.mid(2)), QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return {std::move(text), QStringLiteral("UTF-8")};
    return {fromWindows1252(bytes), QStringLiteral("Windows-1252")};
}

/// The separator the first line uses most, outside quotes; ',' when it has none.
QChar guessSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

/// Undoes csvField()'s guard: an apostrophe before text a spreadsheet would run as a formula.
QString unguarded(QString cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' &&
        (cell[1] == u'=' || cell[1] == u'+' || cell[1] == u'-' || cell[1] == u'@' || cell[1] == u'\t' ||
         cell[1] == u'\r'))
        cell.remove(0, 1);
    return cell;
}

} // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

std::optional<LoadError> sheetFileTooLarge(qsizetype size, const QString &fileLabel)
{
    if (size <= SheetLimits::kMaxFileBytes)
        return std::nullopt;
    return LoadError{fileLabel, {},
                     tr("the file is %1 MB; a responsibility matrix is read up to %2 MB")
                         .arg(QString::number(size / (1024 * 1024)),
                              QString::number(SheetLimits::kMaxFileBytes / (1024 * 1024)))};
}

Loaded<CsvSheet> readCsv(const QByteArray &bytes, const QString &fileLabel)
{
    if (std::optional<LoadError> tooLarge = sheetFileTooLarge(bytes.size(), fileLabel))
        return *tooLarge;
    Decoded decoded = decode(bytes);
    CsvSheet sheet;
    sheet.encoding = decoded.encoding;
    sheet.separator = guessSeparator(decoded.text);
    const QString &text = decoded.text;

    auto place = [](int row, int column) {
        return tr("row %1, column %2").arg(QString::number(row + 1), columnLetters(column));
    };
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    auto endCell = [&]() -> std::optional<LoadError> {
        if (row.size() >= SheetLimits::kMaxColumns)
            return LoadError{fileLabel, place(static_cast<int>(sheet.table.rows.size()), row.size()),
                             tr("more than %1 columns").arg(SheetLimits::kMaxColumns)};
        row.append(unguarded(cell));
        cell.clear();
        cellStarted = false;
        return std::nullopt;
    };
    auto endRow = [&]() -> std::optional<LoadError> {
        if (auto error = endCell())
            return error;
        if (sheet.table.rows.size() >= static_cast<size_t>(SheetLimits::kMaxRows))
            return LoadError{fileLabel, tr("row %1").arg(sheet.table.rows.size() + 1),
                             tr("more than %1 rows; a responsibility matrix has far fewer").arg(SheetLimits::kMaxRows)};
        sheet.table.rows.push_back(std::move(row));
        row = {};
        return std::nullopt;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == sheet.separator) {
            if (auto error = endCell())
                return *error;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            if (auto error = endRow())
                return *error;
        } else {
            cell.append(c);
            cellStarted = true;
        }
        if (cell.size() > SheetLimits::kMaxCellChars)
            return LoadError{fileLabel, place(static_cast<int>(sheet.table.rows.size()), row.size()),
                             tr("a cell of more than %1 characters").arg(SheetLimits::kMaxCellChars)};
    }
    if (quoted)
        return LoadError{fileLabel, place(static_cast<int>(sheet.table.rows.size()), row.size()),
                         tr("a quoted cell is not closed")};
    if (!cell.isEmpty() || !row.isEmpty()) {
        if (auto error = endRow())
            return *error;
    }
    return sheet;
}

} // namespace splitbench
