// The real splitbench executable, killed with SIGKILL after a change: the next start finds and restores its copy.
#include "autosave_manager.h"
#include "gui_test_support.h"
#include "profile_document.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

/// The recovery copies below `root`, wherever the child put them.
QStringList findCopies(const QString &root)
{
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.recovery.json")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

TEST(RecoveryAfterKill, TheNextStartRestoresTheChangesOfAKilledWorkbench)
{
    QTemporaryDir home; // the child's whole world: it never sees the user's settings, data or logs
    ASSERT_TRUE(home.isValid());
    const QString dataHome = home.filePath(QStringLiteral("data"));
    const QString profilePath = home.filePath(QStringLiteral("office.splitbench.json"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SPLITBENCH_EXAMPLES "/1-small-office.splitbench.json"), profilePath));
    QFile::setPermissions(profilePath, QFile::ReadOwner | QFile::WriteOwner);
    const Loaded<Profile> onDisk = Profile::load(profilePath, Catalogue::builtIn());
    ASSERT_TRUE(onDisk);
    const int capacity = Catalogue::builtIn().traitIndex(QStringLiteral("inhouse_capacity"));
    ASSERT_NE(onDisk.value().traits[static_cast<size_t>(capacity)], 77.0);
    QFile original(profilePath);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    original.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(SPLITBENCH_GUI_EXE),
                {profilePath, QStringLiteral("--test-set-trait"), QStringLiteral("inhouse_capacity=77")});
    ASSERT_TRUE(child.waitForStarted(10000));

    QStringList copies;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            copies = findCopies(home.path());
            return !copies.isEmpty() || child.state() == QProcess::NotRunning;
        },
        60000))
        << "no recovery copy appeared within 60 s";
    ASSERT_EQ(child.state(), QProcess::Running) << "the workbench ended by itself: " << child.exitCode();
    ASSERT_EQ(copies.size(), 1);
    const QString copy = copies.first();
    // In the application data location of the isolated home, not anywhere else.
    EXPECT_TRUE(copy.startsWith(dataHome + QStringLiteral("/Splitbench/splitbench/recovery/"))) << copy.toStdString();
    const QString folder = QFileInfo(copy).absolutePath();

    // While the child runs, its copy is its own: another start does not offer it.
    {
        Workbench other;
        other.window->enableAutosave(folder);
        EXPECT_FALSE(other.window->offerRecovery()); // no answer queued: a question would fail the test
        EXPECT_TRUE(QFileInfo::exists(copy));
    }

    child.kill(); // SIGKILL on Unix: no handler, no destructor, no clean-up runs
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFileInfo::exists(copy)) << "a killed process cannot clean up: the copy must survive";

    // The next start, driven in-process with the real window classes, offers and restores it.
    Workbench next;
    next.window->enableAutosave(folder);
    next.dialogs->recoveryChoices.push_back(DialogProvider::RecoveryChoice::Restore);
    ASSERT_TRUE(next.window->offerRecovery());
    ASSERT_EQ(next.dialogs->recoveryQuestions.size(), 1);
    EXPECT_TRUE(next.dialogs->recoveryQuestions[0].startsWith(QDir::toNativeSeparators(profilePath)))
        << next.dialogs->recoveryQuestions[0].toStdString();
    ProfileDocument *document = next.window->document();
    EXPECT_EQ(next.trait("inhouse_capacity"), 77.0);
    Profile expected = onDisk.value();
    expected.traits[static_cast<size_t>(capacity)] = 77.0;
    EXPECT_EQ(document->profile(), expected);
    EXPECT_EQ(document->filePath(), QFileInfo(profilePath).absoluteFilePath());
    EXPECT_TRUE(next.window->isWindowModified());
    EXPECT_FALSE(QFileInfo::exists(copy)) << "the killed process's copy is taken over";
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), originalBytes) << "neither the crash nor the restore touched the profile file";
    original.close();

    ASSERT_TRUE(next.window->save());
    EXPECT_EQ(Profile::load(profilePath, Catalogue::builtIn()).value().traits[static_cast<size_t>(capacity)], 77.0);
    EXPECT_TRUE(findCopies(home.path()).isEmpty());
}
