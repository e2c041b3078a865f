#include "output_file.h"

#include "file_access.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// A clearer reason than QSaveFile's for the common mistakes; the kind of failure comes from errno, so a loop
/// of symbolic links or an overlong name is not reported as a missing folder.
QString precheck(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info {};
    if (::stat(name.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return tr("%1: cannot write the file because a folder of that name is in its place").arg(path);
        return {};
    }
    if (errno != ENOENT)
        return tr("%1: cannot write the file: %2").arg(path, fileProblem(errno));
    const QString folder = QFileInfo(path).absolutePath();
    if (::stat(QFile::encodeName(folder).constData(), &info) != 0) {
        if (errno == ENOENT)
            return tr("%1: cannot write the file because the folder %2 does not exist").arg(path, folder);
        return tr("%1: cannot write the file: %2").arg(path, fileProblem(errno));
    }
    if (!S_ISDIR(info.st_mode))
        return tr("%1: cannot write the file because %2 is not a folder").arg(path, folder);
    return {};
}

/// Devices and pipes (/dev/stdout, a FIFO) are streams: there is no previous file to keep, and QSaveFile
/// would replace the device node with a regular file (as root, even /dev/null). Write to them directly.
QString writeStream(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly))
        problem = tr("%1: cannot write: %2").arg(path, file.errorString());
    else if (!write(file) || !file.flush() || file.error() != QFileDevice::NoError)
        problem = tr("%1: writing failed: %2")
                      .arg(path, file.error() != QFileDevice::NoError ? file.errorString()
                                                                      : tr("the output could not be produced"));
    if (!problem.isEmpty()) {
        log::core()->warn("{}", problem);
        return problem;
    }
    log::core()->info("wrote {} (not a regular file, written directly)", path);
    return {};
}
} // namespace

QString writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    // Problems are returned to the caller, who shows them; the log only records them (info, so the CLI's
    // console does not print each one twice).
    const auto failed = [](const QString &problem) {
        log::core()->info("{}", problem);
        return problem;
    };
    if (QString problem = precheck(path); !problem.isEmpty())
        return failed(problem);
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return writeStream(path, write);
    // Only a file that is there can be "unchanged"; a new name simply gets no file.
    const bool existed = target.exists();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
    const bool produced = write(file);
    // QTBUG-75077: when the data still sits in QSaveFile's buffer (under about 16 kB), commit() flushes it,
    // loses the error (a full disk) and renames an empty file over the old one. So flush here and check, and
    // make sure the bytes reached the disk (commit() ignores the result of its own fsync).
    bool stored = produced && file.flush() && file.error() == QFileDevice::NoError;
    QString reason;
    if (stored && ::fsync(file.handle()) != 0) {
        // File systems that cannot sync at all say so with these; anything else (EIO, ENOSPC, EDQUOT) is a failure.
        const int error = errno;
        if (error != EINVAL && error != EROFS && error != EOPNOTSUPP && error != ENOSYS) {
            stored = false;
            reason = fileProblem(error);
        }
    }
    if (!stored) {
        if (reason.isEmpty())
            reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                          : (produced ? tr("the data could not be written")
                                                                      : tr("the output could not be produced"));
        file.cancelWriting();
        return failed(existed ? tr("%1: writing failed, the previous file is unchanged: %2").arg(path, reason)
                              : tr("%1: writing failed, no file was written: %2").arg(path, reason));
    }
    if (!file.commit())
        return failed(existed
                          ? tr("%1: could not finish writing, the previous file is unchanged: %2").arg(path, file.errorString())
                          : tr("%1: could not finish writing, no file was written: %2").arg(path, file.errorString()));
    log::core()->info("wrote {}", path);
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

} // namespace splitbench
