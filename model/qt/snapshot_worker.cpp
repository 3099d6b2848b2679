#include "snapshot_worker.h"

#include "core/logging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <exception>

namespace portolan {

SnapshotWorker::SnapshotWorker(EngineFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    qRegisterMetaType<TableUpdatePtr>();
    qRegisterMetaType<RangesReportPtr>();
    qRegisterMetaType<FindingReportPtr>();
}

SnapshotWorker::~SnapshotWorker() = default;

void SnapshotWorker::start()
{
    // Created here, in the worker thread: the engine and its caches are used from this thread only.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SnapshotWorker::takeSnapshot);
    if (!m_engine)
        m_engine = m_factory();
    setCatalogueOverrides(QString::fromStdString(m_overridesPath));
    takeSnapshot();
}

void SnapshotWorker::setIntervalMs(int ms)
{
    m_intervalMs = std::max(100, ms);
    m_effectiveIntervalMs = m_intervalMs;
    if (m_timer && m_timer->isActive())
        m_timer->start(m_effectiveIntervalMs);
}

void SnapshotWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        if (m_timer)
            m_timer->stop();
    } else if (!m_awaitingAck) {
        scheduleNext();
    }
}

void SnapshotWorker::refreshNow()
{
    if (m_awaitingAck) {
        m_refreshRequested = true; // taken as soon as the GUI caught up
        return;
    }
    if (m_timer)
        m_timer->stop();
    takeSnapshot();
}

void SnapshotWorker::acknowledge()
{
    m_awaitingAck = false;
    // The GUI has applied the refresh and dropped what it replaced: return the freed pages now.
    m_heapTrimmer.afterRefresh(m_last ? m_last->endpoints.size() : 0);
    if (m_refreshRequested) {
        m_refreshRequested = false;
        takeSnapshot();
        return;
    }
    scheduleNext();
}

void SnapshotWorker::scheduleNext()
{
    if (m_paused || !m_timer)
        return;
    m_timer->start(m_effectiveIntervalMs);
}

void SnapshotWorker::takeSnapshot()
{
    if (!m_engine)
        return;
    std::string failure;
    auto snapshot = takeGuarded(failure);
    if (!snapshot) {
        reportFailure(failure);
        scheduleNext();
        return;
    }
    if (m_failedRefreshes) {
        log::model()->warn("snapshots recovered after {} failed refreshes", m_failedRefreshes);
        m_failedRefreshes = 0;
        m_failure.clear();
        Q_EMIT snapshotRecovered();
    }
    m_lastGoodMs = snapshot->meta.capturedAtMs;
    const auto snapshotMs = static_cast<int>(snapshot->meta.durationUs / 1000);
    // Port policy is per network namespace and can change under us (sysctl, netsh): read it with every snapshot;
    // it is two small files on Linux.
    auto config = readMachinePortConfig();
    if (m_recording.isOpen() && !m_recording.append(*snapshot)) {
        m_recording.close();
        Q_EMIT recordingFailed(tr("Writing the recording failed; recording stopped."));
    }
    m_last = snapshot;
    auto update = std::make_shared<TableUpdate>(m_tracker.update(snapshot, QDateTime::currentMSecsSinceEpoch()));
    // An idle server's refresh usually finds the very same sockets (the diff says so with one comparison): then
    // the reports of the last refresh still hold, and handing out the same ones lets the GUI skip its redraws.
    const bool unchanged = m_lastRanges && m_lastFindings && config == m_portConfig && update->added.empty()
        && update->closing.empty() && update->changed.empty();
    m_portConfig = std::move(config);
    if (!unchanged) {
        m_lastRanges = std::make_shared<const analysis::RangesReport>(
            analysis::buildRangesReport(*snapshot, m_portConfig, m_rangesOptions));
        conflicts::FindingOptions findingOptions;
        findingOptions.poolVerdicts = &m_lastRanges->pools;
        m_lastFindings = std::make_shared<const conflicts::FindingReport>(
            m_findings->compute(*snapshot, m_portConfig, findingOptions));
    }
    auto ranges = m_lastRanges;
    auto findings = m_lastFindings;
    log::model()->debug("snapshot: {} endpoints, +{} -{} ~{}, {} ms", update->counts.endpoints, update->added.size(),
        update->closing.size(), update->changed.size(), snapshotMs);

    // A snapshot slower than half the interval would keep a core busy: stretch the interval (issue #7), and
    // shrink it back once snapshots are fast again.
    const int wanted = std::max(m_intervalMs, snapshotMs * 2);
    if (wanted != m_effectiveIntervalMs) {
        m_effectiveIntervalMs = wanted;
        Q_EMIT intervalStretched(wanted == m_intervalMs ? 0 : wanted);
    }
    m_awaitingAck = true;
    Q_EMIT updateReady(std::move(update), std::move(ranges), std::move(findings));
}

std::shared_ptr<const Snapshot> SnapshotWorker::takeGuarded(std::string& failure)
{
    try {
        auto snapshot = std::make_shared<const Snapshot>(m_engine->take());
        if (snapshot->meta.failure.empty())
            return snapshot;
        failure = snapshot->meta.failure;
    } catch (const std::exception& error) {
        // An engine bug or resource exhaustion must cost one refresh, not the admin's view.
        failure = std::string("taking the snapshot failed: ") + error.what();
    } catch (...) {
        failure = "taking the snapshot failed";
    }
    return nullptr;
}

void SnapshotWorker::reportFailure(const std::string& failure)
{
    ++m_failedRefreshes;
    if (failure != m_failure) {
        log::model()->error("snapshot failed, showing the last good data: {}", failure);
        m_failure = failure;
    }
    Q_EMIT snapshotFailed(QString::fromStdString(failure), m_lastGoodMs);
}

} // namespace portolan

namespace portolan {

void SnapshotWorker::setRangesOptions(const analysis::RangesOptions& options)
{
    m_rangesOptions = options;
    if (m_last) {
        m_lastRanges = std::make_shared<const analysis::RangesReport>(
            analysis::buildRangesReport(*m_last, m_portConfig, m_rangesOptions));
        Q_EMIT rangesReady(m_lastRanges);
    }
}

} // namespace portolan

namespace portolan {

void SnapshotWorker::resetTable()
{
    m_tracker = TableTracker {};
}

} // namespace portolan

namespace portolan {

void SnapshotWorker::setRecordingPath(const QString& path)
{
    m_recording.close();
    if (path.isEmpty())
        return;
    std::string error;
    if (!m_recording.open(path.toStdString(), error))
        Q_EMIT recordingFailed(QString::fromStdString(error));
}

} // namespace portolan

namespace portolan {

void SnapshotWorker::setCatalogueOverrides(const QString& path)
{
    m_overridesPath = path.toStdString();
    const bool exists = !m_overridesPath.empty() && QFileInfo::exists(path);
    const auto catalogue = conflicts::loadEffectiveCatalogue({}, exists ? m_overridesPath : std::string());
    for (const auto& problem : catalogue.problems)
        log::model()->warn("catalogue: {}", problem.text());
    m_findings = std::make_unique<conflicts::FindingEngine>(catalogue);
    m_lastFindings.reset(); // recomputed with the new catalogue on the next snapshot
}

} // namespace portolan
