// Providers' proposals in the workbench (issue 20): the Proposals tab puts them side by side with fit, cost and
// terms against the usual ranges, lists their findings, edits their terms (one undo step each) and leads from a
// finding to its activity in the Dimension explorer.
#include "accessibility_audit.h"
#include "cost/cost_page.h"
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "model_panel.h"
#include "models/activity_table_model.h"
#include "model_view_state.h"
#include "number_format.h"
#include "profile_document.h"
#include "proposal_check.h"
#include "proposals/proposal_comparison_model.h"
#include "proposals/proposals_page.h"
#include "proposals/service_level_model.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <algorithm>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

int modelIndex(const ProfileDocument &document, const char *id)
{
    const Catalogue &catalogue = document.catalogue();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m)
        if (catalogue.models[static_cast<size_t>(m)].id == QLatin1String(id))
            return m;
    return -1;
}

/// Two proposals: "Harbour IT" (a copy of co-managed IT, 6 months' notice, P1 and P2) and "Nordwind" (a copy of
/// fully managed IT, 2 months' notice, P1 only, and nobody Responsible for the first activity), with prices.
struct Proposals {
    int harbour = -1;
    int nordwind = -1;
};

Proposals addProposals(ProfileDocument &document)
{
    Proposals p;
    p.harbour = document.duplicateModel(modelIndex(document, "co_managed"), QStringLiteral("Harbour IT"));
    p.nordwind = document.duplicateModel(modelIndex(document, "fully_managed"), QStringLiteral("Nordwind"));
    document.setPriceFigure(p.harbour, PriceFigure::PerUser, 55);
    document.setTerm(p.harbour, 36);
    document.setPriceFigure(p.nordwind, PriceFigure::PerUser, 80);
    document.setTerm(p.nordwind, 24);
    ProposalTerms harbour;
    harbour.noticeMonths = 6; // outside 1–3
    harbour.serviceLevels = {{QStringLiteral("P2"), 120, 16, Cover::BusinessHours},
                             {QStringLiteral("P1"), 30, 4, Cover::AllHours}};
    EXPECT_EQ(document.setProposalTerms(p.harbour, harbour, QStringLiteral("terms")), QString());
    ProposalTerms nordwind;
    nordwind.noticeMonths = 2;
    nordwind.serviceLevels = {{QStringLiteral("P1"), 240, 48, Cover::Extended}}; // both slower than usual
    EXPECT_EQ(document.setProposalTerms(p.nordwind, nordwind, QStringLiteral("terms")), QString());
    // Nobody Responsible for the first activity of the first dimension in Nordwind's split.
    Responsibility none = document.catalogue().dimensions[0].activities[0].byModel[static_cast<size_t>(p.nordwind)];
    none.providerRaci = QStringLiteral("A");
    none.internalRaci = QStringLiteral("I");
    EXPECT_EQ(document.setResponsibility(p.nordwind, 0, 0, none), QString());
    return p;
}

ProposalsPage *showProposals(Workbench &bench)
{
    bench.window->viewTabs()->setCurrentWidget(bench.window->proposalsPage());
    settle();
    return bench.window->proposalsPage();
}

QString cell(const ProposalComparisonModel &model, ProposalComparisonModel::Row row, int column,
             const QString &priority = {}, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(row, priority), column).data(role).toString();
}

} // namespace

TEST(ProposalsPage, WithoutProposalsExplainsAndOffersADuplicate)
{
    Workbench bench;
    ProposalsPage *page = showProposals(bench);
    EXPECT_FALSE(page->showsComparison());
    EXPECT_TRUE(page->duplicateButton()->isVisible());
}

TEST(ProposalsPage, ShowsTheProposalsSideBySideWithFitCostAndTerms)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    ASSERT_TRUE(page->showsComparison());
    const ProposalComparisonModel &model = *page->tableModel();
    ASSERT_EQ(model.columnCount(), 3); // two proposals and the usual range
    EXPECT_EQ(model.modelOfColumn(0), p.harbour);
    EXPECT_EQ(model.modelOfColumn(1), p.nordwind);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Harbour IT"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Usual range"));
    using Row = ProposalComparisonModel::Row;
    for (int c = 0; c < 2; ++c) {
        const int m = model.modelOfColumn(c);
        EXPECT_EQ(cell(model, Row::Fit, c), QLocale().toString(document->result().overall[static_cast<size_t>(m)], 'f', 1));
        const CostBreakdown cost = document->costModel().cost(m);
        EXPECT_EQ(cell(model, Row::CostOverTerm, c), formatMoney(cost.total(), document->organisation().currency));
        EXPECT_EQ(cell(model, Row::CostPerMonth, c),
                  formatMoney(cost.total() / cost.termMonths, document->organisation().currency));
    }
    EXPECT_EQ(cell(model, Row::Term, 1), QStringLiteral("24 months"));
    EXPECT_EQ(cell(model, Row::Notice, 0), QStringLiteral("6 months"));
    // The priorities of both, P1 first; Nordwind names no P2.
    EXPECT_LT(model.rowOf(Row::Response, QStringLiteral("P1")), model.rowOf(Row::Response, QStringLiteral("P2")));
    EXPECT_EQ(cell(model, Row::Response, 0, QStringLiteral("P2")), QStringLiteral("120 min"));
    EXPECT_EQ(cell(model, Row::Response, 1, QStringLiteral("P2")), QStringLiteral("—"));
    EXPECT_EQ(cell(model, Row::Cover, 0, QStringLiteral("P1")), coverDisplayName(Cover::AllHours));

    // A slider step changes the fit row without rebuilding the rest.
    const int rebuilds = page->rebuildCount();
    document->setTrait(0, document->profile().traits[0] > 50 ? 10 : 90);
    settle();
    EXPECT_EQ(page->rebuildCount(), rebuilds);
    EXPECT_EQ(cell(model, Row::Fit, 0),
              QLocale().toString(document->result().overall[static_cast<size_t>(p.harbour)], 'f', 1));
}

TEST(ProposalsPage, FlagsTermsOutsideTheirUsualRangesOnly)
{
    Workbench bench;
    addProposals(*bench.window->document());
    const ProposalComparisonModel &model = *showProposals(bench)->tableModel();
    using Row = ProposalComparisonModel::Row;
    const auto flagged = [&model](Row row, int column, const QString &priority = {}) {
        return model.index(model.rowOf(row, priority), column).data(ProposalComparisonModel::FlaggedRole).toBool();
    };
    EXPECT_TRUE(flagged(Row::Notice, 0));   // 6 months
    EXPECT_FALSE(flagged(Row::Notice, 1));  // 2 months
    EXPECT_TRUE(flagged(Row::Response, 1, QStringLiteral("P1")));   // 240 min
    EXPECT_FALSE(flagged(Row::Response, 0, QStringLiteral("P1")));  // 30 min
    EXPECT_FALSE(flagged(Row::Term, 0));
    const QModelIndex notice = model.index(model.rowOf(Row::Notice), 0);
    EXPECT_FALSE(notice.data(ProposalComparisonModel::FlagTextRole).toString().isEmpty());
    EXPECT_EQ(notice.data(Qt::ToolTipRole).toString(), notice.data(ProposalComparisonModel::FlagTextRole).toString());
    EXPECT_FALSE(notice.data(Qt::DecorationRole).isNull()); // a marker, not only a colour
    EXPECT_TRUE(notice.data(Qt::AccessibleTextRole).toString().contains(notice.data(Qt::DisplayRole).toString()));
    EXPECT_TRUE(model.index(model.rowOf(Row::Notice), 1).data(Qt::DecorationRole).isNull());
}

TEST(ProposalsPage, EditingTheTermsIsOneUndoStepEach)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    ASSERT_EQ(page->termsSelector()->currentData().toString(),
              document->catalogue().models[static_cast<size_t>(p.harbour)].id);
    const ProposalTerms before = *document->profile().customModels[0].terms;
    const int steps = document->undoStack()->count();

    page->noticeEditor()->setValue(3);
    settle();
    EXPECT_EQ(document->profile().customModels[0].terms->noticeMonths, 3);
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    using Row = ProposalComparisonModel::Row;
    EXPECT_EQ(cell(*page->tableModel(), Row::Notice, 0), QStringLiteral("3 months"));

    page->addLevelButton()->click();
    settle();
    ASSERT_EQ(document->profile().customModels[0].terms->serviceLevels.size(), 3U);
    EXPECT_EQ(document->profile().customModels[0].terms->serviceLevels.back().priority, QStringLiteral("P3"));
    EXPECT_EQ(document->undoStack()->count(), steps + 2);
    EXPECT_GE(page->tableModel()->rowOf(Row::Response, QStringLiteral("P3")), 0);

    document->undoStack()->undo();
    document->undoStack()->undo();
    settle();
    EXPECT_EQ(*document->profile().customModels[0].terms, before);
    EXPECT_EQ(page->noticeEditor()->value(), 6);
    EXPECT_EQ(page->tableModel()->rowOf(Row::Response, QStringLiteral("P3")), -1);
}

TEST(ProposalsPage, RefusesInvalidTerms)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    const int steps = document->undoStack()->count();
    ServiceLevelModel *levels = page->serviceLevelModel();
    ASSERT_EQ(levels->serviceModel(), p.harbour);
    // Renaming P2 to "p1": the priority is given twice.
    EXPECT_FALSE(levels->setData(levels->index(0, ServiceLevelModel::PriorityColumn), QStringLiteral("p1")));
    EXPECT_FALSE(page->termsProblem().isEmpty());
    EXPECT_FALSE(levels->setData(levels->index(0, ServiceLevelModel::PriorityColumn), QStringLiteral("  ")));
    EXPECT_FALSE(levels->setData(levels->index(0, ServiceLevelModel::ResponseColumn), ProposalTerms::kMaxTime + 1));
    EXPECT_EQ(document->undoStack()->count(), steps);
    // Built-in models have no terms to edit.
    EXPECT_FALSE(document->setProposalTerms(0, ProposalTerms{}, QStringLiteral("x")).isEmpty());
    ProposalTerms tooMany;
    for (int i = 0; i <= ProposalTerms::kMaxServiceLevels; ++i)
        tooMany.serviceLevels.push_back({QStringLiteral("Q%1").arg(i), 10, 10, Cover::BusinessHours});
    EXPECT_FALSE(document->setProposalTerms(p.harbour, tooMany, QStringLiteral("x")).isEmpty());
    ProposalTerms longNotice;
    longNotice.noticeMonths = ProposalTerms::kMaxNoticeMonths + 1;
    EXPECT_FALSE(document->setProposalTerms(p.harbour, longNotice, QStringLiteral("x")).isEmpty());
    EXPECT_EQ(document->undoStack()->count(), steps);
    // A valid edit clears the message.
    EXPECT_TRUE(levels->setData(levels->index(0, ServiceLevelModel::ResponseColumn), 90.0));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
}

TEST(ProposalsPage, ListsTheFindingsOfEachComparedModelAndLeadsToTheirActivity)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    ASSERT_EQ(page->findings().size(), 2U);
    for (int c = 0; c < 2; ++c)
        EXPECT_EQ(page->findings()[static_cast<size_t>(c)],
                  checkModel(document->catalogue(), page->tableModel()->modelOfColumn(c)));
    const std::vector<Finding> &nordwind = page->findings()[1];
    ASSERT_FALSE(nordwind.empty());
    const QString text = page->findingsView()->toPlainText();
    for (const Finding &finding : nordwind)
        EXPECT_TRUE(text.contains(finding.text)) << finding.text.toStdString();
    using Row = ProposalComparisonModel::Row;
    EXPECT_EQ(cell(*page->tableModel(), Row::Findings, 1), QString::number(nordwind.size()));

    // Activating a finding (its link) shows its activity in the Nordwind panel of the explorer.
    const Finding finding = nordwind.front();
    emit page->findingsView()->anchorClicked(QUrl(QStringLiteral("finding:1/0")));
    settle();
    EXPECT_EQ(bench.window->viewTabs()->currentIndex(), MainWindow::ExplorerTab);
    EXPECT_EQ(bench.window->viewState()->selectedDimension(), finding.at.dimension);
    ModelPanel *panel = bench.panelOf(p.nordwind);
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->activityView()->currentIndex().row(), finding.at.activity);
    EXPECT_EQ(QApplication::focusWidget(), panel->activityView());
}

TEST(ProposalsPage, CtrlNineShowsTheTabWithTheFocusOnItsFirstControlAndEveryControlIsNamed)
{
    AccessibilityAudit audit;
    Workbench bench;
    bench.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(bench.window.get()));
    EXPECT_EQ(bench.action("actionProposals")->shortcut(), QKeySequence(QStringLiteral("Ctrl+9")));
    // Without proposals: the duplicate button.
    QTest::keyClick(bench.window.get(), Qt::Key_9, Qt::ControlModifier);
    settle();
    EXPECT_EQ(bench.window->viewTabs()->currentWidget(), bench.window->proposalsPage());
    EXPECT_EQ(QApplication::focusWidget(), bench.window->proposalsPage()->duplicateButton());
    QStringList unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    // With proposals: the first selector.
    addProposals(*bench.window->document());
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    settle();
    QTest::keyClick(bench.window.get(), Qt::Key_9, Qt::ControlModifier);
    settle();
    EXPECT_EQ(QApplication::focusWidget(), bench.window->proposalsPage()->modelSelector(0))
        << describeWidget(QApplication::focusWidget()).toStdString();
    unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

TEST(ProposalsPage, TheUserChoosesWhichModelsAreCompared)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    QComboBox *third = page->modelSelector(2);
    const int fully = modelIndex(*document, "fully_managed");
    third->setCurrentIndex(third->findData(QStringLiteral("fully_managed")));
    emit third->activated(third->currentIndex());
    settle();
    ASSERT_EQ(page->tableModel()->columnCount(), 4);
    EXPECT_EQ(page->tableModel()->modelOfColumn(2), fully);
    using Row = ProposalComparisonModel::Row;
    EXPECT_EQ(cell(*page->tableModel(), Row::Notice, 2), QStringLiteral("—"));
    // Kept when another tab is shown and the profile changes.
    document->setPriceFigure(p.harbour, PriceFigure::PerUser, 60);
    settle();
    EXPECT_EQ(page->tableModel()->modelOfColumn(2), fully);
}

TEST(ProposalsPage, TheExplorerMarksTheActivitiesOfAFinding)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    addProposals(*document);
    // The first finding beyond "nobody Responsible" (which the explorer flagged before) of any model.
    int model = -1;
    Finding finding;
    for (int m = 0; m < document->modelCount() && model < 0; ++m)
        for (const Finding &f : checkModel(document->catalogue(), m))
            if (f.kind != Finding::Kind::NobodyResponsible && model < 0) {
                model = m;
                finding = f;
            }
    ASSERT_GE(model, 0);
    bench.window->showDimension(finding.at.dimension);
    settle();
    ModelPanel *panel = bench.panelOf(model);
    ASSERT_NE(panel, nullptr);
    const QModelIndex marked = panel->activityModel()->index(finding.at.activity, 0);
    EXPECT_TRUE(marked.data(ActivityTableModel::FindingRole).toString().contains(finding.text));
    EXPECT_FALSE(marked.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(marked.data(Qt::ToolTipRole).toString().contains(finding.text));
    EXPECT_TRUE(marked.data(Qt::AccessibleTextRole).toString().contains(finding.text));
    // An activity without any finding carries no marker.
    const std::vector<Finding> all = checkModel(document->catalogue(), model);
    for (int a = 0; a < panel->activityModel()->rowCount(); ++a) {
        const bool any = std::any_of(all.begin(), all.end(), [&](const Finding &f) {
            return f.at.dimension == finding.at.dimension && f.at.activity == a;
        });
        if (!any) {
            EXPECT_TRUE(panel->activityModel()->index(a, 0).data(Qt::DecorationRole).isNull()) << a;
        }
    }
}

TEST(ProposalsPage, PriceAndTermOpensTheCostTabOnThatProposalsPrices)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Proposals p = addProposals(*document);
    ProposalsPage *page = showProposals(bench);
    const int nordwind = page->termsSelector()->findData(document->catalogue().models[static_cast<size_t>(p.nordwind)].id);
    ASSERT_GE(nordwind, 0);
    page->termsSelector()->setCurrentIndex(nordwind);
    emit page->termsSelector()->activated(nordwind); // as a choice of the user's
    settle();
    page->costButton()->click();
    settle();
    EXPECT_EQ(bench.window->viewTabs()->currentWidget(), bench.window->costPage());
    EXPECT_EQ(bench.window->costPage()->modelCombo()->currentIndex(), p.nordwind);
}
