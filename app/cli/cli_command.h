// One splitbench-cli sub-command: its options and what it does. Each command lives in its own file.
#pragma once

#include "catalogue.h"
#include "profile.h"
#include "sensitivity.h"

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
/// Whether printError() records the message in the log. A load error was already logged by the core, by its
/// place and problem only: its message quotes the file, and the log never holds a file's contents.
enum class ErrorLog { Message, AlreadyLogged };
/// Prints `text` to stderr with control characters escaped (a name from a file must not drive the terminal).
void printError(const QString &text, ErrorLog log = ErrorLog::Message);
/// printError() for a file that could not be loaded ("error: file: place: problem"); not logged again.
void printLoadError(const LoadError &error);
/// Writes to stdout, or atomically to `path` when it is set and not "-". Returns an exit code.
int writeOutput(const QByteArray &bytes, const QString &path);
/// The files a command reads: --catalogue when given, and `profiles` (--profile values; "default" is no file).
QStringList inputFiles(const QCommandLineParser &parser, const QStringList &profiles = {});
/// Every command calls this before it writes anything: when one of `outputs` is one of `inputs` (the same
/// file by device and inode, through hard or symbolic links too, or the same real path), prints an error
/// naming both and returns false; the command then exits with UsageError. "-" (standard output) is no file.
bool outputsAreNotInputs(const QStringList &outputs, const QStringList &inputs);
const QCommandLineOption &catalogueOption();
const QCommandLineOption &outputOption();
/// Global options, accepted before the command name and, through these, after it.
const QCommandLineOption &verboseOption();
const QCommandLineOption &quietOption();
/// --catalogue FILE or the built-in catalogue; prints the error and returns nullopt when invalid.
std::optional<Catalogue> loadCatalogue(const QCommandLineParser &parser);
/// Largest --seed accepted: every JSON reader keeps integers up to 2^53 − 1 exact, so a seed printed in any
/// output can always be fed back.
inline constexpr qint64 kMaxSeed = (qint64(1) << 53) - 1;
/// Parses a whole number in [minimum, maximum] from option `name`; prints the error and returns nullopt.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                    qint64 maximum);
/// Parses a number in [minimum, maximum] from option `name`; prints the error and returns nullopt.
std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, double minimum,
                                   double maximum);
/// --samples, --seed and --price-uncertainty of the commands that run the Monte Carlo analysis (declared with
/// these defaults).
void addMonteCarloOptions(QCommandLineParser &parser);
/// The values of those options; prints the error and returns nullopt when one is out of range.
std::optional<MonteCarloOptions> monteCarloOptions(const QCommandLineParser &parser);
/// The profile named by a --profile value: a file, or "default" for the catalogue's defaults.
Loaded<Profile> loadProfileArgument(const QString &value, const Catalogue &catalogue);
/// What a command that reads one --profile starts with: it checks that --output is none of the inputs, then
/// loads the catalogue and the profile into `catalogue` and `profile`. Returns Success, or the exit code after
/// printing why (UsageError for an output onto an input, InvalidInput for a file that cannot be read).
int loadCatalogueAndProfile(const QCommandLineParser &parser, std::optional<Catalogue> &catalogue, Profile &profile);
/// The same for a command whose profile is the file at `path` (a positional argument, never "default"), with
/// `inputs` the files --output must not be.
int loadCatalogueAndProfileFile(const QCommandLineParser &parser, const QString &path, const QStringList &inputs,
                                std::optional<Catalogue> &catalogue, Profile &profile);

/// --scenario ID_OR_NAME: score or cost one of the profile's scenarios instead of the profile as it is.
const QCommandLineOption &scenarioOption();
/// Applies --scenario (when given) to `profile` (Profile::withScenario()) and sets `chosen` to that scenario (left
/// as it is without --scenario). Returns Success, or UsageError after printing which file has no such scenario
/// and which scenarios it has.
int applyScenarioOption(const QCommandLineParser &parser, Profile &profile, std::optional<Scenario> &chosen);

// The commands, in the order --help lists them.
Command catalogueCommand();
Command scoreCommand();
Command costCommand();
Command planCommand();
Command importMatrixCommand();
Command checkCommand();
Command validateCommand();
Command sensitivityCommand();
Command reportCommand();
Command mergeCommand();
Command participantFileCommand();
Command questionnaireCommand();

} // namespace splitbench::cli
