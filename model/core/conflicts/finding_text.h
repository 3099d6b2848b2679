#pragma once

#include "findings.h"

#include <string>

// The English sentences of a finding (CLI and logs). The GUI builds its own translated text from the finding's
// machine-readable fields; these functions read nothing else either, so both say the same thing.
namespace portolan::conflicts {

// "named (pid 4242), a DNS server socket pool of 2,501 UDP sockets"
std::string describeHolder(const Holder& holder);

// Fills finding.what and finding.why. `entry` is null for BlockedEphemeral.
void writeFindingText(Finding& finding, const CatalogueEntry* entry, std::optional<Platform> platform,
    const std::string& blockedNote = {});

// One-line text of a fix suggestion, for FixSuggestion::text.
std::string describeFix(const FixSuggestion& fix, std::optional<Platform> platform);

// "UDP 1812", "TCP 3268-3269"
std::string portsLabel(Protocol protocol, const PortRange& ports);

} // namespace portolan::conflicts
