#include "cost_formats.h"

#include "csv_field.h"
#include "number_format.h"
#include "profile.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>
#include <functional>

namespace splitbench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench", text);
}

size_t at(int index)
{
    return static_cast<size_t>(index);
}

/// Money in JSON and CSV: to cents.
double cents(double value)
{
    return std::round(value * 100.0) / 100.0 + 0.0;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale + 0.0;
}

QString number(double value, int decimals)
{
    return QString::number(rounded(value, decimals), 'f', decimals);
}

double moneyStep(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude < 100.0)
        return 0.01;
    return std::pow(10.0, std::floor(std::log10(magnitude)) - 2.0);
}

QString modelName(const Catalogue &catalogue, int model)
{
    return catalogue.models[at(model)].name;
}

/// Every model's cost over the table's term, and what goes with it.
struct CostTable {
    CostModel model;
    std::vector<CostBreakdown> costs;
    std::vector<bool> front;
    int recommended = 0;
    int cheapest = 0;
    int comparisonTerm = 36;
};

CostTable costTable(const Catalogue &catalogue, const Profile &profile, const FitResult &result, std::optional<int> term)
{
    CostTable table{CostModel::forProfile(catalogue, profile), {}, {}, result.recommended, 0, 36};
    table.costs = table.model.costs(term);
    table.front = valueForMoneyFront(result.overall, table.costs); // per year: terms may differ
    for (int m = 1; m < static_cast<int>(table.costs.size()); ++m)
        if (table.costs[at(m)].perYear() < table.costs[at(table.cheapest)].perYear())
            table.cheapest = m;
    table.comparisonTerm = comparisonTerm(table.model, result.recommended, term);
    return table;
}
} // namespace

double roundCostBreakeven(double value, double current, CostQuantity quantity)
{
    const double step = quantity == CostQuantity::Users ? 1.0 : moneyStep(value);
    const double scaled = value / step;
    // The tolerance keeps an exact 312 that arrives as 311.9999999 from being rounded down to 311.
    const double whole = value > current ? std::floor(scaled + 1e-6) : std::ceil(scaled - 1e-6);
    return whole * step + 0.0;
}

QString formatCostBreakeven(double value, double current, CostQuantity quantity, const QString &currency)
{
    const double shown = roundCostBreakeven(value, current, quantity);
    if (quantity == CostQuantity::Users)
        return formatCount(static_cast<qint64>(shown));
    return formatMoney(shown, currency, moneyStep(value) < 1.0 ? 2 : 0);
}

namespace {
/// Where, moving away from `current` towards `limit`, `gap` (dearer − cheaper, positive today) first stops
/// being positive; none if it stays positive. Samples densely near `current` (where it matters) and narrows the
/// first change by bisection, so it finds a step as well as a crossing.
std::optional<double> firstChange(const std::function<double(double)> &gap, double current, double limit)
{
    constexpr int kSamples = 48;
    double inside = current;
    for (int k = 1; k <= kSamples; ++k) {
        const double t = static_cast<double>(k) / kSamples;
        const double x = current + (limit - current) * t * t * t;
        if (gap(x) > 0) {
            inside = x;
            continue;
        }
        double outside = x;
        // To a millionth of today's value: far finer than the printed figure (whole users, three digits).
        for (int i = 0; i < 60 && std::abs(outside - inside) > 1e-6 * std::max(1.0, std::abs(current)); ++i) {
            const double middle = (inside + outside) / 2;
            (gap(middle) > 0 ? inside : outside) = middle;
        }
        return outside;
    }
    return std::nullopt;
}
} // namespace

CostBreakevens costBreakevens(const Catalogue &catalogue, const CostModel &costs, int a, int b, int termMonths)
{
    CostBreakevens result;
    result.termMonths = termMonths;
    const double totalA = costs.cost(a, termMonths).total();
    const double totalB = costs.cost(b, termMonths).total();
    const bool bCheaper = totalB < totalA;
    result.cheaper = bCheaper ? b : a;
    result.dearer = bCheaper ? a : b;
    result.cheaperTotal = std::min(totalA, totalB);
    result.dearerTotal = std::max(totalA, totalB);
    result.aboutEqual = result.dearerTotal <= result.cheaperTotal * 1.005;
    const Organisation &o = costs.organisation();
    result.users = o.users;
    result.salary = o.salaryPerYear;

    const QString cheaper = modelName(catalogue, result.cheaper);
    const QString dearer = modelName(catalogue, result.dearer);
    if (result.aboutEqual) {
        result.sentence = tr("On cost, %1 and %2 are about the same (within 0.5%): prices and staff costs decide.")
                              .arg(cheaper, dearer);
        return result;
    }

    const auto gapWith = [&](const Organisation &organisation) {
        const CostModel model = costs.withOrganisation(organisation);
        return model.cost(result.dearer, termMonths).total() - model.cost(result.cheaper, termMonths).total();
    };
    const auto usersGap = [&](double users) {
        Organisation changed = o;
        changed.users = users;
        return gapWith(changed);
    };
    const auto salaryGap = [&](double salary) {
        Organisation changed = o;
        changed.salaryPerYear = salary;
        return gapWith(changed);
    };
    result.usersBelow = firstChange(usersGap, o.users, 1.0);
    result.usersAbove = firstChange(usersGap, o.users, 1.0e6);
    result.salaryBelow = firstChange(salaryGap, o.salaryPerYear, 0.0);
    result.salaryAbove = firstChange(salaryGap, o.salaryPerYear, 1.0e7);

    const auto users = [&](double value) {
        return formatCostBreakeven(value, o.users, CostQuantity::Users, o.currency);
    };
    const auto salary = [&](double value) {
        return formatCostBreakeven(value, o.salaryPerYear, CostQuantity::Money, o.currency);
    };
    const QString today = formatCount(std::llround(o.users));
    QString usersClause;
    if (result.usersBelow && result.usersAbove)
        usersClause = tr("from %1 to %2 users (today %3)").arg(users(*result.usersBelow), users(*result.usersAbove), today);
    else if (result.usersAbove)
        usersClause = tr("up to %1 users (today %2)").arg(users(*result.usersAbove), today);
    else if (result.usersBelow)
        usersClause = tr("down to %1 users (today %2)").arg(users(*result.usersBelow), today);
    else
        usersClause = tr("at any number of users");
    QString salaryClause;
    if (result.salaryBelow && result.salaryAbove)
        salaryClause = tr("as long as an IT salary stays between %1 and %2")
                           .arg(salary(*result.salaryBelow), salary(*result.salaryAbove));
    else if (result.salaryAbove)
        salaryClause = tr("as long as an IT salary stays below %1").arg(salary(*result.salaryAbove));
    else if (result.salaryBelow)
        salaryClause = tr("as long as an IT salary stays above %1").arg(salary(*result.salaryBelow));
    else
        salaryClause = tr("at any IT salary");
    result.sentence = tr("On cost, %1 stays cheaper than %2 %3, and %4.").arg(cheaper, dearer, usersClause, salaryClause);
    return result;
}

PriceBreakeven priceBreakeven(const Catalogue &catalogue, const CostModel &costs, int model, int reference,
                              int termMonths)
{
    PriceBreakeven result;
    result.model = model;
    result.reference = reference;
    result.termMonths = termMonths;
    result.currentPrice = costs.pricing(model).perUser;
    result.price = costs.perUserPriceBreakeven(model, reference, termMonths);
    const QString name = modelName(catalogue, model);
    const QString other = modelName(catalogue, reference);
    const QString currency = costs.organisation().currency;
    const QString today = formatMoney(result.currentPrice, currency, 2);
    if (!result.price) {
        result.sentence = tr("%1 costs more than %2 even at a price of 0 per user and month.").arg(name, other);
    } else if (*result.price > result.currentPrice) {
        result.sentence =
            tr("%1 stays cheaper than %2 as long as its price per user and month stays below %3 (today %4).")
                .arg(name, other,
                     formatCostBreakeven(*result.price, result.currentPrice, CostQuantity::Money, currency), today);
    } else {
        result.sentence =
            tr("%1 stays cheaper than %2 as long as the price per user and month of %2 stays above %3 (today %4).")
                .arg(other, name,
                     formatCostBreakeven(*result.price, result.currentPrice, CostQuantity::Money, currency), today);
    }
    return result;
}

int priceReference(const Catalogue &catalogue, const CostModel &costs, int recommended, int termMonths)
{
    if (recommended >= 0 && recommended < static_cast<int>(catalogue.models.size()) &&
        !catalogue.models[at(recommended)].isCustom())
        return recommended;
    int cheapest = -1;
    double best = 0;
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
        if (catalogue.models[at(m)].isCustom())
            continue;
        const double total = costs.cost(m, termMonths).total();
        if (cheapest < 0 || total < best) {
            cheapest = m;
            best = total;
        }
    }
    return cheapest;
}

int comparisonTerm(const CostModel &costs, int recommended, std::optional<int> term)
{
    if (term)
        return *term;
    return recommended >= 0 && recommended < costs.modelCount() ? costs.pricing(recommended).termMonths : 36;
}

QJsonObject costBreakevensToJson(const Catalogue &catalogue, const CostBreakevens &b, const QString &currency)
{
    const auto value = [](const std::optional<double> &v) {
        return v ? QJsonValue(rounded(*v, 2)) : QJsonValue(QJsonValue::Null);
    };
    const auto shown = [&](const std::optional<double> &v, double current, CostQuantity quantity) {
        return v ? QJsonValue(formatCostBreakeven(*v, current, quantity, currency)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("cheaper"), catalogue.models[at(b.cheaper)].id},
            {QStringLiteral("dearer"), catalogue.models[at(b.dearer)].id},
            {QStringLiteral("term_months"), b.termMonths},
            {QStringLiteral("cheaper_total"), rounded(b.cheaperTotal, 2)},
            {QStringLiteral("dearer_total"), rounded(b.dearerTotal, 2)},
            {QStringLiteral("about_equal"), b.aboutEqual},
            {QStringLiteral("users"), b.users},
            {QStringLiteral("users_below"), value(b.usersBelow)},
            {QStringLiteral("users_below_shown"), shown(b.usersBelow, b.users, CostQuantity::Users)},
            {QStringLiteral("users_above"), value(b.usersAbove)},
            {QStringLiteral("users_above_shown"), shown(b.usersAbove, b.users, CostQuantity::Users)},
            {QStringLiteral("salary"), b.salary},
            {QStringLiteral("salary_below"), value(b.salaryBelow)},
            {QStringLiteral("salary_below_shown"), shown(b.salaryBelow, b.salary, CostQuantity::Money)},
            {QStringLiteral("salary_above"), value(b.salaryAbove)},
            {QStringLiteral("salary_above_shown"), shown(b.salaryAbove, b.salary, CostQuantity::Money)},
            {QStringLiteral("sentence"), b.sentence}};
}

QJsonObject costToJsonObject(const CostBreakdown &cost, const Organisation &organisation)
{
    const QJsonObject components{{QStringLiteral("provider_fees"), cents(cost.providerFees)},
                                 {QStringLiteral("modules"), cents(cost.modules)},
                                 {QStringLiteral("onboarding"), cents(cost.onboarding)},
                                 {QStringLiteral("staff"), cents(cost.staff)},
                                 {QStringLiteral("contractor"), cents(cost.contractor)},
                                 {QStringLiteral("tools"), cents(cost.tools)},
                                 {QStringLiteral("recruiting"), cents(cost.recruiting)}};
    return {{QStringLiteral("total"), cents(cost.total())},
            {QStringLiteral("per_year"), cents(cost.perYear())},
            {QStringLiteral("per_user_per_month"), cents(cost.perUserPerMonth(organisation.users))},
            {QStringLiteral("term_months"), cost.termMonths},
            {QStringLiteral("currency"), organisation.currency},
            {QStringLiteral("components"), components}};
}

QString costToText(const Catalogue &catalogue, const Profile &profile, const FitResult &result, std::optional<int> term)
{
    const CostTable table = costTable(catalogue, profile, result, term);
    const Organisation &o = table.model.organisation();
    const int models = static_cast<int>(table.costs.size());
    QString out;
    QTextStream s(&out);
    const auto money = [&](double amount, int width, int decimals = 0) {
        return QStringLiteral("%1").arg(formatMoney(amount, o.currency, decimals), width);
    };
    const auto name = [&](int m) { return QStringLiteral("%1").arg(modelName(catalogue, m).left(27), -28); };

    if (!profile.name.isEmpty())
        s << tr("Profile: %1").arg(profile.name) << '\n';
    s << tr("What each model costs, in %1: typical figures to replace with real quotes, never a quote.").arg(o.currency)
      << '\n';
    s << tr("%1 users, %2 IT staff today (FTE), salary %3 a year.")
             .arg(formatCount(std::llround(o.users)), formatDecimal(o.itStaffFte, 1),
                  formatMoney(o.salaryPerYear, o.currency))
      << "\n\n";

    s << QStringLiteral("%1").arg(tr("Model"), -28) << QStringLiteral("%1").arg(tr("Term"), 6)
      << QStringLiteral("%1").arg(tr("Total"), 16) << QStringLiteral("%1").arg(tr("Per year"), 16)
      << QStringLiteral("%1").arg(tr("Per user/month"), 16) << QStringLiteral("%1").arg(tr("Fit"), 7) << "  "
      << tr("Value for money") << '\n';
    for (int m = 0; m < models; ++m) {
        const CostBreakdown &c = table.costs[at(m)];
        QStringList marks;
        if (table.front[at(m)])
            marks << tr("yes");
        if (m == table.cheapest)
            marks << tr("cheapest");
        if (m == table.recommended)
            marks << tr("recommended");
        s << name(m) << QStringLiteral("%1").arg(c.termMonths, 6) << money(c.total(), 16)
          << money(c.perYear(), 16) << money(c.perUserPerMonth(o.users), 16, 2)
          << QStringLiteral("%1").arg(formatDecimal(result.overall[at(m)], 1), 7) << "  "
          << (marks.isEmpty() ? tr("no") : marks.join(tr(", "))) << '\n';
    }

    s << '\n' << tr("Components over the term") << '\n';
    s << QStringLiteral("%1").arg(tr("Model"), -28);
    for (const QString &heading : {tr("Provider"), tr("Modules"), tr("Onboarding"), tr("Staff"), tr("Contractor"),
                                   tr("Tools"), tr("Recruiting")})
        s << QStringLiteral("%1").arg(heading, 14);
    s << '\n';
    for (int m = 0; m < models; ++m) {
        const CostBreakdown &c = table.costs[at(m)];
        s << name(m);
        for (double amount : {c.providerFees, c.modules, c.onboarding, c.staff, c.contractor, c.tools, c.recruiting})
            s << money(amount, 14);
        s << '\n';
    }

    s << '\n' << tr("In-house staff") << '\n';
    s << QStringLiteral("%1").arg(tr("Model"), -28) << QStringLiteral("%1").arg(tr("FTE needed"), 12)
      << QStringLiteral("%1").arg(tr("FTE today"), 12) << QStringLiteral("%1").arg(tr("FTE to hire"), 12)
      << QStringLiteral("%1").arg(tr("Contractor hours/year"), 23) << '\n';
    for (int m = 0; m < models; ++m) {
        const CostBreakdown &c = table.costs[at(m)];
        s << name(m) << QStringLiteral("%1").arg(formatDecimal(c.fteNeeded, 2), 12)
          << QStringLiteral("%1").arg(formatDecimal(o.itStaffFte, 2), 12)
          << QStringLiteral("%1").arg(formatDecimal(c.fteToHire, 2), 12)
          << QStringLiteral("%1").arg(formatCount(std::llround(c.contractorHoursPerYear)), 23) << '\n';
    }

    s << '\n'
      << tr("Breakevens against the recommended model, %1, over %2 months")
             .arg(modelName(catalogue, table.recommended), QString::number(table.comparisonTerm))
      << '\n';
    for (int m = 0; m < models; ++m)
        if (m != table.recommended)
            s << "  - " << costBreakevens(catalogue, table.model, table.recommended, m, table.comparisonTerm).sentence
              << '\n';
    const int reference = priceReference(catalogue, table.model, table.recommended, table.comparisonTerm);
    for (int m = 0; m < models; ++m)
        if (catalogue.models[at(m)].isCustom() && reference >= 0)
            s << "  - " << priceBreakeven(catalogue, table.model, m, reference, table.comparisonTerm).sentence << '\n';
    // Names and texts come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

QByteArray costToJson(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                      std::optional<int> term)
{
    const CostTable table = costTable(catalogue, profile, result, term);
    const Organisation &o = table.model.organisation();
    const int reference = priceReference(catalogue, table.model, table.recommended, table.comparisonTerm);
    QJsonArray models;
    for (int m = 0; m < static_cast<int>(table.costs.size()); ++m) {
        const ServiceModel &model = catalogue.models[at(m)];
        const CostBreakdown &c = table.costs[at(m)];
        QJsonObject entry{{QStringLiteral("id"), model.id},
                          {QStringLiteral("name"), model.name},
                          {QStringLiteral("fit"), rounded(result.overall[at(m)], 1)},
                          {QStringLiteral("value_for_money"), bool(table.front[at(m)])},
                          {QStringLiteral("tco"), costToJsonObject(c, o)},
                          {QStringLiteral("staff"),
                           QJsonObject{{QStringLiteral("fte_needed"), rounded(c.fteNeeded, 3)},
                                       {QStringLiteral("fte_today"), rounded(o.itStaffFte, 3)},
                                       {QStringLiteral("fte_salaried"), rounded(c.fteSalaried, 3)},
                                       {QStringLiteral("fte_to_hire"), rounded(c.fteToHire, 3)},
                                       {QStringLiteral("contractor_hours_per_year"),
                                        rounded(c.contractorHoursPerYear, 1)}}}};
        if (model.isCustom())
            entry.insert(QStringLiteral("based_on"), model.basedOn);
        if (m != table.recommended) {
            const CostBreakevens b = costBreakevens(catalogue, table.model, table.recommended, m, table.comparisonTerm);
            entry.insert(QStringLiteral("breakeven_with_recommended"), costBreakevensToJson(catalogue, b, o.currency));
        }
        if (model.isCustom() && reference >= 0) {
            const PriceBreakeven p = priceBreakeven(catalogue, table.model, m, reference, table.comparisonTerm);
            entry.insert(QStringLiteral("price_per_user_breakeven"),
                         QJsonObject{{QStringLiteral("reference"), catalogue.models[at(reference)].id},
                                     {QStringLiteral("current"), cents(p.currentPrice)},
                                     {QStringLiteral("price"), p.price ? QJsonValue(rounded(*p.price, 4))
                                                                       : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("shown"),
                                      p.price ? QJsonValue(formatCostBreakeven(*p.price, p.currentPrice,
                                                                               CostQuantity::Money, o.currency))
                                              : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("sentence"), p.sentence}});
        }
        models.append(entry);
    }
    const QJsonObject root{
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("note"), tr("Typical figures to replace with real quotes, never a quote.")},
        {QStringLiteral("term_months"), term ? QJsonValue(*term) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("comparison_term_months"), table.comparisonTerm},
        {QStringLiteral("users"), o.users},
        {QStringLiteral("it_staff_fte"), o.itStaffFte},
        {QStringLiteral("total_workload_fte"), rounded(table.model.totalWorkloadFte(), 3)},
        {QStringLiteral("recommended"), catalogue.models[at(table.recommended)].id},
        {QStringLiteral("cheapest"), catalogue.models[at(table.cheapest)].id},
        {QStringLiteral("models"), models}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray costToCsv(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                     std::optional<int> term)
{
    const CostTable table = costTable(catalogue, profile, result, term);
    const Organisation &o = table.model.organisation();
    QStringList lines{QStringLiteral(
        "model,name,currency,term_months,provider_fees,modules,onboarding,staff,contractor,tools,recruiting,total,"
        "per_year,per_user_per_month,fte_needed,fte_today,fte_to_hire,contractor_hours_per_year,fit,"
        "value_for_money,users_below,users_above,salary_below,salary_above")};
    for (int m = 0; m < static_cast<int>(table.costs.size()); ++m) {
        const CostBreakdown &c = table.costs[at(m)];
        std::optional<CostBreakevens> b;
        if (m != table.recommended)
            b = costBreakevens(catalogue, table.model, table.recommended, m, table.comparisonTerm);
        const auto bound = [&](std::optional<double> CostBreakevens::*member) {
            return b && !b->aboutEqual && (*b).*member ? number(*((*b).*member), 2) : QString();
        };
        QStringList fields{csvField(escapeControlCharacters(catalogue.models[at(m)].id)),
                           csvField(escapeControlCharacters(modelName(catalogue, m))),
                           o.currency,
                           QString::number(c.termMonths)};
        for (double amount : {c.providerFees, c.modules, c.onboarding, c.staff, c.contractor, c.tools, c.recruiting,
                              c.total(), c.perYear(), c.perUserPerMonth(o.users)})
            fields << number(amount, 2);
        fields << number(c.fteNeeded, 3) << number(o.itStaffFte, 3) << number(c.fteToHire, 3)
               << number(c.contractorHoursPerYear, 1) << number(result.overall[at(m)], 1)
               << (table.front[at(m)] ? QStringLiteral("yes") : QStringLiteral("no"))
               << bound(&CostBreakevens::usersBelow) << bound(&CostBreakevens::usersAbove)
               << bound(&CostBreakevens::salaryBelow) << bound(&CostBreakevens::salaryAbove);
        lines << fields.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace splitbench
