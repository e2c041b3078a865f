// Logging set-up: the rotating log file, verbosity, QString formatting and Qt's messages routed into the log.
#include "logging.h"
#include "logging_setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using splitbench::app::configureLogging;
using splitbench::app::LoggingOptions;
using splitbench::app::Verbosity;

Q_LOGGING_CATEGORY(lcTest, "splitbench.test")

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

class Logging : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override
    {
        qInstallMessageHandler(nullptr);
        // Leave the loggers on stderr so later tests in this process do not write into a deleted folder.
        splitbench::log::configure({}, spdlog::level::off);
    }
    [[nodiscard]] QString folder() const { return m_dir.filePath(QStringLiteral("nested/logs")); }

    QTemporaryDir m_dir;
};

TEST_F(Logging, WritesQStringsAndQtMessagesToTheFile)
{
    const auto setup = configureLogging({.fileBaseName = QStringLiteral("unit"), .folder = folder()});
    ASSERT_TRUE(setup.hasFile()) << setup.problem.toStdString();
    EXPECT_TRUE(setup.problem.isEmpty());
    EXPECT_EQ(setup.filePath, QDir(folder()).filePath(QStringLiteral("unit.log")));

    splitbench::log::named("test")->info("loaded {}", QStringLiteral("Zürich {not a field} 100%"));
    splitbench::log::named("test")->debug("hidden at the normal level");
    splitbench::app::installQtMessageHandler();
    qWarning("Qt warning with {braces} and %s", "an argument");
    qCCritical(lcTest) << "critical from a category";
    qDebug("Qt debug, below the file level");
    splitbench::log::named("test")->flush();

    const QString text = readAll(setup.filePath);
    EXPECT_TRUE(text.contains(QStringLiteral("[test] [info] loaded Zürich {not a field} 100%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[qt] [warning] Qt warning with {braces} and an argument")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[qt] [error] splitbench.test: critical from a category")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("hidden at the normal level")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt debug")));
    // Each line carries a time stamp and the process id.
    EXPECT_TRUE(text.contains(QStringLiteral("] [%1] [test]").arg(QCoreApplication::applicationPid())))
        << text.toStdString();
}

TEST_F(Logging, VerboseAlsoRecordsDebugMessages)
{
    const auto setup = configureLogging(
        {.fileBaseName = QStringLiteral("unit"), .folder = folder(), .verbosity = Verbosity::Verbose});
    ASSERT_TRUE(setup.hasFile());
    splitbench::app::installQtMessageHandler();
    splitbench::log::core()->debug("a timing: {} ms", 12.5);
    qDebug() << "Qt debug line";
    const QString text = readAll(setup.filePath);
    EXPECT_TRUE(text.contains(QStringLiteral("[core] [debug] a timing: 12.5 ms"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[qt] [debug] Qt debug line"))) << text.toStdString();
}

TEST_F(Logging, LoggersCreatedBeforeAndAfterConfiguringShareTheFile)
{
    const auto early = splitbench::log::named("early");
    const auto setup = configureLogging({.fileBaseName = QStringLiteral("unit"), .folder = folder()});
    ASSERT_TRUE(setup.hasFile());
    early->info("from before");
    splitbench::log::named("late")->info("from after");
    const QString text = readAll(setup.filePath);
    EXPECT_TRUE(text.contains(QStringLiteral("[early] [info] from before")));
    EXPECT_TRUE(text.contains(QStringLiteral("[late] [info] from after")));
}

TEST_F(Logging, RotatesAtFiveMebibytesAndKeepsThreeOldFiles)
{
    const auto setup = configureLogging({.fileBaseName = QStringLiteral("unit"), .folder = folder()});
    ASSERT_TRUE(setup.hasFile());
    const std::string line(1000, 'x');
    for (int i = 0; i < 25 * 1024; ++i) // about 25 MB: enough to fill the file and all three old ones
        splitbench::log::named("bulk")->info("{} {}", i, line);
    const QDir dir(folder());
    EXPECT_LE(QFileInfo(setup.filePath).size(), 5 << 20);
    for (const char *old : {"unit.1.log", "unit.2.log", "unit.3.log"}) {
        const QFileInfo info(dir.filePath(QString::fromLatin1(old)));
        EXPECT_TRUE(info.exists()) << old;
        EXPECT_GT(info.size(), 4 << 20) << old;
    }
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("unit.4.log"))));
}

TEST_F(Logging, AnUnusableFolderIsReportedNotThrown)
{
    // A regular file where the folder should be: mkpath fails, for root too.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto setup = configureLogging(
        {.fileBaseName = QStringLiteral("unit"), .folder = blocker + QStringLiteral("/logs"), .console = true});
    EXPECT_FALSE(setup.hasFile());
    EXPECT_TRUE(setup.problem.contains(blocker)) << setup.problem.toStdString();
    splitbench::log::named("test")->error("still possible to log");
}

TEST_F(Logging, FolderIsLogsInTheApplicationDataLocation)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SplitbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("logging-test"));
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString expected = dataFolder + QStringLiteral("/logs");
    EXPECT_EQ(splitbench::app::logFolderPath(), expected);
    EXPECT_TRUE(expected.contains(QStringLiteral("SplitbenchTest/logging-test"))) << expected.toStdString();
    // Without a folder in the options, the file goes there, named after the application.
    const auto setup = configureLogging({});
    EXPECT_EQ(setup.filePath, expected + QStringLiteral("/logging-test.log"));
    QDir(dataFolder).removeRecursively();
    QDir().rmdir(QFileInfo(dataFolder).path()); // the organisation's folder, now empty
    QStandardPaths::setTestModeEnabled(false);
}

TEST_F(Logging, FatalMessagesReachTheFileBeforeTheProgramStops)
{
    // The default "fast" style forks, so the child writes into this test's temporary folder.
    const QString path = QDir(folder()).filePath(QStringLiteral("unit.log"));
    EXPECT_DEATH(
        {
            configureLogging({.fileBaseName = QStringLiteral("unit"), .folder = folder()});
            splitbench::app::installQtMessageHandler();
            qFatal("fatal: %s {x}", "giving up");
        },
        "");
    EXPECT_TRUE(readAll(path).contains(QStringLiteral("[qt] [critical] fatal: giving up {x}"))) << readAll(path).toStdString();
}

} // namespace
