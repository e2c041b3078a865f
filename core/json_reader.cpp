#include "json_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

#include <QSet>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace splitbench::json {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::json", text); }

/// 1-based line and column of a byte offset, for syntax error messages.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(QString::number(line), QString::number(column));
}

bool startsScalar(char c)
{
    return c == '-' || c == 't' || c == 'f' || c == 'n' || (c >= '0' && c <= '9');
}

/// Where a JSON number token lies in the raw bytes.
struct Span {
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// True if bytes[span] is a number as JSON spells it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(const QByteArray &bytes, Span span)
{
    qsizetype i = span.begin;
    const auto digit = [&](qsizetype at) { return at < span.end && bytes.at(at) >= '0' && bytes.at(at) <= '9'; };
    if (i < span.end && bytes.at(i) == '-')
        ++i;
    if (!digit(i))
        return false;
    if (bytes.at(i) == '0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < span.end && bytes.at(i) == '.') {
        if (!digit(++i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < span.end && (bytes.at(i) == 'e' || bytes.at(i) == 'E')) {
        ++i;
        if (i < span.end && (bytes.at(i) == '+' || bytes.at(i) == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == span.end;
}

/// The decimal exponent of the first significant digit of a valid JSON number (1e-400 → -400, 0.05 → -2,
/// 123 → 2), computed on the text so exponents of any length are handled; nullopt for zero.
std::optional<qint64> decimalMagnitude(const QByteArray &bytes, Span span)
{
    qsizetype i = span.begin;
    if (bytes.at(i) == '-')
        ++i;
    qint64 position = 0;        // decimal exponent of the digit at i, counted from the point
    qint64 firstSignificant = 0; // decimal exponent of the first non-zero digit
    bool found = false;
    qsizetype integerDigits = 0;
    for (qsizetype j = i; j < span.end && bytes.at(j) >= '0' && bytes.at(j) <= '9'; ++j)
        ++integerDigits;
    position = integerDigits - 1;
    for (; i < span.end && bytes.at(i) != 'e' && bytes.at(i) != 'E'; ++i) {
        if (bytes.at(i) == '.')
            continue;
        if (!found && bytes.at(i) != '0') {
            found = true;
            firstSignificant = position;
        }
        --position;
    }
    if (!found)
        return std::nullopt;
    qint64 exponent = 0;
    bool negative = false;
    if (i < span.end) {
        ++i;
        if (bytes.at(i) == '+' || bytes.at(i) == '-')
            negative = bytes.at(i++) == '-';
        for (; i < span.end; ++i)
            exponent = std::min<qint64>(exponent * 10 + (bytes.at(i) - '0'), qint64(1) << 40);
    }
    return firstSignificant + (negative ? -exponent : exponent);
}

/// What scanStructure found that Qt's parser would get wrong; applied or reported after the scan.
struct ScanFindings {
    /// Numbers so close to 0 that a double holds them as 0. They are valid JSON, but Qt 6.4 refuses them as
    /// "illegal number"; they are read as 0, like every JSON reader that uses doubles does.
    std::vector<Span> underflows;
    /// The first key that appears twice in one object (Qt would silently keep the last).
    std::optional<QString> duplicateKey;
    qsizetype duplicateKeyOffset = 0;
};

/// The text of a JSON string's contents bytes[begin, end), escapes resolved, for comparing keys.
QString decodeString(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    const QByteArray raw = bytes.mid(begin, end - begin);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Rare: let Qt resolve the escapes of this one string.
    const QJsonDocument document = QJsonDocument::fromJson('[' + bytes.mid(begin - 1, end - begin + 2) + ']');
    return document.isArray() ? document.array().at(0).toString() : QString::fromUtf8(raw);
}

/// A single pass over the raw bytes that refuses too deep nesting, too many values and numbers beyond
/// what a double holds before QJsonDocument allocates anything, and notes duplicate keys and numbers that
/// round to 0. It only tracks brackets, strings and scalar starts; real syntax errors are left to Qt's
/// parser, so it must merely terminate on any input.
ScanFindings scanStructure(const QByteArray &bytes, const Limits &limits)
{
    enum class Container : char { Object, Array };
    std::vector<Container> stack;
    std::vector<QSet<QString>> keys; // the keys seen so far in each open container (empty for arrays)
    stack.reserve(static_cast<size_t>(limits.maxDepth) + 1);
    keys.reserve(static_cast<size_t>(limits.maxDepth) + 1);
    ScanFindings findings;
    bool expectKey = false; // inside an object, a string before ':' is a key, not a value
    qsizetype values = 0;
    const auto countValue = [&](qsizetype at) {
        if (++values > limits.maxValues)
            fail(lineAndColumn(bytes, at), tr("the file holds more than %1 values").arg(limits.maxValues));
    };
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes.at(i);
        switch (c) {
        case '"': {
            const bool isKey = expectKey && !stack.empty() && stack.back() == Container::Object;
            if (!expectKey)
                countValue(i);
            // Skip to the closing quote; a backslash escapes the next byte.
            const qsizetype start = i;
            for (++i; i < size && bytes.at(i) != '"'; ++i)
                if (bytes.at(i) == '\\')
                    ++i;
            if (isKey && i < size && !findings.duplicateKey) {
                const QString key = decodeString(bytes, start + 1, i);
                QSet<QString> &seen = keys.back();
                if (seen.contains(key)) {
                    findings.duplicateKey = key;
                    findings.duplicateKeyOffset = start;
                } else {
                    seen.insert(key);
                }
            }
            break;
        }
        case '{':
        case '[':
            countValue(i);
            stack.push_back(c == '{' ? Container::Object : Container::Array);
            keys.emplace_back();
            if (static_cast<qsizetype>(stack.size()) > limits.maxDepth)
                fail(lineAndColumn(bytes, i),
                     tr("arrays and objects are nested more than %1 levels deep").arg(limits.maxDepth));
            expectKey = c == '{';
            break;
        case '}':
        case ']':
            if (!stack.empty()) {
                stack.pop_back();
                keys.pop_back();
            }
            expectKey = false;
            break;
        case ',':
            expectKey = !stack.empty() && stack.back() == Container::Object;
            break;
        case ':':
            expectKey = false;
            break;
        default:
            if (startsScalar(c)) {
                countValue(i);
                const qsizetype start = i;
                while (i + 1 < size && (std::isalnum(static_cast<unsigned char>(bytes.at(i + 1))) ||
                                        bytes.at(i + 1) == '.' || bytes.at(i + 1) == '+' || bytes.at(i + 1) == '-'))
                    ++i;
                const Span span{start, i + 1};
                if (c != '-' && (c < '0' || c > '9'))
                    break; // true, false, null
                if (!isJsonNumber(bytes, span))
                    break; // Qt's parser names the syntax error
                double number = 0;
                const std::from_chars_result result =
                    std::from_chars(bytes.constData() + span.begin, bytes.constData() + span.end, number);
                if (result.ec != std::errc::result_out_of_range)
                    break;
                const std::optional<qint64> magnitude = decimalMagnitude(bytes, span);
                if (!magnitude || (*magnitude < 0 && *magnitude >= -324))
                    break; // a subnormal double (down to 4.9e-324), which Qt reads
                if (*magnitude < 0)
                    findings.underflows.push_back(span);
                else
                    fail(lineAndColumn(bytes, start),
                         tr("the number %1 is too large (numbers must lie between -1.7e308 and 1.7e308)")
                             .arg(QString::fromLatin1(bytes.mid(start, std::min<qsizetype>(span.end - start, 40)))));
            }
            break;
        }
    }
    return findings;
}

/// One step of a JSON path; the path text is only built when something fails, because a hostile file
/// could otherwise make us build thousands of long path strings.
struct PathStep {
    QString key;
    qsizetype index = -1; ///< >= 0 for an array element
};

QString pathText(const std::vector<PathStep> &path)
{
    QString place;
    for (const PathStep &step : path)
        place = step.index >= 0 ? child(place, step.index) : child(place, step.key);
    return place;
}

/// Checks every text, key, array and object of a parsed document against the limits, naming its path.
/// Recursion is safe: scanStructure() has already bounded the depth.
void checkTree(const QJsonValue &value, std::vector<PathStep> &path, const Limits &limits)
{
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (length > limits.maxStringLength)
            fail(pathText(path),
                 tr("is %1 characters long, more than the limit of %2").arg(QString::number(length), QString::number(limits.maxStringLength)));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() > limits.maxArrayLength)
            fail(pathText(path),
                 tr("has %1 elements, more than the limit of %2").arg(QString::number(array.size()), QString::number(limits.maxArrayLength)));
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.push_back({{}, i});
            checkTree(array.at(i), path, limits);
            path.pop_back();
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() > limits.maxObjectMembers)
            fail(pathText(path), (path.empty() ? tr("the top-level object has %1 members, more than the limit of %2")
                                               : tr("has %1 members, more than the limit of %2"))
                                     .arg(QString::number(object.size()), QString::number(limits.maxObjectMembers)));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().size() > limits.maxStringLength)
                fail(pathText(path), tr("has a key %1 characters long, more than the limit of %2")
                                         .arg(QString::number(it.key().size()),
                                              QString::number(limits.maxStringLength)));
            path.push_back({it.key(), -1});
            checkTree(it.value(), path, limits);
            path.pop_back();
        }
    }
}
} // namespace

void fail(const QString &place, const QString &message) { throw Failure(place, message); }
void fail(const QString &place, const QString &message, const QString &logMessage)
{
    throw Failure(place, message, logMessage);
}

QString child(const QString &place, const QString &key)
{
    return place.isEmpty() ? key : place + u'.' + key;
}

QString child(const QString &place, qsizetype index) { return place + u'[' + QString::number(index) + u']'; }

QString numberText(double number) { return QString::number(number, 'g', QLocale::FloatingPointShortest); }

QJsonObject parseDocument(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        fail({}, tr("the file is %1 bytes, more than the limit of %2 bytes")
                     .arg(QString::number(bytes.size()), QString::number(limits.maxFileBytes)));
    if (bytes.trimmed().isEmpty())
        fail({}, tr("the file is empty"));

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        fail({}, tr("the file is not valid UTF-8 text"));
    Q_UNUSED(text)

    const ScanFindings findings = scanStructure(bytes, limits);
    // Numbers that round to 0 become "0" padded with spaces, so every later line and column stays the same.
    QByteArray patched = bytes;
    for (const Span &span : findings.underflows) {
        patched[span.begin] = '0';
        for (qsizetype i = span.begin + 1; i < span.end; ++i)
            patched[i] = ' ';
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(patched, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(lineAndColumn(bytes, parseError.offset),
             tr("not valid JSON: %1").arg(parseError.errorString()));
    // Only a well-formed file gets here, so a syntax error is reported first, as a reader expects.
    if (findings.duplicateKey) {
        const QString key = findings.duplicateKey->size() > 64 ? findings.duplicateKey->left(64) + u'\u2026'
                                                                : *findings.duplicateKey;
        fail(lineAndColumn(bytes, findings.duplicateKeyOffset),
             tr("the key \"%1\" appears a second time in the same object; each key may appear only once").arg(key));
    }
    if (!document.isObject())
        fail({}, tr("the top level must be a JSON object"));
    const QJsonObject root = document.object();
    std::vector<PathStep> path;
    checkTree(root, path, limits);
    return root;
}

QJsonObject requireObject(const QJsonValue &value, const QString &place)
{
    if (!value.isObject())
        fail(place, value.isUndefined() ? tr("missing (an object is required)") : tr("must be an object"));
    return value.toObject();
}

QJsonArray requireArray(const QJsonObject &object, const QString &key, const QString &place,
                        const Limits &limits, bool required)
{
    const QJsonValue value = object.value(key);
    const QString where = child(place, key);
    if (value.isUndefined()) {
        if (required)
            fail(where, tr("missing (an array is required)"));
        return {};
    }
    if (!value.isArray())
        fail(where, tr("must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > limits.maxArrayLength)
        fail(where, tr("has %1 elements, more than the limit of %2")
                        .arg(QString::number(array.size()), QString::number(limits.maxArrayLength)));
    return array;
}

QString requireString(const QJsonObject &object, const QString &key, const QString &place,
                      const Limits &limits, bool allowEmpty)
{
    const QJsonValue value = object.value(key);
    const QString where = child(place, key);
    if (value.isUndefined())
        fail(where, tr("missing (text is required)"));
    if (!value.isString())
        fail(where, tr("must be text"));
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        fail(where, tr("must not be empty"));
    if (text.size() > limits.maxStringLength)
        fail(where, tr("is %1 characters long, more than the limit of %2")
                        .arg(QString::number(text.size()), QString::number(limits.maxStringLength)));
    return text;
}

QString optionalString(const QJsonObject &object, const QString &key, const QString &place,
                       const Limits &limits, const QString &fallback)
{
    if (!object.contains(key))
        return fallback;
    return requireString(object, key, place, limits, true);
}

bool isValidId(const QString &id, const Limits &limits)
{
    if (id.isEmpty() || id.size() > limits.maxIdLength)
        return false;
    if (!(id.front() >= u'a' && id.front() <= u'z'))
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString requireId(const QJsonObject &object, const QString &key, const QString &place, const Limits &limits)
{
    const QString id = requireString(object, key, place, limits);
    if (!isValidId(id, limits))
        fail(child(place, key),
             tr("\"%1\" is not a valid id (use lower-case letters, digits and _, starting with a letter, "
                "at most %2 characters)")
                 .arg(id.left(80), QString::number(limits.maxIdLength)),
             QStringLiteral("is not a valid id"));
    return id;
}

double requireNumber(const QJsonValue &value, const QString &place, double min, double max)
{
    if (value.isUndefined())
        fail(place, tr("missing (a number is required)"));
    if (!value.isDouble())
        fail(place, tr("must be a number"));
    const double number = value.toDouble();
    if (!std::isfinite(number))
        fail(place, tr("must be a finite number"));
    if (number < min || number > max)
        fail(place, tr("is %1, outside the allowed range %2 to %3").arg(numberText(number), numberText(min), numberText(max)));
    return number;
}

double requireNumber(const QJsonObject &object, const QString &key, const QString &place, double min,
                     double max)
{
    return requireNumber(object.value(key), child(place, key), min, max);
}

} // namespace splitbench::json
