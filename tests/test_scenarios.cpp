// Scenarios (docs/profile-format.md, issue 19): a scenario is the base profile with only what differs replaced,
// also on top of a workshop's consensus.
#include "example_profiles.h"
#include "profile.h"
#include "scenario_formats.h"
#include "scenarios.h"
#include "workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace splitbench;

namespace {

const Catalogue &catalogue() { return Catalogue::builtIn(); }
int trait(const char *id) { return catalogue().traitIndex(QString::fromLatin1(id)); }

Scenario scenario(const QString &id, const QString &name, std::map<int, double> traits)
{
    Scenario s;
    s.id = id;
    s.name = name;
    s.traits = std::move(traits);
    return s;
}

/// Every trait at `value`.
std::map<int, double> allTraits(double value)
{
    std::map<int, double> traits;
    for (size_t t = 0; t < catalogue().traits.size(); ++t)
        traits[static_cast<int>(t)] = value;
    return traits;
}

/// The base profile with `traits` set by hand, built without Profile::withScenario().
Profile byHand(const Profile &base, const std::map<int, double> &traits)
{
    Profile profile = base;
    profile.scenarios.clear();
    for (const auto &[t, value] : traits)
        profile.traits[static_cast<size_t>(t)] = value;
    return profile;
}

/// A base that keeps much in-house, a scenario close to it, and one where nobody is left to do the work.
Profile threeWays()
{
    Profile base = Profile::defaults(catalogue());
    base.name = QStringLiteral("Northfield");
    for (const auto &[t, value] : allTraits(85))
        base.traits[static_cast<size_t>(t)] = value;
    base.scenarios = {scenario(QStringLiteral("slower"), QStringLiteral("Slower growth"), {{trait("growth_pace"), 70}}),
                      scenario(QStringLiteral("lead_leaves"), QStringLiteral("If the IT lead leaves"), allTraits(5))};
    return base;
}

} // namespace

TEST(ScenarioProfile, TheValuesOfAScenarioAreExactlyTheBasePlusItsOverrides)
{
    Profile base = Profile::defaults(catalogue());
    base.name = QStringLiteral("Northfield");
    for (size_t t = 0; t < base.traits.size(); ++t)
        base.traits[t] = 10.0 + 5.0 * static_cast<double>(t);
    base.importance[2] = 3;
    base.scenarios = {scenario(QStringLiteral("a"), QStringLiteral("A"), {{trait("growth_pace"), 95}}),
                      scenario(QStringLiteral("b"), QStringLiteral("B"),
                               {{trait("inhouse_capacity"), 0}, {trait("it_leadership"), 100}})};

    const Profile b = base.withScenario(1);
    Profile expected = base;
    expected.scenarios.clear();
    expected.traits[static_cast<size_t>(trait("inhouse_capacity"))] = 0;
    expected.traits[static_cast<size_t>(trait("it_leadership"))] = 100;
    EXPECT_EQ(b, expected);
    EXPECT_TRUE(b.scenarios.empty());
    EXPECT_EQ(base.withScenario(0).traits[static_cast<size_t>(trait("growth_pace"))], 95);
    EXPECT_EQ(base.withScenario(0).traits[static_cast<size_t>(trait("inhouse_capacity"))], 10);

    // A value the scenario does not set follows the base, also after the base changes.
    base.traits[static_cast<size_t>(trait("growth_pace"))] = 42;
    EXPECT_EQ(base.withScenario(1).traits[static_cast<size_t>(trait("growth_pace"))], 42);
}

TEST(ScenarioProfile, OrganisationFiguresAndPricesReplaceOnlyWhatTheScenarioSets)
{
    const int co = catalogue().modelIndex(QStringLiteral("co_managed"));
    Profile base = Profile::defaults(catalogue());
    Organisation o;
    o.users = 120;
    o.salaryPerYear = 70000;
    o.currency = QStringLiteral("CHF");
    base.organisation = o;
    ModelPricing fully = defaultPricing(QStringLiteral("fully_managed"));
    fully.perServer = 77;
    base.pricing[QStringLiteral("fully_managed")] = fully;
    base.customModels.push_back(
        CustomModel::copyOf(catalogue(), co, QStringLiteral("acme"), QStringLiteral("Acme IT")));
    Scenario s = scenario(QStringLiteral("grow"), QStringLiteral("Grow"), {});
    s.organisation[OrganisationFigure::Users] = 260;
    s.organisation[OrganisationFigure::MinimumHireFte] = 0.25;
    s.pricing[QStringLiteral("fully_managed")][PriceFigure::PerUser] = 88;
    s.pricing[QStringLiteral("co_managed")][PriceFigure::PerSite] = 5;
    s.pricing[QStringLiteral("acme")][PriceFigure::OnboardingOnce] = 1;
    base.scenarios = {s};

    const Profile grown = base.withScenario(0);
    Organisation expectedOrganisation = o;
    expectedOrganisation.users = 260;
    expectedOrganisation.minimumHireFte = 0.25;
    EXPECT_EQ(*grown.organisation, expectedOrganisation);
    ModelPricing expectedFully = fully;
    expectedFully.perUser = 88;
    EXPECT_EQ(grown.pricing.at(QStringLiteral("fully_managed")), expectedFully);
    ModelPricing expectedCo = defaultPricing(QStringLiteral("co_managed"));
    expectedCo.perSite = 5;
    EXPECT_EQ(grown.pricing.at(QStringLiteral("co_managed")), expectedCo);
    // The custom model had no prices of its own: it starts from its base model's, as the scenario prices them.
    ModelPricing expectedAcme = expectedCo;
    expectedAcme.onboardingOnce = 1;
    ASSERT_TRUE(grown.customModels[0].pricing.has_value());
    EXPECT_EQ(*grown.customModels[0].pricing, expectedAcme);

    // Without an organisation section, the scenario's figures apply on top of the defaults.
    base.organisation.reset();
    Organisation defaults;
    defaults.users = 260;
    defaults.minimumHireFte = 0.25;
    EXPECT_EQ(*base.withScenario(0).organisation, defaults);
    // A scenario that sets no figures leaves the organisation section as it is (absent).
    base.scenarios[0].organisation.clear();
    EXPECT_FALSE(base.withScenario(0).organisation.has_value());
}

TEST(ScenarioProfile, InAWorkshopAScenarioAppliesOnTopOfTheGroupsConsensus)
{
    Profile workshop = Profile::defaults(catalogue());
    for (int i = 0; i < 3; ++i) {
        Participant p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Person %1").arg(i);
        p.traits.assign(workshop.traits.size(), 20.0 + 30.0 * i);
        p.importance = workshop.importance;
        p.traitUncertainty = workshop.traitUncertainty;
        workshop.participants.push_back(p);
    }
    applyConsensus(workshop);
    ASSERT_EQ(workshop.traits[0], 50); // the median of 20, 50 and 80
    workshop.scenarios = {scenario(QStringLiteral("lean"), QStringLiteral("Lean"), {{trait("growth_pace"), 5}})};

    const Profile lean = workshop.withScenario(0);
    for (size_t t = 0; t < lean.traits.size(); ++t)
        EXPECT_EQ(lean.traits[t], static_cast<int>(t) == trait("growth_pace") ? 5.0 : 50.0) << t;
    EXPECT_EQ(lean.participants, workshop.participants);

    // Round trip: the loader recomputes the consensus and the scenario still applies on top of it.
    const Loaded<Profile> loaded = Profile::parse(workshop.toJson(catalogue()), QStringLiteral("w.json"), catalogue());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().withScenario(0).traits, lean.traits);
}

TEST(ScenarioProfile, AScenarioIsFoundByItsIdOrItsName)
{
    Profile profile = Profile::defaults(catalogue());
    profile.scenarios = {scenario(QStringLiteral("acquisition"), QStringLiteral("After the acquisition"), {}),
                         scenario(QStringLiteral("lead_leaves"), QStringLiteral("acquisition"), {})};
    EXPECT_EQ(profile.scenarioIndex(QStringLiteral("acquisition")), 0); // an id wins over a name
    EXPECT_EQ(profile.scenarioIndex(QStringLiteral("lead_leaves")), 1);
    EXPECT_EQ(profile.scenarioIndex(QStringLiteral(" after THE acquisition ")), 0);
    EXPECT_EQ(profile.scenarioIndex(QStringLiteral("nothing")), -1);
}

TEST(ScenarioComparison, ARecommendationThatDiffersInOneScenarioIsNotRobustAndThatScenarioIsNamed)
{
    const Profile base = threeWays();
    const FitEngine engine(catalogue());
    // Computed independently: FitEngine::score on profiles built by hand.
    const FitResult asProfiled = engine.score(base);
    const FitResult slower = engine.score(byHand(base, {{trait("growth_pace"), 70}}));
    const FitResult leaves = engine.score(byHand(base, allTraits(5)));
    ASSERT_FALSE(asProfiled.isTie());
    ASSERT_EQ(slower.recommended, asProfiled.recommended);
    ASSERT_NE(leaves.recommended, asProfiled.recommended);

    const ScenarioComparison comparison = compareScenarios(engine, base);
    ASSERT_EQ(comparison.outcomes.size(), 3u);
    EXPECT_FALSE(comparison.robust);
    EXPECT_EQ(comparison.flips, std::vector<int>{2});
    EXPECT_EQ(comparison.outcomes[0].name, baseScenarioName());
    EXPECT_EQ(comparison.outcomes[0].scenario, -1);
    EXPECT_EQ(comparison.outcomes[2].id, QStringLiteral("lead_leaves"));
    const std::vector<const FitResult *> expected{&asProfiled, &slower, &leaves};
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(comparison.outcomes[i].recommended, expected[i]->recommended) << i;
        EXPECT_EQ(comparison.outcomes[i].runnerUp, expected[i]->runnerUp) << i;
        EXPECT_NEAR(comparison.outcomes[i].margin, expected[i]->margin, 1e-9) << i;
        for (size_t m = 0; m < expected[i]->overall.size(); ++m)
            EXPECT_NEAR(comparison.outcomes[i].overall[m], expected[i]->overall[m], 1e-9) << i << ' ' << m;
    }
    const QString leader = catalogue().models[static_cast<size_t>(asProfiled.recommended)].name;
    const QString other = catalogue().models[static_cast<size_t>(leaves.recommended)].name;
    EXPECT_EQ(comparison.sentence, QStringLiteral("As profiled, %1 is recommended; “If the IT lead leaves” would flip "
                                                  "it to %2.").arg(leader, other));
}

TEST(ScenarioComparison, ARecommendationThatHoldsEverywhereIsRobust)
{
    Profile base = threeWays();
    base.scenarios[1].traits = {{trait("inhouse_capacity"), 80}};
    const FitEngine engine(catalogue());
    const ScenarioComparison comparison = compareScenarios(engine, base);
    EXPECT_TRUE(comparison.robust);
    EXPECT_TRUE(comparison.flips.empty());
    const QString leader = catalogue().models[static_cast<size_t>(engine.score(base).recommended)].name;
    EXPECT_EQ(comparison.sentence, QStringLiteral("The recommendation, %1, holds in both scenarios.").arg(leader));

    base.scenarios.clear();
    const ScenarioComparison none = compareScenarios(engine, base);
    EXPECT_EQ(none.outcomes.size(), 1u);
    EXPECT_TRUE(none.robust);
    EXPECT_TRUE(none.sentence.isEmpty());
}

TEST(ScenarioComparison, ATieIsAnAnswerOfItsOwn)
{
    // A copy of a model always ties with it: as profiled there is no clear choice.
    Profile base = threeWays();
    const Profile plain = base;
    const FitEngine plainEngine(catalogue());
    const int leader = plainEngine.score(plain).recommended;
    base.customModels.push_back(
        CustomModel::copyOf(catalogue(), leader, QStringLiteral("copy"), QStringLiteral("Copy of the leader")));
    const FitEngine engine(withCustomModels(catalogue(), base.customModels));
    ASSERT_TRUE(engine.score(base).isTie());
    ASSERT_TRUE(engine.score(byHand(base, {{trait("growth_pace"), 70}})).isTie());
    ASSERT_FALSE(engine.score(byHand(base, allTraits(5))).isTie());

    const ScenarioComparison comparison = compareScenarios(engine, base);
    EXPECT_EQ(comparison.base().answer(), -1);
    EXPECT_EQ(comparison.outcomes[1].answer(), -1); // still a tie: no flip
    EXPECT_EQ(comparison.flips, std::vector<int>{2});
    EXPECT_FALSE(comparison.robust);
    EXPECT_TRUE(comparison.sentence.startsWith(QStringLiteral("As profiled, no model is clearly ahead; ")))
        << comparison.sentence.toStdString();
    EXPECT_TRUE(comparison.sentence.contains(QStringLiteral("“If the IT lead leaves” would make")));

    // And the other way round: a clear base whose scenario ties. A copy of the model the scenario prefers
    // keeps the base clear and levels the scenario.
    Profile clear = threeWays();
    clear.customModels.push_back(
        CustomModel::copyOf(catalogue(), 1 - leader, QStringLiteral("copy"), QStringLiteral("Copy of the other")));
    const FitEngine clearEngine(withCustomModels(catalogue(), clear.customModels));
    ASSERT_FALSE(clearEngine.score(clear).isTie());
    ASSERT_TRUE(clearEngine.score(byHand(clear, allTraits(5))).isTie());
    const ScenarioComparison levelled = compareScenarios(clearEngine, clear);
    EXPECT_EQ(levelled.flips, std::vector<int>{2});
    EXPECT_TRUE(levelled.sentence.endsWith(QStringLiteral("“If the IT lead leaves” would leave no clear choice.")))
        << levelled.sentence.toStdString();
}

TEST(ScenarioComparison, EachModelsCostPerScenarioIsTheCostOfThatScenariosProfile)
{
    Profile base = threeWays();
    Organisation o;
    o.users = 80;
    o.currency = QStringLiteral("CHF");
    base.organisation = o;
    base.scenarios[0].organisation[OrganisationFigure::Users] = 260;
    base.scenarios[0].pricing[QStringLiteral("fully_managed")][PriceFigure::PerUser] = 50;
    const FitEngine engine(catalogue());
    const ScenarioComparison comparison = compareScenarios(engine, base);
    ASSERT_TRUE(comparison.hasCosts);
    EXPECT_EQ(comparison.currency, QStringLiteral("CHF"));

    Profile grown = byHand(base, {{trait("growth_pace"), 70}});
    grown.organisation->users = 260;
    ModelPricing cheaper = defaultPricing(QStringLiteral("fully_managed"));
    cheaper.perUser = 50;
    grown.pricing[QStringLiteral("fully_managed")] = cheaper;
    const std::vector<CostBreakdown> expected = CostModel::forProfile(catalogue(), grown).costs();
    const std::vector<CostBreakdown> asProfiled = CostModel::forProfile(catalogue(), base).costs();
    ASSERT_EQ(comparison.outcomes[1].costs.size(), expected.size());
    for (size_t m = 0; m < expected.size(); ++m) {
        EXPECT_DOUBLE_EQ(comparison.outcomes[1].costs[m].total(), expected[m].total()) << m;
        EXPECT_DOUBLE_EQ(comparison.outcomes[0].costs[m].total(), asProfiled[m].total()) << m;
    }
    EXPECT_NE(expected[0].total(), asProfiled[0].total());

    // Without an organisation section there are no costs to compare.
    base.organisation.reset();
    const ScenarioComparison fitsOnly = compareScenarios(engine, base);
    EXPECT_FALSE(fitsOnly.hasCosts);
    EXPECT_TRUE(fitsOnly.outcomes[1].costs.empty());
}

TEST(ScenarioFormats, JsonHasEveryScenarioAndTextHasEveryName)
{
    Profile base = threeWays();
    base.organisation = Organisation{};
    const FitEngine engine(catalogue());
    const ScenarioComparison comparison = compareScenarios(engine, base);
    const QJsonObject json = scenarioComparisonToJson(catalogue(), comparison);
    EXPECT_FALSE(json.value(QStringLiteral("robust")).toBool(true));
    EXPECT_EQ(json.value(QStringLiteral("flipped_by")).toArray(), QJsonArray{QStringLiteral("lead_leaves")});
    EXPECT_EQ(json.value(QStringLiteral("sentence")).toString(), comparison.sentence);
    EXPECT_EQ(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    const QJsonArray outcomes = json.value(QStringLiteral("outcomes")).toArray();
    ASSERT_EQ(outcomes.size(), 3);
    EXPECT_TRUE(outcomes[0].toObject().value(QStringLiteral("id")).isNull());
    EXPECT_EQ(outcomes[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("If the IT lead leaves"));
    const QJsonObject leaves = outcomes[2].toObject();
    EXPECT_EQ(leaves.value(QStringLiteral("recommended")).toString(),
              catalogue().models[static_cast<size_t>(comparison.outcomes[2].recommended)].id);
    EXPECT_NEAR(leaves.value(QStringLiteral("overall")).toObject().value(QStringLiteral("co_managed")).toDouble(),
                comparison.outcomes[2].overall[1], 0.05);
    EXPECT_NEAR(leaves.value(QStringLiteral("cost_per_year")).toObject().value(QStringLiteral("co_managed")).toDouble(),
                comparison.outcomes[2].costs[1].perYear(), 0.5);

    // Inserted into score's JSON without touching its keys.
    const QByteArray score = R"({"recommended": "x", "overall": {"a": 1}})";
    const QJsonObject merged = QJsonDocument::fromJson(withScenarioJson(score, catalogue(), comparison)).object();
    EXPECT_EQ(merged.value(QStringLiteral("recommended")).toString(), QStringLiteral("x"));
    EXPECT_TRUE(merged.value(QStringLiteral("scenarios")).isObject());
    base.scenarios.clear();
    EXPECT_EQ(withScenarioJson(score, catalogue(), compareScenarios(engine, base)), score);

    const QString text = scenarioComparisonToText(catalogue(), comparison);
    EXPECT_TRUE(text.contains(baseScenarioName()));
    EXPECT_TRUE(text.contains(QStringLiteral("Slower growth")));
    EXPECT_TRUE(text.contains(QStringLiteral("If the IT lead leaves")));
    EXPECT_TRUE(text.contains(comparison.sentence));
    EXPECT_TRUE(text.contains(QStringLiteral("EUR")));
}

TEST(ScenarioComparison, TheManufacturerExampleHoldsAfterTheAcquisitionButNotIfTheItLeadLeaves)
{
    const std::vector<ExampleProfile> examples = builtInExamples(catalogue());
    const auto manufacturer = std::find_if(examples.begin(), examples.end(), [](const ExampleProfile &e) {
        return e.resourcePath.endsWith(QStringLiteral("2-manufacturer-with-cio.splitbench.json"));
    });
    ASSERT_NE(manufacturer, examples.end());
    const Profile &profile = manufacturer->profile;
    ASSERT_EQ(profile.scenarios.size(), 2u);
    const ScenarioComparison comparison = compareScenarios(FitEngine(catalogue()), profile);
    EXPECT_EQ(comparison.base().answer(), catalogue().modelIndex(QStringLiteral("co_managed")));
    EXPECT_EQ(comparison.outcomes[1].answer(), comparison.base().answer());
    EXPECT_EQ(comparison.flips, std::vector<int>{2});
    EXPECT_EQ(comparison.outcomes[2].id, QStringLiteral("it_lead_leaves"));
    EXPECT_EQ(comparison.outcomes[2].answer(), catalogue().modelIndex(QStringLiteral("fully_managed")));
    EXPECT_TRUE(comparison.hasCosts);
}

TEST(ScenarioComparison, AScenarioWhereTheSameModelLeadsByLessThanTheTieMarginDoesNotKeepTheRecommendation)
{
    // Between all traits at 85 (one model clearly ahead) and at 5 (the other ahead) lies a value where the first
    // model still has the higher fit, but by less than the tie margin: no clear choice, although the model on top
    // is the same.
    Profile base = threeWays();
    const FitEngine engine(catalogue());
    const int leader = engine.score(base).recommended;
    const auto lead = [&](double x) {
        const FitResult r = engine.score(byHand(base, allTraits(x)));
        return r.overall[static_cast<size_t>(leader)] - r.overall[static_cast<size_t>(1 - leader)];
    };
    double ahead = 85, behind = 5;
    ASSERT_GT(lead(ahead), FitResult::kTieMargin);
    ASSERT_LT(lead(behind), 0);
    for (int i = 0; i < 200 && !(lead(ahead) > 0 && lead(ahead) < FitResult::kTieMargin / 2); ++i) {
        const double middle = (ahead + behind) / 2;
        (lead(middle) > 0 ? ahead : behind) = middle;
    }
    ASSERT_GT(lead(ahead), 0);
    ASSERT_LT(lead(ahead), FitResult::kTieMargin);
    base.scenarios = {scenario(QStringLiteral("level"), QStringLiteral("Level"), allTraits(ahead))};

    const ScenarioComparison comparison = compareScenarios(engine, base);
    EXPECT_EQ(comparison.outcomes[1].recommended, leader);
    EXPECT_TRUE(comparison.outcomes[1].isTie());
    EXPECT_FALSE(comparison.robust);
    EXPECT_EQ(comparison.flips, std::vector<int>{1});
    EXPECT_TRUE(comparison.sentence.endsWith(QStringLiteral("“Level” would leave no clear choice.")))
        << comparison.sentence.toStdString();
}
