// Persistent excluded port ranges (Vista and later): the ports the stack never hands out, kept across reboots.
// The reservation API is looked up at run time (CreatePersistentTcpPortReservation and friends are Vista+ and
// Wine 8.0 does not export them: a static import would abort the process there); without it, netsh does the same
// from an argument vector. Either way the result is read back from `netsh int ipv4 show excludedportrange`.

#include "windows_ops.h"

#include "elevation.h"
#include "port_merge.h"

#include "../windows/command_runner.h"
#include "../windows/netsh_output.h"
#include "../windows/win_text.h"

#include <windows.h>
#include <winsock2.h>

namespace portolan::conflicts::windows_ops {

using namespace windows_backend;

namespace {

using CreateReservation = ULONG(WINAPI*)(USHORT startPort, USHORT numberOfPorts, PULONG64 token);
using DeleteReservation = ULONG(WINAPI*)(USHORT startPort, USHORT numberOfPorts);

const char* word(Protocol protocol)
{
    return protocol == Protocol::Tcp ? "tcp" : "udp";
}

FARPROC reservationApi(Protocol protocol, bool create)
{
    HMODULE module = ::GetModuleHandleW(L"iphlpapi.dll");
    if (!module)
        module = ::LoadLibraryW(L"iphlpapi.dll");
    if (!module)
        return nullptr;
    const char* name = create
        ? (protocol == Protocol::Tcp ? "CreatePersistentTcpPortReservation" : "CreatePersistentUdpPortReservation")
        : (protocol == Protocol::Tcp ? "DeletePersistentTcpPortReservation" : "DeletePersistentUdpPortReservation");
    return ::GetProcAddress(module, name);
}

std::string netsh(const std::vector<std::string>& arguments, bool& ok)
{
    const auto run = runSystemTool("netsh.exe", windowsCommandLine(arguments), std::chrono::seconds(30));
    ok = run.started && !run.timedOut && run.exitCode == 0;
    return run.started ? run.output : run.error;
}

// The excluded ranges netsh lists now (nullopt when netsh could not run).
std::optional<std::vector<PortRange>> listExcluded(Protocol protocol)
{
    bool ok = false;
    const auto output
        = netsh({ "int", "ipv4", "show", "excludedportrange", std::string("protocol=") + word(protocol) }, ok);
    if (!ok)
        return std::nullopt;
    return normalizePortRanges(parseNetshExcludedRanges(output));
}

// One range, through the API when the system has it, else netsh. Empty on success.
std::string changeRange(Protocol protocol, const PortRange& r, bool create)
{
    const auto count = static_cast<USHORT>(r.size());
    if (const FARPROC api = reservationApi(protocol, create)) {
        ULONG status;
        if (create) {
            ULONG64 token = 0;
            // StartPort in network byte order (the API's documentation); the count in host order.
            status = reinterpret_cast<CreateReservation>(reinterpret_cast<void*>(api))(htons(r.first), count, &token);
        } else {
            status = reinterpret_cast<DeleteReservation>(reinterpret_cast<void*>(api))(htons(r.first), count);
        }
        if (status == NO_ERROR)
            return {};
        if (status == ERROR_SHARING_VIOLATION)
            return "a port of " + formatPortRange(r)
                + " is in use (or overlaps another reservation): stop its holder "
                  "first";
        return win32ErrorText(status);
    }
    bool ok = false;
    const auto output = netsh(
        { "int", "ipv4", create ? "add" : "delete", "excludedportrange", std::string("protocol=") + word(protocol),
            "startport=" + std::to_string(r.first), "numberofports=" + std::to_string(count), "store=persistent" },
        ok);
    return ok ? std::string() : "netsh: " + output;
}

} // namespace

OperationPreview previewExclusion(const Operation& op)
{
    OperationPreview p;
    p.target = std::string("excluded port ranges, ") + word(op.protocol) + " (persistent)";
    p.effect = "immediate, and kept across reboots";
    const auto existing = listExcluded(op.protocol);
    p.before = existing ? formatPortRangeList(*existing) : "(unknown: netsh did not answer)";
    std::vector<PortRange> all = existing.value_or(std::vector<PortRange> {});
    all.insert(all.end(), op.ranges.begin(), op.ranges.end());
    p.after = formatPortRangeList(normalizePortRanges(all));
    if (existing && coversAll(*existing, op.ranges))
        p.note = "already excluded: nothing to change";
    else
        p.note = "cannot be added while a port in the range is in use: the plan restarts the holder first";
    return p;
}

std::string captureExclusion(const Operation& op, JournalEntry& entry)
{
    entry.target = std::string("excluded port ranges, ") + word(op.protocol);
    entry.hasValue = false;
    // Undo deletes exactly what this apply creates: the parts that were not excluded before.
    const auto existing = listExcluded(op.protocol);
    entry.created = uncoveredPorts(existing.value_or(std::vector<PortRange> {}), op.ranges);
    return {};
}

OpOutcome applyExclusion(const Operation& op, const JournalEntry& entry)
{
    OpOutcome out;
    const auto existing = listExcluded(op.protocol);
    out.before = existing ? formatPortRangeList(*existing) : "(unknown)";
    const auto missing = uncoveredPorts(existing.value_or(std::vector<PortRange> {}), op.ranges);
    if (existing && missing.empty()) {
        out.status = EntryStatus::Unchanged;
        out.verified = true;
        out.after = out.before;
        return out;
    }
    for (const auto& r : missing) {
        if (auto error = changeRange(op.protocol, r, true); !error.empty()) {
            out.message = "excluding " + std::string(word(op.protocol)) + " " + formatPortRange(r) + ": " + error;
            return out;
        }
    }
    const auto now = listExcluded(op.protocol);
    out.after = now ? formatPortRangeList(*now) : "(unknown)";
    out.verified = now && coversAll(*now, op.ranges);
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = "the exclusion does not show in `netsh int ipv4 show excludedportrange`";
    return out;
}

OpOutcome restoreExclusion(const JournalEntry& entry)
{
    OpOutcome out;
    const Protocol protocol = entry.operation.protocol;
    const auto existing = listExcluded(protocol);
    out.before = existing ? formatPortRangeList(*existing) : "(unknown)";
    for (const auto& r : entry.created) {
        // Only what is still there: after a crash the range may never have been added.
        if (existing && uncoveredPorts(*existing, { r }) == std::vector<PortRange> { r })
            continue;
        if (auto error = changeRange(protocol, r, false); !error.empty()) {
            out.message = "deleting the exclusion " + formatPortRange(r) + ": " + error;
            return out;
        }
    }
    const auto now = listExcluded(protocol);
    out.after = now ? formatPortRangeList(*now) : "(unknown)";
    out.verified = now.has_value();
    for (const auto& r : entry.created)
        out.verified = out.verified && uncoveredPorts(*now, { r }) == std::vector<PortRange> { r };
    out.status = out.verified ? EntryStatus::Restored : EntryStatus::Failed;
    if (!out.verified)
        out.message = "netsh still lists an exclusion this apply had created, or did not answer";
    return out;
}

} // namespace portolan::conflicts::windows_ops
