// net.ipv4.ip_local_reserved_ports, now and at boot. Reserved ports are skipped by automatic assignment only
// (bind to port 0, connect without bind); a service that binds its port explicitly still gets it. So reserving a
// known service's port keeps socket pools that let the kernel choose, and outbound connections, away from it:
// the Linux form of KB 956188's ReservedPorts workaround (KB 812873).

#include "linux_ops.h"

#include "durable_file.h"
#include "port_merge.h"
#include "sysctl_conf.h"

#include "../text_util.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace portolan::conflicts::linux_ops {

namespace {

bool readSysctl(std::string& text, std::string& error)
{
    std::optional<std::string> content;
    if (!readRegularFile(kReservedPortsPath, 1 << 20, content, error))
        return false;
    if (!content) {
        error = std::string(kReservedPortsPath) + ": missing (no IPv4 in this kernel?)";
        return false;
    }
    text = std::move(*content);
    return true;
}

// /proc/sys files take one write() of the whole value.
bool writeSysctl(const std::string& value, std::string& error)
{
    const int fd = ::open(kReservedPortsPath, O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) {
        error = std::string(kReservedPortsPath) + ": " + std::strerror(errno);
        return false;
    }
    const ssize_t n = ::write(fd, value.data(), value.size());
    const int saved = errno;
    ::close(fd);
    if (n != static_cast<ssize_t>(value.size())) {
        error = "writing \"" + std::string(trim(value)) + "\" to " + kReservedPortsPath + ": "
            + (n < 0 ? std::strerror(saved) : "short write");
        return false;
    }
    return true;
}

// The current value; nullopt (with `error`) when unreadable or not understood. The kernel only ever prints a
// normalized list, so "not understood" means something unexpected: refuse rather than guess.
std::optional<std::vector<PortRange>> currentRuntime(std::string& text, std::string& error)
{
    if (!readSysctl(text, error))
        return std::nullopt;
    auto ranges = parsePortRangeList(trim(text));
    if (!ranges) {
        error = std::string(kReservedPortsPath) + " holds \"" + std::string(trim(text))
            + "\", which Portolan does not understand; nothing was changed";
        return std::nullopt;
    }
    return normalizePortRanges(std::move(*ranges));
}

std::vector<PortRange> merged(std::vector<PortRange> a, const std::vector<PortRange>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return normalizePortRanges(std::move(a));
}

// sysctl.d directories, most important first: a file name in an earlier one hides the same name in later ones
// (sysctl.d(5)); the files then apply in file-name order, the last assignment of a key winning.
const std::vector<std::string>& sysctlDirectories()
{
    static const std::vector<std::string> kDirectories { "/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d",
        "/usr/lib/sysctl.d", "/lib/sysctl.d" };
    return kDirectories;
}

struct ConfigFile
{
    std::string name;
    std::string path;
};

// The sysctl.d files that apply at boot, in application order.
std::vector<ConfigFile> bootFiles(const std::string& root)
{
    std::map<std::string, std::string> byName;
    for (const auto& directory : sysctlDirectories()) {
        const std::string dir = root + directory;
        DIR* handle = ::opendir(dir.c_str());
        if (!handle)
            continue;
        while (const dirent* d = ::readdir(handle)) {
            const std::string name = d->d_name;
            if (name.size() < 6 || name.compare(name.size() - 5, 5, ".conf") != 0)
                continue;
            byName.emplace(name, joinPath(dir, name)); // emplace keeps the first (most important) directory's
        }
        ::closedir(handle);
    }
    std::vector<ConfigFile> files;
    for (auto& [name, path] : byName)
        files.push_back({ name, path });
    return files;
}

struct BootState
{
    std::vector<PortRange> others; // values other files set (they must survive in ours too)
    std::vector<std::string> overriding; // files applied after ours that set the key too
    std::vector<std::string> notes;
};

BootState readBootState(const std::string& root, const std::string& ourName)
{
    BootState state;
    for (const auto& file : bootFiles(root)) {
        if (file.name == ourName)
            continue;
        std::optional<std::string> content;
        std::string error;
        if (!readRegularFile(file.path, 1 << 20, content, error) || !content)
            continue; // symbolic links (Debian's 99-sysctl.conf) are read below as /etc/sysctl.conf
        for (const auto& a : sysctlAssignments(*content, kReservedPortsKey)) {
            if (auto ranges = parsePortRangeList(a.value))
                state.others.insert(state.others.end(), ranges->begin(), ranges->end());
            else
                state.notes.push_back(file.path + ":" + std::to_string(a.line) + " sets "
                    + std::string(kReservedPortsKey) + " to \"" + a.value
                    + "\", which the kernel will refuse at boot; left alone");
            if (file.name > ourName
                && std::find(state.overriding.begin(), state.overriding.end(), file.path) == state.overriding.end())
                state.overriding.push_back(file.path);
        }
    }
    // procps' `sysctl --system` reads /etc/sysctl.conf last.
    std::optional<std::string> conf;
    std::string error;
    if (readRegularFile(root + "/etc/sysctl.conf", 1 << 20, conf, error) && conf)
        for (const auto& a : sysctlAssignments(*conf, kReservedPortsKey)) {
            if (auto ranges = parsePortRangeList(a.value))
                state.others.insert(state.others.end(), ranges->begin(), ranges->end());
            state.overriding.push_back(root + "/etc/sysctl.conf");
            break;
        }
    for (const auto& path : state.overriding)
        state.notes.push_back(path + " also sets " + std::string(kReservedPortsKey)
            + " and is applied after this file at boot, so its value wins there: add the ports to it as well");
    return state;
}

std::string joinNotes(const std::vector<std::string>& notes)
{
    std::string out;
    for (const auto& n : notes)
        out += (out.empty() ? "" : "; ") + n;
    return out;
}

} // namespace

OperationPreview previewRuntime(const Operation& op)
{
    OperationPreview p;
    p.target = kReservedPortsPath;
    p.effect = "immediate (new automatic port assignments skip these ports)";
    std::string text, error;
    const auto current = currentRuntime(text, error);
    if (!current) {
        p.note = "cannot apply: " + error;
        return p;
    }
    p.before = formatPortRangeList(*current);
    p.after = formatPortRangeList(merged(*current, op.ranges));
    if (p.before == p.after)
        p.note = "already reserved: nothing to change";
    return p;
}

std::string captureRuntime(JournalEntry& entry)
{
    std::string text, error;
    if (!currentRuntime(text, error))
        return error;
    entry.target = kReservedPortsPath;
    entry.hasValue = true;
    entry.existed = true;
    entry.data = text;
    return {};
}

OpOutcome applyRuntime(const Operation& op)
{
    OpOutcome out;
    std::string text, error;
    const auto current = currentRuntime(text, error);
    if (!current) {
        out.message = error;
        return out;
    }
    out.before = formatPortRangeList(*current);
    const auto wanted = merged(*current, op.ranges);
    out.after = formatPortRangeList(wanted);
    if (coversAll(*current, op.ranges)) {
        out.status = EntryStatus::Unchanged;
        out.verified = true;
        out.message = "already reserved";
        return out;
    }
    if (!writeSysctl(out.after + "\n", error)) {
        out.message = error;
        return out;
    }
    std::string readBack;
    const auto now = currentRuntime(readBack, error);
    if (!now) {
        out.message = "written, but reading it back failed: " + error;
        return out;
    }
    out.after = formatPortRangeList(*now);
    out.verified = coversAll(*now, wanted);
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = "read back \"" + out.after + "\", which lacks some of \"" + formatPortRangeList(wanted) + "\"";
    return out;
}

OpOutcome restoreRuntime(const JournalEntry& entry)
{
    OpOutcome out;
    std::string text, error;
    if (readSysctl(text, error))
        out.before = std::string(trim(text));
    const auto previous = parsePortRangeList(trim(entry.data));
    if (!previous) {
        out.message = "the journal's value \"" + std::string(trim(entry.data)) + "\" is not a port list";
        return out;
    }
    // An empty list is written as a lone newline, which the kernel reads as "none reserved".
    std::string value = std::string(trim(entry.data)) + "\n";
    if (!writeSysctl(value, error)) {
        out.message = error;
        return out;
    }
    const auto now = currentRuntime(text, error);
    if (!now) {
        out.message = "written, but reading it back failed: " + error;
        return out;
    }
    out.after = formatPortRangeList(*now);
    out.verified = *now == normalizePortRanges(*previous);
    out.status = out.verified ? EntryStatus::Restored : EntryStatus::Failed;
    if (!out.verified)
        out.message = "read back \"" + out.after + "\" instead of \"" + std::string(trim(entry.data)) + "\"";
    return out;
}

std::string persistentPath(const std::string& root, const std::string& file)
{
    return root + "/etc/sysctl.d/" + file;
}

OperationPreview previewPersistent(const std::string& root, const Operation& op)
{
    OperationPreview p;
    p.target = persistentPath(root, op.file);
    p.effect = "next boot (systemd-sysctl / sysctl --system)";
    std::optional<std::string> existing;
    std::string error, text;
    if (!readRegularFile(p.target, 1 << 20, existing, error)) {
        p.note = "cannot apply: " + error;
        return p;
    }
    const auto runtime = currentRuntime(text, error);
    auto boot = readBootState(root, op.file);
    std::vector<PortRange> base = boot.others;
    if (runtime)
        base.insert(base.end(), runtime->begin(), runtime->end());
    const auto merge = mergeReservedPortsFile(existing, base, op.ranges, p.target);
    if (!merge.error.empty()) {
        p.note = "cannot apply: " + merge.error;
        return p;
    }
    p.before = existing ? *existing : std::string();
    p.after = merge.content;
    if (!existing)
        p.note = "new file";
    if (!merge.changed)
        p.note = "already in place: nothing to change";
    const auto notes = joinNotes(boot.notes);
    if (!notes.empty())
        p.note += (p.note.empty() ? "" : "; ") + notes;
    return p;
}

std::string capturePersistent(const std::string& root, const Operation& op, JournalEntry& entry)
{
    std::optional<std::string> existing;
    std::string error;
    entry.target = persistentPath(root, op.file);
    if (!readRegularFile(entry.target, 1 << 20, existing, error))
        return error;
    // A value we cannot read refuses the whole plan here, before anything changes, rather than failing halfway.
    if (existing)
        for (const auto& a : sysctlAssignments(*existing, kReservedPortsKey))
            if (!parsePortRangeList(a.value))
                return entry.target + ":" + std::to_string(a.line) + ": " + std::string(kReservedPortsKey) + " = \""
                    + a.value + "\" is not a port list Portolan understands; fix or remove that line by hand";
    entry.hasValue = true;
    entry.existed = existing.has_value();
    entry.data = existing.value_or("");
    return {};
}

OpOutcome applyPersistent(const std::string& root, const Operation& op)
{
    OpOutcome out;
    const auto path = persistentPath(root, op.file);
    std::optional<std::string> existing;
    std::string error, text;
    if (!readRegularFile(path, 1 << 20, existing, error)) {
        out.message = error;
        return out;
    }
    out.before = existing.value_or("");
    std::vector<PortRange> base = readBootState(root, op.file).others;
    if (const auto runtime = currentRuntime(text, error))
        base.insert(base.end(), runtime->begin(), runtime->end());
    const auto merge = mergeReservedPortsFile(existing, base, op.ranges, path);
    if (!merge.error.empty()) {
        out.message = merge.error;
        return out;
    }
    out.after = merge.content;
    if (!merge.changed) {
        out.status = EntryStatus::Unchanged;
        out.verified = true;
        out.message = "already in place";
        return out;
    }
    if (!makeDirectories(root + "/etc/sysctl.d", 0755, error) || !writeFileDurably(path, merge.content, 0644, error)) {
        out.message = error;
        return out;
    }
    std::optional<std::string> readBack;
    if (!readRegularFile(path, 1 << 20, readBack, error) || !readBack) {
        out.message = "written, but reading it back failed: " + error;
        return out;
    }
    const auto assignments = sysctlAssignments(*readBack, kReservedPortsKey);
    const auto value = assignments.empty() ? std::nullopt : parsePortRangeList(assignments.back().value);
    out.verified = *readBack == merge.content && value && coversAll(*value, merge.value);
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = "the file read back differs from what was written";
    return out;
}

OpOutcome restorePersistent(const JournalEntry& entry)
{
    OpOutcome out;
    std::optional<std::string> current;
    std::string error;
    if (!readRegularFile(entry.target, 1 << 20, current, error)) {
        out.message = error;
        return out;
    }
    out.before = current.value_or("");
    const bool ok = entry.existed ? writeFileDurably(entry.target, entry.data, 0644, error)
                                  : removeFileDurably(entry.target, error);
    if (!ok) {
        out.message = error;
        return out;
    }
    std::optional<std::string> readBack;
    if (!readRegularFile(entry.target, 1 << 20, readBack, error)) {
        out.message = "restored, but reading it back failed: " + error;
        return out;
    }
    out.after = readBack.value_or("");
    out.verified = entry.existed ? (readBack && *readBack == entry.data) : !readBack;
    out.status = out.verified ? EntryStatus::Restored : EntryStatus::Failed;
    out.message = entry.existed ? "previous contents restored" : "file removed (it did not exist before)";
    if (!out.verified)
        out.message = "the file read back differs from the journal's copy";
    return out;
}

} // namespace portolan::conflicts::linux_ops
