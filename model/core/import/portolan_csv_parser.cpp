// Portolan's own CSV (writeSnapshotCsv, README "CSV"):
//
//   protocol,family,local_address,local_port,remote_address,remote_port,state,pid,process,owner,user,service,inode
//   tcp,ipv4,0.0.0.0,135,0.0.0.0,0,LISTEN,1712,"RpcSs, EventLog [svchost.exe]",resolved,,epmap,0
//
// Columns are found by header name. "process" is the owner label ownerLabel() wrote: a display name
// ("Dnscache [svchost.exe]") for resolved owners, a bracketed label otherwise; it is split back into name and
// services. The CSV has no uid column, so a user name can only go back onto a resolved process; rows without an
// owner lose theirs, and the extra-owner count is not in the CSV either.

#include "parsers.h"

#include "endpoint_text.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <array>
#include <charconv>

namespace portolan::capture {

namespace {

enum class Col : std::uint8_t {
    Protocol,
    Family,
    LocalAddress,
    LocalPort,
    RemoteAddress,
    RemotePort,
    State,
    Pid,
    Process,
    Owner,
    User,
    Service,
    Inode,
    Count
};

constexpr std::string_view kNames[] = { "protocol", "family", "local_address", "local_port", "remote_address",
    "remote_port", "state", "pid", "process", "owner", "user", "service", "inode" };

class PortolanCsvParser final : public LineParser
{
public:
    PortolanCsvParser() { m_index.fill(-1); }

    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        if (m_record.open()) {
            if (const auto record = m_record.add(line, ctx))
                parseRecord(*record, ctx);
            return;
        }
        if (trim(line).empty()) {
            ctx.notRow("blank");
            return;
        }
        if (m_record.start(line, ctx))
            return;
        parseRecord(line, ctx);
    }

    void finish(ImportContext& ctx) override { m_record.finish(ctx); }

private:
    void parseRecord(std::string_view text, ImportContext& ctx)
    {
        if (!splitCsv(text, ',', m_fields)) {
            ctx.skipRow("unclosed quote in \"" + shortenForMessage(text) + "\"");
            return;
        }
        if (m_fields[0] == "protocol") {
            m_index.fill(-1);
            for (std::size_t i = 0; i < m_fields.size(); ++i)
                for (std::size_t c = 0; c < std::size(kNames); ++c)
                    if (m_fields[i] == kNames[c])
                        m_index[c] = static_cast<int>(i);
            ctx.notRow("column header");
            return;
        }
        if (m_index[0] < 0) {
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\" (no CSV header before it)");
            return;
        }
        auto field = [&](Col c) -> std::string_view {
            const auto i = m_index[static_cast<int>(c)];
            return i >= 0 && static_cast<std::size_t>(i) < m_fields.size() ? std::string_view(m_fields[i])
                                                                           : std::string_view();
        };
        Endpoint e;
        const auto protocol = parseProtocol(field(Col::Protocol));
        if (!protocol) {
            ctx.skipRow("unknown protocol \"" + shortenForMessage(field(Col::Protocol)) + "\"");
            return;
        }
        e.protocol = *protocol;
        const auto family = field(Col::Family) == "ipv6" ? Family::IPv6 : Family::IPv4;
        bool wildcard = false;
        const auto local = parseAddressText(field(Col::LocalAddress), family, wildcard);
        if (!local) {
            ctx.skipRow("bad local address \"" + shortenForMessage(field(Col::LocalAddress)) + "\"");
            return;
        }
        const auto remote = parseAddressText(field(Col::RemoteAddress), family, wildcard);
        if (!remote) {
            ctx.skipRow("bad remote address \"" + shortenForMessage(field(Col::RemoteAddress)) + "\"");
            return;
        }
        if (local->family != family && !field(Col::Family).empty()) {
            ctx.skipRow("address \"" + shortenForMessage(field(Col::LocalAddress)) + "\" is not "
                + std::string(field(Col::Family)));
            return;
        }
        e.localAddress = *local;
        e.remoteAddress = *remote;
        const auto localPort = parseUnsigned(field(Col::LocalPort));
        const auto remotePort = parseUnsigned(field(Col::RemotePort));
        if (!localPort || *localPort > 65535 || !remotePort || *remotePort > 65535) {
            ctx.skipRow(
                "bad port \"" + shortenForMessage(localPort ? field(Col::RemotePort) : field(Col::LocalPort)) + "\"");
            return;
        }
        e.localPort = static_cast<std::uint16_t>(*localPort);
        e.remotePort = static_cast<std::uint16_t>(*remotePort);
        const auto state = parseStateName(field(Col::State));
        if (!state) {
            ctx.skipRow("unknown state \"" + shortenForMessage(field(Col::State)) + "\"");
            return;
        }
        e.state = *state;
        if (!field(Col::Inode).empty()) {
            std::uint64_t inode = 0;
            const auto text = field(Col::Inode);
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), inode);
            if (ec != std::errc {} || end != text.data() + text.size()) {
                ctx.skipRow("bad inode \"" + shortenForMessage(text) + "\"");
                return;
            }
            e.inode = inode;
        }
        if (!field(Col::Pid).empty()) {
            const auto pid = parseUnsigned(field(Col::Pid));
            if (!pid) {
                ctx.skipRow("bad pid \"" + shortenForMessage(field(Col::Pid)) + "\"");
                return;
            }
            e.pid = *pid;
        }
        const auto owner
            = parseOwnerStatus(field(Col::Owner).empty() ? std::string_view("unknown") : field(Col::Owner));
        if (!owner) {
            ctx.skipRow("unknown owner status \"" + shortenForMessage(field(Col::Owner)) + "\"");
            return;
        }
        e.ownerStatus = *owner;
        ctx.loadRow(e);
        const auto label = field(Col::Process);
        if (e.ownerStatus == OwnerStatus::Resolved && !label.empty()
            && label != "[pid " + std::to_string(e.pid) + "]") {
            auto& p = ctx.process(e.pid);
            // "RpcSs, EventLog [svchost.exe]" -> services and name; a plain label is the name.
            const auto open = label.rfind(" [");
            if (label.back() == ']' && open != std::string_view::npos) {
                p.name = std::string(label.substr(open + 2, label.size() - open - 3));
                p.services.clear();
                for (auto service : split(label.substr(0, open), ','))
                    p.services.emplace_back(trim(service));
            } else {
                p.name = std::string(label);
            }
            if (!field(Col::User).empty())
                p.user = std::string(field(Col::User));
        } else if (e.ownerStatus == OwnerStatus::Kernel && e.pid == 4 && label == "System") {
            auto& p = ctx.process(4);
            if (p.name.empty())
                p.name = "System";
        }
    }

    std::array<int, static_cast<int>(Col::Count)> m_index {};
    std::vector<std::string> m_fields;
    CsvRecordJoiner m_record;
};

} // namespace

std::unique_ptr<LineParser> makePortolanCsvParser()
{
    return std::make_unique<PortolanCsvParser>();
}

} // namespace portolan::capture
