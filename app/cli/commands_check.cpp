// splitbench-cli check: each proposal (custom model) of a profile checked beyond "exactly one Accountable":
// activities nobody does, work split from what it depends on, accountability the organisation should keep.
#include "cli_app.h"
#include "cli_command.h"
#include "profile.h"
#include "proposal_check.h"
#include "proposal_terms.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

QString findingKindId(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::NobodyResponsible: return QStringLiteral("nobody_responsible");
    case Finding::Kind::SplitDependency: return QStringLiteral("split_dependency");
    case Finding::Kind::GivenAway: return QStringLiteral("accountability_given_away");
    }
    return {};
}

int runCheck(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("error: check needs exactly one profile"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printError(tr("error: unknown format \"%1\" (use text or json)").arg(format.left(40)));
        return UsageError;
    }
    std::optional<Catalogue> base;
    Profile profile;
    if (const int exitCode =
            loadCatalogueAndProfileFile(parser, files.front(), inputFiles(parser, files), base, profile);
        exitCode != Success)
        return exitCode;
    const Catalogue catalogue = withCustomModels(*base, profile.customModels);

    // The proposals are the custom models; a profile without any has the built-in models checked instead.
    std::vector<int> models;
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m)
        if (catalogue.models[static_cast<size_t>(m)].isCustom() || profile.customModels.empty())
            models.push_back(m);

    bool anyFinding = false;
    QString text;
    QTextStream out(&text);
    QJsonArray json;
    if (profile.customModels.empty())
        out << tr("The profile has no proposals (custom models); the built-in models are checked.") << "\n\n";
    for (const int m : models) {
        const ServiceModel &model = catalogue.models[static_cast<size_t>(m)];
        const std::vector<Finding> findings = checkModel(catalogue, m);
        anyFinding = anyFinding || !findings.empty();
        // A proposal's terms outside the usual market ranges (its own contract term, notice and service levels).
        const CustomModel *proposal = profile.customModelOf(catalogue, m);
        const std::vector<TermFlag> flags = proposal ? proposal->termFlags() : std::vector<TermFlag>{};
        anyFinding = anyFinding || !flags.empty();
        const size_t count = findings.size() + flags.size();
        out << (count == 0       ? tr("%1: nothing to flag.").arg(model.name)
                : count == 1 ? tr("%1: one finding.").arg(model.name)
                             : tr("%1: %2 findings.").arg(model.name, QString::number(count)))
            << '\n';
        QJsonArray items;
        for (const Finding &finding : findings) {
            out << "  - " << finding.text << '\n';
            if (!finding.why.isEmpty())
                out << "    " << finding.why << '\n';
            items.append(QJsonObject{{QStringLiteral("kind"), findingKindId(finding.kind)},
                                     {QStringLiteral("rule"), finding.ruleId},
                                     {QStringLiteral("activity"), catalogue.activityRef(finding.at.dimension, finding.at.activity)},
                                     {QStringLiteral("text"), finding.text},
                                     {QStringLiteral("why"), finding.why}});
        }
        QJsonArray termItems;
        for (const TermFlag &flag : flags) {
            out << "  - " << flag.text << '\n';
            termItems.append(QJsonObject{{QStringLiteral("priority"), flag.priority},
                                         {QStringLiteral("value"), flag.value},
                                         {QStringLiteral("usual_low"), flag.usual.low},
                                         {QStringLiteral("usual_high"), flag.usual.high},
                                         {QStringLiteral("worse"), flag.worse},
                                         {QStringLiteral("text"), flag.text}});
        }
        json.append(QJsonObject{{QStringLiteral("model"), model.id},
                                {QStringLiteral("name"), model.name},
                                {QStringLiteral("findings"), items},
                                {QStringLiteral("terms_outside_usual_ranges"), termItems}});
    }
    out.flush();
    const QByteArray bytes = format == QLatin1String("json")
                                 ? QJsonDocument(QJsonObject{{QStringLiteral("models"), json}}).toJson(QJsonDocument::Indented)
                                 : escapeControlCharacters(text, KeepLayout::LineBreaksAndTabs).toUtf8();
    if (const int exitCode = writeOutput(bytes, parser.value(outputOption())); exitCode != Success)
        return exitCode;
    return anyFinding ? ImportedWithDifferences : Success;
}

} // namespace

Command checkCommand()
{
    return {QStringLiteral("check"),
            tr("Check each proposal (custom model) of a profile: work nobody does, work split from what it depends "
               "on, accountability the organisation should keep."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("profile"), tr("The profile to check (*.splitbench.json)."));
                p.addOption(catalogueOption());
                p.addOption({QStringLiteral("format"), tr("Output format: text or json (default text)."), tr("format"),
                             QStringLiteral("text")});
                p.addOption(outputOption());
            },
            runCheck, true};
}

} // namespace splitbench::cli
