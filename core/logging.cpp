#include "logging.h"

#include <spdlog/sinks/stdout_sinks.h>

#include <mutex>

namespace splitbench::log {

namespace {
struct Configuration {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_sink_mt>()};
    spdlog::level::level_enum level = spdlog::level::warn;
    spdlog::level::level_enum flushLevel = spdlog::level::warn;
    std::vector<std::shared_ptr<spdlog::logger>> loggers;
};

Configuration &configuration()
{
    static Configuration instance;
    return instance;
}
} // namespace

std::shared_ptr<spdlog::logger> named(const std::string &name)
{
    Configuration &config = configuration();
    const std::lock_guard lock(config.mutex);
    for (const auto &logger : config.loggers)
        if (logger->name() == name)
            return logger;
    auto logger = std::make_shared<spdlog::logger>(name, config.sinks.begin(), config.sinks.end());
    logger->set_level(config.level);
    logger->flush_on(config.flushLevel);
    config.loggers.push_back(logger);
    return logger;
}

void configure(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level,
               spdlog::level::level_enum flushLevel)
{
    Configuration &config = configuration();
    const std::lock_guard lock(config.mutex);
    config.sinks = std::move(sinks);
    config.level = level;
    config.flushLevel = flushLevel;
    for (const auto &logger : config.loggers) {
        logger->sinks() = config.sinks;
        logger->set_level(level);
        logger->flush_on(flushLevel);
    }
}

} // namespace splitbench::log
