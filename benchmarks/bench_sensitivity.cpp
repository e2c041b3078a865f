// Sensitivity analysis of one profile: the whole analysis at 20,000 samples on one thread and on all
// cores (budget: under 50 ms on one core), and its parts, which the GUI recomputes as sliders move.
#include "bench_profiles.h"
#include "sensitivity.h"

#include <benchmark/benchmark.h>
#include <thread>

namespace {

using namespace splitbench;

int allCores()
{
    return static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

/// Everything `splitbench-cli sensitivity` computes: sweeps and breakevens for every trait, tornado,
/// head to head, what would change the answer, and Monte Carlo with 20,000 samples.
/// Arguments: worker threads, models.
void BM_FullAnalysis(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(1))));
    const Profile profile = bench::closeCallProfile(engine.catalogue());
    SensitivityOptions options;
    options.monteCarlo.samples = MonteCarloOptions::kDefaultSamples;
    options.monteCarlo.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const SensitivityAnalysis analysis(engine, profile);
        std::optional<SensitivityResult> result = analysis.run(options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * options.monteCarlo.samples);
}
BENCHMARK(BM_FullAnalysis)
    ->ArgNames({"threads", "models"})
    ->Args({1, 2})
    ->Args({allCores(), 2})
    ->Args({1, 3})
    ->Args({1, 8})
    ->Args({allCores(), 8})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime(); // worker threads' time does not show in the main thread's CPU time

/// Monte Carlo alone, 20,000 samples. Argument: worker threads.
void BM_MonteCarlo(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(2));
    const SensitivityAnalysis analysis(engine, bench::closeCallProfile(engine.catalogue()));
    MonteCarloOptions options;
    options.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        std::optional<MonteCarloResult> result = analysis.monteCarlo(options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * options.samples);
}
BENCHMARK(BM_MonteCarlo)->ArgName("threads")->Arg(1)->Arg(allCores())->Unit(benchmark::kMillisecond)->UseRealTime();

/// Monte Carlo with price uncertainty (±20 % on provider prices and the salary), 20,000 samples: what the
/// chance of costing least adds to BM_MonteCarlo. Arguments: worker threads, models.
void BM_MonteCarloWithPriceUncertainty(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(1))));
    const SensitivityAnalysis analysis(engine, bench::closeCallProfile(engine.catalogue()));
    MonteCarloOptions options;
    options.threads = static_cast<int>(state.range(0));
    options.priceUncertaintyPercent = 20;
    for (auto _ : state) {
        std::optional<MonteCarloResult> result = analysis.monteCarlo(options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * options.samples);
}
BENCHMARK(BM_MonteCarloWithPriceUncertainty)
    ->ArgNames({"threads", "models"})
    ->Args({1, 2})
    ->Args({allCores(), 2})
    ->Args({1, 8})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The cheap parts, which a GUI can afford on every slider step.
void BM_AllSweeps(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(2));
    const SensitivityAnalysis analysis(engine, bench::closeCallProfile(engine.catalogue()));
    const int traits = static_cast<int>(engine.catalogue().traits.size());
    for (auto _ : state)
        for (int t = 0; t < traits; ++t) {
            TraitSweep sweep = analysis.sweep(t, 0.5);
            benchmark::DoNotOptimize(sweep);
        }
}
BENCHMARK(BM_AllSweeps)->Unit(benchmark::kMicrosecond);

void BM_Tornado(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(2));
    const SensitivityAnalysis analysis(engine, bench::closeCallProfile(engine.catalogue()));
    for (auto _ : state) {
        std::vector<TornadoBar> bars = analysis.tornado(10);
        benchmark::DoNotOptimize(bars);
    }
}
BENCHMARK(BM_Tornado)->Unit(benchmark::kMicrosecond);

void BM_ChangeToFlip(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(2));
    const SensitivityAnalysis analysis(engine, bench::closeCallProfile(engine.catalogue()));
    for (auto _ : state) {
        ChangeToFlip change = analysis.changeToFlip();
        benchmark::DoNotOptimize(change);
    }
}
BENCHMARK(BM_ChangeToFlip)->Unit(benchmark::kMicrosecond);

} // namespace
