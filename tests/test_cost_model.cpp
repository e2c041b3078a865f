// The cost model (core/cost_model.h): the worked example of docs/cost-model.md, how the total responds to size
// and to who does the work, the staffing rules, and breakevens that really are breakevens.
#include "catalogue.h"
#include "cost_model.h"
#include "number_format.h"
#include "profile.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>

using namespace splitbench;

namespace {

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}

int modelIndex(const char *id)
{
    return catalogue().modelIndex(QString::fromLatin1(id));
}

/// The organisation of the worked example in docs/cost-model.md.
Organisation workedExample()
{
    Organisation o;
    o.users = 80;
    o.devices = 95;
    o.servers = 4;
    o.sites = 2;
    o.itStaffFte = 1.0;
    return o;
}

/// A catalogue with one custom copy of `basedOn` whose every activity in `dimensionId` moves to `providerShare`.
Catalogue withCustomCopy(const char *basedOn, const char *dimensionId, double providerShare)
{
    Catalogue copy = catalogue();
    const int base = copy.modelIndex(QString::fromLatin1(basedOn));
    copy.models.push_back({QStringLiteral("custom"), QStringLiteral("Custom"), {}, QString::fromLatin1(basedOn)});
    for (Dimension &dimension : copy.dimensions)
        for (Activity &activity : dimension.activities) {
            Responsibility r = activity.byModel[static_cast<size_t>(base)];
            if (dimension.id == QLatin1String(dimensionId))
                r = r.withProviderShare(providerShare);
            activity.byModel.push_back(r);
        }
    return copy;
}

} // namespace

TEST(CostModel, ReproducesTheWorkedExampleOfTheDocumentation)
{
    const CostModel model(catalogue(), workedExample());
    const int fully = modelIndex("fully_managed");
    const int co = modelIndex("co_managed");
    EXPECT_NEAR(model.totalWorkloadFte(), 80.0 / 70.0, 1e-9);

    // docs/cost-model.md, "A worked example": the figures as the page prints them.
    EXPECT_NEAR(model.inHouseFte(fully), 0.067, 0.0005);
    EXPECT_NEAR(model.inHouseFte(co), 0.623, 0.0005);

    const CostBreakdown f = model.cost(fully);
    EXPECT_DOUBLE_EQ(f.providerFees, (80 * 95 + 4 * 80 + 2 * 150) * 36.0);
    EXPECT_DOUBLE_EQ(f.onboarding, 5000);
    EXPECT_DOUBLE_EQ(f.fteSalaried, 1.0); // today's administrator stays a cost
    EXPECT_DOUBLE_EQ(f.staff, 1.0 * 60000 * 1.25 * 3);
    EXPECT_DOUBLE_EQ(f.tools, 3000.0 * 3);
    EXPECT_DOUBLE_EQ(f.recruiting, 0.15 * 12000 * 3);
    EXPECT_DOUBLE_EQ(f.contractor, 0);
    EXPECT_NEAR(f.total(), 540320.0, 0.5);

    const CostBreakdown c = model.cost(co);
    EXPECT_DOUBLE_EQ(c.providerFees, (80 * 45 + 4 * 40 + 2 * 75) * 36.0);
    EXPECT_DOUBLE_EQ(c.fteSalaried, 1.0);
    EXPECT_NEAR(c.total(), 382660.0, 0.5);
    EXPECT_NEAR(c.perUserPerMonth(80), 382660.0 / 36 / 80, 0.01);
}

TEST(CostModel, TheTotalGrowsWithTheNumberOfUsersForEveryModel)
{
    for (int m = 0; m < static_cast<int>(catalogue().models.size()); ++m) {
        double previous = -1;
        for (const double users : {1.0, 10.0, 40.0, 80.0, 150.0, 400.0, 2000.0}) {
            Organisation o = workedExample();
            o.users = users;
            const double total = CostModel(catalogue(), o).cost(m).total();
            EXPECT_GT(total, previous) << catalogue().models[static_cast<size_t>(m)].id.toStdString() << " at " << users;
            previous = total;
        }
    }
}

TEST(CostModel, MovingWorkInHouseRaisesTheInHouseStaffAndTheCost)
{
    Organisation o = workedExample();
    o.users = 400; // enough work for the change to need more than today's one person
    const Catalogue same = withCustomCopy("co_managed", "end_user_support", 50);
    const Catalogue inHouse = withCustomCopy("co_managed", "end_user_support", 0);
    const int custom = static_cast<int>(same.models.size()) - 1;
    const CostModel before(same, o);
    const CostModel after(inHouse, o);
    EXPECT_GT(after.inHouseFte(custom), before.inHouseFte(custom) + 0.1);
    EXPECT_GT(after.cost(custom).staff, before.cost(custom).staff);
    EXPECT_GT(after.cost(custom).total(), before.cost(custom).total());
}

TEST(CostModel, TodaysStaffCostTheSameInEveryModelUnlessTheUserReleasesThem)
{
    Organisation o = workedExample();
    o.itStaffFte = 3;
    const int fully = modelIndex("fully_managed");
    const CostModel kept(catalogue(), o);
    EXPECT_DOUBLE_EQ(kept.cost(fully).fteSalaried, 3);
    o.redeployKeptStaff = true;
    const CostModel released(catalogue(), o);
    EXPECT_NEAR(released.cost(fully).fteSalaried, released.inHouseFte(fully), 1e-12);
    EXPECT_LT(released.cost(fully).total(), kept.cost(fully).total());
}

TEST(CostModel, ASmallNeedIsBoughtByTheHourOrAsThePartTimeRoleTheUserChose)
{
    Organisation o = workedExample();
    o.itStaffFte = 0; // no IT staff: co-managed leaves about 0.58 FTE, fully managed about 0.12
    const int fully = modelIndex("fully_managed");
    const CostModel hours(catalogue(), o);
    const CostBreakdown byTheHour = hours.cost(fully);
    EXPECT_DOUBLE_EQ(byTheHour.fteSalaried, 0);
    EXPECT_NEAR(byTheHour.contractorHoursPerYear, hours.inHouseFte(fully) * 1725, 1e-9);
    EXPECT_NEAR(byTheHour.contractor, byTheHour.contractorHoursPerYear * 95 * 3, 1e-6);

    o.smallNeedAs = SmallNeedAs::PartTimeRole;
    const CostBreakdown partTime = CostModel(catalogue(), o).cost(fully);
    EXPECT_DOUBLE_EQ(partTime.contractor, 0);
    EXPECT_DOUBLE_EQ(partTime.fteSalaried, 0.5); // the smallest role, not 0.12 of a salary
    EXPECT_DOUBLE_EQ(partTime.fteToHire, 0.5);

    // A need above the smallest role is hired as it is.
    const int co = modelIndex("co_managed");
    EXPECT_NEAR(CostModel(catalogue(), o).cost(co).fteSalaried, CostModel(catalogue(), o).inHouseFte(co), 1e-12);
}

TEST(CostModel, EachBreakevenPutBackInMakesTheTwoCostsEqual)
{
    const int fully = modelIndex("fully_managed");
    const int co = modelIndex("co_managed");
    const auto within = [](double a, double b) { return std::abs(a - b) <= 0.005 * std::max(a, b); };

    // No IT staff today: fully managed charges more per user, co-managed leaves more in-house work (bought by
    // the hour for a small organisation), so a small one is cheaper fully managed and a larger one co-managed.
    Organisation o = workedExample();
    o.itStaffFte = 0;
    const std::vector<ModelPricing> pricing{defaultPricing(QStringLiteral("fully_managed")),
                                            defaultPricing(QStringLiteral("co_managed"))};
    const CostModel model(catalogue(), o, pricing);

    const std::optional<double> users = model.usersBreakeven(fully, co);
    ASSERT_TRUE(users.has_value());
    Organisation atUsers = o;
    atUsers.users = *users;
    const CostModel u(catalogue(), atUsers, pricing);
    EXPECT_TRUE(within(u.cost(fully).total(), u.cost(co).total())) << *users;
    EXPECT_GT(*users, 1);
    EXPECT_LT(*users, 80);

    const std::optional<double> salary = model.salaryBreakeven(fully, co);
    ASSERT_TRUE(salary.has_value());
    Organisation atSalary = o;
    atSalary.salaryPerYear = *salary;
    const CostModel s(catalogue(), atSalary, pricing);
    EXPECT_TRUE(within(s.cost(fully).total(), s.cost(co).total())) << *salary;

    const std::optional<double> price = model.perUserPriceBreakeven(co, fully);
    ASSERT_TRUE(price.has_value());
    std::vector<ModelPricing> atPrice = pricing;
    atPrice[static_cast<size_t>(co)].perUser = *price;
    const CostModel p(catalogue(), o, atPrice);
    EXPECT_TRUE(within(p.cost(fully).total(), p.cost(co).total())) << *price;
}

TEST(CostModel, NoBreakevenWhereOneModelIsCheaperThroughout)
{
    // Co-managed at fully managed's prices plus 10 per user: its in-house work comes on top, so it is dearer
    // at every size and every salary.
    std::vector<ModelPricing> pricing{defaultPricing(QStringLiteral("fully_managed")),
                                      defaultPricing(QStringLiteral("fully_managed"))};
    pricing[1].perUser += 10;
    const CostModel model(catalogue(), workedExample(), pricing);
    EXPECT_FALSE(model.usersBreakeven(0, 1).has_value());
    EXPECT_FALSE(model.salaryBreakeven(0, 1).has_value());
    EXPECT_FALSE(model.usersBreakeven(0, 0).has_value()); // a model against itself
    // With 80 users both keep today's one administrator, so co-managed matches at fully managed's own price.
    const std::optional<double> price = model.perUserPriceBreakeven(1, 0);
    ASSERT_TRUE(price.has_value());
    EXPECT_NEAR(*price, 95, 1e-6);
}

TEST(CostModel, AShorterTermCostsItsSurcharge)
{
    const int fully = modelIndex("fully_managed");
    const CostModel model(catalogue(), workedExample());
    const double monthly36 = model.cost(fully, 36).providerFees / 36;
    EXPECT_NEAR(model.cost(fully, 12).providerFees / 12, monthly36 * 1.10, 1e-6);
    EXPECT_NEAR(model.cost(fully, 24).providerFees / 24, monthly36 * 1.05, 1e-6);
}

TEST(CostModel, KnowsTheCommonCurrencies)
{
    for (const char *code : {"EUR", "USD", "GBP", "CHF"})
        EXPECT_TRUE(isKnownCurrency(QString::fromLatin1(code))) << code;
    EXPECT_FALSE(isKnownCurrency(QStringLiteral("XYZ")));
    EXPECT_FALSE(isKnownCurrency(QStringLiteral("eur")));
}

TEST(CostModel, AProfilePricesEachModelFromItsOwnFiguresThenFromTheModelItCopies)
{
    Profile profile = Profile::defaults(catalogue());
    ModelPricing coQuote = defaultPricing(QStringLiteral("co_managed"));
    coQuote.perUser = 51;
    profile.pricing[QStringLiteral("co_managed")] = coQuote;
    const int co = modelIndex("co_managed");
    const int fully = modelIndex("fully_managed");
    CustomModel withOwnPrices = CustomModel::copyOf(catalogue(), fully, QStringLiteral("quote"), QStringLiteral("Quote"));
    withOwnPrices.pricing = defaultPricing(QStringLiteral("fully_managed"));
    withOwnPrices.pricing->perUser = 77;
    const CustomModel inheriting = CustomModel::copyOf(catalogue(), co, QStringLiteral("copy"), QStringLiteral("Copy"));
    profile.customModels = {withOwnPrices, inheriting};
    Organisation organisation;
    organisation.users = 123;
    profile.organisation = organisation;

    const Catalogue all = withCustomModels(catalogue(), profile.customModels);
    const CostModel model = CostModel::forProfile(all, profile);
    ASSERT_EQ(model.modelCount(), static_cast<int>(all.models.size()));
    EXPECT_DOUBLE_EQ(model.organisation().users, 123);
    EXPECT_DOUBLE_EQ(model.pricing(co).perUser, 51);       // the profile's override
    EXPECT_DOUBLE_EQ(model.pricing(fully).perUser, 95);    // the catalogue's default
    EXPECT_DOUBLE_EQ(model.pricing(all.modelIndex(QStringLiteral("quote"))).perUser, 77); // its own quote
    EXPECT_DOUBLE_EQ(model.pricing(all.modelIndex(QStringLiteral("copy"))).perUser, 51);  // as its base is priced

    profile.organisation.reset();
    EXPECT_EQ(CostModel::forProfile(all, profile).organisation(), Organisation{});
}

TEST(CostModel, TheValueForMoneyFrontHoldsTheModelsNoOtherBeatsOnFitAndCost)
{
    // fit, total: A fits best and costs most; B is cheapest; C is beaten by A (better fit, same cost);
    // D is beaten by B on both; E equals B within the tolerances, so neither beats the other.
    const std::vector<double> fits{80, 60, 70, 55, 60.02};
    const std::vector<double> totals{500000, 300000, 500000, 350000, 301000};
    EXPECT_EQ(valueForMoneyFront(fits, totals), (std::vector<bool>{true, true, false, false, true}));
    EXPECT_EQ(valueForMoneyFront({50}, std::vector<double>{1}), std::vector<bool>{true});
    EXPECT_TRUE(valueForMoneyFront({}, std::vector<double>{}).empty());
}

TEST(CostModel, MoneyIsWrittenTheWayTheReadersLanguageWritesIt)
{
    const QLocale before;
    const QString nbsp(QChar(0x00A0));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(formatMoney(540320.4, QStringLiteral("EUR")), QStringLiteral("€540,320"));
    EXPECT_EQ(formatMoney(1234.5, QStringLiteral("CHF")), QStringLiteral("CHF") + nbsp + QStringLiteral("1,235"));
    EXPECT_EQ(formatMoney(-12.5, QStringLiteral("USD"), 2), QStringLiteral("-$12.50"));
    EXPECT_EQ(formatMoney(-0.2, QStringLiteral("GBP")), QStringLiteral("£0")); // never "-£0"
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(formatMoney(540320.4, QStringLiteral("EUR")), QStringLiteral("540.320") + nbsp + QStringLiteral("€"));
    EXPECT_EQ(formatMoney(1234.5, QStringLiteral("CHF")), QStringLiteral("1.235") + nbsp + QStringLiteral("CHF"));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(formatMoney(540320.4, QStringLiteral("EUR")), QStringLiteral("540,320 EUR"));
    QLocale::setDefault(before);
}

TEST(CostModel, ValueForMoneyComparesQuotesOnDifferentTermsPerYear)
{
    // A 24-month quote totalling less than a 36-month one costs more per year: it does not beat it on cost.
    CostBreakdown threeYears;
    threeYears.termMonths = 36;
    threeYears.providerFees = 300000; // 100,000 a year
    CostBreakdown twoYears;
    twoYears.termMonths = 24;
    twoYears.providerFees = 240000; // 120,000 a year
    EXPECT_EQ(valueForMoneyFront({70, 70}, std::vector<double>{threeYears.total(), twoYears.total()}), (std::vector<bool>{false, true}));
    EXPECT_EQ(valueForMoneyFront({70, 70}, std::vector<CostBreakdown>{threeYears, twoYears}), (std::vector<bool>{true, false}));
}
