// Restarting a systemd unit so that it lets go of a port (the squatter) or takes it (the victim). Each restart
// first checks who holds the port now, so applying the same plan twice restarts nothing the second time.

#include "linux_ops.h"

#include "posix_process.h"

#include "../snapshot_engine.h"
#include "../text_util.h"

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace portolan::conflicts::linux_ops {

namespace {

std::string systemctl()
{
    return findProgram({ "/usr/bin/systemctl", "/bin/systemctl" });
}

// The units of the processes that hold (protocol, port) right now.
std::vector<std::string> holdingUnits(const Operation& op, std::string& error)
{
    std::vector<std::string> units;
    auto engine = createPlatformEngine();
    const Snapshot snapshot = engine->take();
    for (const auto& e : snapshot.endpoints) {
        if (e.protocol != op.protocol || e.localPort != op.port || e.state == SocketState::TimeWait
            || e.ownerStatus != OwnerStatus::Resolved)
            continue;
        const auto unit = unitOfPid(e.pid);
        units.push_back(unit.empty() ? "pid " + std::to_string(e.pid) : unit);
    }
    return units;
}

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    for (const auto& x : list)
        if (x == item)
            return true;
    return false;
}

std::string describePort(const Operation& op)
{
    return std::string(protocolName(op.protocol)) + " " + std::to_string(op.port);
}

} // namespace

std::string unitOfPid(std::uint32_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/cgroup");
    std::string line, unit;
    while (std::getline(in, line)) {
        // "0::/system.slice/named.service" (v2) or "1:name=systemd:/system.slice/named.service" (v1).
        const auto colon = line.rfind(':');
        if (colon == std::string::npos)
            continue;
        for (auto part : split(std::string_view(line).substr(colon + 1), '/')) {
            if (part.size() > 8 && part.substr(part.size() - 8) == ".service")
                unit = std::string(part);
        }
        if (!unit.empty())
            break;
    }
    return unit;
}

bool unitInstalled(const std::string& root, const std::string& unit)
{
    // A template instance ("dirsrv@main.service") is installed as its template ("dirsrv@.service").
    std::string file = unit;
    if (const auto at = unit.find('@'); at != std::string::npos)
        file = unit.substr(0, at + 1) + ".service";
    for (const char* dir : { "/etc/systemd/system/", "/run/systemd/system/", "/usr/local/lib/systemd/system/",
             "/usr/lib/systemd/system/", "/lib/systemd/system/" })
        if (::access((root + dir + file).c_str(), F_OK) == 0)
            return true;
    return false;
}

OperationPreview previewRestart(const Operation& op)
{
    OperationPreview p;
    p.target = op.name;
    p.effect = "service restart";
    if (op.role == RestartRole::Squatter) {
        p.before = "holds " + describePort(op);
        p.after = "restarted; the port is free for its owner";
        p.note = "restarted only while it still holds the port";
    } else {
        p.before = "does not hold " + describePort(op);
        p.after = "restarted; binds " + describePort(op);
        p.note = "restarted only while it does not hold the port";
    }
    if (systemctl().empty())
        p.note = "cannot apply: systemctl not found";
    return p;
}

OpOutcome applyRestart(const Operation& op)
{
    OpOutcome out;
    std::string error;
    const auto holders = holdingUnits(op, error);
    const bool holds = contains(holders, op.name);
    std::string held;
    for (const auto& h : holders)
        held += (held.empty() ? "" : ", ") + h;
    out.before = held.empty() ? "nobody holds " + describePort(op) : describePort(op) + " held by " + held;
    if (op.role == RestartRole::Squatter && !holds) {
        out.status = EntryStatus::Skipped;
        out.verified = true;
        out.message = op.name + " no longer holds " + describePort(op) + ": not restarted";
        return out;
    }
    if (op.role == RestartRole::Victim && holds) {
        out.status = EntryStatus::Skipped;
        out.verified = true;
        out.message = op.name + " already holds " + describePort(op) + ": not restarted";
        return out;
    }
    // Only a restart that is still needed needs systemd: re-applying a plan on a host without it (a container,
    // the fresh-machine check's chroot) skips what is already done instead of failing.
    const auto program = systemctl();
    if (program.empty()) {
        out.message = "systemctl not found (/usr/bin/systemctl, /bin/systemctl)";
        return out;
    }
    const auto run = runProgram({ program, "restart", "--", op.name }, std::chrono::seconds(120));
    if (!run.started || run.timedOut || run.exitCode != 0) {
        out.message = "systemctl restart " + op.name + " failed"
            + (run.timedOut ? std::string(" (timed out)")
                            : ": " + (run.started ? std::string(trim(run.output)) : run.error));
        return out;
    }
    const auto active = runProgram({ program, "is-active", "--quiet", "--", op.name }, std::chrono::seconds(30));
    out.verified = active.started && active.exitCode == 0;
    out.after = out.verified ? "active" : "not active";
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = op.name + " is not active after the restart";
    return out;
}

} // namespace portolan::conflicts::linux_ops
