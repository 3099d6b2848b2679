#include "window_settings.h"

#include "address_resolving.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "filter_bar.h"
#include "filter_presets.h"
#include "live_feed.h"
#include "main_window.h"
#include "process_tree_view.h"
#include "quick_filter_edit.h"
#include "row_find.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>

#include <algorithm>

namespace portolan {

namespace {
const QString kGroup = QStringLiteral("window");
const QString kTableHeader = QStringLiteral("tableHeader");
const QString kProcessHeader = QStringLiteral("processHeader");
const QString kView = QString::fromLatin1(window_keys::kView);
const QString kGroupBy = QStringLiteral("groupBy");
const QString kSortColumn = QStringLiteral("sortColumn");
const QString kSortOrder = QStringLiteral("sortOrder");
const QString kQuickFilter = QStringLiteral("quickFilter");
const QString kFilter = QStringLiteral("filter");
const QString kInterval = QString::fromLatin1(window_keys::kInterval);
const QString kPaused = QString::fromLatin1(window_keys::kPaused);
const QString kLowBandwidth = QString::fromLatin1(window_keys::kLowBandwidth);
const QString kResolve = QStringLiteral("resolveAddresses"); // "auto", "on" or "off"
const QString kFilterHides = QStringLiteral("filterHidesRows"); // false: the box finds (row_find.h)
const QString kAutomatic = QStringLiteral("auto");
const QString kGeometry = QStringLiteral("geometry");
const QString kLayout = QStringLiteral("layout");
const QString kProcessesValue = QStringLiteral("processes");
} // namespace

WindowSettings::WindowSettings(MainWindow& window)
    : m_window(window)
    , m_tableHeader(window.m_view->header()->saveState())
    , m_treeHeader(window.m_processView->header()->saveState())
    , m_layout(window.saveState())
    , m_size(window.size())
    , m_sortColumn(window.m_model->sortColumn())
    , m_sortOrder(window.m_model->sortOrder())
    , m_intervalMs(window.intervalMs())
{ }

QStringList WindowSettings::keys()
{
    QStringList keys;
    for (const auto& key : { kTableHeader, kProcessHeader, kView, kGroupBy, kSortColumn, kSortOrder, kQuickFilter,
             kFilter, kFilterHides, kInterval, kPaused, kLowBandwidth, kResolve, kGeometry, kLayout })
        keys << kGroup + QLatin1Char('/') + key;
    return keys;
}

void WindowSettings::setOverridden(const QStringList& keys)
{
    m_overridden = keys;
}

void WindowSettings::save() const
{
    const MainWindow& w = m_window;
    QSettings settings;
    settings.beginGroup(kGroup);
    auto store = [&](const QString& key, const QVariant& value) {
        // A command-line option is for one run: the value stored before it stays.
        if (!m_overridden.contains(key))
            settings.setValue(key, value);
    };
    store(kTableHeader, w.m_view->header()->saveState());
    store(kProcessHeader, w.m_processView->header()->saveState());
    store(kView, w.processViewShown() ? kProcessesValue : QStringLiteral("table"));
    store(kGroupBy, w.m_groupBy->currentData());
    store(kSortColumn, w.m_model->sortColumn());
    store(kSortOrder, static_cast<int>(w.m_model->sortOrder()));
    store(kQuickFilter, w.m_filter->text());
    store(kFilterHides, w.m_find->hidesRows());
    store(kInterval, w.intervalMs());
    store(kPaused, w.refreshPaused());
    store(kLowBandwidth, w.lowBandwidth());
    const auto resolve = w.m_resolving->choice();
    store(kResolve, !resolve ? kAutomatic : *resolve ? QStringLiteral("on") : QStringLiteral("off"));
    store(kGeometry, w.saveGeometry());
    store(kLayout, w.saveState());
    settings.remove(kFilter);
    settings.beginGroup(kFilter);
    filter_presets::write(settings, w.m_filterBar->filter());
    settings.endGroup();
}

void WindowSettings::restore()
{
    MainWindow& w = m_window;
    QSettings settings;
    settings.beginGroup(kGroup);
    // Each value is checked before use: a settings file from another version must not break the window.
    if (settings.contains(kTableHeader))
        w.m_view->header()->restoreState(settings.value(kTableHeader).toByteArray());
    if (settings.contains(kProcessHeader))
        w.m_processView->header()->restoreState(settings.value(kProcessHeader).toByteArray());
    if (settings.contains(kSortColumn)) {
        const int column = settings.value(kSortColumn).toInt();
        const int order = settings.value(kSortOrder).toInt();
        if (column >= 0 && column < w.m_model->columnCount())
            w.m_view->sortByColumn(column, order == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (const int index = w.m_groupBy->findData(settings.value(kGroupBy)); index >= 0)
        w.m_groupBy->setCurrentIndex(index);
    w.showProcessView(settings.value(kView).toString() == kProcessesValue);
    if (settings.contains(kInterval))
        w.setIntervalMs(settings.value(kInterval).toInt());
    w.setRefreshPaused(settings.value(kPaused).toBool());
    w.setLowBandwidth(settings.value(kLowBandwidth).toBool());
    // After the header: its stored state may show or hide the Remote host column; resolving decides.
    const QString resolve = settings.value(kResolve, kAutomatic).toString();
    w.m_resolving->setChoice(resolve == QLatin1String("on") ? std::optional<bool>(true)
            : resolve == QLatin1String("off")               ? std::optional<bool>(false)
                                                            : std::nullopt);
    settings.beginGroup(kFilter);
    w.m_filterBar->setFilter(filter_presets::read(settings)); // applies at once
    settings.endGroup();
    w.m_find->hideAction()->setChecked(settings.value(kFilterHides, true).toBool());
    w.m_filter->setText(settings.value(kQuickFilter).toString());
    w.m_filterText = w.m_filter->text(); // now, not after the box's typing pause
    w.applyFilter();
    if (settings.contains(kGeometry))
        w.restoreGeometry(settings.value(kGeometry).toByteArray());
    if (settings.contains(kLayout))
        w.restoreState(settings.value(kLayout).toByteArray());
}

void WindowSettings::reset()
{
    MainWindow& w = m_window;
    QSettings().remove(kGroup);
    m_overridden.clear();
    w.m_view->header()->restoreState(m_tableHeader);
    w.m_processView->header()->restoreState(m_treeHeader);
    w.m_view->sortByColumn(m_sortColumn, static_cast<Qt::SortOrder>(m_sortOrder));
    w.m_groupBy->setCurrentIndex(0);
    w.showProcessView(false);
    w.setIntervalMs(m_intervalMs);
    w.setRefreshPaused(false);
    w.setLowBandwidth(false);
    w.m_resolving->setChoice(std::nullopt);
    w.m_filterBar->clear();
    w.m_filter->clear();
    w.m_filterText.clear();
    w.m_find->hideAction()->setChecked(true);
    w.applyFilter();
    w.restoreState(m_layout);
    if (w.isMaximized() || w.isFullScreen())
        w.showNormal();
    w.resize(m_size);
}

// MainWindow's settings entry points live here, next to what they call, to keep main_window.cpp to its wiring.

int MainWindow::intervalMs() const
{
    return m_interval->currentData().toInt();
}

void MainWindow::setIntervalMs(int ms)
{
    ms = std::max(100, ms);
    int index = m_interval->findData(ms);
    if (index < 0) {
        m_interval->addItem(tr("%L1 s").arg(ms / 1000.0), ms);
        index = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(index);
    applyInterval();
}

bool MainWindow::refreshPaused() const
{
    return m_pauseAction->isChecked();
}

void MainWindow::setRefreshPaused(bool paused)
{
    m_pauseAction->setChecked(paused);
}

void MainWindow::restoreSettings()
{
    m_settings->restore();
    m_persistSettings = true;
}

void MainWindow::saveSettings() const
{
    m_settings->save();
}

void MainWindow::resetSettings()
{
    m_settings->reset();
    resetThresholds(); // not window settings (thresholds/), but "Reset to defaults" covers them too
}

void MainWindow::setOverriddenSettings(const QStringList& keys)
{
    m_settings->setOverridden(keys);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace portolan
