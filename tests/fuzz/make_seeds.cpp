// Writes the seed corpora of the fuzz targets that no fixture file holds: fix plans and journals of every
// operation kind (through the real writers, so seeds are valid documents the fuzzer mutates from), sysctl.d
// files, and sock_diag reply batches recorded from this machine's kernel (a real dump through the receive seam).
// Usage: make_seeds OUTPUT_DIR   (creates OUTPUT_DIR/<target>/...)
#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"
#include "core/linux/netlink_sock_diag.h"
#include "core/recording.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <vector>

namespace fs = std::filesystem;
using namespace portolan;
using namespace portolan::conflicts;

namespace {

void write(const fs::path& file, std::string_view bytes)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<Operation> everyOperation()
{
    std::vector<Operation> ops;
    auto add = [&](OpKind kind) -> Operation& {
        ops.push_back({});
        ops.back().kind = kind;
        return ops.back();
    };
    add(OpKind::LinuxReservedPortsRuntime).ranges = { { 1812, 1813 }, { 2883, 2883 } };
    auto& persistent = add(OpKind::LinuxReservedPortsPersistent);
    persistent.ranges = { { 1645, 1646 } };
    persistent.file = std::string(kDefaultSysctlFile);
    auto& unit = add(OpKind::LinuxRestartUnit);
    unit.name = "named.service";
    unit.port = 1812;
    add(OpKind::WindowsReservedPorts).ranges = { { 4500, 4500 } };
    auto& excluded = add(OpKind::WindowsExcludedPortRange);
    excluded.ranges = { { 3343, 3343 } };
    excluded.protocol = Protocol::Tcp;
    add(OpKind::WindowsDnsPoolExcluded).ranges = { { 1701, 1701 } };
    add(OpKind::WindowsDnsPoolSize).value = 2500;
    add(OpKind::WindowsDeleteMaxUserPort);
    auto& service = add(OpKind::WindowsRestartService);
    service.name = "DNS";
    service.role = RestartRole::Victim;
    service.port = 53;
    for (auto& op : ops)
        op.preview = { "target", "before", "after", "immediate", "" };
    return ops;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_seeds OUTPUT_DIR\n";
        return 2;
    }
    const fs::path out = argv[1];
    const auto ops = everyOperation();

    for (const auto platform : { Platform::Linux, Platform::Windows }) {
        Plan plan;
        plan.platform = platform;
        plan.host = "seed";
        plan.createdAt = "2026-12-05T00:00:00Z";
        plan.findings = { "conflict:radius-auth:udp/1812" };
        for (const auto& op : ops)
            if (opPlatform(op.kind) == platform)
                plan.operations.push_back(op);
        const std::string name = platform == Platform::Linux ? "linux" : "windows";
        write(out / "fuzz_plan_json" / (name + ".json"), writePlanJson(plan));

        Journal journal;
        journal.platform = platform;
        journal.plan = "/root/plan.json";
        journal.startedAt = plan.createdAt;
        for (std::size_t i = 0; i < plan.operations.size(); ++i) {
            JournalEntry entry;
            entry.index = i;
            entry.operation = plan.operations[i];
            entry.operation.preview = {};
            entry.target = "target";
            entry.hasValue = i % 2 == 0;
            entry.existed = true;
            entry.data = "1812-1813\n2883";
            entry.status = EntryStatus::Applied;
            journal.entries.push_back(entry);
        }
        write(out / "fuzz_journal_json" / (name + ".json"), writeJournalJson(journal));
    }

    write(out / "fuzz_sysctl_conf" / "reserved.conf",
        "# kept\nnet.ipv4.ip_local_reserved_ports = 1812-1813,2883\n; other\nnet/ipv4/ip_local_port_range=1024 65000\n"
        "-net.ipv4.ip_local_reserved_ports=4500\n");

    // A real dump of each table, batch by batch, as the kernel sent it.
    int batches = 0;
    linux_backend::NetlinkSockDiag netlink([&](int fd, char* buffer, std::size_t size) -> ssize_t {
        const ssize_t received = ::recv(fd, buffer, size, 0);
        if (received > 0)
            write(out / "fuzz_netlink_batch" / ("kernel-" + std::to_string(batches++) + ".bin"),
                std::string_view(buffer, static_cast<std::size_t>(received)));
        return received;
    });
    Snapshot snapshot;
    for (const auto family : { Family::IPv4, Family::IPv6 })
        for (const auto protocol : { Protocol::Tcp, Protocol::Udp }) {
            std::string error;
            if (!netlink.dump(family, protocol, snapshot.endpoints, error))
                std::cerr << "make_seeds: no sock_diag seed: " << error << "\n";
        }
    std::cout << "make_seeds: " << batches << " sock_diag batches\n";

    // A recording of this machine: a full frame, then one with every other endpoint gone (removals and upserts).
    fs::create_directories(out / "fuzz_recording");
    RecordingWriter recording;
    std::string error;
    if (!recording.open((out / "fuzz_recording" / "machine.rec").string(), error)) {
        std::cerr << "make_seeds: " << error << "\n";
        return 1;
    }
    recording.append(snapshot);
    for (std::size_t i = 0; i < snapshot.endpoints.size(); i += 2)
        snapshot.endpoints[i].localPort ^= 1;
    recording.append(snapshot);
    recording.close();
    return 0;
}
