// The real main window on the offscreen platform: rows of a fixed snapshot, the quick filter, numeric sort by a
// header click, copying rows.

#include "address_resolving.h"
#include "catalogue_dialog.h"
#include "compare_dialog.h"
#include "conflict_panel.h"
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/findings.h"
#include "core/import/capture_import.h"
#include "core/recording.h"
#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "fix_preview_dialog.h"
#include "host_name_cache.h"
#include "main_window.h"
#include "port_histogram_chart.h"
#include "port_range_panel.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"
#include "support/port_configs.h"
#include "support/synthetic_snapshots.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <QChart>

#include <gtest/gtest.h>

#include <algorithm>

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
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = view->selectedRowsAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Process\tPID\tProtocol")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("\t9\t"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral("\t22\t"))) << lines[2].toStdString();

    // Keep a picture of what a person would see, for review.
    window.grab().save(QDir::temp().filePath(QStringLiteral("portolan-main-window-test.png")));
    EXPECT_MODEL_TESTER_CLEAN();
}

namespace {

// A DNS-style pool of 300 UDP ports spread over the dynamic range, plus a few ordinary sockets.
std::shared_ptr<const Snapshot> poolSnapshot()
{
    auto s = std::make_shared<Snapshot>(*fixedSnapshot());
    auto dns = std::make_shared<ProcessInfo>();
    dns->pid = 4000;
    dns->name = "dns.exe";
    s->processes[4000] = dns;
    for (int i = 0; i < 300; ++i) {
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.localAddress = IpAddress::anyV4();
        e.localPort = static_cast<std::uint16_t>(49152 + (i * 7919) % 16384);
        e.state = SocketState::Bound;
        e.pid = 4000;
        e.inode = 500000 + static_cast<std::uint64_t>(i);
        e.ownerStatus = OwnerStatus::Resolved;
        s->endpoints.push_back(e);
    }
    return s;
}

} // namespace

TEST(MainWindow, SwitchingViewsKeepsTheSelectionAndThePoolIsOneCollapsedLine)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto snapshot = poolSnapshot();
    TableTracker tracker;
    window.applyUpdate(tracker.update(snapshot, 0));
    window.applyRanges(analysis::buildRangesReport(*snapshot, test::uniformPortConfig({ 49152, 65535 })));

    // Select the sshd listener in the table, switch to the process view: the same endpoint is selected there.
    auto* table = window.tableView();
    int sshRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, EndpointTableModel::LocalPortColumn).data().toInt() == 22)
            sshRow = r;
    ASSERT_GE(sshRow, 0);
    table->selectionModel()->select(
        table->model()->index(sshRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.showProcessView(true);
    auto* tree = window.processView();
    ASSERT_TRUE(window.processViewShown());
    const auto selected = tree->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(
        window.processModel()->rowOfSlot(window.processModel()->slotOf(selected.front()))->endpoint.localPort, 22);

    // The pool is one labelled, collapsed line; small groups are expanded.
    bool sawPool = false;
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        const auto group = tree->model()->index(r, 0);
        if (group.data().toString().startsWith(QStringLiteral("dns.exe"))) {
            sawPool = true;
            EXPECT_TRUE(group.data().toString().contains(QStringLiteral("socket pool")))
                << group.data().toString().toStdString();
            EXPECT_FALSE(tree->isExpanded(group));
            EXPECT_EQ(tree->model()->index(r, ProcessTreeModel::UdpColumn).data().toInt(), 300);
        } else {
            EXPECT_TRUE(tree->isExpanded(group)) << group.data().toString().toStdString();
        }
    }
    EXPECT_TRUE(sawPool);
    // The flat table names the pool too.
    bool labelled = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        labelled |= table->model()->index(r, 0).data().toString() == QStringLiteral("dns.exe — DNS server socket pool");
    EXPECT_TRUE(labelled);

    // And back: the selection follows.
    window.showProcessView(false);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(table->selectionModel()->selectedRows().front().row(),
        window.tableModel()->rowOfSlot(
            table->selectionModel()->selectedRows().front().data(EndpointTableModel::SlotRole).toUInt()));
    EXPECT_EQ(table->model()
                  ->index(table->selectionModel()->selectedRows().front().row(), EndpointTableModel::LocalPortColumn)
                  .data()
                  .toInt(),
        22);
    window.grab().save(QDir::temp().filePath(QStringLiteral("portolan-main-window-pool-test.png")));
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(MainWindow, ClickingAHistogramBucketFiltersTheTable)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto snapshot = poolSnapshot();
    TableTracker tracker;
    window.applyUpdate(tracker.update(snapshot, 0));
    window.applyRanges(analysis::buildRangesReport(*snapshot, test::uniformPortConfig({ 49152, 65535 })));
    auto* chart = window.rangePanel()->chart();
    const auto& histogram = chart->histogram();
    ASSERT_GT(histogram.bucketCount, 0u);

    // Click in the middle of the bucket that holds port 80 (a 256-port bucket: ports 0-255).
    const QPointF valuePoint(128, 0.5);
    const QPoint position = chart->chart()->mapToPosition(valuePoint).toPoint();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, position);
    QTRY_VERIFY_WITH_TIMEOUT(window.tableModel()->rowCount() < static_cast<int>(snapshot->endpoints.size()), 2000);
    QList<int> ports;
    for (int r = 0; r < window.tableModel()->rowCount(); ++r)
        ports << window.tableModel()->index(r, EndpointTableModel::LocalPortColumn).data().toInt();
    std::sort(ports.begin(), ports.end());
    EXPECT_EQ(ports, (QList<int> { 9, 22, 53, 80 })) << "only the ports of bucket 0-255";
    EXPECT_TRUE(chart->bucketSummary(80).contains(QStringLiteral("0–255")));

    // Drag across the upper half of the port space: the pool's ports.
    const QPoint from = chart->chart()->mapToPosition(QPointF(49152 + 10, 0.5)).toPoint();
    const QPoint to = chart->chart()->mapToPosition(QPointF(65535 - 10, 0.5)).toPoint();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chart->viewport(), to);
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
    QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 300, 2000);
    window.clearPortFilter();
    EXPECT_EQ(window.tableModel()->rowCount(), static_cast<int>(snapshot->endpoints.size()));
    EXPECT_MODEL_TESTER_CLEAN();
}

namespace {

// `netstat -anob` as a Windows DNS server with a socket pool squatting UDP 1812 would print it.
QByteArray dnsServerNetstat(int poolSize)
{
    QByteArray text = "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State      "
                      "     PID\r\n";
    text += "  TCP    0.0.0.0:53             0.0.0.0:0              LISTENING       1880\r\n [dns.exe]\r\n";
    text += "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1040\r\n  TermService\r\n "
            "[svchost.exe]\r\n";
    text += "  UDP    0.0.0.0:1812           *:*                                    1880\r\n [dns.exe]\r\n";
    for (int i = 0; i < poolSize; ++i) {
        const int port = 49152 + (i * 7919) % 16000;
        text += QStringLiteral(
            "  UDP    0.0.0.0:%1          *:*                                    1880\r\n [dns.exe]\r\n")
                    .arg(port)
                    .toLatin1();
    }
    return text;
}

QString writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("portolan-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(MainWindow, OpensACaptureReadOnlyExportsItAndComparesIt)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QString path = writeTemp(QStringLiteral("netstat-anob.txt"), dnsServerNetstat(400));
    QSignalSpy shown(&window, &MainWindow::captureShown);
    window.openCapture(path);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_TRUE(window.captureMode());
    // Another machine's private addresses are not looked up in this network's DNS.
    EXPECT_TRUE(window.addressResolving()->cache()->publicOnly());
    EXPECT_TRUE(window.windowTitle().contains(QFileInfo(path).fileName())) << window.windowTitle().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("netstat-windows"))) << window.windowTitle().toStdString();
    EXPECT_EQ(window.tableModel()->rowCount(), 403);
    auto* mode = window.statusBar()->findChild<QLabel*>(QStringLiteral("modeLabel"));
    ASSERT_NE(mode, nullptr);
    EXPECT_TRUE(mode->text().contains(QStringLiteral("Capture")));

    // The socket pool shows as in live mode: one labelled group in the process view (ranges arrive async).
    QTRY_VERIFY_WITH_TIMEOUT(window.rangePanel()->chart()->histogram().endpointsCounted == 403, 5000);
    bool pool = false;
    for (int r = 0; r < window.processModel()->rowCount(); ++r)
        pool |= window.processModel()->index(r, 0).data().toString().contains(QStringLiteral("DNS server socket pool"));
    EXPECT_TRUE(pool);

    // Exports: JSON re-imports to the same rows; CSV has a header and one line per row; HTML embeds the chart.
    const QString json = writeTemp(QStringLiteral("export.json"), {});
    window.exportView(json);
    const auto back = importCaptureFile(json.toStdString());
    ASSERT_FALSE(back.failed()) << back.fatal;
    EXPECT_EQ(back.snapshot.endpoints.size(), 403u);
    const QString csv = writeTemp(QStringLiteral("export.csv"), {});
    window.exportView(csv);
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(csvFile.readAll().count('\n'), 404);
    const QString html = writeTemp(QStringLiteral("export.html"), {});
    window.exportView(html);
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray page = htmlFile.readAll();
    EXPECT_TRUE(page.contains("data:image/png;base64,"));
    EXPECT_TRUE(page.contains("dns.exe"));

    // Compare with a capture taken later, where the pool grew by 50 sockets.
    const QString later = writeTemp(QStringLiteral("netstat-later.txt"), dnsServerNetstat(450));
    QSignalSpy compared(&window, &MainWindow::compareShown);
    window.compareWith(later);
    ASSERT_TRUE(compared.wait(10000));
    auto* dialog = window.findChild<CompareDialog*>();
    ASSERT_NE(dialog, nullptr);
    int removed = 0;
    for (int i = 0; i < dialog->endpointsTree()->topLevelItemCount(); ++i)
        removed += dialog->endpointsTree()->topLevelItem(i)->text(0) == QStringLiteral("removed");
    // compareWith(other) compares the other capture (before) with what is shown (after): the 50 extra
    // sockets of the later capture are "removed" from the point of view of the earlier one shown now.
    EXPECT_EQ(removed, 50);
    ASSERT_GE(dialog->ownersTree()->topLevelItemCount(), 1);
    EXPECT_TRUE(dialog->ownersTree()->topLevelItem(0)->text(0).contains(QStringLiteral("dns.exe")));
    EXPECT_EQ(dialog->ownersTree()->topLevelItem(0)->text(3), QStringLiteral("-50"));
    for (const auto& file : { path, json, csv, html, later })
        QFile::remove(file);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(MainWindow, ReplaysARecordingThroughTheSameViews)
{
    // Three frames of a server whose pool grows; replayed, the views end on the last frame.
    const QString path = writeTemp(QStringLiteral("session.jsonl"), {});
    test::SyntheticServer server(500, 0.05, 12);
    std::shared_ptr<const Snapshot> last;
    {
        RecordingWriter writer;
        std::string error;
        ASSERT_TRUE(writer.open(path.toStdString(), error)) << error;
        writer.append(*server.current());
        writer.append(*server.step());
        last = server.step();
        writer.append(*last);
    }
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::replayFinished);
    window.openCapture(path); // recognised as a recording by its first line
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_EQ(window.replayFrame(), 3);
    EXPECT_TRUE(window.captureMode());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("replay")));
    // The last frame's rows, plus the rows closed by it, still shown in red for one refresh.
    EXPECT_EQ(window.tableModel()->liveRowCount(), last->endpoints.size());
    QFile::remove(path);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(MainWindow, ConflictPanelSelectsEvidenceAndPreviewsTheFix)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // A DNS server pool squatting RADIUS (UDP 1812), as in the seeds.
    auto snapshot = std::make_shared<Snapshot>(*poolSnapshot());
    snapshot->meta.os = "linux";
    for (auto& e : snapshot->endpoints)
        if (e.localPort == 1812)
            e.pid = 4000; // named's pool (pid 4000 is "dns.exe" in poolSnapshot: rename it to a Linux DNS server)
    auto named = std::make_shared<ProcessInfo>(*snapshot->process(4000));
    named->name = "named";
    snapshot->processes[4000] = named;
    TableTracker tracker;
    window.applyUpdate(tracker.update(snapshot, 0));
    const auto config = test::uniformPortConfig({ 49152, 65535 }); // a dynamic range that holds the pool
    const auto ranges = analysis::buildRangesReport(*snapshot, config);
    conflicts::FindingOptions options;
    options.poolVerdicts = &ranges.pools;
    const auto report = conflicts::computeFindings(*snapshot, config, conflicts::loadEffectiveCatalogue(), options);
    window.applyFindings(report);

    auto* list = window.conflictPanel()->list();
    QTreeWidgetItem* conflict = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(2) == QStringLiteral("UDP 1812"))
            conflict = list->topLevelItem(i);
    ASSERT_NE(conflict, nullptr) << "the RADIUS conflict is listed";
    EXPECT_TRUE(conflict->text(1).startsWith(QStringLiteral("Conflict")));
    EXPECT_TRUE(conflict->text(3).contains(QStringLiteral("named"))) << conflict->text(3).toStdString();
    EXPECT_TRUE(conflict->text(3).contains(QStringLiteral("socket pool"))) << conflict->text(3).toStdString();

    // Selecting it selects the evidence row in the table.
    list->setCurrentItem(conflict);
    const auto selected = window.tableView()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(
        window.tableModel()->index(selected.front().row(), EndpointTableModel::LocalPortColumn).data().toInt(), 1812);
    EXPECT_EQ(window.tableModel()->data(selected.front(), Qt::BackgroundRole).value<QColor>(), QColor(0xff, 0xd9, 0x80))
        << "conflicting rows are tinted";

    // Fix… previews each change, value before → after, without touching anything.
    QString error;
    const auto plan = window.planFix(window.conflictPanel()->selectedFindingId(), error);
    ASSERT_TRUE(plan) << error.toStdString();
    FixPreviewDialog preview(*plan);
    bool reserves1812 = false;
    for (int i = 0; i < preview.operations()->topLevelItemCount(); ++i) {
        const auto* op = preview.operations()->topLevelItem(i);
        if (op->text(1).contains(QStringLiteral("ip_local_reserved_ports"))) {
            reserves1812 = op->text(3).contains(QStringLiteral("1812"));
            EXPECT_NE(op->text(2), op->text(3)) << "before and after differ";
        }
    }
    EXPECT_TRUE(reserves1812);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(CatalogueDialog, ChecksAndSavesTheUsersOverrides)
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("portolan-test-%1/overrides.json").arg(QCoreApplication::applicationPid()));
    QFile::remove(path);
    CatalogueDialog dialog(path);
    const int shipped = dialog.entries()->topLevelItemCount();
    EXPECT_GT(shipped, 20);
    // The template is a valid overrides file that adds one entry.
    EXPECT_TRUE(dialog.check().isEmpty()) << dialog.check().join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(dialog.save());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(dialog.entries()->topLevelItemCount(), shipped + 1);

    // A bad override is reported with its file and line, and not saved.
    dialog.editor()->setPlainText(
        QStringLiteral("{\n  \"schema\": \"portolan.catalogue-overrides\",\n  \"version\": 1,\n"
                       "  \"entries\": [ { \"id\": \"radius-auth\", \"ports\": \"99999\" } ]\n}\n"));
    const auto problems = dialog.check();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.front().startsWith(QStringLiteral("overrides.json:"))) << problems.front().toStdString();
    EXPECT_FALSE(dialog.save());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("my-radius-accounting")) << "the good file was kept";
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}
