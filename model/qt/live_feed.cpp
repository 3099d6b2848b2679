#include "live_feed.h"

#include <QMetaObject>

namespace portolan {

LiveFeed::LiveFeed(SnapshotWorker::EngineFactory factory, QObject* parent)
    : QObject(parent)
    , m_worker(new SnapshotWorker(std::move(factory)))
{
    m_thread.setObjectName(QStringLiteral("snapshot-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SnapshotWorker::updateReady, this,
        [this](const TableUpdatePtr& u, const RangesReportPtr& r, const FindingReportPtr& f) {
            Q_EMIT update(*u);
            Q_EMIT rangesUpdated(r);
            Q_EMIT findingsUpdated(f);
            QMetaObject::invokeMethod(m_worker, &SnapshotWorker::acknowledge, Qt::QueuedConnection);
        });
    connect(m_worker, &SnapshotWorker::intervalStretched, this, &LiveFeed::intervalStretched);
    connect(m_worker, &SnapshotWorker::rangesReady, this, &LiveFeed::rangesUpdated);
    connect(m_worker, &SnapshotWorker::recordingFailed, this, &LiveFeed::recordingFailed);
    connect(m_worker, &SnapshotWorker::snapshotFailed, this, &LiveFeed::snapshotFailed);
    connect(m_worker, &SnapshotWorker::snapshotRecovered, this, &LiveFeed::snapshotRecovered);
}

LiveFeed::~LiveFeed()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        // Never started (a window that only shows captures): no event loop will run the worker's deleteLater or
        // the calls queued for it, so it goes here; nothing else can reach it (found by LeakSanitizer).
        delete m_worker;
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void LiveFeed::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SnapshotWorker::start, Qt::QueuedConnection);
}

void LiveFeed::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ms] { w->setIntervalMs(ms); }, Qt::QueuedConnection);
}

void LiveFeed::setPaused(bool paused)
{
    m_paused = paused;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, paused] { w->setPaused(paused); }, Qt::QueuedConnection);
}

void LiveFeed::refreshNow()
{
    QMetaObject::invokeMethod(m_worker, &SnapshotWorker::refreshNow, Qt::QueuedConnection);
}

} // namespace portolan

namespace portolan {

void LiveFeed::setRangesOptions(const analysis::RangesOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, options] { w->setRangesOptions(options); }, Qt::QueuedConnection);
}

} // namespace portolan

namespace portolan {

void LiveFeed::resetTable()
{
    QMetaObject::invokeMethod(m_worker, &SnapshotWorker::resetTable, Qt::QueuedConnection);
}

} // namespace portolan

namespace portolan {

void LiveFeed::setRecordingPath(const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->setRecordingPath(path); }, Qt::QueuedConnection);
}

} // namespace portolan

namespace portolan {

void LiveFeed::setCatalogueOverrides(const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path] { w->setCatalogueOverrides(path); }, Qt::QueuedConnection);
}

} // namespace portolan
