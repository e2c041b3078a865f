// Named spdlog loggers for the core library, and an fmt formatter so QString can be logged directly.
#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const QString &text, FormatContext &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), context);
    }
};

namespace splitbench::log {

/// Returns the logger called `name`, creating it with the configured sinks. Until the program calls
/// configure(), loggers write warnings and errors to stderr (never stdout, which carries CLI output).
std::shared_ptr<spdlog::logger> named(const std::string &name);

/// The "core" logger.
inline std::shared_ptr<spdlog::logger> core() { return named("core"); }

/// Points every existing and future Splitbench logger at `sinks` with `level` (the lowest level any sink
/// wants; each sink filters further with its own level). Messages at `flushLevel` or above are flushed at
/// once, so a crash loses nothing that matters.
void configure(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level,
               spdlog::level::level_enum flushLevel = spdlog::level::warn);

} // namespace splitbench::log
