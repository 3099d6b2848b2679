#pragma once

#include "core/snapshot_engine.h"
#include "core/table_update.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace portolan {

using TableUpdatePtr = std::shared_ptr<const TableUpdate>;

// Takes snapshots on its own thread and turns them into TableUpdates (diff included), so the GUI thread only
// applies prepared batches. The next snapshot is scheduled only after the GUI acknowledged the previous one
// (hotspot's pattern): a slow GUI can never build a backlog of snapshots.
class SnapshotWorker final : public QObject
{
    Q_OBJECT
public:
    using EngineFactory = std::function<std::unique_ptr<SnapshotEngine>()>;
    explicit SnapshotWorker(EngineFactory factory, QObject* parent = nullptr);
    ~SnapshotWorker() override;

public Q_SLOTS:
    void start(); // first snapshot at once
    void setIntervalMs(int ms);
    void setPaused(bool paused);
    void refreshNow();
    void acknowledge(); // the GUI applied the last update

Q_SIGNALS:
    void updateReady(portolan::TableUpdatePtr update);
    void intervalStretched(int effectiveMs); // a snapshot took longer than the interval

private:
    void takeSnapshot();
    void scheduleNext();

    EngineFactory m_factory;
    std::unique_ptr<SnapshotEngine> m_engine;
    TableTracker m_tracker;
    QTimer* m_timer = nullptr;
    int m_intervalMs = 1000;
    int m_effectiveIntervalMs = 1000;
    bool m_paused = false;
    bool m_awaitingAck = false;
    bool m_refreshRequested = false;
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::TableUpdatePtr)
