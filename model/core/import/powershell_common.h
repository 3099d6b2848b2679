#pragma once

#include "import_context.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::capture {

// The properties of MSFT_NetTCPConnection / MSFT_NetUDPEndpoint objects that make an endpoint, however
// PowerShell printed them (table, Export-Csv, ConvertTo-Json), plus the extra columns people add with
// Select-Object (ProcessName, Protocol).
enum class PsColumn : std::uint8_t {
    Other,
    LocalAddress,
    LocalPort,
    RemoteAddress,
    RemotePort,
    State,
    OwningProcess,
    ProcessName,
    Protocol,
    ComputerName,
};

PsColumn psColumn(std::string_view propertyName);

struct PsRecord
{
    std::optional<std::string> values[10]; // by PsColumn
    std::optional<std::string>& operator[](PsColumn column) { return values[static_cast<int>(column)]; }
    const std::optional<std::string>& operator[](PsColumn column) const { return values[static_cast<int>(column)]; }
};

// MSFT_NetTCPConnection.State numbers (Closed = 1 ... DeleteTCB = 12, Bound = 100), or the enum's name.
std::optional<SocketState> psState(std::string_view text);

// Loads the record as a row or skips it with a reason. `protocol` is what the table/class says when the
// record has no Protocol column: TCP when the object has RemoteAddress/State, else UDP.
void loadPsRecord(const PsRecord& record, Protocol protocol, ImportContext& ctx);

} // namespace portolan::capture
