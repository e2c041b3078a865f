// Strict, path-tracking accessors over QJsonValue used by the catalogue and profile loaders.
#pragma once

#include "load_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <stdexcept>

namespace splitbench::json {

/// Thrown inside loaders only; converted to a LoadError at the loader's boundary.
struct Failure : std::runtime_error {
    Failure(QString place, QString message, QString logMessage = {})
        : std::runtime_error("json failure"), place(std::move(place)), message(std::move(message)),
          logMessage(std::move(logMessage))
    {}
    QString place;
    QString message;
    QString logMessage; ///< LoadError::logMessage: set when `message` quotes the file.
};

/// Hard limits that keep hostile or broken files from exhausting memory or the stack. Each is far above
/// what a real file needs (the built-in catalogue: 86 kB, nesting depth 8, about 2,000 values, longest
/// text 280 characters, largest array or object 20 entries). docs/reliability.md lists them.
struct Limits {
    qsizetype maxFileBytes = 4 * 1024 * 1024;
    qsizetype maxStringLength = 4000;   ///< Any text, keys included, in UTF-16 code units.
    qsizetype maxIdLength = 64;
    qsizetype maxArrayLength = 1000;    ///< Elements of any one array.
    qsizetype maxObjectMembers = 1000;  ///< Members of any one object.
    int maxDepth = 32;                  ///< Nesting of arrays and objects.
    qsizetype maxValues = 100000;       ///< JSON values in the whole file.
};

[[noreturn]] void fail(const QString &place, const QString &message);
/// For a `message` that quotes the file (a key, an id, a value): `logMessage` says the same without the quote.
[[noreturn]] void fail(const QString &place, const QString &message, const QString &logMessage);

/// Joins a parent path and a key ("a.b") or index ("a[3]").
QString child(const QString &place, const QString &key);
QString child(const QString &place, qsizetype index);

/// A number as messages show it: the shortest text that reads back as exactly this double, so 1.0000000000000002
/// is never shown as "1".
QString numberText(double number);

/// Parses bytes into a JSON object, refusing oversized files, invalid UTF-8, syntax errors and anything
/// beyond `limits`. Syntax, depth and value-count problems name the line and column (checked before Qt
/// builds the document, so a hostile file never gets that far); over-long texts and over-full arrays or
/// objects name their JSON path. A key that appears twice in one object is refused (line and column of the
/// second), and so is a number too large for a double; a number too small for one (1e-400) is read as 0.
QJsonObject parseDocument(const QByteArray &bytes, const Limits &limits);

QJsonObject requireObject(const QJsonValue &value, const QString &place);
QJsonArray requireArray(const QJsonObject &object, const QString &key, const QString &place,
                        const Limits &limits, bool required = true);
QString requireString(const QJsonObject &object, const QString &key, const QString &place,
                      const Limits &limits, bool allowEmpty = false);
QString optionalString(const QJsonObject &object, const QString &key, const QString &place,
                       const Limits &limits, const QString &fallback = {});
/// A snake_case identifier: [a-z0-9_], starting with a letter.
QString requireId(const QJsonObject &object, const QString &key, const QString &place, const Limits &limits);
bool isValidId(const QString &id, const Limits &limits);
/// A finite number within [min, max].
double requireNumber(const QJsonValue &value, const QString &place, double min, double max);
double requireNumber(const QJsonObject &object, const QString &key, const QString &place, double min,
                     double max);

} // namespace splitbench::json
