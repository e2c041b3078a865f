// Profile format 2's sections for costs (docs/profile-format.md): they round-trip, absent keys take the defaults
// of docs/cost-model.md, and every bad value is refused with the file, the place and the reason.
#include "catalogue.h"
#include "cost_model.h"
#include "profile.h"

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

Loaded<Profile> parse(const QByteArray &bytes)
{
    return Profile::parse(bytes, QStringLiteral("p.json"), Catalogue::builtIn());
}

QByteArray withSections(const QByteArray &sections)
{
    return R"({"version": 2, "traits": {"inhouse_capacity": 40}, )" + sections + "}";
}

void expectRefused(const QByteArray &sections, const char *place, const char *fragment)
{
    const Loaded<Profile> loaded = parse(withSections(sections));
    ASSERT_FALSE(loaded.ok()) << sections.constData();
    EXPECT_EQ(loaded.error().file, QStringLiteral("p.json"));
    EXPECT_EQ(loaded.error().place, QString::fromLatin1(place)) << sections.constData();
    EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(fragment))) << loaded.error().message.toStdString();
}

} // namespace

TEST(ProfileSections, OrganisationAndPricesRoundTrip)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    Organisation o;
    o.users = 120;
    o.servers = 6;
    o.currency = QStringLiteral("CHF");
    o.salaryPerYear = 95000;
    o.smallNeedAs = SmallNeedAs::PartTimeRole;
    o.redeployKeptStaff = true;
    profile.organisation = o;
    ModelPricing fully = defaultPricing(QStringLiteral("fully_managed"));
    fully.perUser = 110;
    fully.termMonths = 24;
    fully.shortTermSurchargePercent = {{12, 12.5}};
    profile.pricing[QStringLiteral("fully_managed")] = fully;
    CustomModel acme = CustomModel::copyOf(catalogue, catalogue.modelIndex(QStringLiteral("co_managed")),
                                           QStringLiteral("acme"), QStringLiteral("Acme IT"));
    ModelPricing quote = defaultPricing(QStringLiteral("co_managed"));
    quote.perUser = 52;
    quote.modules[0].selected = true;
    acme.pricing = quote;
    profile.customModels.push_back(acme);

    const Loaded<Profile> loaded = parse(profile.toJson(catalogue));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value(), profile);
}

TEST(ProfileSections, AbsentFiguresTakeTheDocumentedDefaults)
{
    const Loaded<Profile> loaded = parse(withSections(
        R"("organisation": {"users": 80}, "pricing": {"co_managed": {"per_user": 50, "modules": [{"id": "out_of_hours", "per_month": 700, "selected": true}]}})"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const Organisation expected = [] {
        Organisation o;
        o.users = 80;
        return o;
    }();
    EXPECT_EQ(*loaded.value().organisation, expected);
    const ModelPricing &co = loaded.value().pricing.at(QStringLiteral("co_managed"));
    EXPECT_EQ(co.perUser, 50);
    EXPECT_EQ(co.perServer, defaultPricing(QStringLiteral("co_managed")).perServer);
    ASSERT_EQ(co.modules.size(), 1u); // the file's list of modules replaces the default list
    EXPECT_EQ(co.modules[0].perMonth, 700);
    EXPECT_TRUE(co.modules[0].selected);
}

TEST(ProfileSections, BadFiguresAreRefusedWithTheirPlace)
{
    expectRefused(R"("organisation": {"users": -5})", "organisation.users", "outside the allowed range 0 to");
    expectRefused(R"("organisation": {"salary_per_year": 1e12})", "organisation.salary_per_year", "outside the allowed range 0 to");
    expectRefused(R"("organisation": {"currency": "XYZ"})", "organisation.currency", "not a currency code");
    expectRefused(R"("organisation": {"users_per_it_fte": 0})", "organisation.users_per_it_fte", "outside the allowed range 1 to");
    expectRefused(R"("organisation": {"salary_per_yer": 50000})", "organisation.salary_per_yer", "unknown key");
    expectRefused(R"("organisation": {"small_need": {"as": "magic"}})", "organisation.small_need.as",
                  "contractor_hours");
    expectRefused(R"("organisation": {"redeploy_kept_staff": "yes"})", "organisation.redeploy_kept_staff",
                  "true or false");
    expectRefused(R"("pricing": {"fully_managed": {"per_user": "ninety"}})", "pricing.fully_managed.per_user",
                  "number");
    expectRefused(R"("pricing": {"acme": {"per_user": 50}})", "pricing.acme", "unknown model id");
    expectRefused(R"("pricing": {"fully_managed": {"term_months": 18}})", "pricing.fully_managed.term_months",
                  "12, 24 or 36");
    expectRefused(R"("pricing": {"fully_managed": {"short_term_surcharge_percent": {"12": 250}}})",
                  "pricing.fully_managed.short_term_surcharge_percent.12", "outside the allowed range 0 to 200");
    expectRefused(
        R"("pricing": {"co_managed": {"modules": [{"id": "backup"}, {"id": "backup"}]}})",
        "pricing.co_managed.modules[1].id", "duplicate module id");
    QByteArray many = R"("pricing": {"co_managed": {"modules": [)";
    for (int i = 0; i < 17; ++i)
        many += (i ? "," : "") + QByteArray(R"({"id": "m)") + QByteArray::number(i) + R"("})";
    many += "]}}";
    expectRefused(many, "pricing.co_managed.modules", "at most 16 modules");
}

TEST(ProfileSections, ScenariosRoundTripWithOnlyWhatDiffers)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.name = QStringLiteral("Northfield");
    CustomModel acme = CustomModel::copyOf(catalogue, catalogue.modelIndex(QStringLiteral("co_managed")),
                                           QStringLiteral("acme"), QStringLiteral("Acme IT"));
    profile.customModels.push_back(acme);
    Scenario growth;
    growth.id = QStringLiteral("acquisition");
    growth.name = QStringLiteral("After the acquisition");
    growth.traits[catalogue.traitIndex(QStringLiteral("growth_pace"))] = 85;
    growth.organisation[OrganisationFigure::Users] = 260;
    growth.organisation[OrganisationFigure::ContractorHourlyRate] = 110;
    growth.pricing[QStringLiteral("fully_managed")][PriceFigure::PerUser] = 88;
    growth.pricing[QStringLiteral("acme")][PriceFigure::OnboardingOnce] = 0;
    Scenario leaves;
    leaves.id = QStringLiteral("it_lead_leaves");
    leaves.name = QStringLiteral("If the IT lead leaves");
    leaves.traits[catalogue.traitIndex(QStringLiteral("inhouse_capacity"))] = 10;
    profile.scenarios = {growth, leaves};

    const QByteArray json = profile.toJson(catalogue);
    const Loaded<Profile> loaded = parse(json);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value(), profile);
    // Only what differs is written: the second scenario has no organisation or prices at all.
    EXPECT_FALSE(json.contains("\"currency\"")) << json.constData();
    const QByteArray second = json.mid(json.indexOf("it_lead_leaves"));
    EXPECT_FALSE(second.contains("\"organisation\""));
    EXPECT_FALSE(second.contains("\"pricing\""));
}

TEST(ProfileSections, AProfileWithoutScenariosHasNoneAndWritesNoScenarioKey)
{
    const Loaded<Profile> loaded = parse(withSections(R"("organisation": {"users": 80})"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_TRUE(loaded.value().scenarios.empty());
    EXPECT_FALSE(loaded.value().toJson(Catalogue::builtIn()).contains("scenarios"));
}
