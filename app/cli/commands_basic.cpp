#include "cli_command.h"

#include "cli_app.h"
#include "logging.h"
#include "fit_engine.h"
#include "output_file.h"
#include "plan_formats.h"
#include "profile.h"
#include "report_formats.h"
#include "scenario_formats.h"
#include "text_escape.h"
#include "workshop_formats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }
} // namespace

namespace {

int runCatalogue(const QCommandLineParser &parser)
{
    if (!outputsAreNotInputs({parser.value(outputOption())}, inputFiles(parser)))
        return UsageError;
    const std::optional<Catalogue> catalogue = loadCatalogue(parser);
    if (!catalogue)
        return InvalidInput;
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QStringLiteral("json"))
        return writeOutput(catalogueToJson(*catalogue), parser.value(outputOption()));
    if (format == QStringLiteral("markdown") || format == QStringLiteral("md"))
        return writeOutput(catalogueToMarkdown(*catalogue).toUtf8(), parser.value(outputOption()));
    printError(tr("error: unknown format \"%1\" (use json or markdown)").arg(format));
    return UsageError;
}

int runScore(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        printError(tr("error: score needs --profile FILE (or --profile default)"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("json") && format != QStringLiteral("text")) {
        printError(tr("error: unknown format \"%1\" (use json or text)").arg(format));
        return UsageError;
    }
    std::optional<Catalogue> base;
    Profile profile;
    if (const int exitCode = loadCatalogueAndProfile(parser, base, profile); exitCode != Success)
        return exitCode;
    std::optional<Scenario> scenario;
    if (const int exitCode = applyScenarioOption(parser, profile, scenario); exitCode != Success)
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    const FitEngine engine(withCustomModels(*base, profile.customModels));
    const FitResult result = engine.score(profile);
    log::named("cli")->debug("scored {} models in {} dimensions in {:.2f} ms", engine.catalogue().models.size(),
                             engine.catalogue().dimensions.size(), static_cast<double>(timer.nsecsElapsed()) / 1e6);
    // A workshop: the group's result, then each participant's own answer and where they disagree.
    const WorkshopAnalysis workshop = analyseWorkshop(engine, profile);
    // Scenarios (none left once --scenario picked one): each one's answer beside the profile's.
    const ScenarioComparison scenarios = compareScenarios(engine, profile);
    QByteArray bytes;
    if (format == QStringLiteral("json")) {
        bytes = withScenarioJson(
            withTodayJson(withWorkshopJson(scoreToJson(engine.catalogue(), profile, result), engine.catalogue(),
                                           profile, workshop),
                          engine, profile),
            engine.catalogue(), scenarios);
        if (scenario) {
            QJsonObject root = QJsonDocument::fromJson(bytes).object();
            root.insert(QStringLiteral("scenario"),
                        QJsonObject{{QStringLiteral("id"), scenario->id}, {QStringLiteral("name"), scenario->name}});
            bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        }
    } else {
        const QString heading =
            scenario ? escapeControlCharacters(tr("Scenario: %1").arg(scenario->name)) + u'\n' : QString();
        bytes = (heading + scoreToText(engine.catalogue(), profile, result) +
                 workshopToText(engine.catalogue(), profile, workshop) +
                 scenarioComparisonToText(engine.catalogue(), scenarios))
                    .toUtf8();
    }
    return writeOutput(bytes, parser.value(outputOption()));
}

int runValidate(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(tr("error: validate needs at least one file"));
        return UsageError;
    }
    const std::optional<Catalogue> catalogue = loadCatalogue(parser);
    if (!catalogue)
        return InvalidInput;
    int exitCode = Success;
    QTextStream out(stdout);
    for (const QString &path : files) {
        Loaded<QByteArray> bytes = readInputFile(path, kMaxProfileBytes * 2);
        if (!bytes) {
            printLoadError(bytes.error());
            exitCode = InvalidInput;
            continue;
        }
        const bool isCatalogue = looksLikeCatalogue(bytes.value());
        const std::optional<LoadError> error = [&]() -> std::optional<LoadError> {
            if (isCatalogue) {
                Loaded<Catalogue> loaded = Catalogue::parse(bytes.value(), path);
                return loaded ? std::nullopt : std::optional(loaded.error());
            }
            Loaded<Profile> loaded = Profile::parse(bytes.value(), path, *catalogue);
            return loaded ? std::nullopt : std::optional(loaded.error());
        }();
        if (error) {
            printLoadError(*error);
            exitCode = InvalidInput;
        } else {
            out << escapeControlCharacters(tr("%1: valid %2").arg(path, isCatalogue ? tr("catalogue") : tr("profile")))
                << '\n';
        }
    }
    return exitCode;
}

} // namespace

Command catalogueCommand()
{
    return {QStringLiteral("catalogue"),
            tr("Print the catalogue of models, traits, dimensions and activities."),
            [](QCommandLineParser &p) {
                p.addOption(catalogueOption());
                p.addOption({QStringLiteral("format"), tr("Output format: json or markdown (default json)."),
                             tr("format"), QStringLiteral("json")});
                p.addOption(outputOption());
            },
            runCatalogue};
}

Command scoreCommand()
{
    return {QStringLiteral("score"),
            tr("Score how well each model fits an organisation profile."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("profile"),
                             tr("The profile to score (*.splitbench.json), or \"default\" for the catalogue defaults."),
                             tr("file")});
                p.addOption(catalogueOption());
                p.addOption({QStringLiteral("format"), tr("Output format: json or text (default text)."),
                             tr("format"), QStringLiteral("text")});
                p.addOption(scenarioOption());
                p.addOption(outputOption());
            },
            runScore};
}

Command validateCommand()
{
    return {QStringLiteral("validate"),
            tr("Check catalogue or profile files and report the first problem in each."),
            [](QCommandLineParser &p) {
                p.addOption(catalogueOption());
                p.addPositionalArgument(QStringLiteral("files"), tr("Catalogue or profile files to check."),
                                        tr("FILE…"));
            },
            runValidate,
            /*acceptsPositionalArguments=*/true};
}

} // namespace splitbench::cli
