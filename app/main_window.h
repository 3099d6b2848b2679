#pragma once

#include "core/analysis/ranges_report.h"
#include "core/conflicts/findings.h"
#include "core/conflicts/fix_plan.h"
#include "row_filter.h"
#include "row_store.h"
#include "snapshot_worker.h"
#include "thresholds_dialog.h" // AnalysisThresholds

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace portolan {

class ConflictPanel;
class EndpointTableModel;
class EndpointTableView;
class ExhaustionPanel;
class FilterBar;
class LiveFeed;
class PortRangePanel;
class PortUsageHistory;
class ProcessTreeModel;
class ProcessTreeView;
class QuickFilterEdit;
class AddressResolving;
class RowFind;
class RowActions;
struct RowSelection;
class SnapshotStatusBar;
struct EngineOptions;
struct ImportResult;
struct Snapshot;
class TableTracker;
struct TableUpdate;
class WindowSettings;

// The composition root of the GUI: creates the live feed, the models and the views and wires them together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // With `live` false the window starts no snapshots: it shows what applyUpdate() gives it (tests, captures).
    MainWindow(const EngineOptions& engineOptions, int intervalMs, bool live = true, QWidget* parent = nullptr);
    ~MainWindow() override;
    static constexpr int kDefaultIntervalMs = 1000;

    SnapshotStatusBar* snapshotStatus() const { return m_status; }
    EndpointTableModel* tableModel() const { return m_model; }
    EndpointTableView* tableView() const { return m_view; }
    ProcessTreeModel* processModel() const { return m_processModel; }
    ProcessTreeView* processView() const { return m_processView; }
    PortRangePanel* rangePanel() const { return m_rangePanel; }
    ExhaustionPanel* exhaustionPanel() const { return m_exhaustionPanel; }
    ConflictPanel* conflictPanel() const { return m_conflictPanel; }
    QuickFilterEdit* filterEdit() const { return m_filter; }
    FilterBar* filterBar() const { return m_filterBar; }
    QToolBar* filterToolbar() const { return m_filterToolbar; } // hidden until View > Filter bar (Ctrl+Shift+F)
    LiveFeed* feed() const { return m_feed; }
    RowActions* rowActions() const { return m_rowActions; }
    AddressResolving* addressResolving() const { return m_resolving; } // View > Resolve remote addresses
    RowFind* rowFind() const { return m_find; } // Edit > Find next / previous, the filter box's find mode
    // The selected rows of the view on screen, for the row actions.
    RowSelection rowSelection() const;

    // Shows a fixed set of updates instead of the live feed (tests, captures).
    void applyUpdate(const TableUpdate& update);
    void applyRanges(const analysis::RangesReport& report);
    void applyFindings(const conflicts::FindingReport& report);
    // Fix…: the plan for one finding (nothing is changed), then the preview; Apply runs `portolan-cli apply`,
    // which elevates itself, journals and verifies; Undo runs `portolan-cli undo` on that journal.
    std::optional<conflicts::Plan> planFix(const QString& findingId, QString& error) const;
    void fixFinding(const QString& findingId);
    void undoLastFix();
    // The user's catalogue overrides (Edit > Known-service catalogue), in the per-user config folder.
    static QString catalogueOverridesPath();
    // Selects the rows of these endpoints in the shown view and scrolls to the first.
    void selectEndpoints(const std::vector<EndpointKey>& keys);
    void showProcessView(bool processView);
    bool processViewShown() const;
    void setPortFilter(std::uint16_t first, std::uint16_t last);
    void clearPortFilter();
    int intervalMs() const;
    void setIntervalMs(int ms); // an interval the toolbar does not list is added to it
    bool refreshPaused() const;
    void setRefreshPaused(bool paused);
    // Low-bandwidth mode (low_bandwidth.h): no row highlighting, no animations, a slower refresh.
    bool lowBandwidth() const;
    void setLowBandwidth(bool on);
    int effectiveIntervalMs() const; // intervalMs(), at least low_bandwidth::kMinIntervalMs in that mode

    // Settings (window_settings.h): main() restores them once the window is built and the window stores them when
    // it closes; a window that never restored them (tests, scripted runs) stores nothing.
    void restoreSettings();
    void saveSettings() const;
    void resetSettings(); // View > Reset to defaults
    void setOverriddenSettings(const QStringList& keys); // command-line options: not stored on close

    // Analysis thresholds (threshold_settings.h): read from the settings as the window is built, so that the first
    // snapshot is analysed with them. View > Thresholds… opens the dialog; its OK calls setThresholds(), which
    // stores them and re-runs the analysis of what is shown (the live feed's last snapshot, or the capture).
    const AnalysisThresholds& thresholds() const { return m_thresholds; }
    void setThresholds(const AnalysisThresholds& thresholds);
    void editThresholds();
    void resetThresholds(); // forgets the stored ones and applies the defaults (View > Reset to defaults does too)
    int crowdedHostEndpoints() const { return m_thresholds.crowdedHostEndpoints; }

    // Captures from other machines: shown read-only in every view, in place of the live feed.
    void openCapture(const QString& path);
    void showCapture(const ImportResult& result, const QString& path);
    bool captureMode() const { return m_captureMode; }
    void goLive();
    // Opens a compare dialog between what is shown now and the capture at `path`.
    void compareWith(const QString& path);
    void saveSnapshot(const QString& path);
    // Recording: every live snapshot's changes appended to `path` (empty stops). Replay: a recording's frames
    // shown one after another through the same views, like a capture.
    void setRecording(const QString& path);
    void replayRecording(const QString& path);
    int replayFrame() const { return m_replayIndex; }
    void exportView(const QString& path); // by extension: .csv, .json, .html
    std::shared_ptr<const Snapshot> currentSnapshot() const { return m_current; }

Q_SIGNALS:
    void captureShown(); // tests wait for it
    void replayFinished();
    void compareShown();

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    friend class WindowSettings;
    friend class RowFind;
    void createActions();
    void createFilterBar(QToolBar* mainToolbar, QMenu* viewMenu, QAction* menuAnchor);
    void createRowActions(); // the Actions menu and the views' context menus (row_actions.h)
    void createDocks();
    void nameDockTabBars(); // screen-reader names for the tab bars of tabbed docks
    void setPaused(bool paused);
    void applyInterval(); // effectiveIntervalMs() to the feed and a running replay
    void applyLowBandwidth(bool on);
    void updateMode();
    void applyFilter();
    void showRangesFor(std::shared_ptr<const Snapshot> snapshot);
    analysis::RangesOptions rangesOptions() const; // the range panel's histogram options and m_thresholds
    void applyThresholds(const AnalysisThresholds& thresholds); // without storing them
    // Empties the table, the tree, the reports and the history (switching between live, captures and replays).
    void clearViews();
    void enterCaptureMode(const QString& name);
    void showReplayFrame();
    QString sourceDescription() const;
    std::vector<std::uint32_t> selectedSlots() const;
    void selectSlots(const std::vector<std::uint32_t>& chosen);

    RowStorePtr m_rows; // shared by both models: applied here first, then by each model
    EndpointTableModel* m_model;
    ProcessTreeModel* m_processModel;
    PortUsageHistory* m_history;
    EndpointTableView* m_view;
    ProcessTreeView* m_processView;
    QStackedWidget* m_views;
    QuickFilterEdit* m_filter;
    FilterBar* m_filterBar = nullptr;
    QToolBar* m_filterToolbar = nullptr;
    RowFilter m_criteria; // the filter bar's
    std::vector<DynamicPortRange> m_dynamicRanges; // from the last ranges report, for "only in the dynamic range"
    std::unique_ptr<WindowSettings> m_settings;
    bool m_persistSettings = false;
    AnalysisThresholds m_thresholds;
    SnapshotStatusBar* m_status;
    LiveFeed* m_feed;
    PortRangePanel* m_rangePanel = nullptr;
    ExhaustionPanel* m_exhaustionPanel = nullptr;
    ConflictPanel* m_conflictPanel = nullptr;
    QDockWidget* m_conflictDock = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_tableAction = nullptr;
    QAction* m_processAction = nullptr;
    QAction* m_lowBandwidthAction = nullptr;
    QComboBox* m_interval = nullptr;
    QComboBox* m_groupBy = nullptr;
    QToolButton* m_portFilterButton = nullptr;
    QMenu* m_docksMenuAnchor = nullptr;
    RowActions* m_rowActions = nullptr;
    AddressResolving* m_resolving = nullptr;
    RowFind* m_find = nullptr;
    std::optional<std::pair<std::uint16_t, std::uint16_t>> m_portFilter;
    QString m_filterText;
    bool m_live;
    bool m_captureMode = false;
    std::shared_ptr<const Snapshot> m_current;
    RangesReportPtr m_shownLiveRanges; // the live reports on screen, to skip the ones handed out again
    FindingReportPtr m_shownLiveFindings;
    QString m_captureName;
    std::unique_ptr<TableTracker> m_captureTracker;
    QStringList m_findingsText; // for reports
    std::shared_ptr<const conflicts::FindingReport> m_findings;
    std::shared_ptr<const conflicts::FindingEngine> m_captureFindings; // captures and replays
    QString m_lastJournal;
    std::vector<std::shared_ptr<const Snapshot>> m_replay;
    int m_replayIndex = 0;
    QTimer* m_replayTimer = nullptr;
    QString m_recordingPath;
    QAction* m_recordAction = nullptr;
    bool m_started = false;
    bool m_pausedByHide = false;
};

} // namespace portolan
