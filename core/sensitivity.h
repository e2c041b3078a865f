// How firm a recommendation is: breakevens per trait, tornado, Monte Carlo robustness, head to head, flips.
#pragma once

#include "cost_formats.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "profile.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace splitbench {

/// A trait value at which the leading model changes (see docs/sensitivity.md).
struct Breakeven {
    double value = 0;     ///< Trait value, 0..100; exact up to floating-point rounding (about 1e-9).
    int leaderBelow = -1; ///< Model that leads just below `value`.
    int leaderAbove = -1; ///< Model that leads just above `value`.
};

/// Where, moving one trait away from the profile's value, the recommended model first loses the lead, and to
/// whom: the nearest breakeven on that side, among every model of the catalogue (not just the runner-up).
struct Takeover {
    double value = 0; ///< The breakeven (exact; see Breakeven::value).
    int model = -1;   ///< The model that leads just past it, seen from the profile's value.
};

/// The nearest takeover on each side of the profile's value of one trait (none where the recommendation holds
/// all the way to 0 or to 100).
struct Takeovers {
    std::optional<Takeover> below; ///< Lowering the trait: the first model to overtake, and at which value.
    std::optional<Takeover> above; ///< Raising the trait.
};

/// One trait swept over 0..100 with every other input held at the profile's values.
struct TraitSweep {
    int trait = -1;
    double current = 0;                       ///< The profile's value of the trait.
    std::vector<double> positions;            ///< Where the curve was sampled: 0, step, 2·step, …, 100.
    std::vector<std::vector<double>> overall; ///< [model][position]: overall fit along the sweep.
    std::vector<Breakeven> breakevens;        ///< Every change of the leading model, ascending.
    Takeovers takeovers;                      ///< Who takes over first on each side of `current`, and where.
    QString sentence; ///< e.g. "Fully managed takes over from Co-managed if In-house IT capacity falls below 27.7."
};

/// One bar of the tornado chart: how far one trait moves the recommended model's lead over the best of all
/// the other models (whichever that is at each point), so a near-identical copy of the recommendation does not
/// hide a third model that takes over.
struct TornadoBar {
    int trait = -1;
    double low = 0;       ///< Margin (recommended − best other model) with the trait at 0.
    double high = 0;      ///< Margin with the trait at 100.
    double swing = 0;     ///< |high − low|: the bar's length; bars are sorted by it.
    double nearFrom = 0;  ///< The window around the current value: max(0, current − window) …
    double nearTo = 0;    ///< … min(100, current + window).
    double nearLow = 0;   ///< Margin with the trait at nearFrom.
    double nearHigh = 0;  ///< Margin with the trait at nearTo.
    double nearSwing = 0; ///< |nearHigh − nearLow|.
    /// The best other model at each of those points: the one that leads there when the margin is negative.
    int lowRival = -1;
    int highRival = -1;
    int nearLowRival = -1;
    int nearHighRival = -1;
};

/// Equal-width histogram of the Monte Carlo margins, for charts.
struct MarginHistogram {
    double from = 0;     ///< Lower edge of the first bin (the smallest margin).
    double binWidth = 0; ///< 0 when every sample had the same margin (then one bin holds them all).
    std::vector<int> counts;
};

/// How the recommendation holds up when traits and importance vary within the profile's uncertainty.
struct MonteCarloResult {
    int samples = 0;
    std::uint64_t seed = 0;
    int reference = -1;                 ///< The profile's recommended model; `margin*` measure its lead.
    std::vector<double> winProbability; ///< Per model: share of samples in which it was recommended.
    /// Margin statistics: the reference model's overall fit minus the best other model's, per sample
    /// (negative where another model was recommended).
    double marginMean = 0;
    double marginP5 = 0;
    double marginP50 = 0;
    double marginP95 = 0;
    double marginMin = 0;
    double marginMax = 0;
    MarginHistogram histogram;
    QString sentence; ///< e.g. "Co-managed is recommended in 87% of 20,000 variations of this profile …"

    // --- Cost (see docs/sensitivity.md, "Price uncertainty")
    double priceUncertaintyPercent = 0; ///< The ± range the samples drew prices and the salary from (0: off).
    int costTermMonths = 36;            ///< The term the totals were compared over (the recommended model's).
    int cheapestAtTodaysPrices = -1;    ///< The model that costs least with no price uncertainty.
    /// Per model: share of samples in which it cost least over costTermMonths (first on ties). With no price
    /// uncertainty the cheapest model at today's prices has 1.
    std::vector<double> cheapestProbability;
    QString costSentence; ///< e.g. "With provider prices and the IT salary within ±20%, Co-managed costs least in …"
};

/// One dimension in the head-to-head comparison of the two leading models.
struct DimensionEdge {
    int dimension = -1;
    double fitFirst = 0;  ///< Fit of the recommended model in this dimension, 0..100.
    double fitSecond = 0; ///< Fit of the runner-up.
    double points = 0;    ///< Importance-weighted contribution to the overall margin (first − second).
};

/// Where each of the two leading models wins most.
struct HeadToHead {
    int first = -1;                             ///< The recommended model.
    int second = -1;                            ///< The runner-up.
    std::vector<DimensionEdge> firstStrengths;  ///< Where `first` wins most (the runner-up's weaknesses).
    std::vector<DimensionEdge> secondStrengths; ///< Where `second` wins most (the recommendation's weaknesses).
    QString firstSentence;
    QString secondSentence;
};

/// The smallest change of a single trait that changes the recommendation.
struct TraitChange {
    int trait = -1;
    double from = 0;    ///< Current value.
    double to = 0;      ///< The breakeven: any value beyond it changes the recommendation.
    int newLeader = -1; ///< Recommended once the trait is past `to`.
};

/// The smallest change of one dimension's importance (within 0..10) that changes the recommendation.
struct ImportanceChange {
    int dimension = -1;
    double from = 0; ///< Current importance.
    double to = 0;   ///< The breakeven weight; any weight beyond it changes the recommendation.
    int newLeader = -1;
    /// Additive change to − from, the measure by which changes are ranked.
    [[nodiscard]] double delta() const { return to - from; }
    /// Multiplicative change to / from; 0 when the current importance is 0.
    [[nodiscard]] double factor() const { return from > 0 ? to / from : 0.0; }
};

/// What would change the answer, as data and as sentences.
struct ChangeToFlip {
    std::optional<TraitChange> trait;
    std::optional<ImportanceChange> importance;
    /// Per model (indexed like the catalogue): the smallest single-trait change that makes it the recommendation;
    /// nullopt for the recommended model and for models no single trait brings to the top.
    std::vector<std::optional<TraitChange>> traitPerModel;
    QString traitSentence;
    QString importanceSentence;
    /// With three or more models: which other model takes over first and where, e.g. "Other models that a single
    /// trait puts on top: Fully managed if In-house IT capacity falls below 40.3; …". Empty with two models.
    QString modelsSentence;
    /// Cost breakevens of the recommended model with the runner-up, and with the cheapest model when that is a
    /// third one (users and salary at which the two cost the same; see cost_formats.h).
    std::vector<CostBreakevens> cost;
    QString costSentence; ///< The sentences of `cost`, one after the other.
};

struct MonteCarloOptions {
    static constexpr int kDefaultSamples = 20000;
    static constexpr int kMaxSamples = 10'000'000;
    static constexpr std::uint64_t kDefaultSeed = 1;

    int samples = kDefaultSamples;
    std::uint64_t seed = kDefaultSeed;
    int threads = 0; ///< Worker threads; 0 means one per hardware thread. Never changes the result.
    int histogramBins = 40;
    static constexpr double kMaxPriceUncertaintyPercent = 90;
    /// ± this many percent on each model's provider prices (fees, modules, onboarding; drawn per model) and on
    /// the IT salary (one draw per sample), 0 to kMaxPriceUncertaintyPercent; 0 turns price uncertainty off.
    /// Drawn from a second generator per chunk, so the fit's samples and win probability never change with it
    /// and results still depend on the seed only.
    double priceUncertaintyPercent = 0;
    /// Checked between chunks of samples; when it becomes true the analysis stops and returns nothing.
    const std::atomic<bool> *cancel = nullptr;
    /// Called with the fraction done (0..1), always on the thread that started the analysis.
    std::function<void(double)> progress;
};

struct SensitivityOptions {
    MonteCarloOptions monteCarlo;
    double sweepStep = 0.5;    ///< Spacing of the sweep curves (breakevens are found exactly regardless).
    double tornadoWindow = 10; ///< ±N trait points around the current value for the near swing.
    int strengthsPerSide = 3;  ///< Dimensions listed for each model in the head-to-head.
};

/// Everything the Sensitivity view, the report page and `splitbench-cli sensitivity` show.
struct SensitivityResult {
    std::vector<double> overall; ///< The profile's overall fit per model.
    int recommended = 0;
    int runnerUp = 1;
    double margin = 0;
    std::vector<TraitSweep> sweeps;  ///< Per trait, in catalogue order.
    std::vector<TornadoBar> tornado; ///< Largest swing first.
    double tornadoWindow = 10;       ///< The ± window of TornadoBar::nearSwing.
    MonteCarloResult monteCarlo;
    HeadToHead headToHead;
    ChangeToFlip changeToFlip;
};

/**
 * Sensitivity analysis of one profile. The fit is piecewise linear in each trait and a ratio of linear
 * functions in each importance weight, so breakevens are solved exactly rather than searched for.
 * Monte Carlo samples are drawn in fixed chunks with one seeded generator per chunk, so results depend
 * on the seed only, never on the thread count. Cheap parts (sweep, tornado, head to head, flips) take
 * about a millisecond and can run on the GUI thread; run the Monte Carlo part (or run()) off it.
 */
class SensitivityAnalysis final {
public:
    /// Keeps its own copies (cheap: catalogue text is implicitly shared), so an analysis can be handed to
    /// a worker thread. `profile` must be sized for engine.catalogue().
    SensitivityAnalysis(FitEngine engine, Profile profile);

    [[nodiscard]] const FitEngine &engine() const { return m_engine; }
    [[nodiscard]] const std::vector<double> &overall() const { return m_overall; }
    [[nodiscard]] int recommended() const { return m_recommended; }
    [[nodiscard]] int runnerUp() const { return m_runnerUp; }
    /// The profile's cost model, and the term costs are compared over (the recommended model's own term).
    [[nodiscard]] const CostModel &costModel() const { return m_costs; }
    [[nodiscard]] int costTerm() const { return m_costTerm; }
    /// The model that costs least over costTerm() at today's prices (first on ties).
    [[nodiscard]] int cheapest() const { return m_cheapest; }
    /// Cost breakevens of the recommended model with the runner-up and with the cheapest model, and a sentence.
    [[nodiscard]] std::pair<std::vector<CostBreakevens>, QString> costBreakevens() const;

    /// Every value of `trait` in 0..100 at which the leading model changes, ascending; every model counts.
    [[nodiscard]] std::vector<Breakeven> breakevens(int trait) const;
    /// Which model first overtakes the recommendation as `trait` moves down or up from its value, and where.
    [[nodiscard]] Takeovers takeovers(int trait) const;
    /// Breakevens plus the overall fit of every model sampled every `step` points, and a sentence.
    [[nodiscard]] TraitSweep sweep(int trait, double step = 0.5) const;
    /// One bar per trait, sorted by swing (largest first; catalogue order on ties).
    [[nodiscard]] std::vector<TornadoBar> tornado(double window = 10) const;
    /// The two leading models compared dimension by dimension; at most `perSide` dimensions each.
    [[nodiscard]] HeadToHead headToHead(int perSide = 3) const;
    /// The smallest single-trait change and the smallest single-importance change that flip the answer.
    [[nodiscard]] ChangeToFlip changeToFlip() const;
    /// Robustness under uncertainty; nullopt if cancelled.
    [[nodiscard]] std::optional<MonteCarloResult> monteCarlo(const MonteCarloOptions &options) const;
    /// All of the above; nullopt if cancelled.
    [[nodiscard]] std::optional<SensitivityResult> run(const SensitivityOptions &options) const;

    /// The model leading at the given inputs (first on ties), computed without allocation.
    [[nodiscard]] int leaderAt(std::span<const double> traits, std::span<const double> importance) const;

private:
    /// The recommended model's lead over the best other model with `trait` at `value`, and that model.
    [[nodiscard]] std::pair<double, int> marginWithTrait(int trait, double value) const;
    [[nodiscard]] std::optional<ImportanceChange> importanceFlip(int dimension) const;
    [[nodiscard]] ChangeToFlip changeToFlipFrom(const std::vector<std::vector<Breakeven>> &breakevensPerTrait) const;
    [[nodiscard]] QString sweepSentence(int trait, const std::vector<Breakeven> &breakevens) const;
    [[nodiscard]] Takeovers takeoversFrom(const std::vector<Breakeven> &breakevens, double current) const;

    FitEngine m_engine;
    Profile m_profile;
    std::vector<double> m_overall;
    int m_recommended = 0;
    int m_runnerUp = 1;
    CostModel m_costs;
    int m_costTerm = 36;
    int m_cheapest = 0;
    /// Per model over m_costTerm: the total is provider × (price factor) + staff × (salary factor) + the rest,
    /// so a Monte Carlo sample prices every model without calling the cost model.
    std::vector<double> m_providerCost;
    std::vector<double> m_salaryCost;
    std::vector<double> m_otherCost;
    Q_DECLARE_TR_FUNCTIONS(splitbench::SensitivityAnalysis)
};

/// Which way a threshold is rounded for a sentence, so that the sentence stays true after rounding
/// ("until it falls below 28.9" rounds up, "lowering it below 28.8 would" rounds down).
enum class Rounding { Nearest, Down, Up };

/// A number as the sentences show it: at most `decimals` decimals, without trailing zeros ("28", "27.5").
QString formatValue(double value, int decimals = 1, Rounding rounding = Rounding::Nearest);

/// The one way every view (sentences, CLI table, sweep chart, report) prints a breakeven of a trait whose
/// profile value is `current`: one decimal, rounded away from `current` (to the side where the other model
/// leads), so "… if it falls below 27.7" stays true and the same breakeven never reads 27.7 in one place and
/// 27.8 in another. A breakeven within 0.05 of `current` is rounded to the nearest.
QString formatBreakeven(double value, double current);

} // namespace splitbench
