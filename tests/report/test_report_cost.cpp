// The report's "What it costs" section: where it sits, its table against an independent CostModel, both charts
// on the page, the value-for-money sentence; the layout's own checks (nothing clipped or overlapping) run
// over every profile in test_report_layout.cpp.
#include "cost_model.h"
#include "cost_plots.h"
#include "number_format.h"
#include "report_renderer.h"
#include "report_style.h"
#include "report_test_support.h"

#include <QBuffer>
#include <QPdfWriter>

#include <gtest/gtest.h>
#include <memory>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

const QString kSection = QStringLiteral("What it costs");

/// The laid-out report (300 dpi A4, like the export) and the pages of the cost section.
struct CostPages {
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    std::unique_ptr<ReportRenderer> renderer;
    std::vector<const ReportPage *> pages;
    std::vector<QString> order; ///< Sections in the order of the pages.

    explicit CostPages(const ReportContent &content, const QString &section = kSection)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<ReportRenderer>(content, &writer);
        for (const ReportPage &page : renderer->layout().pages()) {
            if (page.section == section)
                pages.push_back(&page);
            if (order.empty() || order.back() != page.section)
                order.push_back(page.section);
        }
    }
    QStringList texts() const
    {
        QStringList list;
        for (const ReportPage *page : pages)
            for (const ReportItem &item : page->items)
                if (item.kind == ReportItem::Kind::Text)
                    list << item.text;
        return list;
    }
};

class CostSectionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CostSectionTest, ComesAfterTheFitAndBeforeTheSensitivityWithTheCoresFigures)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    const CostPages report(content);
    ASSERT_FALSE(report.pages.empty());
    const auto at = [&](const QString &section) {
        return std::find(report.order.begin(), report.order.end(), section) - report.order.begin();
    };
    // A workshop's "Who thinks what" sits between the fit and the costs.
    EXPECT_EQ(at(kSection), at(QStringLiteral("Fit by dimension")) + (content.profile.isWorkshop() ? 2 : 1));
    // Providers' proposals (custom models) and scenarios, when the profile has them, sit between the costs and
    // the sensitivity, the proposals first.
    const bool proposals = !content.profile.customModels.empty();
    const bool scenarios = !content.profile.scenarios.empty();
    EXPECT_EQ(at(QStringLiteral("Sensitivity")), at(kSection) + 1 + (proposals ? 1 : 0) + (scenarios ? 1 : 0));
    if (proposals) {
        EXPECT_EQ(at(QStringLiteral("Proposals side by side")), at(kSection) + 1);
    }

    const QStringList texts = report.texts();
    const QString all = texts.join(u' ');
    EXPECT_TRUE(all.contains(QStringLiteral("not a quote"))) << "typical figures, never a quote";
    const CostModel model = CostModel::forProfile(content.catalogue, content.profile);
    const QString currency = model.organisation().currency;
    EXPECT_TRUE(texts.contains(QStringLiteral("Cost (%1)").arg(currency)));
    for (int m = 0; m < content.modelCount(); ++m) {
        const CostBreakdown cost = model.cost(m);
        // The table's total (and the bar's end), per year, per user and month, FTE: the core's numbers.
        EXPECT_GE(texts.count(formatMoney(cost.total(), currency)), 2) << m; // table and component chart
        EXPECT_TRUE(texts.contains(formatMoney(cost.perYear(), currency))) << m;
        EXPECT_TRUE(texts.contains(formatMoney(cost.perUserPerMonth(model.organisation().users), currency, 2))) << m;
        EXPECT_TRUE(texts.contains(formatMoney(cost.staff, currency))) << m;
        EXPECT_TRUE(texts.contains(formatDecimal(cost.fteNeeded, 1))) << m;
    }
    // Both charts: the component legend and axis title, the value-for-money legend and axis.
    EXPECT_TRUE(texts.contains(QStringLiteral("Provider fees")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Overall fit (0–100)")));
    EXPECT_GE(texts.count(content.cost.costAxisTitle()), 2);
    EXPECT_TRUE(all.contains(QStringLiteral("Value for money: no other model fits as well for less")));
}

TEST_P(CostSectionTest, TheValueForMoneySentenceNamesExactlyTheFrontModels)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    const CostModel model = CostModel::forProfile(content.catalogue, content.profile);
    std::vector<double> totals;
    for (const CostBreakdown &cost : model.costs())
        totals.push_back(cost.total());
    const std::vector<bool> front = valueForMoneyFront(content.result.overall, totals);
    EXPECT_EQ(content.cost.front, front);
    const QString all = CostPages(content).texts().join(u' ');
    const int count = static_cast<int>(std::count(front.begin(), front.end(), true));
    ASSERT_GE(count, 1);
    if (count == 1) {
        const int best = static_cast<int>(std::find(front.begin(), front.end(), true) - front.begin());
        EXPECT_TRUE(all.contains(QStringLiteral("for no more than"))) << all.toStdString();
        EXPECT_TRUE(content.cost.frontNames() == content.model(best).name);
    } else if (count < content.modelCount()) {
        EXPECT_TRUE(all.contains(QStringLiteral("are not beaten on both fit and cost")));
    }
}

INSTANTIATE_TEST_SUITE_P(Profiles, CostSectionTest, ::testing::ValuesIn(profileParameters()), profileParameterName);

TEST(CostSection, ContentWithoutCostFiguresHasNoSection)
{
    ReportContent content = contentFor(exampleProfilePaths().at(0));
    content.cost = {};
    EXPECT_TRUE(CostPages(content).pages.empty());
}

TEST(CostChartData, MakeTakesTheCoresCostsFitsAndFront)
{
    const ReportContent content = contentFor(dataFile(QStringLiteral("many-models.splitbench.json")));
    const CostChartData &d = content.cost;
    ASSERT_EQ(d.modelCount(), content.modelCount());
    const CostModel model = CostModel::forProfile(content.catalogue, content.profile);
    for (int m = 0; m < d.modelCount(); ++m) {
        EXPECT_EQ(d.modelName(m), content.model(m).name);
        EXPECT_DOUBLE_EQ(d.costs[static_cast<size_t>(m)].total(), model.cost(m).total());
        EXPECT_DOUBLE_EQ(d.fits[static_cast<size_t>(m)], content.result.overall[static_cast<size_t>(m)]);
    }
    EXPECT_EQ(d.recommended, content.result.isTie() ? -1 : content.result.recommended);
    // Another term for every model.
    const CostChartData twelve = CostChartData::make(content.catalogue, content.profile, content.result, 12);
    EXPECT_EQ(twelve.commonTerm(), 12);
    EXPECT_TRUE(twelve.costAxisTitle().contains(QStringLiteral("12 months")));
    EXPECT_DOUBLE_EQ(twelve.costs[0].total(), model.cost(0, 12).total());
}

} // namespace

namespace {

TEST(CostSection, ACustomModelWithItsOwnQuoteAndAVeryLongNameIsPricedByItsQuote)
{
    // The report cuts names over 100 characters and scores the profile again with them; the custom model's own
    // prices must survive that.
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    CustomModel quote = CustomModel::copyOf(catalogue, 0, QStringLiteral("quote"), QString(120, u'Q'));
    quote.pricing = defaultPricing(catalogue.models[0].id);
    quote.pricing->perUser = 7;
    profile.customModels = {quote};
    const ReportContent content = ReportContent::make(catalogue, profile, fixedDate());
    const int custom = content.modelCount() - 1;
    const CostModel model = CostModel::forProfile(content.catalogue, content.profile);
    const QString total = formatMoney(model.cost(custom).total(), model.organisation().currency);
    ASSERT_NE(model.cost(custom).total(), model.cost(0).total());
    const CostPages report(content);
    EXPECT_GE(report.texts().count(total), 2) << total.toStdString();
}

} // namespace

TEST(ScenarioSection, TheManufacturersScenariosShowEachFitCostAndTheSentence)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(1)); // manufacturer with a CIO
    ASSERT_EQ(content.profile.scenarios.size(), 2u);
    ASSERT_TRUE(content.scenarios);
    const CostPages report(content, QStringLiteral("Scenarios"));
    ASSERT_FALSE(report.pages.empty());
    const QString all = report.texts().join(u' ');
    const QStringList texts = report.texts();
    const ScenarioComparison &comparison = *content.scenarios;
    for (const ScenarioOutcome &outcome : comparison.outcomes) {
        EXPECT_TRUE(all.contains(outcome.name)) << outcome.name.toStdString();
        for (size_t m = 0; m < outcome.overall.size(); ++m) {
            EXPECT_TRUE(texts.contains(formatFit(outcome.overall[m]))) << outcome.name.toStdString() << m;
            EXPECT_TRUE(texts.contains(formatMoney(outcome.costs[m].perYear(), comparison.currency)))
                << outcome.name.toStdString() << m;
        }
    }
    // The sentence, wrapped over lines, word by word.
    const QString words = QString(all).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("would flip it to"))) << words.toStdString();
    EXPECT_FALSE(comparison.robust);

    // A profile without scenarios has no such section.
    const ReportContent plain = contentFor(exampleProfilePaths().at(0));
    EXPECT_FALSE(plain.scenarios);
    EXPECT_TRUE(CostPages(plain, QStringLiteral("Scenarios")).pages.empty());
}
