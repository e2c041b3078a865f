#include "file_access.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// Closes a descriptor when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

/// Pseudo file systems whose files report a size of 0 but produce text (or block) when read.
bool isPseudoFileSystem(int fd)
{
    struct statfs fs {};
    if (::fstatfs(fd, &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
        return true;
    default:
        return false;
    }
}

/// Why opening `path` failed with `error`; a dangling symbolic link is named as such.
QString openProblem(const QString &path, int error)
{
    if (error == ENOENT) {
        const QFileInfo info(path);
        if (info.isSymLink())
            return tr("this is a symbolic link to %1, which does not exist").arg(info.symLinkTarget());
        return tr("the file does not exist");
    }
    return tr("cannot be read: %1").arg(fileProblem(error));
}

bool statPath(const QString &path, struct stat &info)
{
    const QByteArray name = QFile::encodeName(path);
    return !name.isEmpty() && ::stat(name.constData(), &info) == 0;
}
} // namespace

QString fileProblem(int error)
{
    switch (error) {
    case ENOENT:
        return tr("it does not exist");
    case ELOOP:
        return tr("there is a loop of symbolic links in the path");
    case ENAMETOOLONG:
        return tr("the path or one of its names is too long");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EROFS:
        return tr("the file system is read-only");
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG:
        return tr("the file would exceed the largest size allowed");
    case EMFILE:
    case ENFILE:
        return tr("too many files are open");
    case EIO:
        return tr("input/output error (the disk or connection may be failing)");
    default:
        return qt_error_string(error);
    }
}

Loaded<QByteArray> readInputFile(const QString &path, qsizetype maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.isEmpty())
        return LoadError{path, {}, tr("no file name was given")};
    // What the name is decides whether it is opened at all: opening some devices does something (a watchdog
    // starts, a tape rewinds), so only regular files are opened.
    struct stat named {};
    if (::stat(name.constData(), &named) != 0)
        return LoadError{path, {}, openProblem(path, errno)};
    if (S_ISDIR(named.st_mode))
        return LoadError{path, {}, tr("this is a folder, not a file")};
    if (!S_ISREG(named.st_mode))
        return LoadError{path, {}, tr("this is not a regular file (it is a device, pipe or socket)")};
    // The name may be swapped for a FIFO right now. Non-blocking, opening a FIFO returns at once instead of
    // waiting for a writer, perhaps for ever; and what is read is decided by the opened descriptor's fstat().
    int fd = -1;
    do
        fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return LoadError{path, {}, openProblem(path, errno)};
    const Descriptor file(fd);

    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return LoadError{path, {}, tr("cannot be read: %1").arg(fileProblem(errno))};
    if (S_ISDIR(info.st_mode))
        return LoadError{path, {}, tr("this is a folder, not a file")};
    // A pipe or device could block for ever or never end; only regular files are read.
    if (!S_ISREG(info.st_mode))
        return LoadError{path, {}, tr("this is not a regular file (it is a device, pipe or socket)")};
    if (info.st_size > maxBytes)
        return LoadError{path, {}, tr("the file is %1 bytes, more than the limit of %2 bytes").arg(QString::number(info.st_size), QString::number(maxBytes))};
    if (info.st_size == 0) {
        // /proc and /sys report 0 bytes for files that produce text when read; /proc/kmsg even blocks and
        // takes the messages out of the kernel log. Nothing of ours lives there.
        if (isPseudoFileSystem(fd))
            return LoadError{path, {}, tr("this is a system file of unknown size (in /proc or /sys), not a catalogue "
                                          "or profile")};
        return QByteArray(); // a truly empty file: the parser says so
    }

    // Read at most one byte past the cap, so a file that grew after fstat() is still refused.
    QByteArray bytes;
    const qsizetype cap = maxBytes + 1;
    bytes.resize(std::min<qsizetype>(cap, static_cast<qsizetype>(info.st_size) + 1));
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (bytes.size() >= cap)
                break;
            bytes.resize(std::min<qsizetype>(cap, bytes.size() * 2));
        }
        const ssize_t n = ::read(fd, bytes.data() + filled, static_cast<size_t>(bytes.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return LoadError{path, {}, tr("cannot be read: %1").arg(fileProblem(errno))};
        if (n == 0)
            break;
        filled += n;
    }
    bytes.truncate(filled);
    if (bytes.size() > maxBytes)
        return LoadError{path, {}, tr("the file is larger than the limit of %1 bytes").arg(maxBytes)};
    return bytes;
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    struct stat first {};
    struct stat second {};
    if (statPath(a, first) && statPath(b, second))
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
    // One of them does not exist (yet): compare where the names lead.
    const auto resolved = [](const QString &path) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    };
    return resolved(a) == resolved(b);
}

QString outputOverwritesInput(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs)
        if (isSameFile(output, input))
            return tr("%1: refusing to write there, because it is the input file %2; choose another output file")
                .arg(output, input);
    return {};
}

} // namespace splitbench
