// splitbench-cli merge and participant-file: collecting a workshop's input (docs/workshop.md). The facilitator
// sends each participant a file with only that person in it and merges the returned files, matched by id.
#include "cli_app.h"
#include "cli_command.h"
#include "profile.h"
#include "questionnaire.h"
#include "report_export.h"
#include "text_escape.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }

/// "Dana Reyes (Owner), Sam Patel" or "none".
QString names(const QStringList &labels)
{
    return labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "));
}

int runMerge(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2) {
        printError(tr("error: merge needs the workshop profile and at least one participant file"));
        return UsageError;
    }
    if (!parser.isSet(outputOption())) {
        printError(tr("error: merge needs --output FILE (the merged workshop; it may not be one of the inputs)"));
        return UsageError;
    }
    const QString output = parser.value(outputOption());
    std::optional<Catalogue> catalogue;
    Profile workshop;
    if (const int exitCode = loadCatalogueAndProfileFile(parser, files.front(), files, catalogue, workshop);
        exitCode != Success)
        return exitCode;
    QString summary;
    for (qsizetype i = 1; i < files.size(); ++i) {
        Loaded<Profile> incoming = Profile::load(files[i], *catalogue);
        if (!incoming) {
            printLoadError(incoming.error());
            return InvalidInput; // nothing written: the merge is all files or none
        }
        Loaded<MergeReport> report = mergeParticipants(workshop, incoming.value(), files[i]);
        if (!report) {
            printLoadError(report.error());
            return InvalidInput;
        }
        summary += tr("%1: added: %2; updated: %3; unchanged: %4")
                       .arg(files[i], names(report.value().added), names(report.value().updated),
                            names(report.value().unchanged)) +
                   u'\n';
    }
    if (const int exitCode = writeOutput(workshop.toJson(*catalogue), output); exitCode != Success)
        return exitCode;
    // What happened, on standard output unless the workshop itself went there. Names come from files.
    QTextStream stream(output == QStringLiteral("-") ? stderr : stdout);
    stream << escapeControlCharacters(summary, KeepLayout::LineBreaksAndTabs);
    return Success;
}

int runParticipantFile(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("error: participant-file needs exactly one workshop profile"));
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("participant"))) {
        printError(tr("error: participant-file needs --participant ID"));
        return UsageError;
    }
    std::optional<Catalogue> catalogue;
    Profile workshop;
    if (const int exitCode = loadCatalogueAndProfileFile(parser, files.front(), files, catalogue, workshop);
        exitCode != Success)
        return exitCode;
    const QString id = parser.value(QStringLiteral("participant"));
    const int index = workshop.participantIndex(id);
    if (index < 0) {
        QStringList ids;
        for (const Participant &person : workshop.participants)
            ids << person.id;
        printError(workshop.isWorkshop()
                       ? tr("error: %1 has no participant \"%2\" (its participants: %3)")
                             .arg(files.front(), id, ids.join(QStringLiteral(", ")))
                       : tr("error: %1 has no participants").arg(files.front()));
        return UsageError;
    }
    return writeOutput(participantFile(workshop, index).toJson(*catalogue), parser.value(outputOption()));
}

int runQuestionnaire(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile"))) {
        printError(tr("error: questionnaire needs --profile FILE"));
        return UsageError;
    }
    const QString output = parser.value(outputOption());
    if (output.isEmpty() || output == QStringLiteral("-")) {
        printError(tr("error: questionnaire needs --output FILE.pdf"));
        return UsageError;
    }
    const std::optional<QPageSize> pageSize = report::reportPageSize(parser.value(QStringLiteral("page-size")));
    if (!pageSize) {
        printError(tr("error: unknown page size \"%1\" (use A4 or Letter)").arg(parser.value(QStringLiteral("page-size"))));
        return UsageError;
    }
    std::optional<Catalogue> catalogue;
    Profile workshop;
    if (const int exitCode = loadCatalogueAndProfile(parser, catalogue, workshop); exitCode != Success)
        return exitCode;
    int index = -1; // a blank questionnaire, with a line for the name
    if (parser.isSet(QStringLiteral("participant"))) {
        const QString id = parser.value(QStringLiteral("participant"));
        index = workshop.participantIndex(id);
        if (index < 0) {
            printError(tr("error: %1 has no participant \"%2\"").arg(parser.value(QStringLiteral("profile")), id));
            return UsageError;
        }
    }
    if (const QString error = report::exportQuestionnaire(output, *catalogue, workshop, index, *pageSize);
        !error.isEmpty()) {
        printError(tr("error: %1").arg(error));
        return OutputFailed;
    }
    return Success;
}

} // namespace

Command questionnaireCommand()
{
    Command command{QStringLiteral("questionnaire"),
                    tr("Write a printable one-page questionnaire (PDF) for a workshop participant."),
                    [](QCommandLineParser &p) {
                        p.addOption({QStringLiteral("profile"), tr("The workshop profile (*.splitbench.json)."),
                                     tr("file")});
                        p.addOption({QStringLiteral("participant"),
                                     tr("The participant's id; without it, a blank questionnaire with a line for "
                                        "the name."),
                                     tr("id")});
                        p.addOption({QStringLiteral("page-size"), tr("A4 (default) or Letter."), tr("size"),
                                     QStringLiteral("A4")});
                        p.addOption(catalogueOption());
                        p.addOption(outputOption());
                    },
                    runQuestionnaire};
    command.needsGui = true;
    return command;
}

Command mergeCommand()
{
    return {QStringLiteral("merge"),
            tr("Merge returned participant files into a workshop profile, matching participants by id."),
            [](QCommandLineParser &p) {
                p.addOption(catalogueOption());
                p.addOption(outputOption());
                p.addPositionalArgument(QStringLiteral("workshop"), tr("The workshop profile (*.splitbench.json)."),
                                        tr("WORKSHOP"));
                p.addPositionalArgument(QStringLiteral("participants"), tr("Participant files to merge into it."),
                                        tr("PARTICIPANT…"));
            },
            runMerge,
            /*acceptsPositionalArguments=*/true};
}

Command participantFileCommand()
{
    return {QStringLiteral("participant-file"),
            tr("Write the file to send one participant: the workshop with only that person in it."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("participant"), tr("The participant's id."), tr("id")});
                p.addOption(catalogueOption());
                p.addOption(outputOption());
                p.addPositionalArgument(QStringLiteral("workshop"), tr("The workshop profile (*.splitbench.json)."),
                                        tr("WORKSHOP"));
            },
            runParticipantFile,
            /*acceptsPositionalArguments=*/true};
}

} // namespace splitbench::cli
