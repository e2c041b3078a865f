// Reading input files without blocking or surprises, and telling whether two paths name one file.
#pragma once

#include "load_error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace splitbench {

/**
 * Reads a whole input file (catalogue, profile, recovery copy) with a size cap; every file the program reads
 * from disk goes through here. Only a name that is a regular file is opened (opening some devices has effects),
 * and then non-blocking, and the opened descriptor is checked again (fstat), so a folder, pipe, device or
 * socket is refused even when it was swapped in after the name was looked at, and nothing can block: a FIFO
 * is never read, and a file of unknown size on /proc or /sys (such as
 * /proc/kmsg, which blocks and consumes the kernel log) is refused before a byte is read. At most
 * `maxBytes` + 1 bytes are ever read. Errors name the file and say what is wrong (missing, a loop of
 * symbolic links, a name too long, permission denied…).
 */
Loaded<QByteArray> readInputFile(const QString &path, qsizetype maxBytes);

/// True when `a` and `b` are one file on disk: the same device and inode (hard links, symbolic links,
/// "./x" and "x"), or, for names that do not exist yet, the same canonical path. False when either is empty.
bool isSameFile(const QString &a, const QString &b);

/// When writing `output` would overwrite one of `inputs`, a message naming both; otherwise empty.
QString outputOverwritesInput(const QString &output, const QStringList &inputs);

/// The reason for a failed system call on `path`, in the user's words ("there is a loop of symbolic links
/// in the path", "the name is too long"…), from `errno` value `error`.
QString fileProblem(int error);

} // namespace splitbench
