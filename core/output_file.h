// Atomic file writing: the target is replaced only once all bytes are safely on disk.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace splitbench {

/// Writes `bytes` to `path` through QSaveFile. Returns an empty string on success, otherwise a message
/// naming the file and the reason; the previous file (if any) is left untouched and no partial file remains.
/// An existing device or pipe (/dev/stdout, a FIFO) is written directly instead: a stream has no previous
/// version to protect, and replacing it would turn the device node into a regular file.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

/// The same for writers that stream into a device (PDF, XLSX…). `write` returns false to abort.
QString writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write);

} // namespace splitbench
