// splitbench-cli end to end, as a user or a script runs it: score, the full PDF report, and a batch of 50
// reports on two threads. Each iteration starts the real executable, so loading Qt and the catalogue counts.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>

namespace {

const QString kExamples = QStringLiteral(SPLITBENCH_EXAMPLES);
const QString kExample = kExamples + QStringLiteral("/2-manufacturer-with-cio.splitbench.json");

/// Runs splitbench-cli with `arguments`; returns the wall time in seconds, or a negative value on failure.
double runCli(const QStringList &arguments, benchmark::State &state)
{
    QProcess process;
    const auto start = std::chrono::steady_clock::now();
    process.start(QStringLiteral(SPLITBENCH_CLI), arguments);
    const bool finished = process.waitForFinished(120000);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QByteArray error = "splitbench-cli " + arguments.join(u' ').toUtf8() + " failed: " +
                                 process.readAllStandardError().left(300);
        state.SkipWithError(error.constData());
        return -1;
    }
    return elapsed.count();
}

/// True if this splitbench-cli has the report command (it came with the report module).
bool hasReportCommand()
{
    QProcess process;
    process.start(QStringLiteral(SPLITBENCH_CLI), {QStringLiteral("report"), QStringLiteral("--help")});
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

void BM_CliScore(benchmark::State &state)
{
    for (auto _ : state) {
        const double seconds = runCli({QStringLiteral("score"), QStringLiteral("--profile"), kExample}, state);
        if (seconds < 0)
            return;
        state.SetIterationTime(seconds);
    }
}
BENCHMARK(BM_CliScore)->Iterations(20)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_CliReportPdf(benchmark::State &state)
{
    if (!hasReportCommand()) {
        state.SkipWithError("this splitbench-cli has no report command");
        return;
    }
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        const double seconds = runCli(
            {QStringLiteral("report"), QStringLiteral("--profile"), kExample, QStringLiteral("--output"), output},
            state);
        if (seconds < 0)
            return;
        state.SetIterationTime(seconds);
    }
    state.counters["bytes"] = static_cast<double>(QFile(output).size());
}
BENCHMARK(BM_CliReportPdf)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);

/// 50 profiles (the built-in examples, copied under 50 names) into 50 PDFs with `--jobs 2`.
void BM_CliReportBatch50(benchmark::State &state)
{
    if (!hasReportCommand()) {
        state.SkipWithError("this splitbench-cli has no report command");
        return;
    }
    QTemporaryDir dir;
    const QStringList examples =
        QDir(kExamples).entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name);
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--jobs"), QStringLiteral("2"),
                          QStringLiteral("--output-dir"), dir.filePath(QStringLiteral("out"))};
    for (int i = 0; i < 50 && !examples.isEmpty(); ++i) {
        const QString copy = dir.filePath(QStringLiteral("profile-%1.splitbench.json").arg(i + 1, 2, 10, QChar(u'0')));
        QFile::copy(QDir(kExamples).filePath(examples.at(i % examples.size())), copy);
        arguments << QStringLiteral("--profile") << copy;
    }
    for (auto _ : state) {
        const double seconds = runCli(arguments, state);
        if (seconds < 0)
            return;
        state.SetIterationTime(seconds);
    }
    const QStringList written = QDir(dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.pdf")});
    if (written.size() != 50)
        state.SkipWithError("the batch did not write 50 PDFs");
    state.counters["reports"] = static_cast<double>(written.size());
}
BENCHMARK(BM_CliReportBatch50)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The children's log files go to a scratch folder, not the user's data folder.
    const QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
