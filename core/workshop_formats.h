// JSON and plain-text renderings of a workshop's analysis (workshop.h): each participant's own answer, the
// spread per trait and the values that decide the group's answer. The CLI's score and sensitivity add them.
#pragma once

#include "workshop.h"

#include <QJsonObject>
#include <QString>

namespace splitbench {

/// "weighted_median" or "weighted_mean".
[[nodiscard]] QString consensusMethodId(ConsensusMethod method);
/// The method in a sentence: "The group's values are the participants' weighted median per value: …".
[[nodiscard]] QString consensusSentence(ConsensusMethod method);

/// The keys a workshop adds to `score` and `sensitivity` JSON (docs/workshop.md): "consensus" (the method's
/// id), "participants" (id, name, role, weight, recommended — a model id or null for a tie — margin and
/// overall per model id), "disagreement" (per trait, widest first: trait id, consensus, low, high, spread and
/// each participant's value by id), "decisive" (trait, participant, value, recommended_then) and the two
/// sentences. `catalogue` holds the workshop's custom models. Empty for a profile without participants.
[[nodiscard]] QJsonObject workshopToJsonObject(const Catalogue &catalogue, const Profile &workshop,
                                               const WorkshopAnalysis &analysis);
/// Inserts workshopToJsonObject()'s keys into the JSON object `json` (an indented document is returned).
[[nodiscard]] QByteArray withWorkshopJson(const QByteArray &json, const Catalogue &catalogue, const Profile &workshop,
                                          const WorkshopAnalysis &analysis);
/// The text block `score` and `sensitivity` print after the group's result: one line per participant with
/// their own answer and margin, then the disagreement and decisive sentences. Control characters escaped.
[[nodiscard]] QString workshopToText(const Catalogue &catalogue, const Profile &workshop,
                                     const WorkshopAnalysis &analysis);

} // namespace splitbench
