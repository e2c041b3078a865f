// The workbench offscreen: one slider step through to the repainted window (median and 99th percentile over a
// 500-step drag; with the Overview, the Cost tab, a workshop's Workshop tab, the Scenarios tab or the Proposals
// tab in front), and
// process start to the first painted frame (`splitbench --measure-startup`).
#include "cost/cost_charts.h"
#include "cost/cost_page.h"
#include "main_window.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_view.h"
#include "proposals/proposals_page.h"
#include "scenarios/scenarios_page.h"
#include "workbench_settings.h"
#include "workshop/disagreement_chart.h"
#include "workshop/workshop_page.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <memory>
#include <vector>

using namespace splitbench;
using namespace splitbench::gui;

namespace {

constexpr int kDragSteps = 500;

/// Counts paint events, to prove that every step really repainted the chart.
class PaintCounter final : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/// CPU time of this thread in milliseconds: on a shared machine the wall time also counts waiting for a core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// The q-quantile (0…1) of `values`, nearest rank.
double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

/// The real main window with private settings and the default profile, shown offscreen at 1400×900.
struct Window {
    Window()
        : settings(std::make_unique<WorkbenchSettings>(dir.filePath(QStringLiteral("settings.ini")))),
          window(std::make_unique<MainWindow>(settings.get()))
    {
        window->resize(1400, 900);
        window->show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkbenchSettings> settings;
    std::unique_ptr<MainWindow> window;
};

/// Drags one trait's slider back and forth, one unit per step, as a mouse drag does: each step changes the
/// value (a merged undo command), rescores, updates the radar series, the fit table and the banner. Argument 0
/// lets the event loop repaint what changed into the offscreen window's backing store (what a user sees);
/// argument 1 also grabs the whole window into an image (every widget painted, the worst case).
enum class Front { Overview, Cost, Workshop, ScenarioBase, ScenarioShown, Proposals };

void sliderStep(benchmark::State &state, bool grab, Front front)
{
    Window w;
    QSlider *slider = w.window->profilePanel()->slider(
        w.window->document()->baseCatalogue().traitIndex(QStringLiteral("inhouse_capacity")));
    PaintCounter counter;
    if (front == Front::Workshop) {
        // A workshop of 8 with the fourth person's sliders shown and the Workshop tab in front: each step moves
        // that person's marker, the consensus, everyone's answers and the decisive values.
        ProfileDocument *document = w.window->document();
        for (int p = 0; p < 8; ++p) {
            document->addParticipant(QStringLiteral("Participant %1").arg(p + 1), QStringLiteral("Role %1").arg(p + 1));
            for (int t = 0; t < document->traitCount(); ++t)
                document->setTrait(t, std::fmod(17.0 * (p + 1) + 29.0 * t, 100.0));
        }
        document->setEditedParticipant(3);
        document->undoStack()->clear();
        w.window->viewTabs()->setCurrentIndex(MainWindow::WorkshopTab);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        w.window->workshopPage()->chart()->installEventFilter(&counter);
    } else if (front == Front::ScenarioBase || front == Front::ScenarioShown) {
        // A profile with its organisation's figures and four scenarios (issue 19), each setting some traits and
        // figures. Base: the profile's slider with the Overview in front (the scenarios cost nothing). Shown: the
        // third scenario edited with the Scenarios tab in front, so each step also recomputes the comparison
        // (five fits and five cost models) and repaints its table.
        ProfileDocument *document = w.window->document();
        document->setOrganisationFigure(OrganisationFigure::Users, 120);
        for (int n = 0; n < 4; ++n) {
            document->addScenario(QStringLiteral("Scenario %1").arg(n + 1));
            for (int t = n; t < document->traitCount(); t += 3)
                document->setTrait(t, std::fmod(23.0 * (n + 1) + 31.0 * t, 100.0));
            document->setOrganisationFigure(OrganisationFigure::Users, 80.0 + 60.0 * n);
        }
        document->setEditedScenario(front == Front::ScenarioShown ? 2 : -1);
        document->undoStack()->clear();
        w.window->viewTabs()->setCurrentIndex(front == Front::ScenarioShown ? MainWindow::ScenariosTab
                                                                            : MainWindow::OverviewTab);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        if (front == Front::ScenarioShown)
            w.window->scenariosPage()->table()->viewport()->installEventFilter(&counter);
        else
            w.window->radarView()->installEventFilter(&counter);
    } else if (front == Front::Proposals) {
        // Three proposals (issue 20) with prices, terms and service levels, the Proposals tab in front: each step
        // changes the fit and rank rows of its table; costs, terms and findings are not recomputed.
        ProfileDocument *document = w.window->document();
        for (int n = 0; n < 3; ++n) {
            const int model = document->duplicateModel(n % 3, QStringLiteral("Proposal %1").arg(n + 1));
            document->setPriceFigure(model, PriceFigure::PerUser, 50.0 + 10.0 * n);
            ProposalTerms terms;
            terms.noticeMonths = 2 + 2 * n;
            for (int p = 1; p <= 4; ++p)
                terms.serviceLevels.push_back({QStringLiteral("P%1").arg(p), 30.0 * p * (n + 1), 4.0 * p * (n + 1),
                                               Cover::BusinessHours});
            document->setProposalTerms(model, terms, QStringLiteral("terms"));
        }
        document->undoStack()->clear();
        w.window->viewTabs()->setCurrentWidget(w.window->proposalsPage());
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        w.window->proposalsPage()->table()->viewport()->installEventFilter(&counter);
    } else if (front == Front::Cost) {
        // The Cost tab in front: each step moves the value-for-money chart's points (the fits), and the banner.
        w.window->viewTabs()->setCurrentIndex(MainWindow::CostTab);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        w.window->costPage()->valueChart()->installEventFilter(&counter);
    } else {
        w.window->radarView()->installEventFilter(&counter);
    }

    int value = slider->value();
    int direction = value < 100 ? 1 : -1;
    const auto step = [&] {
        if (value + direction < 0 || value + direction > 100)
            direction = -direction;
        value += direction;
        const int paints = counter.paints;
        slider->setValue(value);
        // The event loop, until the repaint has happened: scene changes reach the view through queued calls.
        for (int round = 0; round < 10 && counter.paints == paints; ++round)
            QApplication::processEvents();
        if (grab) {
            const QImage image = w.window->grab().toImage();
            benchmark::DoNotOptimize(image.constBits());
        }
    };

    const int rebuildsBefore = w.window->proposalsPage()->rebuildCount();
    slider->setSliderDown(true); // one drag: consecutive steps merge into one undo command
    for (int i = 0; i < 20; ++i) // warm-up: first paints fill caches (glyphs, pixmaps)
        step();

    std::vector<double> stepMs;
    std::vector<double> stepCpuMs;
    stepMs.reserve(static_cast<size_t>(kDragSteps) * 4);
    int paintsBefore = counter.paints;
    for (auto _ : state) {
        double total = 0;
        for (int i = 0; i < kDragSteps; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = threadCpuMs();
            step();
            const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
            stepCpuMs.push_back(threadCpuMs() - cpuStart);
            stepMs.push_back(elapsed.count() * 1e3);
            total += elapsed.count();
        }
        state.SetIterationTime(total / kDragSteps); // the reported time is per step
    }
    slider->setSliderDown(false);

    const int paints = counter.paints - paintsBefore;
    if (paints < static_cast<int>(stepMs.size())) {
        state.SkipWithError("the chart was not repainted on every step");
        return;
    }
    if (front == Front::Proposals && w.window->proposalsPage()->rebuildCount() != rebuildsBefore) {
        state.SkipWithError("the Proposals tab recomputed costs, terms or findings on a slider step");
        return;
    }
    if (w.window->document()->undoStack()->count() != 1) {
        state.SkipWithError("the drag was not one undo step");
        return;
    }
    state.counters["median_ms"] = quantile(stepMs, 0.5);
    state.counters["p99_ms"] = quantile(stepMs, 0.99);
    state.counters["max_ms"] = quantile(stepMs, 1.0);
    state.counters["cpu_median_ms"] = quantile(stepCpuMs, 0.5);
    state.counters["cpu_p99_ms"] = quantile(stepCpuMs, 0.99);
    state.counters["steps"] = static_cast<double>(stepMs.size());
}

void BM_SliderStep(benchmark::State &state)
{
    sliderStep(state, state.range(0) == 1, Front::Overview);
}
BENCHMARK(BM_SliderStep)
    ->ArgName("grab")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// The same drag with the Cost tab in front (issue 17): the value-for-money chart is repainted on every step
/// instead of the radar.
void BM_SliderStepCostTab(benchmark::State &state)
{
    sliderStep(state, false, Front::Cost);
}
BENCHMARK(BM_SliderStepCostTab)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

/// The same drag in a workshop of 8 (issue 18): a person's slider, the Workshop tab in front (the strips
/// repainted, every person's answer and the decisive values recomputed on every step).
void BM_SliderStepWorkshop(benchmark::State &state)
{
    sliderStep(state, false, Front::Workshop);
}
BENCHMARK(BM_SliderStepWorkshop)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

/// The same drag in a profile with four scenarios (issue 19): argument 0 with the profile edited and the
/// Overview in front, argument 1 with a scenario edited and the Scenarios tab in front.
void BM_SliderStepScenarios(benchmark::State &state)
{
    sliderStep(state, false, state.range(0) == 1 ? Front::ScenarioShown : Front::ScenarioBase);
}
BENCHMARK(BM_SliderStepScenarios)
    ->ArgName("scenario_shown")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// The same drag with three proposals and the Proposals tab in front (issue 20): the fit and rank rows of its
/// table repainted on every step, nothing else recomputed.
void BM_SliderStepProposals(benchmark::State &state)
{
    sliderStep(state, false, Front::Proposals);
}
BENCHMARK(BM_SliderStepProposals)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

/// Process start to the first painted frame, as `splitbench --measure-startup` reports it (a child process per
/// iteration, offscreen). The manual time is the child's own figure; `wall_ms` adds process exit and QProcess.
void BM_StartupToFirstPaint(benchmark::State &state)
{
    std::vector<double> reported;
    std::vector<double> wall;
    for (auto _ : state) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        const auto start = std::chrono::steady_clock::now();
        process.start(QStringLiteral(SPLITBENCH_GUI), {QStringLiteral("--measure-startup")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            state.SkipWithError("splitbench --measure-startup failed");
            return;
        }
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        bool ok = false;
        const double ms = process.readAllStandardOutput().trimmed().toDouble(&ok);
        if (!ok || ms <= 0) {
            state.SkipWithError("splitbench --measure-startup printed no time");
            return;
        }
        reported.push_back(ms);
        wall.push_back(elapsed.count() * 1e3);
        state.SetIterationTime(ms / 1e3);
    }
    state.counters["median_ms"] = quantile(reported, 0.5);
    state.counters["max_ms"] = quantile(reported, 1.0);
    state.counters["wall_ms"] = quantile(wall, 0.5);
}
BENCHMARK(BM_StartupToFirstPaint)->Iterations(15)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    // Widgets need a QApplication (benchmark_main has none); offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication::setOrganizationName(QStringLiteral("SplitbenchBench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9)); // the same text on every machine
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
