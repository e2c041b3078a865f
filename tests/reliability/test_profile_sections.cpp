// Profile format 2's sections for costs (docs/profile-format.md): they round-trip, absent keys take the defaults
// of docs/cost-model.md, and every bad value is refused with the file, the place and the reason.
#include "catalogue.h"
#include "cost_model.h"
#include "fit_engine.h"
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

// --- Today's split (as_is) -----------------------------------------------------------------------------------

TEST(ProfileSections, TodaysSplitRoundTripsFromEveryStart)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.customModels.push_back(CustomModel::copyOf(catalogue, 1, QStringLiteral("acme"), QStringLiteral("Acme")));
    profile.customModels[0].responsibilities[2][1] = profile.customModels[0].responsibilities[2][1].withOwner(Owner::Provider);
    const Catalogue all = withCustomModels(catalogue, profile.customModels);
    for (const AsIs &start : {AsIs::allInternal(catalogue), AsIs::allProvider(catalogue), AsIs::copyOf(all, 0),
                              AsIs::copyOf(all, 2)}) {
        SCOPED_TRACE(start.basedOn.toStdString());
        profile.asIs = start;
        profile.asIs->responsibilities[4][3] = start.responsibilities[4][3].withOwner(Owner::Shared);
        const Loaded<Profile> again = Profile::parse(profile.toJson(catalogue), QStringLiteral("p.json"), catalogue);
        ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
        EXPECT_EQ(again.value(), profile);
        EXPECT_EQ(again.value().asIs, profile.asIs);
    }
    EXPECT_EQ(AsIs::copyOf(all, 2).basedOn, QStringLiteral("acme"));
    EXPECT_EQ(AsIs::copyOf(all, 2).responsibilities, profile.customModels[0].responsibilities);
}

TEST(ProfileSections, TodaysSplitFillsWhatItLeavesOutFromItsStart)
{
    const Loaded<Profile> loaded = parse(withSections(R"("as_is": {"based_on": "fully_managed", "responsibilities":
        {"security": {"incident_response": {"owner": "internal", "provider_share": 0, "raci": {"provider": "", "internal": "RA"}}}}})"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const Catalogue &catalogue = Catalogue::builtIn();
    AsIs expected = AsIs::copyOf(catalogue, 0);
    const int security = catalogue.dimensionIndex(QStringLiteral("security"));
    expected.responsibilities[static_cast<size_t>(security)][3] =
        Responsibility{Owner::Internal, 0, QString(), QStringLiteral("RA")};
    EXPECT_EQ(loaded.value().asIs, expected);
}

TEST(ProfileSections, AProfileWithoutTodaysSplitLoadsAsBeforeAndSavesWithoutIt)
{
    const Loaded<Profile> loaded = parse(withSections(R"("name": "x")"));
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded.value().asIs);
    EXPECT_FALSE(loaded.value().toJson(Catalogue::builtIn()).contains("as_is"));
}

TEST(ProfileSections, TodayScoresLikeTheModelItCopies)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const FitEngine engine(catalogue);
    Profile profile = Profile::defaults(catalogue);
    profile.traits[0] = 83;
    profile.importance[3] = 4;
    profile.importance[7] = 0;
    const FitResult result = engine.score(profile);
    for (int m = 0; m < engine.modelCount(); ++m) {
        const AsIs copy = AsIs::copyOf(catalogue, m);
        EXPECT_EQ(engine.overallFitOf(copy.responsibilities, profile.traits, profile.importance), result.overall[static_cast<size_t>(m)]);
        const std::vector<double> fit = engine.dimensionFitOf(copy.responsibilities, profile.traits);
        ASSERT_EQ(fit.size(), result.dimensions.size());
        for (size_t d = 0; d < fit.size(); ++d)
            EXPECT_EQ(fit[d], result.dimensions[d].fit[static_cast<size_t>(m)]);
    }
    // All in-house fits an organisation that wants everything in-house best; the models are not touched.
    const double allInternal = engine.overallFitOf(AsIs::allInternal(catalogue).responsibilities, profile.traits, profile.importance);
    const double allProvider = engine.overallFitOf(AsIs::allProvider(catalogue).responsibilities, profile.traits, profile.importance);
    EXPECT_NE(allInternal, allProvider);
    EXPECT_EQ(engine.modelCount(), 2);
    EXPECT_EQ(engine.score(profile).overall, result.overall);
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

TEST(ProfileSections, ScenarioPricesGoWithTheirRemovedCustomModelAndTheFileStillOpens)
{
    // The workbench removes a custom model (undoably) without touching the scenarios: the saved file must not
    // hold prices for a model it no longer has, which the loader refuses.
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.customModels.push_back(CustomModel::copyOf(catalogue, 0, QStringLiteral("acme"), QStringLiteral("Acme")));
    Scenario growth;
    growth.id = QStringLiteral("growth");
    growth.name = QStringLiteral("Growth");
    growth.pricing[QStringLiteral("acme")][PriceFigure::PerUser] = 70;
    growth.pricing[QStringLiteral("fully_managed")][PriceFigure::PerUser] = 88;
    profile.scenarios = {growth};
    ASSERT_TRUE(parse(profile.toJson(catalogue)).ok());

    profile.customModels.clear();
    const Loaded<Profile> loaded = parse(profile.toJson(catalogue));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const std::map<QString, std::map<PriceFigure, double>> &prices = loaded.value().scenarios.at(0).pricing;
    EXPECT_EQ(prices.count(QStringLiteral("acme")), 0u);
    EXPECT_EQ(prices.at(QStringLiteral("fully_managed")).at(PriceFigure::PerUser), 88.0);
}

TEST(ProfileSections, AProfileWithoutScenariosHasNoneAndWritesNoScenarioKey)
{
    const Loaded<Profile> loaded = parse(withSections(R"("organisation": {"users": 80})"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_TRUE(loaded.value().scenarios.empty());
    EXPECT_FALSE(loaded.value().toJson(Catalogue::builtIn()).contains("scenarios"));
}

TEST(ProfileSections, AnImportedModelKeepsItsSource)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.customModels.push_back(CustomModel::copyOf(catalogue, 1, QStringLiteral("acme"), QStringLiteral("Acme")));
    profile.customModels.push_back(CustomModel::copyOf(catalogue, 0, QStringLiteral("own"), QStringLiteral("Own")));
    profile.customModels[0].source = ModelSource{QStringLiteral("acme-matrix.xlsx"), QStringLiteral("2026-12-07")};
    const QByteArray json = profile.toJson(catalogue);
    EXPECT_TRUE(json.contains("\"acme-matrix.xlsx\""));
    const Loaded<Profile> again = Profile::parse(json, QStringLiteral("p.json"), catalogue);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().customModels[0].source, profile.customModels[0].source);
    EXPECT_FALSE(again.value().customModels[1].source.has_value()) << "a model made in Splitbench has no source";
    EXPECT_EQ(again.value(), profile);
}

TEST(ProfileSections, AProposalsTermsRoundTripAndBadTermsAreRefusedWithTheirPlace)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.customModels.push_back(CustomModel::copyOf(catalogue, 1, QStringLiteral("acme"), QStringLiteral("Acme")));
    ProposalTerms terms;
    terms.noticeMonths = 3;
    terms.serviceLevels = {{QStringLiteral("P1"), 30, 4, Cover::AllHours}, {QStringLiteral("P2"), 120, 16, Cover::Extended}};
    profile.customModels[0].terms = terms;
    const Loaded<Profile> again = Profile::parse(profile.toJson(catalogue), QStringLiteral("p.json"), catalogue);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().customModels[0].terms, terms);

    const QByteArray model = R"("custom_models": [{"id": "acme", "name": "Acme", "based_on": "co_managed", "terms": )";
    expectRefused(model + R"({"notice_months": 2.5}}])", "custom_models[0].terms.notice_months", "whole number");
    expectRefused(model + R"({"service_levels": [{"priority": "P1", "response_minutes": 30, "resolution_hours": 4},
                                                 {"priority": "p1", "response_minutes": 60, "resolution_hours": 8}]}}])",
                  "custom_models[0].terms.service_levels[1].priority", "twice");
    expectRefused(model + R"({"service_levels": [{"priority": "P1", "response_minutes": 30, "resolution_hours": 4,
                                                  "cover": "always"}]}}])",
                  "custom_models[0].terms.service_levels[0].cover", "always");
    expectRefused(model + R"({"service_levels": [{"priority": "P1", "response_minutes": 20000, "resolution_hours": 4}]}}])",
                  "custom_models[0].terms.service_levels[0].response_minutes", "");
}

TEST(ProfileSections, PreparedForRoundTripsAndAnOverlongNameIsRefused)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.prepared = Prepared{QStringLiteral("Northfield Components GmbH")};
    const Loaded<Profile> again = Profile::parse(profile.toJson(catalogue), QStringLiteral("p.json"), catalogue);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().prepared, profile.prepared);
    expectRefused(R"("prepared": {"for": ")" + QByteArray(Prepared::kMaxLength + 1, 'x') + R"("})", "prepared.for",
                  "at most 200 characters");
}

TEST(ProfileSections, ACustomModelIsFoundByItsIndexAndFlagsItsOwnTerms)
{
    const Catalogue base = Catalogue::builtIn();
    Profile profile;
    profile.customModels.push_back(CustomModel::copyOf(base, 0, QStringLiteral("acme"), QStringLiteral("Acme")));
    profile.customModels.push_back(CustomModel::copyOf(base, 1, QStringLiteral("bolt"), QStringLiteral("Bolt")));
    ProposalTerms slow;
    slow.noticeMonths = 12; // far beyond the usual notice period
    profile.customModels[1].terms = slow;
    const Catalogue catalogue = withCustomModels(base, profile.customModels);
    const int builtIns = static_cast<int>(base.models.size());

    EXPECT_EQ(profile.customModelOf(catalogue, 0), nullptr);
    EXPECT_EQ(profile.customModelOf(catalogue, builtIns), &profile.customModels[0]);
    EXPECT_EQ(profile.customModelOf(catalogue, builtIns + 1), &profile.customModels[1]);
    EXPECT_EQ(profile.customModelOf(catalogue, builtIns + 2), nullptr);
    EXPECT_EQ(profile.customModelOf(catalogue, -1), nullptr);

    EXPECT_TRUE(profile.customModels[0].termFlags().empty());
    const std::vector<TermFlag> flags = profile.customModels[1].termFlags();
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].what, TermFlag::What::Notice);
    EXPECT_TRUE(flags[0].worse);
}
