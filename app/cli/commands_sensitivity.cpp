// splitbench-cli sensitivity: breakevens, tornado, Monte Carlo robustness and what would change the answer.
#include "cli_app.h"
#include "cli_command.h"
#include "workshop_formats.h"
#include "fit_engine.h"
#include "logging.h"
#include "profile.h"
#include "sensitivity.h"
#include "sensitivity_formats.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

constexpr int kMaxThreads = 256;

int runSensitivity(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        printError(tr("error: sensitivity needs --profile FILE (or --profile default)"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("json") && format != QStringLiteral("text") && format != QStringLiteral("csv")) {
        printError(tr("error: unknown format \"%1\" (use json, text or csv)").arg(format));
        return UsageError;
    }
    SensitivityOptions options;
    const std::optional<MonteCarloOptions> monteCarlo = monteCarloOptions(parser);
    const std::optional<qint64> threads = integerOption(parser, QStringLiteral("threads"), 0, kMaxThreads);
    const std::optional<double> window = numberOption(parser, QStringLiteral("window"), 0, 100);
    if (!monteCarlo || !threads || !window)
        return UsageError;
    options.monteCarlo = *monteCarlo;
    options.monteCarlo.threads = static_cast<int>(*threads);
    options.tornadoWindow = *window;
    std::optional<double> traitUncertainty;
    std::optional<double> importanceUncertainty;
    if (parser.isSet(QStringLiteral("trait-uncertainty"))) {
        traitUncertainty = numberOption(parser, QStringLiteral("trait-uncertainty"), 0, Profile::kMaxUncertainty);
        if (!traitUncertainty)
            return UsageError;
    }
    if (parser.isSet(QStringLiteral("importance-uncertainty"))) {
        importanceUncertainty = numberOption(parser, QStringLiteral("importance-uncertainty"), 0, 1);
        if (!importanceUncertainty)
            return UsageError;
    }

    std::optional<Catalogue> base;
    Profile profile;
    if (const int exitCode = loadCatalogueAndProfile(parser, base, profile); exitCode != Success)
        return exitCode;
    if (traitUncertainty)
        profile.traitUncertainty.assign(base->traits.size(), *traitUncertainty);
    if (importanceUncertainty)
        profile.importanceUncertainty = *importanceUncertainty;

    QElapsedTimer timer;
    timer.start();
    const FitEngine engine(withCustomModels(*base, profile.customModels));
    const SensitivityAnalysis analysis(engine, profile);
    const std::optional<SensitivityResult> result = analysis.run(options);
    log::named("cli")->debug("sensitivity analysis with {} samples (seed {}) in {:.1f} ms", options.monteCarlo.samples,
                             options.monteCarlo.seed, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    if (!result) { // only a cancel flag stops it, and the CLI sets none
        printError(tr("error: the analysis was cancelled"));
        return OutputFailed;
    }
    SensitivityJsonOptions jsonOptions;
    jsonOptions.includeCurves = parser.isSet(QStringLiteral("curves"));
    QByteArray bytes;
    // A workshop: the group's analysis above, then each participant's own answer and where they disagree.
    const WorkshopAnalysis workshop = analyseWorkshop(engine, profile);
    if (format == QStringLiteral("json"))
        bytes = withWorkshopJson(sensitivityToJson(engine.catalogue(), profile, *result, jsonOptions),
                                 engine.catalogue(), profile, workshop);
    else if (format == QStringLiteral("csv"))
        bytes = sensitivityToCsv(engine.catalogue(), *result);
    else
        bytes = (sensitivityToText(engine.catalogue(), profile, *result) +
                 workshopToText(engine.catalogue(), profile, workshop))
                    .toUtf8();
    return writeOutput(bytes, parser.value(outputOption()));
}

} // namespace

Command sensitivityCommand()
{
    return {
        QStringLiteral("sensitivity"), tr("Show how firm the recommendation is: breakevens, tornado, robustness."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("profile"),
                         tr("The profile to analyse (*.splitbench.json), or \"default\" for the catalogue defaults."),
                         tr("file")});
            p.addOption(catalogueOption());
            addMonteCarloOptions(p);
            p.addOption({QStringLiteral("threads"),
                         tr("Worker threads, 0 for one per core (default). Never changes the result."), tr("n"),
                         QStringLiteral("0")});
            p.addOption(
                {QStringLiteral("window"),
                 tr("Tornado: also show the swing within ± this many points of the current value (default 10)."),
                 tr("points"), QStringLiteral("10")});
            p.addOption({QStringLiteral("trait-uncertainty"),
                         tr("Use ± this many points for every trait instead of the profile's uncertainty."),
                         tr("points")});
            p.addOption({QStringLiteral("importance-uncertainty"),
                         tr("Use ± this fraction (0 to 1) for every importance weight instead of the profile's."),
                         tr("fraction")});
            p.addOption(
                {QStringLiteral("curves"), tr("JSON only: include every model's overall fit along each trait sweep.")});
            p.addOption({QStringLiteral("format"),
                         tr("Output format: json, text or csv (one row per trait: who takes over where; default "
                            "text)."),
                         tr("format"),
                         QStringLiteral("text")});
            p.addOption(outputOption());
        },
        runSensitivity};
}

} // namespace splitbench::cli
