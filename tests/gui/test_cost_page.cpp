// The Cost tab: inputs that are undoable edits of the profile, the TCO table and the banner's cost, all live.
#include "cost/cost_charts.h"
#include "cost/cost_page.h"
#include "gui_test_support.h"
#include "models/cost_table_model.h"
#include "number_format.h"
#include "profile_document.h"
#include "recommendation_banner.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QSlider>
#include <QTableWidget>
#include <QTest>

#include <limits>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

void showCostTab(Workbench &bench)
{
    bench.window->activateWindow();
    bench.action("actionCost")->trigger();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

TEST(CostPage, IsTheFifthTabWithItsShortcutAndFocusesItsFirstInput)
{
    Workbench bench;
    QAction *action = bench.action("actionCost");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+5")));
    showCostTab(bench);
    EXPECT_EQ(bench.window->viewTabs()->currentIndex(), static_cast<int>(MainWindow::CostTab));
    EXPECT_EQ(bench.window->viewTabs()->currentWidget(), bench.window->costPage());
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget(), bench.window->costPage()->currencyCombo());
    // The figures are labelled as typical, not a quote.
    EXPECT_TRUE(bench.window->costPage()->noteText().contains(QStringLiteral("not a quote")));
}

TEST(CostPage, TypingInABoxIsOneUndoStepAndUpdatesTheTableAndTheBanner)
{
    Workbench bench;
    showCostTab(bench);
    CostPage *page = bench.window->costPage();
    ProfileDocument *document = bench.window->document();
    const CostTableModel *table = page->costModel();
    const QString totalBefore = table->index(0, CostTableModel::TotalColumn).data().toString();
    const QString bannerBefore = bench.window->banner()->cost();

    QDoubleSpinBox *users = page->organisationBox(OrganisationFigure::Users);
    users->setFocus();
    users->selectAll();
    QTest::keyClicks(users, QStringLiteral("240"));
    QApplication::processEvents();
    EXPECT_EQ(document->organisation().users, 240.0);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_NE(table->index(0, CostTableModel::TotalColumn).data().toString(), totalBefore);
    EXPECT_EQ(table->index(0, CostTableModel::TotalColumn).data().toString(),
              formatMoney(document->costModel().cost(0).total(), QStringLiteral("EUR")));
    EXPECT_NE(bench.window->banner()->cost(), bannerBefore);

    // Undo puts the box back, without a new edit.
    document->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(users->value(), Organisation{}.users);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->index(), 0);
}

TEST(CostPage, TheCurrencyIsShownWhereverMoneyIs)
{
    Workbench bench;
    showCostTab(bench);
    CostPage *page = bench.window->costPage();
    QComboBox *currency = page->currencyCombo();
    currency->setCurrentIndex(currency->findData(QStringLiteral("CHF")));
    emit currency->activated(currency->currentIndex());
    QApplication::processEvents();
    EXPECT_EQ(bench.window->document()->organisation().currency, QStringLiteral("CHF"));
    EXPECT_TRUE(page->costModel()->index(0, CostTableModel::TotalColumn).data().toString().contains(QStringLiteral("CHF")));
    EXPECT_TRUE(page->organisationBox(OrganisationFigure::SalaryPerYear)->suffix().contains(QStringLiteral("CHF")));
    EXPECT_TRUE(page->priceBox(PriceFigure::PerUser)->suffix().contains(QStringLiteral("CHF")));
    EXPECT_TRUE(bench.window->banner()->cost().contains(QStringLiteral("CHF")));
}

TEST(CostPage, PricesOfACustomModelAreItsOwnAndModulesAreTicked)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const int co = document->catalogue().modelIndex(QStringLiteral("co_managed"));
    const int copy = bench.duplicateThroughMenu(co, QStringLiteral("Northwind Managed Services proposal with a long name"));
    showCostTab(bench);
    CostPage *page = bench.window->costPage();
    ASSERT_EQ(page->modelCombo()->count(), document->modelCount());
    page->modelCombo()->setCurrentIndex(copy);
    EXPECT_EQ(page->pricedModel(), copy);

    page->priceBox(PriceFigure::PerUser)->setValue(33);
    ASSERT_TRUE(document->profile().customModels[0].pricing.has_value());
    EXPECT_EQ(document->profile().customModels[0].pricing->perUser, 33.0);
    EXPECT_TRUE(document->profile().pricing.empty()); // the built-in model kept its prices

    QTableWidget *modules = page->moduleTable();
    ASSERT_EQ(modules->rowCount(), static_cast<int>(document->pricing(copy).modules.size()));
    ASSERT_GT(modules->rowCount(), 0);
    EXPECT_EQ(modules->item(0, 0)->text(), CostPage::moduleName(document->pricing(copy).modules[0].id));
    const double before = document->costModel().cost(copy).total();
    modules->item(0, 0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(document->pricing(copy).modules[0].selected);
    EXPECT_GT(document->costModel().cost(copy).total(), before);
    modules->item(0, 1)->setData(Qt::EditRole, 1500.0);
    EXPECT_EQ(document->pricing(copy).modules[0].perMonth, 1500.0);

    // The term: the table shows the model over its new term.
    page->termCombo()->setCurrentIndex(page->termCombo()->findData(12));
    emit page->termCombo()->activated(page->termCombo()->currentIndex());
    EXPECT_EQ(document->pricing(copy).termMonths, 12);
    EXPECT_EQ(page->costModel()->costs()[static_cast<size_t>(copy)].termMonths, 12);

    // Another model's prices are shown when it is picked; undo brings the copy's back into the boxes.
    page->modelCombo()->setCurrentIndex(co);
    EXPECT_EQ(page->priceBox(PriceFigure::PerUser)->value(), defaultPricing(QStringLiteral("co_managed")).perUser);
    page->modelCombo()->setCurrentIndex(copy);
    document->undoStack()->undo(); // the term
    EXPECT_EQ(page->termCombo()->currentData().toInt(), 36);
}

TEST(CostPage, TheTableNamesTheCheapestAndTheBestValueInWordsAndSortsByNumber)
{
    Workbench bench;
    showCostTab(bench);
    CostPage *page = bench.window->costPage();
    const CostTableModel *model = page->costModel();
    const int cheapest = model->cheapest();
    ASSERT_GE(cheapest, 0);
    for (int m = 0; m < model->rowCount(); ++m) {
        EXPECT_LE(model->costs()[static_cast<size_t>(cheapest)].perYear(), model->costs()[static_cast<size_t>(m)].perYear());
        const QString note = model->index(m, CostTableModel::NoteColumn).data().toString();
        EXPECT_EQ(note.contains(QStringLiteral("Cheapest")), model->isCheapest(m));
        EXPECT_EQ(model->isCheapest(m), model->costs()[static_cast<size_t>(m)].perYear() <=
                                            model->costs()[static_cast<size_t>(cheapest)].perYear() * 1.005);
        EXPECT_EQ(note.contains(QStringLiteral("value for money")), model->isOnFront(m));
        EXPECT_EQ(model->index(m, 0).data(Qt::FontRole).isValid(), model->isCheapest(m) || model->isOnFront(m));
    }
    // The recommended model fits best, so it is on the value-for-money front whatever it costs.
    EXPECT_TRUE(model->isOnFront(bench.window->document()->result().recommended));

    QTableView *view = page->costTable();
    view->sortByColumn(CostTableModel::TotalColumn, Qt::DescendingOrder);
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const double total = view->model()->index(row, CostTableModel::TotalColumn).data(CostTableModel::SortRole).toDouble();
        EXPECT_LE(total, previous);
        previous = total;
    }
}

TEST(CostPage, TheBannerStatesFitAndCostSideBySide)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const FitResult &result = document->result();
    ASSERT_FALSE(result.isTie());
    const QString text = bench.window->banner()->cost();
    const CostBreakdown first = document->costModel().cost(result.recommended);
    const CostBreakdown second = document->costModel().cost(result.runnerUp, first.termMonths);
    EXPECT_TRUE(text.contains(QStringLiteral("fits best"))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatMoney(first.total(), QStringLiteral("EUR")))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatMoney(second.total(), QStringLiteral("EUR")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("36 months"))) << text.toStdString();
    // Read as a sentence, without the middle dot.
    auto *label = bench.window->banner()->findChild<QLabel *>(QStringLiteral("bannerCost"));
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->accessibleName().contains(QStringLiteral("·")));
    EXPECT_TRUE(label->accessibleName().contains(formatMoney(first.total(), QStringLiteral("EUR"))));
}

TEST(CostPage, ASliderStepMovesTheValueChartOnlyWhileTheTabIsShown)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    CostPage *page = bench.window->costPage();
    showCostTab(bench);
    ASSERT_EQ(page->valueChart()->data().fits, document->result().overall);
    ASSERT_EQ(page->componentsChart()->data().modelCount(), document->modelCount());

    // Hidden: a slider step leaves the charts alone.
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    QApplication::processEvents();
    const std::vector<double> shown = page->valueChart()->data().fits;
    QSlider *slider = bench.slider("inhouse_capacity");
    slider->setValue(slider->value() > 50 ? slider->value() - 20 : slider->value() + 20);
    ASSERT_NE(document->result().overall, shown);
    EXPECT_EQ(page->valueChart()->data().fits, shown);

    // Shown again: brought up to date; then each step moves the points.
    showCostTab(bench);
    EXPECT_EQ(page->valueChart()->data().fits, document->result().overall);
    slider->setValue(slider->value() + 3);
    EXPECT_EQ(page->valueChart()->data().fits, document->result().overall);
    EXPECT_EQ(page->valueChart()->data().recommended, document->result().recommended);

    // A cost edit redraws both charts with the new totals.
    page->organisationBox(OrganisationFigure::Users)->setValue(320);
    for (int m = 0; m < document->modelCount(); ++m) {
        EXPECT_EQ(page->componentsChart()->data().costs[static_cast<size_t>(m)].total(),
                  document->costModel().cost(m).total());
        EXPECT_EQ(page->valueChart()->data().costs[static_cast<size_t>(m)].total(),
                  document->costModel().cost(m).total());
    }
}

} // namespace
