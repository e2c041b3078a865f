// Nothing lost (issue 15): small outputs on a full disk (every CLI format, the workbench's save, recovery
// copies), exports onto the open profile, and the workbench's Open of files that would block.
//
// The full disk is a 64 kB tmpfs filled to the last byte where the test can mount one (as root, as in CI); where
// it cannot, RLIMIT_FSIZE of 1 byte makes every write fail the same way (tests/support/full_disk.h). ctest runs
// this binary twice: once as it finds the machine, once with SPLITBENCH_TEST_FULL_DISK=rlimit.
#include "autosave_manager.h"
#include "gui_test_support.h"
#include "output_file.h"
#include "profile_document.h"
#include "recovery_file.h"
#include "report_actions.h"
#include "support/cli_runner.h"
#include "support/full_disk.h"
#include "workbench_settings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSlider>
#include <QStatusBar>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;
using splitbench::test::CliRun;
using splitbench::test::FullDisk;
using splitbench::test::runCli;

namespace {

const QByteArray kPrevious = "{\"version\": 1, \"name\": \"Previous - keep me\", \"traits\": {}}\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString testData(const char *name)
{
    return QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
}

QString example(const char *name)
{
    return QStringLiteral(SPLITBENCH_EXAMPLES "/") + QString::fromLatin1(name);
}

class NothingLost : public ::testing::Test {
protected:
    void SetUp() override { RecordProperty("full_disk", disk.modeName()); }
    FullDisk disk;
};

// --- The core writer -------------------------------------------------------------------------------------

TEST_F(NothingLost, ASmallWriteOnAFullDiskFailsAndKeepsThePreviousFile)
{
    const QString target = disk.path(QStringLiteral("profile.splitbench.json"));
    disk.writeFile(QStringLiteral("profile.splitbench.json"), kPrevious);
    disk.fill();
    // 500 bytes: far below QSaveFile's 16 kB buffer, where commit() used to lose the error (QTBUG-75077).
    const QString error = disk.whileFull([&] { return writeFileAtomically(target, QByteArray(500, 'n')); });
    EXPECT_TRUE(error.contains(target)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("the previous file is unchanged"))) << error.toStdString();
    const QString streamed = disk.whileFull([&] {
        return writeFileAtomically(target, [](QIODevice &device) {
            for (int i = 0; i < 20; ++i)
                device.write("twenty bytes of text");
            return true;
        });
    });
    EXPECT_TRUE(streamed.contains(target)) << streamed.toStdString();
    EXPECT_EQ(readAll(target), kPrevious);
    EXPECT_EQ(disk.entries(), QStringList{QStringLiteral("profile.splitbench.json")}) << "a temporary file was left";
}

TEST_F(NothingLost, ANewFileOnAFullDiskIsNotCreatedAndNoPreviousFileIsClaimed)
{
    const QString target = disk.path(QStringLiteral("new.csv"));
    disk.fill();
    const QString error = disk.whileFull([&] { return writeFileAtomically(target, QByteArray(300, 'c')); });
    EXPECT_TRUE(error.contains(target)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no file was written"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("previous"))) << error.toStdString();
    EXPECT_TRUE(disk.entries().isEmpty()) << disk.entries().join(u' ').toStdString();
}

TEST_F(NothingLost, AStreamThatCannotTakeTheBytesIsAnError)
{
    // The direct path for devices: /dev/full refuses every byte with ENOSPC, like a full disk.
    const QString error = writeFileAtomically(QStringLiteral("/dev/full"), QByteArray(300, 'x'));
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/full"))) << error.toStdString();
    struct stat info {};
    ASSERT_EQ(::stat("/dev/full", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode)) << "the device node was replaced";
}

// --- The workbench --------------------------------------------------------------------------------------

TEST_F(NothingLost, SavingInTheWorkbenchOnAFullDiskSaysSoAndKeepsFileAndRecoveryCopy)
{
    Workbench bench;
    bench.window->enableAutosave(bench.path(QStringLiteral("recovery")));
    const QString target = disk.path(QStringLiteral("office.splitbench.json"));
    disk.writeFile(QStringLiteral("office.splitbench.json"), kPrevious);
    disk.fill();
    bench.slider("inhouse_capacity")->setValue(71);
    QApplication::processEvents();
    AutosaveManager *autosave = bench.window->autosave();
    ASSERT_TRUE(QFileInfo::exists(autosave->recoveryPath()));

    const bool saved = disk.whileFull([&] { return bench.window->saveFile(target); });
    EXPECT_FALSE(saved);
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(target)) << bench.dialogs->errors[0].toStdString();
    EXPECT_FALSE(bench.window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));
    EXPECT_TRUE(bench.window->document()->isModified());
    EXPECT_EQ(readAll(target), kPrevious);
    EXPECT_EQ(disk.entries(), QStringList{QStringLiteral("office.splitbench.json")});
    // The recovery copy is the only other place the edits live: it must stay.
    EXPECT_TRUE(RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {}));
}

TEST_F(NothingLost, ARecoveryCopyOnAFullDiskKeepsTheLastGoodOneAndTheUserIsToldOnce)
{
    Workbench bench;
    bench.window->enableAutosave(disk.path(QStringLiteral("recovery"))); // creates the folder and its lock
    AutosaveManager *autosave = bench.window->autosave();
    bench.slider("inhouse_capacity")->setValue(71);
    QApplication::processEvents();
    const Profile good = bench.window->document()->profile();
    ASSERT_TRUE(RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {}));
    disk.fill();

    disk.whileFull([&] {
        for (const int value : {72, 73, 74}) { // three steps, three failed copies
            bench.slider("inhouse_capacity")->setValue(value);
            QApplication::processEvents();
        }
    });
    const Loaded<RecoveryFile> copy = RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {});
    ASSERT_TRUE(copy) << copy.error().toString().toStdString();
    EXPECT_EQ(copy.value().profile, good) << "the last good copy was replaced";
    ASSERT_EQ(bench.dialogs->errors.size(), 1) << bench.dialogs->errors.join(u'\n').toStdString();
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("recovery copy")));
    EXPECT_TRUE(bench.dialogs->errors[0].contains(autosave->recoveryPath()));

    // Room again: the next step writes a copy; a new failure after that is told again, once.
    QFile::remove(disk.path(QStringLiteral("filler")));
    bench.slider("inhouse_capacity")->setValue(75);
    QApplication::processEvents();
    const Loaded<RecoveryFile> latest = RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {});
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest.value().profile, bench.window->document()->profile());
    disk.fill();
    disk.whileFull([&] {
        bench.slider("inhouse_capacity")->setValue(76);
        QApplication::processEvents();
    });
    EXPECT_EQ(bench.dialogs->errors.size(), 2);
}

TEST(NothingLostWorkbench, AnExportOntoTheOpenProfileIsRefused)
{
    Workbench bench;
    // A profile may have any name; one called "team.csv" is a CSV export's natural target.
    const QByteArray profile = readAll(example("1-small-office.splitbench.json"));
    const QString path = bench.writeFile(QStringLiteral("team.csv"), profile);
    ASSERT_TRUE(bench.window->openFile(path)) << bench.dialogs->errors.join(u'\n').toStdString();
    bench.dialogs->saveAnswers.push_back(path);
    bench.action("actionExportCsv")->trigger();
    EXPECT_FALSE(bench.window->reportActions()->isBusy());
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("input file"))) << bench.dialogs->errors[0].toStdString();
    EXPECT_EQ(readAll(path), profile);
}

TEST(NothingLostWorkbench, OpeningAFileThatWouldBlockIsRefusedAtOnce)
{
    Workbench bench;
    const QString fifo = bench.path(QStringLiteral("pipe.splitbench.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QStringList blocking{fifo};
    if (::access("/proc/kmsg", R_OK) == 0)
        blocking << QStringLiteral("/proc/kmsg"); // blocks for ever when read (and eats the kernel log)
    for (const QString &path : blocking) {
        bench.dialogs->openAnswers.push_back(path);
        bench.action("actionOpen")->trigger();
    }
    ASSERT_EQ(bench.dialogs->errors.size(), blocking.size());
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("not a regular file")));
    if (blocking.size() > 1) {
        EXPECT_TRUE(bench.dialogs->errors[1].contains(QStringLiteral("/proc or /sys")))
            << bench.dialogs->errors[1].toStdString();
    }
}

TEST(NothingLostWorkbench, ARecentFileInALoopOfLinksIsNamedAsSuchAndKept)
{
    // Only a file that is really gone "no longer exists" and leaves the list; a loop of symbolic links (or a name
    // too long, or no permission) is named for what it is, and the entry stays for when it is fixed.
    Workbench bench;
    const QString loop = bench.path(QStringLiteral("loop.splitbench.json"));
    ASSERT_TRUE(QFile::link(loop, loop));
    bench.settings->addRecentFile(loop);
    bench.action("actionRecent_0")->trigger();
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("loop of symbolic links")))
        << bench.dialogs->errors[0].toStdString();
    EXPECT_FALSE(bench.dialogs->errors[0].contains(QStringLiteral("no longer exists")));
    EXPECT_EQ(bench.settings->recentFiles().size(), 1);
}

// --- The CLI: every output format -----------------------------------------------------------------------

struct CliCase {
    const char *name;
    QStringList arguments; ///< "OUT" stands for the output file on the full disk
    const char *output;
};

void PrintTo(const CliCase &c, std::ostream *os) { *os << c.name; }

class NothingLostCli : public NothingLost, public ::testing::WithParamInterface<CliCase> {};

TEST_P(NothingLostCli, ASmallOutputOnAFullDiskIsExitCode3AndKeepsThePreviousFile)
{
    const CliCase &c = GetParam();
    const QString output = disk.path(QString::fromLatin1(c.output));
    disk.writeFile(QString::fromLatin1(c.output), kPrevious);
    disk.fill();
    QStringList arguments;
    for (const QString &argument : c.arguments)
        arguments << (argument == QStringLiteral("OUT") ? output
                      : argument == QStringLiteral("DIR") ? disk.folder()
                                                            : argument);
    const CliRun run = runCli(arguments, {}, [&](QProcess &process) { disk.limitChild(process); });
    EXPECT_EQ(run.exitCode, 3) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(output)) << run.errText().toStdString();
    EXPECT_EQ(readAll(output), kPrevious);
    EXPECT_EQ(disk.entries(), QStringList{QString::fromLatin1(c.output)}) << "a partial or temporary file was left";
}

const QString kCatalogue = testData("mini-catalogue.json");
const QString kProfile = testData("mini-profile.splitbench.json");

QStringList report(const char *extra = nullptr)
{
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--catalogue"), kCatalogue,
                          QStringLiteral("--profile"), kProfile, QStringLiteral("--samples"), QStringLiteral("100")};
    if (extra)
        arguments << QString::fromLatin1(extra);
    return arguments << QStringLiteral("OUT");
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, NothingLostCli,
    ::testing::Values(
        CliCase{"ReportCsv", report("-o"), "matrix.csv"}, CliCase{"ReportMarkdown", report("-o"), "matrix.md"},
        CliCase{"ReportJson", report("-o"), "score.json"}, CliCase{"ReportHtml", report("-o"), "matrix.html"},
        CliCase{"ReportXlsx", report("-o"), "matrix.xlsx"}, CliCase{"ReportPdf", report("-o"), "report.pdf"},
        CliCase{"ReportPng", report("-o"), "radar.png"}, CliCase{"ReportSvg", report("-o"), "radar.svg"},
        CliCase{"ScoreText",
                {QStringLiteral("score"), QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("--profile"),
                 kProfile, QStringLiteral("-o"), QStringLiteral("OUT")},
                "score.txt"},
        CliCase{"ScoreJson",
                {QStringLiteral("score"), QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("--profile"),
                 kProfile, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                 QStringLiteral("OUT")},
                "score.json"},
        CliCase{"Sensitivity",
                {QStringLiteral("sensitivity"), QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("--profile"),
                 kProfile, QStringLiteral("--samples"), QStringLiteral("100"), QStringLiteral("-o"),
                 QStringLiteral("OUT")},
                "sensitivity.txt"},
        CliCase{"CatalogueJson",
                {QStringLiteral("catalogue"), QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("-o"),
                 QStringLiteral("OUT")},
                "catalogue.json"},
        CliCase{"CatalogueMarkdown",
                {QStringLiteral("catalogue"), QStringLiteral("--catalogue"), kCatalogue, QStringLiteral("--format"),
                 QStringLiteral("markdown"), QStringLiteral("-o"), QStringLiteral("OUT")},
                "catalogue.md"},
        // Batch: two profiles into the full folder; the one with a previous file keeps it, the other gets none.
        CliCase{"BatchCsv",
                {QStringLiteral("report"), QStringLiteral("--profile"), example("1-small-office.splitbench.json"),
                 QStringLiteral("--profile"), example("3-growing-agency.splitbench.json"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--samples"), QStringLiteral("100"), QStringLiteral("--output-dir"),
                 QStringLiteral("DIR")},
                "1-small-office.csv"}),
    [](const ::testing::TestParamInfo<CliCase> &info) { return std::string(info.param.name); });

} // namespace
