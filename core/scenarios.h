// Scenarios compared side by side (issue 19): each model's fit, and cost, in the base profile and in every
// scenario, whether the recommendation holds in all of them, and which scenario would flip it.
#pragma once

#include "cost_model.h"
#include "fit_engine.h"
#include "profile.h"

#include <QString>

#include <vector>

namespace splitbench {

/// The answer of one column of the comparison: the base profile or one scenario.
struct ScenarioOutcome {
    int scenario = -1;           ///< Index into Profile::scenarios; -1 for the base profile.
    QString id;                  ///< The scenario's id; empty for the base profile.
    QString name;                ///< The scenario's name, or baseScenarioName() for the base profile.
    std::vector<double> overall; ///< Overall fit per model (FitEngine::score's `overall`).
    int recommended = 0;         ///< Highest overall fit (lowest index on equal fits).
    int runnerUp = 1;
    double margin = 0;           ///< overall[recommended] − overall[runnerUp].
    /// Each model's cost over its own term (CostModel::costs()); empty when the comparison has no costs.
    std::vector<CostBreakdown> costs;

    /// No clear recommendation: the two leading models are level (FitResult::isTie()).
    [[nodiscard]] bool isTie() const { return margin < FitResult::kTieMargin; }
    /// The recommended model, or -1 on a tie: what "the recommendation holds" compares.
    [[nodiscard]] int answer() const { return isTie() ? -1 : recommended; }
};

/// The base profile and every scenario, scored alike.
struct ScenarioComparison {
    std::vector<ScenarioOutcome> outcomes; ///< The base profile first, then the scenarios in profile order.
    bool hasCosts = false;                 ///< The profile has an organisation section (hasScenarioCosts()).
    QString currency;                      ///< The organisation's currency when hasCosts.
    /// Every scenario gives the base profile's answer. A tie is an answer of its own: a scenario that leaves no
    /// clear choice where the base has one (or the other way round) does not keep the recommendation.
    bool robust = true;
    std::vector<int> flips; ///< Indices into `outcomes` (never 0) whose answer differs from the base's.
    /// Plain words: "The recommendation, Co-managed IT, holds in all 3 scenarios." or "As profiled, Co-managed IT
    /// is recommended; “If the IT lead leaves” would flip it to Fully managed IT." Empty without scenarios.
    QString sentence;

    [[nodiscard]] const ScenarioOutcome &base() const { return outcomes.front(); }
    [[nodiscard]] int scenarioCount() const { return static_cast<int>(outcomes.size()) - 1; }
};

/// The label of the base profile's column: "As profiled".
[[nodiscard]] QString baseScenarioName();
/// True when the comparison can show costs: the profile sets its organisation (its size and cost figures); the
/// defaults of a profile without one describe no organisation in particular.
[[nodiscard]] bool hasScenarioCosts(const Profile &profile);

/// Scores the base profile and each scenario (Profile::withScenario()) with `engine`, whose catalogue holds the
/// profile's custom models (withCustomModels()), and prices each model with CostModel::forProfile() when
/// hasScenarioCosts(). A profile without scenarios gives the base outcome alone, robust, with no sentence.
[[nodiscard]] ScenarioComparison compareScenarios(const FitEngine &engine, const Profile &profile);

/// The comparison's sentence for `comparison` (as compareScenarios() sets it).
[[nodiscard]] QString scenarioSentence(const ScenarioComparison &comparison, const Catalogue &catalogue);

} // namespace splitbench
