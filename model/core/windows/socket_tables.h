#pragma once

#include "../endpoint.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace portolan::windows_backend {

// Which rows to ask iphlpapi for. OwnerPid is what the engine uses. Basic (IPv4 only: the documentation names
// no IPv6 basic table) exists for the benchmark: under Wine 8.0 the TCP basic class skips Wine's /proc/PID/fd
// scan for owners (iphlpapi_main.c tcp_table_needs_pids), so timing both separates that scan from the rest.
enum class TableClass : std::uint8_t {
    OwnerPid,
    Basic,
};

struct TableReadStats
{
    unsigned calls = 0; // GetExtended*Table calls, sizing and retries included
    unsigned retries = 0; // calls repeated because the table grew or the call failed with 0xC0000001
    std::size_t bufferBytes = 0; // capacity after the read
    std::size_t rows = 0;
};

// Reads the four socket tables (TCP/UDP x IPv4/IPv6) with GetExtendedTcpTable / GetExtendedUdpTable into
// Endpoint rows. Keeps one grow-only buffer for all four, reused across snapshots, so a steady machine costs
// one call per table. Not thread-safe.
class SocketTableReader
{
public:
    // Attempts per table before giving up. psutil bounds its loop the same way (PR #2949); cbwin#17 needed up
    // to 5 attempts under churn.
    static constexpr unsigned kMaxAttempts = 8;

    // initialBufferBytes: start small to exercise the regrowth path (tests); 0 picks a size for ~1k rows.
    explicit SocketTableReader(std::size_t initialBufferBytes = 0);

    // Appends the table's rows to `out`: ports in host order, addresses as given, pid from dwOwningPid (0 for
    // the Basic class), ownerStatus left Unknown for the caller to decide. UDP rows are Bound with an
    // unspecified remote. On failure returns false, leaves `out` as it was and says why in `error`.
    bool read(Protocol protocol, Family family, TableClass tableClass, std::vector<Endpoint>& out, std::string& error);

    const TableReadStats& lastStats() const { return m_stats; }
    std::size_t capacityBytes() const { return m_buffer.size() * sizeof(std::uint64_t); }

private:
    std::vector<std::uint64_t> m_buffer; // 8-byte aligned for every MIB row type
    TableReadStats m_stats;
};

// MIB_TCP_STATE (tcpmib.h: CLOSED=1 ... DELETE_TCB=12) to ours; Unknown for anything else (MIB_TCP_STATE_RESERVED).
SocketState stateFromMibTcpState(std::uint32_t mibState);

} // namespace portolan::windows_backend
