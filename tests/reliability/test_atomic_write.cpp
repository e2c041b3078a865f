// Atomic saves: when a write fails part-way (the writer gives up, the disk is full, the target is a
// folder), the previous file is intact byte for byte and no temporary file is left behind.
#include "output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>

#include <csignal>
#include <functional>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

/// Bytes that would show any truncation, re-encoding or partial overwrite.
QByteArray previousContent()
{
    QByteArray bytes = "{\"version\": 1, \"name\": \"Previous — keep me\"}\n";
    for (int i = 0; i < 256; ++i)
        bytes += static_cast<char>(i);
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

class AtomicWrite : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        writePlain(m_target, previousContent());
    }
    void expectPreviousFileIntact() const
    {
        EXPECT_EQ(readAll(m_target), previousContent());
        EXPECT_EQ(entries(m_dir), QStringList{QStringLiteral("profile.splitbench.json")}) << "a temporary file was left";
    }
    QTemporaryDir m_dir;
    QString m_target = m_dir.filePath(QStringLiteral("profile.splitbench.json"));
};

TEST_F(AtomicWrite, SuccessReplacesTheFile)
{
    EXPECT_EQ(writeFileAtomically(m_target, QByteArray("new content")), QString());
    EXPECT_EQ(readAll(m_target), QByteArray("new content"));
    EXPECT_EQ(entries(m_dir), QStringList{QStringLiteral("profile.splitbench.json")});
}

TEST_F(AtomicWrite, WriterFailingMidwayKeepsThePreviousFile)
{
    // A simulated failure point: the writer has already produced 64 kB when it gives up (as a PDF or
    // spreadsheet writer would on an internal error).
    const QString error = writeFileAtomically(m_target, [](QIODevice &device) {
        const QByteArray chunk(4096, 'x');
        for (int i = 0; i < 16; ++i)
            device.write(chunk);
        return false;
    });
    EXPECT_TRUE(error.contains(m_target)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("previous file is unchanged"))) << error.toStdString();
    expectPreviousFileIntact();
}

/// Runs `write` in a child process whose files may not grow past `limitBytes` (RLIMIT_FSIZE): to the
/// writer that looks exactly like a full disk (EFBIG instead of ENOSPC), and it works as root too.
/// Returns the child's exit code: 0 when writeFileAtomically reported an error naming the file.
int writeWithFullDisk(const QString &target, qsizetype limitBytes, const std::function<QString()> &write)
{
    const pid_t child = fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN); // get an error from write() instead of being killed
        const rlimit limit{static_cast<rlim_t>(limitBytes), static_cast<rlim_t>(limitBytes)};
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            _exit(10);
        const QString error = write();
        _exit(error.isEmpty() ? 11 : (error.contains(target) ? 0 : 12));
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

TEST_F(AtomicWrite, FullDiskWhileWritingKeepsThePreviousFile)
{
    const QByteArray big(1024 * 1024, 'n');
    EXPECT_EQ(writeWithFullDisk(m_target, 8192, [&] { return writeFileAtomically(m_target, big); }), 0);
    expectPreviousFileIntact();
}

TEST_F(AtomicWrite, FullDiskWhileStreamingKeepsThePreviousFile)
{
    // Small writes that sit in the device buffer until commit() flushes them: the failure surfaces late.
    const auto streaming = [&] {
        return writeFileAtomically(m_target, [](QIODevice &device) {
            for (int i = 0; i < 1000; ++i)
                device.write("twenty bytes of text");
            return true;
        });
    };
    EXPECT_EQ(writeWithFullDisk(m_target, 4096, streaming), 0);
    expectPreviousFileIntact();
}

TEST_F(AtomicWrite, AFolderInThePlaceIsRefused)
{
    const QString folder = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString error = writeFileAtomically(folder, QByteArray("x"));
    EXPECT_TRUE(error.contains(QStringLiteral("a folder of that name"))) << error.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(AtomicWrite, MissingFolderIsNamed)
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
    const QString error = writeFileAtomically(path, QByteArray("x"));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_TRUE(error.contains(m_dir.filePath(QStringLiteral("no-such-folder"))));
    expectPreviousFileIntact();
}

TEST_F(AtomicWrite, APipeIsWrittenDirectlyAndStaysAPipe)
{
    // QSaveFile alone would rename a regular file over the pipe (as root, even over /dev/null).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // The reading end is opened first (non-blocking, so nothing here can hang): the writer then finds a
    // reader, and the short text fits in the pipe's buffer, so no second thread is needed.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const QString error = writeFileAtomically(fifo, QByteArray("streamed report"));
    char buffer[256];
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    const QByteArray received(buffer, n > 0 ? static_cast<qsizetype>(n) : 0);
    ::close(reader);
    EXPECT_EQ(error, QString());
    EXPECT_EQ(received, QByteArray("streamed report"));
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

} // namespace
