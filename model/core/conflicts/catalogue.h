#pragma once

#include "../port_config.h"
#include "../socket_state.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The known-service catalogue: which process should hold a well-known port. The data lives in
// resources/catalogue/services.json (format in resources/catalogue/README.md); this is its in-memory form, the
// merge with a user's overrides, and the matching of a holder against an entry's expected owners.
namespace portolan::conflicts {

enum class Platform : std::uint8_t { Windows, Linux };
std::string_view platformName(Platform platform); // "windows", "linux"
std::optional<Platform> parsePlatform(std::string_view text);

// Who may hold the port on one platform. A holder is expected when its image/process name or one of the services
// it hosts is listed, or when `kernel` is set and no process holds the socket (Windows PID 4 "System" for
// HTTP.sys and SMB; Linux kernel sockets such as nfsd's).
struct ExpectedOwners
{
    std::vector<std::string> names; // Windows image names ("dns.exe"), Linux process names ("named")
    std::vector<std::string> services; // Windows service short names ("IAS"), Linux systemd units ("named.service")
    bool kernel = false;

    bool operator==(const ExpectedOwners&) const = default;
};

struct CatalogueEntry
{
    std::string id; // stable, unique: "radius-auth"
    Protocol protocol = Protocol::Udp;
    PortRange ports;
    std::string service; // "RADIUS authentication (IAS / NPS, FreeRADIUS)"
    std::optional<ExpectedOwners> windows; // absent: the entry does not apply to Windows
    std::optional<ExpectedOwners> linux;
    std::string source; // "KB 956188, KB 956189, RFC 2865"
    std::string note; // plain words for people
    bool critical = false; // losing the port cuts the machine off (IPsec Block mode), not just one service
    std::string origin; // the file it came from (the shipped catalogue or an overrides file)

    const ExpectedOwners* owners(Platform platform) const
    {
        const auto& o = platform == Platform::Windows ? windows : linux;
        return o ? &*o : nullptr;
    }
    bool operator==(const CatalogueEntry&) const = default;
};

// A problem found while loading a catalogue or an overrides file. Everything else still loads.
struct CatalogueProblem
{
    std::string file;
    std::size_t line = 0; // 1-based; 0 when unknown
    std::optional<std::size_t> entry; // index into "entries"
    std::string id; // the entry's id when it has one
    std::string reason;

    // "services.json:42: entries[3] (radius-auth): \"ports\" must be ..."
    std::string text() const;
};

// An entry of an overrides file: `id` names a shipped entry to change (only the fields given replace the shipped
// ones; "owners" replaces per platform) or a new entry (then protocol, ports, service and owners are required).
// `enabled = false` removes a shipped entry from the effective catalogue.
struct CatalogueOverride
{
    std::string id;
    std::optional<Protocol> protocol;
    std::optional<PortRange> ports;
    std::optional<std::string> service;
    std::optional<ExpectedOwners> windows;
    std::optional<ExpectedOwners> linux;
    std::optional<std::string> source;
    std::optional<std::string> note;
    std::optional<bool> critical;
    bool enabled = true;
    // Where it came from, for problems found while merging.
    std::string file;
    std::size_t line = 0;
    std::size_t index = 0;
};

struct Catalogue
{
    std::vector<CatalogueEntry> entries; // ids unique
    std::vector<CatalogueProblem> problems;
    bool fatal = false; // the catalogue or the overrides file could not be read at all (see problems)

    const CatalogueEntry* find(std::string_view id) const;
};

// Shipped entries + overrides -> the effective catalogue: overrides apply in order, by id; a new id is added at the
// end. Problems (incomplete new entries, ranges that do not parse) are appended to the result's problems and the
// offending override is skipped; the shipped entry it targeted stays as it was.
Catalogue mergeCatalogue(std::vector<CatalogueEntry> shipped, const std::vector<CatalogueOverride>& overrides);

// True when `name` (image or process name) matches one of `expected`, ASCII case-insensitively. Linux truncates
// process names (comm) to 15 bytes, so a longer expected name also matches its 15-byte prefix.
bool nameMatches(std::string_view name, const std::vector<std::string>& expected);

} // namespace portolan::conflicts
