#include "logging_setup.h"

#include "logging.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace splitbench::app {

namespace {
constexpr std::size_t kMaxFileBytes = std::size_t{5} << 20;
constexpr std::size_t kOldFilesKept = 3;

/// Hands every message to `inner` with its control characters escaped: a log line is one line, and neither a
/// terminal showing stderr nor one showing the file (`tail -f`) acts on text that came from a file.
class EscapingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit EscapingSink(spdlog::sink_ptr inner) : m_inner(std::move(inner)) {}

protected:
    void sink_it_(const spdlog::details::log_msg &message) override
    {
        const QString text = QString::fromUtf8(message.payload.data(), static_cast<qsizetype>(message.payload.size()));
        if (!hasControlCharacters(text)) {
            m_inner->log(message);
            return;
        }
        const QByteArray escaped = escapeControlCharacters(text).toUtf8();
        spdlog::details::log_msg copy = message;
        copy.payload = spdlog::string_view_t(escaped.constData(), static_cast<size_t>(escaped.size()));
        m_inner->log(copy);
    }
    void flush_() override { m_inner->flush(); }
    void set_pattern_(const std::string &pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_inner->set_formatter(std::move(formatter));
    }

private:
    spdlog::sink_ptr m_inner;
};

/// `inner` behind an EscapingSink with the same level.
spdlog::sink_ptr escaping(spdlog::sink_ptr inner)
{
    auto sink = std::make_shared<EscapingSink>(inner);
    sink->set_level(inner->level());
    return sink;
}

/// Log files can quote what the user worked on (file names, messages): only the user may read them.
constexpr mode_t kPrivateFile = S_IRUSR | S_IWUSR;
constexpr mode_t kPrivateFolder = S_IRWXU;

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
    return escaping(console);
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
        ::chmod(QFile::encodeName(folder).constData(), kPrivateFolder);
        // Files of earlier runs, written before logs were private, become private too.
        for (std::size_t n = 1; n <= kOldFilesKept; ++n)
            ::chmod(QFile::encodeName(QDir(folder).filePath(QStringLiteral("%1.%2.log").arg(baseName, QString::number(n))))
                        .constData(),
                    kPrivateFile);
        try {
            // Every file the sink opens (the first, and each new one after a rotation) is made private at once.
            spdlog::file_event_handlers handlers;
            handlers.after_open = [](const spdlog::filename_t &, std::FILE *stream) {
                ::fchmod(::fileno(stream), kPrivateFile);
            };
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), kMaxFileBytes, kOldFilesKept, false, handlers);
            file->set_level(fileLevel);
            // The process id tells apart lines of CLI runs and the workbench writing at the same time.
            file->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%P] [%n] [%l] %v");
            sinks.push_back(escaping(std::move(file)));
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
