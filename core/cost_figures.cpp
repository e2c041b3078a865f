#include "cost_figures.h"

namespace splitbench {

namespace {
constexpr double kMaxCount = 1e6; ///< users, devices, servers, sites
constexpr double kMaxFte = 1e4;
constexpr double kMaxMoney = 1e9;

template <typename T> auto &member(T &o, OrganisationFigure which)
{
    switch (which) {
    case OrganisationFigure::Users: return o.users;
    case OrganisationFigure::Devices: return o.devices;
    case OrganisationFigure::Servers: return o.servers;
    case OrganisationFigure::Sites: return o.sites;
    case OrganisationFigure::ItStaffFte: return o.itStaffFte;
    case OrganisationFigure::UsersPerItFte: return o.usersPerItFte;
    case OrganisationFigure::SalaryPerYear: return o.salaryPerYear;
    case OrganisationFigure::OnCostPercent: return o.onCostPercent;
    case OrganisationFigure::ToolsPerItFtePerYear: return o.toolsPerItFtePerYear;
    case OrganisationFigure::RecruitingCostOnce: return o.recruitingCostOnce;
    case OrganisationFigure::TurnoverPercentPerYear: return o.turnoverPercentPerYear;
    case OrganisationFigure::ContractorHourlyRate: return o.contractorHourlyRate;
    case OrganisationFigure::MinimumHireFte: return o.minimumHireFte;
    }
    return o.users;
}

template <typename T> auto &member(T &p, PriceFigure which)
{
    switch (which) {
    case PriceFigure::PerUser: return p.perUser;
    case PriceFigure::PerServer: return p.perServer;
    case PriceFigure::PerSite: return p.perSite;
    case PriceFigure::OnboardingOnce: return p.onboardingOnce;
    }
    return p.perUser;
}
} // namespace

FigureRange figureRange(OrganisationFigure figure)
{
    switch (figure) {
    case OrganisationFigure::Users:
    case OrganisationFigure::Devices:
    case OrganisationFigure::Servers:
    case OrganisationFigure::Sites: return {0, kMaxCount};
    case OrganisationFigure::ItStaffFte: return {0, kMaxFte};
    case OrganisationFigure::UsersPerItFte: return {1, kMaxCount};
    case OrganisationFigure::OnCostPercent:
    case OrganisationFigure::TurnoverPercentPerYear: return {0, 100};
    case OrganisationFigure::MinimumHireFte: return {0, 1};
    case OrganisationFigure::SalaryPerYear:
    case OrganisationFigure::ToolsPerItFtePerYear:
    case OrganisationFigure::RecruitingCostOnce:
    case OrganisationFigure::ContractorHourlyRate: return {0, kMaxMoney};
    }
    return {0, 0};
}

FigureRange figureRange(PriceFigure)
{
    return {0, kMaxMoney};
}

double figure(const Organisation &organisation, OrganisationFigure which)
{
    return member(organisation, which);
}

void setFigure(Organisation &organisation, OrganisationFigure which, double value)
{
    member(organisation, which) = value;
}

double figure(const ModelPricing &pricing, PriceFigure which)
{
    return member(pricing, which);
}

void setFigure(ModelPricing &pricing, PriceFigure which, double value)
{
    member(pricing, which) = value;
}

} // namespace splitbench
