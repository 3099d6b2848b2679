#include "process_start_time.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace portolan {

namespace {

// 100 ns intervals between 1601-01-01 and 1970-01-01.
constexpr std::uint64_t kFiletimeUnixEpoch = 116444736000000000ull;

#ifdef Q_OS_LINUX
// The "btime" line of /proc/stat: boot time in seconds since the epoch.
std::optional<std::int64_t> bootTimeSeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // /proc files report size 0: read line by line rather than trusting atEnd().
    for (QByteArray line = stat.readLine(); !line.isEmpty(); line = stat.readLine())
        if (line.startsWith("btime ")) {
            bool ok = false;
            const auto seconds = line.mid(6).trimmed().toLongLong(&ok);
            return ok ? std::optional<std::int64_t>(seconds) : std::nullopt;
        }
    return std::nullopt;
}
#endif

} // namespace

std::optional<std::int64_t> processStartEpochMs(std::uint64_t startTime, std::string_view os, bool live)
{
    if (startTime == 0)
        return std::nullopt;
    if (os == "windows") {
        if (startTime < kFiletimeUnixEpoch)
            return std::nullopt;
        return static_cast<std::int64_t>((startTime - kFiletimeUnixEpoch) / 10000);
    }
#ifdef Q_OS_LINUX
    if (os == "linux" && live) {
        const auto boot = bootTimeSeconds();
        const long ticks = sysconf(_SC_CLK_TCK);
        if (!boot || ticks <= 0)
            return std::nullopt;
        return *boot * 1000 + static_cast<std::int64_t>(startTime * 1000 / static_cast<std::uint64_t>(ticks));
    }
#endif
    return std::nullopt;
}

} // namespace portolan
