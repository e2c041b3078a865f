#include "json_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cmath>
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

/// A single pass over the raw bytes that refuses too deep nesting and too many values before
/// QJsonDocument allocates anything. It only tracks brackets, strings and scalar starts; real syntax
/// errors are left to Qt's parser, so it must merely terminate on any input.
void scanStructure(const QByteArray &bytes, const Limits &limits)
{
    enum class Container : char { Object, Array };
    std::vector<Container> stack;
    stack.reserve(static_cast<size_t>(limits.maxDepth) + 1);
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
            if (!expectKey)
                countValue(i);
            // Skip to the closing quote; a backslash escapes the next byte.
            for (++i; i < size && bytes.at(i) != '"'; ++i)
                if (bytes.at(i) == '\\')
                    ++i;
            break;
        }
        case '{':
        case '[':
            countValue(i);
            stack.push_back(c == '{' ? Container::Object : Container::Array);
            if (static_cast<qsizetype>(stack.size()) > limits.maxDepth)
                fail(lineAndColumn(bytes, i),
                     tr("arrays and objects are nested more than %1 levels deep").arg(limits.maxDepth));
            expectKey = c == '{';
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
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
                while (i + 1 < size && (std::isalnum(static_cast<unsigned char>(bytes.at(i + 1))) ||
                                        bytes.at(i + 1) == '.' || bytes.at(i + 1) == '+' || bytes.at(i + 1) == '-'))
                    ++i;
            }
            break;
        }
    }
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

    scanStructure(bytes, limits);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(lineAndColumn(bytes, parseError.offset),
             tr("not valid JSON: %1").arg(parseError.errorString()));
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
        fail(place, tr("is %1, outside the allowed range %2 to %3").arg(QString::number(number), QString::number(min), QString::number(max)));
    return number;
}

double requireNumber(const QJsonObject &object, const QString &key, const QString &place, double min,
                     double max)
{
    return requireNumber(object.value(key), child(place, key), min, max);
}

} // namespace splitbench::json
