// The workshop (docs/workshop.md): several people's views of one organisation, the group's consensus computed
// from them, each person's own answer, and where they disagree — down to the values that decide the answer.
#pragma once

#include "fit_engine.h"
#include "load_error.h"
#include "profile.h"

#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace splitbench {

/// The weighted median: the value with at most half of the total weight on either side of it. When the weight
/// below a value is exactly half, the median is the midpoint between it and the next larger value (so two equal
/// voices give their midpoint). Values with weight 0 take no part. Nullopt when the spans' sizes differ, a
/// weight is negative or not finite, or the weights add up to 0.
[[nodiscard]] std::optional<double> weightedMedian(std::span<const double> values, std::span<const double> weights);
/// The weighted mean; nullopt in the same cases as weightedMedian().
[[nodiscard]] std::optional<double> weightedMean(std::span<const double> values, std::span<const double> weights);

/// A short, stable digest of the catalogue's trait and dimension ids in order: the same for every language of
/// one catalogue, different for a catalogue whose traits or dimensions differ. Participant files carry it.
[[nodiscard]] QString catalogueFingerprint(const Catalogue &catalogue);

/// Sets the profile's traits, importance and uncertainty to the participants' consensus (profile.consensus,
/// per value). Importance that would be 0 in every dimension (each person weighting different dimensions)
/// falls back to the weighted mean, which cannot be. Does nothing to a profile without participants.
void applyConsensus(Profile &profile);
/// True when the group values (traits, importance, uncertainty) of `a` and `b` agree to 1e-9.
[[nodiscard]] bool sameGroupValues(const Profile &a, const Profile &b);

/// The profile as participant `index` sees it: their traits, importance, uncertainty and notes, with the
/// workshop's name, organisation, prices and custom models, and no participants.
[[nodiscard]] Profile participantView(const Profile &workshop, int index);
/// What the facilitator sends participant `index`: the workshop with only that person in it.
[[nodiscard]] Profile participantFile(const Profile &workshop, int index);

/// How far apart the participants are on one trait.
struct TraitSpread {
    int trait = -1;
    double consensus = 0;       ///< The group's value.
    double low = 0;             ///< The lowest value of a participant with a weight above 0.
    double high = 0;            ///< The highest such value.
    std::vector<double> values; ///< Every participant's value, in participant order (weight 0 included).
    [[nodiscard]] double spread() const { return high - low; }
};

/// One participant's own answer: what their view alone recommends.
struct ParticipantOutcome {
    int participant = -1;
    std::vector<double> overall; ///< Overall fit per model.
    int recommended = 0;
    int runnerUp = 1;
    double margin = 0;
    [[nodiscard]] bool isTie() const { return margin < FitResult::kTieMargin; }
};

/// A value that decides the answer: the group's value of `trait` replaced by `participant`'s alone changes
/// the recommendation to `recommendedThen` (-1: to a tie).
struct DecisiveValue {
    int trait = -1;
    int participant = -1;
    double value = 0;
    int recommendedThen = -1;
};

struct WorkshopAnalysis {
    int groupRecommended = -1;                 ///< The group's recommendation; -1 on a tie.
    std::vector<TraitSpread> spreads;          ///< Widest first; equal spreads in catalogue order.
    std::vector<ParticipantOutcome> outcomes;  ///< One per participant, in participant order.
    std::vector<DecisiveValue> decisive;       ///< In the order of `spreads`, then of the participants.

    /// True when participants with a weight above 0 do not all recommend the same model (a tie counts as an
    /// answer of its own).
    [[nodiscard]] bool answersDiffer(const Profile &workshop) const;
    /// The traits in `decisive`, each once, in its order.
    [[nodiscard]] std::vector<int> decisiveTraits() const;
};

/// Scores every participant's own view and finds the decisive values: for every trait and every participant
/// with a weight above 0, the group's value is replaced by that person's alone and the group re-scored.
/// `engine` holds the workshop's custom models. Empty (groupRecommended only) without participants.
[[nodiscard]] WorkshopAnalysis analyseWorkshop(const FitEngine &engine, const Profile &workshop);

/// A model's name, or "no clear choice" for -1 (a tie).
[[nodiscard]] QString answerName(const Catalogue &catalogue, int model);

/// Plain words for differing answers: "The participants' own answers differ: Co-managed IT for Sam Patel
/// (IT lead); Fully managed IT for Dana Reyes (Owner) and Lee Chen (Finance director)." Empty when every
/// counted participant's answer is the same.
[[nodiscard]] QString disagreementSentence(const WorkshopAnalysis &analysis, const Catalogue &catalogue,
                                           const Profile &workshop);
/// Plain words for the decisive values: "What the disagreement decides: with Sam Patel's value of In-house
/// IT capability (80) alone, Co-managed IT would be recommended." or that no single value decides it.
[[nodiscard]] QString decisiveSentence(const WorkshopAnalysis &analysis, const Catalogue &catalogue,
                                       const Profile &workshop);

/// What merging participant files did, by participant label.
struct MergeReport {
    QStringList added;     ///< New to the workshop.
    QStringList updated;   ///< Already there; their values were replaced by the file's.
    QStringList unchanged; ///< Already there with the same values.
};

/**
 * Merges the participants of `incoming` (a participant file, loaded against the same catalogue) into
 * `workshop`, matching them by id: a known person's traits, importance, uncertainty, notes, name and role
 * are replaced by the file's (the workshop keeps its weight for them, the facilitator's choice); a new one is
 * added. Nobody already in the workshop is removed or changed otherwise, so merging the same file twice
 * changes nothing. The consensus is recomputed. Refuses (leaving `workshop` as it was) a file without
 * participants and a merge that would exceed kMaxParticipants; `fileLabel` names the file in the error.
 */
[[nodiscard]] Loaded<MergeReport> mergeParticipants(Profile &workshop, const Profile &incoming,
                                                    const QString &fileLabel);

} // namespace splitbench
