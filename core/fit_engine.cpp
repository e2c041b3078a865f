#include "fit_engine.h"

#include "number_format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

QString percent(double value) { return QString::number(std::lround(value)) + u'%'; }

QString describeDrivers(const Catalogue &catalogue, const std::vector<TraitContribution> &drivers)
{
    QStringList parts;
    for (size_t i = 0; i < drivers.size() && i < 2; ++i) {
        const TraitContribution &c = drivers[i];
        if (std::abs(c.points) < 2.0)
            break;
        const Trait &trait = catalogue.traits[static_cast<size_t>(c.trait)];
        parts << (c.points > 0 ? tr("%1 (+%2 points in-house)") : tr("%1 (%2 points in-house)"))
                     .arg(trait.name, QString::number(std::lround(c.points)));
    }
    if (parts.isEmpty())
        return {};
    return tr("mainly because of %1").arg(parts.join(tr(" and ")));
}
} // namespace

std::vector<int> FitResult::decidingDimensions() const
{
    std::vector<int> deciding;
    for (const ResultDriver &driver : drivers) { // sorted, largest contribution first
        if (static_cast<int>(deciding.size()) == kMaxDecidingDimensions || driver.contribution <= kTieMargin)
            break;
        deciding.push_back(driver.dimension);
    }
    return deciding;
}

std::pair<int, int> leadingTwo(std::span<const double> overall)
{
    int best = 0;
    for (int m = 1; m < static_cast<int>(overall.size()); ++m)
        if (overall[static_cast<size_t>(m)] > overall[static_cast<size_t>(best)])
            best = m;
    int second = best == 0 ? 1 : 0;
    for (int m = 0; m < static_cast<int>(overall.size()); ++m)
        if (m != best && overall[static_cast<size_t>(m)] > overall[static_cast<size_t>(second)])
            second = m;
    return {best, second};
}

FitEngine::FitEngine(Catalogue catalogue)
    : m_catalogue(std::move(catalogue)),
      m_modelCount(static_cast<int>(m_catalogue.models.size())),
      m_dimensionCount(static_cast<int>(m_catalogue.dimensions.size()))
{
    m_internalShare.resize(static_cast<size_t>(m_modelCount * m_dimensionCount));
    for (int d = 0; d < m_dimensionCount; ++d)
        for (int m = 0; m < m_modelCount; ++m)
            m_internalShare[static_cast<size_t>(d * m_modelCount + m)] = m_catalogue.internalShare(d, m);
}

bool FitEngine::fitAlike(int a, int b) const
{
    // Shares are means of whole percentages: 1e-9 tells "the same" from any real difference.
    for (int d = 0; d < m_dimensionCount; ++d)
        if (std::abs(m_internalShare[static_cast<size_t>(d * m_modelCount + a)] -
                     m_internalShare[static_cast<size_t>(d * m_modelCount + b)]) > 1e-9)
            return false;
    return true;
}

double FitEngine::desiredInternalShare(int dimension, std::span<const double> traits) const
{
    const Dimension &d = m_catalogue.dimensions[static_cast<size_t>(dimension)];
    double desired = d.baseInternalShare;
    for (const Affinity &affinity : d.affinities)
        desired += affinity.contribution(traits[static_cast<size_t>(affinity.trait)]);
    return std::clamp(desired, 0.0, 100.0);
}

void FitEngine::overallFit(std::span<const double> traits, std::span<const double> importance,
                           std::span<double> overall) const
{
    std::fill(overall.begin(), overall.begin() + m_modelCount, 0.0);
    double totalWeight = 0;
    for (int d = 0; d < m_dimensionCount; ++d) {
        const double weight = importance[static_cast<size_t>(d)];
        if (weight <= 0)
            continue;
        totalWeight += weight;
        const double desired = desiredInternalShare(d, traits);
        const double *shares = &m_internalShare[static_cast<size_t>(d * m_modelCount)];
        for (int m = 0; m < m_modelCount; ++m)
            overall[static_cast<size_t>(m)] += weight * (100.0 - std::abs(desired - shares[m]));
    }
    for (int m = 0; m < m_modelCount; ++m)
        overall[static_cast<size_t>(m)] = totalWeight > 0 ? overall[static_cast<size_t>(m)] / totalWeight : 0.0;
}

namespace {
/// Mean in-house share of one dimension's activities in `row`: Catalogue::internalShare() for a table.
double tableInternalShare(const std::vector<Responsibility> &row)
{
    double sum = 0;
    for (const Responsibility &r : row)
        sum += r.internalShare();
    return row.empty() ? 0.0 : sum / static_cast<double>(row.size());
}
} // namespace

std::vector<double> FitEngine::dimensionFitOf(const std::vector<std::vector<Responsibility>> &table,
                                              std::span<const double> traits) const
{
    std::vector<double> fit;
    fit.reserve(static_cast<size_t>(m_dimensionCount));
    for (int d = 0; d < m_dimensionCount; ++d)
        fit.push_back(100.0 - std::abs(desiredInternalShare(d, traits) - tableInternalShare(table.at(static_cast<size_t>(d)))));
    return fit;
}

double FitEngine::overallFitOf(const std::vector<std::vector<Responsibility>> &table, std::span<const double> traits,
                               std::span<const double> importance) const
{
    // The same sums in the same order as overallFit(), so a model's table scores exactly as the model.
    double overall = 0;
    double totalWeight = 0;
    for (int d = 0; d < m_dimensionCount; ++d) {
        const double weight = importance[static_cast<size_t>(d)];
        if (weight <= 0)
            continue;
        totalWeight += weight;
        const double desired = desiredInternalShare(d, traits);
        overall += weight * (100.0 - std::abs(desired - tableInternalShare(table.at(static_cast<size_t>(d)))));
    }
    return totalWeight > 0 ? overall / totalWeight : 0.0;
}

FitResult FitEngine::score(const Profile &profile) const
{
    FitResult result;
    result.overall.assign(static_cast<size_t>(m_modelCount), 0.0);
    overallFit(profile.traits, profile.importance, result.overall);
    std::tie(result.recommended, result.runnerUp) = leadingTwo(result.overall);
    result.margin = result.overall[static_cast<size_t>(result.recommended)] -
                    result.overall[static_cast<size_t>(result.runnerUp)];
    if (fitAlike(result.recommended, result.runnerUp))
        result.leaders = m_catalogue.sameResponsibilities(result.recommended, result.runnerUp)
                             ? FitResult::Leaders::Identical
                             : FitResult::Leaders::FitAlike;

    double totalWeight = 0;
    for (double w : profile.importance)
        totalWeight += std::max(0.0, w);

    result.dimensions.reserve(static_cast<size_t>(m_dimensionCount));
    for (int d = 0; d < m_dimensionCount; ++d) {
        const Dimension &dimension = m_catalogue.dimensions[static_cast<size_t>(d)];
        DimensionFit fit;
        fit.desiredInternalShare = desiredInternalShare(d, profile.traits);
        for (int m = 0; m < m_modelCount; ++m) {
            const double share = m_internalShare[static_cast<size_t>(d * m_modelCount + m)];
            fit.modelInternalShare.push_back(share);
            fit.fit.push_back(100.0 - std::abs(fit.desiredInternalShare - share));
        }
        for (const Affinity &affinity : dimension.affinities) {
            const double points = affinity.contribution(profile.traits[static_cast<size_t>(affinity.trait)]);
            if (points != 0.0)
                fit.drivers.push_back({affinity.trait, points});
        }
        std::stable_sort(fit.drivers.begin(), fit.drivers.end(),
                         [](const TraitContribution &a, const TraitContribution &b) {
                             return std::abs(a.points) > std::abs(b.points);
                         });

        QStringList shares;
        for (int m = 0; m < m_modelCount; ++m)
            shares << tr("%1 keeps %2 in-house")
                          .arg(m_catalogue.models[static_cast<size_t>(m)].name, percent(fit.modelInternalShare[static_cast<size_t>(m)]));
        fit.explanation = tr("Your profile suggests keeping about %1 of %2 in-house; %3.")
                              .arg(percent(fit.desiredInternalShare), dimension.name, shares.join(tr(", ")));
        if (const QString why = describeDrivers(m_catalogue, fit.drivers); !why.isEmpty())
            fit.explanation += u' ' + tr("The estimate moved from the typical %1, %2.")
                                          .arg(percent(dimension.baseInternalShare), why);

        if (totalWeight > 0) {
            const double weight = std::max(0.0, profile.importance[static_cast<size_t>(d)]) / totalWeight;
            const double contribution = weight * (fit.fit[static_cast<size_t>(result.recommended)] -
                                                  fit.fit[static_cast<size_t>(result.runnerUp)]);
            result.drivers.push_back({d, contribution});
        }
        result.dimensions.push_back(std::move(fit));
    }
    std::stable_sort(result.drivers.begin(), result.drivers.end(),
                     [](const ResultDriver &a, const ResultDriver &b) { return a.contribution > b.contribution; });

    const ServiceModel &best = m_catalogue.models[static_cast<size_t>(result.recommended)];
    const ServiceModel &second = m_catalogue.models[static_cast<size_t>(result.runnerUp)];
    QStringList top;
    for (const int d : result.decidingDimensions())
        top << m_catalogue.dimensions[static_cast<size_t>(d)].name;
    if (result.isTie()) {
        result.summary = tr("%1 and %2 fit this organisation equally well (%3 of 100).")
                             .arg(best.name, second.name,
                                  formatDecimal(result.overall[static_cast<size_t>(result.recommended)], 1));
        if (result.leaders == FitResult::Leaders::Identical)
            result.summary += u' ' + tr("The two are identical: they split every activity the same way, so no "
                                        "profile can tell them apart.");
        else if (result.leaders == FitResult::Leaders::FitAlike)
            result.summary += u' ' + tr("They keep the same share of the work in-house in every dimension, so no "
                                        "profile can tell them apart.");
    } else {
        result.summary = tr("%1 fits best: %2 of 100 against %3 for %4, a margin of %5 points.")
                             .arg(best.name, formatDecimal(result.overall[static_cast<size_t>(result.recommended)], 1),
                                  formatDecimal(result.overall[static_cast<size_t>(result.runnerUp)], 1), second.name,
                                  formatDecimal(result.margin, 1));
        if (!top.isEmpty())
            result.summary += u' ' + tr("It leads most in %1.").arg(top.join(tr(", ")));
    }
    return result;
}

} // namespace splitbench
