// Reverse DNS for the Remote host column (issue #13): asked only for painted rows, a few at a time, newest first,
// cached, and never on the refresh path. The system resolver is exercised for real against a hosts file of the
// test's own, bind-mounted over /etc/hosts in a private mount namespace; the queueing rules through the resolver
// seam, which holds answers back until the test releases them.

#include "endpoint_table_model.h"
#include "host_name_cache.h"
#include "qt_test_support.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace portolan;
using namespace portolan::test;

namespace {

// A resolver that records what it is asked and answers only when told to (the seam; the names come from a table).
struct HeldResolver
{
    std::map<QString, QString> names;
    QStringList asked;
    std::vector<std::pair<QString, HostNameCache::Done>> held;

    HostNameCache::Resolver resolver()
    {
        return [this](const QString& address, QObject*, HostNameCache::Done done) {
            asked << address;
            held.emplace_back(address, std::move(done));
        };
    }
    void releaseAll()
    {
        auto answers = std::move(held);
        held.clear();
        for (auto& [address, done] : answers) {
            const auto it = names.find(address);
            done(it == names.end() ? QString() : it->second, it == names.end() ? QStringLiteral("no PTR") : QString());
        }
    }
};

void processQueued()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

std::shared_ptr<Snapshot> connectionsTo(const std::vector<std::string>& remotes)
{
    auto snapshot = std::make_shared<Snapshot>();
    std::uint16_t port = 40000;
    for (const auto& remote : remotes) {
        Endpoint e;
        e.protocol = Protocol::Tcp;
        e.state = SocketState::Established;
        e.localAddress = *IpAddress::parse("10.0.0.1");
        e.localPort = port++;
        e.remoteAddress = *IpAddress::parse(remote);
        e.remotePort = 443;
        e.inode = port;
        snapshot->endpoints.push_back(e);
    }
    Endpoint listener;
    listener.protocol = Protocol::Tcp;
    listener.state = SocketState::Listen;
    listener.localPort = 22;
    listener.inode = 1;
    snapshot->endpoints.push_back(listener);
    return snapshot;
}

} // namespace

TEST(HostNameCache, OffAsksNothingAndOnAsksOncePerAddress)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    EXPECT_EQ(cache.lookup(QStringLiteral("192.0.2.1")).state, HostNameCache::State::Off);
    processQueued();
    EXPECT_TRUE(dns.asked.isEmpty());

    cache.setEnabled(true);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(cache.lookup(QStringLiteral("192.0.2.1")).state, HostNameCache::State::Pending);
    processQueued();
    EXPECT_EQ(dns.asked, QStringList { QStringLiteral("192.0.2.1") });
    dns.names[QStringLiteral("192.0.2.1")] = QStringLiteral("gw.example");
    QSignalSpy changed(&cache, &HostNameCache::namesChanged);
    dns.releaseAll();
    const auto answer = cache.lookup(QStringLiteral("192.0.2.1"));
    EXPECT_EQ(answer.state, HostNameCache::State::Named);
    EXPECT_EQ(answer.name, QStringLiteral("gw.example"));
    ASSERT_TRUE(changed.wait(2000));
    processQueued();
    EXPECT_EQ(dns.asked.size(), 1); // cached: not asked again
}

TEST(HostNameCache, AFewLookupsAtATimeNewestFirstAndOneRepaintPerBatch)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setMaxInFlight(2);
    cache.setEnabled(true);
    for (int i = 1; i <= 6; ++i)
        cache.lookup(QStringLiteral("192.0.2.%1").arg(i));
    processQueued();
    // Two in flight, and the ones asked last first: what was painted last is what the user looks at.
    EXPECT_EQ(dns.asked, (QStringList { QStringLiteral("192.0.2.6"), QStringLiteral("192.0.2.5") }));
    EXPECT_EQ(cache.inFlight(), 2);
    EXPECT_EQ(cache.queued(), 4);

    QSignalSpy changed(&cache, &HostNameCache::namesChanged);
    while (!dns.held.empty())
        dns.releaseAll(); // each answer lets the next lookup start
    EXPECT_EQ(dns.asked.size(), 6);
    EXPECT_EQ(dns.asked.back(), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(cache.lookup(QStringLiteral("192.0.2.3")).state, HostNameCache::State::Unnamed);
    EXPECT_EQ(cache.lookup(QStringLiteral("192.0.2.3")).detail, QStringLiteral("no PTR"));
    ASSERT_TRUE(changed.wait(2000));
    QTest::qWait(300);
    EXPECT_EQ(changed.size(), 1); // six answers, one repaint
}

TEST(HostNameCache, TheQueueIsBoundedAndForgottenAddressesAreAskedAgainWhenPainted)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setMaxInFlight(1);
    cache.setMaxQueued(3);
    cache.setEnabled(true);
    for (int i = 1; i <= 10; ++i)
        cache.lookup(QStringLiteral("192.0.2.%1").arg(i));
    EXPECT_EQ(cache.queued(), 3);
    while (true) {
        processQueued();
        if (dns.held.empty())
            break;
        dns.releaseAll();
    }
    EXPECT_EQ(dns.asked,
        (QStringList { QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.9"), QStringLiteral("192.0.2.8") }));
    // An address dropped from the queue was forgotten, not marked as having no name: painting it asks again.
    EXPECT_EQ(cache.lookup(QStringLiteral("192.0.2.1")).state, HostNameCache::State::Pending);
    processQueued();
    EXPECT_EQ(dns.asked.back(), QStringLiteral("192.0.2.1"));
}

TEST(HostNameCache, ExpiredAnswersAreAskedAgainAndShownMeanwhile)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setLifetimes(0, 0);
    cache.setEnabled(true);
    dns.names[QStringLiteral("192.0.2.7")] = QStringLiteral("old.example");
    cache.lookup(QStringLiteral("192.0.2.7"));
    processQueued();
    dns.releaseAll();
    dns.names[QStringLiteral("192.0.2.7")] = QStringLiteral("new.example");
    const auto meanwhile = cache.lookup(QStringLiteral("192.0.2.7")); // expired: asked again...
    EXPECT_EQ(meanwhile.name, QStringLiteral("old.example")); // ...and the old name shown until the answer
    processQueued();
    ASSERT_EQ(dns.asked.size(), 2);
    dns.releaseAll();
    EXPECT_EQ(cache.peek(QStringLiteral("192.0.2.7")).name, QStringLiteral("new.example"));
}

TEST(HostNameCache, SwitchingOffDropsTheQueueButKeepsAnswers)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setMaxInFlight(1);
    cache.setEnabled(true);
    dns.names[QStringLiteral("192.0.2.1")] = QStringLiteral("one.example");
    cache.lookup(QStringLiteral("192.0.2.1"));
    processQueued();
    cache.lookup(QStringLiteral("192.0.2.2"));
    cache.setEnabled(false);
    dns.releaseAll(); // the lookup already started still lands
    processQueued();
    EXPECT_EQ(dns.asked, QStringList { QStringLiteral("192.0.2.1") });
    EXPECT_EQ(cache.peek(QStringLiteral("192.0.2.1")).name, QStringLiteral("one.example"));
    EXPECT_EQ(cache.peek(QStringLiteral("192.0.2.2")).state, HostNameCache::State::Off);
}

TEST(HostNameCache, ForACaptureOnlyPublicAddressesAreAsked)
{
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setEnabled(true);
    cache.setPublicOnly(true);
    for (const char* other : { "10.1.2.3", "192.168.31.221", "127.0.0.1", "fe80::1", "100.64.0.9" }) {
        const auto answer = cache.lookup(QString::fromLatin1(other));
        EXPECT_EQ(answer.state, HostNameCache::State::Unnamed) << other;
        EXPECT_TRUE(answer.detail.contains(QStringLiteral("captured machine"))) << answer.detail.toStdString();
    }
    EXPECT_EQ(cache.lookup(QStringLiteral("193.0.6.139")).state, HostNameCache::State::Pending);
    processQueued();
    EXPECT_EQ(dns.asked, QStringList { QStringLiteral("193.0.6.139") });
    // Back to the live machine: its own private addresses are asked.
    cache.setPublicOnly(false);
    cache.lookup(QStringLiteral("10.1.2.3"));
    processQueued();
    EXPECT_EQ(dns.asked.back(), QStringLiteral("10.1.2.3"));
}

TEST(HostNameCache, TheModelAsksOnlyForPaintedConnectionsAndShowsAndSortsTheNames)
{
    EndpointTableModel model;
    auto tester = attachModelTester(&model);
    HeldResolver dns;
    HostNameCache cache;
    cache.setResolver(dns.resolver());
    cache.setNotifyDelay(0);
    cache.setEnabled(true);
    model.setHostNames(&cache);
    dns.names = { { QStringLiteral("198.51.100.2"), QStringLiteral("b.example") },
        { QStringLiteral("198.51.100.1"), QStringLiteral("c.example") },
        { QStringLiteral("2001:db8::5"), QStringLiteral("a.example") } };
    TableTracker tracker;
    model.applyUpdate(
        tracker.update(connectionsTo({ "198.51.100.1", "198.51.100.2", "2001:db8::5", "203.0.113.9" }), 1000));
    processQueued();
    EXPECT_TRUE(dns.asked.isEmpty()) << "a refresh asked for names: " << dns.asked.join(' ').toStdString();

    // Painting the column (data()) asks; the listener (no remote) asks nothing and shows nothing.
    QStringList tips;
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.data(model.index(r, EndpointTableModel::RemoteHostColumn)).toString(), QString());
        tips << model.data(model.index(r, EndpointTableModel::RemoteHostColumn), Qt::ToolTipRole).toString();
    }
    EXPECT_EQ(tips.count(QString()), 1);
    processQueued();
    EXPECT_EQ(dns.asked.size(), 4);

    // Sorted by name before the names are known. The answers move the rows (one layout change) a second later at
    // most, or with the next refresh, whichever comes first: here the refresh, which also brings a new row.
    model.setResortDelay(60000);
    model.sort(EndpointTableModel::RemoteHostColumn, Qt::AscendingOrder);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
    while (!dns.held.empty()) {
        dns.releaseAll();
        processQueued();
    }
    EXPECT_TRUE(changed.isEmpty());
    model.applyUpdate(tracker.update(
        connectionsTo({ "198.51.100.1", "198.51.100.2", "2001:db8::5", "203.0.113.9", "192.0.2.200" }), 2000));
    EXPECT_EQ(changed.size(), 1);
    std::map<std::string, QString> shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown[model.rowAt(r).endpoint.remoteAddress.toString()]
            = model.data(model.index(r, EndpointTableModel::RemoteHostColumn)).toString();
    EXPECT_EQ(shown["198.51.100.1"], QStringLiteral("c.example"));
    EXPECT_EQ(shown["2001:db8::5"], QStringLiteral("a.example"));
    EXPECT_EQ(shown["203.0.113.9"], QString());

    // Named rows first in name order, then the rest.
    QStringList order;
    for (int r = 0; r < model.rowCount(); ++r)
        order << model.data(model.index(r, EndpointTableModel::RemoteHostColumn)).toString();
    EXPECT_EQ(order.mid(0, 3),
        (QStringList { QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example") }));
    EXPECT_MODEL_TESTER_CLEAN();
}

// The real resolver agrees with glibc's getnameinfo() on the loopback addresses, whatever this machine's hosts
// file says (a name, or none).
TEST(HostNameCache, TheSystemResolverAgreesWithGetnameinfo)
{
    HostNameCache cache; // the default resolver: QHostInfo
    cache.setEnabled(true);
    const QStringList addresses { QStringLiteral("127.0.0.1"), QStringLiteral("::1") };
    for (const QString& address : addresses)
        cache.lookup(address);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(addresses.begin(), addresses.end(),
                [&](const QString& a) { return cache.peek(a).state != HostNameCache::State::Pending; });
        },
        20000));
    for (const QString& address : addresses) {
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (address.contains(QLatin1Char(':'))) {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            ::inet_pton(AF_INET6, "::1", &in6->sin6_addr);
            length = sizeof(sockaddr_in6);
        } else {
            auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
            in4->sin_family = AF_INET;
            ::inet_pton(AF_INET, "127.0.0.1", &in4->sin_addr);
            length = sizeof(sockaddr_in);
        }
        char host[NI_MAXHOST] = {};
        const bool named
            = ::getnameinfo(reinterpret_cast<sockaddr*>(&storage), length, host, sizeof host, nullptr, 0, NI_NAMEREQD)
            == 0;
        const auto answer = cache.peek(address);
        if (named) {
            EXPECT_EQ(answer.state, HostNameCache::State::Named) << address.toStdString();
            EXPECT_EQ(answer.name, QString::fromLocal8Bit(host)) << address.toStdString();
        } else {
            EXPECT_EQ(answer.state, HostNameCache::State::Unnamed) << address.toStdString();
        }
    }
}

// The real resolver (QHostInfo, glibc's NSS) against a hosts file the test writes, bind-mounted over /etc/hosts.
// The test runs itself again under `unshare --mount` (util-linux), so the bind mount lives in that child's own
// mount namespace and dies with it: neither the machine nor the other tests of this process ever see it.
// (unshare(2) from here would move only the calling thread, and QHostInfo resolves on pool threads.)
TEST(HostNameCache, TheSystemResolverReadsTheHostsFile)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root for a private mount namespace over /etc/hosts";
    if (::access("/etc/hosts", F_OK) != 0)
        GTEST_SKIP() << "this machine has no /etc/hosts to mount over";
    if (!qEnvironmentVariableIsSet("PORTOLAN_PRIVATE_MOUNTS")) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTOLAN_PRIVATE_MOUNTS"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("unshare"),
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QCoreApplication::applicationFilePath(),
                QStringLiteral("--gtest_filter=HostNameCache.TheSystemResolverReadsTheHostsFile") });
        ASSERT_TRUE(child.waitForFinished(60000)) << "unshare did not finish";
        const QString output = QString::fromLocal8Bit(child.readAll());
        // In a chroot (CI's fresh-machine check) "/" is no mount point, so no private namespace can be made;
        // TheSystemResolverAgreesWithGetnameinfo still checks the real resolver there.
        if (child.exitCode() != 0 && output.contains(QStringLiteral("cannot change root filesystem propagation")))
            GTEST_SKIP() << "no private mount namespace here (/ is not a mount point, as in a chroot)";
        EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
        return;
    }
    // In the child, in its own mount namespace.
    QTemporaryDir dir;
    const QString hosts = dir.filePath(QStringLiteral("hosts"));
    std::ofstream(hosts.toStdString()) << "127.0.0.1 localhost\n192.0.2.44 radius-primary.corp.example\n"
                                          "2001:db8::44 radius-v6.corp.example\n";
    ASSERT_EQ(::mount(hosts.toLocal8Bit().constData(), "/etc/hosts", nullptr, MS_BIND, nullptr), 0)
        << std::strerror(errno);

    HostNameCache cache; // the default resolver: QHostInfo
    cache.setEnabled(true);
    cache.lookup(QStringLiteral("192.0.2.44"));
    cache.lookup(QStringLiteral("2001:db8::44"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return cache.peek(QStringLiteral("192.0.2.44")).state != HostNameCache::State::Pending
                && cache.peek(QStringLiteral("2001:db8::44")).state != HostNameCache::State::Pending;
        },
        20000));
    EXPECT_EQ(cache.peek(QStringLiteral("192.0.2.44")).name, QStringLiteral("radius-primary.corp.example"));
    EXPECT_EQ(cache.peek(QStringLiteral("2001:db8::44")).name, QStringLiteral("radius-v6.corp.example"));
}
