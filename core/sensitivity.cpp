#include "sensitivity.h"

#include "logging.h"
#include "number_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <system_error>
#include <thread>

namespace splitbench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench", text);
}

/// Overall fits closer than this count as equal when deciding who leads just past a point.
constexpr double kTieTolerance = 1e-9;
/// Breakevens closer than this are one event (three models crossing at one point, rounding).
constexpr double kSameBreakeven = 1e-9;
/// Samples per generator. Fixed, so the samples depend on the seed only and not on the thread count;
/// changing it changes every Monte Carlo result.
constexpr int kChunkSize = 500;

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Uniform in [0, 1) from the top 53 bits: the same on every standard library, unlike
/// std::uniform_real_distribution whose algorithm is unspecified.
double unitInterval(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

size_t at(int index)
{
    return static_cast<size_t>(index);
}

QString modelName(const Catalogue &catalogue, int model)
{
    return catalogue.models[at(model)].name;
}

/// Merges breakevens that are one event seen twice through rounding, and drops A→B→A pairs at one point.
std::vector<Breakeven> mergeCoincident(const std::vector<Breakeven> &raw)
{
    std::vector<Breakeven> merged;
    for (const Breakeven &b : raw) {
        if (!merged.empty() && b.value - merged.back().value <= kSameBreakeven) {
            merged.back().leaderAbove = b.leaderAbove;
            if (merged.back().leaderAbove == merged.back().leaderBelow)
                merged.pop_back();
            continue;
        }
        merged.push_back(b);
    }
    return merged;
}
} // namespace

QString formatValue(double value, int decimals, Rounding rounding)
{
    const double scale = std::pow(10.0, decimals);
    // The tolerance keeps an exact 27.5 that arrives as 27.500000001 from being rounded up to 27.6.
    const double scaled = value * scale;
    const double whole = rounding == Rounding::Down ? std::floor(scaled + 1e-6)
                         : rounding == Rounding::Up ? std::ceil(scaled - 1e-6)
                                                    : std::round(scaled);
    QString text = formatDecimal(whole / scale, decimals);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString formatBreakeven(double value, double current)
{
    return formatValue(value, 1, value < current ? Rounding::Down : Rounding::Up);
}

namespace {
/// "In-house IT capacity falls below 27.7", "… rises above 84.4", "… falls to 0": the far side of a breakeven.
QString takeoverCondition(const QString &trait, double value, double current)
{
    const QString text = formatBreakeven(value, current);
    if (value < current)
        return text == QStringLiteral("0") ? tr("%1 falls to 0").arg(trait) : tr("%1 falls below %2").arg(trait, text);
    return text == QStringLiteral("100") ? tr("%1 rises to 100").arg(trait) : tr("%1 rises above %2").arg(trait, text);
}
} // namespace

SensitivityAnalysis::SensitivityAnalysis(FitEngine engine, Profile profile)
    : m_engine(std::move(engine)), m_profile(std::move(profile)),
      m_costs(CostModel::forProfile(m_engine.catalogue(), m_profile))
{
    const size_t traits = m_engine.catalogue().traits.size();
    // Profiles built in code may lack uncertainty; the loader always fills it.
    if (m_profile.traitUncertainty.size() < traits)
        m_profile.traitUncertainty.resize(traits, Profile::kDefaultUncertainty);
    for (double &u : m_profile.traitUncertainty)
        u = std::clamp(u, 0.0, Profile::kMaxUncertainty);
    m_profile.importanceUncertainty = std::clamp(m_profile.importanceUncertainty, 0.0, 1.0);

    m_overall.assign(at(m_engine.modelCount()), 0.0);
    m_engine.overallFit(m_profile.traits, m_profile.importance, m_overall);
    std::tie(m_recommended, m_runnerUp) = leadingTwo(m_overall);

    m_costTerm = comparisonTerm(m_costs, m_recommended, std::nullopt);
    for (int m = 0; m < m_costs.modelCount(); ++m) {
        const CostBreakdown c = m_costs.cost(m, m_costTerm);
        m_providerCost.push_back(c.providerFees + c.modules + c.onboarding);
        m_salaryCost.push_back(c.staff);
        m_otherCost.push_back(c.contractor + c.tools + c.recruiting);
        if (c.total() < m_providerCost[at(m_cheapest)] + m_salaryCost[at(m_cheapest)] + m_otherCost[at(m_cheapest)])
            m_cheapest = m;
    }
}

std::pair<std::vector<CostBreakevens>, QString> SensitivityAnalysis::costBreakevens() const
{
    std::vector<CostBreakevens> pairs;
    if (m_costs.modelCount() < 2)
        return {};
    const Catalogue &catalogue = m_engine.catalogue();
    pairs.push_back(splitbench::costBreakevens(catalogue, m_costs, m_recommended, m_runnerUp, m_costTerm));
    if (m_cheapest != m_recommended && m_cheapest != m_runnerUp)
        pairs.push_back(splitbench::costBreakevens(catalogue, m_costs, m_recommended, m_cheapest, m_costTerm));
    QStringList sentences;
    for (const CostBreakevens &pair : pairs)
        sentences << pair.sentence;
    return {pairs, sentences.join(u' ')};
}

int SensitivityAnalysis::leaderAt(std::span<const double> traits, std::span<const double> importance) const
{
    std::array<double, 16> small{};
    std::vector<double> large;
    std::span<double> overall;
    if (m_engine.modelCount() <= static_cast<int>(small.size())) {
        overall = std::span<double>(small.data(), at(m_engine.modelCount()));
    } else {
        large.resize(at(m_engine.modelCount()));
        overall = large;
    }
    m_engine.overallFit(traits, importance, overall);
    return leadingTwo(overall).first;
}

std::vector<Breakeven> SensitivityAnalysis::breakevens(int trait) const
{
    const Catalogue &catalogue = m_engine.catalogue();
    const int models = m_engine.modelCount();

    // The overall fit is piecewise linear in one trait: each dimension's unclamped desired share is linear
    // in it, and the fit bends only where that line meets 0, 100 (the clamp) or a model's in-house share.
    std::vector<double> points{0.0, 100.0};
    for (int d = 0; d < m_engine.dimensionCount(); ++d) {
        const Dimension &dimension = catalogue.dimensions[at(d)];
        // The unclamped desired share as a line in the trait: its value at 0 and its slope, from the affinities'
        // own contribution (linear in the trait, so two points give the line).
        double slope = 0;
        double atZero = dimension.baseInternalShare;
        for (const Affinity &affinity : dimension.affinities) {
            if (affinity.trait == trait) {
                slope += (affinity.contribution(100.0) - affinity.contribution(0.0)) / 100.0;
                atZero += affinity.contribution(0.0);
            } else {
                atZero += affinity.contribution(m_profile.traits[at(affinity.trait)]);
            }
        }
        if (slope == 0.0)
            continue;
        const auto addBend = [&](double share) {
            const double x = (share - atZero) / slope;
            if (x > 0.0 && x < 100.0)
                points.push_back(x);
        };
        addBend(0.0);
        addBend(100.0);
        for (int m = 0; m < models; ++m)
            addBend(catalogue.internalShare(d, m));
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());

    // Evaluate every model at every bend with the engine itself; between bends each fit is a straight line.
    std::vector<double> traits = m_profile.traits;
    std::vector<double> values(points.size() * at(models));
    for (size_t p = 0; p < points.size(); ++p) {
        traits[at(trait)] = points[p];
        m_engine.overallFit(traits, m_profile.importance,
                            std::span<double>(values.data() + p * at(models), at(models)));
    }

    std::vector<Breakeven> raw;
    std::vector<double> slopes(at(models));
    int leader = -1;
    for (size_t s = 0; s + 1 < points.size(); ++s) {
        const double x0 = points[s];
        const double width = points[s + 1] - x0;
        const double *v0 = values.data() + s * at(models);
        const double *v1 = v0 + models;
        for (int m = 0; m < models; ++m)
            slopes[at(m)] = (v1[m] - v0[m]) / width;
        const auto lineAt = [&](int m, double x) { return v0[m] + slopes[at(m)] * (x - x0); };

        // Who leads just right of x0: the highest value, then the steeper line, then the lower index.
        int right = 0;
        for (int m = 1; m < models; ++m) {
            const double gap = v0[m] - v0[right];
            if (gap > kTieTolerance || (std::abs(gap) <= kTieTolerance && slopes[at(m)] > slopes[at(right)]))
                right = m;
        }
        if (leader >= 0 && right != leader)
            raw.push_back({x0, leader, right});
        leader = right;

        // Walk the upper envelope of the lines across the segment: each overtaking is a breakeven.
        double x = x0;
        for (;;) {
            double crossing = points[s + 1];
            int next = -1;
            for (int m = 0; m < models; ++m) {
                const double closing = slopes[at(m)] - slopes[at(leader)];
                if (m == leader || closing <= 0.0)
                    continue;
                const double gap = std::max(0.0, lineAt(leader, x) - lineAt(m, x));
                const double when = x + gap / closing;
                if (when < crossing || (when == crossing && next >= 0 && slopes[at(m)] > slopes[at(next)])) {
                    crossing = when;
                    next = m;
                }
            }
            if (next < 0 || crossing >= points[s + 1])
                break;
            raw.push_back({crossing, leader, next});
            leader = next;
            x = crossing;
        }
    }
    return mergeCoincident(raw);
}

TraitSweep SensitivityAnalysis::sweep(int trait, double step) const
{
    TraitSweep sweep;
    sweep.trait = trait;
    sweep.current = m_profile.traits[at(trait)];
    step = std::clamp(step, 0.01, 100.0);
    const int intervals = static_cast<int>(std::ceil(100.0 / step - 1e-9));
    const int models = m_engine.modelCount();
    sweep.positions.reserve(at(intervals + 1));
    sweep.overall.assign(at(models), std::vector<double>(at(intervals + 1)));
    std::vector<double> traits = m_profile.traits;
    std::vector<double> overall(at(models));
    for (int i = 0; i <= intervals; ++i) {
        const double x = i == intervals ? 100.0 : i * step;
        sweep.positions.push_back(x);
        traits[at(trait)] = x;
        m_engine.overallFit(traits, m_profile.importance, overall);
        for (int m = 0; m < models; ++m)
            sweep.overall[at(m)][at(i)] = overall[at(m)];
    }
    sweep.breakevens = breakevens(trait);
    sweep.takeovers = takeoversFrom(sweep.breakevens, sweep.current);
    sweep.sentence = sweepSentence(trait, sweep.breakevens);
    return sweep;
}

QString SensitivityAnalysis::sweepSentence(int trait, const std::vector<Breakeven> &breakevens) const
{
    const Catalogue &catalogue = m_engine.catalogue();
    const QString traitName = catalogue.traits[at(trait)].name;
    const QString leader = modelName(catalogue, m_recommended);
    const double current = m_profile.traits[at(trait)];

    for (const Breakeven &b : breakevens) {
        // Within display rounding of the current value: the profile sits on this breakeven.
        if (std::abs(b.value - current) < 0.05)
            return tr("At %1 = %2 this profile sits on a breakeven: %3 leads below it, %4 above it.")
                .arg(traitName, formatBreakeven(b.value, current), modelName(catalogue, b.leaderBelow),
                     modelName(catalogue, b.leaderAbove));
    }
    const Takeovers takeovers = takeoversFrom(breakevens, current);
    if (!takeovers.below && !takeovers.above)
        return tr("%1 stays ahead whatever the value of %2.").arg(leader, traitName);
    if (takeovers.below && takeovers.above)
        return tr("%1 takes over from %2 if %3, %4 if %5.")
            .arg(modelName(catalogue, takeovers.below->model), leader,
                 takeoverCondition(traitName, takeovers.below->value, current),
                 modelName(catalogue, takeovers.above->model),
                 takeoverCondition(traitName, takeovers.above->value, current));
    const Takeover &t = takeovers.below ? *takeovers.below : *takeovers.above;
    return tr("%1 takes over from %2 if %3.")
        .arg(modelName(catalogue, t.model), leader, takeoverCondition(traitName, t.value, current));
}

Takeovers SensitivityAnalysis::takeovers(int trait) const
{
    return takeoversFrom(breakevens(trait), m_profile.traits[at(trait)]);
}

Takeovers SensitivityAnalysis::takeoversFrom(const std::vector<Breakeven> &breakevens, double current) const
{
    // Moving away from the profile's value, the first breakeven past which someone else leads; a breakeven on
    // the value itself counts on the side where the other model leads.
    Takeovers result;
    for (auto it = breakevens.rbegin(); it != breakevens.rend() && !result.below; ++it)
        if (it->value <= current + kSameBreakeven && it->leaderBelow != m_recommended)
            result.below = Takeover{it->value, it->leaderBelow};
    for (auto it = breakevens.begin(); it != breakevens.end() && !result.above; ++it)
        if (it->value >= current - kSameBreakeven && it->leaderAbove != m_recommended)
            result.above = Takeover{it->value, it->leaderAbove};
    return result;
}

std::pair<double, int> SensitivityAnalysis::marginWithTrait(int trait, double value) const
{
    std::vector<double> traits = m_profile.traits;
    traits[at(trait)] = value;
    std::vector<double> overall(at(m_engine.modelCount()));
    m_engine.overallFit(traits, m_profile.importance, overall);
    // The best of all the other models (the first on ties, like the engine), not a fixed runner-up: a copy of
    // the recommendation would otherwise pin the margin at zero and hide the model that really takes over.
    int rival = -1;
    for (int m = 0; m < m_engine.modelCount(); ++m)
        if (m != m_recommended && (rival < 0 || overall[at(m)] > overall[at(rival)]))
            rival = m;
    if (rival < 0)
        return {0.0, m_recommended};
    return {overall[at(m_recommended)] - overall[at(rival)], rival};
}

std::vector<TornadoBar> SensitivityAnalysis::tornado(double window) const
{
    std::vector<TornadoBar> bars;
    const int traits = static_cast<int>(m_engine.catalogue().traits.size());
    window = std::max(0.0, window);
    for (int t = 0; t < traits; ++t) {
        TornadoBar bar;
        bar.trait = t;
        std::tie(bar.low, bar.lowRival) = marginWithTrait(t, 0.0);
        std::tie(bar.high, bar.highRival) = marginWithTrait(t, 100.0);
        bar.swing = std::abs(bar.high - bar.low);
        const double current = m_profile.traits[at(t)];
        bar.nearFrom = std::max(0.0, current - window);
        bar.nearTo = std::min(100.0, current + window);
        std::tie(bar.nearLow, bar.nearLowRival) = marginWithTrait(t, bar.nearFrom);
        std::tie(bar.nearHigh, bar.nearHighRival) = marginWithTrait(t, bar.nearTo);
        bar.nearSwing = std::abs(bar.nearHigh - bar.nearLow);
        bars.push_back(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return bars;
}

HeadToHead SensitivityAnalysis::headToHead(int perSide) const
{
    const Catalogue &catalogue = m_engine.catalogue();
    perSide = std::max(1, perSide);
    HeadToHead result;
    result.first = m_recommended;
    result.second = m_runnerUp;

    const FitResult fit = m_engine.score(m_profile);
    double totalWeight = 0;
    for (double w : m_profile.importance)
        totalWeight += std::max(0.0, w);
    std::vector<DimensionEdge> edges;
    for (int d = 0; d < m_engine.dimensionCount(); ++d) {
        const DimensionFit &dimension = fit.dimensions[at(d)];
        DimensionEdge edge;
        edge.dimension = d;
        edge.fitFirst = dimension.fit[at(result.first)];
        edge.fitSecond = dimension.fit[at(result.second)];
        const double weight = totalWeight > 0 ? std::max(0.0, m_profile.importance[at(d)]) / totalWeight : 0.0;
        edge.points = weight * (edge.fitFirst - edge.fitSecond);
        edges.push_back(edge);
    }
    // Differences below 0.05 points vanish in the one-decimal figures people see: not a strength.
    constexpr double kVisible = 0.05;
    std::stable_sort(edges.begin(), edges.end(),
                     [](const DimensionEdge &a, const DimensionEdge &b) { return a.points > b.points; });
    for (const DimensionEdge &edge : edges)
        if (edge.points > kVisible && static_cast<int>(result.firstStrengths.size()) < perSide)
            result.firstStrengths.push_back(edge);
    for (auto it = edges.rbegin(); it != edges.rend(); ++it)
        if (it->points < -kVisible && static_cast<int>(result.secondStrengths.size()) < perSide)
            result.secondStrengths.push_back(*it);

    const auto describe = [&](const std::vector<DimensionEdge> &list, bool firstAhead) {
        QStringList items;
        for (const DimensionEdge &edge : list)
            items << tr("%1 (fit %2 against %3)")
                         .arg(catalogue.dimensions[at(edge.dimension)].name,
                              formatDecimal(firstAhead ? edge.fitFirst : edge.fitSecond, 0),
                              formatDecimal(firstAhead ? edge.fitSecond : edge.fitFirst, 0));
        return formatList(items);
    };
    const QString first = modelName(catalogue, result.first);
    const QString second = modelName(catalogue, result.second);
    result.firstSentence =
        result.firstStrengths.empty()
            ? tr("%1 is not ahead of %2 in any dimension.").arg(first, second)
            : tr("%1 wins most against %2 in %3.").arg(first, second, describe(result.firstStrengths, true));
    result.secondSentence =
        result.secondStrengths.empty()
            ? tr("%1 is not ahead of %2 in any dimension.").arg(second, first)
            : tr("%1 does better than %2 in %3.").arg(second, first, describe(result.secondStrengths, false));
    return result;
}

std::optional<ImportanceChange> SensitivityAnalysis::importanceFlip(int dimension) const
{
    // overall_m(w) = (S_m + w·f_m) / (W + w), with S_m and W over the other dimensions. The recommended
    // model A loses to m where S_A − S_m + w·(f_A − f_m) changes sign: one root per model, solved exactly.
    const FitEngine &engine = m_engine;
    const int models = engine.modelCount();
    const int a = m_recommended;
    const double current = std::max(0.0, m_profile.importance[at(dimension)]);

    std::vector<double> withoutD = m_profile.importance;
    withoutD[at(dimension)] = 0.0;
    double otherWeight = 0;
    for (double w : withoutD)
        otherWeight += std::max(0.0, w);
    std::vector<double> others(at(models));
    engine.overallFit(m_profile.traits, withoutD, others);
    std::vector<double> fits(at(models));
    const double desired = engine.desiredInternalShare(dimension, m_profile.traits);
    for (int m = 0; m < models; ++m)
        fits[at(m)] = 100.0 - std::abs(desired - engine.catalogue().internalShare(dimension, m));

    std::optional<ImportanceChange> best;
    for (int m = 0; m < models; ++m) {
        const double closing = fits[at(a)] - fits[at(m)];
        if (m == a || closing == 0.0)
            continue;
        const double root = otherWeight * (others[at(m)] - others[at(a)]) / closing;
        if (!(root >= 0.0 && root <= Profile::kMaxImportance) || root == current || otherWeight + root <= 0.0)
            continue;
        // Confirm with the engine just past the root (this also settles ties between several models).
        const double direction = root > current ? 1.0 : -1.0;
        std::vector<double> importance = m_profile.importance;
        importance[at(dimension)] = std::clamp(root + direction * 1e-7, 0.0, Profile::kMaxImportance);
        const int leader = leaderAt(m_profile.traits, importance);
        if (leader == a)
            continue;
        if (!best || std::abs(root - current) < std::abs(best->delta()))
            best = ImportanceChange{dimension, current, root, leader};
    }
    return best;
}

ChangeToFlip SensitivityAnalysis::changeToFlip() const
{
    std::vector<std::vector<Breakeven>> all;
    for (int t = 0; t < static_cast<int>(m_engine.catalogue().traits.size()); ++t)
        all.push_back(breakevens(t));
    return changeToFlipFrom(all);
}

ChangeToFlip SensitivityAnalysis::changeToFlipFrom(const std::vector<std::vector<Breakeven>> &breakevensPerTrait) const
{
    const Catalogue &catalogue = m_engine.catalogue();
    ChangeToFlip result;
    result.traitPerModel.assign(at(m_engine.modelCount()), std::nullopt);
    for (int t = 0; t < static_cast<int>(breakevensPerTrait.size()); ++t) {
        const double current = m_profile.traits[at(t)];
        for (const Breakeven &b : breakevensPerTrait[at(t)]) {
            // Moving towards b, the far side's leader takes over (on b itself, the side that is not ours).
            int newLeader = b.value < current ? b.leaderBelow : b.leaderAbove;
            if (newLeader == m_recommended)
                newLeader = b.value < current ? b.leaderAbove : b.leaderBelow;
            if (newLeader == m_recommended)
                continue;
            const TraitChange change{t, current, b.value, newLeader};
            const auto closer = [&](const std::optional<TraitChange> &than) {
                return !than || std::abs(b.value - current) < std::abs(than->to - than->from);
            };
            if (closer(result.trait))
                result.trait = change;
            if (closer(result.traitPerModel[at(newLeader)]))
                result.traitPerModel[at(newLeader)] = change;
        }
    }
    for (int d = 0; d < m_engine.dimensionCount(); ++d) {
        const std::optional<ImportanceChange> change = importanceFlip(d);
        if (change && (!result.importance || std::abs(change->delta()) < std::abs(result.importance->delta())))
            result.importance = change;
    }

    if (m_engine.modelCount() >= 3) {
        // Every other model, closest first: with a near copy of the recommendation as the runner-up, the model
        // that really takes over is easy to miss otherwise.
        std::vector<int> others;
        for (int m = 0; m < m_engine.modelCount(); ++m)
            if (m != m_recommended)
                others.push_back(m);
        const auto distance = [&](int m) {
            const std::optional<TraitChange> &c = result.traitPerModel[at(m)];
            return c ? std::abs(c->to - c->from) : std::numeric_limits<double>::infinity();
        };
        std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return distance(a) < distance(b); });
        QStringList items;
        for (int m : others) {
            const std::optional<TraitChange> &c = result.traitPerModel[at(m)];
            items << (c ? tr("%1 if %2 (now %3)")
                              .arg(modelName(catalogue, m), takeoverCondition(catalogue.traits[at(c->trait)].name,
                                                                              c->to, c->from),
                                   formatValue(c->from))
                        : tr("%1 through no single trait").arg(modelName(catalogue, m)));
        }
        result.modelsSentence = tr("Closest single-trait change that puts each other model on top: %1.")
                                    .arg(items.join(tr("; ")));
    }

    const QString current = modelName(catalogue, m_recommended);
    if (const std::optional<TraitChange> &c = result.trait) {
        const QString trait = catalogue.traits[at(c->trait)].name;
        const QString leader = modelName(catalogue, c->newLeader);
        const bool lower = c->to < c->from;
        // Rounded towards the far side, so that any value past the printed one really flips.
        const QString to = formatBreakeven(c->to, c->from);
        const QString from = formatValue(c->from);
        if (lower && to == QStringLiteral("0"))
            result.traitSentence =
                tr("Lowering %1 from %2 to 0 would make %3 the recommendation.").arg(trait, from, leader);
        else if (!lower && to == QStringLiteral("100"))
            result.traitSentence =
                tr("Raising %1 from %2 to 100 would make %3 the recommendation.").arg(trait, from, leader);
        else
            result.traitSentence = (lower ? tr("Lowering %1 from %2 to below %3 would make %4 the recommendation.")
                                          : tr("Raising %1 from %2 to above %3 would make %4 the recommendation."))
                                       .arg(trait, from, to, leader);
    } else {
        result.traitSentence = tr("No change to a single trait makes %1 lose its lead.").arg(current);
    }
    if (const std::optional<ImportanceChange> &c = result.importance) {
        const QString dimension = catalogue.dimensions[at(c->dimension)].name;
        const QString leader = modelName(catalogue, c->newLeader);
        const bool lower = c->to < c->from;
        const QString from = formatValue(c->from, 2);
        const QString to = formatValue(c->to, 2, lower ? Rounding::Down : Rounding::Up);
        const QString factor = formatValue(c->factor(), 2);
        if (c->from <= 0.0)
            result.importanceSentence =
                tr("Giving %1 an importance above %2 would make %3 the recommendation.").arg(dimension, to, leader);
        else if (lower && to == QStringLiteral("0"))
            result.importanceSentence =
                tr("Setting the importance of %1 (now %2) to 0 would make %3 the recommendation.")
                    .arg(dimension, from, leader);
        else
            result.importanceSentence =
                (lower ? tr("Lowering the importance of %1 from %2 to below %3 (×%4) would make %5 the recommendation.")
                       : tr("Raising the importance of %1 from %2 to above %3 (×%4) would make %5 the recommendation."))
                    .arg(dimension, from, to, factor, leader);
    } else {
        result.importanceSentence =
            tr("No change to the importance of a single dimension (within 0 to 10) makes %1 lose its lead.")
                .arg(current);
    }
    std::tie(result.cost, result.costSentence) = costBreakevens();
    return result;
}

std::optional<MonteCarloResult> SensitivityAnalysis::monteCarlo(const MonteCarloOptions &options) const
{
    const int samples = std::clamp(options.samples, 1, MonteCarloOptions::kMaxSamples);
    const int models = m_engine.modelCount();
    const int traitCount = static_cast<int>(m_profile.traits.size());
    const int dimensionCount = static_cast<int>(m_profile.importance.size());
    const int chunks = (samples + kChunkSize - 1) / kChunkSize;
    const int reference = m_recommended;

    std::vector<double> margins(at(samples));
    std::vector<int> wins(at(chunks) * at(models), 0);
    const double priceSpread =
        std::clamp(options.priceUncertaintyPercent, 0.0, MonteCarloOptions::kMaxPriceUncertaintyPercent) / 100.0;
    const int costModels = std::min(models, static_cast<int>(m_providerCost.size()));
    std::vector<int> cheapestWins(at(chunks) * at(models), 0);
    std::atomic<int> nextChunk{0};
    std::atomic<int> doneChunks{0};
    std::atomic<bool> stopped{false};
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    const auto runChunk = [&](int chunk, std::vector<double> &traits, std::vector<double> &importance,
                              std::vector<double> &overall) {
        std::mt19937_64 rng(splitMix64(options.seed ^ splitMix64(static_cast<std::uint64_t>(chunk))));
        const int begin = chunk * kChunkSize;
        const int end = std::min(samples, begin + kChunkSize);
        int *chunkWins = wins.data() + at(chunk) * at(models);
        const double importanceSpread = m_profile.importanceUncertainty;
        for (int i = begin; i < end; ++i) {
            // Uniform within ± the stated uncertainty, clamped to the slider range (see docs/sensitivity.md).
            for (int t = 0; t < traitCount; ++t)
                traits[at(t)] = std::clamp(m_profile.traits[at(t)] +
                                               m_profile.traitUncertainty[at(t)] * (2.0 * unitInterval(rng) - 1.0),
                                           0.0, 100.0);
            for (int d = 0; d < dimensionCount; ++d)
                importance[at(d)] =
                    m_profile.importance[at(d)] * (1.0 + importanceSpread * (2.0 * unitInterval(rng) - 1.0));
            m_engine.overallFit(traits, importance, overall);
            int best = 0;
            double bestOther = -std::numeric_limits<double>::infinity();
            for (int m = 0; m < models; ++m) {
                if (overall[at(m)] > overall[at(best)])
                    best = m;
                if (m != reference)
                    bestOther = std::max(bestOther, overall[at(m)]);
            }
            ++chunkWins[best];
            margins[at(i)] = overall[at(reference)] - bestOther;
        }
        if (costModels == 0)
            return;
        int *chunkCheapest = cheapestWins.data() + at(chunk) * at(models);
        if (priceSpread <= 0.0) {
            chunkCheapest[m_cheapest] += end - begin;
            return;
        }
        // Prices from a generator of their own, so the fit's samples above are the same with or without them.
        std::mt19937_64 prices(splitMix64(options.seed ^ splitMix64(0x5072696365ULL + static_cast<std::uint64_t>(chunk))));
        for (int i = begin; i < end; ++i) {
            const double salary = 1.0 + priceSpread * (2.0 * unitInterval(prices) - 1.0);
            int cheapest = 0;
            double least = std::numeric_limits<double>::infinity();
            for (int m = 0; m < costModels; ++m) {
                const double price = 1.0 + priceSpread * (2.0 * unitInterval(prices) - 1.0);
                const double total =
                    m_providerCost[at(m)] * price + m_salaryCost[at(m)] * salary + m_otherCost[at(m)];
                if (total < least) {
                    least = total;
                    cheapest = m;
                }
            }
            ++chunkCheapest[cheapest];
        }
    };
    const auto work = [&](bool reportsProgress) {
        std::vector<double> traits(at(traitCount));
        std::vector<double> importance(at(dimensionCount));
        std::vector<double> overall(at(models));
        for (;;) {
            if (stopped.load(std::memory_order_relaxed) || cancelled()) {
                stopped = true;
                return;
            }
            const int chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks)
                return;
            runChunk(chunk, traits, importance, overall);
            const int done = ++doneChunks;
            if (reportsProgress && options.progress)
                options.progress(static_cast<double>(done) / chunks);
        }
    };

    const int hardware = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int threadCount = std::clamp(options.threads > 0 ? options.threads : hardware, 1, chunks);
    std::vector<std::thread> helpers;
    helpers.reserve(at(threadCount - 1));
    try {
        for (int i = 1; i < threadCount; ++i)
            helpers.emplace_back(work, false);
    } catch (const std::system_error &error) {
        // Fewer threads only costs time: the chunks and therefore the result stay the same.
        log::core()->warn("sensitivity: could not start worker thread: {}", error.what());
    }
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    if (stopped)
        return std::nullopt;
    if (options.progress)
        options.progress(1.0);

    MonteCarloResult result;
    result.samples = samples;
    result.seed = options.seed;
    result.reference = reference;
    result.winProbability.assign(at(models), 0.0);
    for (int c = 0; c < chunks; ++c)
        for (int m = 0; m < models; ++m)
            result.winProbability[at(m)] += wins[at(c) * at(models) + at(m)];
    for (double &p : result.winProbability)
        p /= samples;
    result.priceUncertaintyPercent = priceSpread * 100.0;
    result.costTermMonths = m_costTerm;
    result.cheapestAtTodaysPrices = costModels > 0 ? m_cheapest : -1;
    result.cheapestProbability.assign(at(models), 0.0);
    for (int c = 0; c < chunks; ++c)
        for (int m = 0; m < models; ++m)
            result.cheapestProbability[at(m)] += cheapestWins[at(c) * at(models) + at(m)];
    for (double &p : result.cheapestProbability)
        p /= samples;

    double sum = 0;
    for (double margin : margins) // in sample order, so the sum does not depend on the threads
        sum += margin;
    result.marginMean = sum / samples;
    std::sort(margins.begin(), margins.end());
    const auto percentile = [&](double p) { // linear between order statistics
        const double position = p * (samples - 1);
        const size_t lower = static_cast<size_t>(position);
        const size_t upper = std::min(lower + 1, margins.size() - 1);
        return margins[lower] + (position - static_cast<double>(lower)) * (margins[upper] - margins[lower]);
    };
    result.marginP5 = percentile(0.05);
    result.marginP50 = percentile(0.50);
    result.marginP95 = percentile(0.95);
    result.marginMin = margins.front();
    result.marginMax = margins.back();

    const int bins = std::max(1, options.histogramBins);
    result.histogram.from = result.marginMin;
    const double span = result.marginMax - result.marginMin;
    if (span > 0) {
        result.histogram.binWidth = span / bins;
        result.histogram.counts.assign(at(bins), 0);
        for (double margin : margins)
            ++result.histogram.counts[at(
                std::min(bins - 1, static_cast<int>((margin - result.marginMin) / result.histogram.binWidth)))];
    } else {
        result.histogram.counts.assign(1, samples);
    }

    const Catalogue &catalogue = m_engine.catalogue();
    QStringList others;
    for (int m = 0; m < models; ++m)
        if (m != reference && result.winProbability[at(m)] > 0)
            others << tr("%1 in %2").arg(modelName(catalogue, m), formatPercentage(result.winProbability[at(m)]));
    result.sentence = tr("%1 is recommended in %2 of %3 variations of this profile within its stated uncertainty")
                          .arg(modelName(catalogue, reference), formatPercentage(result.winProbability[at(reference)]),
                               formatCount(samples));
    result.sentence += others.isEmpty() ? tr(".") : tr("; %1.").arg(formatList(others));
    result.sentence +=
        u' ' + tr("Its lead over the best alternative averages %1 points (5th to 95th percentile: %2 to %3).")
                   .arg(formatDecimal(result.marginMean, 1), formatDecimal(result.marginP5, 1),
                        formatDecimal(result.marginP95, 1));

    if (costModels > 0) {
        if (priceSpread <= 0.0) {
            result.costSentence = tr("At today's prices %1 costs least over %2 months (no price uncertainty set).")
                                      .arg(modelName(catalogue, m_cheapest), QString::number(m_costTerm));
        } else {
            int leastCost = 0;
            for (int m = 1; m < models; ++m)
                if (result.cheapestProbability[at(m)] > result.cheapestProbability[at(leastCost)])
                    leastCost = m;
            QStringList rest;
            for (int m = 0; m < models; ++m)
                if (m != leastCost && result.cheapestProbability[at(m)] > 0)
                    rest << tr("%1 in %2").arg(modelName(catalogue, m), formatPercentage(result.cheapestProbability[at(m)]));
            result.costSentence =
                tr("With provider prices and the IT salary within ±%1%, %2 costs least over %3 months in %4 of %5 "
                   "samples")
                    .arg(formatValue(result.priceUncertaintyPercent), modelName(catalogue, leastCost),
                         QString::number(m_costTerm), formatPercentage(result.cheapestProbability[at(leastCost)]),
                         formatCount(samples));
            result.costSentence += rest.isEmpty() ? tr(".") : tr("; %1.").arg(formatList(rest));
        }
    }
    return result;
}

std::optional<SensitivityResult> SensitivityAnalysis::run(const SensitivityOptions &options) const
{
    SensitivityResult result;
    result.overall = m_overall;
    result.recommended = m_recommended;
    result.runnerUp = m_runnerUp;
    result.margin = m_overall[at(m_recommended)] - m_overall[at(m_runnerUp)];

    std::vector<std::vector<Breakeven>> breakevensPerTrait;
    for (int t = 0; t < static_cast<int>(m_engine.catalogue().traits.size()); ++t) {
        result.sweeps.push_back(sweep(t, options.sweepStep));
        breakevensPerTrait.push_back(result.sweeps.back().breakevens);
    }
    result.tornado = tornado(options.tornadoWindow);
    result.tornadoWindow = std::max(0.0, options.tornadoWindow);
    result.headToHead = headToHead(options.strengthsPerSide);
    result.changeToFlip = changeToFlipFrom(breakevensPerTrait);

    std::optional<MonteCarloResult> monteCarlo = this->monteCarlo(options.monteCarlo);
    if (!monteCarlo)
        return std::nullopt;
    result.monteCarlo = std::move(*monteCarlo);
    return result;
}

} // namespace splitbench
