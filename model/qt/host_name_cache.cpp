#include "host_name_cache.h"

#include "core/logging.h"
#include "whois_lookup.h"

#include <QHostAddress>
#include <QHostInfo>

namespace portolan {

namespace {
// Answers kept at most; past it, the settled ones are forgotten (they are asked again when painted again). A
// crowded host has some tens of thousands of distinct remote addresses at worst.
constexpr qsizetype kMaxEntries = 100000;
} // namespace

HostNameCache::HostNameCache(QObject* parent)
    : QObject(parent)
    , m_resolver(systemResolver())
{
    m_clock.start();
    m_notify.setSingleShot(true);
    m_notify.setInterval(200);
    connect(&m_notify, &QTimer::timeout, this, &HostNameCache::namesChanged);
}

HostNameCache::Resolver HostNameCache::systemResolver()
{
    return [](const QString& address, QObject* context, Done done) {
        // QHostInfo resolves on its own thread pool and calls back on `context`'s thread.
        QHostInfo::lookupHost(address, context, [address, done = std::move(done)](const QHostInfo& info) {
            // For an address, QHostInfo answers the address itself when there is no PTR record.
            if (info.error() == QHostInfo::NoError && !info.hostName().isEmpty() && info.hostName() != address)
                done(info.hostName(), {});
            else
                done({}, info.error() == QHostInfo::NoError ? HostNameCache::tr("no PTR record") : info.errorString());
        });
    };
}

void HostNameCache::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    log::model()->info("reverse DNS of remote addresses {}", on ? "on" : "off");
    if (!on) {
        for (const QString& address : m_queue)
            forgetRequest(address);
        m_queue.clear();
    }
    // Either way every shown name may change (Off <-> Pending).
    m_notify.start();
}

void HostNameCache::setLifetimes(std::int64_t namedMs, std::int64_t unnamedMs)
{
    m_namedLifetimeMs = namedMs;
    m_unnamedLifetimeMs = unnamedMs;
}

HostNameCache::Answer HostNameCache::peek(const QString& address) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd())
        return { m_enabled ? State::Pending : State::Off, {}, {} };
    return { it->state, it->name, it->detail };
}

void HostNameCache::setPublicOnly(bool on)
{
    if (on == m_publicOnly)
        return;
    m_publicOnly = on;
    clear(); // answers for the other kind of source are not kept: 10.0.0.5 here is not 10.0.0.5 there
}

HostNameCache::Answer HostNameCache::lookup(const QString& address)
{
    if (m_publicOnly && m_enabled) {
        // whois's list of the ranges no registry (and so no public DNS) answers for.
        if (const QString kind = whois::localKind(QHostAddress(address)); !kind.isEmpty())
            return { State::Unnamed, {}, tr("%1 of the captured machine's own network: not looked up here").arg(kind) };
    }
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (!m_enabled)
            return { State::Off, {}, {} };
        if (m_entries.size() >= kMaxEntries) {
            m_entries.removeIf([](const auto& item) { return !item.value().asking; });
            log::model()->debug("reverse DNS cache full: settled answers forgotten");
        }
        Entry entry;
        entry.asking = true;
        m_entries.insert(address, entry);
        enqueue(address);
        return { State::Pending, {}, {} };
    }
    const Answer answer { it->state, it->name, it->detail };
    if (m_enabled && !it->asking && it->expiresAtMs <= m_clock.elapsed()) {
        it->asking = true;
        enqueue(address); // keeps showing the old answer until the new one lands
    }
    return answer;
}

void HostNameCache::enqueue(const QString& address)
{
    // Trimming the queue erases entries, and erasing from a QHash moves others (Qt 6's open addressing): no
    // iterator or reference into m_entries may be held across this call.
    m_queue.push_back(address);
    while (static_cast<int>(m_queue.size()) > m_maxQueued) {
        // The oldest request: a row scrolled past long ago. Forgotten, so that painting it again asks again.
        forgetRequest(m_queue.front());
        m_queue.pop_front();
    }
    // Later, not inside the view's data() call that asked.
    QMetaObject::invokeMethod(this, &HostNameCache::pump, Qt::QueuedConnection);
}

void HostNameCache::forgetRequest(const QString& address)
{
    // A queued address that was never answered is forgotten; one asked again because its answer expired keeps it.
    if (auto it = m_entries.find(address); it != m_entries.end()) {
        if (it->state == State::Pending)
            m_entries.erase(it);
        else
            it->asking = false;
    }
}

void HostNameCache::pump()
{
    while (m_enabled && m_inFlight < m_maxInFlight && !m_queue.empty()) {
        const QString address = m_queue.back();
        m_queue.pop_back();
        ++m_inFlight;
        log::model()->debug(
            "reverse DNS of {} ({} in flight, {} queued)", address.toStdString(), m_inFlight, m_queue.size());
        m_resolver(address, this,
            [this, address](const QString& name, const QString& error) { answered(address, name, error); });
    }
}

void HostNameCache::answered(const QString& address, const QString& name, const QString& error)
{
    --m_inFlight;
    Entry& entry = m_entries[address]; // re-created if clear() forgot it meanwhile: the answer is still good
    entry.asking = false;
    entry.state = name.isEmpty() ? State::Unnamed : State::Named;
    entry.name = name;
    entry.detail = error;
    entry.expiresAtMs = m_clock.elapsed() + (name.isEmpty() ? m_unnamedLifetimeMs : m_namedLifetimeMs);
    ++m_generation;
    if (!m_notify.isActive())
        m_notify.start();
    pump();
}

void HostNameCache::clear()
{
    m_entries.clear();
    m_queue.clear();
    ++m_generation;
    m_notify.start();
}

} // namespace portolan
