// splitbench-cli cost: what each model costs an organisation over a contract term, with breakevens.
#include "cli_app.h"
#include "cli_command.h"
#include "cost_formats.h"
#include "fit_engine.h"
#include "logging.h"
#include "profile.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

int runCost(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        printError(tr("error: cost needs --profile FILE (or --profile default)"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("json") && format != QStringLiteral("text") && format != QStringLiteral("csv")) {
        printError(tr("error: unknown format \"%1\" (use json, text or csv)").arg(format));
        return UsageError;
    }
    std::optional<int> term;
    if (parser.isSet(QStringLiteral("term"))) {
        const QString value = parser.value(QStringLiteral("term")).trimmed();
        if (value != QStringLiteral("12") && value != QStringLiteral("24") && value != QStringLiteral("36")) {
            printError(tr("error: --term must be 12, 24 or 36 months, not \"%1\"").arg(value));
            return UsageError;
        }
        term = value.toInt();
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
    QByteArray bytes;
    if (format == QStringLiteral("json"))
        bytes = costToJson(engine.catalogue(), profile, result, term);
    else if (format == QStringLiteral("csv"))
        bytes = costToCsv(engine.catalogue(), profile, result, term);
    else
        bytes = costToText(engine.catalogue(), profile, result, term).toUtf8();
    if (scenario && format == QStringLiteral("json")) {
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        root.insert(QStringLiteral("scenario"),
                    QJsonObject{{QStringLiteral("id"), scenario->id}, {QStringLiteral("name"), scenario->name}});
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (scenario && format == QStringLiteral("text")) {
        bytes.prepend((escapeControlCharacters(tr("Scenario: %1").arg(scenario->name)) + u'\n').toUtf8());
    }
    log::named("cli")->debug("costed {} models in {:.2f} ms", engine.catalogue().models.size(),
                             static_cast<double>(timer.nsecsElapsed()) / 1e6);
    return writeOutput(bytes, parser.value(outputOption()));
}

} // namespace

Command costCommand()
{
    return {QStringLiteral("cost"),
            tr("Show what each model costs over the contract term, with breakevens (typical figures)."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("profile"),
                             tr("The profile to cost (*.splitbench.json), or \"default\" for the defaults."),
                             tr("file")});
                p.addOption(catalogueOption());
                p.addOption({QStringLiteral("term"),
                             tr("Compare every model over this term: 12, 24 or 36 months (default: each model's "
                                "own term)."),
                             tr("months")});
                p.addOption({QStringLiteral("format"), tr("Output format: text, json or csv (default text)."),
                             tr("format"), QStringLiteral("text")});
                p.addOption(scenarioOption());
                p.addOption(outputOption());
            },
            runCost};
}

} // namespace splitbench::cli
