#include "sheet_file.h"

#include "csv_reader.h"
#include "file_access.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>
#include <optional>

namespace splitbench::sheets {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("splitbench::sheets", text); }

struct ZipCloser {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

/// An XLSX package opened from memory, whose parts are read against one budget of unpacked bytes: the sizes
/// the archive declares are not trusted, the bytes actually unpacked are counted.
class Package {
public:
    Package(const QByteArray &bytes, QString fileLabel) : m_bytes(bytes), m_file(std::move(fileLabel)) {}

    std::optional<LoadError> open()
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), static_cast<zip_uint64_t>(m_bytes.size()),
                                                        0, &error);
        if (!source)
            return fail({}, tr("the file cannot be read as a workbook"));
        zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        zip_error_fini(&error);
        if (!archive) {
            zip_source_free(source);
            return fail({}, tr("the file is not an XLSX workbook, or it is damaged (its zip archive cannot be opened)"));
        }
        m_archive.reset(archive);
        return std::nullopt;
    }

    /// The part `name` ("xl/workbook.xml"), nullopt when the package has none; sets `error` when it cannot be
    /// unpacked or would take the package past the budget.
    std::optional<QByteArray> part(const QString &name, std::optional<LoadError> &error)
    {
        const zip_int64_t index = zip_name_locate(m_archive.get(), name.toUtf8().constData(), ZIP_FL_NOCASE);
        if (index < 0)
            return std::nullopt;
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0));
        if (!file) {
            error = fail(name, tr("this part of the workbook cannot be unpacked (damaged or encrypted)"));
            return std::nullopt;
        }
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t read = zip_fread(file.get(), buffer, sizeof buffer);
            if (read < 0) {
                error = fail(name, tr("this part of the workbook is damaged"));
                return std::nullopt;
            }
            if (read == 0)
                break;
            m_unpacked += read;
            if (m_unpacked > SheetLimits::kMaxExpandedBytes) {
                error = fail(name, tr("the workbook unpacks to more than %1 MB; it is refused as a possible zip bomb")
                                       .arg(SheetLimits::kMaxExpandedBytes / (1024 * 1024)));
                return std::nullopt;
            }
            data.append(buffer, static_cast<qsizetype>(read));
        }
        return data;
    }

    [[nodiscard]] LoadError fail(const QString &place, const QString &message) const
    {
        return LoadError{m_file, place, message};
    }

private:
    const QByteArray &m_bytes;
    QString m_file;
    std::unique_ptr<zip_t, ZipCloser> m_archive;
    std::int64_t m_unpacked = 0;
};

/// The text of an element and its descendants' text (a rich-text string's runs), without phonetic hints.
QString elementText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            text += xml.text();
            if (text.size() > SheetLimits::kMaxCellChars)
                xml.raiseError(QStringLiteral("cell"));
        }
    }
    return text;
}

std::optional<LoadError> xmlProblem(const QXmlStreamReader &xml, const Package &package, const QString &part)
{
    if (!xml.hasError())
        return std::nullopt;
    if (xml.errorString() == QLatin1String("cell"))
        return package.fail(part, tr("a cell of more than %1 characters").arg(SheetLimits::kMaxCellChars));
    return package.fail(part, tr("line %1: the XML is not well-formed (%2)").arg(QString::number(xml.lineNumber()), xml.errorString()));
}

/// "B12" → column 1, row 11; false for anything else.
bool cellPosition(QStringView reference, int *row, int *column)
{
    qsizetype i = 0;
    int c = 0;
    while (i < reference.size() && reference[i].isLetter()) {
        c = c * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (c > 1'000'000)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

struct SheetRef {
    QString name;
    QString part;
};

/// The sheets in workbook order, with the part each is stored in.
std::optional<LoadError> readWorkbook(Package &package, std::vector<SheetRef> &sheets)
{
    std::optional<LoadError> error;
    const std::optional<QByteArray> workbook = package.part(QStringLiteral("xl/workbook.xml"), error);
    if (error)
        return error;
    if (!workbook)
        return package.fail({}, tr("the file is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)"));
    QHash<QString, QString> targets;
    if (const std::optional<QByteArray> rels = package.part(QStringLiteral("xl/_rels/workbook.xml.rels"), error)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        if (auto problem = xmlProblem(xml, package, QStringLiteral("xl/_rels/workbook.xml.rels")))
            return problem;
    }
    if (error)
        return error;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            if (sheets.size() >= static_cast<size_t>(SheetLimits::kMaxSheets))
                return package.fail(QStringLiteral("xl/workbook.xml"), tr("more than %1 sheets").arg(SheetLimits::kMaxSheets));
            QString relation;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == QLatin1String("id"))
                    relation = attribute.value().toString();
            const QString name = xml.attributes().value(QLatin1String("name")).toString().left(64);
            const QString part = targets.value(relation, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1));
            sheets.push_back({name, part});
        }
    }
    return xmlProblem(xml, package, QStringLiteral("xl/workbook.xml"));
}

std::optional<LoadError> readSharedStrings(Package &package, QStringList &strings)
{
    std::optional<LoadError> error;
    const std::optional<QByteArray> part = package.part(QStringLiteral("xl/sharedStrings.xml"), error);
    if (error || !part)
        return error;
    QXmlStreamReader xml(*part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            if (strings.size() >= SheetLimits::kMaxRows * 64)
                return package.fail(QStringLiteral("xl/sharedStrings.xml"), tr("more text than a responsibility matrix has"));
            strings.append(elementText(xml));
        }
    }
    return xmlProblem(xml, package, QStringLiteral("xl/sharedStrings.xml"));
}

std::optional<LoadError> readWorksheet(Package &package, const SheetRef &ref, const QStringList &strings,
                                       SheetTable &table, int &formulas)
{
    std::optional<LoadError> error;
    const std::optional<QByteArray> part = package.part(ref.part, error);
    if (error)
        return error;
    table.name = ref.name;
    if (!part)
        return package.fail(ref.part, tr("sheet “%1” is missing from the workbook").arg(ref.name));
    const QString place = tr("sheet “%1”").arg(ref.name);
    QXmlStreamReader xml(*part);
    int nextRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            const int row = ok && number >= 1 ? number - 1 : nextRow;
            if (row >= SheetLimits::kMaxRows)
                return package.fail(place, tr("more than %1 rows; a responsibility matrix has far fewer").arg(SheetLimits::kMaxRows));
            nextRow = row + 1;
            if (table.rows.size() < static_cast<size_t>(row) + 1)
                table.rows.resize(static_cast<size_t>(row) + 1);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            int row = nextRow - 1;
            int column = 0;
            const QString reference = xml.attributes().value(QLatin1String("r")).toString();
            if (!reference.isEmpty() && !cellPosition(reference, &row, &column))
                return package.fail(place, tr("“%1” is not a cell reference").arg(reference.left(20)));
            if (reference.isEmpty())
                column = row >= 0 && static_cast<size_t>(row) < table.rows.size()
                             ? static_cast<int>(table.rows[static_cast<size_t>(row)].size())
                             : 0;
            if (row < 0 || row >= SheetLimits::kMaxRows)
                return package.fail(place, tr("more than %1 rows; a responsibility matrix has far fewer").arg(SheetLimits::kMaxRows));
            if (column >= SheetLimits::kMaxColumns)
                return package.fail(place + QStringLiteral(", ") + columnLetters(std::min(column, 18277)) + QString::number(row + 1),
                                    tr("more than %1 columns").arg(SheetLimits::kMaxColumns));
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v"))
                    value = elementText(xml);
                else if (xml.name() == QLatin1String("is"))
                    inlineText = elementText(xml);
                else if (xml.name() == QLatin1String("f")) {
                    ++formulas;
                    xml.skipCurrentElement();
                }
            }
            if (auto problem = xmlProblem(xml, package, ref.part))
                return problem;
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return package.fail(place + QStringLiteral(", ") + reference, tr("the cell refers to text the workbook does not have"));
                text = strings[index];
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                text = value; // A number, a formula's stored result ("str") or an error value ("e").
            }
            auto &cells = table.rows[static_cast<size_t>(row)];
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = text;
        }
    }
    return xmlProblem(xml, package, ref.part);
}

Loaded<SheetFile> readXlsx(const QByteArray &bytes, const QString &fileLabel)
{
    Package package(bytes, fileLabel);
    if (auto error = package.open())
        return *error;
    std::vector<SheetRef> refs;
    if (auto error = readWorkbook(package, refs))
        return *error;
    QStringList strings;
    if (auto error = readSharedStrings(package, strings))
        return *error;
    SheetFile file;
    int formulas = 0;
    for (const SheetRef &ref : refs) {
        SheetTable table;
        if (auto error = readWorksheet(package, ref, strings, table, formulas))
            return *error;
        file.sheets.push_back(std::move(table));
    }
    if (formulas > 0)
        file.notes << tr("cells with a formula: %1; the results the workbook stored were read, no formula was run")
                          .arg(formulas);
    return file;
}

} // namespace

Loaded<SheetFile> readSheets(const QByteArray &bytes, const QString &fileLabel)
{
    if (std::optional<LoadError> tooLarge = sheetFileTooLarge(bytes.size(), fileLabel))
        return *tooLarge;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return readXlsx(bytes, fileLabel);
    Loaded<CsvSheet> csv = readCsv(bytes, fileLabel);
    if (!csv)
        return csv.error();
    SheetFile file;
    if (csv.value().encoding == QLatin1String("Windows-1252"))
        file.notes << tr("the file is not UTF-8; it was read as Windows-1252");
    // A CSV file has one unnamed sheet: it goes by the file's name ("acme-matrix" for acme-matrix.csv).
    csv.value().table.name = QFileInfo(fileLabel).completeBaseName();
    file.sheets.push_back(std::move(csv.value().table));
    return file;
}

Loaded<SheetFile> readSheetFile(const QString &path)
{
    Loaded<QByteArray> bytes = readInputFile(path, SheetLimits::kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    return readSheets(bytes.value(), path);
}

} // namespace splitbench::sheets
