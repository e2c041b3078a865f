// One fuzz input through the catalogue loader, the profile loader or splitbench-cli, with property checks;
// shared by the libFuzzer targets and the corpus replay test so both run exactly the same code.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace splitbench::fuzz {

/// Silences the loggers: every refused input would otherwise log a warning.
void quietLogging();

/// Catalogue::parse on the bytes; a catalogue that loads must survive a JSON round trip unchanged.
void catalogueInput(const uint8_t *data, size_t size);

/// Profile::parse against the built-in catalogue and the small test catalogue (tests/data); a profile
/// that loads must survive a JSON round trip unchanged.
void profileInput(const uint8_t *data, size_t size);

/// The bytes (UTF-8, at most 300 characters) as the name of a custom model and of the profile: the score as
/// text and JSON and the matrix exports as CSV and HTML must show that model's real score and its name
/// literally (control characters as escapes, markup escaped), never read it as a format string.
void textInput(const uint8_t *data, size_t size);

/// The bytes as a spreadsheet (XLSX when they start like a zip archive, else CSV) through the matrix importer:
/// every candidate the sheet holds imports into a complete, valid table, and every row it reads is accounted
/// for once (exact, guessed or extra).
void matrixInput(const uint8_t *data, size_t size);

/// Splits the bytes at newlines into arguments for splitbench-cli (at most 32 arguments).
QStringList cliArguments(const uint8_t *data, size_t size);

/// A scratch folder for splitbench-cli runs. The process works inside its "work" folder, which holds a
/// catalogue and profiles the arguments can name (catalogue.json, profile.json, example.json, bad.json) and
/// is reset after every run; XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME point into its "home"
/// folder, so the CLI's log file stays inside too. Arguments containing '/' are not run, so no file
/// outside the folder is read or written.
class CliSandbox final {
public:
    CliSandbox();
    ~CliSandbox();
    CliSandbox(const CliSandbox &) = delete;
    CliSandbox &operator=(const CliSandbox &) = delete;

    /// Runs splitbench::cli::run (a QCoreApplication must exist) with stdout discarded; checks the exit
    /// code is one of the documented ones. Returns the exit code, or -1 if the arguments were not run
    /// (a '/', a command that paints, sensitivity without --samples or with more than 200, over 8 threads).
    int run(const uint8_t *data, size_t size);

private:
    void reset();
    QTemporaryDir m_dir;
    QString m_work;
    QString m_previousDir;
    std::vector<std::pair<const char *, std::optional<QByteArray>>> m_previousEnvironment;
};

/// Aborts with `what` on stderr: a violated property is reported like a crash.
void check(bool condition, const char *what);

} // namespace splitbench::fuzz
