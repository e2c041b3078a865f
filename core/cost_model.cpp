#include "cost_model.h"

#include "fit_engine.h"
#include "profile.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace splitbench {

namespace {

/// Working hours in a full-time year (46 weeks of 37.5 hours), for pricing a need bought by the hour.
constexpr double kHoursPerFteYear = 1725.0;

/// Each dimension's share of the total IT workload, in percent. Day-to-day support, monitoring, security and
/// the infrastructure carry most of the hours; direction and contracts few. docs/cost-model.md.
const std::map<QString, double> &workloadShares()
{
    static const std::map<QString, double> shares{
        {QStringLiteral("service_ownership"), 3},        {QStringLiteral("expertise_skills"), 3},
        {QStringLiteral("monitoring_maintenance"), 10},  {QStringLiteral("end_user_support"), 16},
        {QStringLiteral("security"), 9},                 {QStringLiteral("cloud_infrastructure"), 8},
        {QStringLiteral("strategic_planning"), 3},       {QStringLiteral("contracts_pricing"), 2},
        {QStringLiteral("tools_platforms"), 4},          {QStringLiteral("team_dynamics"), 2},
        {QStringLiteral("collaboration_integration"), 3}, {QStringLiteral("operational_style"), 3},
        {QStringLiteral("reporting_analytics"), 3},      {QStringLiteral("onboarding_offboarding"), 5},
        {QStringLiteral("flexibility_scalability"), 3},  {QStringLiteral("compliance_documentation"), 4},
        {QStringLiteral("infrastructure_handling"), 8},  {QStringLiteral("learning_development"), 2},
        {QStringLiteral("business_continuity"), 5},      {QStringLiteral("vendor_management"), 4},
    };
    return shares;
}

/// Where `difference` changes sign between `low` and `high`, nearest `current`: the grid is searched for sign
/// changes, each is narrowed by bisection, and kept only if the two costs really meet there (within
/// `tolerance` of their size): a jump, such as the step from hours to a hire, is not a breakeven.
std::optional<double> crossingNearest(const std::function<double(double)> &difference,
                                      const std::function<double(double)> &size, double low, double high,
                                      double current, bool geometric)
{
    constexpr int kSamples = 600;
    constexpr double kTolerance = 0.002;
    const auto at = [&](int i) {
        const double t = static_cast<double>(i) / kSamples;
        return geometric ? low * std::pow(high / low, t) : low + (high - low) * t;
    };
    std::optional<double> best;
    double previousX = at(0);
    double previous = difference(previousX);
    for (int i = 1; i <= kSamples; ++i) {
        const double x = at(i);
        const double value = difference(x);
        if ((previous < 0) != (value < 0) || value == 0) {
            double a = previousX;
            double b = x;
            double fa = previous;
            for (int step = 0; step < 80; ++step) {
                const double middle = (a + b) / 2;
                const double fm = difference(middle);
                if ((fa < 0) == (fm < 0)) {
                    a = middle;
                    fa = fm;
                } else {
                    b = middle;
                }
            }
            const double root = (a + b) / 2;
            if (std::abs(difference(root)) <= kTolerance * std::max(1.0, size(root)) &&
                (!best || std::abs(root - current) < std::abs(*best - current)))
                best = root;
        }
        previousX = x;
        previous = value;
    }
    return best;
}

} // namespace

const QStringList &knownCurrencies()
{
    static const QStringList codes{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                   QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                   QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                                   QStringLiteral("PLN"), QStringLiteral("CZK"), QStringLiteral("JPY")};
    return codes;
}

bool isKnownCurrency(const QString &code)
{
    return knownCurrencies().contains(code);
}

double ModelPricing::surchargePercent(int months) const
{
    const auto found = shortTermSurchargePercent.find(months);
    return found == shortTermSurchargePercent.end() ? 0.0 : found->second;
}

ModelPricing defaultPricing(const QString &modelId)
{
    ModelPricing pricing;
    if (modelId == QLatin1String("fully_managed")) {
        // Everything included: the provider runs all of IT for one fee per user.
        pricing.perUser = 95;
        pricing.perServer = 80;
        pricing.perSite = 150;
        pricing.onboardingOnce = 5000;
    } else if (modelId == QLatin1String("co_managed")) {
        // A smaller base fee; the rest à la carte.
        pricing.perUser = 45;
        pricing.perServer = 40;
        pricing.perSite = 75;
        pricing.onboardingOnce = 2500;
        pricing.modules = {
            {QStringLiteral("out_of_hours"), 800, 0, false},
            {QStringLiteral("security_monitoring"), 0, 8, false},
            {QStringLiteral("strategic_advice"), 1200, 0, false},
            {QStringLiteral("backup_recovery"), 0, 5, false},
        };
    }
    return pricing;
}

double workloadSharePercent(const QString &dimensionId)
{
    const auto &shares = workloadShares();
    const auto found = shares.find(dimensionId);
    return found != shares.end() ? found->second : 100.0 / static_cast<double>(shares.size());
}

CostModel::CostModel(const Catalogue &catalogue, Organisation organisation, std::vector<ModelPricing> pricing)
    : m_organisation(std::move(organisation)), m_pricing(std::move(pricing))
{
    const int given = static_cast<int>(m_pricing.size());
    const int models = static_cast<int>(catalogue.models.size());
    double totalShare = 0;
    for (const Dimension &dimension : catalogue.dimensions)
        totalShare += workloadSharePercent(dimension.id);
    m_inHouseShare.assign(static_cast<size_t>(models), 0.0);
    for (int m = 0; m < models; ++m) {
        double share = 0;
        for (int d = 0; d < static_cast<int>(catalogue.dimensions.size()); ++d)
            share += workloadSharePercent(catalogue.dimensions[static_cast<size_t>(d)].id) / totalShare *
                     catalogue.internalShare(d, m) / 100.0;
        m_inHouseShare[static_cast<size_t>(m)] = share;
    }
    m_pricing.resize(static_cast<size_t>(models));
    for (int m = given; m < models; ++m) {
        const ServiceModel &model = catalogue.models[static_cast<size_t>(m)];
        m_pricing[static_cast<size_t>(m)] = defaultPricing(model.isCustom() ? model.basedOn : model.id);
    }
}

CostModel CostModel::forProfile(const Catalogue &catalogue, const Profile &profile)
{
    const auto pricingOf = [&](const QString &modelId) {
        const auto found = profile.pricing.find(modelId);
        return found != profile.pricing.end() ? found->second : defaultPricing(modelId);
    };
    std::vector<ModelPricing> pricing;
    pricing.reserve(catalogue.models.size());
    for (const ServiceModel &model : catalogue.models) {
        if (!model.isCustom()) {
            pricing.push_back(pricingOf(model.id));
            continue;
        }
        const auto custom = std::find_if(profile.customModels.begin(), profile.customModels.end(),
                                         [&](const CustomModel &c) { return c.id == model.id; });
        pricing.push_back(custom != profile.customModels.end() && custom->pricing ? *custom->pricing
                                                                                   : pricingOf(model.basedOn));
    }
    return CostModel(catalogue, profile.organisation.value_or(Organisation{}), std::move(pricing));
}

CostModel CostModel::with(const Organisation &organisation) const
{
    CostModel copy = *this;
    copy.m_organisation = organisation;
    return copy;
}

double CostModel::totalWorkloadFte() const
{
    return m_organisation.usersPerItFte > 0 ? m_organisation.users / m_organisation.usersPerItFte : 0.0;
}

double CostModel::inHouseFte(int model) const
{
    return totalWorkloadFte() * m_inHouseShare.at(static_cast<size_t>(model));
}

CostBreakdown CostModel::cost(int model, std::optional<int> termMonths) const
{
    const Organisation &o = m_organisation;
    const ModelPricing &p = pricing(model);
    CostBreakdown result;
    result.model = model;
    result.termMonths = std::max(1, termMonths.value_or(p.termMonths));
    const double months = result.termMonths;
    const double years = months / 12.0;

    const double monthlyFees = o.users * p.perUser + o.servers * p.perServer + o.sites * p.perSite;
    result.providerFees = monthlyFees * months * (1.0 + p.surchargePercent(result.termMonths) / 100.0);
    double monthlyModules = 0;
    for (const PricingModule &module : p.modules)
        if (module.selected)
            monthlyModules += module.perMonth + module.perUserPerMonth * o.users;
    result.modules = monthlyModules * months;
    result.onboarding = p.onboardingOnce;

    // Staff: today's team stays a cost (unless the user releases it); a larger need is hired, and a need
    // too small for a hire is bought by the hour or as the smallest part-time role.
    result.fteNeeded = inHouseFte(model);
    const double kept = o.redeployKeptStaff ? std::min(o.itStaffFte, result.fteNeeded) : o.itStaffFte;
    const double extra = std::max(0.0, result.fteNeeded - o.itStaffFte);
    double hire = 0;
    if (extra > 0 && extra < o.minimumHireFte && o.smallNeedAs == SmallNeedAs::ContractorHours)
        result.contractorHoursPerYear = extra * kHoursPerFteYear;
    else if (extra > 0)
        hire = std::max(extra, o.minimumHireFte);
    result.fteToHire = hire;
    result.fteSalaried = kept + hire;

    result.staff = result.fteSalaried * o.salaryPerYear * (1.0 + o.onCostPercent / 100.0) * years;
    result.contractor = result.contractorHoursPerYear * o.contractorHourlyRate * years;
    result.tools = result.fteSalaried * o.toolsPerItFtePerYear * years;
    result.recruiting = hire * o.recruitingCostOnce +
                        result.fteSalaried * o.turnoverPercentPerYear / 100.0 * o.recruitingCostOnce * years;
    return result;
}

std::vector<CostBreakdown> CostModel::costs(std::optional<int> termMonths) const
{
    std::vector<CostBreakdown> all;
    for (int m = 0; m < modelCount(); ++m)
        all.push_back(cost(m, termMonths));
    return all;
}

std::optional<double> CostModel::usersBreakeven(int a, int b, int termMonths) const
{
    if (a == b)
        return std::nullopt;
    const auto total = [&](double users, int model) {
        Organisation o = m_organisation;
        o.users = users;
        return with(o).cost(model, termMonths).total();
    };
    return crossingNearest([&](double users) { return total(users, a) - total(users, b); },
                           [&](double users) { return std::max(total(users, a), total(users, b)); }, 1.0, 1.0e6,
                           m_organisation.users, true);
}

std::optional<double> CostModel::salaryBreakeven(int a, int b, int termMonths) const
{
    if (a == b)
        return std::nullopt;
    const auto total = [&](double salary, int model) {
        Organisation o = m_organisation;
        o.salaryPerYear = salary;
        return with(o).cost(model, termMonths).total();
    };
    return crossingNearest([&](double salary) { return total(salary, a) - total(salary, b); },
                           [&](double salary) { return std::max(total(salary, a), total(salary, b)); }, 0.0, 1.0e7,
                           m_organisation.salaryPerYear, false);
}

std::optional<double> CostModel::perUserPriceBreakeven(int model, int reference, int termMonths) const
{
    // The total is linear in the price per user: solve it directly.
    CostModel free = *this;
    free.m_pricing[static_cast<size_t>(model)].perUser = 0;
    const double atZero = free.cost(model, termMonths).total();
    const double perUnit = m_organisation.users * termMonths *
                           (1.0 + pricing(model).surchargePercent(termMonths) / 100.0);
    if (perUnit <= 0)
        return std::nullopt;
    const double price = (cost(reference, termMonths).total() - atZero) / perUnit;
    return price >= 0 ? std::optional<double>(price) : std::nullopt;
}

std::vector<bool> valueForMoneyFront(const std::vector<double> &fits, const std::vector<double> &totals)
{
    const size_t n = std::min(fits.size(), totals.size());
    const auto fitsAtLeast = [&](size_t a, size_t b) { return fits[a] >= fits[b] - FitResult::kTieMargin; };
    const auto fitsBetter = [&](size_t a, size_t b) { return fits[a] > fits[b] + FitResult::kTieMargin; };
    const auto costsNoMore = [&](size_t a, size_t b) { return totals[a] <= totals[b] * 1.005; };
    const auto costsLess = [&](size_t a, size_t b) { return totals[a] * 1.005 < totals[b]; };
    std::vector<bool> front(n, true);
    for (size_t m = 0; m < n; ++m)
        for (size_t other = 0; other < n && front[m]; ++other)
            if (other != m && fitsAtLeast(other, m) && costsNoMore(other, m) &&
                (fitsBetter(other, m) || costsLess(other, m)))
                front[m] = false;
    return front;
}

std::vector<bool> valueForMoneyFront(const std::vector<double> &fits, const std::vector<CostBreakdown> &costs)
{
    std::vector<double> perYear;
    perYear.reserve(costs.size());
    for (const CostBreakdown &cost : costs)
        perYear.push_back(cost.perYear());
    return valueForMoneyFront(fits, perYear);
}

} // namespace splitbench
