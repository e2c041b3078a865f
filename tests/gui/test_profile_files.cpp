// The profile-file workflow on its own (ProfileFiles with a document, settings and scripted dialogs) and in two
// windows: a file changed on disk behind the user's back is never overwritten without a question.
#include "gui_test_support.h"
#include "profile_document.h"
#include "profile_files.h"
#include "workbench_settings.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// Another program writes `path`: a profile with the given name, replacing the file as editors do.
void changeOnDisk(const QString &path, const QString &name)
{
    Profile profile = Profile::defaults(Catalogue::builtIn());
    profile.name = name;
    const QString temporary = path + QStringLiteral(".other");
    QFile file(temporary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(profile.toJson(Catalogue::builtIn()));
    file.close();
    QFile::remove(path);
    ASSERT_TRUE(QFile::rename(temporary, path));
}

/// ProfileFiles without a window: a parent widget, a document, settings in a temporary folder, scripted answers.
struct Files {
    Files()
        : settings(dir.filePath(QStringLiteral("settings.ini"))), document(Catalogue::builtIn()),
          dialogs(std::make_shared<ScriptedDialogs>()),
          files(&parent, &document, &settings, [this] { return dialogs.get(); })
    {
        path = dir.filePath(QStringLiteral("shared.splitbench.json"));
        document.setProfileName(QStringLiteral("Ours"));
        EXPECT_TRUE(files.saveFile(path));
        document.setProfileName(QStringLiteral("Ours, edited"));
    }
    ~Files() { document.undoStack()->setClean(); }

    [[nodiscard]] QString nameOnDisk() const
    {
        const Loaded<Profile> loaded = Profile::load(path, Catalogue::builtIn());
        EXPECT_TRUE(loaded.ok());
        return loaded ? loaded.value().name : QString();
    }

    QTemporaryDir dir;
    QWidget parent;
    WorkbenchSettings settings;
    ProfileDocument document;
    std::shared_ptr<ScriptedDialogs> dialogs;
    ProfileFiles files;
    QString path;
};

TEST(ProfileFiles, SavingAnUnchangedFileAsksNothing)
{
    Files f;
    EXPECT_FALSE(f.files.changedOnDisk());
    EXPECT_TRUE(f.files.save());
    EXPECT_TRUE(f.dialogs->externalChangeQuestions.isEmpty());
    EXPECT_EQ(f.nameOnDisk(), QStringLiteral("Ours, edited"));
    // Our own save is not an outside change either, and neither is a touch that leaves the content alone.
    f.document.setProfileName(QStringLiteral("Ours, again"));
    QFile file(f.path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    EXPECT_TRUE(f.files.save());
    EXPECT_TRUE(f.dialogs->externalChangeQuestions.isEmpty());
    EXPECT_EQ(f.nameOnDisk(), QStringLiteral("Ours, again"));
}

TEST(ProfileFiles, SavingOverAFileChangedOnDiskAsksFirst)
{
    Files f;
    changeOnDisk(f.path, QStringLiteral("Theirs"));
    EXPECT_TRUE(f.files.changedOnDisk());
    f.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::Cancel);
    EXPECT_FALSE(f.files.save());
    EXPECT_EQ(f.dialogs->externalChangeQuestions.size(), 1);
    EXPECT_TRUE(f.dialogs->externalChangeQuestions[0].contains(QStringLiteral("shared.splitbench.json")));
    // Cancel writes nothing and keeps our changes.
    EXPECT_EQ(f.nameOnDisk(), QStringLiteral("Theirs"));
    EXPECT_EQ(f.document.profile().name, QStringLiteral("Ours, edited"));
    EXPECT_TRUE(f.document.isModified());
}

TEST(ProfileFiles, ReloadTakesTheVersionOnDisk)
{
    Files f;
    changeOnDisk(f.path, QStringLiteral("Theirs"));
    const QByteArray theirs = readAll(f.path);
    f.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::Reload);
    EXPECT_FALSE(f.files.save()); // nothing was saved
    EXPECT_EQ(f.document.profile().name, QStringLiteral("Theirs"));
    EXPECT_FALSE(f.document.isModified());
    EXPECT_EQ(readAll(f.path), theirs); // the file is untouched
    EXPECT_FALSE(f.files.changedOnDisk());
    EXPECT_TRUE(f.files.save()); // and from now on it is the version this window knows
    EXPECT_EQ(f.dialogs->externalChangeQuestions.size(), 1);
}

TEST(ProfileFiles, OverwriteWritesOurVersion)
{
    Files f;
    changeOnDisk(f.path, QStringLiteral("Theirs"));
    f.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::Overwrite);
    EXPECT_TRUE(f.files.save());
    EXPECT_EQ(f.dialogs->externalChangeQuestions.size(), 1);
    EXPECT_EQ(f.nameOnDisk(), QStringLiteral("Ours, edited"));
    EXPECT_FALSE(f.document.isModified());
    EXPECT_FALSE(f.files.changedOnDisk());
}

TEST(ProfileFiles, SaveAsKeepsTheirsAndWritesOursElsewhere)
{
    Files f;
    changeOnDisk(f.path, QStringLiteral("Theirs"));
    const QString elsewhere = f.dir.filePath(QStringLiteral("ours.splitbench.json"));
    f.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::SaveAs);
    f.dialogs->saveAnswers.push_back(elsewhere);
    EXPECT_TRUE(f.files.save());
    EXPECT_EQ(f.nameOnDisk(), QStringLiteral("Theirs"));
    const Loaded<Profile> ours = Profile::load(elsewhere, Catalogue::builtIn());
    ASSERT_TRUE(ours.ok());
    EXPECT_EQ(ours.value().name, QStringLiteral("Ours, edited"));
    EXPECT_EQ(f.document.filePath(), QFileInfo(elsewhere).absoluteFilePath());
}

TEST(ProfileFiles, TheWatcherTellsWhenTheOpenFileChanges)
{
    Files f;
    QSignalSpy messages(&f.files, &ProfileFiles::message);
    changeOnDisk(f.path, QStringLiteral("Theirs"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &m : messages)
                if (m.value(0).toString().contains(QStringLiteral("changed on disk")))
                    return true;
            return false;
        },
        5000));
    // Told once per change, and never about our own save.
    const qsizetype told = messages.size();
    f.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::Overwrite);
    EXPECT_TRUE(f.files.save());
    QTest::qWait(300);
    for (qsizetype i = told; i < messages.size(); ++i)
        EXPECT_FALSE(messages[i].value(0).toString().contains(QStringLiteral("changed on disk")))
            << messages[i].value(0).toString().toStdString();
}

TEST(ProfileFiles, TwoWindowsOnOneFileDoNotSilentlyLoseEachOthersEdits)
{
    Workbench first;
    Workbench second;
    const QString path = first.path(QStringLiteral("team.splitbench.json"));
    first.window->document()->setProfileName(QStringLiteral("Team"));
    ASSERT_TRUE(first.window->saveFile(path));
    ASSERT_TRUE(second.window->openFile(path));

    first.slider("growth_pace")->setValue(90);
    second.slider("security_exposure")->setValue(10);
    first.action("actionSave")->trigger(); // first: unchanged on disk since it wrote it
    EXPECT_TRUE(first.dialogs->externalChangeQuestions.isEmpty());

    // The second window's Save would throw the first one's edit away: it asks, and Cancel keeps both.
    second.dialogs->externalChangeChoices.push_back(DialogProvider::ExternalChangeChoice::Cancel);
    second.action("actionSave")->trigger();
    EXPECT_EQ(second.dialogs->externalChangeQuestions.size(), 1);
    const Loaded<Profile> onDisk = Profile::load(path, Catalogue::builtIn());
    ASSERT_TRUE(onDisk.ok());
    EXPECT_EQ(onDisk.value().traits[static_cast<size_t>(first.traitIndex("growth_pace"))], 90.0);
    EXPECT_TRUE(second.window->isWindowModified());
}

TEST(ProfileFiles, OwnsTheFileActionsAndTheRecentMenu)
{
    Files f;
    EXPECT_EQ(f.files.saveAction()->objectName(), QStringLiteral("actionSave"));
    EXPECT_EQ(f.files.recentMenu()->actions().value(0)->data().toString(), f.path);
    f.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    f.files.newAction()->trigger();
    EXPECT_TRUE(f.document.filePath().isEmpty());
    f.files.recentMenu()->actions().value(0)->trigger(); // reopens the saved file
    EXPECT_EQ(f.document.profile().name, QStringLiteral("Ours"));
}

} // namespace
