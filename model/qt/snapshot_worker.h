#pragma once

#include "core/analysis/ranges_report.h"
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/findings.h"
#include "core/heap_trim.h"
#include "core/recording.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace portolan {

using TableUpdatePtr = std::shared_ptr<const TableUpdate>;
using RangesReportPtr = std::shared_ptr<const analysis::RangesReport>;
using FindingReportPtr = std::shared_ptr<const conflicts::FindingReport>;

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
    // Forget the rows the GUI had (it cleared its models): the next update carries every row again.
    void resetTable();
    // Appends every snapshot to a recording file; an empty path stops recording.
    void setRecordingPath(const QString& path);
    // The user's catalogue overrides file: the findings use shipped + overrides from the next snapshot on.
    void setCatalogueOverrides(const QString& path);
    // Histogram bucket size and filter; recomputes the report from the last snapshot at once.
    void setRangesOptions(const portolan::analysis::RangesOptions& options);

Q_SIGNALS:
    // The table update and the range report of one snapshot, computed here so the GUI only draws.
    void updateReady(
        portolan::TableUpdatePtr update, portolan::RangesReportPtr ranges, portolan::FindingReportPtr findings);
    void rangesReady(portolan::RangesReportPtr ranges); // after setRangesOptions
    void recordingFailed(const QString& message);
    void intervalStretched(int effectiveMs); // a snapshot took longer than the interval
    // A snapshot could not be taken (SnapshotMeta::failure, or the engine threw): nothing was sent, the GUI keeps
    // the rows of `lastGoodMs` (Unix ms, 0 when there never was a good one). Emitted at every failed refresh.
    void snapshotFailed(const QString& reason, qint64 lastGoodMs);
    void snapshotRecovered(); // the first good snapshot after failures (its updateReady follows)

private:
    void takeSnapshot();
    void scheduleNext();
    // Takes one snapshot; on failure says why in `failure` (the engine's own failure, or what it threw).
    std::shared_ptr<const Snapshot> takeGuarded(std::string& failure);
    void reportFailure(const std::string& failure);

    EngineFactory m_factory;
    std::unique_ptr<SnapshotEngine> m_engine;
    TableTracker m_tracker;
    analysis::RangesOptions m_rangesOptions;
    std::shared_ptr<const Snapshot> m_last;
    HeapTrimmer m_heapTrimmer;
    MachinePortConfig m_portConfig;
    // The reports of m_last, handed out again while nothing changes (the GUI skips redrawing what it has).
    RangesReportPtr m_lastRanges;
    FindingReportPtr m_lastFindings;
    RecordingWriter m_recording;
    std::string m_overridesPath;
    std::unique_ptr<conflicts::FindingEngine> m_findings; // the catalogue's lookup tables, built once
    QTimer* m_timer = nullptr;
    int m_intervalMs = 1000;
    int m_effectiveIntervalMs = 1000;
    bool m_paused = false;
    bool m_awaitingAck = false;
    bool m_refreshRequested = false;
    // Failure bookkeeping: the cause is logged when it starts or changes, not at every refresh (issue #14).
    std::string m_failure;
    std::size_t m_failedRefreshes = 0;
    qint64 m_lastGoodMs = 0;
};

} // namespace portolan

Q_DECLARE_METATYPE(portolan::TableUpdatePtr)
Q_DECLARE_METATYPE(portolan::RangesReportPtr)
Q_DECLARE_METATYPE(portolan::FindingReportPtr)
