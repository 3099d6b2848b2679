#pragma once

// Internal to the connection_close_*.cpp files: what the Linux and Windows halves share around their close calls.

#include "connection_close.h"

#include <optional>
#include <string>
#include <vector>

namespace portolan::actions::detail {

// Unsupported for anything but TCP; nullopt when the target can be closed.
std::optional<ActionResult> checkClosable(const ConnectionTarget& target);

// Counts the sockets that matched and how each close went, and turns that into the result.
class CloseTally
{
public:
    explicit CloseTally(std::string what)
        : m_what(std::move(what))
    { }
    // One matching socket: closed (nullopt) or why not.
    void add(std::optional<ActionResult> failure);
    ActionResult result() const;

private:
    std::string m_what;
    std::size_t m_matched = 0;
    std::size_t m_closed = 0;
    ActionResult m_firstFailure;
};

// Closes every row that matches `target` and sums up how that went: endpointOf(row) is the row as an Endpoint,
// close(row) returns nullopt when it closed the row, else why not.
template<typename Row, typename EndpointOf, typename Close>
ActionResult closeMatching(
    const ConnectionTarget& target, const std::vector<Row>& rows, EndpointOf&& endpointOf, Close&& close)
{
    CloseTally tally(describeConnection(target));
    for (const auto& row : rows)
        if (connectionMatches(target, endpointOf(row)))
            tally.add(close(row));
    return tally.result();
}

} // namespace portolan::actions::detail
