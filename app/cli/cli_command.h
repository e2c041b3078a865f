// One splitbench-cli sub-command: its options and what it does. Each command lives in its own file.
#pragma once

#include "catalogue.h"
#include "profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace splitbench::cli {

struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> declareOptions;
    std::function<int(const QCommandLineParser &)> execute;
    bool acceptsPositionalArguments = false;
    bool needsGui = false; ///< Paints (reports, charts): runs on an offscreen QGuiApplication.
};

// Shared helpers for commands.
void printError(const QString &text);
/// Writes to stdout, or atomically to `path` when it is set and not "-". Returns an exit code.
int writeOutput(const QByteArray &bytes, const QString &path);
const QCommandLineOption &catalogueOption();
const QCommandLineOption &outputOption();
/// Global options, accepted before the command name and, through these, after it.
const QCommandLineOption &verboseOption();
const QCommandLineOption &quietOption();
/// --catalogue FILE or the built-in catalogue; prints the error and returns nullopt when invalid.
std::optional<Catalogue> loadCatalogue(const QCommandLineParser &parser);
/// The profile named by a --profile value: a file, or "default" for the catalogue's defaults.
Loaded<Profile> loadProfileArgument(const QString &value, const Catalogue &catalogue);

// The commands, in the order --help lists them.
Command catalogueCommand();
Command scoreCommand();
Command validateCommand();
Command sensitivityCommand();
Command reportCommand();

} // namespace splitbench::cli
