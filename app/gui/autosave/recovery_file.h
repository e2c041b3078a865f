// The recovery copy of an unsaved profile: the profile JSON plus where it came from and when it was written.
#pragma once

#include "load_error.h"
#include "profile.h"

#include <QDateTime>
#include <QString>

namespace splitbench::gui {

/// What a recovery file holds. Written by AutosaveManager, read back at the next start after a crash.
struct RecoveryFile {
    static constexpr int kFormatVersion = 1;
    /// Recovery files are small; anything larger is not one of ours.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    QString path;         ///< Where the recovery file itself lies.
    QDateTime savedAt;    ///< When it was written (UTC).
    QString originalFile; ///< The profile's own file, or empty for a profile that was never saved.
    QString catalogue;    ///< Path of the custom catalogue it was made with, or empty for the built-in one.
    qint64 pid = 0;       ///< The process that wrote it (for the log).
    Profile profile;

    /// The file's bytes: `profileJson` (Profile::toJson) embedded with the metadata.
    [[nodiscard]] static QByteArray serialize(const QByteArray &profileJson, const QDateTime &savedAt,
                                              const QString &originalFile, const QString &catalogue);
    /// Reads `path` against `catalogue`; `cataloguePath` is the custom catalogue in use (empty: built-in).
    /// A file made with another catalogue is refused, since its profile would be read against the wrong ids.
    [[nodiscard]] static Loaded<RecoveryFile> read(const QString &path, const Catalogue &catalogue,
                                                   const QString &cataloguePath);
};

} // namespace splitbench::gui
