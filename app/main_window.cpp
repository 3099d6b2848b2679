#include "main_window.h"

#include "address_resolving.h"
#include "catalogue_dialog.h"
#include "compare_dialog.h"
#include "conflict_panel.h"
#include "core/conflicts/apply_engine.h"
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/operation_executor.h"
#include "core/conflicts/plan_builder.h"
#include "core/import/capture_import.h"
#include "core/logging.h"
#include "core/recording.h"
#include "core/snapshot_compare.h"
#include "core/snapshot_engine.h"
#include "core/snapshot_json.h"
#include "core/time_format.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "exhaustion_panel.h"
#include "filter_bar.h"
#include "filter_presets.h"
#include "fix_preview_dialog.h"
#include "live_feed.h"
#include "low_bandwidth.h"
#include "port_histogram_chart.h"
#include "port_range_panel.h"
#include "port_usage_history.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "quick_filter_edit.h"
#include "reading_guide_dialog.h"
#include "row_actions.h"
#include "row_find.h"
#include "snapshot_status_bar.h"
#include "threshold_settings.h"
#include "thresholds_dialog.h"
#include "translation_loader.h"
#include "view_export.h"
#include "window_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace portolan {

MainWindow::MainWindow(const EngineOptions& engineOptions, int intervalMs, bool live, QWidget* parent)
    : QMainWindow(parent)
    , m_rows(std::make_shared<RowStore>())
    , m_model(new EndpointTableModel(m_rows, this))
    , m_processModel(new ProcessTreeModel(m_rows, this))
    , m_history(new PortUsageHistory(this))
    , m_view(new EndpointTableView(this))
    , m_processView(new ProcessTreeView(this))
    , m_views(new QStackedWidget(this))
    , m_filter(new QuickFilterEdit(this))
    , m_status(new SnapshotStatusBar(this))
    , m_feed(new LiveFeed([engineOptions] { return createPlatformEngine(engineOptions); }, this))
    , m_live(live)
{
    setWindowTitle(live ? tr("Portolan — live") : tr("Portolan"));
    setAcceptDrops(true);
    m_view->setModel(m_model);
    m_view->sortByColumn(EndpointTableModel::ProcessColumn, Qt::AscendingOrder);
    m_processView->setModel(m_processModel);
    m_views->addWidget(m_view);
    m_views->addWidget(m_processView);
    setCentralWidget(m_views);
    setStatusBar(m_status);

    const QFontMetrics metrics(m_view->font());
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[]
        = { { EndpointTableModel::ProcessColumn, 24 }, { EndpointTableModel::PidColumn, 8 },
              { EndpointTableModel::ProtocolColumn, 9 }, { EndpointTableModel::LocalAddressColumn, 22 },
              { EndpointTableModel::LocalPortColumn, 12 }, { EndpointTableModel::RemoteAddressColumn, 22 },
              { EndpointTableModel::RemotePortColumn, 13 }, { EndpointTableModel::StateColumn, 14 },
              { EndpointTableModel::ServiceColumn, 12 }, { EndpointTableModel::UserColumn, 10 } };
    for (const auto& [column, chars] : widths)
        m_view->header()->resizeSection(column, digit * chars);
    m_processView->header()->resizeSection(ProcessTreeModel::NameColumn, digit * 40);
    for (int column = ProcessTreeModel::PidColumn; column < ProcessTreeModel::DetailsColumn; ++column)
        m_processView->header()->resizeSection(column, digit * 11);
    m_processView->header()->resizeSection(ProcessTreeModel::RemoteColumn, digit * 22);
    m_view->header()->resizeSection(EndpointTableModel::RemoteHostColumn, digit * 30);
    // Shown beside the remote address it names (the model keeps it last for stored layouts of older versions).
    m_view->header()->moveSection(m_view->header()->visualIndex(EndpointTableModel::RemoteHostColumn),
        m_view->header()->visualIndex(EndpointTableModel::RemotePortColumn) + 1);
    m_resolving = new AddressResolving(m_model, m_view->header(), this);
    connect(m_resolving, &AddressResolving::statusMessage, m_status, &SnapshotStatusBar::showMessage);

    createActions();
    createDocks();
    connect(m_filter, &QuickFilterEdit::filterChanged, this, [this](const QString& text) {
        m_filterText = text;
        applyFilter();
        m_find->textChanged();
    });
    // Updates from the live feed are dropped while a capture is shown (the feed is paused; one may be in flight).
    connect(m_feed, &LiveFeed::update, this, [this](const TableUpdate& update) {
        if (!m_captureMode)
            applyUpdate(update);
    });
    // While nothing changes the worker hands out the same reports again: redrawing the charts and panels for them
    // was most of an idle refresh's cost (issue #7's 2 % of a core); only the usage history moves on.
    connect(m_feed, &LiveFeed::rangesUpdated, this, [this](const RangesReportPtr& report) {
        if (!report || m_captureMode)
            return;
        if (report == m_shownLiveRanges) {
            m_history->record(report->exhaustion, QDateTime::currentMSecsSinceEpoch());
            return;
        }
        m_shownLiveRanges = report;
        applyRanges(*report);
    });
    connect(m_feed, &LiveFeed::findingsUpdated, this, [this](const FindingReportPtr& report) {
        if (!report || m_captureMode || report == m_shownLiveFindings)
            return;
        m_shownLiveFindings = report;
        applyFindings(*report);
    });
    connect(m_feed, &LiveFeed::intervalStretched, m_status, &SnapshotStatusBar::showIntervalStretch);
    // A failed refresh leaves the rows as they were (the worker sent nothing) and says since when (issue #14).
    connect(m_feed, &LiveFeed::snapshotFailed, this, [this](const QString& reason, qint64 lastGoodMs) {
        if (!m_captureMode)
            m_status->showStale(reason, lastGoodMs);
    });
    connect(m_feed, &LiveFeed::snapshotRecovered, m_status, &SnapshotStatusBar::clearStale);
    connect(m_feed, &LiveFeed::recordingFailed, this, [this](const QString& message) {
        m_recordingPath.clear();
        m_recordAction->setChecked(false);
        updateMode();
        QMessageBox::warning(this, tr("Recording"), message);
    });
    setIntervalMs(intervalMs);
    m_feed->setCatalogueOverrides(catalogueOverridesPath());
    // Queued to the worker before its start (showEvent): the first snapshot is analysed with the stored thresholds.
    applyThresholds(threshold_settings::read());
    updateMode();
    resize(1400, 900);
    m_settings = std::make_unique<WindowSettings>(*this); // what the window is now is its defaults
}

MainWindow::~MainWindow() = default;

void MainWindow::createFilterBar(QToolBar* mainToolbar, QMenu* viewMenu, QAction* menuAnchor)
{
    addToolBarBreak();
    m_filterToolbar = addToolBar(tr("Filters"));
    m_filterToolbar->setObjectName(QStringLiteral("filterToolbar"));
    m_filterToolbar->setMovable(false);
    m_filterBar = new FilterBar(m_filterToolbar);
    m_filterToolbar->addWidget(m_filterBar);
    m_filterToolbar->hide();
    auto* toggle = m_filterToolbar->toggleViewAction();
    toggle->setText(tr("Filter &bar"));
    toggle->setToolTip(tr("Show the filters: protocol, family, state, process, ports, presets (Ctrl+Shift+F)"));
    toggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    mainToolbar->addAction(toggle);
    auto* reset = new QAction(tr("Reset to &defaults"), this);
    reset->setObjectName(QStringLiteral("resetSettingsAction"));
    // The thresholds are not window settings (window_settings.h covers "window/" only) but are reset with them.
    connect(reset, &QAction::triggered, this, &MainWindow::resetSettings);
    viewMenu->insertActions(menuAnchor, { toggle, reset });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const RowFilter& criteria) {
        m_criteria = criteria;
        applyFilter();
    });
    filter_presets::attach(m_filterBar);
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* open = fileMenu->addAction(tr("&Open capture…"), this, [this] {
        const auto path = QFileDialog::getOpenFileName(
            this, tr("Open a capture"), QString(), tr("Captures (*.txt *.log *.csv *.json *.out);;All files (*)"));
        if (!path.isEmpty())
            openCapture(path);
    });
    open->setShortcut(QKeySequence::Open);
    auto* compare = fileMenu->addAction(tr("Co&mpare with capture…"), this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Compare with a capture"));
        if (!path.isEmpty())
            compareWith(path);
    });
    compare->setShortcut(Qt::CTRL | Qt::Key_D);
    auto* live = fileMenu->addAction(tr("Back to &live"), this, &MainWindow::goLive);
    live->setShortcut(Qt::CTRL | Qt::Key_L);
    fileMenu->addAction(tr("&Replay recording…"), this, [this] {
        const auto path = QFileDialog::getOpenFileName(
            this, tr("Replay a recording"), QString(), tr("Portolan recordings (*.jsonl *.recording);;All files (*)"));
        if (!path.isEmpty())
            replayRecording(path);
    });
    m_recordAction = fileMenu->addAction(tr("Re&cord session to…"));
    m_recordAction->setCheckable(true);
    connect(m_recordAction, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            setRecording({});
            return;
        }
        const auto path = QFileDialog::getSaveFileName(this, tr("Record every snapshot to"),
            QStringLiteral("portolan-session.jsonl"), tr("Portolan recordings (*.jsonl)"));
        setRecording(path);
    });
    fileMenu->addSeparator();
    auto* save = fileMenu->addAction(tr("&Save snapshot…"), this, [this] {
        const auto path = QFileDialog::getSaveFileName(
            this, tr("Save snapshot"), QStringLiteral("snapshot.json"), tr("Portolan snapshot (*.json)"));
        if (!path.isEmpty())
            saveSnapshot(path);
    });
    save->setShortcut(QKeySequence::Save);
    fileMenu->addAction(tr("&Export view…"), this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export the current view"),
            QStringLiteral("portolan.html"), tr("HTML report (*.html);;CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            exportView(path);
    });
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    createRowActions();
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_rowActions->copyTextAction()); // Ctrl+C, from whichever view is shown
    editMenu->addAction(m_rowActions->copyCsvAction());
    auto* find = editMenu->addAction(tr("&Filter…"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_find = new RowFind(*this);
    connect(m_find, &RowFind::statusMessage, m_status, &SnapshotStatusBar::showMessage);
    editMenu->addActions({ m_find->nextAction(), m_find->previousAction(), m_find->hideAction() });
    editMenu->addSeparator();
    editMenu->addAction(tr("Known-service &catalogue…"), this, [this] {
        auto* dialog = new CatalogueDialog(catalogueOverridesPath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CatalogueDialog::saved, m_feed, &LiveFeed::setCatalogueOverrides);
        connect(dialog, &CatalogueDialog::saved, this, [this] { m_captureFindings.reset(); });
        dialog->open();
    });

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* views = new QActionGroup(this);
    m_tableAction = viewMenu->addAction(tr("&Table"));
    m_tableAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_processAction = viewMenu->addAction(tr("&Processes"));
    m_processAction->setShortcut(Qt::CTRL | Qt::Key_2);
    for (auto* action : { m_tableAction, m_processAction }) {
        action->setCheckable(true);
        views->addAction(action);
    }
    m_tableAction->setChecked(true);
    connect(m_processAction, &QAction::toggled, this, &MainWindow::showProcessView);
    viewMenu->addSeparator();
    m_pauseAction = viewMenu->addAction(tr("&Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::Key_Space | Qt::ControlModifier);
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
    auto* refresh = viewMenu->addAction(tr("&Refresh now"), m_feed, &LiveFeed::refreshNow);
    // F5 only: QKeySequence::Refresh is also Ctrl+R on GNOME and macOS, which is Resolve remote addresses here
    // (TCPView's key for it), and an ambiguous shortcut fires neither action.
    refresh->setShortcut(Qt::Key_F5);
    m_lowBandwidthAction = viewMenu->addAction(tr("Lo&w bandwidth"));
    m_lowBandwidthAction->setObjectName(QStringLiteral("lowBandwidthAction"));
    m_lowBandwidthAction->setCheckable(true);
    m_lowBandwidthAction->setStatusTip(
        tr("For remote desktops: no green and red rows, no animations, a refresh every %L1 s at most")
            .arg(low_bandwidth::kMinIntervalMs / 1000));
    connect(m_lowBandwidthAction, &QAction::toggled, this, &MainWindow::applyLowBandwidth);
    viewMenu->addAction(tr("T&hresholds…"), this, &MainWindow::editThresholds)
        ->setObjectName(QStringLiteral("thresholdsAction"));
    viewMenu->addAction(m_resolving->action());
    viewMenu->addSeparator();
    auto* filtersAnchor = viewMenu->addSeparator(); // the filter bar's actions go here
    viewMenu->addMenu(i18n::createLanguageMenu(this));
    viewMenu->addSeparator();
    m_docksMenuAnchor = viewMenu;

    menuBar()->addMenu(m_rowActions->menu());
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* guide = helpMenu->addAction(tr("&How to read this…"), this, [this] {
        // Non-modal and kept: it is read beside the table, and a second click brings the same page back.
        auto* dialog = findChild<ReadingGuideDialog*>();
        if (!dialog)
            dialog = new ReadingGuideDialog(this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    guide->setObjectName(QStringLiteral("readingGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&About Portolan"), this, [this] {
        QMessageBox::about(this, tr("About Portolan"),
            tr("<p><b>Portolan</b> %1</p><p>Which process holds this port, and is that the process that should?</p>")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_tableAction);
    toolbar->addAction(m_processAction);
    m_groupBy = new QComboBox(toolbar);
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("by process"), int(ProcessTreeModel::GroupBy::Process));
    m_groupBy->addItem(tr("by service"), int(ProcessTreeModel::GroupBy::Service));
    m_groupBy->addItem(tr("by remote address"), int(ProcessTreeModel::GroupBy::RemoteAddress));
    m_groupBy->addItem(tr("by local port range"), int(ProcessTreeModel::GroupBy::LocalPortRange));
    m_groupBy->setToolTip(tr("How the process view groups endpoints"));
    m_groupBy->setAccessibleName(tr("Group the process view"));
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_processModel->setGroupBy(static_cast<ProcessTreeModel::GroupBy>(m_groupBy->itemData(i).toInt()));
    });
    toolbar->addWidget(m_groupBy);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_rowActions->closeConnectionAction());
    toolbar->addAction(m_rowActions->endProcessAction());
    auto* intervalLabel = new QLabel(tr(" Interval: "), toolbar);
    intervalLabel->setAccessibleName(intervalLabel->text().trimmed());
    toolbar->addWidget(intervalLabel);
    m_interval = new QComboBox(toolbar);
    for (int ms : { 500, 1000, 2000, 5000, 10000 })
        m_interval->addItem(tr("%L1 s").arg(ms / 1000.0), ms);
    m_interval->setCurrentIndex(1);
    m_interval->setAccessibleName(tr("Refresh interval"));
    connect(m_interval, &QComboBox::currentIndexChanged, this, &MainWindow::applyInterval);
    toolbar->addWidget(m_interval);
    toolbar->addSeparator();
    m_filter->setMaximumWidth(420);
    toolbar->addWidget(m_filter);
    m_find->hideAction()->setIconText(tr("Hide others"));
    toolbar->addAction(m_find->hideAction());
    m_portFilterButton = new QToolButton(toolbar);
    m_portFilterButton->setObjectName(QStringLiteral("portFilterButton"));
    m_portFilterButton->setToolTip(tr("Showing only these local ports (from the histogram). Click to show all."));
    connect(m_portFilterButton, &QToolButton::clicked, this, &MainWindow::clearPortFilter);
    m_portFilterButton->setAccessibleName(tr("Local port filter"));
    m_portFilterButton->setVisible(false);
    toolbar->addWidget(m_portFilterButton)->setObjectName(QStringLiteral("portFilterAction"));
    createFilterBar(toolbar, viewMenu, filtersAnchor);
    // A screen reader names a tool button by its action's text; giving it that text (QAction::iconText drops
    // the &) as the accessible name keeps every toolbar control named the same way, widgets included.
    for (auto* bar : { toolbar, m_filterToolbar }) {
        bar->setAccessibleName(bar->windowTitle());
        for (auto* action : bar->actions())
            if (auto* widget = bar->widgetForAction(action);
                widget && !action->isSeparator() && widget->accessibleName().isEmpty())
                widget->setAccessibleName(action->iconText());
    }
}

void MainWindow::createRowActions()
{
    m_rowActions
        = new RowActions({ [this] { return rowSelection(); },
                             [this]() -> QAbstractItemView* {
                                 return processViewShown() ? static_cast<QAbstractItemView*>(m_processView) : m_view;
                             },
                             [this] { return m_current; }, [this] { return m_captureMode; } },
            this);
    m_view->addActions(m_rowActions->contextActions());
    m_processView->addActions(m_rowActions->contextActions());
    m_processView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAbstractItemView* view :
        { static_cast<QAbstractItemView*>(m_view), static_cast<QAbstractItemView*>(m_processView) })
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, m_rowActions,
            &RowActions::updateEnablement);
    connect(m_rowActions, &RowActions::statusMessage, m_status, &SnapshotStatusBar::showMessage);
    connect(m_rowActions, &RowActions::refreshRequested, this, [this] {
        if (m_live && !m_captureMode)
            m_feed->refreshNow();
    });
}

RowSelection MainWindow::rowSelection() const
{
    RowSelection selection;
    for (const auto slot : selectedSlots())
        selection.rows.push_back((*m_rows)[slot].row);
    // A process line of the process view stands for its process (its first endpoint names it).
    if (processViewShown() && m_processModel->groupBy() == ProcessTreeModel::GroupBy::Process)
        for (const auto& index : m_processView->selectionModel()->selectedRows())
            if (index.data(ProcessTreeModel::IsGroupRole).toBool() && m_processModel->rowCount(index) > 0)
                if (const auto* row
                    = m_processModel->rowOfSlot(m_processModel->slotOf(m_processModel->index(0, 0, index)));
                    row && row->owner && row->endpoint.ownerStatus == OwnerStatus::Resolved)
                    selection.groupProcesses.push_back(row->owner);
    return selection;
}

void MainWindow::createDocks()
{
    m_rangePanel = new PortRangePanel(this);
    auto* rangeDock = new QDockWidget(tr("Port ranges"), this);
    rangeDock->setObjectName(QStringLiteral("portRangesDock"));
    rangeDock->setWidget(m_rangePanel);
    addDockWidget(Qt::BottomDockWidgetArea, rangeDock);
    connect(m_rangePanel, &PortRangePanel::histogramOptionsChanged, this,
        [this] { m_feed->setRangesOptions(rangesOptions()); });
    connect(m_rangePanel, &PortRangePanel::portsSelected, this, &MainWindow::setPortFilter);

    m_exhaustionPanel = new ExhaustionPanel(m_history, this);
    auto* exhaustionDock = new QDockWidget(tr("Exhaustion"), this);
    exhaustionDock->setObjectName(QStringLiteral("exhaustionDock"));
    exhaustionDock->setWidget(m_exhaustionPanel);
    addDockWidget(Qt::RightDockWidgetArea, exhaustionDock);
    m_conflictPanel = new ConflictPanel(this);
    m_conflictDock = new QDockWidget(tr("Conflicts"), this);
    m_conflictDock->setObjectName(QStringLiteral("conflictsDock"));
    m_conflictDock->setWidget(m_conflictPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_conflictDock);
    tabifyDockWidget(exhaustionDock, m_conflictDock);
    m_conflictDock->raise();
    connect(m_conflictPanel, &ConflictPanel::evidenceSelected, this, &MainWindow::selectEndpoints);
    connect(m_conflictPanel, &ConflictPanel::fixRequested, this, &MainWindow::fixFinding);
    connect(m_conflictPanel, &ConflictPanel::undoRequested, this, &MainWindow::undoLastFix);
    connect(m_status, &SnapshotStatusBar::conflictsClicked, this, [this] {
        m_conflictDock->show();
        m_conflictDock->raise();
    });
    resizeDocks({ rangeDock }, { 300 }, Qt::Vertical);
    resizeDocks({ exhaustionDock }, { 420 }, Qt::Horizontal);

    for (auto* dock : { rangeDock, exhaustionDock, m_conflictDock }) {
        dock->setAccessibleName(dock->windowTitle());
        // QMainWindow makes a tab bar for each group of tabbed docks, when they are tabbed (here, or later by the
        // user): Tab stops on it, so it needs a name too.
        connect(dock, &QDockWidget::dockLocationChanged, this, &MainWindow::nameDockTabBars, Qt::QueuedConnection);
    }
    nameDockTabBars();
    m_docksMenuAnchor->addAction(rangeDock->toggleViewAction());
    m_docksMenuAnchor->addAction(exhaustionDock->toggleViewAction());
    m_docksMenuAnchor->addAction(m_conflictDock->toggleViewAction());
}

void MainWindow::nameDockTabBars()
{
    for (auto* bar : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        if (bar->accessibleName().isEmpty())
            bar->setAccessibleName(tr("Docked panels"));
}

void MainWindow::applyUpdate(const TableUpdate& update)
{
    if (update.snapshot)
        m_current = update.snapshot;
    m_rows->apply(update);
    m_model->applyUpdate(update);
    m_processModel->applyUpdate(update);
    m_status->showSnapshot(update.meta, update.counts, static_cast<int>(m_model->liveRowCount()));
    m_resolving->noteEndpoints(m_model->liveRowCount());
    // A selected connection may have changed state. Re-reading a huge selection (Ctrl+A) on every refresh would
    // cost the refresh path; those stay as they were until the selection changes.
    const QAbstractItemView* shown = processViewShown() ? static_cast<QAbstractItemView*>(m_processView) : m_view;
    int selected = 0;
    for (const auto& range : shown->selectionModel()->selection())
        selected += range.height();
    if (selected > 0 && selected <= 1000)
        m_rowActions->updateEnablement();
}

void MainWindow::applyRanges(const analysis::RangesReport& report)
{
    QHash<std::uint32_t, QString> pools;
    for (const auto& verdict : report.pools)
        if (verdict.isPool)
            pools.insert(verdict.pid, verdict.dnsServer ? tr("DNS server socket pool") : tr("UDP socket pool"));
    m_processModel->setPortConfig(report.config);
    if (report.config.dynamicRanges != m_dynamicRanges) {
        m_dynamicRanges = report.config.dynamicRanges;
        applyFilter();
    }
    m_processModel->setSocketPools(pools);
    m_model->setSocketPools(pools);
    m_rangePanel->showReport(report, pools);
    m_exhaustionPanel->showReport(report.exhaustion);
    m_history->record(
        report.exhaustion, report.meta.capturedAtMs ? report.meta.capturedAtMs : QDateTime::currentMSecsSinceEpoch());
    m_status->showWarning(m_exhaustionPanel->warningText(report.exhaustion));
}

void MainWindow::applyFindings(const conflicts::FindingReport& report)
{
    m_findings = std::make_shared<const conflicts::FindingReport>(report);
    m_conflictPanel->showReport(report);
    std::unordered_set<EndpointKey, EndpointKeyHash> keys;
    int conflicts = 0;
    for (const auto& finding : report.findings) {
        if (finding.kind != conflicts::FindingKind::Conflict && finding.kind != conflicts::FindingKind::UnknownHolder)
            continue;
        conflicts += finding.kind == conflicts::FindingKind::Conflict;
        keys.insert(finding.evidenceKeys.begin(), finding.evidenceKeys.end());
    }
    m_model->setConflictKeys(keys);
    m_processModel->setConflictKeys(std::move(keys));
    m_status->showConflicts(conflicts, static_cast<int>(report.findings.size()) - conflicts);
    m_findingsText = m_conflictPanel->findingLines();
}

void MainWindow::selectEndpoints(const std::vector<EndpointKey>& keys)
{
    const std::unordered_set<EndpointKey, EndpointKeyHash> wanted(keys.begin(), keys.end());
    std::vector<std::uint32_t> chosen;
    // One pass over the table: a click, not a refresh, so linear is fine even at 100k rows.
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (wanted.contains(EndpointKey::of(m_model->rowAt(r).endpoint)))
            chosen.push_back(m_model->data(m_model->index(r, 0), EndpointTableModel::SlotRole).toUInt());
    selectSlots(chosen);
}

std::vector<std::uint32_t> MainWindow::selectedSlots() const
{
    std::vector<std::uint32_t> chosen;
    if (processViewShown()) {
        for (const auto& index : m_processView->selectionModel()->selectedRows())
            if (const auto slot = m_processModel->slotOf(index); slot != UINT32_MAX)
                chosen.push_back(slot);
    } else {
        for (const auto& index : m_view->selectionModel()->selectedRows())
            chosen.push_back(index.data(EndpointTableModel::SlotRole).toUInt());
    }
    return chosen;
}

void MainWindow::selectSlots(const std::vector<std::uint32_t>& chosen)
{
    QItemSelection selection;
    QModelIndex first;
    const bool tree = processViewShown();
    for (const auto slot : chosen) {
        const QModelIndex index
            = tree ? m_processModel->indexOfSlot(slot) : m_model->index(m_model->rowOfSlot(slot), 0);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        if (tree)
            m_processView->expand(index.parent());
        selection.select(index, index.siblingAtColumn(index.model()->columnCount(index.parent()) - 1));
    }
    QAbstractItemView* view = tree ? static_cast<QAbstractItemView*>(m_processView) : m_view;
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
    }
}

void MainWindow::showProcessView(bool processView)
{
    if (processView == processViewShown())
        return;
    // The same endpoints stay selected across the switch.
    const auto chosen = selectedSlots();
    m_views->setCurrentWidget(processView ? static_cast<QWidget*>(m_processView) : m_view);
    (processView ? m_processAction : m_tableAction)->setChecked(true);
    selectSlots(chosen);
    m_rowActions->updateEnablement();
}

bool MainWindow::processViewShown() const
{
    return m_views->currentWidget() == m_processView;
}

void MainWindow::applyFilter()
{
    RowFilter filter = m_criteria;
    // In find mode (Hide rows that do not match off) the box's text finds rows instead of hiding them.
    filter.setText(!m_find || m_find->hidesRows() ? m_filterText.toStdString() : std::string());
    filter.localPorts = m_portFilter;
    if (filter.onlyDynamic)
        filter.dynamicRanges = m_dynamicRanges; // only then: a new report must not refilter for nothing
    m_model->setFilter(filter);
    m_processModel->setFilter(filter);
}

void MainWindow::setPortFilter(std::uint16_t first, std::uint16_t last)
{
    m_portFilter = std::make_pair(first, last);
    m_portFilterButton->setText(tr("Ports %1–%2 ✕").arg(first).arg(last));
    m_portFilterButton->setVisible(true);
    applyFilter();
}

void MainWindow::clearPortFilter()
{
    m_portFilter.reset();
    m_portFilterButton->setVisible(false);
    applyFilter();
}

void MainWindow::setPaused(bool paused)
{
    m_feed->setPaused(paused);
    updateMode();
}

void MainWindow::updateMode()
{
    if (m_rowActions)
        m_rowActions->updateEnablement(); // live or a capture: the actions on the machine follow
    if (m_captureMode && !m_replay.empty())
        m_status->showMode(tr("● Replay: %1 (%L2 of %L3)").arg(m_captureName).arg(m_replayIndex).arg(m_replay.size()));
    else if (m_captureMode)
        m_status->showMode(tr("● Capture: %1").arg(m_captureName));
    else if (!m_live)
        m_status->showMode(tr("● Not live"));
    else if (!m_recordingPath.isEmpty())
        m_status->showMode(tr("● Live, recording to %1").arg(QFileInfo(m_recordingPath).fileName()));
    else
        m_status->showMode(m_feed->isPaused() ? tr("● Paused") : tr("● Live"));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_live)
        return;
    if (!m_started) {
        m_started = true;
        m_feed->start();
    } else if (m_pausedByHide) {
        // Minimised or hidden: snapshots were paused to save CPU (issue #7); resume unless the user paused.
        m_pausedByHide = false;
        if (!m_pauseAction->isChecked())
            m_feed->setPaused(false);
        m_feed->refreshNow();
    }
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    if (!m_live || (!event->spontaneous() && isVisible()))
        return;
    if (!m_feed->isPaused()) {
        m_pausedByHide = true;
        m_feed->setPaused(true);
    }
}

} // namespace portolan

namespace portolan {

namespace {
// A capture from another machine carries no port policy: assume the platform defaults and say so (KB 929851:
// Vista+ uses 49152-65535; Linux's ip_local_port_range defaults to 32768-60999).
MachinePortConfig assumedPortConfig(const std::string& os)
{
    MachinePortConfig config;
    const bool windows = os == "windows";
    if (!windows && os != "linux")
        return config;
    const PortRange range = windows ? PortRange { 49152, 65535 } : PortRange { 32768, 60999 };
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, range,
                windows ? "default (Windows Vista+, assumed for a capture)"
                        : "default (Linux, assumed for a capture)" });
    config.notes.push_back("port ranges assumed: the capture does not record them");
    return config;
}
} // namespace

void MainWindow::openCapture(const QString& path)
{
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && RecordingReader::looksLikeRecording(file.readLine(4096).toStdString())) {
            replayRecording(path);
            return;
        }
    }
    // Parsing a 200 MB capture must not freeze the window: import on a pool thread.
    auto* watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, path] {
        const ImportResult result = watcher->result();
        watcher->deleteLater();
        if (result.failed()) {
            QMessageBox::warning(this, tr("Cannot open capture"),
                tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), QString::fromStdString(result.fatal)));
            return;
        }
        showCapture(result, path);
    });
    m_status->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    watcher->setFuture(QtConcurrent::run([p = path.toStdString()] { return importCaptureFile(p); }));
}

void MainWindow::clearViews()
{
    m_replay.clear();
    m_replayIndex = 0;
    if (m_replayTimer)
        m_replayTimer->stop();
    m_model->clear();
    m_processModel->clear();
    m_rows->clear(); // after the models: their resets may still read rows
    m_shownLiveRanges.reset();
    m_shownLiveFindings.reset();
    m_history->clear();
}

void MainWindow::enterCaptureMode(const QString& name)
{
    m_feed->setPaused(true);
    m_captureMode = true;
    m_resolving->setForeignSource(true);
    m_status->clearStale(); // a capture is not live: its rows are not "stale"
    m_captureName = name;
    clearViews();
    m_captureTracker = std::make_unique<TableTracker>();
    m_pauseAction->setEnabled(false);
}

void MainWindow::showCapture(const ImportResult& result, const QString& path)
{
    enterCaptureMode(QFileInfo(path).fileName());
    auto snapshot = std::make_shared<const Snapshot>(result.snapshot);
    applyUpdate(m_captureTracker->update(snapshot, snapshot->meta.capturedAtMs));
    showRangesFor(snapshot);

    const auto& meta = snapshot->meta;
    QStringList details { QString::fromStdString(result.formatName) };
    if (!meta.hostname.empty())
        details << QString::fromStdString(meta.hostname);
    if (meta.capturedAtMs)
        details << QString::fromStdString(formatIsoUtc(meta.capturedAtMs));
    setWindowTitle(tr("Portolan — %1 (%2) — capture, read-only")
                       .arg(m_captureName, details.join(tr(", ", "separator of the capture's details in the title"))));
    updateMode();
    const auto& summary = result.summary;
    m_status->showMessage(tr("%L1 rows loaded, %L2 skipped, %L3 lines were not rows")
                              .arg(summary.rowsLoaded)
                              .arg(summary.rowsSkipped)
                              .arg(summary.notRows),
        15000);
    if (summary.rowsSkipped) {
        QStringList lines;
        for (const auto& problem : summary.problems)
            lines << QString::fromStdString(formatProblem(m_captureName.toStdString(), problem));
        if (summary.problemsOmitted)
            lines << tr("… and %L1 more").arg(summary.problemsOmitted);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some rows could not be read"),
            tr("%L1 of %L2 rows in %3 could not be read; everything else is shown.")
                .arg(summary.rowsSkipped)
                .arg(summary.rowsRead)
                .arg(m_captureName),
            QMessageBox::Ok, this);
        box->setDetailedText(
            QString::fromStdString(describeImport(result)) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT captureShown();
}

void MainWindow::showRangesFor(std::shared_ptr<const Snapshot> snapshot)
{
    const analysis::RangesOptions options = rangesOptions(); // the user's thresholds, as for live snapshots
    using Reports = std::pair<analysis::RangesReport, conflicts::FindingReport>;
    auto* watcher = new QFutureWatcher<Reports>(this);
    connect(watcher, &QFutureWatcher<Reports>::finished, this, [this, watcher] {
        if (m_captureMode) {
            applyRanges(watcher->result().first);
            applyFindings(watcher->result().second);
        }
        watcher->deleteLater();
    });
    // The catalogue (shipped + the user's overrides) is parsed once, not once per capture or replayed frame.
    if (!m_captureFindings) {
        const auto overrides = catalogueOverridesPath();
        m_captureFindings = std::make_shared<const conflicts::FindingEngine>(conflicts::loadEffectiveCatalogue(
            {}, QFileInfo::exists(overrides) ? overrides.toStdString() : std::string()));
    }
    watcher->setFuture(QtConcurrent::run([snapshot, options, engine = m_captureFindings] {
        const auto config = assumedPortConfig(snapshot->meta.os);
        Reports reports;
        reports.first = analysis::buildRangesReport(*snapshot, config, options);
        conflicts::FindingOptions findingOptions;
        findingOptions.poolVerdicts = &reports.first.pools;
        reports.second = engine->compute(*snapshot, config, findingOptions);
        return reports;
    }));
}

void MainWindow::goLive()
{
    if (!m_captureMode || !m_live)
        return;
    m_captureMode = false;
    m_resolving->setForeignSource(false);
    m_captureTracker.reset();
    clearViews();
    setWindowTitle(tr("Portolan — live"));
    m_pauseAction->setEnabled(true);
    m_feed->resetTable();
    if (!m_pauseAction->isChecked())
        m_feed->setPaused(false);
    m_feed->refreshNow();
    updateMode();
}

void MainWindow::compareWith(const QString& path)
{
    if (!m_current) {
        QMessageBox::information(this, tr("Compare"), tr("There is nothing to compare yet."));
        return;
    }
    // Reading the other capture and diffing it can take a while for big files: off the GUI thread.
    using Compared = std::pair<ImportResult, SnapshotComparison>;
    auto* watcher = new QFutureWatcher<Compared>(this);
    const QString shownName = m_captureMode ? m_captureName : tr("live");
    connect(watcher, &QFutureWatcher<Compared>::finished, this, [this, watcher, path, shownName, shown = m_current] {
        const auto& [other, comparison] = watcher->result();
        if (other.failed()) {
            QMessageBox::warning(this, tr("Cannot open capture"), QString::fromStdString(other.fatal));
        } else {
            auto* dialog
                = new CompareDialog(other.snapshot, QFileInfo(path).fileName(), *shown, shownName, comparison, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            Q_EMIT compareShown();
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([p = path.toStdString(), shown = m_current] {
        Compared out { importCaptureFile(p), {} };
        if (!out.first.failed())
            out.second = compareSnapshots(out.first.snapshot, *shown);
        return out;
    }));
}

QString MainWindow::sourceDescription() const
{
    if (m_captureMode)
        return tr("capture %1").arg(m_captureName);
    return tr("live on %1").arg(m_current ? QString::fromStdString(m_current->meta.hostname) : QString());
}

void MainWindow::saveSnapshot(const QString& path)
{
    if (!m_current)
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QByteArray::fromStdString(writeSnapshotJson(*m_current))) < 0) {
        QMessageBox::warning(this, tr("Save snapshot"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportView(const QString& path)
{
    const QAbstractItemModel& model = *m_model; // the flat table, as filtered and sorted on screen
    QByteArray bytes;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        bytes = modelToCsv(model);
    } else if (suffix == QLatin1String("json")) {
        // The rows the view shows, as a snapshot file (the capture format), with their processes.
        Snapshot shown;
        if (m_current)
            shown.meta = m_current->meta;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto& row = m_model->rowAt(r);
            shown.endpoints.push_back(row.endpoint);
            if (row.owner)
                shown.processes[row.owner->pid] = row.owner;
        }
        bytes = QByteArray::fromStdString(writeSnapshotJson(shown));
    } else {
        HtmlReport report;
        report.title = tr("Portolan report");
        report.source = sourceDescription();
        report.capturedAt = m_current && m_current->meta.capturedAtMs
            ? QString::fromStdString(formatIsoUtc(m_current->meta.capturedAtMs))
            : QString();
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        m_rangePanel->chart()->grab().save(&png, "PNG");
        report.histogramPng = png.data();
        const auto warning = m_status->findChild<QLabel*>(QStringLiteral("warningLabel"));
        if (warning && !warning->text().isEmpty())
            report.warnings << warning->text();
        report.findings = m_findingsText;
        report.rows = &model;
        bytes = renderHtmlReport(report);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile())
        return;
    // One file: show it. A second file: compare it with the first.
    openCapture(urls.front().toLocalFile());
    if (urls.size() > 1) {
        const QString second = urls.at(1).toLocalFile();
        connect(
            this, &MainWindow::captureShown, this, [this, second] { compareWith(second); }, Qt::SingleShotConnection);
    }
    event->acceptProposedAction();
}

} // namespace portolan

namespace portolan {

void MainWindow::setRecording(const QString& path)
{
    m_recordingPath = path;
    m_recordAction->setChecked(!path.isEmpty());
    m_feed->setRecordingPath(path);
    updateMode();
}

void MainWindow::replayRecording(const QString& path)
{
    using Frames = std::pair<std::vector<std::shared_ptr<const Snapshot>>, QStringList>;
    auto* watcher = new QFutureWatcher<Frames>(this);
    connect(watcher, &QFutureWatcher<Frames>::finished, this, [this, watcher, path] {
        auto [frames, problems] = watcher->result();
        watcher->deleteLater();
        if (frames.empty()) {
            QMessageBox::warning(this, tr("Cannot replay"),
                tr("%1 holds no frame that could be read.\n\n%2").arg(path, problems.join(QLatin1Char('\n'))));
            return;
        }
        enterCaptureMode(QFileInfo(path).fileName());
        m_replay = std::move(frames);
        setWindowTitle(tr("Portolan — %1 — replay, read-only").arg(m_captureName));
        if (!problems.isEmpty())
            m_status->showMessage(
                tr("%Ln line(s) of the recording could not be read", nullptr, int(problems.size())), 15000);
        if (!m_replayTimer) {
            m_replayTimer = new QTimer(this);
            connect(m_replayTimer, &QTimer::timeout, this, &MainWindow::showReplayFrame);
        }
        m_replayTimer->start(effectiveIntervalMs());
        showReplayFrame();
        Q_EMIT captureShown();
    });
    watcher->setFuture(QtConcurrent::run([p = path.toStdString()] {
        Frames out;
        RecordingReader reader;
        std::string error;
        if (!reader.open(p, error)) {
            out.second << QString::fromStdString(error);
            return out;
        }
        while (auto frame = reader.next())
            out.first.push_back(std::make_shared<const Snapshot>(std::move(frame->snapshot)));
        for (const auto& problem : reader.problems())
            out.second << QString::fromStdString(problem);
        return out;
    }));
}

void MainWindow::showReplayFrame()
{
    if (!m_captureMode || m_replayIndex >= static_cast<int>(m_replay.size())) {
        if (m_replayTimer)
            m_replayTimer->stop();
        return;
    }
    const auto frame = m_replay[static_cast<std::size_t>(m_replayIndex++)];
    applyUpdate(m_captureTracker->update(frame, frame->meta.capturedAtMs));
    showRangesFor(frame);
    updateMode();
    if (m_replayIndex == static_cast<int>(m_replay.size())) {
        m_replayTimer->stop();
        Q_EMIT replayFinished();
    }
}

} // namespace portolan

namespace portolan {

std::optional<conflicts::Plan> MainWindow::planFix(const QString& findingId, QString& error) const
{
    if (!m_findings) {
        error = tr("There are no findings yet.");
        return std::nullopt;
    }
    if (m_captureMode) {
        error = tr("A capture is shown: fixes apply to this machine only. Go back to live first.");
        return std::nullopt;
    }
    conflicts::PlanRequest request;
    request.findingIds = { findingId.toStdString() };
    request.host = m_current ? m_current->meta.hostname : std::string();
    request.createdAt = formatIsoUtc(QDateTime::currentMSecsSinceEpoch());
    // The executor only reads here (current values for the preview); writing is the elevated CLI's.
    auto executor = conflicts::createPlatformExecutor({});
    auto build = conflicts::buildPlan(*m_findings, request, *executor);
    if (!build.plan)
        error = QString::fromStdString(build.error);
    return build.plan;
}

namespace {
QString cliPath()
{
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + QStringLiteral("/portolan-cli.exe");
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/portolan-cli");
#endif
}

// Runs `portolan-cli ACTION FILE --result RESULT` and reads the result file it writes.
std::optional<conflicts::ApplyResult> runElevatedCli(const QString& action, const QString& file, QString& error)
{
    QTemporaryFile result;
    if (!result.open()) {
        error = MainWindow::tr("Cannot create a temporary file.");
        return std::nullopt;
    }
    QProcess process;
    process.start(cliPath(), { action, file, QStringLiteral("--result"), result.fileName() });
    // The elevation prompt waits for the user: no short timeout.
    if (!process.waitForFinished(10 * 60 * 1000)) {
        error = MainWindow::tr("portolan-cli did not finish: %1").arg(process.errorString());
        return std::nullopt;
    }
    std::string parseError;
    auto parsed = conflicts::parseResultJson(result.readAll().toStdString(), parseError);
    if (!parsed)
        error = MainWindow::tr("portolan-cli %1 exited with %2: %3")
                    .arg(action)
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return parsed;
}

QStringList resultLines(const conflicts::ApplyResult& result)
{
    QStringList lines;
    for (const auto& op : result.operations)
        lines << MainWindow::tr("%1: %2 → %3 (%4%5)")
                     .arg(QString::fromStdString(op.target), QString::fromStdString(op.before),
                         QString::fromStdString(op.after),
                         QString::fromLatin1(conflicts::entryStatusName(op.status).data()),
                         op.verified ? MainWindow::tr(", verified") : QString());
    if (!result.error.empty())
        lines << QString::fromStdString(result.error);
    return lines;
}
} // namespace

void MainWindow::fixFinding(const QString& findingId)
{
    QString error;
    const auto plan = planFix(findingId, error);
    if (!plan) {
        QMessageBox::warning(this, tr("Fix"), error);
        return;
    }
    FixPreviewDialog dialog(*plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The plan file must be private to us: the elevated side refuses world-writable or foreign files.
    QTemporaryFile planFile(QDir::temp().filePath(QStringLiteral("portolan-plan-XXXXXX.json")));
    if (!planFile.open() || planFile.write(QByteArray::fromStdString(conflicts::writePlanJson(*plan))) < 0
        || !planFile.flush()) {
        QMessageBox::warning(this, tr("Fix"), tr("Cannot write the plan file."));
        return;
    }
    const auto result = runElevatedCli(QStringLiteral("apply"), planFile.fileName(), error);
    if (!result) {
        QMessageBox::warning(this, tr("Fix"), error);
        return;
    }
    m_lastJournal = QString::fromStdString(result->journal);
    m_conflictPanel->setUndoAvailable(!m_lastJournal.isEmpty());
    QMessageBox box(result->exitCode() == 0 ? QMessageBox::Information : QMessageBox::Warning, tr("Fix"),
        result->exitCode() == 0 ? tr("The fix was applied and verified.") : tr("The fix was not fully applied."),
        QMessageBox::Ok, this);
    box.setDetailedText(resultLines(*result).join(QLatin1Char('\n')) + tr("\n\nJournal: %1").arg(m_lastJournal));
    box.exec();
    m_feed->refreshNow();
}

void MainWindow::undoLastFix()
{
    if (m_lastJournal.isEmpty())
        return;
    QString error;
    const auto result = runElevatedCli(QStringLiteral("undo"), m_lastJournal, error);
    if (!result) {
        QMessageBox::warning(this, tr("Undo"), error);
        return;
    }
    QMessageBox box(result->exitCode() == 0 ? QMessageBox::Information : QMessageBox::Warning, tr("Undo"),
        result->exitCode() == 0 ? tr("The previous values are back.") : tr("Undo did not restore everything."),
        QMessageBox::Ok, this);
    box.setDetailedText(resultLines(*result).join(QLatin1Char('\n')));
    box.exec();
    if (result->exitCode() == 0) {
        m_lastJournal.clear();
        m_conflictPanel->setUndoAvailable(false);
    }
    m_feed->refreshNow();
}

} // namespace portolan

namespace portolan {

QString MainWindow::catalogueOverridesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/catalogue-overrides.json");
}

} // namespace portolan

namespace portolan {

// Analysis thresholds (View > Thresholds…; threshold_settings.h).

analysis::RangesOptions MainWindow::rangesOptions() const
{
    analysis::RangesOptions options;
    options.histogram = m_rangePanel->histogramOptions();
    threshold_settings::apply(m_thresholds, options);
    return options;
}

void MainWindow::applyThresholds(const AnalysisThresholds& thresholds)
{
    m_thresholds = thresholds;
    m_resolving->setCrowdedEndpoints(static_cast<std::size_t>(std::max(1, thresholds.crowdedHostEndpoints)));
    // The worker re-analyses its last snapshot at once and hands the report out (rangesUpdated): the exhaustion
    // panel follows now, not at the next refresh. A capture or replay is analysed here instead, as when shown.
    m_feed->setRangesOptions(rangesOptions());
    if (m_captureMode && m_current)
        showRangesFor(m_current);
}

void MainWindow::setThresholds(const AnalysisThresholds& thresholds)
{
    threshold_settings::write(thresholds);
    applyThresholds(thresholds);
}

void MainWindow::resetThresholds()
{
    threshold_settings::reset();
    applyThresholds(AnalysisThresholds {});
}

void MainWindow::editThresholds()
{
    auto* dialog = new ThresholdsDialog(m_thresholds, &threshold_settings::problemTexts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setThresholds(dialog->values()); });
    dialog->open();
}

} // namespace portolan
