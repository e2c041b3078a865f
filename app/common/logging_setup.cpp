#include "logging_setup.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <algorithm>
#include <cstring>

namespace splitbench::app {

namespace {
constexpr std::size_t kMaxFileBytes = std::size_t{5} << 20;
constexpr std::size_t kOldFilesKept = 3;

spdlog::level::level_enum consoleLevel(Verbosity verbosity)
{
    switch (verbosity) {
    case Verbosity::Quiet:
        return spdlog::level::err;
    case Verbosity::Normal:
        return spdlog::level::warn;
    case Verbosity::Verbose:
        return spdlog::level::debug;
    }
    return spdlog::level::warn;
}

/// stderr, coloured on a terminal: "warning: [core] …", next to the CLI's own "error: …" lines.
spdlog::sink_ptr makeConsoleSink(spdlog::level::level_enum level)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(level);
    console->set_pattern("%^%l%$: [%n] %v");
    return console;
}

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void handleQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const auto logger = log::named("qt");
    const spdlog::level::level_enum level = levelOf(type);
    // Qt's text may contain braces, so it is always an argument, never the format string. The category
    // says which part of Qt spoke (qt.qpa.fonts, …); file and line exist only in debug builds of the caller.
    const bool hasCategory = context.category && std::strcmp(context.category, "default") != 0;
    const char *category = hasCategory ? context.category : "";
    const char *separator = hasCategory ? ": " : "";
    if (context.file)
        logger->log(level, "{}{}{} ({}:{})", category, separator, message, context.file, context.line);
    else
        logger->log(level, "{}{}{}", category, separator, message);
    // Qt aborts after a fatal message returns from the handler: write everything out first.
    if (type == QtFatalMsg)
        logger->flush();
}
} // namespace

QString logFolderPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("logs"));
}

LoggingSetup configureLogging(const LoggingOptions &options)
{
    const spdlog::level::level_enum fileLevel =
        options.verbosity == Verbosity::Verbose ? spdlog::level::debug : spdlog::level::info;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum loggerLevel = fileLevel;
    if (options.console) {
        sinks.push_back(makeConsoleSink(consoleLevel(options.verbosity)));
        loggerLevel = std::min(loggerLevel, sinks.back()->level());
    }

    LoggingSetup setup;
    const QString folder = options.folder.isEmpty() ? logFolderPath() : options.folder;
    const QString baseName =
        options.fileBaseName.isEmpty() ? QCoreApplication::applicationName() : options.fileBaseName;
    const QString path = QDir(folder).filePath(baseName + QStringLiteral(".log"));
    if (folder.isEmpty()) {
        setup.problem = QStringLiteral("no writable application data folder (is HOME set?)");
    } else if (!QDir().mkpath(folder)) {
        setup.problem = QStringLiteral("%1: cannot create the log folder").arg(folder);
    } else {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), kMaxFileBytes, kOldFilesKept);
            file->set_level(fileLevel);
            // The process id tells apart lines of CLI runs and the workbench writing at the same time.
            file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%P] [%n] [%l] %v");
            sinks.push_back(std::move(file));
            setup.filePath = path;
        } catch (const spdlog::spdlog_ex &error) {
            setup.problem = QStringLiteral("%1: cannot open the log file: %2").arg(path, QString::fromUtf8(error.what()));
        }
    }

    if (!setup.hasFile()) {
        // Without a file, the console is all there is (the GUI gets one showing warnings, so they are not
        // lost); its level decides what is worth formatting.
        if (sinks.empty())
            sinks.push_back(makeConsoleSink(consoleLevel(Verbosity::Normal)));
        loggerLevel = sinks.front()->level();
    }
    log::configure(std::move(sinks), loggerLevel, fileLevel);
    if (setup.hasFile())
        log::named("app")->debug("logging to {}", setup.filePath);
    else
        log::named("app")->warn("{}; not writing a log file", setup.problem);
    return setup;
}

void installQtMessageHandler()
{
    qInstallMessageHandler(handleQtMessage);
}

} // namespace splitbench::app
