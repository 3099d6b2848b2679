#pragma once

#include <optional>
#include <string>
#include <string_view>

// RFC 4648 base64, for the journal: previous values are kept byte for byte (registry data, file contents), and
// JSON strings must be UTF-8.
namespace portolan::conflicts {

std::string encodeBase64(std::string_view bytes);
// nullopt on anything but canonical, padded base64.
std::optional<std::string> decodeBase64(std::string_view text);

} // namespace portolan::conflicts
