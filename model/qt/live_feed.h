#pragma once

#include "snapshot_worker.h"

#include <QObject>
#include <QThread>

namespace portolan {

// Owns the worker thread. Delivers each TableUpdate on the GUI thread through `update`, then acknowledges it
// to the worker, which only then schedules the next snapshot.
class LiveFeed final : public QObject
{
    Q_OBJECT
public:
    explicit LiveFeed(SnapshotWorker::EngineFactory factory, QObject* parent = nullptr);
    ~LiveFeed() override;

    void start();
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; } // the last one asked for (the worker may stretch it)
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void refreshNow();
    // The GUI cleared its models (a capture was shown): start over with a full update.
    void resetTable();
    void setRecordingPath(const QString& path);
    void setCatalogueOverrides(const QString& path);
    void setRangesOptions(const analysis::RangesOptions& options);

Q_SIGNALS:
    // Connected receivers run synchronously, on the GUI thread, before the worker is told to go on.
    void update(const portolan::TableUpdate& update);
    // The port-range report of the same snapshot (and again whenever the range options change).
    void rangesUpdated(const portolan::RangesReportPtr& ranges);
    void findingsUpdated(const portolan::FindingReportPtr& findings);
    void intervalStretched(int effectiveMs);
    void recordingFailed(const QString& message);
    // The worker could not take a snapshot: the models keep their rows (SnapshotWorker::snapshotFailed).
    void snapshotFailed(const QString& reason, qint64 lastGoodMs);
    void snapshotRecovered();

private:
    QThread m_thread;
    SnapshotWorker* m_worker;
    bool m_paused = false;
    int m_intervalMs = 0;
};

} // namespace portolan
