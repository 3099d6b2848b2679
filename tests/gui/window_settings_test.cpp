// Settings (issue #13): what a person changes in the window survives closing it and opening a new one; "Reset to
// defaults" puts everything back; command-line options win over the stored values for one run only.

#include "address_resolving.h"
#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "filter_bar.h"
#include "gui_options.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"
#include "window_settings.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

#include <algorithm>

using namespace portolan;

namespace {

// Settings in a private folder, set before any window exists: the test must not touch the user's.
class WindowSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "window_settings_test");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

QComboBox* groupBy(const MainWindow& window)
{
    return window.findChild<QComboBox*>(QStringLiteral("groupByCombo"));
}

QDockWidget* dock(const MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QLatin1String(name));
}

// A key, or a group of keys ("window/filter"), is in the settings.
bool stored(const QString& key)
{
    const QStringList keys = QSettings().allKeys();
    return std::any_of(
        keys.begin(), keys.end(), [&](const QString& k) { return k == key || k.startsWith(key + QLatin1Char('/')); });
}

RowFilter listeningTcp()
{
    RowFilter filter;
    filter.protocols = 1u << static_cast<unsigned>(Protocol::Tcp);
    filter.onlyListening = true;
    filter.ports = PortRange { 1, 1023 };
    filter.portSide = PortSide::Either;
    return filter;
}

// Changes everything the settings cover, away from its default.
void changeEverything(MainWindow& window)
{
    auto* header = window.tableView()->header();
    header->hideSection(EndpointTableModel::ServiceColumn);
    header->moveSection(header->visualIndex(EndpointTableModel::PidColumn), 0);
    header->resizeSection(EndpointTableModel::ProcessColumn, 333);
    window.processView()->header()->resizeSection(ProcessTreeModel::NameColumn, 251);
    window.tableView()->sortByColumn(EndpointTableModel::LocalPortColumn, Qt::DescendingOrder);
    window.showProcessView(true);
    groupBy(window)->setCurrentIndex(groupBy(window)->findData(int(ProcessTreeModel::GroupBy::Service)));
    window.setIntervalMs(5000);
    window.setRefreshPaused(true);
    window.addressResolving()->action()->trigger(); // automatic (on, for an empty table) -> the user's "off"
    window.filterEdit()->setText(QStringLiteral("nginx"));
    window.filterBar()->setFilter(listeningTcp());
    window.filterToolbar()->show();
    dock(window, "conflictsDock")->hide();
    window.resize(1111, 777);
}

} // namespace

TEST_F(WindowSettingsTest, EverythingChangedSurvivesANewWindow)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        changeEverything(window);
        window.close(); // stores them
    }
    for (const auto& key : WindowSettings::keys())
        EXPECT_TRUE(stored(key)) << key.toStdString();

    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    window.restoreSettings();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* header = window.tableView()->header();
    EXPECT_TRUE(header->isSectionHidden(EndpointTableModel::ServiceColumn));
    EXPECT_FALSE(header->isSectionHidden(EndpointTableModel::UserColumn));
    EXPECT_EQ(header->logicalIndex(0), EndpointTableModel::PidColumn);
    EXPECT_EQ(header->sectionSize(EndpointTableModel::ProcessColumn), 333);
    EXPECT_EQ(window.processView()->header()->sectionSize(ProcessTreeModel::NameColumn), 251);
    EXPECT_EQ(window.tableModel()->sortColumn(), EndpointTableModel::LocalPortColumn);
    EXPECT_EQ(window.tableModel()->sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(header->sortIndicatorSection(), EndpointTableModel::LocalPortColumn);
    EXPECT_TRUE(window.processViewShown());
    EXPECT_EQ(window.processModel()->groupBy(), ProcessTreeModel::GroupBy::Service);
    EXPECT_EQ(window.intervalMs(), 5000);
    EXPECT_TRUE(window.refreshPaused());
    EXPECT_EQ(window.addressResolving()->choice(), std::optional<bool>(false));
    EXPECT_FALSE(window.addressResolving()->isOn());
    EXPECT_TRUE(header->isSectionHidden(EndpointTableModel::RemoteHostColumn));
    EXPECT_EQ(window.filterEdit()->text(), QStringLiteral("nginx"));
    EXPECT_EQ(window.filterBar()->filter(), listeningTcp());
    // ... and applied to the models, not only shown.
    RowFilter applied = listeningTcp();
    applied.setText("nginx");
    EXPECT_EQ(window.tableModel()->filter(), applied);
    EXPECT_TRUE(window.filterToolbar()->isVisible());
    EXPECT_FALSE(dock(window, "conflictsDock")->isVisible());
    EXPECT_TRUE(dock(window, "portRangesDock")->isVisible());
    EXPECT_EQ(window.size(), QSize(1111, 777));
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(WindowSettingsTest, ResetToDefaultsForgetsThemAndRestoresTheWindowNow)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        changeEverything(window);
        window.saveSettings();
    }
    MainWindow fresh(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    const int defaultProcessWidth = fresh.tableView()->header()->sectionSize(EndpointTableModel::ProcessColumn);

    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.restoreSettings();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_EQ(window.intervalMs(), 5000); // restored, so that the reset has something to undo
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de")); // not a window setting

    window.resetSettings();
    for (const auto& key : WindowSettings::keys())
        EXPECT_FALSE(stored(key)) << key.toStdString();
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    auto* header = window.tableView()->header();
    EXPECT_FALSE(header->isSectionHidden(EndpointTableModel::ServiceColumn));
    EXPECT_EQ(header->logicalIndex(0), EndpointTableModel::ProcessColumn);
    EXPECT_EQ(header->sectionSize(EndpointTableModel::ProcessColumn), defaultProcessWidth);
    EXPECT_EQ(window.tableModel()->sortColumn(), EndpointTableModel::ProcessColumn);
    EXPECT_EQ(window.tableModel()->sortOrder(), Qt::AscendingOrder);
    EXPECT_FALSE(window.processViewShown());
    EXPECT_EQ(window.processModel()->groupBy(), ProcessTreeModel::GroupBy::Process);
    EXPECT_EQ(window.addressResolving()->choice(), std::nullopt);
    EXPECT_TRUE(window.addressResolving()->isOn()); // automatic, and the table is empty
    EXPECT_EQ(window.intervalMs(), MainWindow::kDefaultIntervalMs);
    EXPECT_FALSE(window.refreshPaused());
    EXPECT_TRUE(window.filterEdit()->text().isEmpty());
    EXPECT_EQ(window.filterBar()->filter(), RowFilter {});
    EXPECT_TRUE(window.tableModel()->filter().isEmpty());
    EXPECT_FALSE(window.filterToolbar()->isVisible());
    EXPECT_TRUE(dock(window, "conflictsDock")->isVisible());
    EXPECT_EQ(window.size(), QSize(1400, 900));
}

TEST_F(WindowSettingsTest, AWindowThatNeverRestoredSettingsStoresNothing)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.show();
        window.setIntervalMs(5000);
        window.close();
    }
    EXPECT_FALSE(QSettings().contains(QStringLiteral("window/intervalMs")));
}

namespace {
std::optional<WindowOptions> parse(const QStringList& arguments, QString& error)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    EXPECT_TRUE(parser.parse(QStringList { QStringLiteral("portolan") } + arguments))
        << parser.errorText().toStdString();
    return readWindowOptions(parser, error);
}
} // namespace

TEST_F(WindowSettingsTest, CommandLineOptionsParse)
{
    QString error;
    auto none = parse({}, error);
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->intervalMs);
    EXPECT_FALSE(none->paused);
    EXPECT_FALSE(none->processView);
    auto all = parse({ QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--paused"),
                         QStringLiteral("--view"), QStringLiteral("processes") },
        error);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->intervalMs, 250);
    EXPECT_TRUE(all->paused);
    EXPECT_EQ(all->processView, true);
    EXPECT_FALSE(parse({ QStringLiteral("--interval"), QStringLiteral("soon") }, error));
    EXPECT_TRUE(error.contains(QStringLiteral("soon")));
    EXPECT_FALSE(parse({ QStringLiteral("--view"), QStringLiteral("tree") }, error));
}

TEST_F(WindowSettingsTest, CommandLineOptionsBeatStoredValuesForOneRun)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        window.setIntervalMs(5000);
        window.showProcessView(true);
        window.saveSettings();
    }
    QString error;
    const auto options = parse({ QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--paused"),
                                   QStringLiteral("--view"), QStringLiteral("table") },
        error);
    ASSERT_TRUE(options) << error.toStdString();
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        ASSERT_EQ(window.intervalMs(), 5000);
        ASSERT_TRUE(window.processViewShown());
        applyWindowOptions(window, *options);
        EXPECT_EQ(window.intervalMs(), 250);
        EXPECT_TRUE(window.refreshPaused());
        EXPECT_FALSE(window.processViewShown());
        window.saveSettings();
    }
    // For one run: the stored values are the ones from before the options.
    EXPECT_EQ(QSettings().value(QStringLiteral("window/intervalMs")).toInt(), 5000);
    EXPECT_EQ(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("processes"));
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/pausedAtStart")).toBool());

    // Without options the stored values apply.
    const auto none = parse({}, error);
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.restoreSettings();
    applyWindowOptions(window, *none);
    EXPECT_EQ(window.intervalMs(), 5000);
    EXPECT_TRUE(window.processViewShown());
    EXPECT_FALSE(window.refreshPaused());
}
