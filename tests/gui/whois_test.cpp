// Whois (TCPView's "Whois…" on a remote address): the query each registry gets, the referral and summary parsing,
// the addresses answered without the network, and the lookup over real loopback sockets against local servers
// playing IANA and a RIR (referral followed, silent server, server closing at once, refused connection, oversize
// answer); then the row action: its enablement, live and in a capture, and the dialog showing the RIR's answer.

#include "qt_test_support.h"
#include "row_actions.h"
#include "whois_dialog.h"
#include "whois_lookup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHostAddress>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <optional>

using namespace portolan;
using namespace std::chrono_literals;

namespace {

// An IANA answer for a RIPE address, shortened; the referral names `rir` (the test points its port at a local
// server with setReferralPort).
QByteArray ianaAnswer(const char* rir)
{
    return QByteArray("% IANA WHOIS server\r\n% for more information on IANA, visit http://www.iana.org\r\n"
                      "% This query returned 1 object\r\n\r\nrefer:        ")
        + rir
        + "\r\n\r\ninetnum:      193.0.0.0 - 193.255.255.255\r\norganisation: RIPE NCC\r\nstatus:       "
          "ALLOCATED\r\n\r\n"
          "whois:        whois.ripe.net\r\n\r\nchanged:      1993-05\r\nsource:       IANA\r\n";
}

const QByteArray kRipeAnswer = "% This is the RIPE Database query service.\r\n"
                               "% Information related to '193.0.0.0 - 193.0.23.255'\r\n\r\n"
                               "inetnum:        193.0.0.0 - 193.0.23.255\r\n"
                               "netname:        RIPE-NCC\r\n"
                               "descr:          RIPE Network Coordination Centre\r\n"
                               "country:        NL\r\n"
                               "org:            ORG-RIEN1-RIPE\r\n\r\n"
                               "organisation:   ORG-RIEN1-RIPE\r\n"
                               "org-name:       Reseaux IP Europeens Network Coordination Centre (RIPE NCC)\r\n"
                               "source:         RIPE\r\n";

QString normalised(const QByteArray& answer)
{
    return QString::fromUtf8(answer).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

// A whois server on 127.0.0.1 (ephemeral port) that keeps what each connection sent.
class FakeWhoisServer final : public QObject
{
public:
    enum class Mode { Answer, Silent, CloseAtOnce };

    explicit FakeWhoisServer(Mode mode, QByteArray answer = {})
        : m_mode(mode)
        , m_answer(std::move(answer))
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (auto* socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString label() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    int connections = 0;
    QList<QByteArray> queries; // each connection's first line, with its CRLF

private:
    void accept(QTcpSocket* socket)
    {
        ++connections;
        socket->setParent(this);
        if (m_mode == Mode::CloseAtOnce) {
            socket->close();
            return;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            queries << socket->readLine();
            if (m_mode == Mode::Answer) {
                socket->write(m_answer);
                socket->disconnectFromHost(); // after the answer is written: the end of an RFC 3912 answer
            }
        });
    }

    Mode m_mode;
    QByteArray m_answer;
    QTcpServer m_server;
};

WhoisResult lookUp(WhoisLookup& lookup, const QString& address)
{
    QSignalSpy finished(&lookup, &WhoisLookup::finished);
    lookup.start(address);
    EXPECT_TRUE(finished.wait(20000)) << address.toStdString();
    return finished.isEmpty() ? WhoisResult {} : finished.front().front().value<WhoisResult>();
}

} // namespace

// --- The pure parts ------------------------------------------------------------------------------------------------

TEST(WhoisText, ArinGetsItsNetworkQueryEveryOtherServerTheBareAddress)
{
    EXPECT_EQ(whois::query(QStringLiteral("whois.arin.net"), QStringLiteral("1.2.3.4")), "n + 1.2.3.4\r\n");
    EXPECT_EQ(whois::query(QStringLiteral("WHOIS.ARIN.NET"), QStringLiteral("1.2.3.4")), "n + 1.2.3.4\r\n");
    EXPECT_EQ(whois::query(QStringLiteral("whois.ripe.net"), QStringLiteral("1.2.3.4")), "1.2.3.4\r\n");
    EXPECT_EQ(whois::query(QStringLiteral("whois.iana.org"), QStringLiteral("2001:67c:2e8::1")), "2001:67c:2e8::1\r\n");
}

TEST(WhoisText, ReferralComesFromReferWhoisOrArinsReferralServer)
{
    EXPECT_EQ(whois::referral(normalised(ianaAnswer("whois.ripe.net"))).host, QStringLiteral("whois.ripe.net"));
    EXPECT_EQ(whois::referral(QStringLiteral("organisation: APNIC\nwhois:        whois.apnic.net\n")).host,
        QStringLiteral("whois.apnic.net"));
    const auto arin = whois::referral(QStringLiteral("NetRange: 1.0.0.0 - 1.255.255.255\n"
                                                     "ReferralServer:  whois://whois.apnic.net:4343\n"));
    EXPECT_EQ(arin.host, QStringLiteral("whois.apnic.net"));
    EXPECT_EQ(arin.port, 4343);
    // rwhois speaks another protocol; comments and prose are no fields.
    EXPECT_TRUE(whois::referral(QStringLiteral("ReferralServer: rwhois://rwhois.example.net:4321\n")).host.isEmpty());
    EXPECT_TRUE(whois::referral(QStringLiteral("% refer: whois.evil.example\n# whois: x.example\n")).host.isEmpty());
    EXPECT_TRUE(whois::referral(normalised(kRipeAnswer)).host.isEmpty());
}

TEST(WhoisText, SummaryTakesNetworkOrganisationCountryAndRange)
{
    const auto ripe = whois::summary(normalised(kRipeAnswer));
    EXPECT_EQ(ripe.network, QStringLiteral("RIPE-NCC"));
    EXPECT_EQ(ripe.organisation, QStringLiteral("Reseaux IP Europeens Network Coordination Centre (RIPE NCC)"));
    EXPECT_EQ(ripe.country, QStringLiteral("NL"));
    EXPECT_EQ(ripe.range, QStringLiteral("193.0.0.0 - 193.0.23.255"));

    const auto arin
        = whois::summary(QStringLiteral("# ARIN WHOIS data and services\n\nNetRange:       8.8.8.0 - 8.8.8.255\n"
                                        "CIDR:           8.8.8.0/24\nNetName:        GOGL\n"
                                        "OrgName:        Google LLC\nCountry:        US\n"));
    EXPECT_EQ(arin.network, QStringLiteral("GOGL"));
    EXPECT_EQ(arin.organisation, QStringLiteral("Google LLC"));
    EXPECT_EQ(arin.country, QStringLiteral("US"));
    EXPECT_EQ(arin.range, QStringLiteral("8.8.8.0/24"));
    EXPECT_EQ(arin.line(), QStringLiteral("GOGL \u00b7 Google LLC \u00b7 US \u00b7 8.8.8.0/24"));
    EXPECT_TRUE(whois::summary(QStringLiteral("% nothing here\n")).isEmpty());
}

TEST(WhoisText, AddressesNoRegistryHoldsAreRecognised)
{
    for (const char* local : { "10.1.2.3", "172.16.5.4", "192.168.0.1", "127.0.0.1", "0.0.0.0", "169.254.1.1",
             "100.64.1.1", "192.0.2.1", "198.51.100.7", "203.0.113.7", "224.0.0.251", "255.255.255.255", "::", "::1",
             "fe80::1", "fe80::1%1", "fd12:3456::1", "ff02::1", "2001:db8::1", "::ffff:10.0.0.1" })
        EXPECT_FALSE(whois::localKind(QHostAddress(QString::fromLatin1(local))).isEmpty()) << local;
    for (const char* global :
        { "193.0.6.139", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2001:67c:2e8:22::c100:68b", "::ffff:193.0.6.139" })
        EXPECT_TRUE(whois::localKind(QHostAddress(QString::fromLatin1(global))).isEmpty()) << global;
    EXPECT_TRUE(whois::localKind(QHostAddress(QStringLiteral("10.0.0.1"))).contains(QStringLiteral("RFC 1918")));
}

// --- The lookup over real sockets ----------------------------------------------------------------------------------

TEST(Whois, FollowsTheIanaReferralToTheRirAndReturnsItsAnswer)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, ianaAnswer("127.0.0.1"));
    FakeWhoisServer rir(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    lookup.setReferralPort(rir.port());
    QSignalSpy asking(&lookup, &WhoisLookup::asking);

    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_TRUE(result.localKind.isEmpty());
    EXPECT_FALSE(result.truncated);
    EXPECT_EQ(result.address, QStringLiteral("193.0.6.139"));
    EXPECT_EQ(iana.queries, QList<QByteArray> { "193.0.6.139\r\n" });
    EXPECT_EQ(rir.queries, QList<QByteArray> { "193.0.6.139\r\n" });
    EXPECT_EQ(result.servers, (QStringList { iana.label(), rir.label() }));
    ASSERT_EQ(asking.size(), 2);
    EXPECT_EQ(asking.at(0).front().toString(), iana.label());
    EXPECT_EQ(asking.at(1).front().toString(), rir.label());
    EXPECT_EQ(result.answer, normalised(kRipeAnswer));
    EXPECT_EQ(result.summary.network, QStringLiteral("RIPE-NCC"));
    EXPECT_EQ(result.summary.country, QStringLiteral("NL"));
    EXPECT_EQ(result.summary.range, QStringLiteral("193.0.0.0 - 193.0.23.255"));
    EXPECT_FALSE(lookup.isRunning());
}

TEST(Whois, AnAnswerWithoutReferralIsTheAnswer)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    const auto result = lookUp(lookup, QStringLiteral("::ffff:193.0.6.139")); // asked as plain IPv4
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(iana.queries, QList<QByteArray> { "193.0.6.139\r\n" });
    EXPECT_EQ(result.servers, QStringList { iana.label() });
    EXPECT_EQ(result.answer, normalised(kRipeAnswer));
}

TEST(Whois, AReferralBackToAServerAlreadyAskedIsNotFollowed)
{
    // The "RIR" refers to itself (the referral port leads back to it): asked once, its answer returned.
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, ianaAnswer("127.0.0.1"));
    FakeWhoisServer rir(FakeWhoisServer::Mode::Answer, kRipeAnswer + "ReferralServer: whois://127.0.0.1\r\n");
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    lookup.setReferralPort(rir.port());
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(rir.connections, 1);
    EXPECT_EQ(result.servers, (QStringList { iana.label(), rir.label() }));
}

TEST(Whois, AReferralToAnythingButARegistryIsNotFollowed)
{
    // ARIN's ReferralServer is written by the network's holder: one naming an internal service (or any host and
    // port) must not make Portolan connect there. The referral's port is never used either.
    EXPECT_TRUE(WhoisLookup::isRegistry(QStringLiteral("whois.ripe.net")));
    EXPECT_TRUE(WhoisLookup::isRegistry(QStringLiteral("WHOIS.ARIN.NET")));
    EXPECT_FALSE(WhoisLookup::isRegistry(QStringLiteral("10.0.0.5")));
    EXPECT_FALSE(WhoisLookup::isRegistry(QStringLiteral("whois.ripe.net.evil.example")));
    FakeWhoisServer victim(FakeWhoisServer::Mode::Answer, "+OK internal service\r\n");
    const QByteArray arin = "NetRange: 198.51.100.0 - 198.51.100.255\r\nReferralServer: whois://localhost:"
        + QByteArray::number(victim.port()) + "\r\n";
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, arin);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(victim.connections, 0);
    EXPECT_EQ(result.servers, QStringList { iana.label() });
    EXPECT_EQ(result.answer, normalised(arin));
}

TEST(Whois, ASilentServerTimesOutNamingTheServer)
{
    FakeWhoisServer silent(FakeWhoisServer::Mode::Silent);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), silent.port());
    lookup.setTimeout(300ms);
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(silent.label())) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("did not answer"))) << result.error.toStdString();
    EXPECT_EQ(silent.queries, QList<QByteArray> { "193.0.6.139\r\n" }); // it was asked, and never said a word
    EXPECT_EQ(result.servers, QStringList { silent.label() });
}

TEST(Whois, ASilentRirFailsAfterIanasReferralKeepingIanasAnswer)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, ianaAnswer("127.0.0.1"));
    FakeWhoisServer rir(FakeWhoisServer::Mode::Silent);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    lookup.setReferralPort(rir.port());
    lookup.setTimeout(300ms);
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(rir.label())) << result.error.toStdString();
    EXPECT_EQ(result.servers, (QStringList { iana.label(), rir.label() }));
    EXPECT_EQ(result.answer, normalised(ianaAnswer("127.0.0.1")));
}

TEST(Whois, AServerClosingAtOnceIsAnError)
{
    FakeWhoisServer closing(FakeWhoisServer::Mode::CloseAtOnce);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), closing.port());
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(closing.connections, 1);
    EXPECT_TRUE(result.error.contains(closing.label())) << result.error.toStdString();
    EXPECT_TRUE(result.answer.isEmpty());
}

TEST(Whois, ARefusedConnectionNamesTheServer)
{
    quint16 port = 0;
    {
        QTcpServer closed; // a port that was free a moment ago, and has no listener now
        ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), port);
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("127.0.0.1:%1").arg(port))) << result.error.toStdString();
}

TEST(Whois, AddressesNoRegistryHoldsAreAnsweredWithoutConnecting)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    QSignalSpy asking(&lookup, &WhoisLookup::asking);
    for (const char* address : { "10.1.2.3", "192.168.0.1", "fe80::1", "::1", "100.64.0.9", "203.0.113.7" }) {
        const auto result = lookUp(lookup, QString::fromLatin1(address));
        EXPECT_TRUE(result.ok) << address;
        EXPECT_FALSE(result.localKind.isEmpty()) << address;
        EXPECT_TRUE(result.servers.isEmpty()) << address;
        EXPECT_TRUE(result.answer.contains(QString::fromLatin1(address))) << result.answer.toStdString();
        EXPECT_TRUE(result.answer.contains(result.localKind)) << result.answer.toStdString();
    }
    QTest::qWait(50); // a connection, had one been made, would have been accepted by now
    EXPECT_EQ(iana.connections, 0);
    EXPECT_EQ(asking.size(), 0);
}

TEST(Whois, TextThatIsNoAddressIsAnErrorWithoutConnecting)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), iana.port());
    const auto result = lookUp(lookup, QStringLiteral("example.com\r\nhelp"));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(iana.connections, 0);
}

TEST(Whois, AnOversizeAnswerIsCapped)
{
    QByteArray huge;
    while (huge.size() < 3 * WhoisLookup::kMaxAnswerBytes)
        huge += "remarks:        the same line again, and again, and again\r\n";
    FakeWhoisServer chatty(FakeWhoisServer::Mode::Answer, huge);
    WhoisLookup lookup;
    lookup.setRootServer(QStringLiteral("127.0.0.1"), chatty.port());
    const auto result = lookUp(lookup, QStringLiteral("193.0.6.139"));
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(result.truncated);
    EXPECT_LE(result.answer.toUtf8().size(), WhoisLookup::kMaxAnswerBytes);
    EXPECT_GT(result.answer.size(), WhoisLookup::kMaxAnswerBytes / 2); // cut at the cap, not long before it
}

// --- The row action and its dialog ---------------------------------------------------------------------------------

namespace {

TableRow row(std::uint16_t localPort, SocketState state, std::optional<IpAddress> remote)
{
    TableRow r;
    r.endpoint.protocol = Protocol::Tcp;
    r.endpoint.localAddress = IpAddress::v4(192, 0, 2, 1);
    r.endpoint.localPort = localPort;
    if (remote) {
        r.endpoint.remoteAddress = *remote;
        r.endpoint.remotePort = 443;
    }
    r.endpoint.state = state;
    return r;
}

// RowActions over a plain window whose selection and mode the test sets.
struct Actions
{
    QWidget window;
    RowSelection selection;
    bool capture = false;
    RowActions actions { { [this] { return selection; }, [] { return nullptr; }, [] { return nullptr; },
                             [this] { return capture; } },
        &window };

    void select(std::vector<TableRow> rows)
    {
        selection.rows = std::move(rows);
        actions.updateEnablement();
    }
};

} // namespace

TEST(WhoisAction, EnablementFollowsTheSelectionLiveAndInACapture)
{
    Actions a;
    QAction* whois = a.actions.whoisAction();
    ASSERT_NE(whois, nullptr);
    EXPECT_TRUE(a.actions.menu()->actions().contains(whois));
    EXPECT_TRUE(a.actions.contextActions().contains(whois));
    // Its shortcut is its own among the row actions.
    for (QAction* other : a.actions.contextActions()) {
        if (other != whois && !other->isSeparator()) {
            EXPECT_NE(other->shortcut(), whois->shortcut()) << other->text().toStdString();
        }
    }

    a.select({});
    EXPECT_FALSE(whois->isEnabled());
    a.select({ row(80, SocketState::Listen, std::nullopt) }); // no peer to ask about
    EXPECT_FALSE(whois->isEnabled());
    a.select({ row(50123, SocketState::Established, IpAddress::v4(193, 0, 6, 139)) });
    EXPECT_TRUE(whois->isEnabled());
    EXPECT_TRUE(a.actions.lookUpAction()->isEnabled());
    a.select(
        { row(80, SocketState::Listen, std::nullopt), row(443, SocketState::TimeWait, IpAddress::v4(8, 8, 8, 8)) });
    EXPECT_TRUE(whois->isEnabled());

    // A capture's peers are the internet's too: Whois stays, the actions on this machine go.
    a.capture = true;
    a.select({ row(50123, SocketState::Established, IpAddress::v4(193, 0, 6, 139)) });
    EXPECT_TRUE(whois->isEnabled());
    EXPECT_FALSE(a.actions.lookUpAction()->isEnabled());
    EXPECT_FALSE(a.actions.closeConnectionAction()->isEnabled());
    a.select({ row(80, SocketState::Listen, std::nullopt) });
    EXPECT_FALSE(whois->isEnabled());
}

TEST(WhoisAction, OpensADialogThatShowsTheRirsAnswer)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, ianaAnswer("127.0.0.1"));
    FakeWhoisServer rir(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    Actions a;
    a.actions.setWhoisServer(QStringLiteral("127.0.0.1"), iana.port(), rir.port());
    a.capture = true; // as from a capture: asked all the same
    a.select({ row(50123, SocketState::Established, IpAddress::v4(193, 0, 6, 139)) });
    QSignalSpy finished(&a.actions, &RowActions::actionFinished);

    a.actions.whoisAction()->trigger();
    auto* dialog = a.window.findChild<WhoisDialog*>(QStringLiteral("whoisDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->isModal());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Whois 193.0.6.139"));
    EXPECT_EQ(dialog->statusLabel()->text(), QStringLiteral("Asking %1…").arg(iana.label()));
    EXPECT_FALSE(dialog->copyButton()->isEnabled());

    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->answerView()->toPlainText() == normalised(kRipeAnswer); }, 5000))
        << dialog->answerView()->toPlainText().toStdString();
    EXPECT_TRUE(dialog->answerView()->isReadOnly());
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("RIPE-NCC")))
        << dialog->summaryLabel()->text().toStdString();
    EXPECT_TRUE(dialog->serversLabel()->text().contains(iana.label()));
    EXPECT_TRUE(dialog->serversLabel()->text().contains(rir.label()));
    EXPECT_FALSE(dialog->answerView()->accessibleName().isEmpty());
    EXPECT_EQ(rir.queries, QList<QByteArray> { "193.0.6.139\r\n" });

    ASSERT_TRUE(dialog->copyButton()->isEnabled());
    dialog->copyButton()->click();
    EXPECT_EQ(QApplication::clipboard()->text(), normalised(kRipeAnswer));

    // Closing the window deletes it (and its lookup).
    QPointer<WhoisDialog> watched(dialog);
    dialog->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return watched.isNull(); }, 5000));
}

TEST(WhoisAction, APrivatePeerIsAnsweredInTheDialogWithoutAsking)
{
    FakeWhoisServer iana(FakeWhoisServer::Mode::Answer, kRipeAnswer);
    Actions a;
    a.actions.setWhoisServer(QStringLiteral("127.0.0.1"), iana.port());
    a.select({ row(50123, SocketState::Established, IpAddress::v4(192, 168, 0, 1)) });
    QSignalSpy finished(&a.actions, &RowActions::actionFinished);
    a.actions.whoisAction()->trigger();
    ASSERT_TRUE(finished.wait(20000));
    auto* dialog = a.window.findChild<WhoisDialog*>(QStringLiteral("whoisDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->answerView()->toPlainText().contains(QStringLiteral("RFC 1918")));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("RFC 1918")));
    EXPECT_EQ(iana.connections, 0);
    dialog->close();
}
