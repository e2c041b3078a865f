// splitbench-cli and bad input: every load problem ends with exit code 2 and "file: place: reason" on
// stderr; output problems with exit code 3; nothing hangs or crashes.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

class CliErrors : public ::testing::Test {
protected:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    /// Exit code 2, and stderr names the file, the place and the reason.
    void expectInvalidInput(const QStringList &arguments, const QString &file, const QString &place,
                            const char *reason)
    {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        const QString err = QString::fromUtf8(run.err);
        const QString expected = place.isEmpty() ? file + QStringLiteral(": ") : file + QStringLiteral(": ") + place + QStringLiteral(": ");
        EXPECT_TRUE(err.contains(expected)) << err.toStdString();
        EXPECT_TRUE(err.contains(QString::fromUtf8(reason))) << err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    }
    QTemporaryDir m_dir;
};

TEST_F(CliErrors, TooDeeplyNestedProfile)
{
    const QString path = write("deep.splitbench.json", R"({"version": 1, "traits": {}, "x": )" + QByteArray(40, '[') +
                                                          QByteArray(40, ']') + "}");
    expectInvalidInput({QStringLiteral("score"), QStringLiteral("--profile"), path}, path,
                       QStringLiteral("line 1, column 66"), "nested more than 32 levels");
}

TEST_F(CliErrors, ProfileFromANewerSplitbench)
{
    const QString path = write("new.splitbench.json", R"({"version": 4, "written_by": "Splitbench 2.3.0", "traits": {}})");
    expectInvalidInput({QStringLiteral("score"), QStringLiteral("--profile"), path}, path, QStringLiteral("version"),
                       "Splitbench 2.3.0 or a newer Splitbench is needed");
    expectInvalidInput({QStringLiteral("validate"), path}, path, QStringLiteral("version"), "format version 4");
}

TEST_F(CliErrors, OversizedCatalogue)
{
    const QString path = write("huge.json", QByteArray(4 * 1024 * 1024 + 1, ' '));
    expectInvalidInput({QStringLiteral("catalogue"), QStringLiteral("--catalogue"), path}, path, {},
                       "more than the limit of 4194304 bytes");
}

TEST_F(CliErrors, OverlongText)
{
    const QString path =
        write("long.splitbench.json", R"({"version": 1, "name": ")" + QByteArray(5000, 'n') + R"(", "traits": {}})");
    expectInvalidInput({QStringLiteral("validate"), path}, path, QStringLiteral("name"),
                       "is 5000 characters long, more than the limit of 4000");
}

TEST_F(CliErrors, PipeInsteadOfAProfileDoesNotHang)
{
    // Nobody ever writes to this pipe: reading it would block for ever.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.splitbench.json"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectInvalidInput({QStringLiteral("score"), QStringLiteral("--profile"), fifo}, fifo, {}, "not a regular file");
}

TEST_F(CliErrors, UnwritableOutputIsExitCode3)
{
    const QString folder = m_dir.filePath(QStringLiteral("out.json"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const CliRun intoFolder = runCli({QStringLiteral("catalogue"), QStringLiteral("-o"), folder});
    EXPECT_EQ(intoFolder.exitCode, 3);
    EXPECT_TRUE(intoFolder.err.contains(folder.toUtf8()));

    const QString missing = m_dir.filePath(QStringLiteral("missing/out.json"));
    const CliRun intoMissing = runCli({QStringLiteral("catalogue"), QStringLiteral("-o"), missing});
    EXPECT_EQ(intoMissing.exitCode, 3);
    EXPECT_TRUE(intoMissing.err.contains("does not exist"));
}

} // namespace
