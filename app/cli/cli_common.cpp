#include "cli_command.h"

#include "cli_app.h"
#include "file_access.h"
#include "logging.h"
#include "output_file.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }
} // namespace

void printError(const QString &text, ErrorLog log)
{
    const QString shown = escapeControlCharacters(text, KeepLayout::LineBreaksAndTabs);
    QTextStream err(stderr);
    err << shown;
    if (!shown.endsWith(u'\n'))
        err << '\n';
    // The log keeps what the user was told (first line: the message, not the usage text after it).
    if (log == ErrorLog::Message)
        log::named("cli")->info("reported: {}", shown.section(u'\n', 0, 0));
}

void printLoadError(const LoadError &error)
{
    printError(tr("error: %1").arg(error.toString()), ErrorLog::AlreadyLogged);
}

/// Writes `bytes` to stdout, or atomically to `path` when given. Returns an exit code.
int writeOutput(const QByteArray &bytes, const QString &path)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        const size_t written = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        if (written != static_cast<size_t>(bytes.size()) || std::fflush(stdout) != 0) {
            printError(tr("error: could not write to standard output"));
            return OutputFailed;
        }
        return Success;
    }
    if (const QString error = writeFileAtomically(path, bytes); !error.isEmpty()) {
        printError(tr("error: %1").arg(error));
        return OutputFailed;
    }
    return Success;
}

QStringList inputFiles(const QCommandLineParser &parser, const QStringList &profiles)
{
    QStringList files;
    if (parser.isSet(catalogueOption()))
        files << parser.value(catalogueOption());
    for (const QString &profile : profiles)
        if (profile != QStringLiteral("default"))
            files << profile;
    return files;
}

bool outputsAreNotInputs(const QStringList &outputs, const QStringList &inputs)
{
    for (const QString &output : outputs) {
        if (output.isEmpty() || output == QStringLiteral("-"))
            continue;
        if (const QString problem = outputOverwritesInput(output, inputs); !problem.isEmpty()) {
            printError(tr("error: %1").arg(problem));
            return false;
        }
    }
    return true;
}

std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                    qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        printError(tr("error: --%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(name, QString::number(minimum), QString::number(maximum), parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, double minimum,
                                   double maximum)
{
    bool ok = false;
    const double value = parser.value(name).trimmed().toDouble(&ok);
    if (!ok || !(value >= minimum && value <= maximum)) {
        printError(tr("error: --%1 must be a number from %2 to %3, not \"%4\"")
                       .arg(name, QString::number(minimum), QString::number(maximum), parser.value(name)));
        return std::nullopt;
    }
    return value;
}

void addMonteCarloOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("samples"),
                      tr("Monte Carlo samples, 1 to %1 (default %2).")
                          .arg(QString::number(MonteCarloOptions::kMaxSamples),
                               QString::number(MonteCarloOptions::kDefaultSamples)),
                      tr("n"), QString::number(MonteCarloOptions::kDefaultSamples)});
    parser.addOption(
        {QStringLiteral("seed"),
         tr("Random seed; the same seed gives the same output (default %1).").arg(MonteCarloOptions::kDefaultSeed),
         tr("s"), QString::number(MonteCarloOptions::kDefaultSeed)});
    parser.addOption({QStringLiteral("price-uncertainty"),
                      tr("Vary each model's provider prices and the IT salary by ± this many percent, 0 to %1 "
                         "(default 0: off), and show each model's chance of costing least.")
                          .arg(QString::number(MonteCarloOptions::kMaxPriceUncertaintyPercent)),
                      tr("percent"), QStringLiteral("0")});
}

std::optional<MonteCarloOptions> monteCarloOptions(const QCommandLineParser &parser)
{
    const std::optional<qint64> samples =
        integerOption(parser, QStringLiteral("samples"), 1, MonteCarloOptions::kMaxSamples);
    const std::optional<qint64> seed = integerOption(parser, QStringLiteral("seed"), 0, kMaxSeed);
    const std::optional<double> price = numberOption(parser, QStringLiteral("price-uncertainty"), 0,
                                                     MonteCarloOptions::kMaxPriceUncertaintyPercent);
    if (!samples || !seed || !price)
        return std::nullopt;
    MonteCarloOptions options;
    options.samples = static_cast<int>(*samples);
    options.seed = static_cast<std::uint64_t>(*seed);
    options.priceUncertaintyPercent = *price;
    return options;
}

const QCommandLineOption &catalogueOption()
{
    static const QCommandLineOption option(QStringLiteral("catalogue"),
                                           tr("Use the catalogue in <file> instead of the built-in one."),
                                           tr("file"));
    return option;
}

const QCommandLineOption &outputOption()
{
    static const QCommandLineOption option({QStringLiteral("o"), QStringLiteral("output")},
                                           tr("Write to <file> instead of standard output."), tr("file"));
    return option;
}

const QCommandLineOption &scenarioOption()
{
    static const QCommandLineOption option(
        QStringLiteral("scenario"), tr("Use the profile's scenario with this id or name instead of the profile as it is."),
        tr("scenario"));
    return option;
}

int applyScenarioOption(const QCommandLineParser &parser, Profile &profile, std::optional<Scenario> &chosen)
{
    if (!parser.isSet(scenarioOption()))
        return Success;
    const QString wanted = parser.value(scenarioOption());
    const QString file = parser.value(QStringLiteral("profile"));
    const int index = profile.scenarioIndex(wanted);
    if (index < 0) {
        QStringList known;
        for (const Scenario &scenario : profile.scenarios)
            known << QStringLiteral("%1 (\"%2\")").arg(scenario.id, scenario.name);
        printError(profile.scenarios.empty()
                       ? tr("error: %1 has no scenarios, so there is no scenario \"%2\"").arg(file, wanted)
                       : tr("error: %1 has no scenario \"%2\" (its scenarios: %3)")
                             .arg(file, wanted, known.join(QStringLiteral(", "))));
        return UsageError;
    }
    chosen = profile.scenarios[static_cast<size_t>(index)];
    profile = profile.withScenario(index);
    return Success;
}

const QCommandLineOption &verboseOption()
{
    static const QCommandLineOption option(QStringLiteral("verbose"),
                                           tr("Also show progress and timings on standard error."));
    return option;
}

const QCommandLineOption &quietOption()
{
    static const QCommandLineOption option({QStringLiteral("q"), QStringLiteral("quiet")},
                                           tr("Show only errors on standard error."));
    return option;
}

/// Loads --catalogue FILE or the built-in catalogue. Prints the error and returns nullopt on failure.
std::optional<Catalogue> loadCatalogue(const QCommandLineParser &parser)
{
    if (!parser.isSet(catalogueOption()))
        return Catalogue::builtIn();
    Loaded<Catalogue> loaded = Catalogue::load(parser.value(catalogueOption()));
    if (!loaded) {
        printLoadError(loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

Loaded<Profile> loadProfileArgument(const QString &value, const Catalogue &catalogue)
{
    if (value == QStringLiteral("default"))
        return Profile::defaults(catalogue);
    return Profile::load(value, catalogue);
}

namespace {

/// The opening both forms of loadCatalogueAndProfile() share; `load` reads the profile once the catalogue is in.
template <typename LoadProfile>
int openCatalogueAndProfile(const QCommandLineParser &parser, const QStringList &inputs,
                            std::optional<Catalogue> &catalogue, Profile &profile, LoadProfile load)
{
    if (!outputsAreNotInputs({parser.value(outputOption())}, inputFiles(parser, inputs)))
        return UsageError;
    catalogue = loadCatalogue(parser);
    if (!catalogue)
        return InvalidInput;
    Loaded<Profile> loaded = load(*catalogue);
    if (!loaded) {
        printLoadError(loaded.error());
        return InvalidInput;
    }
    profile = std::move(loaded).value();
    return Success;
}

} // namespace

int loadCatalogueAndProfile(const QCommandLineParser &parser, std::optional<Catalogue> &catalogue, Profile &profile)
{
    const QString profileArgument = parser.value(QStringLiteral("profile"));
    return openCatalogueAndProfile(parser, {profileArgument}, catalogue, profile, [&](const Catalogue &loaded) {
        return loadProfileArgument(profileArgument, loaded);
    });
}

int loadCatalogueAndProfileFile(const QCommandLineParser &parser, const QString &path, const QStringList &inputs,
                                std::optional<Catalogue> &catalogue, Profile &profile)
{
    return openCatalogueAndProfile(parser, inputs, catalogue, profile,
                                   [&](const Catalogue &loaded) { return Profile::load(path, loaded); });
}

} // namespace splitbench::cli
