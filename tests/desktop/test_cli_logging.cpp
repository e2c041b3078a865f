// splitbench-cli diagnostics: --verbose / --quiet on stderr, the log file's contents, never a profile's notes.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using splitbench::test::CliRun;

namespace {

/// Runs splitbench-cli with its application data (and so its log folder) under `dataHome`.
CliRun runCli(const QStringList &arguments, const QString &dataHome)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return splitbench::test::runCli(arguments, environment);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(contents);
    return path;
}

QByteArray logFile(const QString &dataHome)
{
    QFile file(dataHome + QStringLiteral("/Splitbench/splitbench-cli/logs/splitbench-cli.log"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

class CliLogging : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_badProfile = writeFile(m_dir, QStringLiteral("bad.splitbench.json"),
                                 R"({"version": 1, "traits": {"inhouse_capacity": 250}})");
        // A regular file as XDG_DATA_HOME: the log folder cannot be created, which the CLI warns about.
        m_unusableHome = writeFile(m_dir, QStringLiteral("not-a-folder"), "x");
    }
    [[nodiscard]] QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QString m_badProfile;
    QString m_unusableHome;
};

TEST_F(CliLogging, WarningsShowByDefault)
{
    const CliRun run = runCli({QStringLiteral("validate"), m_badProfile}, m_unusableHome);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("warning: [app] ")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("cannot create the log folder")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("error: " + m_badProfile.toUtf8())) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("debug:"));
    EXPECT_FALSE(run.err.contains("info:"));
}

TEST_F(CliLogging, QuietHidesWarningsButNotErrors)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--quiet"), QStringLiteral("validate"), m_badProfile},
          QStringList{QStringLiteral("validate"), m_badProfile, QStringLiteral("-q")}}) {
        const CliRun run = runCli(arguments, m_unusableHome);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(run.err.contains("warning")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("error: " + m_badProfile.toUtf8())) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("traits.inhouse_capacity")) << run.err.toStdString();
        // The validation failure is reported once, not again by the core's log.
        EXPECT_EQ(run.err.count("outside the allowed range"), 1) << run.err.toStdString();
    }
}

TEST_F(CliLogging, VerboseShowsDebugLinesAndTimings)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--verbose"), QStringLiteral("score"), QStringLiteral("--profile"),
                      QStringLiteral("default")},
          QStringList{QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default"),
                      QStringLiteral("--verbose")}}) {
        const CliRun run = runCli(arguments, dataHome());
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains("Recommended:")); // stdout still carries only the result
        EXPECT_FALSE(run.out.contains("debug"));
        EXPECT_TRUE(run.err.contains("debug: [cli] scored 2 models in 20 dimensions in ")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("info: [core] catalogue <built-in catalogue> loaded")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("score finished in ")) << run.err.toStdString();
    }
    // Without --verbose: nothing on stderr, and no debug lines in the file either.
    const QString quietHome = m_dir.filePath(QStringLiteral("normal"));
    const CliRun normal = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default")},
                                 quietHome);
    EXPECT_EQ(normal.exitCode, 0);
    EXPECT_TRUE(normal.err.isEmpty()) << normal.err.toStdString();
    const QByteArray log = logFile(quietHome);
    EXPECT_TRUE(log.contains("[cli] [info] score finished in ")) << log.toStdString();
    EXPECT_FALSE(log.contains("[debug]")) << log.toStdString();
}

TEST_F(CliLogging, VerboseAndQuietTogetherIsAUsageError)
{
    const CliRun run = runCli({QStringLiteral("--verbose"), QStringLiteral("score"), QStringLiteral("--profile"),
                               QStringLiteral("default"), QStringLiteral("--quiet")},
                              dataHome());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("--verbose and --quiet")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(CliLogging, LogFileRecordsLoadsSavesAndFailuresButNeverNotes)
{
    const QByteArray secret = "Our admin Jane is leaving in March";
    const QString profile = writeFile(
        m_dir, QStringLiteral("org.splitbench.json"),
        R"({"version": 1, "name": "Example Ltd", "traits": {"inhouse_capacity": 20}, "notes": {"inhouse_capacity": ")" +
            secret + R"("}})");
    const QString output = m_dir.filePath(QStringLiteral("score.json"));
    const CliRun scored = runCli({QStringLiteral("score"), QStringLiteral("--verbose"), QStringLiteral("--profile"),
                                  profile, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                                  output},
                                 dataHome());
    ASSERT_EQ(scored.exitCode, 0) << scored.err.toStdString();
    const CliRun refused = runCli({QStringLiteral("validate"), m_badProfile}, dataHome());
    EXPECT_EQ(refused.exitCode, 2);

    const QByteArray log = logFile(dataHome());
    EXPECT_TRUE(log.contains("[core] [info] profile " + profile.toUtf8() + " loaded")) << log.toStdString();
    EXPECT_TRUE(log.contains("[core] [info] wrote " + output.toUtf8())) << log.toStdString();
    EXPECT_TRUE(log.contains("[cli] [debug] scored 2 models")) << log.toStdString();
    EXPECT_TRUE(log.contains("[core] [info] profile refused: " + m_badProfile.toUtf8())) << log.toStdString();
    EXPECT_TRUE(log.contains("[cli] [info] validate finished in ")) << log.toStdString();
    EXPECT_TRUE(log.contains("exit code 2")) << log.toStdString();
    EXPECT_FALSE(log.contains(secret)) << log.toStdString();
    EXPECT_FALSE(scored.err.contains(secret));
    // The file's contents went to the output file, not into the log.
    QFile written(output);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_FALSE(written.readAll().isEmpty());
}

TEST_F(CliLogging, CommandHelpNamesTheCommandAndTheGlobalOptions)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--help")}, dataHome());
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith("Usage: splitbench-cli score [options]")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("--verbose"));
    EXPECT_TRUE(run.out.contains("-q, --quiet"));
    EXPECT_FALSE(run.out.contains("--help-all"));
    // Help and version do not start logging: nothing is written for them.
    EXPECT_FALSE(QDir(dataHome()).exists());
    const CliRun general = runCli({QStringLiteral("--verbose"), QStringLiteral("--help")}, dataHome());
    EXPECT_EQ(general.exitCode, 0);
    EXPECT_TRUE(general.out.contains("Global options"));
    EXPECT_TRUE(general.out.contains("Diagnostic log: " + dataHome().toUtf8() + "/Splitbench/splitbench-cli/logs"))
        << general.out.toStdString();
}

} // namespace
