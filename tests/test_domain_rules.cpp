// The domain rules the views show but never decide: a tie, the deciding dimensions, an affinity's contribution
// and how an edit of one field of a responsibility moves the others.
#include "catalogue.h"
#include "fit_engine.h"
#include "profile.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace splitbench;

namespace {

FitResult withMargin(double margin)
{
    FitResult result;
    result.margin = margin;
    return result;
}

TEST(TieRule, AMarginBelowTheShownPrecisionIsATie)
{
    EXPECT_TRUE(withMargin(0.0).isTie());
    EXPECT_TRUE(withMargin(0.049).isTie());
    EXPECT_FALSE(withMargin(0.05).isTie());
    EXPECT_FALSE(withMargin(3.2).isTie());
}

TEST(TieRule, TheEngineSummarySaysLevelExactlyWhenTheResultIsATie)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    const FitResult clear = engine.score(profile);
    ASSERT_FALSE(clear.isTie());
    EXPECT_FALSE(clear.summary.contains(QStringLiteral("equally well")));
    // With every importance at 0 each model scores 0: level.
    std::fill(profile.importance.begin(), profile.importance.end(), 0.0);
    const FitResult level = engine.score(profile);
    ASSERT_TRUE(level.isTie());
    EXPECT_TRUE(level.summary.contains(QStringLiteral("equally well"))) << level.summary.toStdString();
}

/// The built-in catalogue plus a copy of the model the default profile recommends, optionally changed.
Catalogue withCopyOfTheRecommended(const std::function<void(CustomModel &)> &change = {})
{
    const Catalogue &base = Catalogue::builtIn();
    const int recommended = FitEngine(base).score(Profile::defaults(base)).recommended;
    CustomModel copy = CustomModel::copyOf(base, recommended, QStringLiteral("copy"), QStringLiteral("Copy"));
    if (change)
        change(copy);
    return withCustomModels(base, {copy});
}

TEST(LeadersAlike, TwoModelsThatDifferAreNotATieForEveryProfile)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitResult result = FitEngine(catalogue).score(Profile::defaults(catalogue));
    EXPECT_EQ(result.leaders, FitResult::Leaders::Differ);
    EXPECT_FALSE(result.isTieForEveryProfile());
    EXPECT_FALSE(FitEngine(catalogue).fitAlike(0, 1));
    EXPECT_FALSE(catalogue.sameResponsibilities(0, 1));
    EXPECT_TRUE(catalogue.sameResponsibilities(1, 1));
}

TEST(LeadersAlike, ADuplicateOfTheLeaderIsIdenticalAndTiesForEveryProfile)
{
    const Catalogue catalogue = withCopyOfTheRecommended();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    const FitResult result = engine.score(profile);
    const int copy = static_cast<int>(catalogue.models.size()) - 1;
    EXPECT_TRUE(result.isTie());
    EXPECT_EQ(result.runnerUp, copy);
    EXPECT_EQ(result.leaders, FitResult::Leaders::Identical);
    EXPECT_TRUE(result.isTieForEveryProfile());
    EXPECT_TRUE(catalogue.sameResponsibilities(result.recommended, copy));
    EXPECT_TRUE(result.summary.contains(QStringLiteral("identical"))) << result.summary.toStdString();
    // Whatever the sliders say, the two score the same.
    for (double &trait : profile.traits)
        trait = 100.0 - trait / 3.0;
    const FitResult moved = engine.score(profile);
    EXPECT_EQ(moved.overall[static_cast<size_t>(result.recommended)], moved.overall[static_cast<size_t>(copy)]);
}

TEST(LeadersAlike, SwappingTwoActivitiesInsideADimensionKeepsTheFitButNotTheSplits)
{
    bool swapped = false;
    const Catalogue catalogue = withCopyOfTheRecommended([&swapped](CustomModel &copy) {
        for (auto &activities : copy.responsibilities)
            for (size_t i = 1; i < activities.size() && !swapped; ++i)
                if (activities[i].providerShare != activities[0].providerShare) {
                    std::swap(activities[0], activities[i]); // the dimension's mean share stays
                    swapped = true;
                }
    });
    ASSERT_TRUE(swapped);
    const FitResult result = FitEngine(catalogue).score(Profile::defaults(catalogue));
    EXPECT_TRUE(result.isTie());
    EXPECT_EQ(result.leaders, FitResult::Leaders::FitAlike);
    EXPECT_FALSE(result.summary.contains(QStringLiteral("identical"))) << result.summary.toStdString();
    EXPECT_TRUE(result.summary.contains(QStringLiteral("no profile can tell them apart")))
        << result.summary.toStdString();
}

TEST(LeadersAlike, ChangingOneShareOfTheDuplicateMakesThemDiffer)
{
    const Catalogue catalogue = withCopyOfTheRecommended([](CustomModel &copy) {
        Responsibility &r = copy.responsibilities[0][0];
        r = r.withProviderShare(r.providerShare > 50 ? r.providerShare - 10 : r.providerShare + 10);
    });
    const FitEngine engine(catalogue);
    EXPECT_FALSE(engine.fitAlike(static_cast<int>(catalogue.models.size()) - 1,
                                 FitEngine(Catalogue::builtIn()).score(Profile::defaults(Catalogue::builtIn())).recommended));
    EXPECT_EQ(engine.score(Profile::defaults(catalogue)).leaders, FitResult::Leaders::Differ);
}

TEST(DecidingDimensions, AtMostThreeThatFavourTheRecommendationVisibly)
{
    FitResult result;
    result.drivers = {{4, 2.0}, {1, 1.0}, {7, 0.5}, {2, 0.3}, {9, -1.0}};
    EXPECT_EQ(result.decidingDimensions(), (std::vector<int>{4, 1, 7}));
    result.drivers = {{4, 2.0}, {1, 0.05}, {7, 0.04}};
    EXPECT_EQ(result.decidingDimensions(), (std::vector<int>{4})); // 0.05 does not show at one decimal
    result.drivers = {{4, 0.01}, {1, -3.0}};
    EXPECT_TRUE(result.decidingDimensions().empty());
}

TEST(DecidingDimensions, TheEngineSummaryNamesThem)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitResult result = FitEngine(catalogue).score(Profile::defaults(catalogue));
    const std::vector<int> deciding = result.decidingDimensions();
    ASSERT_FALSE(deciding.empty());
    for (const int d : deciding)
        EXPECT_TRUE(result.summary.contains(catalogue.dimensions[static_cast<size_t>(d)].name))
            << result.summary.toStdString();
}

TEST(AffinityContribution, IsZeroAtFiftyAndTheWeightAtTheEnds)
{
    const Affinity affinity{0, 12.0, {}};
    EXPECT_DOUBLE_EQ(affinity.contribution(50.0), 0.0);
    EXPECT_DOUBLE_EQ(affinity.contribution(100.0), 12.0);
    EXPECT_DOUBLE_EQ(affinity.contribution(0.0), -12.0);
    EXPECT_DOUBLE_EQ(affinity.contribution(75.0), 6.0);
    const Affinity against{0, -20.0, {}};
    EXPECT_DOUBLE_EQ(against.contribution(25.0), 10.0);
}

TEST(AffinityContribution, IsWhatTheEngineAddsToTheBaseShare)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    for (size_t t = 0; t < profile.traits.size(); ++t)
        profile.traits[t] = static_cast<double>((t * 37) % 101);
    const FitResult result = engine.score(profile);
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        const Dimension &dimension = catalogue.dimensions[d];
        double expected = dimension.baseInternalShare;
        for (const Affinity &affinity : dimension.affinities)
            expected += affinity.contribution(profile.traits[static_cast<size_t>(affinity.trait)]);
        EXPECT_DOUBLE_EQ(result.dimensions[d].desiredInternalShare, std::clamp(expected, 0.0, 100.0));
        for (const TraitContribution &driver : result.dimensions[d].drivers) {
            const auto affinity = std::find_if(dimension.affinities.begin(), dimension.affinities.end(),
                                               [&](const Affinity &a) { return a.trait == driver.trait; });
            ASSERT_NE(affinity, dimension.affinities.end());
            EXPECT_DOUBLE_EQ(driver.points, affinity->contribution(profile.traits[static_cast<size_t>(driver.trait)]));
        }
    }
}

Responsibility split(Owner owner, double share, const char *provider, const char *internal)
{
    Responsibility r;
    r.owner = owner;
    r.providerShare = share;
    r.providerRaci = QString::fromLatin1(provider);
    r.internalRaci = QString::fromLatin1(internal);
    EXPECT_TRUE(r.problem().isEmpty()) << r.problem().toStdString();
    return r;
}

TEST(ResponsibilityRules, AnOwnerChangeKeepsAShareThatAgrees)
{
    const Responsibility r = split(Owner::Shared, 60, "RA", "C");
    const Responsibility edited = r.withOwner(Owner::Provider);
    EXPECT_EQ(edited.owner, Owner::Provider);
    EXPECT_EQ(edited.providerShare, 60);
}

TEST(ResponsibilityRules, AnOwnerChangeMovesADisagreeingShareToATypicalOne)
{
    EXPECT_EQ(split(Owner::Internal, 10, "C", "RA").withOwner(Owner::Provider).providerShare, 80);
    EXPECT_EQ(split(Owner::Provider, 90, "RA", "C").withOwner(Owner::Internal).providerShare, 20);
    // Shared from outside 10–90 takes the middle, not the provider's typical 80.
    EXPECT_EQ(split(Owner::Provider, 95, "RA", "C").withOwner(Owner::Shared).providerShare, 50);
    EXPECT_EQ(split(Owner::Internal, 5, "C", "RA").withOwner(Owner::Shared).providerShare, 50);
    for (const Owner owner : {Owner::Provider, Owner::Internal, Owner::Shared})
        EXPECT_TRUE(split(Owner::Provider, 100, "RA", "I").withOwner(owner).problem().isEmpty());
}

TEST(ResponsibilityRules, AnOwnerChangeAtAnEvenSplitMovesTheShareTheOwnersWay)
{
    // At 50 every owner is valid, so the old rule changed nothing: "Provider" at 50 % looked ignored.
    const Responsibility even = split(Owner::Shared, 50, "R", "A");
    const Responsibility provider = even.withOwner(Owner::Provider);
    EXPECT_EQ(provider.owner, Owner::Provider);
    EXPECT_EQ(provider.providerShare, Responsibility::typicalProviderShare(Owner::Provider));
    EXPECT_EQ(provider.providerShare, 80);
    EXPECT_TRUE(provider.problem().isEmpty());
    const Responsibility internal = even.withOwner(Owner::Internal);
    EXPECT_EQ(internal.owner, Owner::Internal);
    EXPECT_EQ(internal.providerShare, 20);
    EXPECT_TRUE(internal.problem().isEmpty());
    // From a provider or internal owner at 50, Shared keeps the even split: it already leans no way.
    EXPECT_EQ(split(Owner::Provider, 50, "RA", "C").withOwner(Owner::Shared).providerShare, 50);
    EXPECT_EQ(split(Owner::Provider, 50, "RA", "C").withOwner(Owner::Internal).providerShare, 20);
    // Choosing the owner it already has changes nothing, even at 50.
    EXPECT_EQ(split(Owner::Provider, 50, "RA", "C").withOwner(Owner::Provider),
              split(Owner::Provider, 50, "RA", "C"));
}

TEST(ResponsibilityRules, AShareLeansToItsOwner)
{
    EXPECT_TRUE(Responsibility::shareLeansTo(Owner::Provider, 50.5));
    EXPECT_FALSE(Responsibility::shareLeansTo(Owner::Provider, 50));
    EXPECT_TRUE(Responsibility::shareLeansTo(Owner::Internal, 49));
    EXPECT_FALSE(Responsibility::shareLeansTo(Owner::Internal, 50));
    EXPECT_TRUE(Responsibility::shareLeansTo(Owner::Shared, 10));
    EXPECT_TRUE(Responsibility::shareLeansTo(Owner::Shared, 90));
    EXPECT_FALSE(Responsibility::shareLeansTo(Owner::Shared, 95));
    for (const Owner owner : {Owner::Provider, Owner::Internal, Owner::Shared})
        EXPECT_TRUE(Responsibility::shareLeansTo(owner, Responsibility::typicalProviderShare(owner)));
}

TEST(ResponsibilityRules, AShareChangePicksAnOwnerThatAgreesPreferringShared)
{
    const Responsibility r = split(Owner::Provider, 80, "RA", "C");
    EXPECT_EQ(r.withProviderShare(30).owner, Owner::Shared);
    EXPECT_EQ(r.withProviderShare(30).providerShare, 30);
    EXPECT_EQ(r.withProviderShare(95).owner, Owner::Provider); // still the provider's
    EXPECT_EQ(r.withProviderShare(5).owner, Owner::Internal);
    EXPECT_EQ(split(Owner::Shared, 50, "R", "A").withProviderShare(0).owner, Owner::Internal);
}

TEST(ResponsibilityRules, DroppingAccountabilityMovesItToTheOtherParty)
{
    const Responsibility r = split(Owner::Provider, 80, "RA", "C");
    const std::optional<Responsibility> edited = r.withRaci(Party::Provider, QStringLiteral("R"));
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->providerRaci, QStringLiteral("R"));
    EXPECT_EQ(edited->internalRaci, QStringLiteral("AC")); // canonical order
    EXPECT_TRUE(edited->problem().isEmpty());
}

TEST(ResponsibilityRules, TakingAccountabilityFromTheOtherPartyIsRefused)
{
    const Responsibility r = split(Owner::Provider, 80, "RA", "C");
    EXPECT_FALSE(r.withRaci(Party::Internal, QStringLiteral("CA")));
    const std::optional<Responsibility> kept = r.withRaci(Party::Internal, QStringLiteral("ic"));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->internalRaci, QStringLiteral("CI"));
    EXPECT_EQ(kept->providerRaci, QStringLiteral("RA")); // accountability stays where it was
    EXPECT_EQ(kept->raci(Party::Internal), kept->internalRaci);
    EXPECT_EQ(kept->raci(Party::Provider), kept->providerRaci);
}

} // namespace
