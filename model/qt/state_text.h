#pragma once

#include "core/socket_state.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace portolan {

// A socket state as the views show it: netstat's name ("LISTEN", "TIME_WAIT"), translated the way Windows netstat
// localises it (German "ABHÖREN", French "ÉCOUTE"; the Japanese build keeps the English names). Files, the CLI and
// the JSON schema keep the untranslated names (stateName()).
QString stateText(SocketState state);

// The states whose shown text contains `needle` (case-insensitive), one bit per SocketState value: lets the quick
// filter find "abhören" as well as "listen".
std::uint32_t statesMatching(std::string_view needle);

} // namespace portolan
