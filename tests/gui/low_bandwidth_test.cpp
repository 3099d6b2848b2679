// Low-bandwidth mode and accessible names (issue #13, item 5): with the mode on, new rows are not flashed green
// in either view while the conflict tint stays, the refresh is at least 5 s and comes back to the chosen interval
// when the mode goes off, no Qt widget animation runs, and the mode survives a new window. Every toolbar control
// and every dock has a name for screen readers.

#include "core/conflicts/findings.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "gui_options.h"
#include "live_feed.h"
#include "low_bandwidth.h"
#include "main_window.h"
#include "port_histogram_chart.h"
#include "port_range_panel.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"
#include "snapshot_status_bar.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

// Settings in a private folder, set before any window exists: the test must not touch the user's.
class LowBandwidth : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "low_bandwidth_test");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

Endpoint listening(std::uint16_t port, std::uint32_t pid)
{
    return test::tcpListener(port, pid);
}

// One process listening on the given ports.
std::shared_ptr<const Snapshot> snapshotOf(std::initializer_list<std::uint16_t> ports)
{
    auto s = std::make_shared<Snapshot>();
    s->meta.format = "test";
    auto p = std::make_shared<ProcessInfo>();
    p->pid = 80;
    p->name = "nginx";
    s->processes[80] = p;
    for (auto port : ports)
        s->endpoints.push_back(listening(port, 80));
    return s;
}

QVariant tableBackground(const MainWindow& window, std::uint16_t port)
{
    const auto* model = window.tableModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rowAt(r).endpoint.localPort == port)
            return model->index(r, EndpointTableModel::LocalPortColumn).data(Qt::BackgroundRole);
    ADD_FAILURE() << "no table row for port " << port;
    return {};
}

QVariant treeBackground(const MainWindow& window, std::uint16_t port)
{
    const auto* model = window.processModel();
    for (int g = 0; g < model->rowCount(); ++g) {
        const auto group = model->index(g, 0);
        for (int c = 0; c < model->rowCount(group); ++c) {
            const auto index = model->index(c, 0, group);
            if (const auto* row = model->rowOfSlot(model->slotOf(index)); row && row->endpoint.localPort == port)
                return index.data(Qt::BackgroundRole);
        }
    }
    ADD_FAILURE() << "no tree row for port " << port;
    return {};
}

bool isNewGreen(const QVariant& background)
{
    return background.canConvert<QColor>() && background.value<QColor>().isValid()
        && background.value<QColor>().green() > background.value<QColor>().red();
}

// A conflict finding whose evidence is the row on `port` (what the conflict engine hands the window).
conflicts::FindingReport conflictOn(std::uint16_t port)
{
    conflicts::Finding finding;
    finding.id = "conflict:test:tcp/" + std::to_string(port);
    finding.kind = conflicts::FindingKind::Conflict;
    finding.protocol = Protocol::Tcp;
    finding.ports = PortRange { port, port };
    finding.evidence = { 0 };
    finding.evidenceKeys = { EndpointKey::of(listening(port, 80)) };
    finding.what = "test conflict";
    conflicts::FindingReport report;
    report.findings.push_back(finding);
    return report;
}

} // namespace

TEST_F(LowBandwidth, NewRowsAreGreenOnlyWithTheModeOffAndTheConflictTintStays)
{
    for (const bool low : { false, true }) {
        SCOPED_TRACE(low ? "low bandwidth" : "normal");
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        auto tableTester = test::attachModelTester(window.tableModel());
        auto treeTester = test::attachModelTester(window.processModel());
        window.setLowBandwidth(low);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        TableTracker tracker;
        window.applyUpdate(tracker.update(snapshotOf({ 80 }), 0));
        window.applyUpdate(tracker.update(snapshotOf({ 80, 443, 8080 }), 1000));
        window.applyFindings(conflictOn(8080));

        EXPECT_EQ(isNewGreen(tableBackground(window, 443)), !low);
        EXPECT_EQ(isNewGreen(treeBackground(window, 443)), !low);
        EXPECT_FALSE(isNewGreen(tableBackground(window, 80))) << "an old row is never green";
        // The conflict tint is information, not animation: the same in both modes and both views.
        const QVariant tint = tableBackground(window, 8080);
        ASSERT_TRUE(tint.canConvert<QColor>() && tint.value<QColor>().isValid());
        EXPECT_FALSE(isNewGreen(tint)) << "the conflict tint wins over the new row's green";
        EXPECT_EQ(treeBackground(window, 8080), tint);

        // Switching the mode repaints the rows shown now.
        window.setLowBandwidth(!low);
        EXPECT_EQ(isNewGreen(tableBackground(window, 443)), low);
        EXPECT_EQ(isNewGreen(treeBackground(window, 443)), low);
        EXPECT_EQ(tableBackground(window, 8080), tint);
        window.setLowBandwidth(false);
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(LowBandwidth, ModelsSignalTheBackgroundOnlyWhenTheFlagChanges)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    TableTracker tracker;
    window.applyUpdate(tracker.update(snapshotOf({ 80 }), 0));
    window.applyUpdate(tracker.update(snapshotOf({ 80, 443 }), 1000));
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(window.tableModel()),
             static_cast<QAbstractItemModel*>(window.processModel()) }) {
        QSignalSpy spy(model, &QAbstractItemModel::dataChanged);
        auto set = [&](bool on) {
            if (auto* table = qobject_cast<EndpointTableModel*>(model))
                table->setHighlightChanges(on);
            else
                qobject_cast<ProcessTreeModel*>(model)->setHighlightChanges(on);
        };
        set(true); // already on
        EXPECT_EQ(spy.count(), 0);
        set(false);
        ASSERT_GE(spy.count(), 1);
        // The tint and the text colour that goes with it (row_background.h).
        EXPECT_EQ(spy.back().at(2).value<QList<int>>(), (QList<int> { Qt::BackgroundRole, Qt::ForegroundRole }));
        const auto changes = spy.count();
        set(false);
        EXPECT_EQ(spy.count(), changes);
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(LowBandwidth, RefreshIsAtLeastFiveSecondsAndTheChosenIntervalComesBack)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.setIntervalMs(2000);
    EXPECT_EQ(window.feed()->intervalMs(), 2000);
    window.setLowBandwidth(true);
    EXPECT_GE(window.feed()->intervalMs(), low_bandwidth::kMinIntervalMs);
    EXPECT_GE(low_bandwidth::kMinIntervalMs, 5000);
    EXPECT_EQ(window.intervalMs(), 2000) << "the chosen interval is kept";
    window.setIntervalMs(500); // chosen while on: still not faster
    EXPECT_GE(window.feed()->intervalMs(), 5000);
    window.setIntervalMs(10000); // slower than the floor: taken as it is
    EXPECT_EQ(window.feed()->intervalMs(), 10000);
    window.setIntervalMs(1000);
    window.setLowBandwidth(false);
    EXPECT_EQ(window.feed()->intervalMs(), 1000);
    EXPECT_EQ(window.effectiveIntervalMs(), 1000);
}

TEST_F(LowBandwidth, NoWidgetAnimates)
{
    const Qt::UIEffect effects[] = { Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
        Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox };
    // As a platform that animates menus would have it (the offscreen one may not).
    const bool general = QApplication::isEffectEnabled(Qt::UI_General);
    const bool menu = QApplication::isEffectEnabled(Qt::UI_AnimateMenu);
    QApplication::setEffectEnabled(Qt::UI_General, true);
    QApplication::setEffectEnabled(Qt::UI_AnimateMenu, true);
    ASSERT_TRUE(QApplication::isEffectEnabled(Qt::UI_AnimateMenu));
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    EXPECT_FALSE(window.processView()->isAnimated()) << "the tree never animates expanding";
    window.setLowBandwidth(true);
    for (const auto effect : effects)
        EXPECT_FALSE(QApplication::isEffectEnabled(effect)) << effect;
    EXPECT_FALSE(window.isAnimated()) << "docks do not slide";
    window.setLowBandwidth(false);
    EXPECT_TRUE(QApplication::isEffectEnabled(Qt::UI_AnimateMenu)) << "what the platform had comes back";
    EXPECT_TRUE(window.isAnimated());
    EXPECT_FALSE(window.processView()->isAnimated());
    QApplication::setEffectEnabled(Qt::UI_AnimateMenu, menu);
    QApplication::setEffectEnabled(Qt::UI_General, general);
}

TEST_F(LowBandwidth, TheModeSurvivesANewWindowAndTheMenuShowsIt)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        EXPECT_FALSE(window.lowBandwidth()) << "off by default";
        auto* action = window.findChild<QAction*>(QStringLiteral("lowBandwidthAction"));
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(action->isCheckable());
        action->trigger(); // View > Low bandwidth
        EXPECT_TRUE(window.lowBandwidth());
        window.close(); // stores it
    }
    EXPECT_TRUE(QSettings().value(QStringLiteral("window/lowBandwidth")).toBool());
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        auto tableTester = test::attachModelTester(window.tableModel());
        window.restoreSettings();
        EXPECT_TRUE(window.lowBandwidth());
        EXPECT_FALSE(window.tableModel()->highlightChanges());
        EXPECT_FALSE(window.processModel()->highlightChanges());
        EXPECT_GE(window.feed()->intervalMs(), 5000);
        window.resetSettings();
        EXPECT_FALSE(window.lowBandwidth()) << "Reset to defaults turns it off";
        EXPECT_TRUE(window.tableModel()->highlightChanges());
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(LowBandwidth, CommandLineTurnsItOnForOneRun)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    ASSERT_TRUE(parser.parse({ QStringLiteral("portolan"), QStringLiteral("--low-bandwidth") }));
    QString error;
    const auto options = readWindowOptions(parser, error);
    ASSERT_TRUE(options) << error.toStdString();
    EXPECT_TRUE(options->lowBandwidth);
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        applyWindowOptions(window, *options);
        EXPECT_TRUE(window.lowBandwidth());
        window.close();
    }
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/lowBandwidth")).toBool()) << "not stored by the option";
    low_bandwidth::setWidgetAnimations(true);
}

TEST_F(LowBandwidth, EveryToolbarControlAndDockHasAnAccessibleName)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto toolbars = window.findChildren<QToolBar*>();
    ASSERT_GE(toolbars.size(), 2);
    int controls = 0;
    for (auto* toolbar : toolbars) {
        EXPECT_FALSE(toolbar->accessibleName().isEmpty()) << toolbar->objectName().toStdString();
        for (auto* action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            auto* widget = toolbar->widgetForAction(action);
            ASSERT_NE(widget, nullptr) << action->text().toStdString();
            ++controls;
            EXPECT_FALSE(widget->accessibleName().trimmed().isEmpty())
                << toolbar->objectName().toStdString() << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString() << " " << action->text().toStdString();
        }
    }
    EXPECT_GE(controls, 10);
    const auto docks = window.findChildren<QDockWidget*>();
    EXPECT_GE(docks.size(), 3);
    for (auto* dock : docks)
        EXPECT_FALSE(dock->accessibleName().isEmpty()) << dock->objectName().toStdString();
    for (QWidget* widget : { static_cast<QWidget*>(window.tableView()), static_cast<QWidget*>(window.processView()),
             static_cast<QWidget*>(window.filterEdit()), static_cast<QWidget*>(window.rangePanel()->chart()) })
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->metaObject()->className();
    const auto labels = window.snapshotStatus()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly);
    EXPECT_GE(labels.size(), 5);
    for (auto* label : labels)
        EXPECT_FALSE(label->accessibleName().isEmpty()) << label->objectName().toStdString();
}

TEST_F(LowBandwidth, EveryControlInsideTheDocksHasANameForScreenReaders)
{
    // Not only the docks: what a keyboard user tabs to inside them (the conflict list, its Fix button, the range
    // panel's combo boxes, the exhaustion tree). A button's text is its name; anything else needs one set.
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    int checked = 0;
    for (auto* dock : window.findChildren<QDockWidget*>()) {
        for (auto* widget : dock->widget()->findChildren<QWidget*>()) {
            const auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
            if (!(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QScrollBar*>(widget)
                || (area && area->viewport() == widget)) // a view's viewport: the view carries the name
                continue;
            ++checked;
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const QString name
                = button && widget->accessibleName().isEmpty() ? button->text() : widget->accessibleName();
            EXPECT_FALSE(name.trimmed().isEmpty())
                << dock->objectName().toStdString() << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString();
        }
    }
    EXPECT_GE(checked, 8);
}
