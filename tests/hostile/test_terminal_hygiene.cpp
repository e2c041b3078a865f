// Terminal and log hygiene (issue 15, item 8): control characters from files are printed as escapes, the log
// records where and what went wrong but never the file's text, and logs and recovery copies are private.
#include "hostile_support.h"

#include "autosave_manager.h"
#include "gui/gui_test_support.h"
#include "text_escape.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSlider>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace splitbench::test {
namespace {

/// The CLI this build made, or another one (an installed or older build) named by SPLITBENCH_CLI_UNDER_TEST.
QString cliUnderTest()
{
    return qEnvironmentVariable("SPLITBENCH_CLI_UNDER_TEST", QStringLiteral(SPLITBENCH_CLI));
}

const QByteArray kTitleAndClear = "\x1b]0;pwned\x07\x1b[2J\x1b[3J";
/// The same inside a JSON string.
const QByteArray kJsonTitleAndClear = "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[3J";

QString modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 07777, 8);
}

/// Bytes a terminal would act on: C0 controls other than line breaks and tabs, DEL, C1 controls (as UTF-8)
/// and the bidirectional overrides.
bool hasRawControls(const QByteArray &bytes)
{
    return hasControlCharacters(QString::fromUtf8(bytes), KeepLayout::LineBreaksAndTabs);
}

class CliHygiene : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    ProgramRun cli(const QStringList &arguments) const
    {
        return runProgram(cliUnderTest(), arguments, {QStringLiteral("XDG_DATA_HOME=") + dataHome()});
    }
    QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }
    QString logFolder() const { return dataHome() + QStringLiteral("/Splitbench/splitbench-cli/logs"); }
    QByteArray log() const { return readAll(logFolder() + QStringLiteral("/splitbench-cli.log")); }

    QTemporaryDir m_dir;
};

TEST_F(CliHygiene, ScorePrintsTheControlCharactersOfNamesAsEscapes)
{
    Profile profile = profileWithModels({QStringLiteral("Model") + QString::fromUtf8(kTitleAndClear) + QChar(0x9B) +
                                         QStringLiteral("2J") + QChar(0x202E) + QStringLiteral("x")});
    profile.name = QStringLiteral("Org") + QString::fromUtf8(kTitleAndClear) + QChar(0x9B) + QStringLiteral("2J") +
                   QChar(0x202E) + QStringLiteral("x");
    const QString path = write(QStringLiteral("p.splitbench.json"), profile.toJson(Catalogue::builtIn()));
    for (const QStringList &command :
         {QStringList{QStringLiteral("score")}, QStringList{QStringLiteral("sensitivity"), QStringLiteral("--samples"), QStringLiteral("100")}}) {
        const ProgramRun run = cli(command + QStringList{QStringLiteral("--profile"), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_FALSE(hasRawControls(run.out)) << command.first().toStdString() << ": " << run.out.toStdString();
        EXPECT_TRUE(run.out.contains("Profile: Org\\x1B]0;pwned\\x07\\x1B[2J\\x1B[3J\\x9B2J\\u202Ex\n"))
            << run.out.toStdString();
    }
    // A file name is printed too.
    const QString evil = write(QStringLiteral("evil") + QString::fromUtf8(kTitleAndClear) + QStringLiteral(".splitbench.json"),
                               profile.toJson(Catalogue::builtIn()));
    const ProgramRun validate = cli({QStringLiteral("validate"), evil});
    ASSERT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    EXPECT_FALSE(hasRawControls(validate.out)) << validate.out.toStdString();
}

TEST_F(CliHygiene, ErrorsShowTheProblemEscapedAndTheLogHoldsPlaceAndProblemOnly)
{
    struct Case {
        const char *what;
        QByteArray file;
        const char *secret;
        const char *logged; ///< What the log must say instead.
    };
    const Case cases[] = {
        {"written_by of a newer version",
         "{\"version\": 7, \"written_by\": \"Splitbench 9.9 SECRET-WRITER" + kJsonTitleAndClear + "\", \"traits\": {}}",
         "SECRET-WRITER", "version: written by a newer Splitbench"},
        {"an unknown trait key", "{\"version\": 1, \"traits\": {\"SECRET-KEY" + kJsonTitleAndClear + "\": 5}}", "SECRET-KEY",
         "traits.\xe2\x80\xa6: unknown trait id"},
        {"an unknown note key",
         "{\"version\": 1, \"traits\": {}, \"notes\": {\"SECRET-NOTE-KEY\": \"my private note\"}}", "SECRET-NOTE-KEY",
         "notes.\xe2\x80\xa6: unknown trait id"},
        {"a custom model based on nothing",
         "{\"version\": 1, \"traits\": {}, \"custom_models\": [{\"id\": \"x\", \"name\": \"n\", \"based_on\": "
         "\"SECRET-BASE" + kJsonTitleAndClear + "\"}]}",
         "SECRET-BASE", "custom_models[0].based_on: unknown model id"},
        {"an over-long text under a hostile key",
         "{\"version\": 1, \"traits\": {}, \"SECRET-JUNK" + kJsonTitleAndClear + "\": \"" + QByteArray(5000, 'x') + "\"}",
         "SECRET-JUNK", "\xe2\x80\xa6: is 5000 characters long"},
    };
    int run = 0;
    for (const Case &c : cases) {
        const QString path = write(QStringLiteral("bad%1.splitbench.json").arg(run++), c.file);
        const QByteArray before = log();
        const ProgramRun result = cli({QStringLiteral("score"), QStringLiteral("--profile"), path});
        EXPECT_EQ(result.exitCode, 2) << c.what;
        EXPECT_FALSE(hasRawControls(result.err)) << c.what << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.secret)) << c.what << ": the user is told what is wrong: "
                                                   << result.err.toStdString();
        const QByteArray added = log().mid(before.size());
        EXPECT_FALSE(added.contains(c.secret)) << c.what << ": the log holds the file's text:\n" << added.toStdString();
        EXPECT_FALSE(hasRawControls(added)) << c.what;
        EXPECT_EQ(added.count("refused"), 1) << c.what << ": logged once:\n" << added.toStdString();
        EXPECT_FALSE(added.contains("reported:")) << c.what << ": logged twice:\n" << added.toStdString();
        EXPECT_TRUE(added.contains(c.logged)) << c.what << ": expected \"" << c.logged << "\" in\n" << added.toStdString();
    }
}

TEST_F(CliHygiene, LogFilesAreTheUsersAlone)
{
    // A log from an earlier version, readable by everyone.
    ASSERT_TRUE(QDir().mkpath(logFolder()));
    ASSERT_EQ(::chmod(QFile::encodeName(logFolder()).constData(), 0755), 0);
    write(QStringLiteral("data/Splitbench/splitbench-cli/logs/splitbench-cli.1.log"), "old\n");
    ASSERT_EQ(::chmod(QFile::encodeName(logFolder() + QStringLiteral("/splitbench-cli.1.log")).constData(), 0644), 0);

    const ProgramRun result = cli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(modeOf(logFolder()), QStringLiteral("700"));
    EXPECT_EQ(modeOf(logFolder() + QStringLiteral("/splitbench-cli.log")), QStringLiteral("600"));
    EXPECT_EQ(modeOf(logFolder() + QStringLiteral("/splitbench-cli.1.log")), QStringLiteral("600"));
}

TEST(RecoveryHygiene, RecoveryCopiesAndTheirFoldersAreTheUsersAlone)
{
    gui::test::Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    bench.window->enableAutosave(folder);
    bench.slider("inhouse_capacity")->setValue(71);
    QApplication::processEvents();
    const QString copy = bench.window->autosave()->recoveryPath();
    ASSERT_TRUE(QFileInfo::exists(copy));
    EXPECT_EQ(modeOf(folder), QStringLiteral("700"));
    EXPECT_EQ(modeOf(copy), QStringLiteral("600"));

    // A damaged copy is moved aside into a folder just as private.
    QFile broken(folder + QStringLiteral("/99999999-1.recovery.json"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    std::vector<LoadError> problems;
    const auto offered = gui::AutosaveManager::claimOrphans(folder, Catalogue::builtIn(), {}, problems);
    EXPECT_TRUE(offered.empty());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(modeOf(folder + QStringLiteral("/damaged")), QStringLiteral("700"));
}

} // namespace
} // namespace splitbench::test
