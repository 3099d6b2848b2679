#include "conflicts_log.h"

#include <mutex>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace portolan::conflicts {

std::shared_ptr<spdlog::logger> logger()
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get("conflicts"))
        return existing;
    auto created = spdlog::stderr_color_mt("conflicts");
    created->set_level(spdlog::default_logger_raw()->level());
    return created;
}

} // namespace portolan::conflicts
