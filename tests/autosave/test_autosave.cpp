// Autosave in the workbench window: when recovery copies are written and deleted, how they are offered back,
// and that unreadable copies and failed loads never cost the user's work.
#include "autosave_manager.h"
#include "gui_test_support.h"
#include "profile_document.h"
#include "recovery_file.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList recoveryFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.recovery.json")}, QDir::Files);
}

/// A copy as a crashed window would have left it: no live owner holds its lock.
QString writeOrphan(const QString &folder, const QString &name, const Profile &profile, const QString &original,
                    const QDateTime &savedAt)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".recovery.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(RecoveryFile::serialize(profile.toJson(Catalogue::builtIn()), savedAt, original, {}));
    return path;
}

Profile changedProfile(double capacity)
{
    Profile profile = Profile::defaults(Catalogue::builtIn());
    profile.traits[static_cast<size_t>(Catalogue::builtIn().traitIndex(QStringLiteral("inhouse_capacity")))] = capacity;
    profile.name = QStringLiteral("Recovered Ltd");
    return profile;
}

} // namespace

TEST(RecoveryFile, RoundTripsProfileAndMetadata)
{
    QTemporaryDir dir;
    const Profile profile = changedProfile(63);
    const QDateTime savedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    const QString path =
        writeOrphan(dir.path(), QStringLiteral("a"), profile, QStringLiteral("/data/office.json"), savedAt);

    const Loaded<RecoveryFile> read = RecoveryFile::read(path, Catalogue::builtIn(), {});
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    EXPECT_EQ(read.value().profile, profile);
    EXPECT_EQ(read.value().savedAt, savedAt);
    EXPECT_EQ(read.value().originalFile, QStringLiteral("/data/office.json"));
    EXPECT_TRUE(read.value().catalogue.isEmpty());
    EXPECT_EQ(read.value().pid, QCoreApplication::applicationPid());
    // The metadata is plain JSON a person can read.
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("splitbench-recovery"));
    EXPECT_TRUE(root.value(QStringLiteral("catalogue")).isNull());
    EXPECT_EQ(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Recovered Ltd"));
}

TEST(RecoveryFile, ProblemsNameFileAndPlace)
{
    QTemporaryDir dir;
    const auto problemOf = [&](const QByteArray &bytes, const QString &cataloguePath = {}) {
        const QString path = dir.filePath(QStringLiteral("x.recovery.json"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Loaded<RecoveryFile> read = RecoveryFile::read(path, Catalogue::builtIn(), cataloguePath);
        EXPECT_FALSE(read);
        EXPECT_EQ(read.error().file, path);
        return read ? LoadError{} : read.error();
    };
    EXPECT_TRUE(problemOf("{\"format\": \"splitbench-rec").message.contains(QStringLiteral("not valid JSON")));
    EXPECT_EQ(problemOf(R"({"format": "something else"})").place, QStringLiteral("format"));
    const QByteArray good = RecoveryFile::serialize(changedProfile(10).toJson(Catalogue::builtIn()),
                                                    QDateTime::currentDateTimeUtc(), {}, {});
    QByteArray badTrait = good;
    badTrait.replace("\"inhouse_capacity\": 10", "\"inhouse_capacity\": 1000");
    ASSERT_NE(badTrait, good);
    EXPECT_EQ(problemOf(badTrait).place, QStringLiteral("profile.traits.inhouse_capacity"));
    const LoadError other = problemOf(good, QStringLiteral("/data/custom-catalogue.json"));
    EXPECT_EQ(other.place, QStringLiteral("catalogue"));
    EXPECT_TRUE(other.message.contains(QStringLiteral("/data/custom-catalogue.json")));
}

TEST(Autosave, EachCompletedStepWritesACopyAndSavingDeletesIt)
{
    Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    bench.window->enableAutosave(folder);
    AutosaveManager *autosave = bench.window->autosave();
    EXPECT_TRUE(recoveryFiles(folder).isEmpty()) << "a clean document has no copy";

    bench.slider("inhouse_capacity")->setValue(71);
    QApplication::processEvents();
    ASSERT_TRUE(QFileInfo::exists(autosave->recoveryPath()));
    Loaded<RecoveryFile> copy = RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {});
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy.value().profile, bench.window->document()->profile());
    EXPECT_TRUE(copy.value().originalFile.isEmpty());

    // Undo back to the clean state: nothing left to recover.
    bench.action("actionUndo")->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(QFileInfo::exists(autosave->recoveryPath()));

    bench.slider("inhouse_capacity")->setValue(72);
    QApplication::processEvents();
    ASSERT_TRUE(QFileInfo::exists(autosave->recoveryPath()));
    const QString saved = bench.path(QStringLiteral("saved.splitbench.json"));
    ASSERT_TRUE(bench.window->saveFile(saved));
    EXPECT_FALSE(QFileInfo::exists(autosave->recoveryPath()));

    // Changes to a saved file record that file, so a restore saves back to it.
    bench.slider("inhouse_capacity")->setValue(73);
    QApplication::processEvents();
    copy = RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {});
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy.value().originalFile, QFileInfo(saved).absoluteFilePath());

    // Discarding the changes when quitting is a normal end: the copy goes.
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    EXPECT_TRUE(bench.window->close());
    EXPECT_TRUE(recoveryFiles(folder).isEmpty());
}

TEST(Autosave, ASliderDragIsWrittenWhenReleasedOrByTheTimer)
{
    Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    bench.window->enableAutosave(folder);
    AutosaveManager *autosave = bench.window->autosave();
    QSlider *slider = bench.slider("desire_for_control");

    slider->setSliderDown(true);
    for (int value = 40; value <= 80; value += 10)
        slider->setValue(value);
    QApplication::processEvents();
    EXPECT_FALSE(QFileInfo::exists(autosave->recoveryPath())) << "no copy per move while the mouse is held";
    slider->setSliderDown(false); // release: the step is complete
    QApplication::processEvents();
    ASSERT_TRUE(QFileInfo::exists(autosave->recoveryPath()));
    EXPECT_EQ(RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {}).value().profile,
              bench.window->document()->profile());

    // A drag held for a long time is still copied by the interval timer.
    autosave->setInterval(50);
    slider->setSliderDown(true);
    slider->setValue(20);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const Loaded<RecoveryFile> copy = RecoveryFile::read(autosave->recoveryPath(), Catalogue::builtIn(), {});
            return copy && copy.value().profile == bench.window->document()->profile();
        },
        5000));
    slider->setSliderDown(false);
}

TEST(Autosave, ARestoredCopyIsAnUnsavedDocumentThatSavesToItsOriginalFile)
{
    Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    const QString original = bench.path(QStringLiteral("office.splitbench.json"));
    ASSERT_TRUE(bench.window->saveFile(original));
    const QByteArray originalBytes = readAll(original);
    bench.window->enableAutosave(folder);
    const QDateTime savedAt = QDateTime(QDate(2026, 2, 3), QTime(16, 5), Qt::UTC);
    const QString orphan = writeOrphan(folder, QStringLiteral("999999-1"), changedProfile(66), original, savedAt);

    bench.dialogs->recoveryChoices.push_back(DialogProvider::RecoveryChoice::Restore);
    EXPECT_TRUE(bench.window->offerRecovery());
    ASSERT_EQ(bench.dialogs->recoveryQuestions.size(), 1);
    // The question names the file and the time in the user's locale.
    EXPECT_EQ(bench.dialogs->recoveryQuestions[0], QDir::toNativeSeparators(original) + QStringLiteral(" | ") +
                                                       QLocale().toString(savedAt.toLocalTime(), QLocale::LongFormat));

    ProfileDocument *document = bench.window->document();
    EXPECT_EQ(document->profile(), changedProfile(66));
    EXPECT_EQ(document->filePath(), original);
    EXPECT_TRUE(document->isModified());
    EXPECT_TRUE(bench.window->isWindowModified());
    EXPECT_EQ(bench.window->windowTitle(), QStringLiteral("office.splitbench.json[*] — Splitbench"));
    EXPECT_EQ(readAll(original), originalBytes) << "restoring writes nothing to the profile file";
    // The old copy is replaced by this window's own.
    EXPECT_FALSE(QFileInfo::exists(orphan));
    EXPECT_EQ(recoveryFiles(folder), QStringList{QFileInfo(bench.window->autosave()->recoveryPath()).fileName()});

    // Undo cannot pretend the recovered changes are saved.
    bench.slider("inhouse_capacity")->setValue(67);
    bench.action("actionUndo")->trigger();
    EXPECT_TRUE(document->isModified());

    bench.action("actionSave")->trigger(); // no save dialog queued: Save goes straight to the original file
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(Profile::load(original, Catalogue::builtIn()).value(), changedProfile(66));
    EXPECT_TRUE(recoveryFiles(folder).isEmpty());
    EXPECT_TRUE(bench.dialogs->errors.isEmpty());
}

TEST(Autosave, DeclinedCopiesAreDeletedAndLaterKeepsThem)
{
    Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    const QString older = writeOrphan(folder, QStringLiteral("999998-1"), changedProfile(11), {},
                                      QDateTime::currentDateTimeUtc().addSecs(-600));
    const QString newer = writeOrphan(folder, QStringLiteral("999998-2"), changedProfile(12), {},
                                      QDateTime::currentDateTimeUtc().addSecs(-60));
    const Profile before = bench.window->document()->profile();
    bench.window->enableAutosave(folder);

    bench.dialogs->recoveryChoices = {DialogProvider::RecoveryChoice::Discard, DialogProvider::RecoveryChoice::Later};
    EXPECT_FALSE(bench.window->offerRecovery());
    ASSERT_EQ(bench.dialogs->recoveryQuestions.size(), 2);
    EXPECT_TRUE(bench.dialogs->recoveryQuestions[0].startsWith(QStringLiteral("an untitled profile | ")));
    EXPECT_FALSE(QFileInfo::exists(newer)) << "newest first; Discard deletes it";
    EXPECT_TRUE(QFileInfo::exists(older)) << "Ask Later keeps it";
    EXPECT_EQ(bench.window->document()->profile(), before);
    EXPECT_FALSE(bench.window->document()->isModified());

    // The kept copy is offered again at the next start.
    bench.dialogs->recoveryChoices = {DialogProvider::RecoveryChoice::Restore};
    EXPECT_TRUE(bench.window->offerRecovery());
    EXPECT_EQ(bench.window->document()->profile(), changedProfile(11));
    EXPECT_TRUE(bench.window->document()->filePath().isEmpty());
    EXPECT_EQ(bench.window->windowTitle(), QStringLiteral("Untitled[*] — Splitbench"));
    EXPECT_TRUE(bench.window->isWindowModified());
}

TEST(Autosave, ACorruptCopyIsReportedMovedAsideAndNeverBlocksTheStart)
{
    Workbench bench;
    const QString folder = bench.path(QStringLiteral("recovery"));
    QDir().mkpath(folder);
    const QString corrupt = QDir(folder).filePath(QStringLiteral("999997-1.recovery.json"));
    {
        QFile file(corrupt);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"splitbench-recovery\", \"version\": 1, \"saved_at\": "); // cut off by a crash
    }
    bench.slider("it_leadership")->setValue(12);
    const Profile before = bench.window->document()->profile();
    bench.window->enableAutosave(folder);

    EXPECT_FALSE(bench.window->offerRecovery());
    EXPECT_TRUE(bench.dialogs->recoveryQuestions.isEmpty());
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(corrupt)) << bench.dialogs->errors[0].toStdString();
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("not valid JSON")));
    EXPECT_FALSE(QFileInfo::exists(corrupt));
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("damaged/999997-1.recovery.json"))));
    EXPECT_EQ(bench.window->document()->profile(), before);

    // Once aside, it is not reported again.
    EXPECT_FALSE(bench.window->offerRecovery());
    EXPECT_EQ(bench.dialogs->errors.size(), 1);
}

TEST(Autosave, AnotherOpenWindowsCopyIsNotOffered)
{
    QTemporaryDir shared;
    const QString folder = shared.filePath(QStringLiteral("recovery"));
    Workbench first;
    first.window->enableAutosave(folder);
    first.slider("inhouse_capacity")->setValue(81);
    QApplication::processEvents();
    ASSERT_TRUE(QFileInfo::exists(first.window->autosave()->recoveryPath()));

    Workbench second;
    second.window->enableAutosave(folder);
    EXPECT_FALSE(second.window->offerRecovery()); // no question queued: asking would fail the test
    EXPECT_TRUE(QFileInfo::exists(first.window->autosave()->recoveryPath()));
    EXPECT_NE(first.window->autosave()->recoveryPath(), second.window->autosave()->recoveryPath());
}

// --- Load errors elsewhere in the window ------------------------------------------------------------------

TEST(LoadErrors, RecentFilesThatVanishedOrBrokeNameFileAndProblemAndKeepTheWork)
{
    Workbench bench;
    const QString gone = bench.path(QStringLiteral("gone.splitbench.json"));
    const QString broken =
        bench.writeFile(QStringLiteral("broken.splitbench.json"), R"({"version": 1, "traits": {"no_such_trait": 3}})");
    bench.settings->addRecentFile(gone);
    bench.settings->addRecentFile(broken);
    bench.slider("security_exposure")->setValue(91);
    const Profile before = bench.window->document()->profile();

    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    bench.action("actionRecent_0")->trigger(); // broken (most recent)
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(broken));
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("traits.no_such_trait")))
        << bench.dialogs->errors[0].toStdString();

    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    bench.action("actionRecent_1")->trigger(); // gone
    ASSERT_EQ(bench.dialogs->errors.size(), 2);
    EXPECT_TRUE(bench.dialogs->errors[1].contains(gone));
    EXPECT_TRUE(bench.dialogs->errors[1].contains(QStringLiteral("no longer exists")));
    EXPECT_EQ(bench.settings->recentFiles(), QStringList{QFileInfo(broken).absoluteFilePath()});

    EXPECT_EQ(bench.window->document()->profile(), before);
    EXPECT_TRUE(bench.window->document()->isModified());
}
