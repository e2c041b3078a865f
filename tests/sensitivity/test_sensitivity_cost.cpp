// Cost in the sensitivity analysis: the cost breakevens of "what would change the answer" and the Monte Carlo
// chance of costing least under price uncertainty (deterministic, thread-independent, fit results untouched).
#include "catalogue.h"
#include "cost_formats.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "profile.h"
#include "sensitivity.h"
#include "sensitivity_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace splitbench;

namespace {

size_t at(int index)
{
    return static_cast<size_t>(index);
}

Profile profileWith(double users, double staff)
{
    Profile profile = Profile::defaults(Catalogue::builtIn());
    Organisation o;
    o.users = users;
    o.itStaffFte = staff;
    profile.organisation = o;
    return profile;
}

SensitivityAnalysis analysisOf(const Profile &profile)
{
    return SensitivityAnalysis(FitEngine(withCustomModels(Catalogue::builtIn(), profile.customModels)), profile);
}

/// A profile with a custom copy of co-managed whose price per user differs from co-managed's by `delta`.
Profile withNearTwin(double delta)
{
    Profile profile = profileWith(80, 1.0);
    const Catalogue &base = Catalogue::builtIn();
    CustomModel twin = CustomModel::copyOf(base, base.modelIndex(QStringLiteral("co_managed")), QStringLiteral("twin"),
                                           QStringLiteral("Twin"));
    ModelPricing pricing = defaultPricing(QStringLiteral("co_managed"));
    pricing.perUser += delta;
    twin.pricing = pricing;
    profile.customModels.push_back(twin);
    return profile;
}

MonteCarloOptions options(double priceUncertainty, int threads = 2, int samples = 4000)
{
    MonteCarloOptions o;
    o.samples = samples;
    o.seed = 7;
    o.threads = threads;
    o.priceUncertaintyPercent = priceUncertainty;
    return o;
}

} // namespace

TEST(SensitivityCost, ChanceOfCostingLeastSumsToOne)
{
    const SensitivityAnalysis analysis = analysisOf(withNearTwin(1.0));
    for (double uncertainty : {0.0, 10.0, 40.0}) {
        const std::optional<MonteCarloResult> r = analysis.monteCarlo(options(uncertainty));
        ASSERT_TRUE(r.has_value());
        ASSERT_EQ(r->cheapestProbability.size(), analysis.engine().catalogue().models.size());
        EXPECT_NEAR(std::accumulate(r->cheapestProbability.begin(), r->cheapestProbability.end(), 0.0), 1.0, 1e-12)
            << uncertainty;
        EXPECT_DOUBLE_EQ(r->priceUncertaintyPercent, uncertainty);
        EXPECT_FALSE(r->costSentence.isEmpty());
    }
}

TEST(SensitivityCost, WithoutPriceUncertaintyTheCheapestModelCostsLeastAlways)
{
    for (const Profile &profile : {profileWith(80, 1.0), profileWith(15, 0.0), profileWith(400, 0.0)}) {
        const SensitivityAnalysis analysis = analysisOf(profile);
        const CostModel costs = CostModel::forProfile(analysis.engine().catalogue(), profile);
        int cheapest = 0;
        for (int m = 1; m < costs.modelCount(); ++m)
            if (costs.cost(m, analysis.costTerm()).total() < costs.cost(cheapest, analysis.costTerm()).total())
                cheapest = m;
        const std::optional<MonteCarloResult> r = analysis.monteCarlo(options(0));
        ASSERT_TRUE(r.has_value());
        EXPECT_EQ(r->cheapestAtTodaysPrices, cheapest);
        EXPECT_DOUBLE_EQ(r->cheapestProbability[at(cheapest)], 1.0);
    }
}

TEST(SensitivityCost, PriceUncertaintyNeverChangesTheFitResults)
{
    const SensitivityAnalysis analysis = analysisOf(withNearTwin(1.0));
    const std::optional<MonteCarloResult> off = analysis.monteCarlo(options(0));
    const std::optional<MonteCarloResult> on = analysis.monteCarlo(options(50));
    ASSERT_TRUE(off && on);
    EXPECT_EQ(off->winProbability, on->winProbability);
    EXPECT_EQ(off->marginMean, on->marginMean);
    EXPECT_EQ(off->histogram.counts, on->histogram.counts);
    EXPECT_EQ(off->sentence, on->sentence);
    EXPECT_NE(off->cheapestProbability, on->cheapestProbability);
}

TEST(SensitivityCost, SameSeedSameResultWithOneAndFourThreads)
{
    const SensitivityAnalysis analysis = analysisOf(withNearTwin(0.5));
    const std::optional<MonteCarloResult> one = analysis.monteCarlo(options(25, 1, 5200));
    const std::optional<MonteCarloResult> four = analysis.monteCarlo(options(25, 4, 5200));
    ASSERT_TRUE(one && four);
    EXPECT_EQ(one->cheapestProbability, four->cheapestProbability);
    EXPECT_EQ(one->costSentence, four->costSentence);
    MonteCarloOptions otherSeed = options(25, 4, 5200);
    otherSeed.seed = 8;
    EXPECT_NE(analysis.monteCarlo(otherSeed)->cheapestProbability, one->cheapestProbability);
}

TEST(SensitivityCost, WideUncertaintyGivesTwoNearlyEqualModelsEachAShare)
{
    const SensitivityAnalysis analysis = analysisOf(withNearTwin(0.5)); // the twin costs 0.3 % more
    const int co = analysis.engine().catalogue().modelIndex(QStringLiteral("co_managed"));
    const int twin = analysis.engine().catalogue().modelIndex(QStringLiteral("twin"));
    const std::optional<MonteCarloResult> narrow = analysis.monteCarlo(options(0));
    ASSERT_TRUE(narrow.has_value());
    EXPECT_DOUBLE_EQ(narrow->cheapestProbability[at(co)], 1.0);
    const std::optional<MonteCarloResult> wide = analysis.monteCarlo(options(30));
    ASSERT_TRUE(wide.has_value());
    EXPECT_GT(wide->cheapestProbability[at(co)], 0.3);
    EXPECT_GT(wide->cheapestProbability[at(twin)], 0.3);
    EXPECT_GT(wide->cheapestProbability[at(co)], wide->cheapestProbability[at(twin)]);
}

TEST(SensitivityCost, WhatWouldChangeTheAnswerNamesTheCostBreakevens)
{
    QLocale::setDefault(QLocale::c());
    // No IT staff: fully managed buys hours, co-managed hires, so they cross in users and in salary.
    const Profile profile = profileWith(100, 0.0);
    const SensitivityAnalysis analysis = analysisOf(profile);
    const ChangeToFlip flip = analysis.changeToFlip();
    ASSERT_FALSE(flip.cost.empty());
    const CostBreakevens &b = flip.cost.front();
    EXPECT_TRUE((b.cheaper == analysis.recommended() && b.dearer == analysis.runnerUp()) ||
                (b.dearer == analysis.recommended() && b.cheaper == analysis.runnerUp()));
    EXPECT_FALSE(flip.costSentence.isEmpty());
    EXPECT_TRUE(flip.costSentence.startsWith(QStringLiteral("On cost, "))) << flip.costSentence.toStdString();
    ASSERT_TRUE(b.usersBelow || b.usersAbove);
    ASSERT_TRUE(b.salaryBelow || b.salaryAbove);
    // At each boundary the cheaper model stops being the cheaper one: a hair inside it still is, a hair past it
    // it is not (a breakeven where the totals meet, or a step such as a hire).
    const Organisation o = *profile.organisation;
    const auto gapAt = [&](double users, double salary) {
        Organisation changed = o;
        changed.users = users;
        changed.salaryPerYear = salary;
        const CostModel model(analysis.engine().catalogue(), changed);
        return model.cost(b.dearer, b.termMonths).total() - model.cost(b.cheaper, b.termMonths).total();
    };
    for (const std::optional<double> &users : {b.usersBelow, b.usersAbove})
        if (users) {
            const double outward = *users < o.users ? -1e-3 : 1e-3;
            EXPECT_GT(gapAt(*users - outward, o.salaryPerYear), 0);
            EXPECT_LE(gapAt(*users + outward, o.salaryPerYear), 0);
            EXPECT_TRUE(flip.costSentence.contains(formatCostBreakeven(*users, o.users, CostQuantity::Users, o.currency)));
        }
    for (const std::optional<double> &salary : {b.salaryBelow, b.salaryAbove})
        if (salary) {
            const double outward = *salary < o.salaryPerYear ? -0.01 : 0.01;
            EXPECT_GT(gapAt(o.users, *salary - outward), 0);
            EXPECT_LE(gapAt(o.users, *salary + outward), 0);
        }
}

TEST(SensitivityCost, TheCheapestModelIsComparedTooWhenItIsAThirdOne)
{
    // An exact copy of the runner-up priced far below everyone: it ties with the runner-up on fit (which, first on
    // ties, stays the runner-up), so it is neither first nor second, and it costs least.
    Profile profile = profileWith(80, 1.0);
    const Catalogue &base = Catalogue::builtIn();
    const int second = analysisOf(profile).runnerUp();
    CustomModel cheap = CustomModel::copyOf(base, second, QStringLiteral("cheap"), QStringLiteral("Cheap"));
    ModelPricing pricing = defaultPricing(base.models[at(second)].id);
    pricing.perUser = 1;
    cheap.pricing = pricing;
    profile.customModels.push_back(cheap);
    const SensitivityAnalysis analysis = analysisOf(profile);
    const int cheapIndex = analysis.engine().catalogue().modelIndex(QStringLiteral("cheap"));
    ASSERT_NE(analysis.recommended(), cheapIndex);
    ASSERT_NE(analysis.runnerUp(), cheapIndex);
    EXPECT_EQ(analysis.cheapest(), cheapIndex);
    const ChangeToFlip flip = analysis.changeToFlip();
    ASSERT_EQ(flip.cost.size(), 2U);
    EXPECT_EQ(flip.cost[1].cheaper, cheapIndex);
    EXPECT_TRUE(flip.costSentence.contains(QStringLiteral("Cheap"))) << flip.costSentence.toStdString();
}

TEST(SensitivityCost, OutputsCarryTheCostFigures)
{
    const Profile profile = withNearTwin(0.5);
    const SensitivityAnalysis analysis = analysisOf(profile);
    SensitivityOptions o;
    o.monteCarlo = options(30);
    const std::optional<SensitivityResult> result = analysis.run(o);
    ASSERT_TRUE(result.has_value());
    const Catalogue &catalogue = analysis.engine().catalogue();
    const QJsonObject root = QJsonDocument::fromJson(sensitivityToJson(catalogue, profile, *result)).object();
    const QJsonObject cost = root.value(QStringLiteral("cost")).toObject();
    EXPECT_DOUBLE_EQ(cost.value(QStringLiteral("price_uncertainty_percent")).toDouble(), 30);
    const QJsonObject cheapest = cost.value(QStringLiteral("cheapest_probability")).toObject();
    ASSERT_EQ(cheapest.size(), static_cast<qsizetype>(catalogue.models.size()));
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m)
        EXPECT_NEAR(cheapest.value(catalogue.models[at(m)].id).toDouble(), result->monteCarlo.cheapestProbability[at(m)],
                    1e-5);
    const QJsonObject what = root.value(QStringLiteral("what_would_change")).toObject();
    EXPECT_EQ(what.value(QStringLiteral("cost")).toArray().size(), static_cast<qsizetype>(result->changeToFlip.cost.size()));
    EXPECT_EQ(what.value(QStringLiteral("cost_sentence")).toString(), result->changeToFlip.costSentence);

    const QString text = sensitivityToText(catalogue, profile, *result);
    EXPECT_TRUE(text.contains(QStringLiteral("Chance of costing least"))) << text.toStdString();
    EXPECT_TRUE(text.contains(result->changeToFlip.cost.front().sentence)) << text.toStdString();

    const QStringList lines = QString::fromUtf8(sensitivityToCsv(catalogue, *result)).split(QStringLiteral("\r\n"),
                                                                                             Qt::SkipEmptyParts);
    const qsizetype columns = lines.front().count(u',');
    int costRows = 0;
    for (const QString &line : lines) {
        EXPECT_EQ(line.count(u','), columns) << line.toStdString();
        if (line.startsWith(QStringLiteral("cost_")))
            ++costRows;
    }
    EXPECT_EQ(costRows, 2 * static_cast<int>(result->changeToFlip.cost.size()));
}
