#include "main_window.h"

#include "core/logging.h"
#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "live_feed.h"
#include "quick_filter_edit.h"
#include "snapshot_status_bar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShowEvent>
#include <QToolBar>

namespace portolan {

MainWindow::MainWindow(const EngineOptions& engineOptions, int intervalMs, bool live, QWidget* parent)
    : QMainWindow(parent)
    , m_model(new EndpointTableModel(this))
    , m_view(new EndpointTableView(this))
    , m_filter(new QuickFilterEdit(this))
    , m_status(new SnapshotStatusBar(this))
    , m_feed(new LiveFeed([engineOptions] { return createPlatformEngine(engineOptions); }, this))
    , m_live(live)
{
    setWindowTitle(tr("Portolan — live"));
    m_view->setModel(m_model);
    m_view->sortByColumn(EndpointTableModel::ProcessColumn, Qt::AscendingOrder);
    setCentralWidget(m_view);
    setStatusBar(m_status);

    const QFontMetrics metrics(m_view->font());
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    m_view->header()->resizeSection(EndpointTableModel::ProcessColumn, digit * 24);
    m_view->header()->resizeSection(EndpointTableModel::PidColumn, digit * 8);
    m_view->header()->resizeSection(EndpointTableModel::ProtocolColumn, digit * 9);
    m_view->header()->resizeSection(EndpointTableModel::LocalAddressColumn, digit * 22);
    m_view->header()->resizeSection(EndpointTableModel::LocalPortColumn, digit * 12);
    m_view->header()->resizeSection(EndpointTableModel::RemoteAddressColumn, digit * 22);
    m_view->header()->resizeSection(EndpointTableModel::RemotePortColumn, digit * 13);
    m_view->header()->resizeSection(EndpointTableModel::StateColumn, digit * 14);
    m_view->header()->resizeSection(EndpointTableModel::ServiceColumn, digit * 12);
    m_view->header()->resizeSection(EndpointTableModel::UserColumn, digit * 10);

    createActions();
    connect(m_filter, &QuickFilterEdit::filterChanged, this,
        [this](const QString& text) { m_model->setFilter(RowFilter::fromText(text.toStdString())); });
    connect(m_feed, &LiveFeed::update, this, &MainWindow::applyUpdate);
    connect(m_feed, &LiveFeed::intervalStretched, m_status, &SnapshotStatusBar::showIntervalStretch);
    m_feed->setIntervalMs(intervalMs);
    updateMode();
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* copy = editMenu->addAction(tr("&Copy rows"), m_view, &EndpointTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    auto* find = editMenu->addAction(tr("&Filter…"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    m_pauseAction = viewMenu->addAction(tr("&Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::Key_Space | Qt::ControlModifier);
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
    auto* refresh = viewMenu->addAction(tr("&Refresh now"), m_feed, &LiveFeed::refreshNow);
    refresh->setShortcut(QKeySequence::Refresh); // F5

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Portolan"), this, [this] {
        QMessageBox::about(this, tr("About Portolan"),
            tr("<p><b>Portolan</b> %1</p><p>Which process holds this port, and is that the process that should?</p>")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(refresh);
    toolbar->addWidget(new QLabel(tr(" Interval: "), toolbar));
    m_interval = new QComboBox(toolbar);
    for (int ms : { 500, 1000, 2000, 5000, 10000 })
        m_interval->addItem(tr("%1 s").arg(ms / 1000.0), ms);
    m_interval->setCurrentIndex(1);
    connect(m_interval, &QComboBox::currentIndexChanged, this,
        [this](int i) { m_feed->setIntervalMs(m_interval->itemData(i).toInt()); });
    toolbar->addWidget(m_interval);
    toolbar->addSeparator();
    m_filter->setMaximumWidth(420);
    toolbar->addWidget(m_filter);
}

void MainWindow::applyUpdate(const TableUpdate& update)
{
    m_model->applyUpdate(update);
    m_status->showSnapshot(update.meta, update.counts, static_cast<int>(m_model->liveRowCount()));
}

void MainWindow::setPaused(bool paused)
{
    m_feed->setPaused(paused);
    updateMode();
}

void MainWindow::updateMode()
{
    if (!m_live)
        m_status->showMode(tr("● Not live"));
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
