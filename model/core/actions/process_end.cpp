// The platform-neutral half of process_end.h: what Portolan refuses to end, and the description a confirmation
// shows.

#include "process_end.h"

#include <algorithm>

namespace portolan::actions {

std::string refusalReason(std::uint32_t pid)
{
    switch (pid) {
    case 0:
        return "PID 0 is not a process that can be ended (the kernel's idle task; Windows' System Idle Process)";
    case 1:
        return "PID 1 is the init process (systemd): ending it brings the whole system down";
    case 4:
        return "PID 4 is Windows' System process (on Linux a kernel thread): Portolan does not end it";
    default:
        break;
    }
    if (pid == currentProcessId())
        return "PID " + std::to_string(pid) + " is this Portolan process itself";
    return {};
}

ProcessDescription describeProcess(std::uint32_t pid, const Snapshot* snapshot)
{
    ProcessDescription d;
    d.pid = pid;
    d.refusal = refusalReason(pid);
    const ProcessInfo* listed = snapshot ? snapshot->process(pid) : nullptr;
    d.info = readProcess(pid);
    d.exists = d.info != nullptr;
    // The snapshot's details and sockets are this process's only when it is the same process (same start time):
    // a PID can be reused after the snapshot was taken.
    const bool same = listed && (!d.info || d.info->startTime == 0 || listed->startTime == d.info->startTime);
    if (!d.info && listed)
        d.info = snapshot->processes.at(pid); // gone: its name still helps the message
    if (same && snapshot && d.exists) {
        d.endpoints = static_cast<std::size_t>(std::count_if(snapshot->endpoints.begin(), snapshot->endpoints.end(),
            [pid](const Endpoint& e) { return e.pid == pid && e.ownerStatus == OwnerStatus::Resolved; }));
        if (d.info->services.empty() && !listed->services.empty()) {
            auto merged = std::make_shared<ProcessInfo>(*d.info);
            merged->services = listed->services;
            d.info = std::move(merged);
        }
    }
    return d;
}

std::string ProcessDescription::name() const
{
    return info && !info->name.empty() ? info->name : "PID " + std::to_string(pid);
}

std::string ProcessDescription::details() const
{
    std::string out;
    auto line = [&out](const char* label, const std::string& value) {
        out += "  ";
        out += label;
        out.append(11 - std::char_traits<char>::length(label), ' ');
        out += value;
        out += '\n';
    };
    line("process:", name() + " (PID " + std::to_string(pid) + ")" + (exists ? "" : ", no longer running"));
    if (info) {
        if (!info->executablePath.empty())
            line("path:", info->executablePath);
        else if (info->accessDenied)
            line("path:", "(not readable without elevation)");
        if (!info->commandLine.empty())
            line("command:", info->commandLine);
        if (!info->user.empty())
            line("user:", info->user);
        std::string services;
        for (const auto& s : info->services)
            services += (services.empty() ? "" : ", ") + s;
        line("services:", services.empty() ? "none" : services);
    }
    line("endpoints:", std::to_string(endpoints));
    if (!refusal.empty())
        line("refused:", refusal);
    return out;
}

} // namespace portolan::actions
