#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QHostAddress;
class QTcpSocket;

namespace portolan {

// A few fields of a whois answer, for a one-line header above the full text.
struct WhoisSummary
{
    QString network; // netname / NetName
    QString organisation; // OrgName / org-name / descr / owner
    QString country;
    QString range; // CIDR / inetnum / inet6num / NetRange

    bool isEmpty() const { return network.isEmpty() && organisation.isEmpty() && country.isEmpty() && range.isEmpty(); }
    QString line() const; // the non-empty fields, " · " between them
};

struct WhoisResult
{
    QString address;
    QStringList servers; // asked, in order ("host", or "host:port" when not on port 43)
    QString answer; // the last server's answer (line ends normalised to \n)
    bool ok = false;
    QString error; // why it failed, naming the server; empty when ok
    QString localKind; // non-empty: answered here, without the network (loopback, private, ...)
    bool truncated = false; // the answer was cut at WhoisLookup::kMaxAnswerBytes
    WhoisSummary summary;
};

// Where an answer sends the query next: a `refer:` or `whois:` line (IANA), or ARIN's `ReferralServer: whois://`.
struct WhoisReferral
{
    QString host; // empty: no referral
    quint16 port = 0; // 0: the whois port
};

// The pure parts, separate so tests can check them without a socket.
namespace whois {
// What to send to `server` for `address`, with the line end: ARIN wants "n + ADDRESS" (a network lookup with its
// details); every other registry takes the bare address.
QByteArray query(const QString& server, const QString& address);
WhoisReferral referral(const QString& answer);
WhoisSummary summary(const QString& answer);
// Why whois cannot know `address` (loopback, private, link-local, documentation, ...), as text for people; empty
// for an address the registries hold. IPv4-mapped IPv6 addresses are judged as their IPv4 address.
QString localKind(const QHostAddress& address);
} // namespace whois

// One whois lookup of an IP address over RFC 3912 (TCP port 43: the query and CRLF, then read until the server
// closes), asynchronous on the caller's event loop: whois.iana.org first, then the registry it refers to (at
// most kMaxReferrals hops). Addresses no registry holds are answered here without any network traffic.
class WhoisLookup final : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kWhoisPort = 43;
    static constexpr qsizetype kMaxAnswerBytes = 256 * 1024; // a whois answer is a few KiB; anything more is noise
    static constexpr int kMaxReferrals = 2; // IANA -> RIR -> (ARIN's ReferralServer) at most

    explicit WhoisLookup(QObject* parent = nullptr);
    ~WhoisLookup() override;

    // Seams for tests (and for a site with its own whois relay); defaults: whois.iana.org:43, 10 s per server.
    void setRootServer(const QString& host, quint16 port = kWhoisPort);
    void setReferralPort(quint16 port) { m_referralPort = port; } // 0: 43, whatever the referral names
    // Referrals are followed only to these hosts (and to the root server's own host): IANA and the five regional
    // registries. A referral is text from the network (ARIN's ReferralServer is set by the network's holder, and
    // whois is unencrypted): followed anywhere, it would make Portolan connect to any host and port an answer
    // names — an internal service, a cloud metadata address — and show what it says.
    static bool isRegistry(const QString& host);
    void setTimeout(std::chrono::milliseconds perServer) { m_timeout = perServer; }

    // Starts a lookup (abandoning one still running). `finished` always comes later, from the event loop.
    void start(const QString& address);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void asking(const QString& server);
    void finished(const portolan::WhoisResult& result);

private:
    void ask(const QString& host, quint16 port);
    void onReadyRead();
    void onServerDone(); // the server closed (or the answer hit the cap): follow a referral or finish
    void fail(const QString& error);
    void finish();
    void dropSocket();

    QString m_rootHost = QStringLiteral("whois.iana.org");
    quint16 m_rootPort = kWhoisPort;
    quint16 m_referralPort = 0;
    std::chrono::milliseconds m_timeout { 10000 };

    bool m_running = false; // until `finished` is emitted
    quint64 m_generation = 0; // start() counts up, so a queued `finished` of an abandoned lookup is dropped
    WhoisResult m_result;
    QString m_query; // the address as sent
    QString m_host; // the server asked now
    QString m_server; // its label, as in m_result.servers
    QByteArray m_buffer;
    bool m_truncated = false;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::WhoisResult)
