// JSON and plain-text renderings of a scenario comparison (scenarios.h): the CLI's score adds them.
#pragma once

#include "scenarios.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace splitbench {

/// The "scenarios" object of `score --format json`: "robust", "sentence", "flipped_by" (the ids of the scenarios
/// that change the answer), "currency" (with costs) and "outcomes": the base profile first (id null, its name
/// baseScenarioName()), then each scenario: id, name, recommended (a model id, or null for a tie), runner_up,
/// margin, overall per model id and, with costs, cost_per_year and cost_total per model id. `catalogue` holds
/// the profile's custom models.
[[nodiscard]] QJsonObject scenarioComparisonToJson(const Catalogue &catalogue, const ScenarioComparison &comparison);
/// Inserts scenarioComparisonToJson() as the key "scenarios" into the JSON object `json` when the comparison has
/// scenarios (an indented document is returned); otherwise `json` unchanged.
[[nodiscard]] QByteArray withScenarioJson(const QByteArray &json, const Catalogue &catalogue,
                                          const ScenarioComparison &comparison);
/// The text block `score` prints after the result: one row per scenario (the base first) with each model's
/// overall fit (and cost per year), the recommendation and its margin, then the sentence. Empty without
/// scenarios. Control characters escaped.
[[nodiscard]] QString scenarioComparisonToText(const Catalogue &catalogue, const ScenarioComparison &comparison);

} // namespace splitbench
