#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

// Line numbers for JSON diagnostics. nlohmann::json keeps no positions in the values it builds, so problems in a
// catalogue entry or a plan operation would otherwise name only an index; these scan the text once more.
namespace portolan::conflicts {

// 1-based line of byte `offset` (clamped to the text).
std::size_t lineOfOffset(std::string_view text, std::size_t offset);

// The 1-based line on which each element of the array under the top-level object key `key` starts, in order.
// Empty when the text has no such array (or is not an object). Tolerates anything the scan does not need to
// understand; it is only for messages, the parse itself is nlohmann's.
std::vector<std::size_t> topLevelArrayElementLines(std::string_view text, std::string_view key);

} // namespace portolan::conflicts
