// splitbench-cli: headless access to the catalogue, scoring, validation and reports.
#pragma once

#include <QStringList>

namespace splitbench::cli {

/// Exit codes of splitbench-cli, documented in --help and the man page.
enum ExitCode : int {
    Success = 0,
    UsageError = 1,
    InvalidInput = 2,
    OutputFailed = 3,
    /// import-matrix: imported, but not every row matched exactly; check: a proposal has findings.
    ImportedWithDifferences = 4,
};

/// Runs one CLI invocation. `arguments` includes the program name. A Q(Core/Gui)Application must exist.
int run(const QStringList &arguments);

/// True if the command needs a QGuiApplication (fonts, painting); others run on QCoreApplication.
bool needsGui(const QStringList &arguments);

} // namespace splitbench::cli
