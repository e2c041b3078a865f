// What each model costs, as text, JSON and CSV (splitbench-cli cost, the exports), and the cost breakevens and
// their sentences that the sensitivity analysis, the report and the CLI share: decided once, here.
#pragma once

#include "cost_model.h"
#include "fit_engine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace splitbench {

/// What a cost breakeven counts: users (whole people) or money (a salary, a price).
enum class CostQuantity { Users, Money };

/// The one rounding rule every view uses for a cost breakeven whose value today is `current`: users to whole
/// users, money to cents below 100 and to three significant digits from 100 up (98,437 → 98,400), always
/// rounded towards `current`. The sentences say what holds on today's side ("stays cheaper up to 312 users",
/// "as long as a salary stays below 98,400"), so they stay true at the printed figure itself.
[[nodiscard]] double roundCostBreakeven(double value, double current, CostQuantity quantity);
/// roundCostBreakeven() as the reader's language writes it: "312" (formatCount) or "€98,400" (formatMoney).
[[nodiscard]] QString formatCostBreakeven(double value, double current, CostQuantity quantity,
                                          const QString &currency);

/// How far users and salary can move before the model cheaper today stops being the cheaper one.
struct CostBreakevens {
    int cheaper = -1;   ///< The model cheaper today (the first one given when both cost about the same).
    int dearer = -1;
    int termMonths = 36;
    double cheaperTotal = 0;
    double dearerTotal = 0;
    bool aboutEqual = false; ///< Totals within 0.5 % of each other (as valueForMoneyFront counts them).
    double users = 0;        ///< Today's users.
    /// The nearest number of users below and above today's (1 to 1,000,000) at which `cheaper` stops being
    /// the cheaper one: a breakeven where the totals meet, or a step such as the point where a need stops
    /// being bought by the hour and becomes a hire. None where it stays cheaper all the way.
    std::optional<double> usersBelow;
    std::optional<double> usersAbove;
    double salary = 0; ///< Today's salary per year.
    std::optional<double> salaryBelow; ///< The same for the yearly IT salary (0 to 10,000,000).
    std::optional<double> salaryAbove;
    /// e.g. "On cost, Co-managed stays cheaper than Fully managed up to 312 users (today 80), and as long as
    /// an IT salary stays below €98,400."
    QString sentence;
};
[[nodiscard]] CostBreakevens costBreakevens(const Catalogue &catalogue, const CostModel &costs, int a, int b,
                                            int termMonths);

/// The price per user and month at which `model` (a custom model: a provider's proposal) costs as much as
/// `reference`, seen from today's price.
struct PriceBreakeven {
    int model = -1;
    int reference = -1;
    int termMonths = 36;
    double currentPrice = 0;
    std::optional<double> price; ///< None when even a price of 0 leaves `model` dearer.
    QString sentence;
};
[[nodiscard]] PriceBreakeven priceBreakeven(const Catalogue &catalogue, const CostModel &costs, int model,
                                            int reference, int termMonths);

/// The model a custom model's price is measured against: the recommended model when it is built in, else the
/// cheapest built-in model over `termMonths`; -1 when the catalogue has no built-in model.
[[nodiscard]] int priceReference(const Catalogue &catalogue, const CostModel &costs, int recommended, int termMonths);

/// The term the breakevens compare over: `term` when given, else the recommended model's own term.
[[nodiscard]] int comparisonTerm(const CostModel &costs, int recommended, std::optional<int> term);

/// A model's total cost of ownership as JSON: total, per_year, per_user_per_month, term_months, currency and
/// components (provider_fees, modules, onboarding, staff, contractor, tools, recruiting); money to cents.
[[nodiscard]] QJsonObject costToJsonObject(const CostBreakdown &cost, const Organisation &organisation);

/// CostBreakevens as JSON: cheaper, dearer, term_months, cheaper_total, dearer_total, about_equal, users,
/// users_below(_shown), users_above(_shown), salary, salary_below(_shown), salary_above(_shown), sentence.
[[nodiscard]] QJsonObject costBreakevensToJson(const Catalogue &catalogue, const CostBreakevens &breakevens,
                                               const QString &currency);

/// `splitbench-cli cost --format text`: per model its components, total, per year and per user and month, the
/// in-house staff it needs, its fit and value for money; then the breakevens. `catalogue` holds the profile's
/// custom models; `term` replaces every model's own term when given.
[[nodiscard]] QString costToText(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                                 std::optional<int> term = {});
/// `cost --format json` (keys in docs/cost-model.md).
[[nodiscard]] QByteArray costToJson(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                                    std::optional<int> term = {});
/// `cost --format csv`: one row per model, numbers in the C locale without separators, names quoted as
/// needed and with control characters escaped.
[[nodiscard]] QByteArray costToCsv(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                                   std::optional<int> term = {});

} // namespace splitbench
