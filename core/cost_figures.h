// Each cost figure of a profile by name, with the range it may take: the profile loader refuses a value outside
// it, and the workbench's editors clamp to it, so one rule serves both.
#pragma once

#include "cost_model.h"

#include <array>

namespace splitbench {

/// A closed range of values.
struct FigureRange {
    double min = 0;
    double max = 0;
    [[nodiscard]] double clamp(double value) const { return value < min ? min : (value > max ? max : value); }
    [[nodiscard]] bool contains(double value) const { return value >= min && value <= max; }
};

/// The numeric figures of Organisation.
enum class OrganisationFigure {
    Users,
    Devices,
    Servers,
    Sites,
    ItStaffFte,
    UsersPerItFte,
    SalaryPerYear,
    OnCostPercent,
    ToolsPerItFtePerYear,
    RecruitingCostOnce,
    TurnoverPercentPerYear,
    ContractorHourlyRate,
    MinimumHireFte,
};
inline constexpr std::array kOrganisationFigures{
    OrganisationFigure::Users,          OrganisationFigure::Devices,
    OrganisationFigure::Servers,        OrganisationFigure::Sites,
    OrganisationFigure::ItStaffFte,     OrganisationFigure::UsersPerItFte,
    OrganisationFigure::SalaryPerYear,  OrganisationFigure::OnCostPercent,
    OrganisationFigure::ToolsPerItFtePerYear, OrganisationFigure::RecruitingCostOnce,
    OrganisationFigure::TurnoverPercentPerYear, OrganisationFigure::ContractorHourlyRate,
    OrganisationFigure::MinimumHireFte,
};

/// The numeric figures of ModelPricing (the term and the modules have rules of their own below).
enum class PriceFigure { PerUser, PerServer, PerSite, OnboardingOnce };
inline constexpr std::array kPriceFigures{PriceFigure::PerUser, PriceFigure::PerServer, PriceFigure::PerSite,
                                          PriceFigure::OnboardingOnce};

/// What a profile may hold for each figure.
[[nodiscard]] FigureRange figureRange(OrganisationFigure figure);
[[nodiscard]] FigureRange figureRange(PriceFigure figure);
[[nodiscard]] double figure(const Organisation &organisation, OrganisationFigure which);
void setFigure(Organisation &organisation, OrganisationFigure which, double value);
[[nodiscard]] double figure(const ModelPricing &pricing, PriceFigure which);
void setFigure(ModelPricing &pricing, PriceFigure which, double value);

/// A module's prices (per month, per user and month).
inline constexpr FigureRange kModulePriceRange{0, 1e9};
/// What a shorter term adds, in percent.
inline constexpr FigureRange kSurchargeRange{0, 200};
/// The contract terms a model may have, in months.
inline constexpr std::array kContractTerms{12, 24, 36};
[[nodiscard]] constexpr bool isContractTerm(double months)
{
    return months == 12 || months == 24 || months == 36;
}
/// A model's price list holds at most this many modules.
inline constexpr int kMaxPricingModules = 16;

} // namespace splitbench
