#include "json_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>

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
    return tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

void fail(const QString &place, const QString &message) { throw Failure(place, message); }

QString child(const QString &place, const QString &key)
{
    return place.isEmpty() ? key : place + u'.' + key;
}

QString child(const QString &place, qsizetype index) { return place + u'[' + QString::number(index) + u']'; }

QJsonObject parseDocument(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        fail({}, tr("the file is %1 bytes, more than the limit of %2 bytes")
                     .arg(bytes.size())
                     .arg(limits.maxFileBytes));
    if (bytes.trimmed().isEmpty())
        fail({}, tr("the file is empty"));

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        fail({}, tr("the file is not valid UTF-8 text"));
    Q_UNUSED(text)

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(lineAndColumn(bytes, parseError.offset),
             tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        fail({}, tr("the top level must be a JSON object"));
    return document.object();
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
                        .arg(array.size())
                        .arg(limits.maxArrayLength));
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
                        .arg(text.size())
                        .arg(limits.maxStringLength));
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
                 .arg(id.left(80))
                 .arg(limits.maxIdLength));
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
        fail(place, tr("is %1, outside the allowed range %2 to %3").arg(number).arg(min).arg(max));
    return number;
}

double requireNumber(const QJsonObject &object, const QString &key, const QString &place, double min,
                     double max)
{
    return requireNumber(object.value(key), child(place, key), min, max);
}

} // namespace splitbench::json
