#pragma once

#include "core/socket_state.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace portolan::capture {

// Service name -> port, for captures taken without -n ("0.0.0.0:epmap", "localhost:smtp"). A built-in table of
// the names Windows' and Linux's services files use for common ports comes first, so that a capture reads the
// same on every machine; the local services file (/etc/services, or Windows' own) fills in the rest.
std::optional<std::uint16_t> servicePort(std::string_view name, Protocol protocol);

} // namespace portolan::capture
