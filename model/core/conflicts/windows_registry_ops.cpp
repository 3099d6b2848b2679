// The Tcpip and DNS server registry values, merged the way KB 956188 tells administrators to do it by hand ("add
// these port numbers to the current values ... do not replace"), and journaled byte for byte so that undo puts
// back exactly what was there, malformed lines included.

#include "windows_ops.h"

#include "port_merge.h"

#include "../windows/multi_string.h"

#include <cstring>

namespace portolan::conflicts::windows_ops {

using namespace windows_backend;

namespace {

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : "\n") + l;
    return out;
}

bool isRangeList(OpKind kind)
{
    return kind == OpKind::WindowsReservedPorts || kind == OpKind::WindowsDnsPoolExcluded;
}

std::string typeName(std::uint32_t type)
{
    switch (type) {
    case regtype::kString:
        return "REG_SZ";
    case regtype::kExpandString:
        return "REG_EXPAND_SZ";
    case regtype::kBinary:
        return "REG_BINARY";
    case regtype::kDword:
        return "REG_DWORD";
    case regtype::kMultiString:
        return "REG_MULTI_SZ";
    case regtype::kQword:
        return "REG_QWORD";
    default:
        return "type " + std::to_string(type);
    }
}

// The current state as text for people, or an error that makes apply refuse (wrong type, unreadable).
struct Current
{
    bool exists = false;
    std::string text;
    MultiString lines; // range lists
    std::uint32_t dword = 0;
    std::string error;
};

Current readCurrent(const RegistryTarget& target)
{
    Current c;
    const auto raw = readRaw(target.key, target.value);
    if (raw.absent())
        return c;
    if (!raw.ok()) {
        c.error = target.text() + ": " + raw.describe();
        return c;
    }
    c.exists = true;
    if (raw.value.type != target.type) {
        c.error = target.text() + " is a " + typeName(raw.value.type) + ", not a " + typeName(target.type)
            + "; Portolan leaves it alone: fix it by hand";
        return c;
    }
    if (target.type == regtype::kMultiString) {
        const auto ms = readMultiString(target.key, target.value);
        if (!ms.ok()) {
            c.error = target.text() + ": " + ms.describe() + "; Portolan leaves it alone";
            return c;
        }
        c.lines = ms.value;
        c.text = joinLines(ms.value.utf8());
    } else {
        const auto d = readDword(target.key, target.value);
        if (!d.ok()) {
            c.error = target.text() + ": " + d.describe() + "; Portolan leaves it alone";
            return c;
        }
        c.dword = d.value;
        c.text = std::to_string(d.value);
    }
    return c;
}

std::string afterText(const Current& c, const Operation& op)
{
    switch (op.kind) {
    case OpKind::WindowsReservedPorts:
    case OpKind::WindowsDnsPoolExcluded: {
        auto lines = c.lines.utf8();
        for (const auto& r : linesToAppend(lines, op.ranges))
            lines.push_back(reservedPortsLine(r));
        return joinLines(lines);
    }
    case OpKind::WindowsDnsPoolSize:
        return std::to_string(op.value);
    case OpKind::WindowsDeleteMaxUserPort:
        return "(deleted)";
    default:
        return {};
    }
}

} // namespace

RegistryLayout layoutFor(const SystemPaths& paths)
{
    RegistryLayout layout;
    if (!paths.registryBase.empty())
        layout.services = { RegistryHive::CurrentUser, paths.registryBase.substr(std::string_view("HKCU\\").size()) };
    return layout;
}

RegistryTarget registryTarget(const RegistryLayout& layout, OpKind kind)
{
    switch (kind) {
    case OpKind::WindowsReservedPorts:
        return { layout.tcpip(), "ReservedPorts", regtype::kMultiString };
    case OpKind::WindowsDeleteMaxUserPort:
        return { layout.tcpip(), "MaxUserPort", regtype::kDword };
    case OpKind::WindowsDnsPoolExcluded:
        return { layout.dns(), "SocketPoolExcludedPortRanges", regtype::kMultiString };
    case OpKind::WindowsDnsPoolSize:
        return { layout.dns(), "SocketPoolSize", regtype::kDword };
    default:
        return {};
    }
}

OperationPreview previewRegistry(const RegistryTarget& target, const Operation& op)
{
    OperationPreview p;
    p.target = target.text();
    p.effect = target.key.subKey.find("\\DNS\\") != std::string::npos ? "DNS service restart" : "reboot";
    const auto c = readCurrent(target);
    if (!c.error.empty()) {
        p.note = "cannot apply: " + c.error;
        return p;
    }
    p.before = c.exists ? c.text : "(absent)";
    p.after = op.kind == OpKind::WindowsDeleteMaxUserPort && !c.exists ? "(absent)" : afterText(c, op);
    if (p.before == p.after)
        p.note = "already in place: nothing to change";
    return p;
}

std::string captureRegistry(const RegistryTarget& target, JournalEntry& entry)
{
    entry.target = target.text();
    const auto c = readCurrent(target);
    if (!c.error.empty())
        return c.error;
    const auto raw = readRaw(target.key, target.value);
    entry.hasValue = true;
    entry.existed = raw.ok();
    if (raw.ok()) {
        entry.type = raw.value.type;
        entry.data.assign(raw.value.data.begin(), raw.value.data.end());
    }
    return {};
}

OpOutcome applyRegistry(const RegistryTarget& target, const Operation& op)
{
    OpOutcome out;
    const auto c = readCurrent(target);
    if (!c.error.empty()) {
        out.message = c.error;
        return out;
    }
    out.before = c.exists ? c.text : "(absent)";
    RegistryOutcome written;
    if (isRangeList(op.kind)) {
        const auto appended = linesToAppend(c.lines.utf8(), op.ranges);
        if (appended.empty()) {
            out.status = EntryStatus::Unchanged;
            out.verified = true;
            out.after = out.before;
            out.message = "already covered";
            return out;
        }
        MultiString next = c.lines; // every existing entry, byte for byte, malformed ones included
        for (const auto& r : appended)
            next.append(reservedPortsLine(r));
        written = writeMultiString(target.key, target.value, next);
        if (written.ok()) {
            const auto back = readMultiString(target.key, target.value);
            bool kept = back.ok() && back.value.size() == next.size();
            for (std::size_t i = 0; kept && i < c.lines.size(); ++i)
                kept = back.value.raw(i) == c.lines.raw(i);
            std::vector<PortRange> covered;
            if (back.ok())
                for (const auto& line : back.value.utf8())
                    if (auto r = parsePortRange(line))
                        covered.push_back(*r);
            out.verified = kept && coversAll(covered, op.ranges);
            out.after = back.ok() ? joinLines(back.value.utf8()) : back.describe();
        }
    } else if (op.kind == OpKind::WindowsDnsPoolSize) {
        if (c.exists && c.dword == op.value) {
            out.status = EntryStatus::Unchanged;
            out.verified = true;
            out.after = out.before;
            return out;
        }
        written = writeDword(target.key, target.value, op.value);
        if (written.ok()) {
            const auto back = readDword(target.key, target.value);
            out.verified = back.ok() && back.value == op.value;
            out.after = back.ok() ? std::to_string(back.value) : back.describe();
        }
    } else if (op.kind == OpKind::WindowsDeleteMaxUserPort) {
        if (!c.exists) {
            out.status = EntryStatus::Unchanged;
            out.verified = true;
            out.after = "(absent)";
            return out;
        }
        written = deleteValue(target.key, target.value);
        if (written.ok()) {
            out.verified = readRaw(target.key, target.value).absent();
            out.after = out.verified ? "(deleted)" : "still present";
        }
    }
    if (!written.ok()) {
        out.message = "writing " + target.text() + ": " + written.describe();
        return out;
    }
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = "read back \"" + out.after + "\", not what was written";
    return out;
}

OpOutcome restoreRegistry(const RegistryTarget& target, const JournalEntry& entry)
{
    OpOutcome out;
    const auto before = readRaw(target.key, target.value);
    out.before = before.ok() ? std::to_string(before.value.data.size()) + " bytes" : before.describe();
    RegistryOutcome written;
    if (entry.existed) {
        RawRegistryValue value { entry.type, std::vector<std::uint8_t>(entry.data.begin(), entry.data.end()) };
        written = writeRaw(target.key, target.value, value);
    } else {
        written = deleteValue(target.key, target.value);
        if (written.absent())
            written.status = RegistryStatus::Ok;
    }
    if (!written.ok()) {
        out.message = "restoring " + target.text() + ": " + written.describe();
        return out;
    }
    const auto back = readRaw(target.key, target.value);
    if (entry.existed)
        out.verified = back.ok() && back.value.type == entry.type
            && std::string(back.value.data.begin(), back.value.data.end()) == entry.data;
    else
        out.verified = back.absent();
    out.after = back.ok() ? std::to_string(back.value.data.size()) + " bytes" : back.describe();
    out.status = out.verified ? EntryStatus::Restored : EntryStatus::Failed;
    out.message = entry.existed ? "previous value restored byte for byte" : "value deleted (it did not exist before)";
    if (!out.verified)
        out.message = "the value read back differs from the journal's copy";
    return out;
}

} // namespace portolan::conflicts::windows_ops

namespace portolan::conflicts {

std::string checkRegistryBase(const std::string& base)
{
    if (base.empty())
        return {};
    constexpr std::string_view prefix = "HKCU\\Software\\Portolan-test-";
    const auto suffix = std::string_view(base).substr(std::min(base.size(), prefix.size()));
    const bool ok = base.size() > prefix.size() && base.size() <= prefix.size() + 64
        && std::string_view(base).substr(0, prefix.size()) == prefix
        && suffix.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
            == std::string_view::npos;
    return ok ? std::string()
              : "--registry-base must be " + std::string(prefix) + "<letters, digits, '-'> (a test key), not \"" + base
            + "\"";
}

} // namespace portolan::conflicts
