// splitbench-cli never destroys its own input and never blocks on one (issue 15, items 3, 6, 9, 10): an output
// onto an input is refused with exit code 1 before anything is written; --jobs is capped; /proc/kmsg does not
// hang; misleading messages are gone.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray example(const char *name)
{
    return readAll(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name));
}

class OutputOntoInput : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_profileBytes = example("1-small-office.splitbench.json");
        m_catalogueBytes = readAll(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-catalogue.json"));
        m_profile = write("p.splitbench.json", m_profileBytes);
        m_catalogue = write("c.json", m_catalogueBytes);
    }
    QString write(const char *name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    /// Exit code 1, a message naming the input, and the input unchanged byte for byte.
    void expectRefused(const QStringList &arguments, const QString &input, const QByteArray &bytes) const
    {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 1) << run.errText().toStdString();
        EXPECT_TRUE(run.errText().contains(QStringLiteral("is the input file"))) << run.errText().toStdString();
        EXPECT_TRUE(run.errText().contains(input)) << run.errText().toStdString();
        EXPECT_EQ(readAll(input), bytes) << "the input was overwritten";
    }
    QTemporaryDir m_dir;
    QByteArray m_profileBytes;
    QByteArray m_catalogueBytes;
    QString m_profile;
    QString m_catalogue;
};

TEST_F(OutputOntoInput, Report)
{
    expectRefused({QStringLiteral("report"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"), m_profile},
                  m_profile, m_profileBytes);
}

TEST_F(OutputOntoInput, Score)
{
    expectRefused({QStringLiteral("score"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"), m_profile},
                  m_profile, m_profileBytes);
    // Through another spelling of the same path.
    expectRefused({QStringLiteral("score"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"),
                   m_dir.path() + QStringLiteral("/./sub/../p.splitbench.json")},
                  m_profile, m_profileBytes);
}

TEST_F(OutputOntoInput, Sensitivity)
{
    expectRefused({QStringLiteral("sensitivity"), QStringLiteral("--profile"), m_profile, QStringLiteral("--samples"),
                   QStringLiteral("10"), QStringLiteral("-o"), m_profile},
                  m_profile, m_profileBytes);
}

TEST_F(OutputOntoInput, Catalogue)
{
    expectRefused({QStringLiteral("catalogue"), QStringLiteral("--catalogue"), m_catalogue, QStringLiteral("-o"),
                   m_catalogue},
                  m_catalogue, m_catalogueBytes);
    // Any command's output onto its catalogue.
    expectRefused({QStringLiteral("score"), QStringLiteral("--catalogue"), m_catalogue, QStringLiteral("--profile"),
                   QStringLiteral("default"), QStringLiteral("-o"), m_catalogue},
                  m_catalogue, m_catalogueBytes);
}

TEST_F(OutputOntoInput, OutputDirIntoTheProfilesFolder)
{
    // "p.json" → "p.json" with --format json, in the folder the profile lies in.
    const QString profile = write("p.json", m_profileBytes);
    const QString other = write("q.splitbench.json", m_profileBytes);
    expectRefused({QStringLiteral("report"), QStringLiteral("--profile"), other, QStringLiteral("--profile"), profile,
                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output-dir"), m_dir.path()},
                  profile, m_profileBytes);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("q.json")))) << "an output was written before the refusal";
}

TEST_F(OutputOntoInput, ASymbolicOrHardLinkToTheInput)
{
    const QString symlink = m_dir.filePath(QStringLiteral("link.json"));
    ASSERT_TRUE(QFile::link(m_profile, symlink));
    expectRefused({QStringLiteral("score"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"), symlink},
                  m_profile, m_profileBytes);
    const QString hardlink = m_dir.filePath(QStringLiteral("hard.json"));
    ASSERT_EQ(::link(QFile::encodeName(m_profile).constData(), QFile::encodeName(hardlink).constData()), 0);
    expectRefused({QStringLiteral("score"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"), hardlink},
                  m_profile, m_profileBytes);
}

TEST_F(OutputOntoInput, AnotherFileIsStillWritten)
{
    const QString output = m_dir.filePath(QStringLiteral("score.txt"));
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), m_profile, QStringLiteral("-o"), output});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_FALSE(readAll(output).isEmpty());
}

// --- Item 6: --jobs ---------------------------------------------------------------------------------------

TEST(CliJobs, ManyJobsForTwoProfilesStartTwoWorkers)
{
    // Each thread Qt starts takes file descriptors; with 1200 threads for two profiles and 128 descriptors the
    // program used to die. Two workers do two reports.
    QTemporaryDir dir;
    const QString examples = QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/examples/");
    const CliRun run = runCli(
        {QStringLiteral("report"), QStringLiteral("--verbose"), QStringLiteral("--jobs"), QStringLiteral("1200"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--samples"), QStringLiteral("10"),
         QStringLiteral("--profile"), examples + QStringLiteral("1-small-office.splitbench.json"),
         QStringLiteral("--profile"), examples + QStringLiteral("3-growing-agency.splitbench.json"),
         QStringLiteral("--output-dir"), dir.path()},
        {}, [](QProcess &process) {
            process.setChildProcessModifier([] {
                const rlimit limit{128, 128};
                ::setrlimit(RLIMIT_NOFILE, &limit);
            });
        });
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("2 reports on 2 worker threads"))) << run.errText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("1-small-office.csv"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("3-growing-agency.csv"))));
}

// --- Item 9: nothing blocks -------------------------------------------------------------------------------

TEST(CliBlockingInput, ValidateProcKmsgReturns)
{
    // As root /proc/kmsg is readable and a read blocks until the kernel logs something (taking it away from
    // the system log). It must be refused without being read; as another user it cannot be opened at all.
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("/proc/kmsg")});
    EXPECT_EQ(run.exitCode, 2) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("/proc/kmsg: ")));
    if (::access("/proc/kmsg", R_OK) == 0)
        EXPECT_TRUE(run.errText().contains(QStringLiteral("/proc or /sys"))) << run.errText().toStdString();
    else
        EXPECT_TRUE(run.errText().contains(QStringLiteral("permission denied"))) << run.errText().toStdString();
}

// --- Item 10: messages that say what is wrong -------------------------------------------------------------

TEST(CliMessages, LoopOverlongVersionAndDuplicateKey)
{
    QTemporaryDir dir;
    const QString loop = dir.filePath(QStringLiteral("loop.json"));
    ASSERT_TRUE(QFile::link(loop, loop)); // points at itself
    const QString overlong = dir.filePath(QString(300, u'x'));
    const QString version = dir.filePath(QStringLiteral("version.json"));
    const QString duplicate = dir.filePath(QStringLiteral("duplicate.json"));
    for (const auto &[path, bytes] : {std::pair{version, QByteArray(R"({"version": 1.0000000000000002, "traits": {}})")},
                                      std::pair{duplicate, QByteArray(R"({"version": 1, "traits": {}, "traits": {}})")}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const CliRun run = runCli({QStringLiteral("validate"), loop, overlong, version, duplicate});
    EXPECT_EQ(run.exitCode, 2);
    const QString err = run.errText();
    EXPECT_TRUE(err.contains(loop + QStringLiteral(": cannot be read: there is a loop of symbolic links"))) << err.toStdString();
    EXPECT_TRUE(err.contains(overlong + QStringLiteral(": cannot be read: the path or one of its names is too long")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(version + QStringLiteral(": version: 1.0000000000000002 is not a profile format version")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(duplicate + QStringLiteral(": line 1, column 30: the key \"traits\" appears a second time")))
        << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("does not exist"))) << err.toStdString();
}

} // namespace
