// The incremental table model under heavy churn, with QAbstractItemModelTester attached before any data.

#include "endpoint_table_model.h"
#include "qt_test_support.h"
#include "support/synthetic_snapshots.h"

#include <QItemSelectionModel>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace portolan;
using namespace portolan::test;

namespace {

using Key = std::tuple<int, std::string, int, std::string, int, std::uint64_t, int, std::uint32_t>;

Key keyOf(const Endpoint& e)
{
    return { int(e.protocol), e.localAddress.toString(), e.localPort, e.remoteAddress.toString(), e.remotePort, e.inode,
        int(e.state), e.pid };
}

std::multiset<Key> expectedRows(const Snapshot& s, const RowFilter& filter)
{
    std::multiset<Key> keys;
    for (const auto& e : s.endpoints) {
        TableRow row { e, nullptr, 0, 0 };
        if (auto it = s.processes.find(e.pid); it != s.processes.end() && e.ownerStatus == OwnerStatus::Resolved)
            row.owner = it->second;
        const std::string_view label = e.ownerStatus == OwnerStatus::Kernel ? "[time wait]" : "[unknown]";
        if (filter.matches(row, label, row.owner ? row.owner->user : std::string("root")))
            keys.insert(keyOf(e));
    }
    return keys;
}

std::multiset<Key> liveModelRows(const EndpointTableModel& model)
{
    std::multiset<Key> keys;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.phaseAt(r) != RowPhase::Closing)
            keys.insert(keyOf(model.rowAt(r).endpoint));
    return keys;
}

// Rows must be in (column key, first-seen sequence) order; checked through the public sort and row accessors.
void expectSorted(const EndpointTableModel& model)
{
    for (int r = 1; r < model.rowCount(); ++r) {
        const auto& a = model.rowAt(r - 1);
        const auto& b = model.rowAt(r);
        if (model.sortColumn() == EndpointTableModel::LocalPortColumn) {
            const bool asc = model.sortOrder() == Qt::AscendingOrder;
            const auto pa = a.endpoint.localPort, pb = b.endpoint.localPort;
            ASSERT_TRUE(asc ? pa <= pb : pa >= pb) << "row " << r;
            if (pa == pb) {
                ASSERT_LT(a.sequence, b.sequence) << "row " << r;
            }
        } else if (model.sortColumn() == EndpointTableModel::PidColumn) {
            ASSERT_LE(a.endpoint.pid, b.endpoint.pid) << "row " << r;
        }
    }
}

class TableModelChurn : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(TableModelChurn, RowsEqualTheLastSnapshotAfterHeavyChurn)
{
    EndpointTableModel model;
    auto tester = attachModelTester(&model);
    model.setStructuralRunLimit(GetParam());
    model.sort(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
    // QAbstractItemModelTester walks the whole model on every signal, so the table is kept small here; the
    // 100k-row behaviour is exercised by the benchmark and the tester-free property test below.
    SyntheticServer server(400, 0.10, 7);
    TableTracker tracker;
    for (int step = 0; step < 40; ++step) {
        const auto snapshot = step == 0 ? server.current() : server.step();
        model.applyUpdate(tracker.update(snapshot, step * 1000));
        if (step == 10)
            model.setFilter(RowFilter::fromText("nginx"));
        if (step == 20)
            model.sort(EndpointTableModel::PidColumn, Qt::AscendingOrder);
        if (step == 25)
            model.setFilter(RowFilter::fromText(""));
        if (step == 30)
            model.sort(EndpointTableModel::LocalPortColumn, Qt::DescendingOrder);
        ASSERT_EQ(liveModelRows(model), expectedRows(*snapshot, model.filter())) << "step " << step;
        expectSorted(model);
        for (int r = 0; r < model.rowCount(); ++r)
            ASSERT_EQ(model.rowOfSlot(model.data(model.index(r, 0), EndpointTableModel::SlotRole).toUInt()), r);
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

// 1 000 000: always contiguous runs; 4: nearly always one layout change per refresh.
INSTANTIATE_TEST_SUITE_P(Strategies, TableModelChurn, ::testing::Values(1000000, 4),
    [](const auto& info) { return info.param > 100 ? std::string("Runs") : std::string("LayoutChange"); });

TEST(TableModel, NewRowsAreGreenForOneRefreshAndClosedRowsRedForOne)
{
    EndpointTableModel model;
    auto tester = attachModelTester(&model);
    TableTracker tracker;
    auto make = [](std::vector<std::uint16_t> ports) {
        auto s = std::make_shared<Snapshot>();
        for (auto p : ports) {
            Endpoint e;
            e.protocol = Protocol::Udp;
            e.localPort = p;
            e.inode = p;
            e.state = SocketState::Bound;
            s->endpoints.push_back(e);
        }
        return s;
    };
    model.sort(EndpointTableModel::LocalPortColumn);
    model.applyUpdate(tracker.update(make({ 1 }), 0));
    EXPECT_EQ(model.phaseAt(0), RowPhase::Normal) << "the first snapshot is not highlighted";
    model.applyUpdate(tracker.update(make({ 1, 2 }), 0));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.phaseAt(1), RowPhase::New);
    EXPECT_TRUE(model.data(model.index(1, 0), Qt::BackgroundRole).isValid());
    model.applyUpdate(tracker.update(make({ 2 }), 1));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.phaseAt(0), RowPhase::Closing);
    EXPECT_EQ(model.phaseAt(1), RowPhase::Normal);
    EXPECT_FALSE(model.data(model.index(1, 0), Qt::BackgroundRole).isValid());
    model.applyUpdate(tracker.update(make({ 2 }), 2));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowAt(0).endpoint.localPort, 2);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(TableModel, SelectionAndCurrentRowSurviveRefreshesAndSorting)
{
    for (const int limit : { 1000000, 4 }) {
        EndpointTableModel model;
        auto tester = attachModelTester(&model);
        model.setStructuralRunLimit(limit);
        QItemSelectionModel selection(&model);
        SyntheticServer server(600, 0.05, 3);
        TableTracker tracker;
        model.applyUpdate(tracker.update(server.current(), 0));
        model.applyUpdate(tracker.update(server.current(), 1)); // settle: every row Normal

        // Select a row that will survive: one whose endpoint is still there after the churn.
        const int chosen = 345;
        const auto slot = model.data(model.index(chosen, 0), EndpointTableModel::SlotRole).toUInt();
        const auto endpoint = model.rowAt(chosen).endpoint;
        selection.setCurrentIndex(
            model.index(chosen, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        for (int step = 0; step < 10; ++step) {
            auto next = std::make_shared<Snapshot>(*server.step());
            // Keep the chosen endpoint alive through the churn.
            if (std::find(next->endpoints.begin(), next->endpoints.end(), endpoint) == next->endpoints.end())
                next->endpoints.push_back(endpoint);
            model.applyUpdate(tracker.update(next, 2 + step));
            if (step == 5)
                model.sort(EndpointTableModel::RemotePortColumn, Qt::DescendingOrder);
            const int row = model.rowOfSlot(slot);
            ASSERT_GE(row, 0);
            EXPECT_EQ(selection.currentIndex().row(), row) << "limit " << limit << " step " << step;
            ASSERT_EQ(selection.selectedRows().size(), 1);
            EXPECT_EQ(selection.selectedRows().front().row(), row);
        }
        EXPECT_MODEL_TESTER_CLEAN();
    }
}

TEST(TableModel, FilterMatchesProcessPidPortAddressAndState)
{
    EndpointTableModel model;
    auto tester = attachModelTester(&model);
    auto s = std::make_shared<Snapshot>();
    auto named = std::make_shared<ProcessInfo>();
    named->pid = 4242;
    named->name = "named";
    s->processes[4242] = named;
    auto add = [&](Protocol proto, const char* local, std::uint16_t port, SocketState state, std::uint32_t pid) {
        Endpoint e;
        e.protocol = proto;
        e.localAddress = *IpAddress::parse(local);
        e.remoteAddress = e.localAddress.family == Family::IPv4 ? IpAddress::anyV4() : IpAddress::anyV6();
        e.localPort = port;
        e.state = state;
        e.pid = pid;
        e.inode = port;
        e.ownerStatus = pid ? OwnerStatus::Resolved : OwnerStatus::Unknown;
        s->endpoints.push_back(e);
    };
    add(Protocol::Udp, "192.0.2.53", 53, SocketState::Bound, 4242);
    add(Protocol::Udp, "192.0.2.53", 1812, SocketState::Bound, 4242);
    add(Protocol::Tcp, "10.9.8.7", 22, SocketState::Listen, 0);
    add(Protocol::Tcp, "::1", 631, SocketState::Listen, 0);
    TableTracker tracker;
    model.applyUpdate(tracker.update(s, 0));
    auto rowsFor = [&](const char* text) {
        model.setFilter(RowFilter::fromText(text));
        return model.rowCount();
    };
    EXPECT_EQ(rowsFor("NAMED"), 2);
    EXPECT_EQ(rowsFor("4242"), 2);
    EXPECT_EQ(rowsFor("1812"), 1);
    EXPECT_EQ(rowsFor("10.9.8"), 1);
    EXPECT_EQ(rowsFor("listen"), 2);
    EXPECT_EQ(rowsFor("::1"), 1);
    EXPECT_EQ(rowsFor("nothing-like-this"), 0);
    EXPECT_EQ(rowsFor(""), 4);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(TableModel, LargeTablesStayConsistentWithoutTheTester)
{
    // The same property at a size the tester cannot afford: 20k rows, 10 % churn, both strategies.
    for (const int limit : { 1000000, 64 }) {
        EndpointTableModel model;
        model.setStructuralRunLimit(limit);
        model.sort(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
        int inserted = 0, removed = 0;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&](auto, int a, int b) { inserted += b - a + 1; });
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&](auto, int a, int b) { removed += b - a + 1; });
        SyntheticServer server(20000, 0.10, 11);
        TableTracker tracker;
        for (int step = 0; step < 8; ++step) {
            const auto snapshot = step == 0 ? server.current() : server.step();
            model.applyUpdate(tracker.update(snapshot, step));
            ASSERT_EQ(liveModelRows(model), expectedRows(*snapshot, model.filter())) << "step " << step;
            expectSorted(model);
        }
        if (limit > 100) {
            EXPECT_GT(removed, 0) << "refreshes must use row removals, not resets";
        }
        EXPECT_GT(inserted, 0);
    }
}
