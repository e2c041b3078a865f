// Sensitivity analysis: exact breakevens, tornado ranking, Monte Carlo robustness and determinism, flips.
#include "catalogue.h"
#include "example_profiles.h"
#include "fit_engine.h"
#include "number_format.h"
#include "profile.h"
#include "sensitivity.h"
#include "sensitivity_formats.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <thread>
#include <tuple>

using namespace splitbench;

namespace {

size_t at(int index)
{
    return static_cast<size_t>(index);
}

Catalogue loadCatalogue(const QString &path)
{
    Loaded<Catalogue> loaded = Catalogue::load(path);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().toString().toStdString());
    return loaded.ok() ? std::move(loaded).value() : Catalogue::builtIn();
}

const Catalogue &miniCatalogue()
{
    static const Catalogue catalogue =
        loadCatalogue(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-catalogue.json"));
    return catalogue;
}

const Catalogue &dominantCatalogue()
{
    static const Catalogue catalogue =
        loadCatalogue(QStringLiteral(SPLITBENCH_TEST_DATA "/dominant-trait-catalogue.json"));
    return catalogue;
}

Profile loadExample(const Catalogue &catalogue, const char *fileName)
{
    Loaded<Profile> loaded =
        Profile::load(QStringLiteral(SPLITBENCH_EXAMPLES "/") + QString::fromUtf8(fileName), catalogue);
    EXPECT_TRUE(loaded.ok()) << fileName;
    return loaded.ok() ? std::move(loaded).value() : Profile::defaults(catalogue);
}

int traitIndex(const Catalogue &catalogue, const char *id)
{
    const int t = catalogue.traitIndex(QString::fromUtf8(id));
    EXPECT_GE(t, 0) << id;
    return t;
}

int modelIndex(const Catalogue &catalogue, const char *id)
{
    return catalogue.modelIndex(QString::fromUtf8(id));
}

/// The recommendation the engine gives with one trait changed: the ground truth breakevens must match.
/// Uses the engine's own fast path and tie rule (leadingTwo, as FitEngine::score does) so brute-force
/// scans over thousands of values stay quick.
int leaderOf(const FitEngine &engine, const std::vector<double> &traits, const std::vector<double> &importance)
{
    std::vector<double> overall(at(engine.modelCount()));
    engine.overallFit(traits, importance, overall);
    return leadingTwo(overall).first;
}

int leaderWithTrait(const FitEngine &engine, const Profile &profile, int trait, double value)
{
    std::vector<double> traits = profile.traits;
    traits[at(trait)] = value;
    return leaderOf(engine, traits, profile.importance);
}

int leaderWithImportance(const FitEngine &engine, const Profile &profile, int dimension, double weight)
{
    std::vector<double> importance = profile.importance;
    importance[at(dimension)] = weight;
    return leaderOf(engine, profile.traits, importance);
}

/// A third model halfway between fully managed and co-managed in every activity.
Catalogue withMiddleModel(const Catalogue &base)
{
    const int fm = modelIndex(base, "fully_managed");
    const int co = modelIndex(base, "co_managed");
    CustomModel middle = CustomModel::copyOf(base, co, QStringLiteral("middle"), QStringLiteral("Middle way"));
    for (size_t d = 0; d < base.dimensions.size(); ++d)
        for (size_t a = 0; a < base.dimensions[d].activities.size(); ++a) {
            const auto &byModel = base.dimensions[d].activities[a].byModel;
            middle.responsibilities[d][a].providerShare =
                (byModel[at(fm)].providerShare + byModel[at(co)].providerShare) / 2;
        }
    return withCustomModels(base, {middle});
}

Profile randomProfile(const Catalogue &catalogue, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> value(0, 100);
    std::uniform_real_distribution<double> weight(0.2, 4);
    Profile profile = Profile::defaults(catalogue);
    for (double &t : profile.traits)
        t = value(rng);
    for (double &w : profile.importance)
        w = weight(rng);
    return profile;
}

/// Checks every reported breakeven against the engine on both sides, and scans the sweep densely for
/// any change of leader the analysis missed.
void expectBreakevensMatchEngine(const FitEngine &engine, const Profile &profile, const char *label)
{
    const SensitivityAnalysis analysis(engine, profile);
    for (int t = 0; t < static_cast<int>(engine.catalogue().traits.size()); ++t) {
        const std::vector<Breakeven> breakevens = analysis.breakevens(t);
        for (size_t i = 0; i < breakevens.size(); ++i) {
            const Breakeven &b = breakevens[i];
            EXPECT_GT(b.value, 0.0);
            EXPECT_LT(b.value, 100.0);
            EXPECT_NE(b.leaderBelow, b.leaderAbove);
            if (i > 0) {
                EXPECT_GT(b.value, breakevens[i - 1].value);
            }
            // Both sides, 0.001 away: far tighter than the "within 0.5 of a slider step" requirement.
            const double delta = 1e-3;
            const bool clearBelow = i == 0 || breakevens[i - 1].value < b.value - 2 * delta;
            const bool clearAbove = i + 1 == breakevens.size() || breakevens[i + 1].value > b.value + 2 * delta;
            if (clearBelow) {
                EXPECT_EQ(leaderWithTrait(engine, profile, t, b.value - delta), b.leaderBelow)
                    << label << " trait " << t << " at " << b.value;
            }
            if (clearAbove) {
                EXPECT_EQ(leaderWithTrait(engine, profile, t, b.value + delta), b.leaderAbove)
                    << label << " trait " << t << " at " << b.value;
            }
        }
        // Dense scan: every change of leader between grid points must lie next to a reported breakeven.
        const double step = 0.02;
        int previous = leaderWithTrait(engine, profile, t, 0.0);
        int changes = 0;
        for (int i = 1; i <= 5000; ++i) {
            const double x = i * step;
            const int leader = leaderWithTrait(engine, profile, t, x);
            if (leader == previous)
                continue;
            ++changes;
            bool explained = false;
            for (const Breakeven &b : breakevens)
                explained = explained || (b.value >= x - step - 1e-9 && b.value <= x + 1e-9);
            EXPECT_TRUE(explained) << label << " trait " << t << ": leader changes near " << x << " unreported";
            previous = leader;
        }
        EXPECT_LE(changes, static_cast<int>(breakevens.size())) << label << " trait " << t;
    }
}

/// The Riverside clinic with "Acme", a near copy of Co-managed (one share 5 points different), and Desire for control
/// at 20: Acme leads Co-managed by 0.04 points, while the real threat is Fully managed, a third model.
struct ThreeModels {
    Catalogue catalogue;
    Profile profile;
};

ThreeModels threeModels()
{
    const Catalogue &base = Catalogue::builtIn();
    Loaded<Profile> loaded =
        Profile::load(QStringLiteral(SPLITBENCH_TEST_DATA "/three-models-clinic.splitbench.json"), base);
    EXPECT_TRUE(loaded.ok());
    Profile profile = loaded.ok() ? std::move(loaded).value() : Profile::defaults(base);
    Catalogue catalogue = withCustomModels(base, profile.customModels);
    return {std::move(catalogue), std::move(profile)};
}

// ---- Breakevens --------------------------------------------------------------------------------------

TEST(SensitivityBreakeven, MatchesHandWorkedValueInMiniCatalogue)
{
    // With every trait at 50 and equal importance, co-managed's lead over fully managed is
    // (2·capacity − 55) / 3 points (security and support bend between the models' shares), so it
    // changes sign at capacity = 27.5.
    const FitEngine engine(miniCatalogue());
    const SensitivityAnalysis analysis(engine, Profile::defaults(miniCatalogue()));
    const int capacity = traitIndex(miniCatalogue(), "capacity");
    const std::vector<Breakeven> breakevens = analysis.breakevens(capacity);
    ASSERT_EQ(breakevens.size(), 1U);
    EXPECT_NEAR(breakevens[0].value, 27.5, 1e-9);
    EXPECT_EQ(breakevens[0].leaderBelow, modelIndex(miniCatalogue(), "fully_managed"));
    EXPECT_EQ(breakevens[0].leaderAbove, modelIndex(miniCatalogue(), "co_managed"));
    EXPECT_EQ(
        analysis.sweep(capacity).sentence,
        QStringLiteral("Fully managed takes over from Co-managed if In-house capacity falls below 27.5."));
    // Control only moves security by 5 points and strategy between the shares: never enough to flip.
    EXPECT_TRUE(analysis.breakevens(traitIndex(miniCatalogue(), "control")).empty());
    EXPECT_EQ(analysis.sweep(traitIndex(miniCatalogue(), "control")).sentence,
              QStringLiteral("Co-managed stays ahead whatever the value of Desire for control."));
}

TEST(SensitivityBreakeven, AppliedBreakevensFlipTheRecommendationOnBothSides)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    int checked = 0;
    expectBreakevensMatchEngine(engine, Profile::defaults(catalogue), "defaults");
    for (const ExampleProfile &example : builtInExamples(catalogue)) {
        expectBreakevensMatchEngine(engine, example.profile, qPrintable(example.resourcePath));
        const SensitivityAnalysis analysis(engine, example.profile);
        for (int t = 0; t < static_cast<int>(catalogue.traits.size()); ++t)
            checked += static_cast<int>(analysis.breakevens(t).size());
    }
    EXPECT_GE(checked, 5) << "the examples should have some breakevens to check";
}

TEST(SensitivityBreakeven, RandomProfilesAndThreeModelsAgreeWithDenseScan)
{
    const Catalogue threeModels = withMiddleModel(Catalogue::builtIn());
    const FitEngine two(Catalogue::builtIn());
    const FitEngine three(threeModels);
    std::mt19937 rng(2024);
    for (int i = 0; i < 6; ++i) {
        expectBreakevensMatchEngine(two, randomProfile(Catalogue::builtIn(), rng), "random, two models");
        expectBreakevensMatchEngine(three, randomProfile(threeModels, rng), "random, three models");
    }
}

TEST(SensitivityBreakeven, MiddleModelLeadsBetweenTwoBreakevens)
{
    // Sweeping in-house capacity with a model halfway between the two: fully managed, then the middle
    // way, then co-managed. The upper envelope must report both hand-overs in order.
    const Catalogue catalogue = withMiddleModel(Catalogue::builtIn());
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, Profile::defaults(catalogue));
    const std::vector<Breakeven> breakevens = analysis.breakevens(traitIndex(catalogue, "inhouse_capacity"));
    ASSERT_GE(breakevens.size(), 2U);
    EXPECT_EQ(breakevens.front().leaderBelow, modelIndex(catalogue, "fully_managed"));
    EXPECT_EQ(breakevens.back().leaderAbove, modelIndex(catalogue, "co_managed"));
    bool middleLeadsSomewhere = false;
    for (const Breakeven &b : breakevens)
        middleLeadsSomewhere = middleLeadsSomewhere || b.leaderAbove == modelIndex(catalogue, "middle");
    EXPECT_TRUE(middleLeadsSomewhere);
    expectBreakevensMatchEngine(engine, Profile::defaults(catalogue), "middle model");
}

TEST(SensitivityBreakeven, IdenticalCustomModelNeverCountsAsAFlip)
{
    // A copy of co-managed ties with it everywhere; the original (lower index) keeps the lead.
    const Catalogue &base = Catalogue::builtIn();
    const Catalogue catalogue = withCustomModels(
        base,
        {CustomModel::copyOf(base, modelIndex(base, "co_managed"), QStringLiteral("copy"), QStringLiteral("Copy"))});
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, Profile::defaults(catalogue));
    for (const Breakeven &b : analysis.breakevens(traitIndex(catalogue, "inhouse_capacity"))) {
        EXPECT_NE(b.leaderBelow, modelIndex(catalogue, "copy"));
        EXPECT_NE(b.leaderAbove, modelIndex(catalogue, "copy"));
    }
}

TEST(SensitivitySweep, CurveSamplesTheEngineEveryHalfPoint)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const Profile profile = Profile::defaults(catalogue);
    const SensitivityAnalysis analysis(engine, profile);
    const int trait = traitIndex(catalogue, "desire_for_control");
    const TraitSweep sweep = analysis.sweep(trait, 0.5);
    ASSERT_EQ(sweep.positions.size(), 201U);
    EXPECT_DOUBLE_EQ(sweep.positions.front(), 0.0);
    EXPECT_DOUBLE_EQ(sweep.positions.back(), 100.0);
    ASSERT_EQ(sweep.overall.size(), catalogue.models.size());
    for (size_t i = 0; i < sweep.positions.size(); i += 37) {
        Profile changed = profile;
        changed.traits[at(trait)] = sweep.positions[i];
        const FitResult result = engine.score(changed);
        for (size_t m = 0; m < catalogue.models.size(); ++m)
            EXPECT_DOUBLE_EQ(sweep.overall[m][i], result.overall[m]);
    }
}

// ---- Tornado -----------------------------------------------------------------------------------------

TEST(SensitivityTornado, RanksTheDominantTraitFirstAndSortsBySwing)
{
    const Catalogue &catalogue = dominantCatalogue();
    const FitEngine engine(catalogue);
    const Profile profile = Profile::defaults(catalogue);
    const SensitivityAnalysis analysis(engine, profile);
    const std::vector<TornadoBar> bars = analysis.tornado(10);
    ASSERT_EQ(bars.size(), catalogue.traits.size());
    // "dominant" is the third trait, so catalogue order alone would not put it first.
    EXPECT_EQ(bars.front().trait, traitIndex(catalogue, "dominant"));
    for (size_t i = 1; i < bars.size(); ++i)
        EXPECT_GE(bars[i - 1].swing, bars[i].swing);
    for (const TornadoBar &bar : bars) {
        Profile low = profile;
        low.traits[at(bar.trait)] = 0;
        Profile high = profile;
        high.traits[at(bar.trait)] = 100;
        const FitResult lowResult = engine.score(low);
        const FitResult highResult = engine.score(high);
        const auto margin = [&](const FitResult &r) {
            return r.overall[at(analysis.recommended())] - r.overall[at(analysis.runnerUp())];
        };
        EXPECT_NEAR(bar.low, margin(lowResult), 1e-9);
        EXPECT_NEAR(bar.high, margin(highResult), 1e-9);
        EXPECT_NEAR(bar.swing, std::abs(bar.high - bar.low), 1e-12);
        EXPECT_DOUBLE_EQ(bar.nearFrom, 40.0);
        EXPECT_DOUBLE_EQ(bar.nearTo, 60.0);
        EXPECT_LE(bar.nearSwing, bar.swing + 1e-9);
    }
}

TEST(SensitivityTornado, InHouseCapacityDominatesTheBuiltInCatalogue)
{
    // The catalogue format promises inhouse_capacity is the strongest factor.
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, Profile::defaults(catalogue));
    EXPECT_EQ(analysis.tornado().front().trait, traitIndex(catalogue, "inhouse_capacity"));
}

// ---- Monte Carlo ------------------------------------------------------------------------------------

MonteCarloOptions quickOptions(int samples = 20000, std::uint64_t seed = 99)
{
    MonteCarloOptions options;
    options.samples = samples;
    options.seed = seed;
    return options;
}

TEST(SensitivityMonteCarlo, DeepInsideOneModelsTerritoryWinsAlmostAlways)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const struct {
        const char *file;
        const char *model;
    } cases[] = {{"1-small-office.splitbench.json", "fully_managed"},
                 {"2-manufacturer-with-cio.splitbench.json", "co_managed"}};
    for (const auto &c : cases) {
        const SensitivityAnalysis analysis(engine, loadExample(catalogue, c.file));
        ASSERT_EQ(analysis.recommended(), modelIndex(catalogue, c.model)) << c.file;
        const std::optional<MonteCarloResult> mc = analysis.monteCarlo(quickOptions());
        ASSERT_TRUE(mc);
        EXPECT_GT(mc->winProbability[at(modelIndex(catalogue, c.model))], 0.99) << c.file;
        EXPECT_GT(mc->marginP5, 0.0) << c.file;
    }
}

TEST(SensitivityMonteCarlo, ProfileOnABreakevenIsACoinToss)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    const int capacity = traitIndex(catalogue, "inhouse_capacity");
    const std::vector<Breakeven> breakevens = SensitivityAnalysis(engine, profile).breakevens(capacity);
    ASSERT_EQ(breakevens.size(), 1U);
    profile.traits[at(capacity)] = breakevens.front().value;

    const SensitivityAnalysis onEdge(engine, profile);
    EXPECT_NEAR(onEdge.overall()[0], onEdge.overall()[1], 1e-9);
    const std::optional<MonteCarloResult> mc = onEdge.monteCarlo(quickOptions());
    ASSERT_TRUE(mc);
    EXPECT_NEAR(mc->winProbability[0], 0.5, 0.06);
    EXPECT_NEAR(mc->winProbability[0] + mc->winProbability[1], 1.0, 1e-12);
    EXPECT_NEAR(mc->marginP50, 0.0, 1.0);
}

TEST(SensitivityMonteCarlo, StatisticsAreConsistent)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, loadExample(catalogue, "3-growing-agency.splitbench.json"));
    MonteCarloOptions options = quickOptions(5003); // not a multiple of the chunk size
    options.histogramBins = 25;
    const std::optional<MonteCarloResult> mc = analysis.monteCarlo(options);
    ASSERT_TRUE(mc);
    EXPECT_EQ(mc->samples, 5003);
    EXPECT_EQ(mc->seed, 99U);
    EXPECT_EQ(mc->reference, analysis.recommended());
    double total = 0;
    for (double p : mc->winProbability)
        total += p;
    EXPECT_NEAR(total, 1.0, 1e-12);
    EXPECT_LE(mc->marginMin, mc->marginP5);
    EXPECT_LE(mc->marginP5, mc->marginP50);
    EXPECT_LE(mc->marginP50, mc->marginP95);
    EXPECT_LE(mc->marginP95, mc->marginMax);
    EXPECT_GE(mc->marginMean, mc->marginMin);
    EXPECT_LE(mc->marginMean, mc->marginMax);
    ASSERT_EQ(mc->histogram.counts.size(), 25U);
    int counted = 0;
    for (int count : mc->histogram.counts)
        counted += count;
    EXPECT_EQ(counted, 5003);
    EXPECT_NEAR(mc->histogram.from + 25 * mc->histogram.binWidth, mc->marginMax, 1e-9);
    // The margin is the reference model's lead, so its sign agrees with the win share.
    EXPECT_GT(mc->winProbability[at(mc->reference)], 0.0);
}

TEST(SensitivityMonteCarlo, ZeroUncertaintyReproducesTheProfile)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile profile = loadExample(catalogue, "3-growing-agency.splitbench.json");
    profile.traitUncertainty.assign(catalogue.traits.size(), 0.0);
    profile.importanceUncertainty = 0;
    const SensitivityAnalysis analysis(engine, profile);
    const std::optional<MonteCarloResult> mc = analysis.monteCarlo(quickOptions(1000));
    ASSERT_TRUE(mc);
    EXPECT_DOUBLE_EQ(mc->winProbability[at(analysis.recommended())], 1.0);
    const double margin = analysis.overall()[at(analysis.recommended())] - analysis.overall()[at(analysis.runnerUp())];
    EXPECT_NEAR(mc->marginMin, margin, 1e-9);
    EXPECT_NEAR(mc->marginMax, margin, 1e-9);
    EXPECT_EQ(mc->histogram.counts, std::vector<int>{1000});
}

TEST(SensitivityMonteCarlo, WiderUncertaintyMakesACloseCallLessCertain)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile narrow = Profile::defaults(catalogue);
    narrow.traitUncertainty.assign(catalogue.traits.size(), 2.0);
    Profile wide = narrow;
    wide.traitUncertainty.assign(catalogue.traits.size(), 30.0);
    const std::optional<MonteCarloResult> a = SensitivityAnalysis(engine, narrow).monteCarlo(quickOptions(10000));
    const std::optional<MonteCarloResult> b = SensitivityAnalysis(engine, wide).monteCarlo(quickOptions(10000));
    ASSERT_TRUE(a && b);
    EXPECT_GT(a->winProbability[at(a->reference)], b->winProbability[at(b->reference)] + 0.05);
    EXPECT_GT(b->marginP95 - b->marginP5, a->marginP95 - a->marginP5);
}

TEST(SensitivityMonteCarlo, SameSeedSameResultForAnyThreadCount)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, loadExample(catalogue, "3-growing-agency.splitbench.json"));
    std::vector<MonteCarloResult> results;
    for (int threads : {1, 2, 3, 7}) {
        MonteCarloOptions options = quickOptions(12345, 4242);
        options.threads = threads;
        const std::optional<MonteCarloResult> mc = analysis.monteCarlo(options);
        ASSERT_TRUE(mc);
        results.push_back(*mc);
    }
    for (const MonteCarloResult &r : results) {
        EXPECT_EQ(r.winProbability, results.front().winProbability);
        EXPECT_EQ(r.marginMean, results.front().marginMean);
        EXPECT_EQ(r.marginP5, results.front().marginP5);
        EXPECT_EQ(r.marginP50, results.front().marginP50);
        EXPECT_EQ(r.marginP95, results.front().marginP95);
        EXPECT_EQ(r.histogram.counts, results.front().histogram.counts);
        EXPECT_EQ(r.sentence, results.front().sentence);
    }
    const std::optional<MonteCarloResult> other = analysis.monteCarlo(quickOptions(12345, 4243));
    ASSERT_TRUE(other);
    EXPECT_NE(other->marginMean, results.front().marginMean) << "a different seed must draw different samples";
    EXPECT_NEAR(other->winProbability[0], results.front().winProbability[0], 0.05);
}

TEST(SensitivityMonteCarlo, WholeRunIsDeterministicDownToTheJson)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const Profile profile = loadExample(catalogue, "4-regulated-clinic.splitbench.json");
    SensitivityOptions options;
    options.monteCarlo.seed = 777;
    options.monteCarlo.samples = 3000;
    options.monteCarlo.threads = 1;
    const std::optional<SensitivityResult> a = SensitivityAnalysis(engine, profile).run(options);
    options.monteCarlo.threads = 4;
    const std::optional<SensitivityResult> b = SensitivityAnalysis(engine, profile).run(options);
    ASSERT_TRUE(a && b);
    const QByteArray jsonA = sensitivityToJson(catalogue, profile, *a, {true});
    EXPECT_EQ(jsonA, sensitivityToJson(catalogue, profile, *b, {true}));
    EXPECT_EQ(sensitivityToText(catalogue, profile, *a), sensitivityToText(catalogue, profile, *b));
    const QJsonObject root = QJsonDocument::fromJson(jsonA).object();
    EXPECT_EQ(root.value(QStringLiteral("seed")).toInteger(), 777);
    EXPECT_EQ(root.value(QStringLiteral("samples")).toInt(), 3000);
}

TEST(SensitivityMonteCarlo, CancelStopsAndProgressIsReportedOnTheCallingThread)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const SensitivityAnalysis analysis(engine, Profile::defaults(catalogue));

    std::atomic<bool> cancel{true};
    MonteCarloOptions options = quickOptions(100000);
    options.cancel = &cancel;
    EXPECT_FALSE(analysis.monteCarlo(options));
    SensitivityOptions all;
    all.monteCarlo = options;
    EXPECT_FALSE(analysis.run(all));

    // Cancel half-way through, from the progress callback.
    cancel = false;
    options.threads = 2;
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<double> reported;
    bool onCaller = true;
    options.progress = [&](double fraction) {
        onCaller = onCaller && std::this_thread::get_id() == caller;
        reported.push_back(fraction);
        if (fraction >= 0.5)
            cancel = true;
    };
    EXPECT_FALSE(analysis.monteCarlo(options));
    EXPECT_TRUE(onCaller);
    ASSERT_FALSE(reported.empty());
    EXPECT_LT(reported.back(), 1.0);

    cancel = false;
    reported.clear();
    options.progress = [&](double fraction) {
        onCaller = onCaller && std::this_thread::get_id() == caller;
        reported.push_back(fraction);
    };
    options.samples = 20000;
    EXPECT_TRUE(analysis.monteCarlo(options));
    EXPECT_TRUE(onCaller);
    ASSERT_FALSE(reported.empty());
    EXPECT_DOUBLE_EQ(reported.back(), 1.0);
    for (size_t i = 1; i < reported.size(); ++i)
        EXPECT_GE(reported[i], reported[i - 1]);
}

// ---- Head to head -------------------------------------------------------------------------------------

TEST(SensitivityHeadToHead, StrengthsExplainTheMargin)
{
    const Catalogue &catalogue = miniCatalogue();
    const FitEngine engine(catalogue);
    Loaded<Profile> loaded =
        Profile::load(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-profile.splitbench.json"), catalogue);
    ASSERT_TRUE(loaded.ok());
    Profile profile = std::move(loaded).value();
    profile.traits[at(traitIndex(catalogue, "pricing"))] = 100; // makes fully managed win in support
    profile.traits[at(traitIndex(catalogue, "capacity"))] = 40;
    const SensitivityAnalysis analysis(engine, profile);
    const HeadToHead h2h = analysis.headToHead(3);
    EXPECT_EQ(h2h.first, modelIndex(catalogue, "co_managed"));
    EXPECT_EQ(h2h.second, modelIndex(catalogue, "fully_managed"));
    ASSERT_FALSE(h2h.firstStrengths.empty());
    ASSERT_FALSE(h2h.secondStrengths.empty());
    EXPECT_EQ(h2h.firstStrengths.front().dimension, catalogue.dimensionIndex(QStringLiteral("security")));
    EXPECT_EQ(h2h.secondStrengths.front().dimension, catalogue.dimensionIndex(QStringLiteral("support")));
    double explained = 0;
    for (const DimensionEdge &e : h2h.firstStrengths) {
        EXPECT_GT(e.points, 0);
        EXPECT_GT(e.fitFirst, e.fitSecond);
        explained += e.points;
    }
    for (const DimensionEdge &e : h2h.secondStrengths) {
        EXPECT_LT(e.points, 0);
        EXPECT_LT(e.fitFirst, e.fitSecond);
        explained += e.points;
    }
    // Three dimensions, all listed: their contributions add up to the whole margin.
    EXPECT_NEAR(explained, analysis.overall()[at(h2h.first)] - analysis.overall()[at(h2h.second)], 1e-9);
    EXPECT_TRUE(
        h2h.firstSentence.startsWith(QStringLiteral("Co-managed wins most against Fully managed in Security (fit ")))
        << h2h.firstSentence.toStdString();
    EXPECT_TRUE(
        h2h.secondSentence.startsWith(QStringLiteral("Fully managed does better than Co-managed in End User Support")))
        << h2h.secondSentence.toStdString();
}

// ---- What would change the answer -------------------------------------------------------------------

/// Smallest |change| of one trait that changes the engine's recommendation, by brute force (step 0.01).
double bruteForceTraitChange(const FitEngine &engine, const Profile &profile, int trait)
{
    const int current = engine.score(profile).recommended;
    const double x = profile.traits[at(trait)];
    for (int i = 1; i <= 10000; ++i) {
        const double d = i * 0.01;
        if ((x - d >= 0 && leaderWithTrait(engine, profile, trait, x - d) != current) ||
            (x + d <= 100 && leaderWithTrait(engine, profile, trait, x + d) != current))
            return d;
    }
    return std::numeric_limits<double>::infinity();
}

TEST(SensitivityChangeToFlip, SmallestTraitChangeIsTheTrueMinimum)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    for (const ExampleProfile &example : builtInExamples(catalogue)) {
        const SensitivityAnalysis analysis(engine, example.profile);
        const ChangeToFlip change = analysis.changeToFlip();
        double smallest = std::numeric_limits<double>::infinity();
        for (int t = 0; t < static_cast<int>(catalogue.traits.size()); ++t)
            smallest = std::min(smallest, bruteForceTraitChange(engine, example.profile, t));
        if (std::isinf(smallest)) {
            EXPECT_FALSE(change.trait) << qPrintable(example.resourcePath);
            continue;
        }
        ASSERT_TRUE(change.trait) << qPrintable(example.resourcePath);
        const TraitChange &c = *change.trait;
        EXPECT_NEAR(std::abs(c.to - c.from), smallest, 0.0101) << qPrintable(example.resourcePath);
        const double beyond = c.to + (c.to < c.from ? -1e-3 : 1e-3);
        EXPECT_EQ(leaderWithTrait(engine, example.profile, c.trait, beyond), c.newLeader);
        EXPECT_NE(c.newLeader, analysis.recommended());
        EXPECT_TRUE(change.traitSentence.contains(catalogue.traits[at(c.trait)].name));
    }
}

TEST(SensitivityChangeToFlip, SmallestImportanceChangeIsExactAndMinimal)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    const Profile profile = loadExample(catalogue, "3-growing-agency.splitbench.json"); // a close call
    const SensitivityAnalysis analysis(engine, profile);
    const ChangeToFlip change = analysis.changeToFlip();
    ASSERT_TRUE(change.importance);
    const ImportanceChange &c = *change.importance;
    EXPECT_DOUBLE_EQ(c.from, profile.importance[at(c.dimension)]);
    EXPECT_GE(c.to, 0.0);
    EXPECT_LE(c.to, Profile::kMaxImportance);
    const double direction = c.to > c.from ? 1.0 : -1.0;
    EXPECT_EQ(leaderWithImportance(engine, profile, c.dimension, c.to + direction * 1e-6), c.newLeader);
    EXPECT_EQ(leaderWithImportance(engine, profile, c.dimension, c.to - direction * 1e-6), analysis.recommended());
    EXPECT_NEAR(c.factor(), c.to / c.from, 1e-12);
    EXPECT_TRUE(change.importanceSentence.contains(catalogue.dimensions[at(c.dimension)].name));

    // Brute force: no dimension flips with a smaller change of its weight.
    for (int d = 0; d < static_cast<int>(catalogue.dimensions.size()); ++d)
        for (int i = 0; i <= 10000; ++i) {
            const double w = i * 0.001;
            if (std::abs(w - profile.importance[at(d)]) < std::abs(c.delta()) - 0.0011) {
                EXPECT_EQ(leaderWithImportance(engine, profile, d, w), analysis.recommended())
                    << "dimension " << d << " weight " << w;
            }
        }
}

TEST(SensitivityChangeToFlip, NothingFlipsWhenOneModelWinsEverywhere)
{
    // In the mini catalogue at capacity 80, co-managed wins every dimension: no importance change helps.
    const Catalogue &catalogue = miniCatalogue();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    profile.traits[at(traitIndex(catalogue, "capacity"))] = 80;
    const ChangeToFlip change = SensitivityAnalysis(engine, profile).changeToFlip();
    EXPECT_FALSE(change.importance);
    EXPECT_EQ(
        change.importanceSentence,
        QStringLiteral(
            "No change to the importance of a single dimension (within 0 to 10) makes Co-managed lose its lead."));
    ASSERT_TRUE(change.trait);
    EXPECT_EQ(change.trait->trait, traitIndex(catalogue, "capacity"));
    EXPECT_NEAR(change.trait->to, 27.5, 1e-9);
    EXPECT_EQ(change.traitSentence,
              QStringLiteral(
                  "Lowering In-house capacity from 80 to below 27.5 would make Fully managed the recommendation."));
}

/// The number after `marker` in `sentence` ("falls below 28.9" → 28.9), or NaN.
double numberAfter(const QString &sentence, const QString &marker)
{
    const qsizetype start = sentence.indexOf(marker);
    if (start < 0)
        return std::numeric_limits<double>::quiet_NaN();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?")).match(sentence.mid(start + marker.size()));
    return match.hasMatch() ? match.captured(0).toDouble() : std::numeric_limits<double>::quiet_NaN();
}

TEST(SensitivitySentences, PrintedThresholdsStayTrueAfterRounding)
{
    // "B takes over from A if T falls below X": just under X, B leads (and so on for "rises above X"). "Lowering T
    // to below X would make B the recommendation": just under X, B leads. Rounding must never make a claim false.
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    int checked = 0;
    for (const ExampleProfile &example : builtInExamples(catalogue)) {
        const SensitivityAnalysis analysis(engine, example.profile);
        for (int t = 0; t < static_cast<int>(catalogue.traits.size()); ++t) {
            const TraitSweep sweep = analysis.sweep(t);
            for (const QString &marker : {QStringLiteral("falls below "), QStringLiteral("rises above ")}) {
                const double x = numberAfter(sweep.sentence, marker);
                if (std::isnan(x))
                    continue;
                ++checked;
                const bool below = marker == QStringLiteral("falls below ");
                const std::optional<Takeover> &takeover = below ? sweep.takeovers.below : sweep.takeovers.above;
                ASSERT_TRUE(takeover.has_value()) << sweep.sentence.toStdString();
                EXPECT_NE(takeover->model, analysis.recommended());
                EXPECT_EQ(leaderWithTrait(engine, example.profile, t, below ? x - 0.01 : x + 0.01), takeover->model)
                    << sweep.sentence.toStdString();
                EXPECT_LT(std::abs(x - takeover->value), 0.1) << sweep.sentence.toStdString();
            }
        }
        const ChangeToFlip change = analysis.changeToFlip();
        if (change.trait) {
            const double below = numberAfter(change.traitSentence, QStringLiteral("to below "));
            const double above = numberAfter(change.traitSentence, QStringLiteral("to above "));
            ASSERT_FALSE(std::isnan(below) && std::isnan(above)) << change.traitSentence.toStdString();
            const double x = std::isnan(below) ? above + 0.01 : below - 0.01;
            EXPECT_EQ(leaderWithTrait(engine, example.profile, change.trait->trait, x), change.trait->newLeader)
                << change.traitSentence.toStdString();
        }
        if (change.importance) {
            const double below = numberAfter(change.importanceSentence, QStringLiteral("to below "));
            const double above = numberAfter(change.importanceSentence, QStringLiteral("to above "));
            if (!std::isnan(below) || !std::isnan(above)) {
                const double x = std::isnan(below) ? above + 0.001 : below - 0.001;
                EXPECT_EQ(leaderWithImportance(engine, example.profile, change.importance->dimension, x),
                          change.importance->newLeader)
                    << change.importanceSentence.toStdString();
            }
        }
    }
    EXPECT_GE(checked, 10);
}

TEST(SensitivityFormat, ValuesReadNaturallyAndThresholdsRoundTheSafeWay)
{
    EXPECT_EQ(formatValue(28.0), QStringLiteral("28"));
    EXPECT_EQ(formatValue(27.96), QStringLiteral("28"));
    EXPECT_EQ(formatValue(27.5), QStringLiteral("27.5"));
    EXPECT_EQ(formatValue(-0.01), QStringLiteral("0"));
    EXPECT_EQ(formatValue(28.8816, 1, Rounding::Down), QStringLiteral("28.8"));
    EXPECT_EQ(formatValue(28.8816, 1, Rounding::Up), QStringLiteral("28.9"));
    EXPECT_EQ(formatValue(27.5000000001, 1, Rounding::Up), QStringLiteral("27.5"));
    EXPECT_EQ(formatValue(27.4999999999, 1, Rounding::Down), QStringLiteral("27.5"));
    EXPECT_EQ(formatValue(0.497, 2, Rounding::Down), QStringLiteral("0.49"));
    EXPECT_EQ(formatValue(1.0, 2), QStringLiteral("1"));
    EXPECT_EQ(formatValue(3.4, 2), QStringLiteral("3.4"));
}

TEST(SensitivityFormat, ValuesFollowTheDefaultLocale)
{
    struct DefaultLocale {
        explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
        ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
    } german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(formatValue(27.5), QStringLiteral("27,5"));
    EXPECT_EQ(formatValue(27.96), QStringLiteral("28"));
    EXPECT_EQ(formatValue(0.497, 2, Rounding::Down), QStringLiteral("0,49"));
    EXPECT_EQ(formatValue(-0.01), QStringLiteral("0"));
    EXPECT_EQ(formatDecimal(-0.04, 1), QStringLiteral("0,0"));
    EXPECT_EQ(formatDecimal(-1.26, 1), QStringLiteral("-1,3"));
    EXPECT_EQ(formatDecimal(12345.678, 1), QStringLiteral("12345,7")); // no group separator
}

// ---- Three models: the runner-up is a near copy, a third model is the real threat -------------------------

TEST(SensitivityThreeModels, TheThirdModelIsNamedAsTakingOverAtTheRightValue)
{
    const ThreeModels three = threeModels();
    const FitEngine engine(three.catalogue);
    const SensitivityAnalysis analysis(engine, three.profile);
    const int acme = modelIndex(three.catalogue, "acme");
    const int co = modelIndex(three.catalogue, "co_managed");
    const int fm = modelIndex(three.catalogue, "fully_managed");
    ASSERT_EQ(analysis.recommended(), acme);
    ASSERT_EQ(analysis.runnerUp(), co); // the near copy: 0.04 points behind
    const int capacity = traitIndex(three.catalogue, "inhouse_capacity");

    const Takeovers takeovers = analysis.takeovers(capacity);
    ASSERT_TRUE(takeovers.below.has_value());
    ASSERT_TRUE(takeovers.above.has_value());
    EXPECT_EQ(takeovers.below->model, fm); // not the runner-up
    EXPECT_EQ(takeovers.above->model, co);
    // Re-scored just either side of each value: the named model takes over exactly there.
    const double eps = 1e-4;
    EXPECT_EQ(leaderWithTrait(engine, three.profile, capacity, takeovers.below->value + eps), acme);
    EXPECT_EQ(leaderWithTrait(engine, three.profile, capacity, takeovers.below->value - eps), fm);
    EXPECT_EQ(leaderWithTrait(engine, three.profile, capacity, takeovers.above->value - eps), acme);
    EXPECT_EQ(leaderWithTrait(engine, three.profile, capacity, takeovers.above->value + eps), co);
    EXPECT_NEAR(takeovers.below->value, 41.355, 1e-3);

    const TraitSweep sweep = analysis.sweep(capacity);
    EXPECT_EQ(sweep.takeovers.below->model, fm);
    EXPECT_EQ(sweep.sentence, QStringLiteral("Fully managed takes over from Acme if In-house IT capacity falls below "
                                             "41.3, Co-managed if In-house IT capacity rises above 84.4."));

    // What would change the answer: the nearest change of all, and the nearest for each other model.
    const ChangeToFlip change = analysis.changeToFlip();
    ASSERT_TRUE(change.trait.has_value());
    EXPECT_EQ(change.trait->newLeader, fm);
    EXPECT_EQ(change.trait->trait, capacity);
    ASSERT_EQ(change.traitPerModel.size(), 3U);
    EXPECT_FALSE(change.traitPerModel[at(acme)].has_value());
    ASSERT_TRUE(change.traitPerModel[at(fm)].has_value());
    EXPECT_NEAR(change.traitPerModel[at(fm)]->to, takeovers.below->value, 1e-12);
    ASSERT_TRUE(change.traitPerModel[at(co)].has_value());
    EXPECT_EQ(change.modelsSentence,
              QStringLiteral("Closest single-trait change that puts each other model on top: Fully managed if In-house "
                             "IT capacity falls below 41.3 (now 45); Co-managed if In-house IT capacity rises above "
                             "84.4 (now 45)."));
    // With two models the per-model sentence would only repeat the trait sentence.
    const SensitivityAnalysis two(FitEngine(Catalogue::builtIn()), loadExample(Catalogue::builtIn(),
                                                                               "4-regulated-clinic.splitbench.json"));
    EXPECT_TRUE(two.changeToFlip().modelsSentence.isEmpty());
}

TEST(SensitivityThreeModels, TornadoMeasuresTheLeadOverTheBestOtherModel)
{
    const ThreeModels three = threeModels();
    const FitEngine engine(three.catalogue);
    const SensitivityAnalysis analysis(engine, three.profile);
    const int fm = modelIndex(three.catalogue, "fully_managed");
    const int capacity = traitIndex(three.catalogue, "inhouse_capacity");
    const std::vector<TornadoBar> bars = analysis.tornado(10);
    ASSERT_EQ(bars.size(), three.catalogue.traits.size());
    // The margin over the near copy is 0.04 points whatever the trait: compared with the runner-up only, every
    // bar had (almost) no width. Against the best other model, capacity shows Fully managed far ahead at 0.
    EXPECT_EQ(bars.front().trait, capacity);
    EXPECT_GT(bars.front().swing, 20.0);
    EXPECT_LT(bars.front().low, -20.0);
    EXPECT_EQ(bars.front().lowRival, fm);
    int moving = 0;
    for (const TornadoBar &bar : bars) {
        moving += bar.swing >= 0.5 ? 1 : 0;
        // Each end recomputed from the engine: the recommendation's lead over the best of the others.
        for (const auto &[value, margin, rival] : {std::tuple{0.0, bar.low, bar.lowRival},
                                                   std::tuple{100.0, bar.high, bar.highRival},
                                                   std::tuple{bar.nearFrom, bar.nearLow, bar.nearLowRival},
                                                   std::tuple{bar.nearTo, bar.nearHigh, bar.nearHighRival}}) {
            std::vector<double> traits = three.profile.traits;
            traits[at(bar.trait)] = value;
            std::vector<double> overall(at(engine.modelCount()));
            engine.overallFit(traits, three.profile.importance, overall);
            double best = -1;
            for (int m = 0; m < engine.modelCount(); ++m)
                if (m != analysis.recommended())
                    best = std::max(best, overall[at(m)]);
            EXPECT_NEAR(margin, overall[at(analysis.recommended())] - best, 1e-9);
            ASSERT_GE(rival, 0);
            EXPECT_NE(rival, analysis.recommended());
            EXPECT_DOUBLE_EQ(overall[at(rival)], best);
        }
    }
    EXPECT_GE(moving, 5) << "the tornado hides the traits that let Fully managed take over";
}

TEST(SensitivitySentences, EveryViewPrintsABreakevenTheSameWay)
{
    // One breakeven once read 27.7 in the table and 27.8 in a sentence a few lines lower: each view rounded it its
    // own way. The sweep sentence, the CLI table, "what would change the answer" and the per-model sentence must
    // all print formatBreakeven() of it.
    const ThreeModels three = threeModels();
    std::vector<std::pair<Catalogue, Profile>> cases;
    for (const ExampleProfile &example : builtInExamples(Catalogue::builtIn()))
        cases.emplace_back(Catalogue::builtIn(), example.profile);
    cases.emplace_back(three.catalogue, three.profile);
    int compared = 0;
    for (const auto &[catalogue, profile] : cases) {
        const SensitivityAnalysis analysis(FitEngine(catalogue), profile);
        SensitivityOptions options;
        options.monteCarlo.samples = 100;
        const std::optional<SensitivityResult> result = analysis.run(options);
        ASSERT_TRUE(result.has_value());
        const QStringList lines = sensitivityToText(catalogue, profile, *result).split(u'\n');
        for (const TraitSweep &sweep : result->sweeps) {
            if (sweep.breakevens.empty())
                continue;
            const QString name = catalogue.traits[at(sweep.trait)].name;
            QString row;
            for (const QString &line : lines)
                if (line.startsWith(QStringLiteral("  ") + name.left(29) + u' ') && line.contains(u'('))
                    row = line;
            const QStringList flips = row.mid(2 + 30 + 6 + 3).split(QStringLiteral("; "));
            ASSERT_EQ(flips.size(), static_cast<qsizetype>(sweep.breakevens.size())) << row.toStdString();
            for (size_t i = 0; i < sweep.breakevens.size(); ++i) {
                const Breakeven &b = sweep.breakevens[i];
                const QString shown = formatBreakeven(b.value, sweep.current);
                EXPECT_TRUE(flips[static_cast<qsizetype>(i)].startsWith(shown + QStringLiteral(" ("))) << row.toStdString();
                ++compared;
                const QString side = b.value < sweep.current ? QStringLiteral("falls below ") : QStringLiteral("rises above ");
                const std::optional<Takeover> &takeover =
                    b.value < sweep.current ? sweep.takeovers.below : sweep.takeovers.above;
                if (takeover && takeover->value == b.value && shown != QStringLiteral("0") &&
                    shown != QStringLiteral("100")) {
                    EXPECT_TRUE(sweep.sentence.contains(name + u' ' + side + shown)) << sweep.sentence.toStdString();
                }
            }
        }
        if (const std::optional<TraitChange> &c = result->changeToFlip.trait;
            c && formatBreakeven(c->to, c->from) != QStringLiteral("0") &&
            formatBreakeven(c->to, c->from) != QStringLiteral("100")) {
            const QString shown = formatBreakeven(c->to, c->from);
            EXPECT_EQ(QString::number(numberAfter(result->changeToFlip.traitSentence,
                                                  c->to < c->from ? QStringLiteral("to below ")
                                                                  : QStringLiteral("to above "))),
                      shown)
                << result->changeToFlip.traitSentence.toStdString();
            // The same breakeven in the sweep sentence of its trait reads the same.
            const TraitSweep &sweep = result->sweeps[at(c->trait)];
            const double inSweep = numberAfter(sweep.sentence, c->to < c->from ? QStringLiteral("falls below ")
                                                                               : QStringLiteral("rises above "));
            EXPECT_EQ(QString::number(inSweep), shown) << sweep.sentence.toStdString();
            ++compared;
        }
    }
    EXPECT_GE(compared, 20);
}

} // namespace
