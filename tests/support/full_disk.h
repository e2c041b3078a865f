// A full disk for tests: a 64 kB tmpfs filled to the last byte, or, where mounting is not allowed, an ordinary
// folder and RLIMIT_FSIZE, under which write() fails with EFBIG exactly where a full disk fails with ENOSPC.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace splitbench::test {

/**
 * Mounts a small tmpfs on a temporary folder (as root: CI runs as root, so this is the path CI takes). When
 * that is impossible, or SPLITBENCH_TEST_FULL_DISK=rlimit asks for it (a second ctest run does, so the fallback
 * is tested too), the folder is an ordinary one and whileFull()/limitChild() lower RLIMIT_FSIZE to 1 byte
 * while the writer runs. Either way the writer under test cannot store a single byte of new data.
 *
 * The mount is detached in the destructor, so it goes when a test fails as well; the first mount also moves the
 * process into a private mount namespace where the kernel allows it, so even a crashed test leaves no mount.
 */
class FullDisk {
public:
    enum class Mode { Tmpfs, FileSizeLimit };

    FullDisk()
    {
        if (!m_dir.isValid()) {
            ADD_FAILURE() << "no temporary folder";
            return;
        }
        const char *forced = std::getenv("SPLITBENCH_TEST_FULL_DISK");
        if (forced && std::strcmp(forced, "rlimit") == 0)
            return;
        enterPrivateMountNamespace();
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    "size=64k,mode=0700") == 0)
            m_mode = Mode::Tmpfs;
        else
            std::cerr << "FullDisk: cannot mount a tmpfs (" << std::strerror(errno)
                      << "); using RLIMIT_FSIZE instead\n";
    }
    ~FullDisk()
    {
        if (m_mode == Mode::Tmpfs && ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH) != 0)
            std::cerr << "FullDisk: cannot unmount " << m_dir.path().toStdString() << ": " << std::strerror(errno)
                      << '\n';
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const char *modeName() const { return m_mode == Mode::Tmpfs ? "tmpfs" : "RLIMIT_FSIZE"; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Puts a file on the disk; only before fill().
    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << file.errorString().toStdString();
        ASSERT_EQ(file.write(bytes), bytes.size());
        ASSERT_TRUE(file.flush());
    }

    /// Fills the tmpfs to the last byte with a file named "filler" (nothing to do for RLIMIT_FSIZE).
    void fill()
    {
        if (m_mode != Mode::Tmpfs)
            return;
        const QByteArray name = QFile::encodeName(path(QStringLiteral("filler")));
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        ASSERT_GE(fd, 0);
        const QByteArray chunk(4096, 'f');
        for (;;) {
            const ssize_t n = ::write(fd, chunk.constData(), static_cast<size_t>(chunk.size()));
            if (n <= 0)
                break;
        }
        const int error = errno;
        ::close(fd);
        ASSERT_EQ(error, ENOSPC);
        struct statvfs info {};
        ASSERT_EQ(::statvfs(QFile::encodeName(folder()).constData(), &info), 0);
        ASSERT_EQ(info.f_bavail, 0U) << "the tmpfs is not full";
    }

    /// Files in the folder besides the filler (so a test can see that no temporary file was left).
    [[nodiscard]] QStringList entries() const
    {
        QStringList names = QDir(folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

    /// Runs `write` in this process while the disk is full: on the tmpfs as it is, otherwise with RLIMIT_FSIZE
    /// lowered to 1 byte for the duration (and SIGXFSZ ignored, so write() fails instead of killing us).
    template <typename Function>
    auto whileFull(Function write) const
    {
        if (m_mode == Mode::Tmpfs)
            return write();
        rlimit previous{};
        ::getrlimit(RLIMIT_FSIZE, &previous);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = previous;
        tight.rlim_cur = 1;
        ::setrlimit(RLIMIT_FSIZE, &tight);
        struct Restore {
            rlimit limit;
            decltype(oldHandler) handler;
            ~Restore()
            {
                ::setrlimit(RLIMIT_FSIZE, &limit);
                std::signal(SIGXFSZ, handler);
            }
        } restore{previous, oldHandler};
        return write();
    }

    /// For a child process (the CLI): in RLIMIT_FSIZE mode, the child's files may not grow past 1 byte.
    void limitChild(QProcess &process) const
    {
        if (m_mode == Mode::Tmpfs)
            return;
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN); // an ignored signal stays ignored across exec
            rlimit limit{};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 1;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }

private:
    static void enterPrivateMountNamespace()
    {
        static const bool entered = [] {
            // Fails in a process that already runs several threads; the destructor's unmount still applies.
            if (::unshare(CLONE_NEWNS) != 0)
                return false;
            return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        }();
        (void)entered;
    }

    QTemporaryDir m_dir;
    Mode m_mode = Mode::FileSizeLimit;
};

} // namespace splitbench::test
