#include "snapshot_text.h"

#include "service_names.h"

#include <algorithm>
#include <array>

namespace portolan {

std::string ownerLabel(const Endpoint& e, const Snapshot& snapshot)
{
    switch (e.ownerStatus) {
    case OwnerStatus::Resolved:
        if (const auto* p = snapshot.process(e.pid))
            return p->displayName();
        return "[pid " + std::to_string(e.pid) + "]";
    case OwnerStatus::Kernel:
        if (e.state == SocketState::TimeWait)
            return "[time wait]";
        return e.pid == 4 ? "System" : "[system]";
    case OwnerStatus::AccessDenied:
        return "[access denied]";
    case OwnerStatus::Unknown:
        break;
    }
    return "[unknown]";
}

namespace {
std::string pidText(const Endpoint& e)
{
    return e.ownerStatus == OwnerStatus::Resolved || e.pid ? std::to_string(e.pid) : std::string("-");
}
std::string userText(const Endpoint& e, const Snapshot& snapshot)
{
    if (const auto* p = e.ownerStatus == OwnerStatus::Resolved ? snapshot.process(e.pid) : nullptr;
        p && !p->user.empty())
        return p->user;
    if (auto it = snapshot.userNames.find(e.uid); it != snapshot.userNames.end())
        return it->second;
    return {};
}
} // namespace

void writeSnapshotTable(const Snapshot& snapshot, std::ostream& out)
{
    constexpr std::size_t kColumns = 9;
    const std::array<std::string, kColumns> header { "Proto", "Local Address", "Port", "Remote Address", "Port",
        "State", "PID", "User", "Process" };
    std::vector<std::array<std::string, kColumns>> rows;
    rows.reserve(snapshot.endpoints.size());
    std::array<std::size_t, kColumns> width {};
    for (std::size_t c = 0; c < kColumns; ++c)
        width[c] = header[c].size();
    for (const auto& e : snapshot.endpoints) {
        std::array<std::string, kColumns> row {
            std::string(protocolName(e.protocol)) + (e.family() == Family::IPv6 ? "6" : ""), e.localAddress.toString(),
            std::to_string(e.localPort), e.remoteAddress.toString(), std::to_string(e.remotePort),
            std::string(stateName(e.state)), pidText(e), userText(e, snapshot), ownerLabel(e, snapshot)
        };
        for (std::size_t c = 0; c + 1 < kColumns; ++c)
            width[c] = std::max(width[c], row[c].size());
        rows.push_back(std::move(row));
    }
    auto print = [&](const std::array<std::string, kColumns>& row) {
        std::string line;
        for (std::size_t c = 0; c < kColumns; ++c) {
            line += row[c];
            if (c + 1 < kColumns)
                line.append(width[c] - row[c].size() + 2, ' ');
        }
        out << line << '\n';
    };
    print(header);
    for (const auto& row : rows)
        print(row);
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

void writeSnapshotCsv(const Snapshot& snapshot, std::ostream& out)
{
    out << "protocol,family,local_address,local_port,remote_address,remote_port,state,pid,process,owner,user,"
           "service,inode\n";
    const auto& services = ServiceNames::system();
    for (const auto& e : snapshot.endpoints) {
        out << (e.protocol == Protocol::Tcp ? "tcp" : "udp") << ',' << (e.family() == Family::IPv4 ? "ipv4" : "ipv6")
            << ',' << e.localAddress.toString() << ',' << e.localPort << ',' << e.remoteAddress.toString() << ','
            << e.remotePort << ',' << stateName(e.state) << ',' << (pidText(e) == "-" ? "" : pidText(e)) << ','
            << csvField(ownerLabel(e, snapshot)) << ',' << ownerStatusName(e.ownerStatus) << ','
            << csvField(userText(e, snapshot)) << ',' << csvField(services.name(e.protocol, e.localPort)) << ','
            << e.inode << '\n';
    }
}

} // namespace portolan
