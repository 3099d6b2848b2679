// bench_import: how fast captures import. Generates 100,000-row captures in a temporary directory (netstat
// -anob in UTF-8 and in UTF-16LE as PowerShell redirection writes it, ss -tuanp, Portolan JSON and CSV), imports
// each three times and prints the best run as a table (MB/s of file bytes, rows/s of loaded endpoints).
//
//   bench_import [ROWS]

#include "core/import/capture_import.h"
#include "core/logging.h"
#include "core/snapshot_json.h"
#include "core/snapshot_text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace portolan;

namespace {

std::string ipv4(std::mt19937& random)
{
    return std::to_string(random() % 223 + 1) + "." + std::to_string(random() % 256) + "."
        + std::to_string(random() % 256) + "." + std::to_string(random() % 254 + 1);
}

std::string netstatAnob(std::size_t rows)
{
    std::mt19937 random(42);
    static const char* images[] = { "svchost.exe", "chrome.exe", "msedge.exe", "Teams.exe", "OneDrive.exe" };
    static const char* services[] = { "RpcSs", "Dnscache", "CDPSvc", "iphlpsvc", "EventLog" };
    std::string out = "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State      "
                      "     PID\r\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const auto pid = 1000 + random() % 4000;
        if (i % 10 == 9) {
            out += "  UDP    0.0.0.0:" + std::to_string(1024 + i % 60000)
                + "         *:*                                    " + std::to_string(pid) + "\r\n";
        } else {
            out += "  TCP    10.0.0.5:" + std::to_string(1024 + i % 60000) + "       " + ipv4(random) + ":443     "
                + (i % 7 == 0 ? "TIME_WAIT       0" : "ESTABLISHED     " + std::to_string(pid)) + "\r\n";
        }
        if (i % 3 == 0)
            out += "  " + std::string(services[random() % 5]) + "\r\n";
        out += " [" + std::string(images[random() % 5]) + "]\r\n";
    }
    return out;
}

std::string utf16le(const std::string& ascii)
{
    std::string out = "\xFF\xFE";
    out.reserve(ascii.size() * 2 + 2);
    for (char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

std::string ssTuanp(std::size_t rows)
{
    std::mt19937 random(7);
    std::string out = "Netid State  Recv-Q Send-Q   Local Address:Port     Peer Address:Port Process\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const auto pid = 1000 + random() % 4000;
        out += "tcp   ESTAB  0      0          10.0.0.5:" + std::to_string(1024 + i % 60000) + "      " + ipv4(random)
            + ":443  users:((\"worker\",pid=" + std::to_string(pid) + ",fd=" + std::to_string(random() % 900 + 3)
            + ")) uid:1000 ino:" + std::to_string(100000 + i) + " sk:" + std::to_string(i) + " <->\n";
    }
    return out;
}

Snapshot snapshotOf(std::size_t rows)
{
    std::mt19937 random(3);
    Snapshot s;
    s.meta.hostname = "bench";
    s.meta.os = "linux";
    for (std::uint32_t pid = 1000; pid < 1100; ++pid) {
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        p->name = "worker-" + std::to_string(pid);
        p->user = "svc";
        s.processes[pid] = p;
    }
    for (std::size_t i = 0; i < rows; ++i) {
        Endpoint e;
        e.protocol = i % 10 == 9 ? Protocol::Udp : Protocol::Tcp;
        e.localAddress = IpAddress::v4(10, 0, 0, 5);
        e.localPort = static_cast<std::uint16_t>(1024 + i % 60000);
        e.remoteAddress = *IpAddress::parse(ipv4(random));
        e.remotePort = 443;
        e.state = e.protocol == Protocol::Udp ? SocketState::Bound : SocketState::Established;
        e.pid = 1000 + random() % 100;
        e.ownerStatus = OwnerStatus::Resolved;
        e.inode = 100000 + i;
        s.endpoints.push_back(e);
    }
    return s;
}

struct Case
{
    std::string name;
    std::string bytes;
};

} // namespace

int main(int argc, char** argv)
{
    log::setLevel("warn"); // one info line per import would interleave with the table
    const std::size_t rows = argc > 1 ? std::stoul(argv[1]) : 100000;
    const auto dir
        = std::filesystem::temp_directory_path() / ("portolan-bench-import-" + std::to_string(std::random_device()()));
    std::filesystem::create_directories(dir);

    std::vector<Case> cases;
    const auto anob = netstatAnob(rows);
    cases.push_back({ "netstat -anob (utf-8, CRLF)", anob });
    cases.push_back({ "netstat -anob (utf-16le-bom)", utf16le(anob) });
    cases.push_back({ "ss -tuanp (utf-8)", ssTuanp(rows) });
    const auto snapshot = snapshotOf(rows);
    cases.push_back({ "portolan json", writeSnapshotJson(snapshot) });
    std::ostringstream csv;
    writeSnapshotCsv(snapshot, csv);
    cases.push_back({ "portolan csv", csv.str() });

    std::printf("%-30s %9s %9s %9s %9s %12s\n", "capture", "MB", "rows", "seconds", "MB/s", "rows/s");
    int status = 0;
    for (const auto& c : cases) {
        const auto path = (dir / "capture").string();
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out.write(c.bytes.data(), static_cast<std::streamsize>(c.bytes.size()));
        }
        double best = 1e9;
        std::size_t loaded = 0, skipped = 0;
        for (int run = 0; run < 3; ++run) {
            const auto start = std::chrono::steady_clock::now();
            const auto result = importCaptureFile(path);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            if (result.failed()) {
                std::fprintf(stderr, "%s: %s\n", c.name.c_str(), result.fatal.c_str());
                break;
            }
            loaded = result.summary.rowsLoaded;
            skipped = result.summary.rowsSkipped;
        }
        const double mb = static_cast<double>(c.bytes.size()) / 1e6;
        std::printf("%-30s %9.1f %9zu %9.3f %9.1f %12.0f\n", c.name.c_str(), mb, loaded, best, mb / best,
            static_cast<double>(loaded) / best);
        if (loaded != rows || skipped) {
            std::fprintf(
                stderr, "%s: expected %zu rows, loaded %zu, skipped %zu\n", c.name.c_str(), rows, loaded, skipped);
            status = 1;
        }
    }
    std::error_code error;
    std::filesystem::remove_all(dir, error);
    return status;
}
