#include "workshop.h"

#include "number_format.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace splitbench {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("splitbench", text, disambiguation, n);
}

size_t at(int index) { return static_cast<size_t>(index); }

bool usableWeights(std::span<const double> values, std::span<const double> weights)
{
    if (values.size() != weights.size() || values.empty())
        return false;
    double total = 0;
    for (double w : weights) {
        if (!std::isfinite(w) || w < 0)
            return false;
        total += w;
    }
    return total > 0;
}

/// The participants' weights, in participant order.
std::vector<double> weightsOf(const Profile &workshop)
{
    std::vector<double> weights;
    for (const Participant &p : workshop.participants)
        weights.push_back(p.weight);
    return weights;
}

/// The group's value of one field: `field(p)` of every participant combined with `method`.
template <typename Field>
double combine(const Profile &workshop, const std::vector<double> &weights, Field field, ConsensusMethod method)
{
    std::vector<double> values;
    values.reserve(workshop.participants.size());
    for (const Participant &p : workshop.participants)
        values.push_back(field(p));
    const std::optional<double> value = method == ConsensusMethod::WeightedMean ? weightedMean(values, weights)
                                                                                : weightedMedian(values, weights);
    return value.value_or(0.0); // the loader and the editors keep some weight above 0
}

/// The recommendation for these values, or -1 on a tie.
int answerFor(const FitEngine &engine, std::span<const double> traits, std::span<const double> importance,
              std::vector<double> &overall)
{
    engine.overallFit(traits, importance, overall);
    const auto [first, second] = leadingTwo(overall);
    return overall[at(first)] - overall[at(second)] < FitResult::kTieMargin ? -1 : first;
}

bool closeEnough(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](double x, double y) { return std::abs(x - y) < 1e-9; });
}
} // namespace

std::optional<double> weightedMedian(std::span<const double> values, std::span<const double> weights)
{
    if (!usableWeights(values, weights))
        return std::nullopt;
    std::vector<size_t> order;
    for (size_t i = 0; i < values.size(); ++i)
        if (weights[i] > 0)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double half = total / 2;
    double below = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        below += weights[order[k]];
        // Relative tolerance: weights such as 0.1 + 0.2 must meet "exactly half" the way a person computes it.
        if (std::abs(below - half) <= 1e-12 * total && k + 1 < order.size())
            return (values[order[k]] + values[order[k + 1]]) / 2;
        if (below > half)
            return values[order[k]];
    }
    return values[order.back()];
}

std::optional<double> weightedMean(std::span<const double> values, std::span<const double> weights)
{
    if (!usableWeights(values, weights))
        return std::nullopt;
    double sum = 0;
    double total = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        sum += values[i] * weights[i];
        total += weights[i];
    }
    return sum / total;
}

QString catalogueFingerprint(const Catalogue &catalogue)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Trait &trait : catalogue.traits)
        hash.addData(QByteArray("trait:") + trait.id.toUtf8() + '\n');
    for (const Dimension &dimension : catalogue.dimensions)
        hash.addData(QByteArray("dimension:") + dimension.id.toUtf8() + '\n');
    return QString::fromLatin1(hash.result().toHex().left(16));
}

void applyConsensus(Profile &profile)
{
    if (!profile.isWorkshop())
        return;
    const std::vector<double> weights = weightsOf(profile);
    const ConsensusMethod method = profile.consensus;
    for (size_t t = 0; t < profile.traits.size(); ++t) {
        profile.traits[t] = combine(profile, weights, [t](const Participant &p) { return p.traits[t]; }, method);
        profile.traitUncertainty[t] =
            combine(profile, weights, [t](const Participant &p) { return p.traitUncertainty[t]; }, method);
    }
    for (size_t d = 0; d < profile.importance.size(); ++d)
        profile.importance[d] = combine(profile, weights, [d](const Participant &p) { return p.importance[d]; }, method);
    if (!Profile::importanceProblem(profile.importance).isEmpty()) {
        for (size_t d = 0; d < profile.importance.size(); ++d)
            profile.importance[d] = combine(profile, weights, [d](const Participant &p) { return p.importance[d]; },
                                            ConsensusMethod::WeightedMean);
    }
    profile.importanceUncertainty =
        combine(profile, weights, [](const Participant &p) { return p.importanceUncertainty; }, method);
}

bool sameGroupValues(const Profile &a, const Profile &b)
{
    return closeEnough(a.traits, b.traits) && closeEnough(a.importance, b.importance) &&
           closeEnough(a.traitUncertainty, b.traitUncertainty) &&
           std::abs(a.importanceUncertainty - b.importanceUncertainty) < 1e-9;
}

Profile participantView(const Profile &workshop, int index)
{
    Profile view = workshop;
    const Participant &person = workshop.participants.at(at(index));
    view.traits = person.traits;
    view.importance = person.importance;
    view.notes = person.notes;
    view.traitUncertainty = person.traitUncertainty;
    view.importanceUncertainty = person.importanceUncertainty;
    view.participants.clear();
    view.groupValuesRecomputed = false;
    return view;
}

Profile participantFile(const Profile &workshop, int index)
{
    Profile file = workshop;
    file.participants = {workshop.participants.at(at(index))};
    if (file.participants.front().weight <= 0)
        file.participants.front().weight = 1; // alone in the file, the person must count
    file.groupValuesRecomputed = false;
    applyConsensus(file);
    return file;
}

bool WorkshopAnalysis::answersDiffer(const Profile &workshop) const
{
    std::optional<int> first;
    for (const ParticipantOutcome &outcome : outcomes) {
        if (workshop.participants.at(at(outcome.participant)).weight <= 0)
            continue;
        const int answer = outcome.isTie() ? -1 : outcome.recommended;
        if (first && *first != answer)
            return true;
        first = answer;
    }
    return false;
}

std::vector<int> WorkshopAnalysis::decisiveTraits() const
{
    std::vector<int> traits;
    for (const DecisiveValue &value : decisive)
        if (std::find(traits.begin(), traits.end(), value.trait) == traits.end())
            traits.push_back(value.trait);
    return traits;
}

WorkshopAnalysis analyseWorkshop(const FitEngine &engine, const Profile &workshop)
{
    WorkshopAnalysis analysis;
    std::vector<double> overall(at(engine.modelCount()));
    analysis.groupRecommended = answerFor(engine, workshop.traits, workshop.importance, overall);
    if (!workshop.isWorkshop())
        return analysis;

    const auto &people = workshop.participants;
    for (size_t p = 0; p < people.size(); ++p) {
        ParticipantOutcome outcome;
        outcome.participant = static_cast<int>(p);
        outcome.overall.resize(at(engine.modelCount()));
        engine.overallFit(people[p].traits, people[p].importance, outcome.overall);
        std::tie(outcome.recommended, outcome.runnerUp) = leadingTwo(outcome.overall);
        outcome.margin = outcome.overall[at(outcome.recommended)] - outcome.overall[at(outcome.runnerUp)];
        analysis.outcomes.push_back(std::move(outcome));
    }

    for (size_t t = 0; t < workshop.traits.size(); ++t) {
        TraitSpread spread;
        spread.trait = static_cast<int>(t);
        spread.consensus = workshop.traits[t];
        bool any = false;
        for (const Participant &person : people) {
            const double value = person.traits[t];
            spread.values.push_back(value);
            if (person.weight <= 0)
                continue;
            spread.low = any ? std::min(spread.low, value) : value;
            spread.high = any ? std::max(spread.high, value) : value;
            any = true;
        }
        analysis.spreads.push_back(std::move(spread));
    }
    std::stable_sort(analysis.spreads.begin(), analysis.spreads.end(),
                     [](const TraitSpread &a, const TraitSpread &b) { return a.spread() > b.spread() + 1e-9; });

    std::vector<double> traits = workshop.traits;
    for (const TraitSpread &spread : analysis.spreads) {
        const size_t t = at(spread.trait);
        for (size_t p = 0; p < people.size(); ++p) {
            if (people[p].weight <= 0 || people[p].traits[t] == workshop.traits[t])
                continue;
            traits[t] = people[p].traits[t];
            const int answer = answerFor(engine, traits, workshop.importance, overall);
            if (answer != analysis.groupRecommended)
                analysis.decisive.push_back({spread.trait, static_cast<int>(p), people[p].traits[t], answer});
        }
        traits[t] = workshop.traits[t];
    }
    return analysis;
}

QString answerName(const Catalogue &catalogue, int model)
{
    return model < 0 ? tr("no clear choice") : catalogue.models.at(at(model)).name;
}

QString disagreementSentence(const WorkshopAnalysis &analysis, const Catalogue &catalogue, const Profile &workshop)
{
    if (!analysis.answersDiffer(workshop))
        return {};
    // One group per answer, the group's own answer first, then by how many hold it, then by first mention.
    std::vector<std::pair<int, QStringList>> groups;
    for (const ParticipantOutcome &outcome : analysis.outcomes) {
        const Participant &person = workshop.participants.at(at(outcome.participant));
        if (person.weight <= 0)
            continue;
        const int answer = outcome.isTie() ? -1 : outcome.recommended;
        auto group = std::find_if(groups.begin(), groups.end(), [answer](const auto &g) { return g.first == answer; });
        if (group == groups.end())
            groups.push_back({answer, {person.label()}});
        else
            group->second << person.label();
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const auto &a, const auto &b) {
        const bool aGroup = a.first == analysis.groupRecommended;
        const bool bGroup = b.first == analysis.groupRecommended;
        if (aGroup != bGroup)
            return aGroup;
        return a.second.size() > b.second.size();
    });
    QStringList parts;
    for (const auto &[answer, names] : groups)
        parts << (answer < 0 ? tr("no clear choice for %1").arg(formatList(names))
                             : tr("%1 for %2", "model for participants").arg(answerName(catalogue, answer), formatList(names)));
    return tr("The participants' own answers differ: %1.").arg(parts.join(tr("; ")));
}

QString decisiveSentence(const WorkshopAnalysis &analysis, const Catalogue &catalogue, const Profile &workshop)
{
    if (!workshop.isWorkshop())
        return {};
    if (analysis.decisive.empty())
        return tr("No single participant's value of any trait, put in place of the group's, would change the "
                  "recommendation.");
    constexpr size_t kMaxListed = 6;
    QStringList parts;
    for (size_t i = 0; i < analysis.decisive.size() && i < kMaxListed; ++i) {
        const DecisiveValue &value = analysis.decisive[i];
        parts << tr("%1 as %2 sees it (%3 instead of %4) would make it %5")
                     .arg(catalogue.traits.at(at(value.trait)).name,
                          workshop.participants.at(at(value.participant)).label(), formatDecimal(value.value, 0),
                          formatDecimal(workshop.traits.at(at(value.trait)), 0),
                          answerName(catalogue, value.recommendedThen));
    }
    if (analysis.decisive.size() > kMaxListed)
        parts << tr("%n more decisive value(s)", nullptr, static_cast<int>(analysis.decisive.size() - kMaxListed));
    return tr("What the disagreement decides: %1.").arg(parts.join(tr("; ")));
}

Loaded<MergeReport> mergeParticipants(Profile &workshop, const Profile &incoming, const QString &fileLabel)
{
    if (!incoming.isWorkshop())
        return LoadError{fileLabel, QStringLiteral("participants"),
                         tr("this is not a participant file: it has no participants to merge")};
    Profile merged = workshop;
    MergeReport report;
    for (const Participant &person : incoming.participants) {
        const int existing = merged.participantIndex(person.id);
        if (existing < 0) {
            if (static_cast<int>(merged.participants.size()) >= kMaxParticipants)
                return LoadError{fileLabel, QStringLiteral("participants"),
                                 tr("merging would make more than %1 participants, the most a workshop holds")
                                     .arg(kMaxParticipants)};
            merged.participants.push_back(person);
            report.added << person.label();
            continue;
        }
        Participant updated = person;
        updated.weight = merged.participants[at(existing)].weight;
        if (updated == merged.participants[at(existing)]) {
            report.unchanged << person.label();
        } else {
            merged.participants[at(existing)] = std::move(updated);
            report.updated << person.label();
        }
    }
    applyConsensus(merged);
    workshop = std::move(merged);
    return report;
}

} // namespace splitbench
