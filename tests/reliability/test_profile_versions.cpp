// Profile format versions: newer files are refused naming the Splitbench that is needed; older files go
// through the migration hook in memory; saving writes the current format and the program that wrote it.
#include "catalogue.h"
#include "json_reader.h"
#include "profile.h"
#include "profile_migration.h"
#include "version.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

Catalogue miniCatalogue()
{
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-catalogue.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    Loaded<Catalogue> loaded = Catalogue::parse(file.readAll(), QStringLiteral("mini"));
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value();
}

class ProfileVersions : public ::testing::Test {
protected:
    Catalogue m_catalogue = miniCatalogue();
    Loaded<Profile> parse(const QByteArray &bytes) const
    {
        return Profile::parse(bytes, QStringLiteral("p.json"), m_catalogue);
    }
};

TEST_F(ProfileVersions, NewerFileNamesTheSplitbenchThatWroteIt)
{
    // Written by a future version that also changed the layout: the version check comes first.
    const Loaded<Profile> loaded =
        parse(R"({"version": 3, "written_by": "Splitbench 0.9.0", "traits": "now a list", "scenarios": []})");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("p.json"));
    EXPECT_EQ(loaded.error().place, QStringLiteral("version"));
    const QString message = loaded.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("written by Splitbench 0.9.0 in profile format version 3")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Splitbench 0.9.0 or a newer Splitbench is needed")));
    EXPECT_TRUE(message.contains(QStringLiteral("this Splitbench (%1) reads profile format versions up to 2")
                                     .arg(programVersion())));
}

TEST_F(ProfileVersions, NewerFileWithoutProgramNameNamesTheFormat)
{
    const Loaded<Profile> loaded = parse(R"({"version": 5, "written_by": {"odd": true}})");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().place, QStringLiteral("version"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("a Splitbench that reads format version 5 is needed")))
        << loaded.error().message.toStdString();
}

TEST_F(ProfileVersions, VersionZeroIsRefusedForThereIsNoStepFromIt)
{
    ASSERT_EQ(profileMigrations().size(), 1u) << "update this test and docs/reliability.md with the new steps";
    EXPECT_EQ(profileMigrations().front().fromVersion, 1);
    const Loaded<Profile> loaded = parse(R"({"version": 0, "traits": {}})");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().place, QStringLiteral("version"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("it reads format versions 1 to 2")))
        << loaded.error().message.toStdString();
}

TEST_F(ProfileVersions, AFormatOneProfileOpensUnchangedAndIsSavedAsFormatTwo)
{
    const QByteArray one = R"({"version": 1, "name": "Old Ltd", "traits": {"capacity": 30}, "importance": {"security": 2},
                               "notes": {"capacity": "why"}})";
    const Loaded<Profile> loaded = parse(one);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().loadedVersion, 1);
    EXPECT_EQ(loaded.value().name, QStringLiteral("Old Ltd"));
    EXPECT_EQ(loaded.value().traits[0], 30);
    EXPECT_FALSE(loaded.value().organisation.has_value());
    EXPECT_TRUE(loaded.value().pricing.empty());

    const QByteArray saved = loaded.value().toJson(m_catalogue);
    EXPECT_EQ(QJsonDocument::fromJson(saved).object().value(QStringLiteral("version")).toInt(), 2);
    const Loaded<Profile> again = parse(saved);
    ASSERT_TRUE(again.ok());
    Profile expected = loaded.value();
    expected.loadedVersion = 2;
    EXPECT_EQ(again.value(), expected);
}

TEST_F(ProfileVersions, TheReleaseBeforeFormatTwoRefusesAFormatTwoFileNamingTheVersion)
{
    // What a reader of format 1 only (the previous release) does with a file this one writes.
    const QByteArray saved = Profile::defaults(m_catalogue).toJson(m_catalogue);
    const Loaded<Profile> loaded = parseProfile(saved, QStringLiteral("new.json"), m_catalogue, {}, 1);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().place, QStringLiteral("version"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("profile format version 2")))
        << loaded.error().message.toStdString();
}

TEST_F(ProfileVersions, SavedFileRecordsFormatAndProgram)
{
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(programVersion()).hasMatch());
    const QJsonObject saved = QJsonDocument::fromJson(Profile::defaults(m_catalogue).toJson(m_catalogue)).object();
    EXPECT_EQ(saved.value(QStringLiteral("version")).toInt(), Profile::kFormatVersion);
    EXPECT_EQ(saved.value(QStringLiteral("written_by")).toString(), QStringLiteral("Splitbench ") + programVersion());
    // Files without the field (all files before it existed) load as before.
    EXPECT_TRUE(parse(R"({"version": 1, "traits": {}})").ok());
}

TEST_F(ProfileVersions, LoadingNeverRewritesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.splitbench.json"));
    const QByteArray original = R"({"version": 1, "traits": {"capacity": 10}})";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    const QDateTime modified = QFileInfo(path).lastModified();
    ASSERT_TRUE(Profile::load(path, m_catalogue).ok());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), original);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
}

/// A layout that never existed, made up for this test only: how a "version 0" file might have stored
/// traits as a list and the name under another key. It exercises the hook as a real step would.
ProfileMigration syntheticVersion0()
{
    return {0, [](QJsonObject root) {
                const json::Limits limits;
                QJsonObject traits;
                const QJsonArray list = json::requireArray(root, QStringLiteral("trait_values"), {}, limits);
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const QString place = json::child(QStringLiteral("trait_values"), i);
                    const QJsonObject entry = json::requireObject(list.at(i), place);
                    traits.insert(json::requireString(entry, QStringLiteral("id"), place, limits),
                                  entry.value(QStringLiteral("value")));
                }
                root.remove(QStringLiteral("trait_values"));
                root.insert(QStringLiteral("traits"), traits);
                root.insert(QStringLiteral("name"), root.take(QStringLiteral("organisation")));
                return root;
            }};
}

/// The real steps with the made-up one before them.
std::vector<ProfileMigration> withSyntheticVersion0()
{
    std::vector<ProfileMigration> steps = profileMigrations();
    steps.push_back(syntheticVersion0());
    return steps;
}

TEST_F(ProfileVersions, OlderFileIsUpgradedInMemoryAndSavedInTheCurrentFormat)
{
    const QByteArray legacy =
        R"({"version": 0, "organisation": "Legacy Ltd", "trait_values": [{"id": "capacity", "value": 80}]})";
    const Loaded<Profile> loaded =
        parseProfile(legacy, QStringLiteral("legacy.json"), m_catalogue, withSyntheticVersion0(), Profile::kFormatVersion);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().loadedVersion, 0); // the GUI can say "will be saved in the new format"
    EXPECT_EQ(loaded.value().name, QStringLiteral("Legacy Ltd"));
    EXPECT_EQ(loaded.value().traits[0], 80);

    const QByteArray saved = loaded.value().toJson(m_catalogue);
    EXPECT_EQ(QJsonDocument::fromJson(saved).object().value(QStringLiteral("version")).toInt(), Profile::kFormatVersion);
    const Loaded<Profile> again = Profile::parse(saved, QStringLiteral("saved.json"), m_catalogue);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().loadedVersion, Profile::kFormatVersion);
    EXPECT_EQ(again.value().traits, loaded.value().traits);
    EXPECT_EQ(again.value().name, loaded.value().name);
}

TEST_F(ProfileVersions, ProblemsInAnOldLayoutNameTheirPlace)
{
    const Loaded<Profile> notAList = parseProfile(R"({"version": 0, "trait_values": "capacity"})",
                                                  QStringLiteral("legacy.json"), m_catalogue, {syntheticVersion0()}, 1);
    ASSERT_FALSE(notAList.ok());
    EXPECT_EQ(notAList.error().file, QStringLiteral("legacy.json"));
    EXPECT_EQ(notAList.error().place, QStringLiteral("trait_values"));
    EXPECT_TRUE(notAList.error().message.contains(QStringLiteral("must be an array")));

    // After the upgrade the current rules apply as usual.
    const Loaded<Profile> outOfRange =
        parseProfile(R"({"version": 0, "trait_values": [{"id": "capacity", "value": 150}]})",
                     QStringLiteral("legacy.json"), m_catalogue, {syntheticVersion0()}, 1);
    ASSERT_FALSE(outOfRange.ok());
    EXPECT_EQ(outOfRange.error().place, QStringLiteral("traits.capacity"));
}

TEST_F(ProfileVersions, StepsRunInOrderFromTheFilesVersion)
{
    // A made-up future where the current format is 3: each step marks the name so the order shows.
    const auto marker = [](int from) {
        return ProfileMigration{from, [from](QJsonObject root) {
                                    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), from);
                                    root.insert(QStringLiteral("name"), root.value(QStringLiteral("name")).toString() +
                                                                            QStringLiteral("+%1").arg(from));
                                    return root;
                                }};
    };
    const std::vector<ProfileMigration> steps{marker(2), marker(1)}; // registration order does not matter
    const auto load = [&](const char *json) {
        return parseProfile(QByteArray(json), QStringLiteral("p.json"), m_catalogue, steps, 3);
    };
    const Loaded<Profile> fromOne = load(R"({"version": 1, "name": "A", "traits": {}})");
    ASSERT_TRUE(fromOne.ok()) << fromOne.error().toString().toStdString();
    EXPECT_EQ(fromOne.value().name, QStringLiteral("A+1+2"));
    EXPECT_EQ(fromOne.value().loadedVersion, 1);
    const Loaded<Profile> fromTwo = load(R"({"version": 2, "name": "A", "traits": {}})");
    ASSERT_TRUE(fromTwo.ok());
    EXPECT_EQ(fromTwo.value().name, QStringLiteral("A+2"));
    const Loaded<Profile> current = load(R"({"version": 3, "name": "A", "traits": {}})");
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current.value().name, QStringLiteral("A"));

    const Loaded<Profile> tooOld = load(R"({"version": 0, "name": "A", "traits": {}})");
    ASSERT_FALSE(tooOld.ok());
    EXPECT_TRUE(tooOld.error().message.contains(QStringLiteral("it reads format versions 1 to 3")))
        << tooOld.error().message.toStdString();
}

} // namespace
