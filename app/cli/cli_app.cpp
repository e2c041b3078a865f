#include "cli_app.h"

#include "cli_command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }

std::vector<Command> allCommands()
{
    return {catalogueCommand(), scoreCommand(), validateCommand()};
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
    QString text = tr("Usage: %1 <command> [options]\n\n"
                      "Compare fully managed and co-managed IT services for an organisation profile.\n\n"
                      "Commands:\n")
                       .arg(program);
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1%2\n").arg(command.name, -13).arg(command.summary);
    text += tr("\nRun \"%1 <command> --help\" for the options of a command.\n\n"
               "Exit codes: 0 success, 1 usage error, 2 invalid input, 3 output could not be written.\n")
                .arg(program);
    return text;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const std::vector<Command> commands = allCommands();
    const Command *command = findCommand(commands, arguments.at(1));
    return command && command->needsGui;
}

int run(const QStringList &arguments)
{
    const QString program = QStringLiteral("splitbench-cli");
    if (arguments.size() < 2) {
        printError(generalHelp(program));
        return UsageError;
    }
    const QString first = arguments.at(1);
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
    const QCommandLineOption helpOption = parser.addHelpOption();
    command->declareOptions(parser);
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(program + u' ' + first);
    if (!parser.parse(commandArguments)) {
        printError(tr("error: %1\n").arg(parser.errorText()) + parser.helpText());
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!command->acceptsPositionalArguments && !parser.positionalArguments().isEmpty()) {
        printError(tr("error: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return command->execute(parser);
}

} // namespace splitbench::cli
