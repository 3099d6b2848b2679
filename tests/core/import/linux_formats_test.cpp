// Linux captures: ss (old and new users: formats, extra columns, non-inet families), net-tools and busybox
// netstat, /proc/net dumps.

#include "import_test_support.h"

#include <gtest/gtest.h>

using namespace portolan;
using namespace portolan::test;

TEST(Ss, NewUsersFormatWithExtraColumnsAndDetailLines)
{
    const std::string text
        = "Netid State  Recv-Q Send-Q       Local Address:Port    Peer Address:Port Process\n"
          "udp   UNCONN 0      0          127.0.0.53%lo:53           0.0.0.0:*     "
          "users:((\"systemd-resolve\",pid=1117,fd=12)) uid:101 ino:29400 sk:7 "
          "cgroup:/system.slice/systemd-resolved.service <->\n"
          "tcp   LISTEN 0      511              0.0.0.0:80             0.0.0.0:*     "
          "users:((\"nginx\",pid=1200,fd=6),(\"nginx\",pid=1201,fd=6),(\"nginx\",pid=1202,fd=6)) ino:4242 sk:1 <->\n"
          "\t skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)\n"
          "tcp   ESTAB  0      0      [::ffff:10.0.0.5]:22     [::ffff:10.0.0.9]:51234 users:((\"sshd\",pid=900,fd=4)) "
          "timer:(keepalive,89min,0) uid:0 ino:777 sk:2 <->\n"
          "\t cubic wscale:7,7 rto:204 rtt:0.5/0.25 mss:1448\n"
          "tcp   ESTAB  0      0      [fe80::1%eth0]:5000    [fe80::2]:6000    users:((\"Web "
          "Content\",pid=3100,fd=81))\n"
          "tcp   TIME-WAIT 0   0            10.0.0.5:40000      93.184.216.34:443\n"
          "u_str ESTAB  0      0                    * 93088              * 93089 "
          "users:((\"dbus-daemon\",pid=800,fd=12))\n"
          "nl    UNCONN 0      0                 rtnl:kernel              *\n"
          "tcp   LISTEN 0      128                    *:8080                 *:*     users:((\"java\",pid=4000,fd=50)) "
          "v6only:0 <->\n";
    const auto result = importCaptureBytes(text, "ss.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "ss");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("ss detail line"), 2u);
    EXPECT_EQ(result.summary.notRowReasons.at("unix socket (not TCP/UDP)"), 1u);
    EXPECT_EQ(result.summary.notRowReasons.at("netlink socket (not TCP/UDP)"), 1u);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 6u);
    const auto& resolved = s.endpoints[0];
    EXPECT_EQ(resolved.protocol, Protocol::Udp);
    EXPECT_EQ(resolved.localAddress.toString(), "127.0.0.53"); // "%lo" is a device binding, not part of the address
    EXPECT_EQ(resolved.state, SocketState::Bound);
    EXPECT_EQ(resolved.uid, 101u);
    EXPECT_EQ(resolved.inode, 29400u);
    EXPECT_EQ(processName(s, resolved), "systemd-resolve");
    const auto& nginx = s.endpoints[1];
    EXPECT_EQ(nginx.pid, 1200u);
    EXPECT_EQ(nginx.extraOwners, 2);
    EXPECT_EQ(processName(s, nginx), "nginx");
    ASSERT_TRUE(s.process(1202));
    const auto& ssh = s.endpoints[2];
    EXPECT_EQ(ssh.localAddress.toString(), "::ffff:10.0.0.5");
    EXPECT_EQ(ssh.remotePort, 51234);
    EXPECT_EQ(ssh.state, SocketState::Established);
    EXPECT_EQ(s.endpoints[3].localAddress.toString(), "fe80::1"); // named zone dropped
    EXPECT_EQ(processName(s, s.endpoints[3]), "Web Content");
    EXPECT_EQ(s.endpoints[4].state, SocketState::TimeWait);
    EXPECT_EQ(s.endpoints[4].ownerStatus, OwnerStatus::Kernel);
    // Newer ss: "*" with v6only:0 is the dual-stack IPv6 any address.
    EXPECT_EQ(s.endpoints[5].localAddress.toString(), "::");
    EXPECT_EQ(s.endpoints[5].localPort, 8080);
}

TEST(Ss, OldUsersFormatAndStarMeaningIpv4Any)
{
    const std::string text
        = "State      Recv-Q Send-Q    Local Address:Port    Peer Address:Port\n"
          "LISTEN     0      128                   *:22                 *:*      users:((\"sshd\",1231,3))\n"
          "LISTEN     0      128                  :::22                :::*      users:((\"sshd\",1231,4))\n"
          "ESTAB      0      0         192.168.0.106:22     192.168.0.101:59232  users:((\"sshd\",11427,3))\n";
    const auto result = importCaptureBytes(text, "ss-old.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 3u);
    EXPECT_EQ(s.endpoints[0].localAddress.toString(), "0.0.0.0"); // old ss: "*" is IPv4 any
    EXPECT_EQ(s.endpoints[1].localAddress.toString(), "::");
    EXPECT_EQ(s.endpoints[0].pid, 1231u);
    EXPECT_EQ(processName(s, s.endpoints[2]), "sshd");
    for (const auto& e : s.endpoints)
        EXPECT_EQ(e.protocol, Protocol::Tcp); // no Netid column: LISTEN/ESTAB are TCP
    EXPECT_FALSE(s.meta.warnings.empty());
}

TEST(SsCapture, Tulpen)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "ss-tulpen-1.txt");
    const auto result = importCaptureFile(path);
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "ss");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 58u);
    EXPECT_EQ(countProtocols(s).udp, 15u);
    std::size_t resolved = 0;
    for (const auto& e : s.endpoints)
        resolved += e.ownerStatus == OwnerStatus::Resolved;
    EXPECT_EQ(resolved, 72u); // one row (VXLAN port 4789, a kernel socket) has no users:
    const auto* dns = findEndpoint(s, Protocol::Udp, "127.0.0.53", 53);
    ASSERT_TRUE(dns);
    EXPECT_EQ(dns->pid, 1117u);
    EXPECT_EQ(dns->uid, 101u);
    EXPECT_EQ(dns->inode, 29400u);
    EXPECT_EQ(processName(s, *dns), "systemd-resolve");
    const auto* dhcp = findEndpoint(s, Protocol::Udp, "0.0.0.0", 67);
    ASSERT_TRUE(dhcp);
    EXPECT_EQ(processName(s, *dhcp), "dnsmasq");
    const auto* apache = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 80);
    ASSERT_TRUE(apache);
    EXPECT_EQ(apache->state, SocketState::Listen);
    EXPECT_GT(apache->extraOwners, 0);
}

TEST(SsCapture, WideWithCgroupsAndManyOwners)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "ss-wide-1.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 29u);
    EXPECT_EQ(countProtocols(s).udp, 126u);
    const auto* submission = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 587);
    ASSERT_TRUE(submission);
    EXPECT_EQ(submission->pid, 1978854u);
    EXPECT_EQ(submission->extraOwners, 3);
    EXPECT_EQ(submission->inode, 815320090u);
    EXPECT_EQ(processName(s, *submission), "master");
    const auto* dual = findEndpoint(s, Protocol::Tcp, "::", 6556); // "*:6556 ... v6only:0"
    ASSERT_TRUE(dual);
    EXPECT_EQ(processName(s, *dual), "xinetd");
}

TEST(SsCapture, AllSocketsSkipsNonInetFamiliesWithReasons)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "ss-a-1.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(countProtocols(result.snapshot).tcp, 4u);
    EXPECT_EQ(countProtocols(result.snapshot).udp, 2u);
    const auto& reasons = result.summary.notRowReasons;
    EXPECT_EQ(reasons.at("netlink socket (not TCP/UDP)"), 39u);
    EXPECT_EQ(reasons.at("unix socket (not TCP/UDP)"), 110u);
    EXPECT_EQ(reasons.at("packet socket (not TCP/UDP)"), 1u);
    EXPECT_EQ(reasons.at("raw socket (not TCP/UDP)"), 1u);
    EXPECT_EQ(reasons.at("vsock socket (not TCP/UDP)"), 1u);
    // Service names instead of numbers: "domain", "bootpc", "ssh".
    EXPECT_TRUE(findEndpoint(result.snapshot, Protocol::Udp, "127.0.0.53", 53));
    EXPECT_TRUE(findEndpoint(result.snapshot, Protocol::Udp, "192.168.71.131", 68));
    const auto* ssh6 = findEndpoint(result.snapshot, Protocol::Tcp, "::", 22);
    ASSERT_TRUE(ssh6);
    EXPECT_EQ(ssh6->state, SocketState::Listen);
    EXPECT_TRUE(result.names.empty()); // every name mapped to a number

    PORTOLAN_REQUIRE_SHARED_CAPTURE(path2, "ss-a-2.txt");
    const auto older = importCaptureFile(path2);
    EXPECT_EQ(older.summary.rowsSkipped, 0u) << problemsText(older);
    expectBooksBalance(older);
    EXPECT_EQ(countProtocols(older.snapshot).tcp, 6u);
    EXPECT_EQ(countProtocols(older.snapshot).udp, 3u);
    // CentOS 7 ss: "*:bootpc" is the IPv4 any address, "smtp" is 25.
    EXPECT_TRUE(findEndpoint(older.snapshot, Protocol::Udp, "0.0.0.0", 68));
    const auto* smtp = findEndpoint(older.snapshot, Protocol::Tcp, "127.0.0.1", 25);
    ASSERT_TRUE(smtp);
    EXPECT_EQ(smtp->state, SocketState::Listen);
    const auto* loop = findEndpoint(older.snapshot, Protocol::Tcp, "::1", 22, "::1", 38134);
    ASSERT_TRUE(loop);
    EXPECT_EQ(loop->state, SocketState::Established);
}

TEST(SsCapture, TupnaNewAndOldFormats)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "ss-tupna-1.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 19u);
    EXPECT_EQ(countProtocols(s).udp, 14u);
    const auto* udpEstablished = findEndpoint(s, Protocol::Udp, "10.67.116.74", 54211);
    ASSERT_TRUE(udpEstablished);
    EXPECT_EQ(udpEstablished->state, SocketState::Established);
    EXPECT_EQ(udpEstablished->remotePort, 53);
    EXPECT_EQ(findEndpoint(s, Protocol::Udp, "0.0.0.0", 67)->localAddress.toString(), "0.0.0.0"); // %virbr0
    EXPECT_TRUE(findEndpoint(s, Protocol::Tcp, "::", 80)); // "*:80" in a capture that prints 0.0.0.0
    const auto* firefox = findEndpoint(s, Protocol::Tcp, "192.168.31.148", 38746);
    ASSERT_TRUE(firefox);
    EXPECT_EQ(firefox->pid, 12645u);
    std::size_t timeWait = 0;
    for (const auto& e : s.endpoints)
        timeWait += e.state == SocketState::TimeWait && e.ownerStatus == OwnerStatus::Kernel;
    EXPECT_EQ(timeWait, 3u);

    PORTOLAN_REQUIRE_SHARED_CAPTURE(oldPath, "ss-tupna-oldformat-1.txt");
    const auto old = importCaptureFile(oldPath);
    EXPECT_EQ(old.summary.rowsSkipped, 0u) << problemsText(old);
    expectBooksBalance(old);
    EXPECT_EQ(old.snapshot.endpoints.size(), 15u);
    const auto* sshd = findEndpoint(old.snapshot, Protocol::Tcp, "0.0.0.0", 22);
    ASSERT_TRUE(sshd);
    EXPECT_EQ(sshd->pid, 1231u);
    EXPECT_EQ(processName(old.snapshot, *sshd), "sshd");
    EXPECT_TRUE(findEndpoint(old.snapshot, Protocol::Tcp, "::", 111)); // ":::111"
    const auto* nfs = findEndpoint(old.snapshot, Protocol::Tcp, "192.168.0.106", 739);
    ASSERT_TRUE(nfs);
    EXPECT_EQ(nfs->ownerStatus, OwnerStatus::Unknown);
}

TEST(NetstatLinux, BusyboxAndNotices)
{
    const std::string text
        = "(Not all processes could be identified, non-owned process info\n"
          " will not be shown, you would have to be root to see it all.)\n"
          "Active Internet connections (servers and established)\n"
          "Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name\n"
          "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      412/dropbear\n"
          "tcp        0      0 :::80                   :::*                    LISTEN      -\n"
          "tcp        0     52 192.168.1.1:22          192.168.1.50:53122      ESTABLISHED 1833/dropbear\n"
          "udp        0      0 0.0.0.0:68              0.0.0.0:*                           390/udhcpc\n"
          "udp        0      0 :::546                  :::*                                -\n";
    const auto result = importCaptureBytes(text, "busybox.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "netstat-linux");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("netstat notice"), 2u);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 5u);
    EXPECT_EQ(processName(s, s.endpoints[0]), "dropbear");
    EXPECT_EQ(s.endpoints[1].localAddress.toString(), "::");
    EXPECT_EQ(s.endpoints[1].ownerStatus, OwnerStatus::Unknown);
    EXPECT_EQ(s.endpoints[2].state, SocketState::Established);
    EXPECT_EQ(s.endpoints[3].state, SocketState::Bound);
    EXPECT_EQ(s.endpoints[3].pid, 390u);
    EXPECT_EQ(s.endpoints[4].localPort, 546);
}

TEST(NetstatLinuxCapture, AeepWithUsersInodesAndUnixSection)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "netstat-aeep-linux-1.txt");
    const auto result = importCaptureFile(path);
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "netstat-linux");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 6u);
    EXPECT_EQ(countProtocols(s).udp, 3u);
    EXPECT_EQ(result.summary.notRowReasons.at("unix socket (not TCP/UDP)"), 150u);
    EXPECT_EQ(result.summary.notRowReasons.at("raw socket (not TCP/UDP)"), 1u);
    // "localhost:smtp" -> 127.0.0.1:25, with the owning user and inode.
    const auto* smtp = findEndpoint(s, Protocol::Tcp, "127.0.0.1", 25);
    ASSERT_TRUE(smtp);
    EXPECT_EQ(smtp->pid, 1489u);
    EXPECT_EQ(smtp->inode, 22606u);
    EXPECT_EQ(processName(s, *smtp), "master");
    EXPECT_EQ(s.process(1489)->user, "root");
    const auto* session = findEndpoint(s, Protocol::Tcp, "::1", 22, "::1", 38134);
    ASSERT_TRUE(session);
    EXPECT_EQ(processName(s, *session), "sshd: kbrazil"); // program name with a space
    const auto* dhcp = findEndpoint(s, Protocol::Udp, "0.0.0.0", 68);
    ASSERT_TRUE(dhcp);
    EXPECT_EQ(dhcp->state, SocketState::Bound);
    EXPECT_EQ(processName(s, *dhcp), "dhclient");
}

TEST(NetstatLinuxCapture, LnpWithTruncatedProgramNames)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "netstat-lnp-linux-1.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 17u);
    EXPECT_EQ(countProtocols(s).udp, 8u);
    EXPECT_EQ(processName(s, *findEndpoint(s, Protocol::Tcp, "0.0.0.0", 22)), "sshd: /usr/sbin");
    EXPECT_EQ(processName(s, *findEndpoint(s, Protocol::Tcp, "0.0.0.0", 10050)), "zabbix_agen");
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "0.0.0.0", 10050)->pid, 1817931u);
    EXPECT_TRUE(findEndpoint(s, Protocol::Tcp, "::", 9898));
}

TEST(ProcNet, UdpHeaderAndFileMarkersSelectTheProtocol)
{
    const std::string text
        = "==> /proc/net/tcp <==\n"
          "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
          "   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 34523 1 "
          "0000000000000000 100 0 0 10 0\n"
          "\n"
          "==> /proc/net/udp <==\n"
          "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref "
          "pointer drops\n"
          "  221: 3500007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 29400 2 "
          "0000000000000000 0\n"
          "  400: 0100007F:ZZZZ 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 29401 2 "
          "0000000000000000 0\n";
    const auto result = importCaptureBytes(text, "proc.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "proc-net");
    expectBooksBalance(result);
    ASSERT_EQ(result.snapshot.endpoints.size(), 2u);
    EXPECT_EQ(result.snapshot.endpoints[0].protocol, Protocol::Tcp);
    EXPECT_EQ(result.snapshot.endpoints[0].localPort, 631);
    EXPECT_EQ(result.snapshot.endpoints[1].protocol, Protocol::Udp);
    EXPECT_EQ(result.snapshot.endpoints[1].localAddress.toString(), "127.0.0.53");
    EXPECT_EQ(result.snapshot.endpoints[1].state, SocketState::Bound);
    ASSERT_EQ(result.summary.rowsSkipped, 1u);
    EXPECT_EQ(result.summary.problems[0].line, 8u);
}

TEST(ProcNetCapture, TcpAndTcp6)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "proc-net-tcp-1.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.formatName, "proc-net");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(countProtocols(result.snapshot).tcp, 27u); // two dumps: 4 rows, then 23 without a header
    const auto* resolver = findEndpoint(result.snapshot, Protocol::Tcp, "127.0.0.53", 53);
    ASSERT_TRUE(resolver);
    EXPECT_EQ(resolver->state, SocketState::Listen);
    EXPECT_EQ(resolver->uid, 101u);
    EXPECT_EQ(resolver->inode, 34000u);
    const auto* https = findEndpoint(result.snapshot, Protocol::Tcp, "192.168.42.128", 54352);
    ASSERT_TRUE(https);
    EXPECT_EQ(https->state, SocketState::CloseWait);
    EXPECT_EQ(https->remoteAddress.toString(), "152.199.4.33");
    EXPECT_EQ(https->remotePort, 443);

    PORTOLAN_REQUIRE_SHARED_CAPTURE(path6, "proc-net-tcp6-1.txt");
    const auto v6 = importCaptureFile(path6);
    EXPECT_EQ(v6.summary.rowsSkipped, 0u) << problemsText(v6);
    expectBooksBalance(v6);
    EXPECT_EQ(v6.snapshot.endpoints.size(), 8u);
    const auto* ssh = findEndpoint(v6.snapshot, Protocol::Tcp, "::", 22);
    ASSERT_TRUE(ssh);
    EXPECT_EQ(ssh->state, SocketState::Listen);
    std::size_t timeWait = 0;
    for (const auto& e : v6.snapshot.endpoints)
        timeWait += e.state == SocketState::TimeWait && e.ownerStatus == OwnerStatus::Kernel;
    EXPECT_EQ(timeWait, 7u);
}
