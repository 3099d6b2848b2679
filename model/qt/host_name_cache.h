#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>

namespace portolan {

// Reverse DNS names of remote addresses, for the table's optional "Remote host" column (issue #13).
//
// Names are asked for only when a view paints a row (the model calls lookup() from data(), and a virtualized view
// asks data() for the rows on screen only), a few lookups at a time, and cached. The refresh path never starts,
// waits for or even sees a lookup. TCPView resolves the addresses of every row on every update, one of the reasons
// it falls behind with thousands of rows (../shared/seeds); and a crowded DNS server's own table would send
// thousands of PTR queries to itself. So resolving is off until switched on, and MainWindow leaves it off by
// default on a crowded host.
//
// Queued addresses are taken newest first: what the user scrolled to last is what they are looking at. The queue
// is bounded; addresses dropped from its old end are asked again if they are painted again.
class HostNameCache final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off, // resolving is switched off and nothing is known
        Pending, // queued or being looked up
        Named,
        Unnamed, // no PTR record, or the lookup failed (`detail` says which)
    };
    struct Answer
    {
        State state = State::Off;
        QString name; // Named: the host name
        QString detail; // Unnamed: why
    };
    // Starts a reverse lookup of `address` and calls `done` exactly once, on `context`'s thread: a name, or an empty
    // name and a reason. The default is QHostInfo (its own thread pool); tests wrap it to count or delay lookups.
    using Done = std::function<void(const QString& name, const QString& error)>;
    using Resolver = std::function<void(const QString& address, QObject* context, Done done)>;

    explicit HostNameCache(QObject* parent = nullptr);

    void setEnabled(bool on); // off: the queue is dropped (lookups already started still land in the cache)
    bool isEnabled() const { return m_enabled; }
    // Public addresses only: for a capture from another machine, whose private, loopback and link-local
    // addresses belong to its own network, where this machine's DNS would give another host's name (or none).
    // Those answer Unnamed, with the reason, and are never asked.
    void setPublicOnly(bool on);
    bool publicOnly() const { return m_publicOnly; }

    // What is known about `address`. Unknown or expired and resolving on: queues a lookup (and answers Pending,
    // or the expired name while it is asked again).
    Answer lookup(const QString& address);
    // What is known, without queueing anything (sorting reads names this way).
    Answer peek(const QString& address) const;

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    void setMaxInFlight(int lookups) { m_maxInFlight = std::max(1, lookups); }
    void setMaxQueued(int addresses) { m_maxQueued = std::max(1, addresses); }
    // How long answers are kept: names for an hour, "no name" for five minutes (a PTR record added to fix a
    // problem should show up without a restart).
    void setLifetimes(std::int64_t namedMs, std::int64_t unnamedMs);
    void setNotifyDelay(int ms) { m_notify.setInterval(ms); }

    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    qsizetype known() const { return m_entries.size(); }
    // Changes whenever an answer lands or answers are forgotten: a view sorted by name re-sorts when it moved.
    std::uint64_t generation() const { return m_generation; }
    void clear(); // forgets every answer (lookups in flight still land)

    static Resolver systemResolver();

Q_SIGNALS:
    // Answers arrived since the last emission; coalesced so that a screenful of answers is one repaint.
    void namesChanged();

private:
    struct Entry
    {
        State state = State::Pending;
        QString name;
        QString detail;
        std::int64_t expiresAtMs = 0;
        bool asking = false; // queued or in flight
    };
    void enqueue(const QString& address); // the caller has set the entry's `asking`
    void forgetRequest(const QString& address);
    void pump();
    void answered(const QString& address, const QString& name, const QString& error);

    QHash<QString, Entry> m_entries;
    std::deque<QString> m_queue; // newest at the back, taken from the back
    Resolver m_resolver;
    QElapsedTimer m_clock;
    QTimer m_notify;
    std::int64_t m_namedLifetimeMs = 3600 * 1000;
    std::int64_t m_unnamedLifetimeMs = 300 * 1000;
    int m_maxInFlight = 4;
    int m_maxQueued = 512;
    int m_inFlight = 0;
    bool m_enabled = false;
    bool m_publicOnly = false;
    std::uint64_t m_generation = 1;
};

} // namespace portolan
