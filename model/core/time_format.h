#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portolan {

// "2026-11-21T23:52:38.123Z" from Unix epoch milliseconds, and back. Pure arithmetic (Howard Hinnant's
// days-from-civil), no time-zone database and no platform calls, so it behaves the same under mingw.
std::string formatIsoUtc(std::int64_t epochMs);
std::optional<std::int64_t> parseIsoUtc(std::string_view text);

} // namespace portolan
