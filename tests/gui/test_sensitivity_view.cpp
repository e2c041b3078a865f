// The Sensitivity tab driven like a user would: uncertainty edits with undo and files, live charts, the
// debounced background run, its agreement with the core, and cancelling.
#include "gui_test_support.h"
#include "margin_histogram_chart.h"
#include "number_format.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "report_content.h"
#include "report_layout.h"
#include "report_actions.h"
#include "sensitivity.h"
#include "sensitivity_runner.h"
#include "sensitivity_view.h"
#include "sweep_chart.h"
#include "tornado_chart.h"
#include "win_probability_chart.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QPdfWriter>
#include <QProgressBar>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kAgency = QStringLiteral(SPLITBENCH_EXAMPLES "/3-growing-agency.splitbench.json");

/// The core's analysis of what the window shows now.
SensitivityAnalysis coreAnalysis(const Workbench &bench)
{
    const ProfileDocument *document = bench.window->document();
    return SensitivityAnalysis(FitEngine(document->catalogue()), document->profile());
}

/// Opens the growing agency (near a breakeven), shows the Sensitivity tab and waits for the first run.
SensitivityView *openAgencySensitivity(Workbench &bench)
{
    EXPECT_TRUE(bench.window->openFile(kAgency));
    SensitivityView *view = bench.window->sensitivityView();
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    bench.window->viewTabs()->setCurrentIndex(MainWindow::SensitivityTab);
    EXPECT_TRUE(view->isVisible());
    EXPECT_TRUE(finished.wait(10000));
    return view;
}

/// The Riverside clinic with Acme, a near copy of Co-managed, as the runner-up: Fully managed is the real threat.
const QString kThreeModels = QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/sensitivity/data/three-models-clinic.splitbench.json");

} // namespace

TEST(SensitivityView, TraitUncertaintyIsEditedNextToTheSliderWithUndoAndSaved)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const int trait = bench.traitIndex("growth_pace");
    QDoubleSpinBox *box = bench.window->profilePanel()->uncertaintyBox(trait);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->value(), Profile::kDefaultUncertainty);
    EXPECT_FALSE(box->accessibleName().isEmpty());

    box->setValue(15);
    box->setValue(25); // one field edited in a row is one undo step
    EXPECT_EQ(document->profile().traitUncertainty[static_cast<size_t>(trait)], 25);
    EXPECT_TRUE(bench.window->isWindowModified());
    EXPECT_EQ(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(document->profile().traitUncertainty[static_cast<size_t>(trait)], Profile::kDefaultUncertainty);
    EXPECT_EQ(box->value(), Profile::kDefaultUncertainty);
    document->undoStack()->redo();
    EXPECT_EQ(box->value(), 25);

    QSpinBox *importance = bench.window->sensitivityView()->importanceUncertaintyBox();
    importance->setValue(40);
    EXPECT_DOUBLE_EQ(document->profile().importanceUncertainty, 0.40);
    EXPECT_EQ(document->undoStack()->count(), 2);
    document->undoStack()->undo();
    EXPECT_DOUBLE_EQ(document->profile().importanceUncertainty, Profile::kDefaultImportanceUncertainty);
    EXPECT_EQ(importance->value(), 25);
    document->undoStack()->redo();

    const QString path = bench.path(QStringLiteral("uncertain.splitbench.json"));
    ASSERT_TRUE(bench.window->saveFile(path));
    Workbench other;
    ASSERT_TRUE(other.window->openFile(path));
    EXPECT_EQ(other.window->document()->profile().traitUncertainty[static_cast<size_t>(trait)], 25);
    EXPECT_DOUBLE_EQ(other.window->document()->profile().importanceUncertainty, 0.40);
    EXPECT_EQ(other.window->profilePanel()->uncertaintyBox(trait)->value(), 25);
    EXPECT_EQ(other.window->sensitivityView()->importanceUncertaintyBox()->value(), 40);
}

TEST(SensitivityView, SweepMarksTheCurrentValueAndEveryBreakevenOfTheCore)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    const SensitivityAnalysis analysis = coreAnalysis(bench);
    // The example sits near a breakeven, so the view starts on the trait whose change flips the answer.
    const std::optional<TraitChange> flip = analysis.changeToFlip().trait;
    ASSERT_TRUE(flip.has_value());
    EXPECT_EQ(view->sweptTrait(), flip->trait);

    for (int trait : {flip->trait, bench.traitIndex("desire_for_control")}) {
        view->traitCombo()->setCurrentIndex(trait);
        emit view->traitCombo()->activated(trait);
        const std::vector<Breakeven> breakevens = analysis.breakevens(trait);
        const QScatterSeries *markers = view->sweepChart()->flipSeries();
        ASSERT_EQ(markers->count(), static_cast<qsizetype>(breakevens.size())) << trait;
        for (size_t i = 0; i < breakevens.size(); ++i)
            EXPECT_DOUBLE_EQ(markers->at(static_cast<qsizetype>(i)).x(), breakevens[i].value);
        EXPECT_EQ(view->sweepChart()->flipLabels().size(), markers->count());
        const double current = bench.window->document()->profile().traits[static_cast<size_t>(trait)];
        ASSERT_EQ(view->sweepChart()->currentLine()->count(), 2);
        EXPECT_EQ(view->sweepChart()->currentLine()->at(0).x(), current);
        EXPECT_EQ(view->sweepChart()->modelSeries(0)->count(), 201);
    }
    EXPECT_FALSE(analysis.breakevens(flip->trait).empty());
}

TEST(SensitivityView, WinProbabilitiesMatchACoreRunWithTheSameSeed)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    MonteCarloOptions options;
    options.samples = view->runner()->samples();
    options.seed = view->runner()->seed();
    const std::optional<MonteCarloResult> core = coreAnalysis(bench).monteCarlo(options);
    ASSERT_TRUE(core.has_value());
    EXPECT_EQ(options.samples, MonteCarloOptions::kDefaultSamples);
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), core->winProbability);
    EXPECT_EQ(view->histogramChart()->histogram().counts, core->histogram.counts);
    EXPECT_EQ(view->robustnessText(), core->sentence);
    // Near a breakeven neither model wins every variation: both bars are there.
    EXPECT_GT(core->winProbability[0], 0.0);
    EXPECT_GT(core->winProbability[1], 0.0);
    EXPECT_TRUE(view->winProbabilityChart()->isEnabled());
}

TEST(SensitivityView, TraitChangesRefreshAfterTheDebounceWithOneRunPerBurst)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    const std::vector<double> before = view->winProbabilityChart()->probabilities();
    // Longer than the default, so a loaded test machine cannot end the burst early.
    view->runner()->setDebounce(600);
    QSignalSpy started(view->runner(), &SensitivityRunner::started);
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);

    // A burst of slider steps, like a drag: the cheap charts follow each step, the run waits for the last.
    QSlider *slider = bench.slider("inhouse_capacity");
    for (int step = 1; step <= 5; ++step) {
        slider->setValue(slider->value() + 4);
        const SensitivityAnalysis analysis = coreAnalysis(bench);
        EXPECT_EQ(view->tornadoChart()->bars().front().trait, analysis.tornado(10).front().trait);
        EXPECT_DOUBLE_EQ(view->tornadoChart()->bars().front().swing, analysis.tornado(10).front().swing);
        EXPECT_TRUE(view->runner()->isPending());
        EXPECT_FALSE(view->winProbabilityChart()->isEnabled()); // shown as out of date
        QTest::qWait(20);
    }
    EXPECT_EQ(started.count(), 0);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(started.count(), 1);

    MonteCarloOptions options;
    const std::optional<MonteCarloResult> core = coreAnalysis(bench).monteCarlo(options);
    ASSERT_TRUE(core.has_value());
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), core->winProbability);
    EXPECT_NE(view->winProbabilityChart()->probabilities(), before);

    // Uncertainty changes the robustness result too, not the fit.
    bench.window->profilePanel()->uncertaintyBox(bench.traitIndex("growth_pace"))->setValue(40);
    EXPECT_TRUE(view->runner()->isPending());
    ASSERT_TRUE(finished.wait(10000));
    const std::optional<MonteCarloResult> wider = coreAnalysis(bench).monteCarlo(options);
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), wider->winProbability);
}

TEST(SensitivityView, HiddenViewComputesNothingAndCatchesUpWhenShown)
{
    Workbench bench;
    SensitivityView *view = bench.window->sensitivityView();
    QSignalSpy started(view->runner(), &SensitivityRunner::started);
    ASSERT_TRUE(bench.window->openFile(kAgency));
    QTest::qWait(view->runner()->debounce() + 100);
    EXPECT_EQ(started.count(), 0);
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    bench.action("actionSensitivity")->trigger();
    EXPECT_EQ(bench.window->viewTabs()->currentIndex(), MainWindow::SensitivityTab);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(view->findingsText().isEmpty());
    EXPECT_EQ(view->tornadoChart()->bars().size(), bench.window->document()->catalogue().traits.size());
}

TEST(SensitivityView, CancelStopsTheRunAndKeepsTheLastResult)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    const std::vector<double> shown = view->winProbabilityChart()->probabilities();
    view->runner()->setSamples(2'000'000); // long enough to cancel on any machine
    view->runner()->setDebounce(0);

    QSignalSpy started(view->runner(), &SensitivityRunner::started);
    QSignalSpy cancelled(view->runner(), &SensitivityRunner::cancelled);
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    QSignalSpy progress(view->runner(), &SensitivityRunner::progress);
    bench.slider("growth_pace")->setValue(80);
    ASSERT_TRUE(started.wait(5000));
    EXPECT_TRUE(view->progressBar()->isVisible());
    EXPECT_EQ(view->runButton()->text(), QStringLiteral("Cancel"));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 10000);

    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(view->runner()->isRunning());
    EXPECT_EQ(view->runButton()->text(), QStringLiteral("Recalculate"));
    EXPECT_FALSE(view->progressBar()->isVisible());
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("Cancelled")));
    QTest::qWait(300);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), shown);

    // Recalculate runs the current profile again.
    view->runner()->setSamples(MonteCarloOptions::kDefaultSamples);
    QTest::mouseClick(view->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    const std::optional<MonteCarloResult> core = coreAnalysis(bench).monteCarlo(MonteCarloOptions{});
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), core->winProbability);
}

TEST(SensitivityView, PrintedReportUsesTheVariationsAndSeedChosenHere)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    view->samplesBox()->setValue(5000);
    view->seedBox()->setValue(7);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(view->runner()->samples(), 5000);
    EXPECT_EQ(view->runner()->seed(), 7u);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("seed 7"))) << view->statusText().toStdString();
    const std::vector<double> shown = view->winProbabilityChart()->probabilities();

    // What Export PDF, Print and Print Preview lay out: the same run as on screen, not the default one.
    const report::ReportContent content = bench.window->reportActions()->currentContent();
    ASSERT_TRUE(content.sensitivity);
    EXPECT_EQ(content.sensitivity->monteCarlo.samples, 5000);
    EXPECT_EQ(content.sensitivity->monteCarlo.seed, 7u);
    EXPECT_EQ(content.sensitivity->monteCarlo.winProbability, shown);
    MonteCarloOptions defaults;
    EXPECT_NE(coreAnalysis(bench).monteCarlo(defaults)->winProbability, shown); // so the check above means something

    const QString pdf = bench.path(QStringLiteral("printed.pdf"));
    bench.dialogs->printAnswers.push_back(pdf);
    bench.action("actionPrint")->trigger();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Monte Carlo: %1 samples, seed 7.").arg(formatCount(5000))))
        << text.toStdString();
}

TEST(SensitivityView, PriceUncertaintyShowsTheChanceOfCostingLeastAndIsKept)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    const std::vector<double> wins = view->winProbabilityChart()->probabilities();
    // Off: the model cheapest at today's prices costs least in every variation.
    const std::vector<double> off = view->cheapestChart()->probabilities();
    ASSERT_EQ(off.size(), wins.size());
    EXPECT_EQ(std::count(off.begin(), off.end(), 1.0), 1);

    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    view->priceUncertaintyBox()->setValue(30);
    ASSERT_TRUE(finished.wait(10000));
    MonteCarloOptions options = view->monteCarloOptions();
    EXPECT_DOUBLE_EQ(options.priceUncertaintyPercent, 30);
    const std::optional<MonteCarloResult> core = coreAnalysis(bench).monteCarlo(options);
    ASSERT_TRUE(core.has_value());
    EXPECT_EQ(view->cheapestChart()->probabilities(), core->cheapestProbability);
    EXPECT_EQ(view->costRobustnessText(), core->costSentence);
    EXPECT_EQ(view->winProbabilityChart()->probabilities(), wins); // the fit's figures do not move
    EXPECT_TRUE(view->findingsText().contains(QStringLiteral("On cost, "))) << view->findingsText().toStdString();
    // Kept for the next session, and the report printed from here uses it.
    EXPECT_EQ(bench.settings->sensitivityPriceUncertainty(0), 30);
    const report::ReportContent content = bench.window->reportActions()->currentContent();
    ASSERT_TRUE(content.sensitivity);
    EXPECT_EQ(content.sensitivity->monteCarlo.cheapestProbability, core->cheapestProbability);
}

TEST(SensitivityView, SweepLabelsSitAboveThePlotApartFromEachOther)
{
    Workbench bench;
    SensitivityView *view = openAgencySensitivity(bench);
    SweepChart *chart = view->sweepChart();
    qsizetype flips = 0;
    for (const char *models : {"the built-in models", "four models with long names"}) {
        if (std::string(models) != "the built-in models") {
            // Long names (as in German) make wide labels that wrap, and more models give more flips.
            bench.window->document()->duplicateModel(1, QStringLiteral("Gemeinsam verwaltete IT (Angebot Nordwind)"));
            bench.window->document()->duplicateModel(0, QStringLiteral("Vollständig verwaltete IT (Angebot Süd)"));
        }
        for (int trait = 0; trait < view->traitCombo()->count(); ++trait) {
            view->traitCombo()->setCurrentIndex(trait);
            emit view->traitCombo()->activated(trait);
            QCoreApplication::processEvents(); // the chart lays itself out again when the label band grows
            const QRectF plot = chart->plotArea();
            const std::vector<QRectF> labels = chart->labelRects();
            ASSERT_EQ(labels.size(), static_cast<size_t>(chart->flipSeries()->count()) + 1);
            flips += chart->flipSeries()->count();
            for (size_t i = 0; i < labels.size(); ++i) {
                SCOPED_TRACE(std::string(models) + ", trait " + std::to_string(trait) + ", label " + std::to_string(i));
                EXPECT_LE(labels[i].bottom(), plot.top()) << "a label on the plot can hide a curve";
                EXPECT_GE(labels[i].top(), chart->rect().top());
                EXPECT_GE(labels[i].left(), chart->rect().left());
                EXPECT_LE(labels[i].right(), chart->rect().right());
                for (size_t j = 0; j < i; ++j)
                    EXPECT_FALSE(labels[i].intersects(labels[j])) << "overlaps label " << j;
            }
        }
    }
    EXPECT_GT(flips, 10); // the example sits near a breakeven: many traits can flip it
}

TEST(SensitivityView, ThreeModelsShowTheModelThatTakesOverAndALegibleTornado)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kThreeModels));
    SensitivityView *view = bench.window->sensitivityView();
    QSignalSpy finished(view->runner(), &SensitivityRunner::finished);
    bench.window->viewTabs()->setCurrentIndex(MainWindow::SensitivityTab);
    ASSERT_TRUE(finished.wait(10000));
    const Catalogue &catalogue = bench.window->document()->catalogue();
    const int capacity = bench.traitIndex("inhouse_capacity");
    const int fm = catalogue.modelIndex(QStringLiteral("fully_managed"));

    // What would change the answer names Fully managed, not the near copy, and where it takes over.
    const QString findings = view->findingsText();
    EXPECT_TRUE(findings.contains(QStringLiteral("Fully managed if In-house IT capacity falls below 41.3 (now 45)")))
        << findings.toStdString();

    // The tornado: the capacity bar first and wide, Fully managed ahead at its low end.
    const std::vector<TornadoBar> &bars = view->tornadoChart()->bars();
    ASSERT_FALSE(bars.empty());
    EXPECT_EQ(bars.front().trait, capacity);
    EXPECT_GT(bars.front().swing, 20.0);
    EXPECT_EQ(bars.front().lowRival, fm);
    // No piled-up "0|100": only bars wide enough to tell their ends apart carry the marks.
    const std::vector<report::ReportItem> items = view->tornadoChart()->items();
    int marks = 0;
    bool fullyManagedInLegend = false;
    for (const report::ReportItem &item : items) {
        if (item.kind != report::ReportItem::Kind::Text)
            continue;
        marks += item.text == QStringLiteral("0") || item.text == QStringLiteral("100") ? 1 : 0;
        fullyManagedInLegend = fullyManagedInLegend || item.text == QStringLiteral("Fully managed ahead");
    }
    int wide = 0;
    for (const TornadoBar &bar : bars)
        wide += bar.swing >= 0.5 ? 1 : 0;
    EXPECT_GE(wide, 5);
    EXPECT_LE(marks, 2 * wide) << "end marks on bars too short to show them";
    EXPECT_GT(marks, 0);
    EXPECT_TRUE(fullyManagedInLegend);

    // The sweep chart labels the breakeven the way the sentences print it.
    view->traitCombo()->setCurrentIndex(capacity);
    emit view->traitCombo()->activated(capacity);
    const QStringList labels = view->sweepChart()->flipLabels();
    ASSERT_EQ(labels.size(), 2);
    EXPECT_TRUE(labels.front().startsWith(QStringLiteral("41.3: Fully managed"))) << labels.front().toStdString();
    EXPECT_TRUE(labels.back().startsWith(QStringLiteral("84.4: Acme"))) << labels.back().toStdString();
}

TEST(SensitivityView, TheNumberOfVariationsIsWrittenAlikeEverywhere)
{
    // The spin box wrote "20,000" and the sentence under it "20000": both follow the reader's locale now.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        Workbench bench;
        SensitivityView *view = openAgencySensitivity(bench);
        const QString shown = QStringLiteral("20,000");
        ASSERT_EQ(view->runner()->samples(), 20000);
        EXPECT_EQ(view->samplesBox()->text(), shown);
        EXPECT_TRUE(view->robustnessText().contains(shown)) << view->robustnessText().toStdString();
        EXPECT_FALSE(view->robustnessText().contains(QStringLiteral("20000"))) << view->robustnessText().toStdString();
        const auto *status = view->findChild<QLabel *>(QStringLiteral("sensitivityStatus"));
        ASSERT_NE(status, nullptr);
        EXPECT_TRUE(status->text().contains(shown)) << status->text().toStdString();
        // The report printed from here writes it the same way (the command line to repeat the run keeps digits).
        const report::ReportContent content = report::ReportContent::make(
            bench.window->document()->baseCatalogue(), bench.window->document()->profile());
        QBuffer buffer;
        ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        const report::ReportLayout layout(content, &writer, writer.pageLayout());
        QStringList lines;
        for (const report::ReportPage &page : layout.pages())
            for (const report::ReportItem &item : page.items)
                if (item.kind == report::ReportItem::Kind::Text)
                    lines << item.text;
        const QString text = lines.join(u' ');
        EXPECT_TRUE(text.contains(QStringLiteral("20,000 variations"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("--samples 20000"))) << text.toStdString();
        EXPECT_FALSE(QString(text).remove(QStringLiteral("--samples 20000")).contains(QStringLiteral("20000")))
            << text.toStdString();
    }
    QLocale::setDefault(before);
}
