// Find next / previous over the quick-filter box's text (issue #13: usable with the keyboard alone). With "Hide
// rows that do not match" off every row stays and F3 / Shift+F3 step through the matches around the end, in the
// table and in the process view; with it on (the default) the box filters as before. The mode is kept.

#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"
#include "row_find.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

class FindTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "find_test");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

// Ports 1000..1009: nginx on the even ones, sshd on the odd ones.
std::shared_ptr<const Snapshot> mixed()
{
    auto s = std::make_shared<Snapshot>();
    for (std::uint32_t pid : { 80u, 22u }) {
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        p->name = pid == 80 ? "nginx" : "sshd";
        s->processes[pid] = p;
    }
    for (std::uint16_t port = 1000; port < 1010; ++port)
        s->endpoints.push_back(test::tcpListener(port, port % 2 ? 22 : 80));
    return s;
}

std::uint16_t currentPort(MainWindow& window)
{
    if (window.processViewShown()) {
        const auto slot = window.processModel()->slotOf(window.processView()->currentIndex());
        const auto* row = window.processModel()->rowOfSlot(slot);
        return row ? row->endpoint.localPort : 0;
    }
    const int r = window.tableView()->currentIndex().row();
    return r < 0 ? 0 : window.tableModel()->rowAt(r).endpoint.localPort;
}

void type(MainWindow& window, const QString& text)
{
    window.filterEdit()->setText(text);
    Q_EMIT window.filterEdit()->returnPressed(); // Enter applies at once
}

} // namespace

TEST_F(FindTest, WithHidingOffTheBoxFindsAndF3StepsThroughTheMatchesAroundTheEnd)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    window.tableView()->sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
    TableTracker tracker;
    window.applyUpdate(tracker.update(mixed(), 1000));
    RowFind* find = window.rowFind();
    EXPECT_TRUE(find->hidesRows()); // the default: the box filters
    // F3 and Shift+F3 on every platform (the standard FindNext is Ctrl+G on GNOME and macOS).
    EXPECT_EQ(find->nextAction()->shortcut(), QKeySequence(Qt::Key_F3));
    EXPECT_EQ(find->previousAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));

    find->hideAction()->trigger();
    ASSERT_FALSE(find->hidesRows());
    type(window, QStringLiteral("sshd"));
    EXPECT_EQ(window.tableModel()->rowCount(), 10); // nothing hidden
    EXPECT_EQ(currentPort(window), 1001); // the first match
    std::vector<std::uint16_t> visited;
    for (int i = 0; i < 6; ++i) {
        find->nextAction()->trigger();
        visited.push_back(currentPort(window));
    }
    EXPECT_EQ(visited, (std::vector<std::uint16_t> { 1003, 1005, 1007, 1009, 1001, 1003 }));
    find->previousAction()->trigger();
    EXPECT_EQ(currentPort(window), 1001);
    find->previousAction()->trigger();
    EXPECT_EQ(currentPort(window), 1009); // around the top
    EXPECT_EQ(window.tableView()->selectionModel()->selectedRows().size(), 1);

    // The same keys in the process view step in its own order: the table is sorted by port (descending now),
    // the tree by process and then its own order, so the steps differ from the table's.
    window.tableView()->sortByColumn(EndpointTableModel::LocalPortColumn, Qt::DescendingOrder);
    window.showProcessView(true);
    std::vector<std::uint16_t> treeOrder;
    const auto* tree = window.processModel();
    for (int g = 0; g < tree->rowCount(); ++g)
        for (int c = 0; c < tree->rowCount(tree->index(g, 0)); ++c)
            if (const auto* row = tree->rowOfSlot(tree->slotOf(tree->index(c, 0, tree->index(g, 0))));
                row && row->endpoint.pid == 22)
                treeOrder.push_back(row->endpoint.localPort);
    ASSERT_EQ(treeOrder.size(), 5u);
    window.processView()->setCurrentIndex({});
    std::vector<std::uint16_t> treeVisited;
    for (int i = 0; i < 5; ++i) {
        find->nextAction()->trigger();
        treeVisited.push_back(currentPort(window));
    }
    EXPECT_EQ(treeVisited, treeOrder);
    find->previousAction()->trigger();
    EXPECT_EQ(currentPort(window), treeOrder[3]);
    window.showProcessView(false);
    window.tableView()->sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);

    // Nothing matches: the selection stays and the status bar says so.
    QSignalSpy messages(find, &RowFind::statusMessage);
    const auto before = currentPort(window);
    type(window, QStringLiteral("postgres"));
    EXPECT_EQ(currentPort(window), before);
    EXPECT_FALSE(find->find(true));
    ASSERT_GE(messages.size(), 1);
    EXPECT_TRUE(messages.back().at(0).toString().contains(QStringLiteral("postgres")));

    // Hiding back on: the same text filters.
    type(window, QStringLiteral("sshd"));
    find->hideAction()->trigger();
    EXPECT_EQ(window.tableModel()->rowCount(), 5);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(FindTest, F3WithAnEmptyBoxAsksForTextAndTheModeSurvivesANewWindow)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        TableTracker tracker;
        window.applyUpdate(tracker.update(mixed(), 1000));
        QSignalSpy messages(window.rowFind(), &RowFind::statusMessage);
        EXPECT_FALSE(window.rowFind()->find(true));
        ASSERT_EQ(messages.size(), 1);
        EXPECT_TRUE(messages.at(0).at(0).toString().contains(QStringLiteral("Ctrl+F")));
        window.rowFind()->hideAction()->trigger();
        window.saveSettings();
    }
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.restoreSettings();
    EXPECT_FALSE(window.rowFind()->hidesRows());
    window.resetSettings();
    EXPECT_TRUE(window.rowFind()->hidesRows());
}
