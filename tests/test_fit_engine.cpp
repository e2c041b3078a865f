// Fit engine: properties that must hold for any profile, and the seed document's own guidance as scenarios.
#include "catalogue.h"
#include "fit_engine.h"
#include "profile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace splitbench;

namespace {

const Catalogue &catalogue() { return Catalogue::builtIn(); }

int modelId(const char *id) { return catalogue().modelIndex(QString::fromUtf8(id)); }

Profile profileWith(std::initializer_list<std::pair<const char *, double>> traits)
{
    Profile profile = Profile::defaults(catalogue());
    for (const auto &[id, value] : traits) {
        const int t = catalogue().traitIndex(QString::fromUtf8(id));
        EXPECT_GE(t, 0) << "unknown trait " << id;
        if (t >= 0)
            profile.traits[static_cast<size_t>(t)] = value;
    }
    return profile;
}

Profile randomProfile(std::mt19937 &rng)
{
    std::uniform_real_distribution<double> value(0, 100);
    Profile profile = Profile::defaults(catalogue());
    for (double &trait : profile.traits)
        trait = value(rng);
    std::uniform_real_distribution<double> weight(0.1, 5);
    for (double &w : profile.importance)
        w = weight(rng);
    return profile;
}

/// Co-managed's lead over fully managed (negative when fully managed leads).
double coManagedLead(const FitEngine &engine, const Profile &profile)
{
    const FitResult result = engine.score(profile);
    return result.overall[static_cast<size_t>(modelId("co_managed"))] -
           result.overall[static_cast<size_t>(modelId("fully_managed"))];
}

TEST(FitEngineProperties, FitsStayWithinZeroToHundred)
{
    const FitEngine engine(catalogue());
    std::mt19937 rng(42);
    for (int i = 0; i < 500; ++i) {
        Profile profile = randomProfile(rng);
        if (i % 5 == 0) // extremes too
            for (double &t : profile.traits)
                t = (rng() % 2) ? 100.0 : 0.0;
        const FitResult result = engine.score(profile);
        for (double overall : result.overall) {
            EXPECT_GE(overall, 0.0);
            EXPECT_LE(overall, 100.0);
        }
        for (const DimensionFit &fit : result.dimensions) {
            EXPECT_GE(fit.desiredInternalShare, 0.0);
            EXPECT_LE(fit.desiredInternalShare, 100.0);
            for (double f : fit.fit) {
                EXPECT_GE(f, 0.0);
                EXPECT_LE(f, 100.0);
            }
        }
    }
}

TEST(FitEngineProperties, OneTraitMovesScoresContinuously)
{
    const FitEngine engine(catalogue());
    std::mt19937 rng(7);
    const Profile base = randomProfile(rng);
    for (size_t t = 0; t < catalogue().traits.size(); ++t) {
        // Lipschitz bound: a step of h moves any desired share by at most Σ|w|·h/50, and fit follows 1:1.
        double maxWeight = 0;
        for (const Dimension &d : catalogue().dimensions)
            for (const Affinity &a : d.affinities)
                if (a.trait == static_cast<int>(t))
                    maxWeight = std::max(maxWeight, std::abs(a.weight));
        const double step = 0.05;
        Profile profile = base;
        profile.traits[t] = 0;
        FitResult previous = engine.score(profile);
        for (double v = step; v <= 100.0 + 1e-9; v += step) {
            profile.traits[t] = v;
            const FitResult next = engine.score(profile);
            for (size_t m = 0; m < next.overall.size(); ++m)
                ASSERT_LE(std::abs(next.overall[m] - previous.overall[m]), maxWeight * step / 50.0 + 1e-9)
                    << catalogue().traits[t].id.toStdString() << " at " << v;
            previous = next;
        }
    }
}

TEST(FitEngineProperties, CapacityControlAndLeadershipNeverHurtCoManaged)
{
    const FitEngine engine(catalogue());
    std::mt19937 rng(1234);
    for (const char *trait : {"inhouse_capacity", "desire_for_control", "it_leadership"}) {
        const size_t t = static_cast<size_t>(catalogue().traitIndex(QString::fromUtf8(trait)));
        for (int sample = 0; sample < 60; ++sample) {
            Profile profile = randomProfile(rng);
            double previousLead = -1e9;
            for (int v = 0; v <= 100; v += 5) {
                profile.traits[t] = v;
                const double lead = coManagedLead(engine, profile);
                EXPECT_GE(lead, previousLead - 1e-9) << trait << " at " << v;
                previousLead = lead;
            }
        }
    }
}

TEST(FitEngineProperties, IsDeterministic)
{
    const FitEngine engine(catalogue());
    std::mt19937 rng(99);
    const Profile profile = randomProfile(rng);
    const FitResult a = engine.score(profile);
    const FitResult b = FitEngine(catalogue()).score(profile);
    EXPECT_EQ(a.overall, b.overall);
    EXPECT_EQ(a.recommended, b.recommended);
    EXPECT_EQ(a.summary, b.summary);
    for (size_t d = 0; d < a.dimensions.size(); ++d) {
        EXPECT_EQ(a.dimensions[d].fit, b.dimensions[d].fit);
        EXPECT_EQ(a.dimensions[d].explanation, b.dimensions[d].explanation);
    }
}

TEST(FitEngineProperties, RecommendationIsTheBestModelAndMarginMatches)
{
    const FitEngine engine(catalogue());
    std::mt19937 rng(5);
    for (int i = 0; i < 100; ++i) {
        const FitResult result = engine.score(randomProfile(rng));
        for (double overall : result.overall)
            EXPECT_LE(overall, result.overall[static_cast<size_t>(result.recommended)]);
        EXPECT_NE(result.recommended, result.runnerUp);
        EXPECT_DOUBLE_EQ(result.margin, result.overall[static_cast<size_t>(result.recommended)] -
                                            result.overall[static_cast<size_t>(result.runnerUp)]);
        EXPECT_GE(result.margin, 0.0);
    }
}

TEST(FitEngineProperties, ImportanceWeightsTheOverallFit)
{
    const FitEngine engine(catalogue());
    Profile profile = Profile::defaults(catalogue());
    // Only one dimension matters: the overall fit must equal that dimension's fit.
    std::fill(profile.importance.begin(), profile.importance.end(), 0.0);
    profile.importance[4] = 1.0;
    const FitResult result = engine.score(profile);
    for (size_t m = 0; m < result.overall.size(); ++m)
        EXPECT_DOUBLE_EQ(result.overall[m], result.dimensions[4].fit[m]);
}

TEST(FitEngineProperties, WorksWithMoreThanTwoModels)
{
    Profile profile = Profile::defaults(catalogue());
    for (int copy = 0; copy < 6; ++copy) {
        CustomModel custom = CustomModel::copyOf(catalogue(), copy % 2, QStringLiteral("custom_%1").arg(copy),
                                                 QStringLiteral("Custom %1").arg(copy));
        for (auto &row : custom.responsibilities)
            for (Responsibility &r : row)
                r.providerShare = r.owner == Owner::Shared ? 50 : r.providerShare;
        profile.customModels.push_back(custom);
    }
    const FitEngine engine(withCustomModels(catalogue(), profile.customModels));
    ASSERT_EQ(engine.modelCount(), 8);
    const FitResult result = engine.score(profile);
    ASSERT_EQ(result.overall.size(), 8u);
    // An exact copy scores exactly like its original.
    const FitEngine twoCopies(withCustomModels(
        catalogue(), {CustomModel::copyOf(catalogue(), 1, QStringLiteral("copy"), QStringLiteral("Copy"))}));
    const FitResult copied = twoCopies.score(Profile::defaults(catalogue()));
    EXPECT_DOUBLE_EQ(copied.overall[2], copied.overall[1]);
}

TEST(FitEngineExplanations, NameTheDimensionAndTheShares)
{
    const FitEngine engine(catalogue());
    const Profile profile = profileWith({{"inhouse_capacity", 95}, {"desire_for_control", 90}});
    const FitResult result = engine.score(profile);
    const int security = catalogue().dimensionIndex(QStringLiteral("security"));
    const QString text = result.dimensions[static_cast<size_t>(security)].explanation;
    EXPECT_TRUE(text.contains(QStringLiteral("Security"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in-house"))) << text.toStdString();
    EXPECT_TRUE(text.contains(catalogue().models[0].name)) << text.toStdString();
    EXPECT_TRUE(text.contains(catalogue().models[1].name)) << text.toStdString();
    EXPECT_FALSE(result.summary.isEmpty());
    EXPECT_FALSE(result.drivers.empty());
}

// ---- The seed document's guidance, as scenarios ----

void expectRecommends(const Profile &profile, const char *model, double minimumMargin = 3.0)
{
    const FitEngine engine(catalogue());
    const FitResult result = engine.score(profile);
    EXPECT_EQ(catalogue().models[static_cast<size_t>(result.recommended)].id.toStdString(), std::string(model))
        << result.summary.toStdString();
    EXPECT_GE(result.margin, minimumMargin) << result.summary.toStdString();
}

// Intro: "a small business with no IT staff"; conclusion: a hands-off approach where the provider manages
// every aspect; contracts section: fully managed offers "ease and predictable pricing".
TEST(SeedScenarios, SmallBusinessWithoutItStaffGetsFullyManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 0},
                                  {"it_leadership", 0},
                                  {"desire_for_control", 15},
                                  {"predictable_pricing", 90},
                                  {"skills_growth", 10}}),
                     "fully_managed", 10);
}

// Conclusion: co-managed suits organisations that value "collaboration, internal control, and
// customisation" with an existing IT team; strategy section: an in-house CIO works alongside the provider;
// flexibility section: co-managed adapts to growth.
TEST(SeedScenarios, CapableTeamWithCioWantingControlGetsCoManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 80},
                                  {"it_leadership", 90},
                                  {"desire_for_control", 85},
                                  {"visibility_need", 80},
                                  {"growth_pace", 75},
                                  {"custom_workflows", 70},
                                  {"skills_growth", 70}}),
                     "co_managed", 10);
}

// Intro: "a larger firm looking to give your internal team a bit of breathing room" — an existing,
// capable team that needs extra capacity rather than replacement.
TEST(SeedScenarios, LargerFirmWantingBreathingRoomGetsCoManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 75}, {"it_leadership", 60}, {"desire_for_control", 60}}),
                     "co_managed");
}

// Conclusion: fully managed "works well for businesses that prefer to offload their IT management and
// focus on their core activities".
TEST(SeedScenarios, OffloadAndFocusOnCoreBusinessGetsFullyManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 20},
                                  {"desire_for_control", 10},
                                  {"visibility_need", 25},
                                  {"custom_workflows", 20}}),
                     "fully_managed");
}

// Team dynamics: under co-managed, "internal turnover — especially in leadership or specialised roles —
// can have a noticeable effect"; fully managed is barely affected by changes in the client's team.
TEST(SeedScenarios, SmallTeamWithHighTurnoverLeansFullyManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 35}, {"turnover_risk", 95}, {"it_leadership", 15}}),
                     "fully_managed");
}

// Learning & development: "if you want to build your internal team's skills and encourage ongoing
// development, co-managed IT offers a more hands-on approach".
TEST(SeedScenarios, CommitmentToGrowingSkillsGetsCoManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 55}, {"skills_growth", 95}, {"it_leadership", 50}}),
                     "co_managed");
}

// Flexibility & scalability: "If your business is likely to experience frequent changes or growth,
// co-managed IT gives you more control and adaptability" — for a business with a team to adapt with.
TEST(SeedScenarios, FrequentChangeWithATeamGetsCoManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 55}, {"growth_pace", 95}, {"custom_workflows", 70}}),
                     "co_managed");
}

// Reporting: "if you're happy with standard reports and minimal input, fully managed IT offers a more
// streamlined approach"; contracts: an all-inclusive flat monthly fee.
TEST(SeedScenarios, StandardReportsAndFixedFeeGetsFullyManaged)
{
    expectRecommends(profileWith({{"inhouse_capacity", 25},
                                  {"visibility_need", 10},
                                  {"predictable_pricing", 95},
                                  {"custom_workflows", 10}}),
                     "fully_managed");
}

// Capacity is the seed's main divide (no IT staff vs an existing team): the extremes must split.
TEST(SeedScenarios, InHouseCapacityAloneSplitsTheModels)
{
    expectRecommends(profileWith({{"inhouse_capacity", 100}}), "co_managed", 1);
    expectRecommends(profileWith({{"inhouse_capacity", 0}}), "fully_managed", 1);
}

} // namespace
