// What each service model costs an organisation over a contract term: the provider's fees and the in-house work
// the model leaves, priced as staff the organisation keeps, hires or buys by the hour. docs/cost-model.md
// explains every formula with a worked example; the defaults are typical market figures, never a quote.
#pragma once

#include "catalogue.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace splitbench {

struct Profile;

/// ISO 4217 codes the cost view knows (EUR, USD, GBP, CHF and a few more), in the order menus list them.
const QStringList &knownCurrencies();
[[nodiscard]] bool isKnownCurrency(const QString &code);

/// How an organisation buys an in-house need too small for a hire.
enum class SmallNeedAs { ContractorHours, PartTimeRole };

/// Size, today's IT staff and the in-house cost figures (the profile's "organisation" section).
struct Organisation {
    double users = 50;
    double devices = 60;
    double servers = 3;
    double sites = 1;
    double itStaffFte = 1.0; ///< Today's internal IT staff; they are a cost in every model (see redeployKeptStaff).
    QString currency = QStringLiteral("EUR");
    double usersPerItFte = 70; ///< How many users one full-time IT person looks after: the total IT workload.
    double salaryPerYear = 60000;
    double onCostPercent = 25; ///< Employer's social charges and benefits on top of the salary.
    double toolsPerItFtePerYear = 3000;
    double recruitingCostOnce = 12000;
    double turnoverPercentPerYear = 15;
    SmallNeedAs smallNeedAs = SmallNeedAs::ContractorHours;
    double contractorHourlyRate = 95;
    double minimumHireFte = 0.5; ///< Less extra need than this is bought by the hour or as a part-time role.
    /// When true, today's staff a model does not need are counted as released (a saving). Off by default: staff
    /// the organisation keeps cost the same whichever model it chooses.
    bool redeployKeptStaff = false;

    bool operator==(const Organisation &) const = default;
};

/// One optional service bought on top of a model's base fee (mostly co-managed: out-of-hours cover, security
/// monitoring, strategic advice hours, backup and recovery).
struct PricingModule {
    QString id;
    double perMonth = 0;
    double perUserPerMonth = 0;
    bool selected = false;

    bool operator==(const PricingModule &) const = default;
};

/// A provider's prices for one model (the profile's "pricing" section, or a custom model's own).
struct ModelPricing {
    double perUser = 0;   ///< Per user and month.
    double perServer = 0; ///< Per server and month.
    double perSite = 0;   ///< Per site and month.
    double onboardingOnce = 0;
    int termMonths = 36; ///< 12, 24 or 36.
    std::map<int, double> shortTermSurchargePercent{{12, 10.0}, {24, 5.0}}; ///< What a shorter term adds.
    std::vector<PricingModule> modules;

    [[nodiscard]] double surchargePercent(int termMonths) const;
    bool operator==(const ModelPricing &) const = default;
};

/// The typical prices of a built-in model (by id); a model without figures of its own costs nothing from the
/// provider. A custom model starts from the model it was copied from.
[[nodiscard]] ModelPricing defaultPricing(const QString &modelId);
/// Each dimension's share of an organisation's total IT workload, in percent (they add up to 100 over the
/// built-in catalogue; an unknown dimension gets the average share).
[[nodiscard]] double workloadSharePercent(const QString &dimensionId);

/// The cost of one model over a term, by component (money in the organisation's currency).
struct CostBreakdown {
    int model = -1;
    int termMonths = 36;
    double providerFees = 0;   ///< Per user, server and site, with the short-term surcharge, over the term.
    double modules = 0;        ///< Selected modules over the term.
    double onboarding = 0;     ///< One-off.
    double staff = 0;          ///< Salaried in-house IT staff (salary and on-cost) over the term.
    double contractor = 0;     ///< A small need bought by the hour, over the term.
    double tools = 0;          ///< Tools per salaried IT FTE, over the term.
    double recruiting = 0;     ///< Hiring the gap once, and replacing leavers (turnover) over the term.
    double fteNeeded = 0;      ///< In-house IT FTE the model leaves to the organisation.
    double fteSalaried = 0;    ///< Salaried FTE paid for: today's staff kept, plus hires.
    double fteToHire = 0;      ///< Salaried FTE beyond today's staff (0 when the gap is bought by the hour).
    double contractorHoursPerYear = 0;

    [[nodiscard]] double total() const
    {
        return providerFees + modules + onboarding + staff + contractor + tools + recruiting;
    }
    [[nodiscard]] double perYear() const { return total() * 12.0 / termMonths; }
    [[nodiscard]] double perUserPerMonth(double users) const
    {
        return users > 0 ? total() / termMonths / users : 0.0;
    }
};

/**
 * Total cost of ownership of each model of a catalogue for one organisation. The in-house work a model leaves
 * follows from who does what: the sum over dimensions of the total IT workload (users ÷ users per IT FTE) ×
 * the dimension's workload share × the model's in-house share of that dimension (Catalogue::internalShare),
 * so a custom model that moves work in-house needs more staff and costs more.
 */
class CostModel {
public:
    /// `pricing` is indexed like catalogue.models (missing entries take defaultPricing of the model's id, or of
    /// the model it was based on).
    CostModel(const Catalogue &catalogue, Organisation organisation, std::vector<ModelPricing> pricing = {});
    /// The cost model of a profile. `catalogue` holds the profile's custom models already (as FitEngine's
    /// does: withCustomModels()). Prices: the profile's override for a built-in model, else its defaults; a
    /// custom model's own prices, else those of the model it is based on as this profile prices it. The
    /// organisation: the profile's, else the defaults.
    [[nodiscard]] static CostModel forProfile(const Catalogue &catalogue, const Profile &profile);

    [[nodiscard]] const Organisation &organisation() const { return m_organisation; }
    [[nodiscard]] const ModelPricing &pricing(int model) const { return m_pricing.at(static_cast<size_t>(model)); }
    [[nodiscard]] int modelCount() const { return static_cast<int>(m_pricing.size()); }
    /// The same catalogue and prices for another organisation (cheap: the in-house shares are kept), e.g. to
    /// ask what the models cost at another size or salary.
    [[nodiscard]] CostModel withOrganisation(const Organisation &organisation) const { return with(organisation); }

    /// The organisation's total IT workload in FTE: users ÷ users per IT FTE.
    [[nodiscard]] double totalWorkloadFte() const;
    /// The in-house FTE a model leaves.
    [[nodiscard]] double inHouseFte(int model) const;
    /// The cost of a model over `termMonths` (the model's own term when not given).
    [[nodiscard]] CostBreakdown cost(int model, std::optional<int> termMonths = {}) const;
    /// Every model's cost over the same term (each model's own when not given).
    [[nodiscard]] std::vector<CostBreakdown> costs(std::optional<int> termMonths = {}) const;

    // --- Breakevens (each, put back in, makes the two totals equal)

    /// The number of users (1 to 1,000,000) nearest today's at which models `a` and `b` cost the same over
    /// `termMonths`; nullopt when one is cheaper throughout.
    [[nodiscard]] std::optional<double> usersBreakeven(int a, int b, int termMonths = 36) const;
    /// The yearly salary (0 to 10,000,000) nearest today's at which `a` and `b` cost the same.
    [[nodiscard]] std::optional<double> salaryBreakeven(int a, int b, int termMonths = 36) const;
    /// The price per user and month at which `model` costs as much as `reference` (0 or more); nullopt when
    /// even a price of 0 leaves it dearer, or when it has no users to charge.
    [[nodiscard]] std::optional<double> perUserPriceBreakeven(int model, int reference, int termMonths = 36) const;

private:
    [[nodiscard]] CostModel with(const Organisation &organisation) const;

    std::vector<double> m_inHouseShare; ///< Per model: the workload-weighted in-house fraction (0..1).
    Organisation m_organisation;
    std::vector<ModelPricing> m_pricing;
};

/// Value for money: the models no other model beats on both fit and cost (a model is beaten when another
/// fits at least as well and costs no more, and is strictly better in one of the two). `fits` and `totals`
/// are indexed alike (by model); the answer is one flag per model. Fits within FitResult::kTieMargin and
/// totals within 0.5 % count as equal, so a difference nobody could see does not mark a model down.
[[nodiscard]] std::vector<bool> valueForMoneyFront(const std::vector<double> &fits, const std::vector<double> &totals);
/// The same for each model's cost, compared per year, so that a 24-month quote and a 36-month one compare
/// fairly (with one term for all, the order is that of the totals). The one rule every view asks.
[[nodiscard]] std::vector<bool> valueForMoneyFront(const std::vector<double> &fits,
                                                   const std::vector<CostBreakdown> &costs);

} // namespace splitbench
