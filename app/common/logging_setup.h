// Where Splitbench's log messages go: a rotating file in the application data folder, stderr for the CLI, and Qt's own messages.
#pragma once

#include <QString>

namespace splitbench::app {

/// How much the console (stderr) shows. The log file always records info and above, debug when verbose.
enum class Verbosity {
    Quiet,   ///< Console: errors only.
    Normal,  ///< Console: warnings and errors.
    Verbose, ///< Console and file: everything down to debug (progress, timings).
};

/// What configureLogging() should set up.
struct LoggingOptions {
    /// Log file name without ".log"; empty means QCoreApplication::applicationName().
    QString fileBaseName;
    /// Folder for the log file; empty means logFolderPath(). Tests point this at a temporary folder.
    QString folder;
    /// Also write to stderr (the CLI). The GUI logs to the file only.
    bool console = false;
    Verbosity verbosity = Verbosity::Normal;
};

/// What configureLogging() did: the log file in use, or why there is none.
struct LoggingSetup {
    QString filePath; ///< Empty when the file could not be opened.
    QString problem;  ///< Why the file could not be opened; empty on success.
    [[nodiscard]] bool hasFile() const { return !filePath.isEmpty(); }
};

/// The folder of the log files: `<AppLocalDataLocation>/logs`, e.g.
/// ~/.local/share/Splitbench/splitbench-cli/logs. Set the organisation and application names first.
/// Does not create the folder (the GUI's "Show log folder" creates it when opening it).
[[nodiscard]] QString logFolderPath();

/// Points every Splitbench logger (core's too) at a rotating log file (5 MiB, 3 old files kept) and, if
/// asked, at stderr. Never throws: when the file cannot be opened it logs a warning, keeps the console
/// and says why in the result. May be called again to change the verbosity.
LoggingSetup configureLogging(const LoggingOptions &options);

/// Routes qDebug/qInfo/qWarning/qCritical/qFatal, including Qt's own messages, into the "qt" logger.
/// Call as early as possible in main(); safe before configureLogging().
void installQtMessageHandler();

} // namespace splitbench::app
