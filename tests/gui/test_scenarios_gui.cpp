// Scenarios in the workbench (issue 19): choosing one shows its values and its fit, edits of it are undoable
// and saved, the selector and the Scenarios tab, and their keyboard and screen-reader access.
#include "accessibility_audit.h"
#include "cost/cost_page.h"
#include "gui_test_support.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "scenarios.h"
#include "scenarios/scenario_actions.h"
#include "scenarios/scenario_comparison_model.h"
#include "scenarios/scenarios_page.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kManufacturer = QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json");

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}
int trait(const char *id)
{
    return catalogue().traitIndex(QString::fromLatin1(id));
}
size_t at(int i)
{
    return static_cast<size_t>(i);
}

/// The manufacturer example: "After the acquisition" (0) and "If the IT lead leaves" (1).
void loadManufacturer(ProfileDocument &document)
{
    ASSERT_FALSE(document.load(kManufacturer).has_value());
    ASSERT_EQ(document.scenarioCount(), 2);
    ASSERT_EQ(document.profile().scenarios[1].name, QStringLiteral("If the IT lead leaves"));
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

TEST(ScenarioDocument, ChoosingAScenarioShowsItsValuesFitAndCosts)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const Profile base = document.profile();
    EXPECT_EQ(document.editedScenario(), -1);
    document.setEditedScenario(1);
    EXPECT_EQ(document.editedScenario(), 1);
    // Its own value where it sets one, the profile's elsewhere.
    EXPECT_EQ(document.shownTrait(trait("inhouse_capacity")), 15.0);
    EXPECT_TRUE(document.scenarioSetsTrait(trait("inhouse_capacity")));
    const int unset = trait("predictable_pricing");
    EXPECT_FALSE(document.scenarioSetsTrait(unset));
    EXPECT_EQ(document.shownTrait(unset), base.traits[at(unset)]);
    // The fit and the costs are the scenario's.
    const Profile scenario = base.withScenario(1);
    EXPECT_EQ(document.result().overall, document.scoreOf(scenario).overall);
    EXPECT_NE(document.result().overall, document.scoreOf(base).overall);
    EXPECT_EQ(document.organisation().itStaffFte, 6.0);
    const CostModel expected = CostModel::forProfile(document.catalogue(), scenario);
    EXPECT_EQ(document.costModel().costs()[0].total(), expected.costs()[0].total());
    // Choosing a scenario is not an edit.
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    document.setEditedScenario(-1);
    EXPECT_EQ(document.result().overall, document.scoreOf(base).overall);
    EXPECT_EQ(document.shownTrait(trait("inhouse_capacity")), base.traits[at(trait("inhouse_capacity"))]);
}

TEST(ScenarioDocument, ASliderEditChangesOnlyTheScenarioIsOneUndoStepAndIsSaved)
{
    Workbench bench; // for a temporary folder
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const Profile before = document.profile();
    const int t = trait("predictable_pricing");
    document.setEditedScenario(0);
    // One drag: three moves, one step.
    document.setTrait(t, 20, 7);
    document.setTrait(t, 25, 7);
    document.setTrait(t, 30, 7);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.profile().scenarios[0].traits.at(t), 30.0);
    EXPECT_EQ(document.profile().traits, before.traits);
    EXPECT_EQ(document.profile().scenarios[1], before.scenarios[1]);
    EXPECT_EQ(document.shownTrait(t), 30.0);
    EXPECT_EQ(document.result().overall, document.scoreOf(document.profile().withScenario(0)).overall);

    const QString path = bench.path(QStringLiteral("scenario.splitbench.json"));
    ASSERT_TRUE(document.save(path).isEmpty());
    ProfileDocument reread(catalogue());
    ASSERT_FALSE(reread.load(path).has_value());
    EXPECT_EQ(reread.profile().scenarios[0].traits.at(t), 30.0);

    document.undoStack()->undo();
    EXPECT_EQ(document.profile(), before);
    EXPECT_EQ(document.profile().scenarios[0].traits.count(t), 0u);
    EXPECT_EQ(document.shownTrait(t), before.traits[at(t)]);
    document.undoStack()->redo();
    EXPECT_EQ(document.profile().scenarios[0].traits.at(t), 30.0);
}

TEST(ScenarioDocument, ResetUsesTheProfilesValueAgain)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const int t = trait("inhouse_capacity");
    document.setEditedScenario(1);
    document.resetScenarioTrait(t);
    EXPECT_EQ(document.profile().scenarios[1].traits.count(t), 0u);
    EXPECT_FALSE(document.scenarioSetsTrait(t));
    EXPECT_EQ(document.shownTrait(t), document.profile().traits[at(t)]);
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.resetScenarioTrait(t); // nothing left to reset: no step
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.profile().scenarios[1].traits.at(t), 15.0);
}

TEST(ScenarioDocument, OrganisationFiguresAndPricesGoToTheScenarioTermsToTheProfile)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const Profile before = document.profile();
    document.setEditedScenario(1);
    document.setOrganisationFigure(OrganisationFigure::Users, 333);
    EXPECT_EQ(document.profile().scenarios[1].organisation.at(OrganisationFigure::Users), 333.0);
    EXPECT_EQ(document.profile().organisation, before.organisation);
    EXPECT_EQ(document.organisation().users, 333.0);
    EXPECT_TRUE(document.scenarioSetsFigure(OrganisationFigure::Users));

    const QString fully = QStringLiteral("fully_managed");
    const int model = document.catalogue().modelIndex(fully);
    document.setPriceFigure(model, PriceFigure::PerUser, 77);
    EXPECT_EQ(document.profile().scenarios[1].pricing.at(fully).at(PriceFigure::PerUser), 77.0);
    EXPECT_EQ(document.profile().pricing, before.pricing);
    EXPECT_EQ(document.pricing(model).perUser, 77.0);

    // The term is the same in every scenario: it goes to the profile, without the scenario's price.
    const int term = document.pricing(model).termMonths == 12 ? 24 : 12;
    document.setTerm(model, term);
    EXPECT_EQ(document.pricing(model).termMonths, term);
    EXPECT_EQ(document.pricing(model).perUser, 77.0);
    document.setEditedScenario(-1);
    EXPECT_EQ(document.pricing(model).termMonths, term);
    EXPECT_EQ(document.pricing(model).perUser,
              CostModel::forProfile(document.catalogue(), before).pricing(model).perUser);
    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(document.profile(), before);
}

TEST(ScenarioDocument, ImportanceNotesAndUncertaintyAreTheProfilesAndRefusedInAScenario)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const Profile before = document.profile();
    document.setEditedScenario(0);
    EXPECT_FALSE(document.setImportance(0, 7).isEmpty());
    document.setNote(0, QStringLiteral("scenario note"));
    document.setTraitUncertainty(0, 33);
    document.setImportanceUncertainty(0.5);
    EXPECT_EQ(document.profile(), before);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ScenarioDocument, AddRenameDuplicateRemoveAreUndoableAndRefuseWhatTheLoaderRefuses)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    const Profile before = document.profile();

    EXPECT_TRUE(document.addScenario(QStringLiteral("After the merger")).isEmpty());
    ASSERT_EQ(document.scenarioCount(), 3);
    EXPECT_EQ(document.editedScenario(), 2);
    EXPECT_TRUE(document.profile().scenarios[2].isEmpty());
    EXPECT_EQ(document.profile().scenarios[2].id, QStringLiteral("after_the_merger"));
    // A name used twice (in any case) and the base's own name are refused.
    EXPECT_NE(document.addScenario(QStringLiteral("if the it lead leaves")).indexOf(QStringLiteral("already used")),
              -1);
    EXPECT_FALSE(document.addScenario(baseScenarioName()).isEmpty());
    EXPECT_FALSE(document.renameScenario(2, QStringLiteral("After the acquisition")).isEmpty());
    EXPECT_FALSE(document.addScenario(QStringLiteral("   ")).isEmpty());
    EXPECT_EQ(document.scenarioCount(), 3);

    EXPECT_TRUE(document.renameScenario(2, QStringLiteral("After the merger (2027)")).isEmpty());
    EXPECT_EQ(document.profile().scenarios[2].name, QStringLiteral("After the merger (2027)"));
    EXPECT_TRUE(document.duplicateScenario(1, document.suggestScenarioName(1)).isEmpty());
    ASSERT_EQ(document.scenarioCount(), 4);
    EXPECT_EQ(document.profile().scenarios[2].name, QStringLiteral("If the IT lead leaves (copy)"));
    EXPECT_EQ(document.profile().scenarios[2].traits, before.scenarios[1].traits);
    EXPECT_NE(document.profile().scenarios[2].id, before.scenarios[1].id);
    EXPECT_EQ(document.editedScenario(), 2);

    // Removing the edited scenario returns to the profile.
    document.removeScenario(2);
    EXPECT_EQ(document.scenarioCount(), 3);
    EXPECT_EQ(document.editedScenario(), -1);
    EXPECT_EQ(document.undoStack()->count(), 4);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(document.profile(), before);

    // At most kMaxScenarios: the ninth is refused with the loader's words.
    for (int i = document.scenarioCount(); i < kMaxScenarios; ++i)
        ASSERT_TRUE(document.addScenario(document.suggestScenarioName()).isEmpty());
    EXPECT_EQ(document.scenarioCount(), kMaxScenarios);
    EXPECT_EQ(document.addScenario(QStringLiteral("One too many")),
              QStringLiteral("at most %1 scenarios are supported").arg(kMaxScenarios));
    EXPECT_FALSE(document.duplicateScenario(0, QStringLiteral("Another")).isEmpty());
    EXPECT_EQ(document.scenarioCount(), kMaxScenarios);
}

TEST(ScenarioDocument, InAWorkshopAScenarioAppliesOnTopOfTheGroup)
{
    ProfileDocument document(catalogue());
    ASSERT_NO_FATAL_FAILURE(loadManufacturer(document));
    ASSERT_EQ(document.addParticipant(QStringLiteral("Dana")), 0);
    ASSERT_EQ(document.addParticipant(QStringLiteral("Eli")), 1);
    EXPECT_EQ(document.editedParticipant(), 1);
    document.setEditedScenario(0);
    EXPECT_EQ(document.editedParticipant(), -1); // the group, under the scenario
    const int t = trait("predictable_pricing");
    const Profile before = document.profile();
    document.setTrait(t, 12);
    EXPECT_EQ(document.profile().scenarios[0].traits.at(t), 12.0);
    EXPECT_EQ(document.profile().participants, before.participants);
    EXPECT_EQ(document.profile().traits, before.traits);
    // Choosing a person returns to the profile.
    document.setEditedParticipant(0);
    EXPECT_EQ(document.editedScenario(), -1);
}

// --- The window -----------------------------------------------------------------------------------------

TEST(ScenarioWindow, TheSelectorChoosesAScenarioAndTheDockSaysWhich)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    ProfileDocument *document = bench.window->document();
    QComboBox *combo = bench.window->scenarioActions()->selector();
    ASSERT_TRUE(combo->isVisible());
    ASSERT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->itemText(0), baseScenarioName());
    EXPECT_EQ(combo->itemText(2), QStringLiteral("If the IT lead leaves"));
    EXPECT_FALSE(combo->accessibleName().isEmpty());

    combo->setCurrentIndex(2);
    emit combo->activated(2);
    settle();
    EXPECT_EQ(document->editedScenario(), 1);
    auto *dock = bench.window->findChild<QDockWidget *>(QStringLiteral("profileDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Scenario: If the IT lead leaves"));
    ProfilePanel *panel = bench.window->profilePanel();
    EXPECT_TRUE(panel->scenarioHint()->isVisible());
    EXPECT_NE(panel->scenarioHint()->text().indexOf(QStringLiteral("If the IT lead leaves")), -1);
    // The traits it sets are marked; the slider shows its value.
    const int t = trait("inhouse_capacity");
    EXPECT_EQ(panel->slider(t)->value(), 15);
    EXPECT_TRUE(panel->resetButton(t)->isVisible());
    EXPECT_FALSE(panel->resetButton(trait("predictable_pricing"))->isVisible());
    EXPECT_FALSE(panel->resetButton(t)->accessibleName().isEmpty());
    // The cost view says where its edits go.
    EXPECT_TRUE(bench.window->costPage()
                    ->findChild<QLabel *>(QStringLiteral("costScenarioNote"))
                    ->isVisibleTo(bench.window->costPage()));
    // It sets today's IT staff, not the users: that figure is bold.
    EXPECT_TRUE(bench.window->costPage()->findChild<QWidget *>(QStringLiteral("costItStaff"))->font().bold());
    EXPECT_FALSE(bench.window->costPage()->findChild<QWidget *>(QStringLiteral("costUsers"))->font().bold());

    QTest::mouseClick(panel->resetButton(t), Qt::LeftButton);
    settle();
    EXPECT_EQ(document->profile().scenarios[1].traits.count(t), 0u);
    EXPECT_FALSE(panel->resetButton(t)->isVisible());
    EXPECT_EQ(panel->slider(t)->value(), static_cast<int>(std::lround(document->profile().traits[at(t)])));

    // A slider step goes to the scenario, and the button comes back.
    panel->slider(t)->setValue(40);
    settle();
    EXPECT_EQ(document->profile().scenarios[1].traits.at(t), 40.0);
    EXPECT_TRUE(panel->resetButton(t)->isVisible());

    // Back to the profile: the dock's title and the hint say so.
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    settle();
    EXPECT_EQ(document->editedScenario(), -1);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Organisation Profile"));
    EXPECT_FALSE(panel->scenarioHint()->isVisible());
    EXPECT_FALSE(panel->resetButton(t)->isVisible());
}

TEST(ScenarioWindow, TheMenuActionsAskAndShowRefusals)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    ProfileDocument *document = bench.window->document();
    bench.dialogs->textAnswers = {QStringLiteral("After the merger")};
    bench.action("actionAddScenario")->trigger();
    ASSERT_EQ(document->scenarioCount(), 3);
    EXPECT_EQ(document->editedScenario(), 2);
    EXPECT_EQ(bench.window->scenarioActions()->selector()->currentText(), QStringLiteral("After the merger"));

    bench.dialogs->textAnswers = {QStringLiteral("After the acquisition")};
    bench.action("actionRenameScenario")->trigger(); // the edited one
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_NE(bench.dialogs->errors[0].indexOf(QStringLiteral("already used")), -1);
    EXPECT_EQ(document->profile().scenarios[2].name, QStringLiteral("After the merger"));

    bench.dialogs->textAnswers = {QString()}; // Cancel
    bench.action("actionDuplicateScenario")->trigger();
    EXPECT_EQ(document->scenarioCount(), 3);

    bench.action("actionRemoveScenario")->trigger();
    EXPECT_EQ(document->scenarioCount(), 2);
    EXPECT_EQ(document->editedScenario(), -1);
    bench.action("actionUndo")->trigger();
    EXPECT_EQ(document->scenarioCount(), 3);
}

TEST(ScenarioWindow, TheComparisonTableMatchesCompareScenariosAndMarksTheFlip)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    bench.action("actionScenarios")->trigger();
    settle();
    ScenariosPage *page = bench.window->scenariosPage();
    ASSERT_EQ(bench.window->viewTabs()->currentWidget(), page);
    ASSERT_TRUE(page->showsComparison());
    const ProfileDocument *document = bench.window->document();
    const ScenarioComparison expected = compareScenarios(document->engine(), document->profile());
    ASSERT_FALSE(expected.robust);
    const ScenarioComparisonModel *model = page->tableModel();
    ASSERT_EQ(model->columnCount(), 3);
    const int models = document->modelCount();
    ASSERT_EQ(model->rowCount(), expected.hasCosts ? 2 * models : models);
    for (int c = 0; c < 3; ++c) {
        const ScenarioOutcome &outcome = expected.outcomes[at(c)];
        for (int m = 0; m < models; ++m) {
            EXPECT_EQ(model->index(m, c).data().toString(), QLocale().toString(outcome.overall[at(m)], 'f', 1));
            const bool bold = model->index(m, c).data(Qt::FontRole).value<QFont>().bold();
            EXPECT_EQ(bold, m == outcome.recommended) << c << " " << m;
        }
    }
    EXPECT_EQ(page->sentenceLabel()->text(), expected.sentence);
    EXPECT_NE(expected.sentence.indexOf(QStringLiteral("If the IT lead leaves")), -1);
    // "If the IT lead leaves" flips it to Fully managed; the acquisition does not.
    const int fully = document->catalogue().modelIndex(QStringLiteral("fully_managed"));
    EXPECT_EQ(expected.outcomes[2].recommended, fully);
    EXPECT_TRUE(model->isFlipped(2));
    EXPECT_FALSE(model->isFlipped(1));
    EXPECT_NE(model->headerData(2, Qt::Horizontal).toString().indexOf(QStringLiteral("(flips)")), -1);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString().indexOf(QStringLiteral("(flips)")), -1);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("▸ ") + baseScenarioName());

    // The table follows an edit of a scenario while it is shown.
    const int before = page->refreshCount();
    bench.window->document()->setEditedScenario(0);
    bench.window->document()->setTrait(trait("growth_pace"), 10);
    settle();
    EXPECT_GT(page->refreshCount(), before);
    const ScenarioComparison after = compareScenarios(document->engine(), document->profile());
    EXPECT_EQ(model->index(0, 1).data().toString(), QLocale().toString(after.outcomes[1].overall[0], 'f', 1));
}

TEST(ScenarioWindow, TheHiddenTabDoesNotRecomputeOnASliderStep)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    settle();
    const int before = bench.window->scenariosPage()->refreshCount();
    for (int v = 10; v < 20; ++v)
        bench.window->document()->setTrait(0, v);
    settle();
    EXPECT_EQ(bench.window->scenariosPage()->refreshCount(), before);
    bench.window->viewTabs()->setCurrentIndex(MainWindow::ScenariosTab);
    settle();
    EXPECT_EQ(bench.window->scenariosPage()->refreshCount(), before + 1);
}

TEST(ScenarioWindow, KeysReachTheTabAndEnterEditsAColumn)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    bench.window->activateWindow();
    settle();
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
        settle();
    };
    EXPECT_EQ(bench.action("actionScenarios")->shortcut(), QKeySequence(QStringLiteral("Ctrl+7")));
    press(Qt::Key_7, Qt::ControlModifier);
    ASSERT_EQ(bench.window->viewTabs()->currentIndex(), MainWindow::ScenariosTab);
    QTableView *table = bench.window->scenariosPage()->table();
    ASSERT_EQ(QApplication::focusWidget(), table) << describeWidget(QApplication::focusWidget()).toStdString();
    table->setCurrentIndex(table->model()->index(0, 2));
    press(Qt::Key_Return);
    EXPECT_EQ(bench.window->document()->editedScenario(), 1);

    // The selector is a Tab stop of its own, just before the organisation's name; the arrow keys choose.
    auto *name = bench.window->findChild<QWidget *>(QStringLiteral("profileNameEdit"));
    ASSERT_NE(name, nullptr);
    name->setFocus(Qt::TabFocusReason);
    settle();
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QComboBox *combo = bench.window->scenarioActions()->selector();
    ASSERT_EQ(QApplication::focusWidget(), combo) << describeWidget(QApplication::focusWidget()).toStdString();
    press(Qt::Key_Up);
    EXPECT_EQ(bench.window->document()->editedScenario(), 0);

    // Without scenarios: the explanation, with the focus on "New Scenario…".
    bench.window->newProfile();
    settle();
    press(Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), bench.window->scenariosPage()->addButton())
        << describeWidget(QApplication::focusWidget()).toStdString();
    bench.dialogs->textAnswers = {QStringLiteral("If we open a second site")};
    press(Qt::Key_Space);
    EXPECT_EQ(bench.window->document()->scenarioCount(), 1);
    EXPECT_EQ(bench.window->document()->editedScenario(), 0);
}

TEST(ScenarioWindow, EveryScenarioControlIsNamed)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    bench.window->document()->setEditedScenario(1);
    for (const int tab : {MainWindow::ScenariosTab, MainWindow::OverviewTab, MainWindow::CostTab}) {
        bench.window->viewTabs()->setCurrentIndex(tab);
        settle();
        const QStringList unnamed = AccessibilityAudit::unnamedElements(bench.window.get());
        EXPECT_TRUE(unnamed.isEmpty()) << "tab " << tab << ":\n" << unnamed.join(u'\n').toStdString();
    }
    bench.window->newProfile();
    bench.window->viewTabs()->setCurrentIndex(MainWindow::ScenariosTab);
    settle();
    const QStringList unnamed = AccessibilityAudit::unnamedElements(bench.window->scenariosPage());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

} // namespace
