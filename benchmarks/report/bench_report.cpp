// Report timings: the content (score and sensitivity analysis), layout alone, the full PDF, the radar chart and the matrix exports.
#include "matrix_export.h"
#include "report_export.h"
#include "report_renderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <benchmark/benchmark.h>

using namespace splitbench;
using namespace splitbench::report;

namespace {

/// Argument 0: an example with the two built-in models; 1: a profile with four custom models (six in all).
ReportContent content(int which)
{
    const QString path = which == 0 ? QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json")
                                    : QStringLiteral(SPLITBENCH_REPORT_DATA "/many-models.splitbench.json");
    const Catalogue &catalogue = Catalogue::builtIn();
    Loaded<Profile> profile = Profile::load(path, catalogue);
    return ReportContent::make(catalogue, profile ? profile.value() : Profile::defaults(catalogue));
}

/// What export and print do before any layout: score the profile and run the sensitivity analysis for the
/// report's sensitivity section (Monte Carlo with the default 20,000 samples; File → Export PDF… does this on
/// the GUI thread).
void BM_ReportContent(benchmark::State &state)
{
    const QString path = state.range(0) == 0
                             ? QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json")
                             : QStringLiteral(SPLITBENCH_REPORT_DATA "/many-models.splitbench.json");
    const Catalogue &catalogue = Catalogue::builtIn();
    const Profile profile = Profile::load(path, catalogue).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportContent::make(catalogue, profile).sensitivity);
}
BENCHMARK(BM_ReportContent)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReportLayout(benchmark::State &state)
{
    const ReportContent c = content(static_cast<int>(state.range(0)));
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    for (auto _ : state) {
        const ReportRenderer renderer(c, &writer);
        benchmark::DoNotOptimize(renderer.pageCount());
    }
}
BENCHMARK(BM_ReportLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_ReportPdf(benchmark::State &state)
{
    const ReportContent c = content(static_cast<int>(state.range(0)));
    int pages = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(reportPdf(c, QPageSize(QPageSize::A4), &pages));
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ReportPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RadarPng(benchmark::State &state)
{
    const ReportContent c = content(0);
    for (auto _ : state)
        benchmark::DoNotOptimize(radarPng(c));
}
BENCHMARK(BM_RadarPng)->Unit(benchmark::kMillisecond);

void BM_RadarSvg(benchmark::State &state)
{
    const ReportContent c = content(0);
    for (auto _ : state)
        benchmark::DoNotOptimize(radarSvg(c));
}
BENCHMARK(BM_RadarSvg)->Unit(benchmark::kMillisecond);

void BM_MatrixXlsx(benchmark::State &state)
{
    const ReportContent c = content(0);
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(matrixToXlsx(c, &error));
}
BENCHMARK(BM_MatrixXlsx)->Unit(benchmark::kMillisecond);

void BM_MatrixCsv(benchmark::State &state)
{
    const ReportContent c = content(0);
    for (auto _ : state)
        benchmark::DoNotOptimize(matrixToCsv(c));
}
BENCHMARK(BM_MatrixCsv)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
