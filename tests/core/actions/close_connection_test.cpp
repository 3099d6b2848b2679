// Closing real loopback TCP connections this test opens, through the core API and through `portolan close`.
// Needs root (CAP_NET_ADMIN) and a kernel with CONFIG_INET_DIAG_DESTROY; skips, saying which, without them.

#include "action_test_support.h"
#include "core/actions/connection_close.h"
#include "core/live_sockets.h"
#include "core/snapshot_engine.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace portolan;
using namespace portolan::actions;
using portolan::test::Fd;

namespace {

IpAddress loopback(bool ipv6)
{
    return ipv6 ? *IpAddress::parse("::1") : IpAddress::v4(127, 0, 0, 1);
}

// The client side of a pair, as its owner sees it.
ConnectionTarget clientSide(const test::TcpPair& pair, std::uint16_t serverPort, bool ipv6)
{
    ConnectionTarget t;
    t.localAddress = t.remoteAddress = loopback(ipv6);
    t.localPort = test::localPort(pair.client.get());
    t.remotePort = serverPort;
    return t;
}

// What recv answers on `fd` within a second: 0 (orderly close), -errno, or 1 for data / nothing yet.
int recvOutcome(int fd)
{
    pollfd p { fd, POLLIN, 0 };
    if (::poll(&p, 1, 1000) <= 0)
        return 1;
    char byte;
    const ssize_t n = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return n < 0 ? -errno : n == 0 ? 0 : 1;
}

bool inSnapshot(std::uint16_t portA, std::uint16_t portB)
{
    const auto snapshot = createPlatformEngine({ .resolveOwners = false })->take();
    for (const auto& e : snapshot.endpoints)
        if (e.protocol == Protocol::Tcp
            && ((e.localPort == portA && e.remotePort == portB) || (e.localPort == portB && e.remotePort == portA)))
            return true;
    return false;
}

#define SKIP_UNLESS_CLOSABLE(result)                                                                                   \
    do {                                                                                                               \
        if ((result).status == ActionStatus::Unsupported)                                                              \
            GTEST_SKIP() << "this kernel cannot destroy sockets: " << (result).message;                                \
        if (::geteuid() != 0 && (result).status == ActionStatus::PermissionDenied)                                     \
            GTEST_SKIP() << "closing connections needs root: " << (result).message;                                    \
    } while (0)

void closesAndPeerSeesReset(bool ipv6)
{
    auto listener = test::tcpListener(ipv6);
    const auto serverPort = test::localPort(listener.get());
    auto pair = test::tcpConnect(listener.get(), ipv6);
    const auto clientPort = test::localPort(pair.client.get());
    ASSERT_TRUE(inSnapshot(clientPort, serverPort));

    const auto result = closeConnection(clientSide(pair, serverPort, ipv6));
    SKIP_UNLESS_CLOSABLE(result);
    ASSERT_EQ(result.status, ActionStatus::Done) << result.message;
    EXPECT_NE(result.message.find("closed TCP"), std::string::npos) << result.message;

    // The kernel reset the connection: the peer gets the RST, the owner its own abort.
    const int peer = recvOutcome(pair.server.get());
    EXPECT_TRUE(peer == -ECONNRESET || peer == 0) << "peer recv: " << peer;
    EXPECT_EQ(recvOutcome(pair.client.get()), -ECONNABORTED);
    EXPECT_FALSE(inSnapshot(clientPort, serverPort)) << "both sides are gone from a fresh snapshot";
}

} // namespace

TEST(CloseConnection, ClosesAnIPv4LoopbackConnection)
{
    closesAndPeerSeesReset(false);
}

TEST(CloseConnection, ClosesAnIPv6LoopbackConnection)
{
    if (!test::hasIpv6Loopback())
        GTEST_SKIP() << "no IPv6 loopback here";
    closesAndPeerSeesReset(true);
}

TEST(CloseConnection, FindsADualStackSocketByItsIPv4Addresses)
{
    // An IPv6 listener on :: accepts an IPv4 client: the accepted socket is in the IPv6 table as ::ffff:127.0.0.1.
    Fd listener(::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0));
    int off = 0;
    ::setsockopt(listener.get(), IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    sockaddr_in6 any {};
    any.sin6_family = AF_INET6;
    any.sin6_addr = in6addr_any;
    if (::bind(listener.get(), reinterpret_cast<sockaddr*>(&any), sizeof any) != 0 || ::listen(listener.get(), 4) != 0)
        GTEST_SKIP() << "no dual-stack IPv6 socket here";
    const auto serverPort = test::localPort(listener.get());
    Fd client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(serverPort);
    ASSERT_EQ(::connect(client.get(), reinterpret_cast<sockaddr*>(&to), sizeof to), 0);
    Fd accepted(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    ASSERT_GE(accepted.get(), 0);

    std::string error;
    const auto local = parseSocketAddress("127.0.0.1:" + std::to_string(serverPort), error);
    const auto remote = parseSocketAddress("127.0.0.1:" + std::to_string(test::localPort(client.get())), error);
    const auto onlyV4 = makeConnectionTarget(*local, *remote, FamilyChoice::IPv4, error);
    ASSERT_TRUE(onlyV4) << error;
    const auto v4Result = closeConnection(*onlyV4);
    SKIP_UNLESS_CLOSABLE(v4Result);
    EXPECT_EQ(v4Result.status, ActionStatus::NotFound) << "the IPv4 table has no such socket: " << v4Result.message;

    const auto target = makeConnectionTarget(*local, *remote, FamilyChoice::Auto, error);
    ASSERT_TRUE(target) << error;
    const auto result = closeConnection(*target);
    ASSERT_EQ(result.status, ActionStatus::Done) << result.message;
    const int peer = recvOutcome(client.get());
    EXPECT_TRUE(peer == -ECONNRESET || peer == 0) << "client recv: " << peer;
}

TEST(CloseConnection, AnInodeClosesOnlyThatSocket)
{
    auto listener = test::tcpListener();
    const auto serverPort = test::localPort(listener.get());
    auto pair = test::tcpConnect(listener.get());
    const auto clientPort = test::localPort(pair.client.get());
    std::uint64_t inode = 0;
    for (const auto& e : createPlatformEngine({ .resolveOwners = false })->take().endpoints)
        if (e.protocol == Protocol::Tcp && e.localPort == clientPort && e.remotePort == serverPort)
            inode = e.inode;
    ASSERT_NE(inode, 0u);

    auto target = clientSide(pair, serverPort, false);
    target.inode = inode + 1;
    const auto wrong = closeConnection(target);
    SKIP_UNLESS_CLOSABLE(wrong);
    EXPECT_EQ(wrong.status, ActionStatus::NotFound) << wrong.message;
    EXPECT_EQ(recvOutcome(pair.server.get()), 1) << "still connected";
    target.inode = inode;
    const auto right = closeConnection(target);
    EXPECT_EQ(right.status, ActionStatus::Done) << right.message;
}

TEST(CloseConnection, AConnectionThatIsNotThereIsNotFound)
{
    auto listener = test::tcpListener();
    ConnectionTarget t;
    t.localAddress = t.remoteAddress = loopback(false);
    t.localPort = test::localPort(listener.get());
    t.remotePort = 1; // nobody connects from port 1
    const auto result = closeConnection(t);
    EXPECT_EQ(result.status, ActionStatus::NotFound) << result.message;
    EXPECT_EQ(result.exitCode(), 1);
}

TEST(CloseConnection, UdpIsNotAConnection)
{
    ConnectionTarget t;
    t.protocol = Protocol::Udp;
    t.localAddress = t.remoteAddress = loopback(false);
    t.localPort = 53;
    const auto result = closeConnection(t);
    EXPECT_EQ(result.status, ActionStatus::Unsupported);
    EXPECT_NE(result.message.find("only TCP"), std::string::npos) << result.message;
}

TEST(CloseConnection, WithoutCapNetAdminItIsPermissionDenied)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to drop to another user";
    auto listener = test::tcpListener();
    const auto serverPort = test::localPort(listener.get());
    auto pair = test::tcpConnect(listener.get());
    const auto target = clientSide(pair, serverPort, false);
    // A child that gives up root (and with it CAP_NET_ADMIN) asks; the dump still works, the destroy must not.
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0)
            ::_exit(100);
        const auto result = closeConnection(target);
        ::_exit(result.status == ActionStatus::PermissionDenied && result.needsElevation()
                    && result.message.find("root") != std::string::npos
                ? 0
                : 10 + static_cast<int>(result.status));
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "status from the unprivileged child (10 + ActionStatus)";
    EXPECT_EQ(recvOutcome(pair.server.get()), 1) << "the connection is untouched";
}

TEST(CliClose, ClosesNotFoundAndBadArguments)
{
    auto listener = test::tcpListener();
    const auto serverPort = std::to_string(test::localPort(listener.get()));
    auto pair = test::tcpConnect(listener.get());
    const std::string client = "127.0.0.1:" + std::to_string(test::localPort(pair.client.get()));
    const std::string server = "127.0.0.1:" + serverPort;

    const auto closed = test::runCli({ "close", client, server });
    if (closed.exitCode == 2 && closed.output.find("CONFIG_INET_DIAG_DESTROY") != std::string::npos)
        GTEST_SKIP() << closed.output;
    ASSERT_EQ(closed.exitCode, 0) << closed.output;
    EXPECT_NE(closed.output.find("closed TCP " + client + " -> " + server), std::string::npos) << closed.output;
    const int peer = recvOutcome(pair.server.get());
    EXPECT_TRUE(peer == -ECONNRESET || peer == 0) << "peer recv: " << peer;

    const auto again = test::runCli({ "close", client, server });
    EXPECT_EQ(again.exitCode, 1) << again.output;
    EXPECT_NE(again.output.find("no TCP"), std::string::npos) << again.output;

    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>> { { "close" }, { "close", client },
             { "close", client, server, "127.0.0.1:3" }, { "close", "::1:80", "[::1]:81" },
             { "close", client, "[::1]:81" }, { "close", "127.0.0.1:0", server },
             { "close", "--tcp4", "[::1]:80", "[::1]:81" }, { "close", "--family", "ipx", client, server },
             { "close", "--tcp4", "--tcp6", client, server }, { "close", "--inode", "x", client, server },
             { "close", "--frobnicate", client, server } }) {
        const auto run = test::runCli(bad);
        EXPECT_EQ(run.exitCode, 2) << bad.back() << ": " << run.output;
        EXPECT_NE(run.output.find("usage:"), std::string::npos) << run.output;
    }
}

TEST(CliClose, RelaunchesThroughTheElevationPath)
{
    // --force-relaunch takes the path an unprivileged user's --elevate takes (here through a launcher that just
    // runs the command), so the GUI's route is covered: the child writes the result file, the parent prints it.
    auto listener = test::tcpListener();
    const auto server = "127.0.0.1:" + std::to_string(test::localPort(listener.get()));
    auto pair = test::tcpConnect(listener.get());
    const auto client = "127.0.0.1:" + std::to_string(test::localPort(pair.client.get()));
    const auto run = test::runCli(
        { "close", client, server, "--force-relaunch", "--elevate-with", "/usr/bin/env", "--log-level", "info" });
    if (run.exitCode == 2 && run.output.find("CONFIG_INET_DIAG_DESTROY") != std::string::npos)
        GTEST_SKIP() << run.output;
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("relaunching elevated (launcher)"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("closed TCP"), std::string::npos) << run.output;
    const int peer = recvOutcome(pair.server.get());
    EXPECT_TRUE(peer == -ECONNRESET || peer == 0) << "peer recv: " << peer;
}
