#include "plan_builder.h"

#include <algorithm>
#include <set>

namespace portolan::conflicts {

namespace {

struct Restart
{
    std::string name;
    Protocol protocol;
    std::uint16_t port;
};

struct Gathered
{
    std::vector<PortRange> reserve[2]; // per protocol (0 TCP, 1 UDP)
    std::vector<PortRange> dnsExclude;
    std::vector<Restart> squatters;
    std::vector<Restart> victims;
    std::vector<std::string> notes;
};

void addRestart(std::vector<Restart>& list, Restart r)
{
    for (const auto& x : list)
        if (x.name == r.name)
            return;
    list.push_back(std::move(r));
}

void addNote(std::vector<std::string>& notes, std::string note)
{
    if (std::find(notes.begin(), notes.end(), note) == notes.end())
        notes.push_back(std::move(note));
}

void gather(const Finding& f, const PlanRequest& request, OperationExecutor& executor, Gathered& g)
{
    for (const auto& fix : f.fixes) {
        switch (fix.kind) {
        case FixKind::ReservePorts: {
            auto& list = g.reserve[fix.protocol == Protocol::Tcp ? 0 : 1];
            list.insert(list.end(), fix.ports.begin(), fix.ports.end());
            break;
        }
        case FixKind::ExcludeFromDnsPool:
            g.dnsExclude.insert(g.dnsExclude.end(), fix.ports.begin(), fix.ports.end());
            break;
        case FixKind::RestartHolder: {
            if (!request.restarts || fix.ports.empty())
                break;
            const auto name = executor.serviceOfProcess(fix.pid, fix.services);
            const std::string what = std::string(protocolName(fix.protocol)) + " " + formatPortRange(fix.ports.front());
            const bool valid = !name.empty()
                && (executor.platform() == Platform::Linux ? checkUnitName(name) : checkServiceName(name)).empty();
            if (valid)
                addRestart(g.squatters, { name, fix.protocol, fix.ports.front().first });
            else
                addNote(g.notes,
                    "pid " + std::to_string(fix.pid) + " holds " + what
                        + " outside any service Portolan can restart: restart or stop it yourself so that it lets go "
                          "of the port (once reserved, the system no longer hands the port out; a program that "
                          "picks the port number itself still can)");
            break;
        }
        case FixKind::RestartService: {
            if (!request.restarts || fix.ports.empty())
                break;
            std::string installed;
            for (const auto& s : fix.services)
                if (executor.serviceInstalled(s)) {
                    installed = s;
                    break;
                }
            if (!installed.empty())
                addRestart(g.victims, { installed, fix.protocol, fix.ports.front().first });
            break;
        }
        }
    }
}

Operation rangesOp(OpKind kind, std::vector<PortRange> ranges)
{
    Operation op;
    op.kind = kind;
    op.ranges = normalizePortRanges(std::move(ranges));
    return op;
}

Operation restartOp(OpKind kind, const Restart& r, RestartRole role)
{
    Operation op;
    op.kind = kind;
    op.name = r.name;
    op.protocol = r.protocol;
    op.port = r.port;
    op.role = role;
    return op;
}

} // namespace

PlanBuild buildPlan(const FindingReport& report, const PlanRequest& request, OperationExecutor& executor)
{
    PlanBuild out;
    const Platform platform = executor.platform();
    if (report.platform && *report.platform != platform) {
        out.error = "the findings are for " + std::string(platformName(*report.platform))
            + "; a plan can only be made for the machine it runs on (" + std::string(platformName(platform)) + ")";
        return out;
    }
    std::vector<const Finding*> selected;
    if (request.all) {
        for (const auto& f : report.findings)
            if (!f.fixes.empty())
                selected.push_back(&f);
    }
    for (const auto& id : request.findingIds) {
        const auto it = std::find_if(
            report.findings.begin(), report.findings.end(), [&](const Finding& f) { return f.id == id; });
        if (it == report.findings.end()) {
            std::string known;
            for (const auto& f : report.findings)
                known += "\n  " + f.id;
            out.error = "no finding \"" + id + "\" on this snapshot"
                + (known.empty() ? std::string(" (there are no findings)") : ":" + known);
            return out;
        }
        if (std::find(selected.begin(), selected.end(), &*it) == selected.end())
            selected.push_back(&*it);
    }

    Gathered g;
    for (const auto* f : selected)
        gather(*f, request, executor, g);

    Plan plan;
    plan.platform = platform;
    plan.host = request.host;
    plan.createdAt = request.createdAt;
    for (const auto* f : selected)
        plan.findings.push_back(f->id);
    std::vector<PortRange> anyProtocol = g.reserve[0];
    anyProtocol.insert(anyProtocol.end(), g.reserve[1].begin(), g.reserve[1].end());

    if (platform == Platform::Linux) {
        // ip_local_reserved_ports covers TCP and UDP alike.
        if (!anyProtocol.empty()) {
            plan.operations.push_back(rangesOp(OpKind::LinuxReservedPortsRuntime, anyProtocol));
            auto persistent = rangesOp(OpKind::LinuxReservedPortsPersistent, anyProtocol);
            persistent.file = request.sysctlFile;
            plan.operations.push_back(persistent);
            addNote(plan.consequences.notes,
                "ip_local_reserved_ports keeps the kernel from handing these ports out (bind to port 0, outbound "
                "connections); a program that picks a port number itself (unbound's outgoing-port-permit, a pool "
                "with its own range) can still take it and needs its own avoid list");
        }
        for (const auto& s : g.squatters)
            plan.operations.push_back(restartOp(OpKind::LinuxRestartUnit, s, RestartRole::Squatter));
        for (const auto& v : g.victims)
            plan.operations.push_back(restartOp(OpKind::LinuxRestartUnit, v, RestartRole::Victim));
    } else {
        const bool legacy = executor.legacyStack();
        if (!anyProtocol.empty() && (legacy || request.reservedPortsOnVista)) {
            plan.operations.push_back(rangesOp(OpKind::WindowsReservedPorts, anyProtocol));
            addNote(plan.consequences.notes,
                "ReservedPorts is read when TCP/IP starts: restart the computer (KB 812873). The entries already there "
                "are kept; the new ranges are added after them (KB 956188: add, do not replace)");
        }
        if (!g.dnsExclude.empty()) {
            plan.operations.push_back(rangesOp(OpKind::WindowsDnsPoolExcluded, g.dnsExclude));
            addNote(plan.consequences.notes,
                "SocketPoolExcludedPortRanges is honoured from Windows Server 2008 R2 on and read when the DNS "
                "service starts");
        }
        if (request.socketPoolSize) {
            Operation op;
            op.kind = OpKind::WindowsDnsPoolSize;
            op.value = *request.socketPoolSize;
            plan.operations.push_back(op);
            addNote(plan.consequences.notes,
                "a smaller SocketPoolSize makes the DNS server's source ports easier to guess (the cache-poisoning "
                "defence of MS08-037 / KB 953230); it takes effect when the DNS service restarts");
        }
        if (request.deleteMaxUserPort) {
            Operation op;
            op.kind = OpKind::WindowsDeleteMaxUserPort;
            plan.operations.push_back(op);
            addNote(plan.consequences.notes,
                "deleting MaxUserPort returns Windows Server 2003 to the 1024-5000 dynamic range and its DNS pool to "
                "49152-65535 (KB 956188). SBS set it on purpose for Exchange and ISA, and some advise keeping it: one "
                "administrator deleted it and saw no ill effect in 22 months on small servers, but a busy server may "
                "run short of outbound ports. Needs a restart of the computer");
        }
        for (const auto& s : g.squatters)
            plan.operations.push_back(restartOp(OpKind::WindowsRestartService, s, RestartRole::Squatter));
        if (!legacy) {
            // After the squatter's restart: an exclusion cannot be added while a port in it is in use.
            for (int p = 0; p < 2; ++p)
                if (!g.reserve[p].empty()) {
                    auto op = rangesOp(OpKind::WindowsExcludedPortRange, g.reserve[p]);
                    op.protocol = p == 0 ? Protocol::Tcp : Protocol::Udp;
                    plan.operations.push_back(op);
                }
        }
        for (const auto& v : g.victims)
            plan.operations.push_back(restartOp(OpKind::WindowsRestartService, v, RestartRole::Victim));
    }
    for (auto& note : g.notes)
        addNote(plan.consequences.notes, std::move(note));

    if (plan.operations.empty()) {
        out.error
            = selected.empty() ? "nothing selected to fix" : "the selected findings need no change on this machine";
        return out;
    }
    if (plan.operations.size() > kMaxOperations) {
        out.error = "the plan would need more than " + std::to_string(kMaxOperations)
            + " operations; fix fewer findings at once";
        return out;
    }
    for (auto& op : plan.operations) {
        if (auto problem = checkOperation(op); !problem.empty()) {
            out.error = std::string(opName(op.kind)) + ": " + problem;
            return out;
        }
        op.preview = executor.preview(op);
        if (op.preview.target.empty())
            op.preview.target = executor.targetOf(op);
        if (op.preview.note.rfind("cannot apply", 0) == 0)
            addNote(plan.consequences.notes, op.preview.target + ": " + op.preview.note);
        if (op.kind == OpKind::WindowsReservedPorts || op.kind == OpKind::WindowsDeleteMaxUserPort)
            plan.consequences.reboot = true;
        if (isRestartOp(op.kind))
            plan.consequences.restarts.push_back(op.name);
    }
    out.plan = std::move(plan);
    return out;
}

} // namespace portolan::conflicts
