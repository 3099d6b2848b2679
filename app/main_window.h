#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;

namespace portolan {

class EndpointTableModel;
class EndpointTableView;
class LiveFeed;
class QuickFilterEdit;
class SnapshotStatusBar;
struct EngineOptions;
struct TableUpdate;

// The composition root of the GUI: creates the live feed, the models and the views and wires them together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // With `live` false the window starts no snapshots: it shows what applyUpdate() gives it (tests, captures).
    MainWindow(const EngineOptions& engineOptions, int intervalMs, bool live = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    EndpointTableModel* tableModel() const { return m_model; }
    EndpointTableView* tableView() const { return m_view; }
    QuickFilterEdit* filterEdit() const { return m_filter; }
    LiveFeed* feed() const { return m_feed; }

    // Shows a fixed set of updates instead of the live feed (tests, captures).
    void applyUpdate(const TableUpdate& update);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void createActions();
    void setPaused(bool paused);
    void updateMode();

    EndpointTableModel* m_model;
    EndpointTableView* m_view;
    QuickFilterEdit* m_filter;
    SnapshotStatusBar* m_status;
    LiveFeed* m_feed;
    QAction* m_pauseAction = nullptr;
    QComboBox* m_interval = nullptr;
    bool m_live;
    bool m_started = false;
    bool m_pausedByHide = false;
};

} // namespace portolan
