// The real main window on the offscreen platform: rows of a fixed snapshot, the quick filter, numeric sort by a
// header click, copying rows.

#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

std::shared_ptr<const Snapshot> fixedSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->meta.format = "test";
    auto process = [&](std::uint32_t pid, const char* name) {
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        p->name = name;
        p->user = "root";
        s->processes[pid] = p;
    };
    process(53, "named");
    process(80, "nginx");
    process(22, "sshd");
    auto add = [&](Protocol protocol, std::uint16_t port, SocketState state, std::uint32_t pid) {
        Endpoint e;
        e.protocol = protocol;
        e.localAddress = IpAddress::v4(192, 0, 2, 1);
        e.localPort = port;
        e.state = state;
        e.pid = pid;
        e.inode = port + (protocol == Protocol::Udp ? 100000 : 0);
        e.ownerStatus = OwnerStatus::Resolved;
        s->endpoints.push_back(e);
    };
    // Ports whose text order differs from numeric order.
    add(Protocol::Tcp, 1000, SocketState::Listen, 80);
    add(Protocol::Tcp, 22, SocketState::Listen, 22);
    add(Protocol::Tcp, 80, SocketState::Listen, 80);
    add(Protocol::Udp, 9, SocketState::Bound, 53);
    add(Protocol::Udp, 1812, SocketState::Bound, 53);
    add(Protocol::Udp, 53, SocketState::Bound, 53);
    return s;
}

QList<int> localPortsInViewOrder(const QAbstractItemModel* model)
{
    QList<int> ports;
    for (int r = 0; r < model->rowCount(); ++r)
        ports << model->index(r, EndpointTableModel::LocalPortColumn).data().toInt();
    return ports;
}

} // namespace

TEST(MainWindow, ShowsFiltersAndSortsAFixedSnapshot)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TableTracker tracker;
    window.applyUpdate(tracker.update(fixedSnapshot(), 0));
    auto* view = window.tableView();
    ASSERT_EQ(view->model()->rowCount(), 6);
    EXPECT_NE(window.statusBar()->findChild<QWidget*>(QStringLiteral("countsLabel")), nullptr);

    // Sort by Local port with a real click on the header: numeric, not text order.
    auto* header = view->header();
    const QPoint onSection(header->sectionViewportPosition(EndpointTableModel::LocalPortColumn) + 5, 5);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onSection);
    QList<int> ports = localPortsInViewOrder(view->model());
    if (ports.front() != 9) { // the first click may have reversed an existing ascending sort
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onSection);
        ports = localPortsInViewOrder(view->model());
    }
    EXPECT_EQ(ports, (QList<int> { 9, 22, 53, 80, 1000, 1812 }));

    // Type into the quick filter as a person would; it applies after a short pause.
    QTest::keyClicks(window.filterEdit(), QStringLiteral("named"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 2000);
    EXPECT_EQ(localPortsInViewOrder(view->model()), (QList<int> { 9, 53, 1812 }));
    window.filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 2000);

    // Copy two selected rows as text.
    view->selectionModel()->select(view->model()->index(0, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = view->selectedRowsAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Process\tPID\tProtocol")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("\t9\t"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral("\t22\t"))) << lines[2].toStdString();

    // Keep a picture of what a person would see, for review.
    window.grab().save(QStringLiteral("main_window_test.png"));
    EXPECT_MODEL_TESTER_CLEAN();
}
