#pragma once

#include "core/socket_state.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace portolan::capture {

// What Windows netstat prints in other languages. Only the banner, the column header, the state words and the
// "cannot obtain ownership information" message are translated; the rows themselves stay ASCII. The parser does
// not depend on these tables to read rows (see netstat_windows_parser.cpp); they make the result exact where a
// translation is known, and they are the evidence that picks a code page or a mis-decoding repair.

// A state word in any known language ("LISTENING", "ABHÖREN", "HERGESTELLT", "ESCUCHANDO", ...), compared
// case-insensitively for ASCII. Words that were mis-decoded once ("ABH™REN", "ABHÃ–REN") still match when their
// ASCII letters identify exactly one known word.
std::optional<SocketState> localizedState(std::string_view word);

// "Active Connections", "Aktive Verbindungen", "Активные подключения", "アクティブな接続", ...
bool isConnectionsBanner(std::string_view line);
// The column header line ("Proto  Local Address  Foreign Address  State  PID" and its translations).
bool isColumnHeader(std::string_view line);
// "Can not obtain ownership information" and its translations (netstat -b).
bool isOwnershipUnavailable(std::string_view line);

// How many known non-ASCII netstat words occur in `utf8Text`: the score that chooses a code page or a repair.
std::size_t countLocalizedKeywords(std::string_view utf8Text);

} // namespace portolan::capture
