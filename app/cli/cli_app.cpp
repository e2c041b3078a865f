#include "cli_app.h"

#include "cli_command.h"
#include "logging.h"
#include "logging_setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }

std::vector<Command> allCommands()
{
    return {
        catalogueCommand(),
        scoreCommand(),
        costCommand(),
        planCommand(),
        importMatrixCommand(),
        checkCommand(),
        validateCommand(),
        sensitivityCommand(),
        reportCommand(),
        mergeCommand(),
        participantFileCommand(),
        questionnaireCommand(),
    };
}

const Command *findCommand(const std::vector<Command> &commands, const QString &name)
{
    for (const Command &command : commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

QString generalHelp(const QString &program)
{
    QString text = tr("Usage: %1 [--verbose | --quiet] <command> [options]\n\n"
                      "Compare fully managed and co-managed IT services for an organisation profile.\n\n"
                      "Commands:\n")
                       .arg(program);
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1").arg(command.name, -13) + command.summary + u'\n';
    text += tr("\nGlobal options (before or after the command):\n"
               "  --verbose       Also show progress and timings on standard error.\n"
               "  -q, --quiet     Show only errors on standard error.\n"
               "  -h, --help      Show this help.\n"
               "  -v, --version   Show the version.\n"
               "\nRun \"%1 <command> --help\" for the options of a command.\n\n"
               "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 output could not be written.\n")
                .arg(program);
    const QString logFolder = app::logFolderPath();
    if (!logFolder.isEmpty())
        text += tr("Diagnostic log: %1\n").arg(QDir::toNativeSeparators(logFolder));
    return text;
}

/// The arguments split at the command name; global options before it are taken out.
struct Invocation {
    QString command;   ///< Empty when only global options were given.
    QStringList rest;  ///< Everything after the command name.
    bool verbose = false;
    bool quiet = false;
};

Invocation splitInvocation(const QStringList &arguments)
{
    Invocation invocation;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--verbose"))
            invocation.verbose = true;
        else if (argument == QStringLiteral("--quiet") || argument == QStringLiteral("-q"))
            invocation.quiet = true;
        else
            break;
    }
    if (i < arguments.size()) {
        invocation.command = arguments.at(i);
        invocation.rest = arguments.mid(i + 1);
    }
    return invocation;
}

/// The usage line of a command's help names the program by its full path; say how to run the command.
QString commandHelp(const QCommandLineParser &parser, const QString &program, const QString &command)
{
    QString text = parser.helpText();
    const QStringList appArguments = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (!appArguments.isEmpty() && lineEnd > 0) {
        const qsizetype at = text.left(lineEnd).indexOf(appArguments.constFirst());
        if (at >= 0)
            text.replace(at, appArguments.constFirst().size(), program + u' ' + command);
    }
    return text;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    const std::vector<Command> commands = allCommands();
    const Command *command = findCommand(commands, splitInvocation(arguments).command);
    return command && command->needsGui;
}

int run(const QStringList &arguments)
{
    const QString program = QStringLiteral("splitbench-cli");
    const Invocation invocation = splitInvocation(arguments);
    if (invocation.command.isEmpty()) {
        printError(generalHelp(program));
        return UsageError;
    }
    const QString first = invocation.command;
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("help")) {
        QTextStream(stdout) << generalHelp(program);
        return Success;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        QTextStream(stdout) << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const std::vector<Command> commands = allCommands();
    const Command *command = findCommand(commands, first);
    if (!command) {
        printError(tr("error: unknown command \"%1\"\n").arg(first) + generalHelp(program));
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    // Not addHelpOption(): its --help-all lists Qt's own options, which mean nothing here.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    command->declareOptions(parser);
    parser.addOption(verboseOption());
    parser.addOption(quietOption());
    QStringList commandArguments = invocation.rest;
    commandArguments.prepend(program + u' ' + first);
    if (!parser.parse(commandArguments)) {
        printError(tr("error: %1\n").arg(parser.errorText()) + commandHelp(parser, program, first));
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << commandHelp(parser, program, first);
        return Success;
    }
    const bool verbose = invocation.verbose || parser.isSet(verboseOption());
    const bool quiet = invocation.quiet || parser.isSet(quietOption());
    if (verbose && quiet) {
        printError(tr("error: --verbose and --quiet cannot be used together"));
        return UsageError;
    }
    if (!command->acceptsPositionalArguments && !parser.positionalArguments().isEmpty()) {
        printError(tr("error: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }

    app::configureLogging({.fileBaseName = {},
                           .folder = {},
                           .console = true,
                           .verbosity = verbose ? app::Verbosity::Verbose
                                                : (quiet ? app::Verbosity::Quiet : app::Verbosity::Normal)});
    const auto logger = log::named("cli");
    // The command line names files, never their contents, so it is safe to record.
    logger->info("{} {} (Qt {}): {}", program, QCoreApplication::applicationVersion(), qVersion(),
                 arguments.mid(1).join(u' '));
    QElapsedTimer timer;
    timer.start();
    const int exitCode = command->execute(parser);
    logger->info("{} finished in {} ms, exit code {}", first, timer.elapsed(), exitCode);
    return exitCode;
}

} // namespace splitbench::cli
