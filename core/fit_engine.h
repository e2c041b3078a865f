// Scores how well each service model fits an organisation profile, dimension by dimension, with reasons.
#pragma once

#include "catalogue.h"
#include "profile.h"

#include <span>

namespace splitbench {

/// How much one trait pushed a dimension's desired in-house share away from its base.
struct TraitContribution {
    int trait = -1;
    double points = 0; ///< Signed percentage points of in-house share.
};

struct DimensionFit {
    double desiredInternalShare = 0;        ///< 0..100: what the profile suggests keeping in-house.
    std::vector<double> modelInternalShare; ///< Per model: what the model keeps in-house.
    std::vector<double> fit;                ///< Per model, 0..100.
    std::vector<TraitContribution> drivers; ///< Largest first; only non-zero contributions.
    QString explanation;                    ///< Plain words, one or two sentences.
};

/// A dimension's pull towards the recommended model compared with the runner-up.
struct ResultDriver {
    int dimension = -1;
    double contribution = 0; ///< Points of the overall margin this dimension accounts for.
};

struct FitResult {
    /// Margins below this many points are a tie: the one-decimal figures people see cannot tell the two
    /// leading models apart, so there is no clear recommendation.
    static constexpr double kTieMargin = 0.05;
    /// At most this many dimensions decide a recommendation (in the banner and the summary).
    static constexpr int kMaxDecidingDimensions = 3;

    std::vector<double> overall;         ///< Per model, importance-weighted mean fit, 0..100.
    std::vector<DimensionFit> dimensions;
    int recommended = 0;                 ///< Model index with the highest overall fit (lowest index on ties).
    int runnerUp = 1;
    double margin = 0;                   ///< overall[recommended] − overall[runnerUp].
    std::vector<ResultDriver> drivers;   ///< Dimensions that favour the recommendation most, largest first.
    QString summary;                     ///< One paragraph for the banner and the report.

    /// How the two leading models differ whatever the profile.
    enum class Leaders {
        Differ,    ///< Some dimension's in-house share differs: some profile tells them apart.
        FitAlike,  ///< Activities split differently, but the same in-house share in every dimension.
        Identical, ///< Every activity split the same way (owner, share, RACI): a fresh duplicate, say.
    };
    Leaders leaders = Leaders::Differ;
    /// A tie that no slider and no importance can break: the two leading models keep the same in-house share
    /// in every dimension (FitEngine::fitAlike()), so they fit every profile equally.
    [[nodiscard]] bool isTieForEveryProfile() const { return leaders != Leaders::Differ; }

    /// No clear recommendation: the two leading models are level (margin below kTieMargin).
    [[nodiscard]] bool isTie() const { return margin < kTieMargin; }
    /// The dimensions that decide the recommendation, largest pull first: up to kMaxDecidingDimensions of
    /// `drivers` that favour the recommendation by more than kTieMargin points. Empty when none does so
    /// (and meaningless on a tie, where views say so instead).
    [[nodiscard]] std::vector<int> decidingDimensions() const;
};

/**
 * The fit model (see docs/fit-model.md):
 *  desired_k = clamp(base_k + Σ_t w_kt · (x_t − 50) / 50, 0, 100)
 *  fit_mk    = 100 − |desired_k − internalShare_mk|
 *  overall_m = Σ_k importance_k · fit_mk / Σ_k importance_k
 * Pure and deterministic; safe to share between threads once constructed.
 */
class FitEngine {
public:
    explicit FitEngine(Catalogue catalogue);

    [[nodiscard]] const Catalogue &catalogue() const { return m_catalogue; }
    [[nodiscard]] int modelCount() const { return m_modelCount; }
    [[nodiscard]] int dimensionCount() const { return m_dimensionCount; }

    /// Full result with explanations. `profile` must be sized for this catalogue.
    [[nodiscard]] FitResult score(const Profile &profile) const;

    /// Overall fit per model only, without allocation or text: the hot path for sensitivity analysis.
    /// `overall` must hold modelCount() values.
    void overallFit(std::span<const double> traits, std::span<const double> importance,
                    std::span<double> overall) const;

    /// True when models `a` and `b` keep the same in-house share in every dimension: the fit model cannot tell
    /// them apart, so they score the same for every profile and every importance.
    [[nodiscard]] bool fitAlike(int a, int b) const;

    /// Fit per dimension (0..100) of any responsibility table ([dimension][activity], sized like the catalogue),
    /// by the same fit model as the catalogue's models: how today's split (AsIs) is scored without becoming a
    /// model, so recommendations and every other result stay as they are.
    [[nodiscard]] std::vector<double> dimensionFitOf(const std::vector<std::vector<Responsibility>> &table,
                                                     std::span<const double> traits) const;
    /// Importance-weighted mean of dimensionFitOf(), as FitResult::overall is for a model: for a table equal to
    /// model m's, exactly score(profile).overall[m].
    [[nodiscard]] double overallFitOf(const std::vector<std::vector<Responsibility>> &table,
                                      std::span<const double> traits, std::span<const double> importance) const;

    /// The desired in-house share of one dimension for the given traits.
    [[nodiscard]] double desiredInternalShare(int dimension, std::span<const double> traits) const;

private:
    Catalogue m_catalogue;
    int m_modelCount = 0;
    int m_dimensionCount = 0;
    std::vector<double> m_internalShare; ///< [dimension * modelCount + model]
    Q_DECLARE_TR_FUNCTIONS(splitbench::FitEngine)
};

/// Index of the largest value (first on ties) and of the second largest.
std::pair<int, int> leadingTwo(std::span<const double> overall);

} // namespace splitbench
