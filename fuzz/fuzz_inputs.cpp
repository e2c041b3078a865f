#include "fuzz_inputs.h"

#include "catalogue.h"
#include "cli_app.h"
#include "fit_engine.h"
#include "logging.h"
#include "matrix_export.h"
#include "matrix_import.h"
#include "profile.h"
#include "report_content.h"
#include "report_formats.h"
#include "sheet_file.h"
#include "text_escape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

namespace splitbench::fuzz {

namespace {

/// Round trips are only checked for inputs this small, so the output (indented, with derived fields)
/// stays well inside every loader limit.
constexpr size_t kRoundTripMaxBytes = 64 * 1024;
constexpr qsizetype kMaxCliArguments = 32;

QByteArray sourceFile(const char *relativePath)
{
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/") + QString::fromUtf8(relativePath));
    check(file.open(QIODevice::ReadOnly), relativePath);
    return file.readAll();
}

const Catalogue &miniCatalogue()
{
    static const Catalogue catalogue = [] {
        Loaded<Catalogue> loaded = Catalogue::parse(sourceFile("tests/data/mini-catalogue.json"), QStringLiteral("mini"));
        check(loaded.ok(), "tests/data/mini-catalogue.json must load");
        return std::move(loaded).value();
    }();
    return catalogue;
}

void checkProfile(const QByteArray &bytes, const Catalogue &catalogue)
{
    const Loaded<Profile> loaded = Profile::parse(bytes, QStringLiteral("fuzz.splitbench.json"), catalogue);
    if (!loaded) {
        check(loaded.error().file == QStringLiteral("fuzz.splitbench.json"), "a profile error names the file");
        check(!loaded.error().message.isEmpty(), "a profile error says what is wrong");
        return;
    }
    if (static_cast<size_t>(bytes.size()) > kRoundTripMaxBytes)
        return;
    const Loaded<Profile> again = Profile::parse(loaded.value().toJson(catalogue), QStringLiteral("again"), catalogue);
    check(again.ok(), "a saved profile loads again");
    Profile expected = loaded.value();
    expected.loadedVersion = again.value().loadedVersion; // saving writes the current format
    // Saving writes the recomputed group values, so the saved file has no hand edit left to report.
    expected.groupValuesRecomputed = false;
    check(again.value() == expected, "a saved profile loads as the same profile");
}

/// The values given for `option` ("--samples 5" or "--samples=5"), read as the command reads them;
/// nullopt for a value that is not a whole number (the command refuses it at once).
std::vector<std::optional<qint64>> optionValues(const QStringList &arguments, const QString &option)
{
    std::vector<std::optional<qint64>> values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == option)
            value = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(option + u'='))
            value = arguments.at(i).mid(option.size() + 1);
        else
            continue;
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        values.push_back(ok ? std::optional(number) : std::nullopt);
    }
    return values;
}

/// Requests for more work than a fuzz run can afford: `sensitivity` rightly runs for seconds with its
/// default 20,000 Monte Carlo samples under the sanitizers, and for minutes with --samples 10000000.
/// Such inputs are not run, so the fuzzer hunts for bugs rather than tripping its timeout on slow but
/// correct requests: sensitivity runs only with at most kMaxFuzzSamples samples given explicitly, and
/// no command with more than 8 threads.
constexpr qint64 kMaxFuzzSamples = 200;

bool asksForTooMuchWork(const QStringList &arguments)
{
    for (const std::optional<qint64> &threads : optionValues(arguments, QStringLiteral("--threads")))
        if (threads && *threads > 8)
            return true;
    if (!arguments.contains(QStringLiteral("sensitivity")))
        return false;
    const std::vector<std::optional<qint64>> samples = optionValues(arguments, QStringLiteral("--samples"));
    return samples.empty() || std::any_of(samples.begin(), samples.end(), [](const std::optional<qint64> &n) {
               return n && *n > kMaxFuzzSamples;
           });
}

} // namespace

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

void quietLogging() { log::configure({}, spdlog::level::off); }

void catalogueInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Loaded<Catalogue> loaded = Catalogue::parse(bytes, QStringLiteral("fuzz.json"));
    if (!loaded) {
        check(loaded.error().file == QStringLiteral("fuzz.json"), "a catalogue error names the file");
        check(!loaded.error().message.isEmpty(), "a catalogue error says what is wrong");
        return;
    }
    if (size > kRoundTripMaxBytes)
        return;
    const QByteArray json = loaded.value().toJson();
    const Loaded<Catalogue> again = Catalogue::parse(json, QStringLiteral("again"));
    check(again.ok(), "a written catalogue loads again");
    check(again.value().toJson() == json, "a written catalogue loads as the same catalogue");
    // The engine-facing helpers must cope with whatever the loader accepted.
    for (size_t d = 0; d < loaded.value().dimensions.size(); ++d)
        for (size_t m = 0; m < loaded.value().models.size(); ++m) {
            const double share = loaded.value().internalShare(static_cast<int>(d), static_cast<int>(m));
            check(share >= 0 && share <= 100, "internal share within 0..100");
        }
}

void profileInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkProfile(bytes, Catalogue::builtIn());
    checkProfile(bytes, miniCatalogue());
}

void textInput(const uint8_t *data, size_t size)
{
    const QString name =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(std::min<size_t>(size, 1200)))
            .left(300);
    const Catalogue &base = Catalogue::builtIn();
    Profile profile = Profile::defaults(base);
    profile.name = name;
    // The model gets its own shares, so its score differs from the catalogue's models.
    CustomModel model = CustomModel::copyOf(base, 0, QStringLiteral("fuzzed"), name);
    for (size_t d = 0; d < model.responsibilities.size(); ++d)
        for (Responsibility &r : model.responsibilities[d]) {
            r.owner = Owner::Shared;
            r.providerShare = 15 + static_cast<double>((d * 11) % 70);
            r.providerRaci = QStringLiteral("RA");
            r.internalRaci = QStringLiteral("C");
        }
    profile.customModels.push_back(model);
    const Catalogue catalogue = withCustomModels(base, profile.customModels);
    const FitResult result = FitEngine(catalogue).score(profile);
    const int custom = static_cast<int>(catalogue.models.size()) - 1;
    const auto number = [](double value) { return QString::number(value, 'f', 1); };
    const auto shown = [](const QString &text) { return escapeControlCharacters(text, KeepLayout::LineBreaksAndTabs); };
    const QString best = catalogue.models[static_cast<size_t>(result.recommended)].name;
    const QString second = catalogue.models[static_cast<size_t>(result.runnerUp)].name;

    // The engine's summary, put together here without any format string.
    const QString summary =
        result.margin < 0.05
            ? best + QStringLiteral(" and ") + second + QStringLiteral(" fit this organisation equally well (") +
                  number(result.overall[static_cast<size_t>(result.recommended)]) + QStringLiteral(" of 100).")
            : best + QStringLiteral(" fits best: ") + number(result.overall[static_cast<size_t>(result.recommended)]) +
                  QStringLiteral(" of 100 against ") + number(result.overall[static_cast<size_t>(result.runnerUp)]) +
                  QStringLiteral(" for ") + second + QStringLiteral(", a margin of ") + number(result.margin) +
                  QStringLiteral(" points.");
    check(result.summary.startsWith(summary), "the summary shows the names literally and the real scores");

    const QString text = scoreToText(catalogue, profile, result);
    check(!hasControlCharacters(text, KeepLayout::LineBreaksAndTabs), "score text holds no raw control characters");
    check(text.contains(QStringLiteral("Recommended: ") + shown(best) + QStringLiteral(" (margin ") +
                        number(result.margin) + QStringLiteral(")\n")),
          "score text names the recommended model literally with the real margin");

    const QJsonObject json = QJsonDocument::fromJson(scoreToJson(catalogue, profile, result)).object();
    check(json.value(QStringLiteral("profile")).toString() == name, "score JSON holds the profile name exactly");
    const QJsonObject fuzzed = json.value(QStringLiteral("models")).toArray().at(custom).toObject();
    check(fuzzed.value(QStringLiteral("name")).toString() == name, "score JSON holds the model name exactly");
    // JSON rounds half away from zero to one decimal.
    check(std::abs(fuzzed.value(QStringLiteral("overall")).toDouble() -
                   std::round(result.overall[static_cast<size_t>(custom)] * 10) / 10) < 1e-9,
          "score JSON holds the model's real score");

    MonteCarloOptions options;
    options.samples = 20;
    const report::ReportContent content = report::ReportContent::make(base, profile, {2026, 3, 14}, options);
    const QString fit = number(content.result.dimensions.front().fit[static_cast<size_t>(custom)]);
    const QString csv = QString::fromUtf8(report::matrixToCsv(content));
    check(!hasControlCharacters(csv, KeepLayout::LineBreaksAndTabs), "CSV holds no raw control characters");
    check(csv.contains(QString(shown(name) + QStringLiteral(": dimension fit")).replace(u'"', QStringLiteral("\"\""))),
          "CSV names the model's columns literally");
    const QString html = QString::fromUtf8(report::matrixToHtml(content));
    check(html.contains(QStringLiteral("<th colspan=\"4\">") + shown(name).toHtmlEscaped() + QStringLiteral(" (fit ") +
                        fit + QStringLiteral(")</th>")),
          "HTML names the model escaped, with its real fit");
}

void matrixInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Loaded<sheets::SheetFile> file = sheets::readSheets(bytes, QStringLiteral("fuzz.xlsx"));
    if (!file) {
        check(!file.error().message.isEmpty(), "a refused sheet says why");
        return;
    }
    const Catalogue &catalogue = Catalogue::builtIn();
    const std::vector<SheetTable> &tables = file.value().sheets;
    for (const SheetTable &table : tables) {
        check(table.rows.size() <= static_cast<size_t>(SheetLimits::kMaxRows), "rows within the limit");
        for (const QStringList &row : table.rows) {
            check(row.size() <= SheetLimits::kMaxColumns, "columns within the limit");
            for (const QString &cell : row)
                check(cell.size() <= SheetLimits::kMaxCellChars, "cells within the limit");
        }
    }
    const std::vector<MatrixCandidate> candidates = findMatrices(tables);
    for (size_t c = 0; c < candidates.size() && c < 4; ++c) {
        const Loaded<MatrixImport> imported = importMatrix(catalogue, {}, tables, candidates[c], QStringLiteral("fuzz.xlsx"));
        if (!imported)
            continue;
        const MatrixImport &result = imported.value();
        check(result.responsibilities.size() == catalogue.dimensions.size(), "a complete table");
        size_t activities = 0;
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
            check(result.responsibilities[d].size() == catalogue.dimensions[d].activities.size(), "a complete dimension");
            for (const Responsibility &r : result.responsibilities[d])
                check(r.problem().isEmpty(), "every imported split is valid");
            activities += catalogue.dimensions[d].activities.size();
        }
        check(result.exact.size() + result.guessed.size() + result.missing.size() == activities,
              "every activity is matched or missing, once");
        const size_t rows = tables[static_cast<size_t>(candidates[c].sheet)].rows.size();
        check(result.exact.size() + result.guessed.size() + result.extra.size() < rows, "no row is read twice");
    }
}

QStringList cliArguments(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList arguments{QStringLiteral("splitbench-cli")};
    for (const QByteArray &part : bytes.split('\n')) {
        if (arguments.size() > kMaxCliArguments)
            break;
        arguments << QString::fromUtf8(part);
    }
    return arguments;
}

CliSandbox::CliSandbox() : m_work(m_dir.filePath(QStringLiteral("work"))), m_previousDir(QDir::currentPath())
{
    check(m_dir.isValid() && QDir().mkpath(m_work), "a temporary folder for the CLI sandbox");
    const QDir home(m_dir.filePath(QStringLiteral("home")));
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        m_previousEnvironment.emplace_back(
            variable, qEnvironmentVariableIsSet(variable) ? std::optional(qgetenv(variable)) : std::nullopt);
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable).toLower())));
    }
    check(QDir::setCurrent(m_work), "entering the CLI sandbox");
    reset();
}

CliSandbox::~CliSandbox()
{
    QDir::setCurrent(m_previousDir);
    for (const auto &[variable, value] : m_previousEnvironment) {
        if (value)
            qputenv(variable, *value);
        else
            qunsetenv(variable);
    }
}

void CliSandbox::reset()
{
    static const QByteArray catalogue = sourceFile("tests/data/mini-catalogue.json");
    static const QByteArray profile = sourceFile("tests/data/mini-profile.splitbench.json");
    static const QByteArray example = sourceFile("resources/examples/1-small-office.splitbench.json");
    static const QByteArray workshop = sourceFile("resources/examples/5-workshop-harbourside-logistics.splitbench.json");
    const QDir dir(m_work);
    // Whatever an earlier run wrote (-o NAME) goes, so every run starts from the same folder.
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!QFile::remove(dir.filePath(name)))
            QDir(dir.filePath(name)).removeRecursively();
    }
    const auto put = [&dir](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromUtf8(name)));
        check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), name);
    };
    put("catalogue.json", catalogue);
    put("profile.json", profile);
    put("example.json", example);
    put("workshop.json", workshop);
    put("bad.json", R"({"version": 1, "traits": {"capacity": 250}})");
}

int CliSandbox::run(const uint8_t *data, size_t size)
{
    const QStringList arguments = cliArguments(data, size);
    for (const QString &argument : arguments)
        if (argument.contains(u'/'))
            return -1; // would name a file outside the sandbox
    // Commands that paint need a QGuiApplication, which main() makes for them; the fuzzer runs Core only.
    if (cli::needsGui(arguments) || asksForTooMuchWork(arguments))
        return -1;

    std::fflush(stdout);
    const int savedStdout = ::dup(STDOUT_FILENO);
    const int devNull = ::open("/dev/null", O_WRONLY);
    check(savedStdout >= 0 && devNull >= 0, "redirecting stdout");
    ::dup2(devNull, STDOUT_FILENO);
    ::close(devNull);

    const int exitCode = cli::run(arguments);

    std::fflush(stdout);
    ::dup2(savedStdout, STDOUT_FILENO);
    ::close(savedStdout);
    check(exitCode >= cli::Success && exitCode <= cli::ImportedWithDifferences, "the CLI exits with a documented code");
    reset();
    return exitCode;
}

} // namespace splitbench::fuzz
