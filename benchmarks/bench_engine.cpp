// The fit engine: a full score with explanations, the allocation-free overall fit, and a 101-step sweep,
// each with 2, 3 and 8 models; the same sweep with the full score; the total cost of every model; and a
// workshop's consensus and analysis with 4, 8 and 32 participants.
#include "bench_profiles.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "workshop.h"

#include <benchmark/benchmark.h>

namespace {

using namespace splitbench;

/// Scoring one profile with every dimension's explanation and the summary text (what the GUI shows).
void BM_ScoreWithExplanations(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(0))));
    const Profile profile = bench::closeCallProfile(engine.catalogue());
    for (auto _ : state) {
        FitResult result = engine.score(profile);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ScoreWithExplanations)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kMicrosecond);

/// The hot path of every analysis: overall fit per model, no allocation, no text.
void BM_OverallFit(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(0))));
    const Profile profile = bench::closeCallProfile(engine.catalogue());
    std::vector<double> overall(static_cast<size_t>(engine.modelCount()));
    for (auto _ : state) {
        engine.overallFit(profile.traits, profile.importance, overall);
        benchmark::DoNotOptimize(overall.data());
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_OverallFit)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kNanosecond);

/// One trait through 0, 1, …, 100 (a slider dragged end to end, or one sweep curve at step 1).
void BM_TraitThrough101Values(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(0))));
    const Profile profile = bench::closeCallProfile(engine.catalogue());
    const int trait = engine.catalogue().traitIndex(QStringLiteral("inhouse_capacity"));
    std::vector<double> traits = profile.traits;
    std::vector<double> overall(static_cast<size_t>(engine.modelCount()));
    for (auto _ : state) {
        double sum = 0;
        for (int value = 0; value <= 100; ++value) {
            traits[static_cast<size_t>(trait)] = value;
            engine.overallFit(traits, profile.importance, overall);
            sum += overall[0];
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * 101);
}
BENCHMARK(BM_TraitThrough101Values)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kMicrosecond);

/// The same 101 values with the full score (explanations and summary): what the workbench computes per step.
void BM_ScoreTraitThrough101Values(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(static_cast<int>(state.range(0))));
    Profile profile = bench::closeCallProfile(engine.catalogue());
    const auto trait = static_cast<size_t>(engine.catalogue().traitIndex(QStringLiteral("inhouse_capacity")));
    for (auto _ : state) {
        for (int value = 0; value <= 100; ++value) {
            profile.traits[trait] = value;
            FitResult result = engine.score(profile);
            benchmark::DoNotOptimize(result);
        }
    }
    state.SetItemsProcessed(state.iterations() * 101);
}
BENCHMARK(BM_ScoreTraitThrough101Values)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kMillisecond);

/// The cost view's work on every edit: the total cost of every model over its term (budget: 20 µs with 8 models).
void BM_CostOfEveryModel(benchmark::State &state)
{
    const Catalogue catalogue = bench::catalogueWithModels(static_cast<int>(state.range(0)));
    Organisation organisation;
    organisation.users = 120;
    const CostModel costs(catalogue, organisation);
    for (auto _ : state) {
        std::vector<CostBreakdown> all = costs.costs();
        benchmark::DoNotOptimize(all);
    }
}
BENCHMARK(BM_CostOfEveryModel)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kMicrosecond);

/// Building the cost model (the workload-weighted in-house share of every model), then every model's cost: what
/// a change to a custom model's shares costs.
void BM_CostModelFromCatalogue(benchmark::State &state)
{
    const Catalogue catalogue = bench::catalogueWithModels(static_cast<int>(state.range(0)));
    Organisation organisation;
    organisation.users = 120;
    for (auto _ : state) {
        const CostModel costs(catalogue, organisation);
        std::vector<CostBreakdown> all = costs.costs();
        benchmark::DoNotOptimize(all);
    }
}
BENCHMARK(BM_CostModelFromCatalogue)->ArgName("models")->Arg(2)->Arg(3)->Arg(8)->Unit(benchmark::kMicrosecond);

/// A workshop of `people` participants around the close-call profile, each with their own values.
Profile workshopOf(const Catalogue &catalogue, int people)
{
    Profile workshop = bench::closeCallProfile(catalogue);
    for (int i = 0; i < people; ++i) {
        Participant person;
        person.id = QStringLiteral("p%1").arg(i);
        person.name = QStringLiteral("Participant %1").arg(i);
        person.traits = workshop.traits;
        for (size_t t = 0; t < person.traits.size(); ++t)
            person.traits[t] = static_cast<double>((i * 37 + static_cast<int>(t) * 11) % 101);
        person.importance = workshop.importance;
        person.traitUncertainty = workshop.traitUncertainty;
        workshop.participants.push_back(person);
    }
    applyConsensus(workshop);
    return workshop;
}

/// Recomputing the group's values after one participant's edit (every slider step while a person is selected).
void BM_WorkshopConsensus(benchmark::State &state)
{
    const Catalogue catalogue = bench::catalogueWithModels(2);
    Profile workshop = workshopOf(catalogue, static_cast<int>(state.range(0)));
    for (auto _ : state) {
        applyConsensus(workshop);
        benchmark::DoNotOptimize(workshop.traits.data());
    }
}
BENCHMARK(BM_WorkshopConsensus)->ArgName("participants")->Arg(4)->Arg(8)->Arg(32)->Unit(benchmark::kMicrosecond);

/// Each person's answer, the spreads and the decisive values (the Workshop tab and the report), 3 models.
void BM_AnalyseWorkshop(benchmark::State &state)
{
    const FitEngine engine(bench::catalogueWithModels(3));
    const Profile workshop = workshopOf(engine.catalogue(), static_cast<int>(state.range(0)));
    for (auto _ : state) {
        WorkshopAnalysis analysis = analyseWorkshop(engine, workshop);
        benchmark::DoNotOptimize(analysis);
    }
}
BENCHMARK(BM_AnalyseWorkshop)->ArgName("participants")->Arg(4)->Arg(8)->Arg(32)->Unit(benchmark::kMicrosecond);

} // namespace
