#include "recovery_file.h"

#include "file_access.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace splitbench::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::gui::RecoveryFile", text);
}

const QString kFormat = QStringLiteral("splitbench-recovery");
} // namespace

QByteArray RecoveryFile::serialize(const QByteArray &profileJson, const QDateTime &savedAt, const QString &originalFile,
                                   const QString &catalogue)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("original_file"), originalFile.isEmpty() ? QJsonValue() : QJsonValue(originalFile));
    root.insert(QStringLiteral("catalogue"), catalogue.isEmpty() ? QJsonValue() : QJsonValue(catalogue));
    root.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    // Embedded as an object (not a string) so the copy stays readable and can be rescued by hand.
    root.insert(QStringLiteral("profile"), QJsonDocument::fromJson(profileJson).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Loaded<RecoveryFile> RecoveryFile::read(const QString &path, const Catalogue &catalogue, const QString &cataloguePath)
{
    const auto error = [&path](const QString &place, const QString &message) {
        return LoadError{path, place, message};
    };
    // Through the one reading function: never blocks, reads only regular files, at most kMaxBytes.
    Loaded<QByteArray> bytes = readInputFile(path, kMaxBytes);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error({}, tr("not valid JSON at byte %1: %2").arg(QString::number(parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return error({}, tr("not a recovery file (the top level is not an object)"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return error(QStringLiteral("format"), tr("not a Splitbench recovery file"));
    if (root.value(QStringLiteral("version")).toInt(-1) != kFormatVersion)
        return error(QStringLiteral("version"), tr("recovery format version %1 is not one this Splitbench reads")
                                                    .arg(root.value(QStringLiteral("version")).toVariant().toString()));

    RecoveryFile recovery;
    recovery.path = path;
    recovery.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!recovery.savedAt.isValid())
        return error(QStringLiteral("saved_at"), tr("missing or not a date and time"));
    recovery.originalFile = root.value(QStringLiteral("original_file")).toString();
    recovery.catalogue = root.value(QStringLiteral("catalogue")).toString();
    recovery.pid = root.value(QStringLiteral("pid")).toInteger();
    if (recovery.catalogue != cataloguePath)
        return error(QStringLiteral("catalogue"),
                     tr("made with the catalogue %1, but this window uses %2")
                         .arg(recovery.catalogue.isEmpty() ? tr("built into Splitbench") : recovery.catalogue,
                              cataloguePath.isEmpty() ? tr("the built-in catalogue") : cataloguePath));

    const QJsonValue profile = root.value(QStringLiteral("profile"));
    if (!profile.isObject())
        return error(QStringLiteral("profile"), tr("missing (the profile must be an object)"));
    Loaded<Profile> loaded =
        Profile::parse(QJsonDocument(profile.toObject()).toJson(QJsonDocument::Compact), path, catalogue);
    if (!loaded) {
        LoadError inner = loaded.error();
        inner.place = inner.place.isEmpty() ? QStringLiteral("profile") : QStringLiteral("profile.") + inner.place;
        return inner;
    }
    recovery.profile = std::move(loaded).value();
    return recovery;
}

} // namespace splitbench::gui
