// The workbench read through Qt's accessibility interfaces, as a screen reader reads it (AT-SPI on Linux asks
// the same interfaces): every control named, the radar's selected axis and its values exposed, nothing spoken
// from a tab that is not shown.
#include "accessibility_audit.h"
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "models/activity_table_model.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_view.h"
#include "recommendation_banner.h"
#include "sensitivity_view.h"
#include "workshop/workshop_page.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

/// The Riverside clinic example and a third model (a copy of Co-managed), as a user would set it up.
void riversideWithThreeModels(Workbench &bench)
{
    const QList<QAction *> examples = bench.window->profilePanel()->exampleActions();
    ASSERT_EQ(examples.size(), 5);
    examples[3]->trigger(); // the regulated clinic in Riverside
    bench.dialogs->itemAnswers.push_back(1);
    bench.dialogs->textAnswers.push_back(QStringLiteral("Acme proposal"));
    bench.action("actionDuplicateModel")->trigger();
    ASSERT_EQ(bench.window->document()->modelCount(), 3);
    QApplication::processEvents();
}

/// The radar with the keyboard focus, on the Overview tab.
RadarView *focusedRadar(Workbench &bench)
{
    MainWindow &window = *bench.window;
    window.viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    window.activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    window.radarView()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    return window.radarView();
}

/// Each model's name followed by its fit in `dimension` ("Fully managed: fit 82"), as patterns.
QList<QRegularExpression> expectedValues(const MainWindow &window, int dimension)
{
    const Catalogue &catalogue = window.document()->catalogue();
    const DimensionFit &fit = window.document()->result().dimensions[static_cast<size_t>(dimension)];
    QList<QRegularExpression> parts;
    for (int m = 0; m < window.document()->modelCount(); ++m)
        parts << QRegularExpression(QRegularExpression::escape(catalogue.models[static_cast<size_t>(m)].name) +
                                    QStringLiteral("\\D*\\b%1\\b").arg(std::lround(fit.fit[static_cast<size_t>(m)])));
    return parts;
}

} // namespace

TEST(Accessibility, EveryInteractiveElementIsNamedOnEveryTab)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_NO_FATAL_FAILURE(riversideWithThreeModels(bench));
    MainWindow &window = *bench.window;
    for (int tab = 0; tab < window.viewTabs()->count(); ++tab) {
        for (int page = 0; page < 2; ++page) { // the profile's traits and importance weights
            window.viewTabs()->setCurrentIndex(tab);
            window.profilePanel()->showTab(page);
            QApplication::processEvents();
            const QStringList unnamed = AccessibilityAudit::unnamedElements(&window);
            EXPECT_TRUE(unnamed.isEmpty()) << "tab " << tab << ", profile page " << page << ":\n"
                                           << unnamed.join(u'\n').toStdString();
        }
    }
}

TEST(Accessibility, TheWorkshopsControlsAreNamed)
{
    AccessibilityAudit audit;
    Workbench bench;
    MainWindow &window = *bench.window;
    window.viewTabs()->setCurrentIndex(MainWindow::WorkshopTab); // a plain profile's explanation and button
    QApplication::processEvents();
    QStringList unnamed = AccessibilityAudit::unnamedElements(&window);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    window.document()->addParticipant(QStringLiteral("Dana Reyes"), QStringLiteral("Owner"));
    window.document()->addParticipant(QStringLiteral("Sam Patel"), QStringLiteral("IT lead"));
    for (const int edited : {-1, 1}) {
        window.document()->setEditedParticipant(edited);
        QApplication::processEvents();
        unnamed = AccessibilityAudit::unnamedElements(&window);
        EXPECT_TRUE(unnamed.isEmpty()) << "edited " << edited << ":\n" << unnamed.join(u'\n').toStdString();
    }
}

TEST(Accessibility, TheRadarExposesItsSelectedAxisAndEachModelsValue)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_NO_FATAL_FAILURE(riversideWithThreeModels(bench));
    MainWindow &window = *bench.window;
    RadarView *radar = focusedRadar(bench);
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(radar);
    ASSERT_NE(chart, nullptr);
    const int dimensions = window.document()->dimensionCount();
    EXPECT_EQ(chart->childCount(), dimensions); // one element per axis

    for (int step = 0; step < 3; ++step) {
        audit.clear();
        const int before = window.viewState()->selectedDimension();
        QTest::keyClick(radar, Qt::Key_Right);
        const int selected = window.viewState()->selectedDimension();
        ASSERT_EQ(selected, (before + 1) % dimensions);
        const Dimension &dimension = window.document()->catalogue().dimensions[static_cast<size_t>(selected)];

        QAccessibleInterface *focused = chart->focusChild();
        ASSERT_NE(focused, nullptr) << "step " << step;
        EXPECT_EQ(focused->text(QAccessible::Name), dimension.name);
        EXPECT_TRUE(focused->state().focused);
        EXPECT_TRUE(focused->state().selected);
        EXPECT_EQ(chart->indexOfChild(focused), selected);
        const QString values = focused->text(QAccessible::Description);
        for (const QRegularExpression &part : expectedValues(window, selected))
            EXPECT_TRUE(values.contains(part)) << values.toStdString() << " lacks " << part.pattern().toStdString();

        // The move is announced: a focus event for the new axis, from the radar itself.
        bool announced = false;
        for (const AccessibilityAudit::Event &event : audit.events())
            announced |= event.object == radar && event.type == QAccessible::Focus && event.child == selected &&
                         event.name == dimension.name;
        EXPECT_TRUE(announced) << "step " << step;
    }

    // A hidden model is left out of what the axis says.
    window.viewState()->setVisible(2, false);
    QApplication::processEvents();
    EXPECT_FALSE(chart->focusChild()->text(QAccessible::Description).contains(QStringLiteral("Acme proposal")));
}

TEST(Accessibility, ArrowKeysOnTheRadarAnnounceNothingFromHiddenTabs)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_NO_FATAL_FAILURE(riversideWithThreeModels(bench));
    MainWindow &window = *bench.window;
    // The explorer has been shown once (its panels and list were laid out), then the user went back.
    window.viewTabs()->setCurrentIndex(MainWindow::ExplorerTab);
    QApplication::processEvents();
    RadarView *radar = focusedRadar(bench);
    audit.clear();
    for (int step = 0; step < 4; ++step)
        QTest::keyClick(radar, Qt::Key_Right);
    QTest::keyClick(radar, Qt::Key_Left);
    QApplication::processEvents();
    EXPECT_FALSE(audit.events().isEmpty()); // the radar itself speaks
    const QStringList hidden = audit.eventsFromHiddenElements();
    EXPECT_TRUE(hidden.isEmpty()) << hidden.join(u'\n').toStdString();

    // A slider step changes every fit: the hidden tabs stay quiet then too.
    audit.clear();
    QSlider *slider = bench.slider("inhouse_capacity");
    slider->setFocus(Qt::TabFocusReason);
    QTest::keyClick(slider, Qt::Key_PageUp);
    QApplication::processEvents();
    EXPECT_FALSE(audit.events().isEmpty()); // the slider speaks
    const QStringList afterStep = audit.eventsFromHiddenElements();
    EXPECT_TRUE(afterStep.isEmpty()) << afterStep.join(u'\n').toStdString();

    // The explorer shows the dimension chosen on the radar, with the new fits, when it is opened.
    const int selected = window.viewState()->selectedDimension();
    window.viewTabs()->setCurrentIndex(MainWindow::ExplorerTab);
    QApplication::processEvents();
    EXPECT_EQ(window.explorer()->headingText(),
              window.document()->catalogue().dimensions[static_cast<size_t>(selected)].name);
    const DimensionFit &fit = window.document()->result().dimensions[static_cast<size_t>(selected)];
    for (ModelPanel *panel : window.explorer()->panels()) {
        EXPECT_EQ(panel->dimension(), selected);
        EXPECT_TRUE(panel->fitText().contains(
            QStringLiteral("<b>%1</b>").arg(std::lround(fit.fit[static_cast<size_t>(panel->serviceModel())]))))
            << panel->fitText().toStdString();
    }
}

TEST(Accessibility, TheBannerIsReadWithoutColourSwatches)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_NO_FATAL_FAILURE(riversideWithThreeModels(bench));
    MainWindow &window = *bench.window;
    for (QLabel *label : window.banner()->findChildren<QLabel *>()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
        ASSERT_NE(iface, nullptr);
        const QString name = iface->text(QAccessible::Name);
        EXPECT_FALSE(name.contains(QChar(0x25A0))) << label->objectName().toStdString() << ": " << name.toStdString();
        EXPECT_FALSE(name.trimmed().isEmpty()) << label->objectName().toStdString();
    }
    // The names follow the result.
    const QString recommended =
        window.document()->catalogue().models[static_cast<size_t>(window.document()->result().recommended)].name;
    QAccessibleInterface *headline =
        QAccessible::queryAccessibleInterface(window.banner()->findChild<QLabel *>(QStringLiteral("bannerHeadline")));
    EXPECT_TRUE(headline->text(QAccessible::Name).contains(recommended))
        << headline->text(QAccessible::Name).toStdString();
}

TEST(Accessibility, WarningsChartsAndChoicesAreReadInWords)
{
    AccessibilityAudit audit;
    Workbench bench;
    ASSERT_NO_FATAL_FAILURE(riversideWithThreeModels(bench));
    MainWindow &window = *bench.window;

    // An activity nobody is Responsible for: the icon and colour of its row are said in words, in its cell and
    // in its row's header.
    window.showDimension(0);
    QApplication::processEvents();
    ModelPanel *panel = nullptr;
    for (ModelPanel *candidate : window.explorer()->panels())
        if (candidate->serviceModel() == 2)
            panel = candidate;
    ASSERT_NE(panel, nullptr);
    ActivityTableModel *activities = panel->activityModel();
    // Take R from both parties (accountability moves only by being given up, so the order depends on who has it).
    const std::pair<const char *, const char *> letters[] = {{"A", "CI"}, {"CI", "A"}, {"C", "A"}, {"A", "C"}};
    for (const auto &[provider, internal] : letters) {
        activities->setData(activities->index(0, ActivityTableModel::ProviderRaciColumn), QString::fromLatin1(provider),
                            Qt::EditRole);
        activities->setData(activities->index(0, ActivityTableModel::InternalRaciColumn), QString::fromLatin1(internal),
                            Qt::EditRole);
        if (activities->index(0, 0).data(ActivityTableModel::NobodyResponsibleRole).toBool())
            break;
    }
    ASSERT_TRUE(activities->index(0, 0).data(ActivityTableModel::NobodyResponsibleRole).toBool());
    QApplication::processEvents();
    auto *view = panel->findChild<QTableView *>(QStringLiteral("activityView"));
    ASSERT_NE(view, nullptr);
    QAccessibleTableInterface *table = QAccessible::queryAccessibleInterface(view)->tableInterface();
    ASSERT_NE(table, nullptr);
    QAccessibleInterface *cell = table->cellAt(0, ActivityTableModel::ActivityColumn);
    ASSERT_NE(cell, nullptr);
    EXPECT_TRUE(cell->text(QAccessible::Name).contains(QStringLiteral("nobody is Responsible")))
        << cell->text(QAccessible::Name).toStdString();
    EXPECT_TRUE(cell->text(QAccessible::Description).contains(QStringLiteral("Nobody is Responsible")));
    const QList<QAccessibleInterface *> rowHeaders = cell->tableCellInterface()->rowHeaderCells();
    ASSERT_EQ(rowHeaders.size(), 1);
    EXPECT_EQ(rowHeaders.front()->text(QAccessible::Name), cell->text(QAccessible::Name));
    for (QAccessibleInterface *header : rowHeaders) // Qt makes them for the caller and registers them nowhere
        QAccessible::deleteAccessibleInterface(QAccessible::registerAccessibleInterface(header));

    // The sweep chart says which trait it shows and where the answer changes; the trait box is named "Trait…",
    // not by the trait it shows.
    window.viewTabs()->setCurrentIndex(MainWindow::SensitivityTab);
    QApplication::processEvents();
    auto *combo = window.sensitivityView()->traitCombo();
    QAccessibleInterface *comboAccessible = QAccessible::queryAccessibleInterface(combo);
    EXPECT_TRUE(comboAccessible->text(QAccessible::Name).startsWith(QStringLiteral("Trait")))
        << comboAccessible->text(QAccessible::Name).toStdString();
    EXPECT_EQ(comboAccessible->text(QAccessible::Value), combo->currentText());
    auto *sweep = window.sensitivityView()->findChild<QWidget *>(QStringLiteral("sweepChartView"));
    ASSERT_NE(sweep, nullptr);
    const QString description = QAccessible::queryAccessibleInterface(sweep)->text(QAccessible::Description);
    EXPECT_TRUE(description.startsWith(combo->currentText())) << description.toStdString();
    auto *sentence = window.sensitivityView()->findChild<QLabel *>(QStringLiteral("sweepSentence"));
    ASSERT_NE(sentence, nullptr);
    EXPECT_FALSE(sentence->text().isEmpty());
    EXPECT_TRUE(description.contains(sentence->text().left(20))) << description.toStdString();
}
