// Input limits: every cap (file size, nesting depth, value count, text and key length, array and object
// size, id length, element counts) refuses the file with its name, the place and the reason.
#include "catalogue.h"
#include "json_reader.h"
#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

Catalogue miniCatalogue()
{
    Loaded<Catalogue> loaded = Catalogue::parse(readData("mini-catalogue.json"), QStringLiteral("mini"));
    EXPECT_TRUE(loaded.ok());
    return std::move(loaded).value();
}

QJsonObject miniCatalogueObject() { return QJsonDocument::fromJson(readData("mini-catalogue.json")).object(); }

QByteArray toBytes(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

/// A minimal valid profile for the mini catalogue with `extra` inserted as raw JSON members.
QByteArray profileWith(const QByteArray &extra)
{
    return R"({"version": 1, "traits": {"capacity": 40})" + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
}

/// `depth` nested arrays, e.g. 3 → [[[]]].
QByteArray nestedArrays(int depth) { return QByteArray(depth, '[') + QByteArray(depth, ']'); }

void expectRefused(const Loaded<Profile> &loaded, const QString &place, const char *fragment)
{
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("p.json"));
    EXPECT_EQ(loaded.error().place, place);
    EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(fragment))) << loaded.error().message.toStdString();
}

void expectRefused(const Loaded<Catalogue> &loaded, const QString &place, const char *fragment)
{
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("c.json"));
    EXPECT_EQ(loaded.error().place, place);
    EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(fragment))) << loaded.error().message.toStdString();
}

class Limits : public ::testing::Test {
protected:
    Catalogue m_catalogue = miniCatalogue();
    Loaded<Profile> parse(const QByteArray &bytes) const
    {
        return Profile::parse(bytes, QStringLiteral("p.json"), m_catalogue);
    }
};

TEST_F(Limits, TheRealFilesAreFarBelowEveryLimit)
{
    // The limits must never refuse a real file; these are the margins docs/reliability.md quotes.
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/catalogue.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const json::Limits limits;
    EXPECT_LT(bytes.size() * 10, limits.maxFileBytes);
    json::Limits tight;
    tight.maxDepth = 8;
    tight.maxValues = 2500;
    tight.maxArrayLength = 20;
    tight.maxObjectMembers = 20;
    tight.maxStringLength = 300;
    EXPECT_NO_THROW(json::parseDocument(bytes, tight));
}

TEST_F(Limits, ProfileFileSize)
{
    const QByteArray big = profileWith(R"("padding": ")" + QByteArray(kMaxProfileBytes, 'x') + '"');
    expectRefused(parse(big), {}, "more than the limit of 2097152 bytes");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.splitbench.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    const Loaded<Profile> loaded = Profile::load(path, m_catalogue);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, path);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("more than the limit of 2097152 bytes")));
}

TEST_F(Limits, CatalogueFileSize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(readData("mini-catalogue.json") + QByteArray(4 * 1024 * 1024, ' '));
    file.close();
    const Loaded<Catalogue> loaded = Catalogue::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, path);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("more than the limit of 4194304 bytes")));
}

TEST_F(Limits, NestingDepth)
{
    // The profile object is level 1, so an ignored member may nest 31 more levels.
    EXPECT_TRUE(parse(profileWith(R"("x": )" + nestedArrays(31))).ok());
    const QByteArray deep = profileWith(R"("x": )" + nestedArrays(32));
    const Loaded<Profile> tooDeep = parse(deep);
    ASSERT_FALSE(tooDeep.ok());
    // The place is the 33rd opening bracket (1-based column): the object's brace plus 32 brackets.
    EXPECT_EQ(tooDeep.error().place, QStringLiteral("line 1, column %1").arg(deep.indexOf('[') + 32));
    EXPECT_TRUE(tooDeep.error().message.contains(QStringLiteral("nested more than 32 levels")));

    // Hostile depth far beyond Qt's own limit is refused by the same rule, not by a stack overflow.
    const QByteArray hostile = QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']');
    expectRefused(Catalogue::parse(hostile, QStringLiteral("c.json")), QStringLiteral("line 1, column 33"),
                  "nested more than 32 levels");
}

TEST_F(Limits, BracketsInsideTextDoNotCount)
{
    EXPECT_TRUE(parse(profileWith(R"("name": ")" + QByteArray(100, '[') + R"(\" [{")")).ok());
}

TEST_F(Limits, ValueCount)
{
    QByteArray many = "[";
    for (int i = 0; i < 100000; ++i)
        many += "0,";
    many += "0]";
    const Loaded<Profile> loaded = parse(profileWith(R"("x": )" + many));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().place.startsWith(QStringLiteral("line 1, column ")));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("more than 100000 values")));
}

TEST_F(Limits, ArrayLength)
{
    QByteArray thousand = "[0";
    for (int i = 1; i < 1000; ++i)
        thousand += ",0";
    EXPECT_TRUE(parse(profileWith(R"("x": )" + thousand + "]")).ok());
    expectRefused(parse(profileWith(R"("x": )" + thousand + ",0]")), QStringLiteral("x"),
                  "has 1001 elements, more than the limit of 1000");
}

TEST_F(Limits, ObjectMembers)
{
    QByteArray members;
    for (int i = 0; i < 1001; ++i)
        members += (i ? "," : "") + QByteArray(R"("k)") + QByteArray::number(i) + R"(": 0)";
    expectRefused(parse(profileWith(R"("x": {)" + members + "}")), QStringLiteral("x"),
                  "has 1001 members, more than the limit of 1000");
    expectRefused(parse(profileWith(members)), {}, "the top-level object has 1003 members");
}

TEST_F(Limits, TextLength)
{
    const QByteArray limit(4000, 'n');
    EXPECT_TRUE(parse(profileWith(R"("notes": {"capacity": ")" + limit + R"("})")).ok());
    expectRefused(parse(profileWith(R"("notes": {"capacity": ")" + limit + R"(n"})")),
                  QStringLiteral("notes.capacity"), "is 4001 characters long, more than the limit of 4000");
    // Also where the loader would never look: nothing unbounded gets past the reader.
    expectRefused(parse(profileWith(R"("x": [1, {"y": ")" + limit + R"(n"}])")), QStringLiteral("x[1].y"),
                  "is 4001 characters long");
    // Length is counted in characters, not bytes: 4000 three-byte characters are fine.
    QByteArray wide;
    for (int i = 0; i < 4000; ++i)
        wide += "\xe2\x82\xac"; // €
    EXPECT_TRUE(parse(profileWith(R"("name": ")" + wide + '"')).ok());
}

TEST_F(Limits, KeyLength)
{
    expectRefused(parse(profileWith(R"("x": {")" + QByteArray(4001, 'k') + R"(": 1})")), QStringLiteral("x"),
                  "has a key 4001 characters long");
}

TEST_F(Limits, IdLength)
{
    QJsonObject root = miniCatalogueObject();
    QJsonArray models = root.value(QStringLiteral("models")).toArray();
    QJsonObject first = models.at(0).toObject();
    first.insert(QStringLiteral("id"), QString(65, u'a'));
    models.replace(0, first);
    root.insert(QStringLiteral("models"), models);
    expectRefused(Catalogue::parse(toBytes(root), QStringLiteral("c.json")), QStringLiteral("models[0].id"),
                  "at most 64 characters");
}

/// Copies the first element of `key` until the array has `count` elements, with fresh ids.
QByteArray withCopies(const QString &key, int count)
{
    QJsonObject root = miniCatalogueObject();
    QJsonArray array = root.value(key).toArray();
    const QJsonObject first = array.at(0).toObject();
    for (int i = static_cast<int>(array.size()); i < count; ++i) {
        QJsonObject copy = first;
        copy.insert(QStringLiteral("id"), QStringLiteral("copy_%1").arg(i));
        array.append(copy);
    }
    root.insert(key, array);
    return toBytes(root);
}

TEST_F(Limits, CatalogueElementCounts)
{
    expectRefused(Catalogue::parse(withCopies(QStringLiteral("models"), 17), QStringLiteral("c.json")),
                  QStringLiteral("models"), "at most 16 models");
    expectRefused(Catalogue::parse(withCopies(QStringLiteral("traits"), 65), QStringLiteral("c.json")),
                  QStringLiteral("traits"), "at most 64 traits");
    expectRefused(Catalogue::parse(withCopies(QStringLiteral("dimensions"), 65), QStringLiteral("c.json")),
                  QStringLiteral("dimensions"), "at most 64 dimensions");

    QJsonObject root = miniCatalogueObject();
    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    QJsonObject dimension = dimensions.at(0).toObject();
    QJsonArray activities = dimension.value(QStringLiteral("activities")).toArray();
    const QJsonObject activity = activities.at(0).toObject();
    while (activities.size() < 41) {
        QJsonObject copy = activity;
        copy.insert(QStringLiteral("id"), QStringLiteral("copy_%1").arg(activities.size()));
        activities.append(copy);
    }
    dimension.insert(QStringLiteral("activities"), activities);
    dimensions.replace(0, dimension);
    root.insert(QStringLiteral("dimensions"), dimensions);
    expectRefused(Catalogue::parse(toBytes(root), QStringLiteral("c.json")),
                  QStringLiteral("dimensions[0].activities"), "at most 40 activities");
}

TEST_F(Limits, CustomModelCount)
{
    QByteArray models;
    for (int i = 0; i < 9; ++i)
        models += (i ? "," : "") + QByteArray(R"({"id": "m)") + QByteArray::number(i) +
                  R"(", "name": "M", "based_on": "co_managed"})";
    expectRefused(parse(profileWith(R"("custom_models": [)" + models + "]")), QStringLiteral("custom_models"),
                  "at most 8 custom models");
}

/// `count` participants with the given name and weight, as raw JSON members of a profile.
QByteArray participants(int count, const QByteArray &name = "P", const QByteArray &weight = "1")
{
    QByteArray people;
    for (int i = 0; i < count; ++i)
        people += (i ? "," : "") + QByteArray(R"({"id": "p)") + QByteArray::number(i) + R"(", "name": ")" + name +
                  R"(", "weight": )" + weight + R"(, "traits": {"capacity": 60}})";
    return R"("participants": [)" + people + "]";
}

TEST_F(Limits, ParticipantCount)
{
    ASSERT_TRUE(parse(profileWith(participants(32))).ok());
    expectRefused(parse(profileWith(participants(33))), QStringLiteral("participants"), "at most 32 participants");
}

TEST_F(Limits, ParticipantNameLength)
{
    ASSERT_TRUE(parse(profileWith(participants(1, QByteArray(120, 'n')))).ok());
    expectRefused(parse(profileWith(participants(1, QByteArray(121, 'n')))), QStringLiteral("participants[0].name"),
                  "1 to 120 characters");
    expectRefused(parse(profileWith(participants(1, "   "))), QStringLiteral("participants[0].name"),
                  "must not be empty");
}

TEST_F(Limits, ParticipantWeights)
{
    expectRefused(parse(profileWith(participants(2, "P", "101"))), QStringLiteral("participants[0].weight"), "100");
    expectRefused(parse(profileWith(participants(2, "P", "-1"))), QStringLiteral("participants[0].weight"), "0");
    expectRefused(parse(profileWith(participants(3, "P", "0"))), QStringLiteral("participants"),
                  "at least one participant must have a weight above 0");
}

TEST_F(Limits, ParticipantIdsValuesAndConsensusMethod)
{
    expectRefused(parse(profileWith(R"("participants": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}])")),
                  QStringLiteral("participants[1].id"), "duplicate participant id");
    expectRefused(parse(profileWith(R"("participants": [{"id": "a", "name": "A", "traits": {"capacity": 101}}])")),
                  QStringLiteral("participants[0].traits.capacity"), "100");
    expectRefused(parse(profileWith(R"("participants": [{"id": "a", "name": "A", "colour": "red"}])")),
                  QStringLiteral("participants[0].colour"), "unknown key");
    expectRefused(parse(profileWith(R"("consensus": "loudest_voice")")), QStringLiteral("consensus"),
                  "not a consensus method");
}

// --- Today's split (as_is): one test per loader rule (docs/profile-format.md) --------------------------------

TEST_F(Limits, AsIsTwoAccountablePartiesAreRefusedNamingTheActivity)
{
    ASSERT_TRUE(parse(profileWith(R"("as_is": {"based_on": "all_internal"})")).ok());
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "responsibilities": {"support": {"tickets":
                      {"owner": "internal", "provider_share": 0, "raci": {"provider": "A", "internal": "RA"}}}}})")),
                  QStringLiteral("as_is.responsibilities.support.tickets"), "both parties are Accountable");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "responsibilities": {"support": {"tickets":
                      {"owner": "internal", "provider_share": 0, "raci": {"provider": "R", "internal": "C"}}}}})")),
                  QStringLiteral("as_is.responsibilities.support.tickets"), "nobody is Accountable");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "responsibilities": {"support": {"tickets":
                      {"owner": "provider", "provider_share": 20, "raci": {"provider": "RA", "internal": ""}}}}})")),
                  QStringLiteral("as_is.responsibilities.support.tickets"), "owner is provider");
}

TEST_F(Limits, AsIsUnknownDimensionActivityAndKey)
{
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "responsibilities": {"nope": {}}})")),
                  QStringLiteral("as_is.responsibilities.nope"), "unknown dimension id");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "responsibilities": {"support": {"nope": {}}}})")),
                  QStringLiteral("as_is.responsibilities.support.nope"), "unknown activity id");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "all_internal", "colour": "red"})")),
                  QStringLiteral("as_is.colour"), "unknown key");
    expectRefused(parse(profileWith(R"("as_is": [])")), QStringLiteral("as_is"), "must be an object");
}

TEST_F(Limits, AsIsWithoutAKnownStartMustGiveEveryActivity)
{
    const QByteArray all = R"("security": {
        "policy": {"owner": "internal", "provider_share": 0, "raci": {"provider": "", "internal": "RA"}},
        "monitoring": {"owner": "provider", "provider_share": 100, "raci": {"provider": "RA", "internal": "I"}}},
      "support": {"tickets": {"owner": "shared", "provider_share": 50, "raci": {"provider": "R", "internal": "RA"}}},
      "strategy": {"roadmap": {"owner": "internal", "provider_share": 10, "raci": {"provider": "C", "internal": "RA"}}})";
    const Loaded<Profile> whole = parse(profileWith(R"("as_is": {"based_on": "", "responsibilities": {)" + all + "}}"));
    ASSERT_TRUE(whole.ok()) << whole.error().toString().toStdString();
    ASSERT_TRUE(whole.value().asIs);
    EXPECT_EQ(whole.value().asIs->responsibilities[1][0].owner, Owner::Shared);
    // A model the profile no longer has is only a label when the table is whole.
    EXPECT_TRUE(parse(profileWith(R"("as_is": {"based_on": "gone", "responsibilities": {)" + all + "}}")).ok());

    expectRefused(parse(profileWith(R"("as_is": {"responsibilities": {"support": {"tickets":
                      {"owner": "shared", "provider_share": 50, "raci": {"provider": "R", "internal": "RA"}}}}})")),
                  QStringLiteral("as_is.responsibilities.security.policy"), "must give every activity");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "gone"})")),
                  QStringLiteral("as_is.responsibilities.security.policy"), "\"gone\" is not a model of this profile");
    expectRefused(parse(profileWith(R"("as_is": {"based_on": "not an id!"})")), QStringLiteral("as_is.based_on"),
                  "is not an id");
}

/// `count` scenarios named "S0", "S1"… (or all `name`), each setting capacity to `value`, as raw JSON members.
QByteArray scenarios(int count, const QByteArray &name = {}, const QByteArray &value = "60")
{
    QByteArray list;
    for (int i = 0; i < count; ++i)
        list += (i ? "," : "") + QByteArray(R"({"id": "s)") + QByteArray::number(i) + R"(", "name": ")" +
                (name.isNull() ? "S" + QByteArray::number(i) : name) + R"(", "traits": {"capacity": )" + value + "}}";
    return R"("scenarios": [)" + list + "]";
}

TEST_F(Limits, ScenarioCount)
{
    ASSERT_EQ(kMaxScenarios, 8);
    const Loaded<Profile> eight = parse(profileWith(scenarios(8)));
    ASSERT_TRUE(eight.ok()) << eight.error().toString().toStdString();
    EXPECT_EQ(eight.value().scenarios.size(), 8u);
    expectRefused(parse(profileWith(scenarios(9))), QStringLiteral("scenarios"), "at most 8 scenarios");
}

TEST_F(Limits, ScenarioIdsAreValidAndUnique)
{
    expectRefused(parse(profileWith(R"("scenarios": [{"id": "", "name": "A"}])")), QStringLiteral("scenarios[0].id"),
                  "must not be empty");
    expectRefused(parse(profileWith(R"("scenarios": [{"id": "Big Growth", "name": "A"}])")),
                  QStringLiteral("scenarios[0].id"), "not a valid id");
    expectRefused(parse(profileWith(R"("scenarios": [{"name": "A"}])")), QStringLiteral("scenarios[0].id"), "missing");
    expectRefused(parse(profileWith(R"("scenarios": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, )"
                                    R"({"id": "a", "name": "C"}])")),
                  QStringLiteral("scenarios[2].id"), "duplicate scenario id \"a\" (also used by scenarios[0])");
}

TEST_F(Limits, ScenarioNameUsedTwiceNamesBothPlaces)
{
    const Loaded<Profile> loaded =
        parse(profileWith(R"("scenarios": [{"id": "a", "name": "Growth"}, {"id": "b", "name": "Lean"}, )"
                          R"({"id": "c", "name": " growth "}])"));
    expectRefused(loaded, QStringLiteral("scenarios[2].name"), "already used by scenarios[0]");
    EXPECT_TRUE(loaded.error().logText().contains(QStringLiteral("scenarios[0]")));
    EXPECT_FALSE(loaded.error().logText().contains(QStringLiteral("rowth"))); // the log never quotes the file
}

TEST_F(Limits, ScenarioNameLength)
{
    ASSERT_TRUE(parse(profileWith(scenarios(1, QByteArray(120, 'n')))).ok());
    expectRefused(parse(profileWith(scenarios(1, QByteArray(121, 'n')))), QStringLiteral("scenarios[0].name"),
                  "1 to 120 characters");
    expectRefused(parse(profileWith(scenarios(1, "   "))), QStringLiteral("scenarios[0].name"), "must not be empty");
}

TEST_F(Limits, ScenarioTraitIdsAndValues)
{
    expectRefused(parse(profileWith(R"("scenarios": [{"id": "a", "name": "A", "traits": {"growth": 50}}])")),
                  QStringLiteral("scenarios[0].traits.growth"), "unknown trait id");
    expectRefused(parse(profileWith(scenarios(3, {}, "140"))), QStringLiteral("scenarios[0].traits.capacity"),
                  "is 140, outside the allowed range 0 to 100");
    expectRefused(parse(profileWith(scenarios(1, {}, "-1"))), QStringLiteral("scenarios[0].traits.capacity"),
                  "outside the allowed range 0 to 100");
    expectRefused(parse(profileWith(R"("scenarios": [{"id": "a", "name": "A", "colour": "red"}])")),
                  QStringLiteral("scenarios[0].colour"), "unknown key");
}

TEST_F(Limits, ScenarioOrganisationAndPrices)
{
    const auto scenario = [](const QByteArray &members) {
        return profileWith(R"("scenarios": [{"id": "a", "name": "A", )" + members + "}]");
    };
    ASSERT_TRUE(parse(scenario(R"("organisation": {"users": 1000000}, "pricing": {"co_managed": {"per_user": 1e9}})"))
                    .ok());
    expectRefused(parse(scenario(R"("organisation": {"users": -1})")), QStringLiteral("scenarios[0].organisation.users"),
                  "outside the allowed range 0 to");
    expectRefused(parse(scenario(R"("organisation": {"small_need": {"minimum_fte": 2}})")),
                  QStringLiteral("scenarios[0].organisation.small_need.minimum_fte"), "outside the allowed range 0 to 1");
    expectRefused(parse(scenario(R"("organisation": {"currency": "USD"})")),
                  QStringLiteral("scenarios[0].organisation.currency"), "same in every scenario");
    expectRefused(parse(scenario(R"("pricing": {"acme": {"per_user": 5}})")), QStringLiteral("scenarios[0].pricing.acme"),
                  "unknown model id");
    expectRefused(parse(scenario(R"("pricing": {"co_managed": {"per_user": 1e10}})")),
                  QStringLiteral("scenarios[0].pricing.co_managed.per_user"), "outside the allowed range 0 to");
    expectRefused(parse(scenario(R"("pricing": {"co_managed": {"term_months": 12}})")),
                  QStringLiteral("scenarios[0].pricing.co_managed.term_months"), "same in every scenario");
}

TEST_F(Limits, NotARegularFile)
{
    const Loaded<Profile> loaded = Profile::load(QStringLiteral("/dev/zero"), m_catalogue);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("/dev/zero"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("not a regular file")));
}

} // namespace
