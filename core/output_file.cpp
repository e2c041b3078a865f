#include "output_file.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// A clearer reason than QSaveFile's for the common mistakes.
QString precheck(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1: cannot write the file because a folder of that name is in its place").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("%1: cannot write the file because the folder %2 does not exist").arg(path, folder.filePath());
    if (!folder.isDir())
        return tr("%1: cannot write the file because %2 is not a folder").arg(path, folder.filePath());
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
    if (QString problem = precheck(path); !problem.isEmpty()) {
        log::core()->info("{}", problem);
        return problem;
    }
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return writeStream(path, write);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString problem = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        log::core()->info("{}", problem);
        return problem;
    }
    if (!write(file) || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : tr("the output could not be produced");
        file.cancelWriting();
        const QString problem = tr("%1: writing failed, the previous file is unchanged: %2").arg(path, reason);
        log::core()->info("{}", problem);
        return problem;
    }
    if (!file.commit()) {
        const QString problem = tr("%1: could not finish writing, the previous file is unchanged: %2").arg(path, file.errorString());
        log::core()->info("{}", problem);
        return problem;
    }
    log::core()->info("wrote {}", path);
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

} // namespace splitbench
