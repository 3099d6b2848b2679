#include "logging.h"

#include <mutex>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace portolan::log {

namespace {
std::shared_ptr<spdlog::logger> area(const char* name)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    // Logs go to stderr: stdout belongs to the CLI's table/CSV/JSON output.
    auto logger = spdlog::stderr_color_mt(name);
    logger->set_level(spdlog::default_logger_raw()->level());
    return logger;
}
} // namespace

std::shared_ptr<spdlog::logger> engine()
{
    return area("engine");
}
std::shared_ptr<spdlog::logger> model()
{
    return area("model");
}
std::shared_ptr<spdlog::logger> ui()
{
    return area("ui");
}
std::shared_ptr<spdlog::logger> cli()
{
    return area("cli");
}
std::shared_ptr<spdlog::logger> import()
{
    return area("import");
}

bool setLevel(std::string_view levelName)
{
    const auto level = spdlog::level::from_str(std::string(levelName));
    if (level == spdlog::level::off && levelName != "off")
        return false;
    spdlog::set_level(level); // applies to every registered logger
    spdlog::default_logger_raw()->set_level(level);
    return true;
}

} // namespace portolan::log
