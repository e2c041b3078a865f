// Catalogue and profile loading: good files load; each kind of bad file is refused with file, place and reason.
#include "catalogue.h"
#include "example_profiles.h"
#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace splitbench;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SPLITBENCH_TEST_DATA "/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

Catalogue miniCatalogue()
{
    Loaded<Catalogue> loaded = Catalogue::parse(readData("mini-catalogue.json"), QStringLiteral("mini"));
    EXPECT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    return loaded.value();
}

/// One hand-edited mistake: replace `find` (which must occur) in a good file with `replace`.
struct BadCase {
    const char *name;
    const char *find;
    const char *replace;
    const char *expectedPlace;   ///< Exact place; "" for a whole-file problem; a trailing * matches a prefix.
    const char *expectedMessage; ///< A fragment of the message.
};

void PrintTo(const BadCase &c, std::ostream *os) { *os << c.name; }

class BadCatalogue : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadCatalogue, IsRefusedWithPlaceAndReason)
{
    const BadCase &c = GetParam();
    QByteArray bytes = readData("mini-catalogue.json");
    ASSERT_TRUE(bytes.contains(c.find)) << "test case does not apply: " << c.find;
    bytes.replace(bytes.indexOf(c.find), qstrlen(c.find), c.replace);
    const Loaded<Catalogue> loaded = Catalogue::parse(bytes, QStringLiteral("bad.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("bad.json"));
    const std::string expectedPlace(c.expectedPlace);
    if (expectedPlace.ends_with('*')) // a syntax error: only the "line N, column M" form is stable
        EXPECT_TRUE(loaded.error().place.toStdString().starts_with(expectedPlace.substr(0, expectedPlace.size() - 1)));
    else
        EXPECT_EQ(loaded.error().place.toStdString(), expectedPlace);
    EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(c.expectedMessage)))
        << "message was: " << loaded.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Loader, BadCatalogue,
    ::testing::Values(
        BadCase{"wrong_type_share", R"("provider_share": 50, "raci": {"provider": "R", "internal": "RA"})",
                R"("provider_share": "50", "raci": {"provider": "R", "internal": "RA"})",
                "dimensions[0].activities[0].responsibility.co_managed.provider_share", "must be a number"},
        BadCase{"share_out_of_range", R"("provider_share": 90,)", R"("provider_share": 190,)",
                "dimensions[0].activities[0].responsibility.fully_managed.provider_share", "outside the allowed range"},
        BadCase{"negative_share", R"("provider_share": 90,)", R"("provider_share": -1,)",
                "dimensions[0].activities[0].responsibility.fully_managed.provider_share", "outside the allowed range"},
        BadCase{"overflowing_number", R"("provider_share": 90,)", R"("provider_share": 1e999,)",
                "line *", "the number 1e999 is too large"},
        BadCase{"missing_name", R"("id": "policy", "name": "Policy enforcement",)", R"("id": "policy",)",
                "dimensions[0].activities[0].name", "missing"},
        BadCase{"two_accountable", R"({"provider": "RA", "internal": "I"})", R"({"provider": "RA", "internal": "A"})",
                "dimensions[0].activities[0].responsibility.fully_managed", "both parties are Accountable"},
        BadCase{"nobody_accountable", R"({"provider": "RA", "internal": "I"})", R"({"provider": "R", "internal": "I"})",
                "dimensions[0].activities[0].responsibility.fully_managed", "nobody is Accountable"},
        BadCase{"bad_raci_letters", R"({"provider": "RA", "internal": "I"})", R"({"provider": "RAX", "internal": "I"})",
                "dimensions[0].activities[0].responsibility.fully_managed.raci.provider", "RACI letters"},
        BadCase{"duplicate_dimension_id", R"("id": "support")", R"("id": "security")", "dimensions[1].id",
                "duplicate dimension id"},
        BadCase{"duplicate_activity_id", R"("id": "monitoring")", R"("id": "policy")",
                "dimensions[0].activities[1].id", "duplicate activity id"},
        BadCase{"unknown_trait_in_affinity", R"({"trait": "pricing", "weight": -10)", R"({"trait": "budget", "weight": -10)",
                "dimensions[1].affinities[1].trait", "unknown trait id"},
        BadCase{"unknown_model_in_responsibility", R"("co_managed": {"owner": "internal")",
                R"("co_managed": {"owner": "internal"}, "insourced": {"owner": "internal")",
                "dimensions[1].activities[0].responsibility.insourced", "unknown model id"},
        BadCase{"missing_model_responsibility",
                R"(,
          "co_managed": {"owner": "internal", "provider_share": 30, "raci": {"provider": "C", "internal": "RA"}})",
                "", "dimensions[1].activities[0].responsibility.co_managed", "missing"},
        BadCase{"unknown_owner", R"("owner": "shared", "provider_share": 50)", R"("owner": "both", "provider_share": 50)",
                "dimensions[0].activities[0].responsibility.co_managed.owner", "not an owner"},
        BadCase{"owner_contradicts_share", R"("owner": "internal", "provider_share": 30)",
                R"("owner": "internal", "provider_share": 80)",
                "dimensions[1].activities[0].responsibility.co_managed", "owner is internal"},
        BadCase{"invalid_id", R"("id": "security")", R"("id": "Security Stuff")", "dimensions[0].id", "not a valid id"},
        BadCase{"future_version", R"("version": 1)", R"("version": 7)", "version", "newer Splitbench"},
        BadCase{"single_model", R"(,
    {"id": "co_managed", "name": "Co-managed", "summary": "Provider and in-house team share the work."})",
                "", "models", "at least two"},
        BadCase{"unused_trait", R"({"trait": "pricing", "weight": -10, "rationale": "A fixed fee favours an all-in service."})",
                R"({"trait": "control", "weight": -10, "rationale": "x"})", "traits[2].id", "does not affect any dimension"},
        BadCase{"affinities_not_array", R"("affinities": [
        {"trait": "control", "weight": 10, "rationale": "Control means owning the roadmap."}
      ])",
                R"("affinities": "control")", "dimensions[2].affinities", "must be an array"},
        BadCase{"empty_name", R"("name": "Policy enforcement")", R"("name": "  ")", "dimensions[0].activities[0].name",
                "must not be empty"},
        BadCase{"wrong_top_level_type", R"("traits": [)", R"("traits": 3, "x": [)", "traits", "must be an array"},
        BadCase{"dependency_unknown_activity", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": ["nope"],)",
                "dimensions[0].activities[0].depends_on[0]", "unknown activity \"security.nope\""},
        BadCase{"dependency_unknown_dimension", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": ["monitoring", "nope.tickets"],)",
                "dimensions[0].activities[0].depends_on[1]", "unknown activity \"nope.tickets\""},
        BadCase{"dependency_on_itself", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": ["security.policy"],)",
                "dimensions[0].activities[0].depends_on[0]", "cannot depend on itself"},
        BadCase{"dependency_listed_twice", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": ["monitoring", "security.monitoring"],)",
                "dimensions[0].activities[0].depends_on[1]", "listed twice"},
        BadCase{"dependency_not_an_id", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": ["a.b.c"],)",
                "dimensions[0].activities[0].depends_on[0]", "is not an activity id"},
        BadCase{"dependencies_not_array", R"("id": "policy", "name": "Policy enforcement",)",
                R"("id": "policy", "name": "Policy enforcement", "depends_on": "monitoring",)",
                "dimensions[0].activities[0].depends_on", "must be an array"},
        BadCase{"trait_default_out_of_range", R"("low_label": "None", "high_label": "Large", "default": 50)",
                R"("low_label": "None", "high_label": "Large", "default": 101)", "traits[0].default",
                "outside the allowed range"}));

/// The mini catalogue with `depends_on` (and a handover line) added to activities: "dimension.activity" → refs.
QByteArray miniWithDependencies(const std::map<QString, QStringList> &dependsOn)
{
    QJsonObject root = QJsonDocument::fromJson(readData("mini-catalogue.json")).object();
    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        QJsonObject dimension = dimensions[d].toObject();
        QJsonArray activities = dimension.value(QStringLiteral("activities")).toArray();
        for (qsizetype a = 0; a < activities.size(); ++a) {
            QJsonObject activity = activities[a].toObject();
            const QString ref = dimension.value(QStringLiteral("id")).toString() + u'.' +
                                activity.value(QStringLiteral("id")).toString();
            activity.insert(QStringLiteral("handover"), QStringLiteral("Hand over ") + ref);
            if (const auto it = dependsOn.find(ref); it != dependsOn.end())
                activity.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(it->second));
            activities[a] = activity;
        }
        dimension.insert(QStringLiteral("activities"), activities);
        dimensions[d] = dimension;
    }
    root.insert(QStringLiteral("dimensions"), dimensions);
    return QJsonDocument(root).toJson();
}

TEST(Loader, DependenciesAreReadAsDimensionAndActivity)
{
    // Within a dimension by activity id, across dimensions by "dimension.activity", and against catalogue order.
    const Loaded<Catalogue> loaded = Catalogue::parse(
        miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("monitoring")}},
                              {QStringLiteral("support.tickets"), {QStringLiteral("strategy.roadmap")}}}),
        QStringLiteral("deps.json"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const Catalogue &c = loaded.value();
    EXPECT_EQ(c.dimensions[0].activities[0].dependsOn, std::vector<QString>{QStringLiteral("security.monitoring")});
    EXPECT_EQ(c.dimensions[1].activities[0].dependsOn, std::vector<QString>{QStringLiteral("strategy.roadmap")});
    EXPECT_TRUE(c.dimensions[2].activities[0].dependsOn.empty());
    EXPECT_EQ(c.dimensions[1].activities[0].handover, QStringLiteral("Hand over support.tickets"));
    EXPECT_EQ(c.findActivity(QStringLiteral("strategy.roadmap")), (ActivityPosition{2, 0}));
    EXPECT_FALSE(c.findActivity(QStringLiteral("roadmap")));
    const Loaded<Catalogue> again = Catalogue::parse(c.toJson(), QStringLiteral("again"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().toJson(), c.toJson());
}

TEST(Loader, DependencyCyclesAreRefusedNamingTheCycle)
{
    // Across dimensions: security.policy → support.tickets → strategy.roadmap → security.policy.
    const Loaded<Catalogue> loaded = Catalogue::parse(
        miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("support.tickets")}},
                              {QStringLiteral("support.tickets"), {QStringLiteral("strategy.roadmap")}},
                              {QStringLiteral("strategy.roadmap"), {QStringLiteral("security.policy")}}}),
        QStringLiteral("cycle.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("cycle.json"));
    EXPECT_EQ(loaded.error().place, QStringLiteral("dimensions[2].activities[0].depends_on"));
    EXPECT_TRUE(loaded.error().message.contains(
        QStringLiteral("security.policy → support.tickets → strategy.roadmap → security.policy")))
        << loaded.error().message.toStdString();

    // Two activities of one dimension that wait for each other.
    const Loaded<Catalogue> pair = Catalogue::parse(
        miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("monitoring")}},
                              {QStringLiteral("security.monitoring"), {QStringLiteral("policy")}}}),
        QStringLiteral("pair.json"));
    ASSERT_FALSE(pair.ok());
    EXPECT_TRUE(pair.error().message.contains(QStringLiteral("cycle"))) << pair.error().message.toStdString();
}

TEST(Loader, BuiltInCatalogueHasAHandoverLineForEveryActivityAndFewDependencies)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    int withDependencies = 0;
    for (const Dimension &dimension : catalogue.dimensions)
        for (const Activity &activity : dimension.activities) {
            EXPECT_FALSE(activity.handover.trimmed().isEmpty()) << activity.id.toStdString();
            EXPECT_LE(activity.dependsOn.size(), 2u) << activity.id.toStdString();
            withDependencies += activity.dependsOn.empty() ? 0 : 1;
        }
    // The ordering must mean something: most activities can move in any order.
    EXPECT_GT(withDependencies, 0);
    EXPECT_LT(withDependencies, catalogue.activityCount() / 2);
}

TEST(Loader, RefusesWholeFileProblems)
{
    const auto refuse = [](const QByteArray &bytes, const char *fragment) {
        const Loaded<Catalogue> loaded = Catalogue::parse(bytes, QStringLiteral("whole.json"));
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().file, QStringLiteral("whole.json"));
        EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(fragment)))
            << loaded.error().message.toStdString();
    };
    refuse("", "empty");
    refuse("[1, 2, 3]", "top level must be a JSON object");
    refuse("{\"version\": 1, \"models\": [{\"id\": \"a\xff\xfe\"}]}", "UTF-8");
    refuse(QByteArray(5 * 1024 * 1024, ' ') + "{}", "limit");
    refuse(QByteArray(2000, '[') + QByteArray(2000, ']'), "nested more than 32 levels");
}

TEST(Loader, TruncatedFileNamesLineAndColumn)
{
    const QByteArray good = readData("mini-catalogue.json");
    const Loaded<Catalogue> loaded = Catalogue::parse(good.left(good.size() / 2), QStringLiteral("cut.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().place.startsWith(QStringLiteral("line "))) << loaded.error().place.toStdString();
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("not valid JSON")));
}

TEST(Loader, MissingFileNamesThePath)
{
    const Loaded<Catalogue> loaded = Catalogue::load(QStringLiteral("/nonexistent/catalogue.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, QStringLiteral("/nonexistent/catalogue.json"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("does not exist")));
}

TEST(Loader, BuiltInCatalogueIsComplete)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    EXPECT_EQ(catalogue.models.size(), 2u);
    EXPECT_EQ(catalogue.modelIndex(QStringLiteral("fully_managed")), 0);
    EXPECT_EQ(catalogue.modelIndex(QStringLiteral("co_managed")), 1);
    EXPECT_EQ(catalogue.dimensions.size(), 20u);
    EXPECT_GE(catalogue.activityCount(), 80);
    EXPECT_GE(catalogue.traits.size(), 10u);
    for (const Dimension &dimension : catalogue.dimensions) {
        EXPECT_GE(dimension.activities.size(), 3u) << dimension.id.toStdString();
        EXPECT_FALSE(dimension.descriptions[0].isEmpty());
        EXPECT_NE(dimension.descriptions[0], dimension.descriptions[1]);
        for (const Affinity &affinity : dimension.affinities)
            EXPECT_FALSE(affinity.rationale.isEmpty()) << dimension.id.toStdString();
        for (const Activity &activity : dimension.activities)
            for (const Responsibility &r : activity.byModel)
                EXPECT_TRUE(r.problem().isEmpty()) << activity.id.toStdString();
    }
}

TEST(Loader, CatalogueJsonRoundTrips)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const Loaded<Catalogue> again = Catalogue::parse(catalogue.toJson(), QStringLiteral("round-trip"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().toJson(), catalogue.toJson());
}

TEST(Loader, ExamplesLoadAndDiffer)
{
    const std::vector<ExampleProfile> examples = builtInExamples(Catalogue::builtIn());
    ASSERT_GE(examples.size(), 3u);
    for (size_t i = 1; i < examples.size(); ++i)
        EXPECT_NE(examples[i].profile.traits, examples[0].profile.traits);
    for (const ExampleProfile &example : examples)
        EXPECT_FALSE(example.profile.name.isEmpty()) << example.resourcePath.toStdString();
}

TEST(Profile, LoadsWithDefaultsForMissingTraits)
{
    const Catalogue catalogue = miniCatalogue();
    const Loaded<Profile> loaded =
        Profile::parse(readData("mini-profile.splitbench.json"), QStringLiteral("mini-profile"), catalogue);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const Profile &profile = loaded.value();
    EXPECT_EQ(profile.name, QStringLiteral("Mini test organisation"));
    EXPECT_EQ(profile.traits, (std::vector<double>{80, 70, 50}));
    EXPECT_EQ(profile.importance, (std::vector<double>{2, 1, 1}));
    EXPECT_EQ(profile.notes.value(QStringLiteral("capacity")), QStringLiteral("Three admins and a network engineer."));
}

TEST(Profile, SaveAndLoadRoundTripsWithCustomModel)
{
    const Catalogue catalogue = miniCatalogue();
    Profile profile = Profile::defaults(catalogue);
    profile.name = QStringLiteral("Round trip — ünïcode");
    profile.traits[1] = 12.5;
    profile.importance[2] = 3;
    // A note of several lines keeps its line breaks.
    profile.notes.insert(QStringLiteral("pricing"), QStringLiteral("Board wants one invoice.\nPaid monthly, in euros."));
    profile.traitUncertainty[0] = 25;
    CustomModel custom = CustomModel::copyOf(catalogue, 1, QStringLiteral("acme_msp"), QStringLiteral("Acme MSP"));
    custom.responsibilities[0][1] = Responsibility{Owner::Internal, 20, QStringLiteral("C"), QStringLiteral("RA")};
    custom.descriptions[2] = QStringLiteral("Acme runs quarterly planning with the CIO.");
    profile.customModels.push_back(custom);

    const Loaded<Profile> again = Profile::parse(profile.toJson(catalogue), QStringLiteral("saved"), catalogue);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value(), profile);

    const Catalogue extended = withCustomModels(catalogue, again.value().customModels);
    ASSERT_EQ(extended.models.size(), 3u);
    EXPECT_EQ(extended.models[2].name, QStringLiteral("Acme MSP"));
    EXPECT_EQ(extended.dimensions[0].activities[1].byModel[2].providerShare, 20);
}

TEST(Profile, RefusesBadProfiles)
{
    const Catalogue catalogue = miniCatalogue();
    struct Case {
        const char *json;
        const char *place;
        const char *fragment;
    };
    const Case cases[] = {
        {R"({"version": 3, "traits": {}})", "version", "newer Splitbench"},
        {R"({"traits": {}})", "version", "missing"},
        {R"({"version": 1})", "traits", "missing"},
        {R"({"version": 1, "traits": {"capacity": 120}})", "traits.capacity", "outside the allowed range"},
        {R"({"version": 1, "traits": {"capacity": "high"}})", "traits.capacity", "must be a number"},
        {R"({"version": 1, "traits": {"budget": 10}})", "traits.budget", "unknown trait id"},
        {R"({"version": 1, "traits": {}, "importance": {"security": -1}})", "importance.security", "outside"},
        {R"({"version": 1, "traits": {}, "importance": {"security": 0, "support": 0, "strategy": 0}})", "importance",
         "above 0"},
        {R"({"version": 1, "traits": {}, "custom_models": [{"id": "fully_managed", "name": "X", "based_on": "co_managed"}]})",
         "custom_models[0].id", "duplicate model id"},
        {R"({"version": 1, "traits": {}, "custom_models": [{"id": "x", "name": "X", "based_on": "nope"}]})",
         "custom_models[0].based_on", "unknown model id"},
        {R"({"version": 1, "traits": {}, "custom_models": [{"id": "x", "name": "X", "based_on": "co_managed",
            "responsibility": {"security": {"policy": {"owner": "provider", "provider_share": 80,
            "raci": {"provider": "A", "internal": "A"}}}}}]})",
         "custom_models[0].responsibility.security.policy", "both parties are Accountable"},
        {R"({"version": 1.5, "traits": {}})", "version", "not a profile format version"},
    };
    for (const Case &c : cases) {
        const Loaded<Profile> loaded = Profile::parse(QByteArray(c.json), QStringLiteral("p.json"), catalogue);
        ASSERT_FALSE(loaded.ok()) << c.json;
        EXPECT_EQ(loaded.error().place.toStdString(), std::string(c.place)) << c.json;
        EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(c.fragment)))
            << c.json << " → " << loaded.error().message.toStdString();
    }
}

} // namespace
