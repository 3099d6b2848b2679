#pragma once

// Internal to the connection_close_*.cpp files: what the Linux and Windows halves share around their close calls.

#include "connection_close.h"

#include <optional>
#include <string>

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

} // namespace portolan::actions::detail
