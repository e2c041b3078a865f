// splitbench-cli plan: the handover plan from today's split (the profile's as_is) to a chosen model.
#include "cli_app.h"
#include "cli_command.h"
#include "handover_plan.h"
#include "logging.h"
#include "plan_formats.h"
#include "profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

int runPlan(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        printError(tr("error: plan needs --profile FILE (a profile with today's split)"));
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("to"))) {
        printError(tr("error: plan needs --to MODEL_ID (the model to move to)"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("md"),
                              QStringLiteral("json")};
    if (!formats.contains(format)) {
        printError(tr("error: unknown format \"%1\" (use text, csv, md or json)").arg(format));
        return UsageError;
    }
    std::optional<Catalogue> base;
    Profile profile;
    if (const int exitCode = loadCatalogueAndProfile(parser, base, profile); exitCode != Success)
        return exitCode;
    if (!profile.asIs) {
        printError(tr("error: %1 has no today's split (as_is), so there is nothing to plan from; record who does "
                      "each activity today in the workbench, or add an \"as_is\" section (docs/profile-format.md)")
                       .arg(parser.value(QStringLiteral("profile"))));
        return UsageError;
    }
    const Catalogue catalogue = withCustomModels(*base, profile.customModels);
    const QString to = parser.value(QStringLiteral("to"));
    const int model = catalogue.modelIndex(to);
    if (model < 0) {
        QStringList ids;
        for (const ServiceModel &m : catalogue.models)
            ids << m.id;
        printError(tr("error: --to names no model: \"%1\" is not one of %2").arg(to.left(64), ids.join(QStringLiteral(", "))));
        return UsageError;
    }
    QElapsedTimer timer;
    timer.start();
    const HandoverPlan plan = planHandover(catalogue, profile.asIs->responsibilities, model);
    log::named("cli")->debug("planned {} steps in {:.2f} ms", plan.steps.size(),
                             static_cast<double>(timer.nsecsElapsed()) / 1e6);
    const QString from = tr("today's split");
    QByteArray bytes;
    if (format == QStringLiteral("json"))
        bytes = planToJson(catalogue, plan, from);
    else if (format == QStringLiteral("csv"))
        bytes = planToCsv(catalogue, plan);
    else if (format == QStringLiteral("md"))
        bytes = planToMarkdown(catalogue, plan, from);
    else
        bytes = planToText(catalogue, plan, from).toUtf8();
    return writeOutput(bytes, parser.value(outputOption()));
}

} // namespace

Command planCommand()
{
    return {QStringLiteral("plan"),
            tr("List what changes hands from today's split to a model, in order, with a checklist line each."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("profile"), tr("The profile with today's split (*.splitbench.json)."),
                             tr("file")});
                p.addOption({QStringLiteral("to"), tr("The id of the model to move to (a catalogue or custom model)."),
                             tr("model")});
                p.addOption(catalogueOption());
                p.addOption({QStringLiteral("format"), tr("Output format: text, csv, md or json (default text)."),
                             tr("format"), QStringLiteral("text")});
                p.addOption(outputOption());
            },
            runPlan};
}

} // namespace splitbench::cli
