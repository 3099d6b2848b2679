#include "state_text.h"

#include <QCoreApplication>

#include <iterator>

namespace portolan {

namespace {
constexpr const char* kContext = "portolan::SocketState";
struct StateSource
{
    const char* source;
    const char* comment;
};
// In SocketState's order. The comment tells translators what the word is; it is also the disambiguation.
constexpr StateSource kStates[] = {
    QT_TRANSLATE_NOOP3("portolan::SocketState", "UNKNOWN", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "LISTEN", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "SYN_SENT", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "SYN_RECEIVED", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "ESTABLISHED", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "FIN_WAIT_1", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "FIN_WAIT_2", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "CLOSE_WAIT", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "CLOSING", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "LAST_ACK", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "TIME_WAIT", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "CLOSED", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "DELETE_TCB", "socket state as netstat shows it"),
    QT_TRANSLATE_NOOP3("portolan::SocketState", "BOUND", "socket state as netstat shows it"),
};
static_assert(static_cast<std::size_t>(SocketState::Bound) + 1 == std::size(kStates));
} // namespace

QString stateText(SocketState state)
{
    const auto index = static_cast<std::size_t>(state);
    return index < std::size(kStates)
        ? QCoreApplication::translate(kContext, kStates[index].source, kStates[index].comment)
        : QString::fromLatin1(stateName(state).data());
}

std::uint32_t statesMatching(std::string_view needle)
{
    if (needle.empty())
        return 0;
    const QString wanted = QString::fromUtf8(needle.data(), static_cast<qsizetype>(needle.size()));
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < std::size(kStates); ++i)
        if (stateText(static_cast<SocketState>(i)).contains(wanted, Qt::CaseInsensitive))
            mask |= 1u << i;
    return mask;
}

} // namespace portolan
