#include "whois_lookup.h"

#include "core/logging.h"

#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QUrl>

#include <initializer_list>

namespace portolan {

namespace {

// Calls `field(key, value)` for each "key: value" line of a whois answer, in order, until it returns true. Comment
// lines (RIPE's %, ARIN's #) and continuation lines (which start with a blank or a +) are no fields.
template<typename Field> void forEachField(const QString& answer, Field&& field)
{
    for (const QString& line : answer.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.front().isSpace() || line.front() == QLatin1Char('%')
            || line.front() == QLatin1Char('#') || line.front() == QLatin1Char('+'))
            continue;
        const auto colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon);
        if (key.contains(QLatin1Char(' ')))
            continue; // prose with a colon, not a field
        if (field(key, line.mid(colon + 1).trimmed()))
            return;
    }
}

// The first non-empty value of the first key of `keys` (in their order of preference) that the answer has.
QString preferred(const QHash<QString, QString>& firstValues, std::initializer_list<const char*> keys)
{
    for (const char* key : keys)
        if (const auto value = firstValues.value(QString::fromLatin1(key)); !value.isEmpty())
            return value;
    return {};
}

// "whois.ripe.net" or "whois://whois.ripe.net:43"; an rwhois:// or http:// server speaks another protocol.
WhoisReferral referralServer(const QString& value)
{
    QString text = value.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("whois://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("whois"), Qt::CaseInsensitive) != 0 || url.host().isEmpty()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return {};
    return { url.host(), static_cast<quint16>(url.port(0)) };
}

// Whois has no charset: most registries send UTF-8, some (LACNIC, older servers) Latin-1.
QString decode(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString serverLabel(const QString& host, quint16 port)
{
    return port == WhoisLookup::kWhoisPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

// Ranges no registry answers for: the more specific first (0.0.0.0 before 0.0.0.0/8).
struct LocalRange
{
    const char* network;
    int prefix;
    const char* kind;
};
constexpr LocalRange kLocalRanges[] = {
    { "0.0.0.0", 32, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "the unspecified address (no address yet)") },
    { "0.0.0.0", 8, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a \"this network\" address (0.0.0.0/8)") },
    { "127.0.0.0", 8,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a loopback address (127.0.0.0/8: this machine itself)") },
    { "10.0.0.0", 8, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a private address (RFC 1918: 10.0.0.0/8)") },
    { "172.16.0.0", 12, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a private address (RFC 1918: 172.16.0.0/12)") },
    { "192.168.0.0", 16, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a private address (RFC 1918: 192.168.0.0/16)") },
    { "100.64.0.0", 10,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup",
            "a carrier-grade NAT address (RFC 6598: 100.64.0.0/10, shared inside a provider)") },
    { "169.254.0.0", 16,
        QT_TRANSLATE_NOOP(
            "portolan::WhoisLookup", "a link-local address (169.254.0.0/16: valid on one network segment only)") },
    { "192.0.2.0", 24, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a documentation address (RFC 5737: 192.0.2.0/24)") },
    { "198.51.100.0", 24,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a documentation address (RFC 5737: 198.51.100.0/24)") },
    { "203.0.113.0", 24,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a documentation address (RFC 5737: 203.0.113.0/24)") },
    { "198.18.0.0", 15,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a benchmarking address (RFC 2544: 198.18.0.0/15)") },
    { "224.0.0.0", 4,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a multicast address (224.0.0.0/4: a group, not a host)") },
    { "255.255.255.255", 32, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "the broadcast address") },
    { "240.0.0.0", 4, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a reserved address (240.0.0.0/4)") },
    { "::", 128, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "the unspecified address (no address yet)") },
    { "::1", 128, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "the loopback address (::1: this machine itself)") },
    { "fe80::", 10,
        QT_TRANSLATE_NOOP(
            "portolan::WhoisLookup", "a link-local address (fe80::/10: valid on one network segment only)") },
    { "fec0::", 10,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a site-local address (fec0::/10, deprecated by RFC 3879)") },
    { "fc00::", 7,
        QT_TRANSLATE_NOOP(
            "portolan::WhoisLookup", "a unique local address (RFC 4193: fc00::/7, IPv6's private range)") },
    { "ff00::", 8, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a multicast address (ff00::/8: a group, not a host)") },
    { "2001:db8::", 32,
        QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a documentation address (RFC 3849: 2001:db8::/32)") },
    { "3fff::", 20, QT_TRANSLATE_NOOP("portolan::WhoisLookup", "a documentation address (RFC 9637: 3fff::/20)") },
};

// IPv4-mapped IPv6 (a dual-stack socket's view of an IPv4 peer) is the IPv4 address; the zone is no part of it.
QHostAddress plain(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    QHostAddress out = address;
    out.setScopeId({});
    return out;
}

} // namespace

QString WhoisSummary::line() const
{
    QStringList parts;
    for (const QString* part : { &network, &organisation, &country, &range })
        if (!part->isEmpty())
            parts << *part;
    return parts.join(QStringLiteral(" \u00b7 "));
}

namespace whois {

QByteArray query(const QString& server, const QString& address)
{
    const bool arin = server.compare(QLatin1String("whois.arin.net"), Qt::CaseInsensitive) == 0;
    return (arin ? QStringLiteral("n + ") + address : address).toUtf8() + "\r\n";
}

WhoisReferral referral(const QString& answer)
{
    WhoisReferral found;
    forEachField(answer, [&](const QString& key, const QString& value) {
        if (key.compare(QLatin1String("refer"), Qt::CaseInsensitive) != 0
            && key.compare(QLatin1String("whois"), Qt::CaseInsensitive) != 0
            && key.compare(QLatin1String("ReferralServer"), Qt::CaseInsensitive) != 0)
            return false;
        found = referralServer(value);
        return !found.host.isEmpty();
    });
    return found;
}

WhoisSummary summary(const QString& answer)
{
    QHash<QString, QString> firstValues; // by lower-case key: RIPE writes netname, ARIN NetName
    forEachField(answer, [&](const QString& key, const QString& value) {
        const QString lower = key.toLower();
        if (!value.isEmpty() && !firstValues.contains(lower))
            firstValues.insert(lower, value);
        return false;
    });
    WhoisSummary out;
    out.network = preferred(firstValues, { "netname" });
    out.organisation = preferred(firstValues, { "orgname", "org-name", "descr", "owner", "organisation" });
    out.country = preferred(firstValues, { "country" });
    out.range = preferred(firstValues, { "cidr", "inetnum", "inet6num", "netrange" });
    return out;
}

QString localKind(const QHostAddress& address)
{
    const QHostAddress plainAddress = plain(address);
    for (const auto& range : kLocalRanges)
        if (plainAddress.isInSubnet(QHostAddress(QString::fromLatin1(range.network)), range.prefix))
            return WhoisLookup::tr(range.kind);
    return {};
}

} // namespace whois

WhoisLookup::WhoisLookup(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not answer within %2 s.").arg(m_server, QLocale().toString(m_timeout.count() / 1000.0)));
    });
}

WhoisLookup::~WhoisLookup()
{
    dropSocket();
}

void WhoisLookup::setRootServer(const QString& host, quint16 port)
{
    m_rootHost = host;
    m_rootPort = port;
}

void WhoisLookup::start(const QString& address)
{
    dropSocket();
    m_timer.stop();
    ++m_generation;
    m_running = true;
    m_result = WhoisResult {};
    m_result.address = address;

    const QHostAddress parsed(address.trimmed());
    if (parsed.isNull()) {
        fail(tr("%1 is not an IP address.").arg(address));
        return;
    }
    m_query = plain(parsed).toString();
    if (const QString kind = whois::localKind(parsed); !kind.isEmpty()) {
        // The registries answer these with a generic IANA block at best: say what the address is instead, and
        // keep a private address from leaving the machine.
        m_result.localKind = kind;
        m_result.ok = true;
        m_result.answer = tr("%1 is %2.\n\nThe whois registries hold only public addresses, so Portolan answered "
                             "this itself, without asking any server.")
                              .arg(address, kind);
        log::ui()->debug("whois: {} answered locally ({})", address.toStdString(), kind.toStdString());
        finish();
        return;
    }
    ask(m_rootHost, m_rootPort);
}

void WhoisLookup::ask(const QString& host, quint16 port)
{
    m_host = host;
    m_server = serverLabel(host, port);
    m_result.servers << m_server;
    m_buffer.clear();
    m_truncated = false;

    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        log::ui()->debug("whois: asking {} for {}", m_server.toStdString(), m_query.toStdString());
        socket->write(whois::query(m_host, m_query));
    });
    connect(socket, &QTcpSocket::readyRead, this, &WhoisLookup::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &WhoisLookup::onServerDone);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            onServerDone(); // the normal end of an answer
        else
            fail(tr("Cannot ask %1: %2").arg(m_server, socket->errorString()));
    });
    // One deadline for resolving, connecting and the whole answer: a server that trickles is as stuck as a
    // silent one.
    m_timer.start(m_timeout);
    Q_EMIT asking(m_server);
    socket->connectToHost(host, port);
}

void WhoisLookup::onReadyRead()
{
    if (!m_socket || m_truncated)
        return;
    m_buffer.append(m_socket->read(kMaxAnswerBytes - m_buffer.size()));
    if (m_socket->bytesAvailable() > 0) {
        m_truncated = true;
        log::ui()->info(
            "whois: {} answered more than {} bytes; the rest is dropped", m_server.toStdString(), kMaxAnswerBytes);
        onServerDone();
    }
}

void WhoisLookup::onServerDone()
{
    if (!m_socket)
        return; // already handled (the close comes as an error and as a disconnect)
    onReadyRead(); // what arrived with the close
    dropSocket();
    m_timer.stop();
    if (m_buffer.isEmpty()) {
        fail(tr("%1 closed the connection without answering.").arg(m_server));
        return;
    }
    const QString answer = decode(m_buffer);
    m_result.answer = answer;
    m_result.truncated = m_truncated;

    const auto next = whois::referral(answer);
    // Always port 43 (a referral's own port is ignored, see isRegistry()); tests move it with setReferralPort.
    const quint16 nextPort = m_referralPort ? m_referralPort : kWhoisPort;
    const bool trusted = isRegistry(next.host) || next.host.compare(m_rootHost, Qt::CaseInsensitive) == 0;
    if (!next.host.isEmpty() && !trusted)
        log::ui()->info("whois: {} refers to {}, not a regional registry: not followed", m_server.toStdString(),
            next.host.toStdString());
    const bool follow = !next.host.isEmpty() && trusted && !m_truncated && m_result.servers.size() <= kMaxReferrals
        && !m_result.servers.contains(serverLabel(next.host, nextPort), Qt::CaseInsensitive); // no loops
    if (follow) {
        log::ui()->debug("whois: {} refers to {}", m_server.toStdString(), next.host.toStdString());
        ask(next.host, nextPort);
        return;
    }
    m_result.ok = true;
    m_result.summary = whois::summary(answer);
    finish();
}

bool WhoisLookup::isRegistry(const QString& host)
{
    static const char* const registries[] = { "whois.iana.org", "whois.arin.net", "whois.ripe.net", "whois.apnic.net",
        "whois.lacnic.net", "whois.afrinic.net" };
    for (const char* registry : registries)
        if (host.compare(QLatin1String(registry), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void WhoisLookup::fail(const QString& error)
{
    dropSocket();
    m_timer.stop();
    m_result.ok = false;
    m_result.error = error;
    log::ui()->info("whois: {}", error.toStdString());
    finish();
}

void WhoisLookup::finish()
{
    // Always from the event loop, so a caller can connect after start() and never sees `finished` re-entrantly.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, result = m_result] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void WhoisLookup::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

} // namespace portolan
