// What each model costs as text, JSON and CSV (core/cost_formats.h), the TCO in `score --format json`, and the one
// rounding rule of cost breakevens: every figure equals CostModel's, and every printed breakeven stays true.
#include "catalogue.h"
#include "cost_formats.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "number_format.h"
#include "profile.h"
#include "report_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>

using namespace splitbench;

namespace {

size_t at(int index)
{
    return static_cast<size_t>(index);
}

/// The worked example of docs/cost-model.md as a profile, with a custom copy of co-managed priced by a provider.
Profile exampleProfile()
{
    Profile profile = Profile::defaults(Catalogue::builtIn());
    profile.name = QStringLiteral("Practice");
    Organisation o;
    o.users = 80;
    o.devices = 95;
    o.servers = 4;
    o.sites = 2;
    o.itStaffFte = 1.0;
    profile.organisation = o;
    const Catalogue &base = Catalogue::builtIn();
    CustomModel quote = CustomModel::copyOf(base, base.modelIndex(QStringLiteral("co_managed")), QStringLiteral("quote"),
                                            QStringLiteral("Acme, co-managed"));
    ModelPricing pricing = defaultPricing(QStringLiteral("co_managed"));
    pricing.perUser = 52;
    pricing.termMonths = 24;
    quote.pricing = pricing;
    profile.customModels.push_back(quote);
    return profile;
}

struct Scored {
    Catalogue catalogue;
    Profile profile;
    FitResult result;
    CostModel costs;
};

Scored scored(const Profile &profile)
{
    const FitEngine engine(withCustomModels(Catalogue::builtIn(), profile.customModels));
    const FitResult result = engine.score(profile);
    return {engine.catalogue(), profile, result, CostModel::forProfile(engine.catalogue(), profile)};
}

/// Splits CSV text into rows of fields (quotes, doubled quotes, CRLF).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    return rows;
}

} // namespace

TEST(CostFormats, JsonHoldsEveryModelsCostAsTheCostModelComputesIt)
{
    const Scored s = scored(exampleProfile());
    for (const std::optional<int> term : {std::optional<int>{}, std::optional<int>{12}}) {
        const QJsonObject root = QJsonDocument::fromJson(costToJson(s.catalogue, s.profile, s.result, term)).object();
        EXPECT_EQ(root.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        EXPECT_FALSE(root.value(QStringLiteral("note")).toString().isEmpty());
        EXPECT_EQ(root.value(QStringLiteral("recommended")).toString(),
                  s.catalogue.models[at(s.result.recommended)].id);
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        ASSERT_EQ(models.size(), static_cast<qsizetype>(s.catalogue.models.size()));
        for (int m = 0; m < static_cast<int>(models.size()); ++m) {
            const QJsonObject model = models[m].toObject();
            const CostBreakdown c = s.costs.cost(m, term);
            const QJsonObject tco = model.value(QStringLiteral("tco")).toObject();
            EXPECT_EQ(model.value(QStringLiteral("id")).toString(), s.catalogue.models[at(m)].id);
            EXPECT_NEAR(tco.value(QStringLiteral("total")).toDouble(), c.total(), 0.006);
            EXPECT_NEAR(tco.value(QStringLiteral("per_year")).toDouble(), c.perYear(), 0.006);
            EXPECT_NEAR(tco.value(QStringLiteral("per_user_per_month")).toDouble(), c.perUserPerMonth(80), 0.006);
            EXPECT_EQ(tco.value(QStringLiteral("term_months")).toInt(), c.termMonths);
            const QJsonObject components = tco.value(QStringLiteral("components")).toObject();
            EXPECT_NEAR(components.value(QStringLiteral("provider_fees")).toDouble(), c.providerFees, 0.006);
            EXPECT_NEAR(components.value(QStringLiteral("staff")).toDouble(), c.staff, 0.006);
            EXPECT_NEAR(components.value(QStringLiteral("recruiting")).toDouble(), c.recruiting, 0.006);
            EXPECT_EQ(components.keys().size(), 7);
            const QJsonObject staff = model.value(QStringLiteral("staff")).toObject();
            EXPECT_NEAR(staff.value(QStringLiteral("fte_needed")).toDouble(), c.fteNeeded, 0.0006);
            EXPECT_DOUBLE_EQ(staff.value(QStringLiteral("fte_today")).toDouble(), 1.0);
            EXPECT_TRUE(model.value(QStringLiteral("value_for_money")).isBool());
            EXPECT_EQ(model.contains(QStringLiteral("breakeven_with_recommended")), m != s.result.recommended);
            EXPECT_EQ(model.contains(QStringLiteral("price_per_user_breakeven")), s.catalogue.models[at(m)].isCustom());
        }
        // The quote's own term counts unless --term replaces it.
        EXPECT_EQ(models.last().toObject().value(QStringLiteral("tco")).toObject().value(QStringLiteral("term_months")).toInt(),
                  term.value_or(24));
    }
}

TEST(CostFormats, CsvParsesWithOneRowPerModelAndTheCostModelsNumbers)
{
    Profile profile = exampleProfile();
    profile.customModels.front().name = QStringLiteral("Acme, \"the\" provider");
    const Scored s = scored(profile);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(costToCsv(s.catalogue, s.profile, s.result, 36)));
    ASSERT_EQ(rows.size(), static_cast<qsizetype>(s.catalogue.models.size()) + 1);
    const QStringList header = rows.front();
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), header.size());
    const qsizetype total = header.indexOf(QStringLiteral("total"));
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    ASSERT_GE(total, 0);
    for (int m = 0; m < static_cast<int>(s.catalogue.models.size()); ++m) {
        EXPECT_EQ(rows[m + 1].value(name), s.catalogue.models[at(m)].name);
        EXPECT_NEAR(rows[m + 1].value(total).toDouble(), s.costs.cost(m, 36).total(), 0.006);
        EXPECT_EQ(rows[m + 1].value(header.indexOf(QStringLiteral("term_months"))), QStringLiteral("36"));
    }
}

TEST(CostFormats, TextNamesEveryModelWithItsTotalAndSaysTheFiguresAreTypical)
{
    QLocale::setDefault(QLocale::c());
    const Scored s = scored(exampleProfile());
    const QString text = costToText(s.catalogue, s.profile, s.result);
    EXPECT_TRUE(text.contains(QStringLiteral("typical figures to replace with real quotes"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("540,320 EUR"))) << text.toStdString(); // the worked example
    EXPECT_TRUE(text.contains(QStringLiteral("382,660 EUR"))) << text.toStdString();
    for (const ServiceModel &model : s.catalogue.models)
        EXPECT_TRUE(text.contains(model.name)) << model.name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("On cost, "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("price per user and month"))) << text.toStdString();
}

TEST(CostFormats, ScoreJsonCarriesEachModelsTotalCostOfOwnership)
{
    const Scored s = scored(exampleProfile());
    const QJsonObject root = QJsonDocument::fromJson(scoreToJson(s.catalogue, s.profile, s.result)).object();
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    ASSERT_EQ(models.size(), static_cast<qsizetype>(s.catalogue.models.size()));
    for (int m = 0; m < static_cast<int>(models.size()); ++m) {
        const QJsonObject tco = models[m].toObject().value(QStringLiteral("tco")).toObject();
        const CostBreakdown c = s.costs.cost(m);
        EXPECT_NEAR(tco.value(QStringLiteral("total")).toDouble(), c.total(), 0.006);
        EXPECT_NEAR(tco.value(QStringLiteral("per_year")).toDouble(), c.perYear(), 0.006);
        EXPECT_NEAR(tco.value(QStringLiteral("per_user_per_month")).toDouble(), c.perUserPerMonth(80), 0.006);
        EXPECT_EQ(tco.value(QStringLiteral("term_months")).toInt(), c.termMonths);
        EXPECT_EQ(tco.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        EXPECT_NEAR(tco.value(QStringLiteral("components")).toObject().value(QStringLiteral("onboarding")).toDouble(),
                    c.onboarding, 0.006);
    }
}

TEST(CostBreakevenRounding, RoundsTowardsTodaysValue)
{
    EXPECT_EQ(roundCostBreakeven(312.4, 80, CostQuantity::Users), 312);
    EXPECT_EQ(roundCostBreakeven(312.0000001, 80, CostQuantity::Users), 312);
    EXPECT_EQ(roundCostBreakeven(40.2, 80, CostQuantity::Users), 41);
    EXPECT_DOUBLE_EQ(roundCostBreakeven(98437, 60000, CostQuantity::Money), 98400);
    EXPECT_DOUBLE_EQ(roundCostBreakeven(98437, 120000, CostQuantity::Money), 98500);
    EXPECT_DOUBLE_EQ(roundCostBreakeven(1234567, 60000, CostQuantity::Money), 1230000);
    EXPECT_NEAR(roundCostBreakeven(52.374, 45, CostQuantity::Money), 52.37, 1e-9);
    EXPECT_NEAR(roundCostBreakeven(52.374, 60, CostQuantity::Money), 52.38, 1e-9);
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(formatCostBreakeven(98437, 60000, CostQuantity::Money, QStringLiteral("EUR")), QStringLiteral("98,400 EUR"));
    EXPECT_EQ(formatCostBreakeven(52.374, 45, CostQuantity::Money, QStringLiteral("EUR")), QStringLiteral("52.37 EUR"));
    EXPECT_EQ(formatCostBreakeven(312.4, 80, CostQuantity::Users, QStringLiteral("EUR")), QStringLiteral("312"));
}

TEST(CostBreakevenSentences, StayTrueAtThePrintedFigure)
{
    QLocale::setDefault(QLocale::c());
    // No IT staff today: fully managed buys its small need by the hour, co-managed hires (so the salary counts).
    Profile profile = Profile::defaults(Catalogue::builtIn());
    Organisation o;
    o.users = 100;
    o.itStaffFte = 0;
    profile.organisation = o;
    const Scored s = scored(profile);
    const int fully = s.catalogue.modelIndex(QStringLiteral("fully_managed"));
    const int co = s.catalogue.modelIndex(QStringLiteral("co_managed"));
    const CostBreakevens b = costBreakevens(s.catalogue, s.costs, fully, co, 36);
    EXPECT_FALSE(b.aboutEqual);
    ASSERT_TRUE(b.usersBelow || b.usersAbove);
    ASSERT_TRUE(b.salaryBelow || b.salaryAbove);
    EXPECT_TRUE(b.sentence.startsWith(QStringLiteral("On cost, ") + s.catalogue.models[at(b.cheaper)].name +
                                      QStringLiteral(" stays cheaper than ") + s.catalogue.models[at(b.dearer)].name))
        << b.sentence.toStdString();
    const auto gapAt = [&](double users, double salary) {
        Organisation changed = o;
        changed.users = users;
        changed.salaryPerYear = salary;
        const CostModel model(s.catalogue, changed);
        return model.cost(b.dearer, 36).total() - model.cost(b.cheaper, 36).total();
    };
    // At each printed figure the cheaper model is still the cheaper one; just past the boundary it is not.
    for (const std::optional<double> &users : {b.usersBelow, b.usersAbove}) {
        if (!users)
            continue;
        const double shown = roundCostBreakeven(*users, o.users, CostQuantity::Users);
        EXPECT_TRUE(b.sentence.contains(QString::number(shown))) << b.sentence.toStdString();
        EXPECT_GE(gapAt(shown, o.salaryPerYear), 0) << shown;
        const double past = *users + (*users < o.users ? -0.01 : 0.01);
        EXPECT_LE(gapAt(past, o.salaryPerYear), 0) << past;
    }
    for (const std::optional<double> &salary : {b.salaryBelow, b.salaryAbove}) {
        if (!salary)
            continue;
        const double shown = roundCostBreakeven(*salary, o.salaryPerYear, CostQuantity::Money);
        EXPECT_TRUE(b.sentence.contains(formatMoney(shown, o.currency))) << b.sentence.toStdString();
        EXPECT_GE(gapAt(o.users, shown), 0) << shown;
        const double past = *salary + (*salary < o.salaryPerYear ? -1.0 : 1.0);
        EXPECT_LE(gapAt(o.users, past), 0) << past;
    }
    // Between today and the nearest boundary the cheaper model stays cheaper (a hire on the way counts).
    const double lowest = b.usersBelow.value_or(1.0);
    for (double users = o.users; users > lowest + 0.5; users -= 0.5)
        EXPECT_GT(gapAt(users, o.salaryPerYear), 0) << users;
}

TEST(CostBreakevenSentences, PriceBreakevenOfAQuoteMatchesTheReference)
{
    const Scored s = scored(exampleProfile());
    const int quote = s.catalogue.modelIndex(QStringLiteral("quote"));
    const int reference = priceReference(s.catalogue, s.costs, s.result.recommended, 36);
    ASSERT_GE(reference, 0);
    EXPECT_FALSE(s.catalogue.models[at(reference)].isCustom());
    const PriceBreakeven p = priceBreakeven(s.catalogue, s.costs, quote, reference, 36);
    ASSERT_TRUE(p.price.has_value());
    EXPECT_DOUBLE_EQ(p.currentPrice, 52);
    // Put back in, the price makes the two totals equal.
    Profile atPrice = s.profile;
    atPrice.customModels.front().pricing->perUser = *p.price;
    const CostModel again = CostModel::forProfile(s.catalogue, atPrice);
    EXPECT_NEAR(again.cost(quote, 36).total(), again.cost(reference, 36).total(), 0.005 * again.cost(reference, 36).total());
    EXPECT_TRUE(p.sentence.contains(s.catalogue.models[at(quote)].name)) << p.sentence.toStdString();
}
