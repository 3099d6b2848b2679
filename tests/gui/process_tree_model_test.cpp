// The process tree under churn (processes appearing and exiting, sockets moving between processes, pid reuse),
// with QAbstractItemModelTester attached before any data; afterwards it must equal a tree built from scratch.

#include "endpoint_table_model.h"
#include "process_tree_model.h"
#include "qt_test_support.h"
#include "support/port_configs.h"
#include "support/synthetic_snapshots.h"

#include <QItemSelectionModel>
#include <QTreeView>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace portolan;
using namespace portolan::test;

namespace {

struct GroupPicture
{
    std::multiset<std::string> children;
    ProcessTreeModel::Counts counts;
    bool operator==(const GroupPicture&) const = default;
};

std::string childKey(const Endpoint& e)
{
    return std::to_string(int(e.protocol)) + e.localAddress.toString() + ":" + std::to_string(e.localPort) + ">"
        + e.remoteAddress.toString() + ":" + std::to_string(e.remotePort) + "#" + std::to_string(e.inode) + "/"
        + std::to_string(int(e.state)) + "@" + std::to_string(e.pid);
}

// Group key -> the live (non-closing) children and the counts, as the model shows them.
std::map<std::string, GroupPicture> picture(const ProcessTreeModel& model, bool liveOnly)
{
    std::map<std::string, GroupPicture> out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const auto group = model.index(g, 0);
        auto& pic = out[group.data(ProcessTreeModel::GroupKeyRole).toString().toStdString()];
        pic.counts = model.countsOf(group);
        for (int c = 0; c < model.rowCount(group); ++c) {
            const auto slot = model.slotOf(model.index(c, 0, group));
            const auto* row = model.rowOfSlot(slot);
            EXPECT_NE(row, nullptr);
            const bool closing
                = model.index(c, 0, group).data(Qt::BackgroundRole).value<QColor>() == QColor(0xf5, 0xc6, 0xc6);
            if (!liveOnly || !closing)
                pic.children.insert(childKey(row->endpoint));
        }
        if (pic.children.empty())
            out.erase(group.data(ProcessTreeModel::GroupKeyRole).toString().toStdString());
    }
    return out;
}

} // namespace

TEST(ProcessTreeModel, ChurnEndsEqualToATreeBuiltFromScratch)
{
    for (auto groupBy : { ProcessTreeModel::GroupBy::Process, ProcessTreeModel::GroupBy::LocalPortRange }) {
        ProcessTreeModel model;
        auto tester = attachModelTester(&model);
        model.setPortConfig(uniformPortConfig({ 32768, 60999 }));
        model.setGroupBy(groupBy);
        QTreeView view; // a real view: expanded state and selection are persistent indexes to remap
        view.setModel(&model);
        SyntheticServer server(300, 0.15, 21);
        TableTracker tracker;
        std::shared_ptr<const Snapshot> last;
        for (int step = 0; step < 30; ++step) {
            last = step == 0 ? server.current() : server.step();
            model.applyUpdate(tracker.update(last, step));
            if (step == 2)
                view.expandAll();
            if (step == 10)
                model.setFilter(RowFilter::fromText("nginx"));
            if (step == 20)
                model.setFilter(RowFilter {});
        }
        // Two more refreshes without change retire the closing rows and settle the new ones.
        model.applyUpdate(tracker.update(last, 100));
        model.applyUpdate(tracker.update(last, 101));

        ProcessTreeModel fresh;
        auto freshTester = attachModelTester(&fresh);
        fresh.setPortConfig(uniformPortConfig({ 32768, 60999 }));
        fresh.setGroupBy(groupBy);
        TableTracker freshTracker;
        fresh.applyUpdate(freshTracker.update(last, 0));
        const auto a = picture(model, true);
        const auto b = picture(fresh, true);
        EXPECT_EQ(a.size(), b.size());
        EXPECT_TRUE(a == b) << "the incrementally updated tree differs from one built from scratch";
        int endpoints = 0;
        for (const auto& [key, pic] : b)
            endpoints += pic.counts.endpoints;
        EXPECT_EQ(endpoints, static_cast<int>(last->endpoints.size()));
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(ProcessTreeModel, ExpansionAndSelectionSurviveRefreshes)
{
    ProcessTreeModel model;
    auto tester = attachModelTester(&model);
    QTreeView view;
    view.setModel(&model);
    SyntheticServer server(400, 0.05, 4);
    TableTracker tracker;
    model.applyUpdate(tracker.update(server.current(), 0));
    const auto group = model.index(3, 0);
    const auto key = group.data(ProcessTreeModel::GroupKeyRole).toString();
    view.expand(group);
    const auto child = model.index(0, 0, group);
    const auto slot = model.slotOf(child);
    view.selectionModel()->setCurrentIndex(child, QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    for (int step = 1; step < 15; ++step) {
        auto next = std::make_shared<Snapshot>(*server.step());
        const auto* row = model.rowOfSlot(slot);
        ASSERT_NE(row, nullptr);
        // Keep the chosen endpoint and its owner alive through the churn.
        if (std::find(next->endpoints.begin(), next->endpoints.end(), row->endpoint) == next->endpoints.end())
            next->endpoints.push_back(row->endpoint);
        if (row->owner)
            next->processes[row->owner->pid] = row->owner;
        model.applyUpdate(tracker.update(next, step));
        const auto groupNow = model.indexOfGroup(key);
        ASSERT_TRUE(groupNow.isValid()) << "step " << step;
        EXPECT_TRUE(view.isExpanded(groupNow)) << "step " << step;
        EXPECT_EQ(view.selectionModel()->currentIndex(), model.indexOfSlot(slot)) << "step " << step;
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(ProcessTreeModel, GroupCountsAndSocketPoolLabel)
{
    ProcessTreeModel model;
    auto tester = attachModelTester(&model);
    model.setPortConfig(uniformPortConfig({ 32768, 60999 }));
    auto s = std::make_shared<Snapshot>();
    auto dns = std::make_shared<ProcessInfo>();
    dns->pid = 900;
    dns->name = "dns.exe";
    s->processes[900] = dns;
    for (std::uint16_t i = 0; i < 50; ++i) {
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.localPort = static_cast<std::uint16_t>(40000 + i * 7);
        e.inode = i + 1;
        e.pid = 900;
        e.state = SocketState::Bound;
        e.ownerStatus = OwnerStatus::Resolved;
        s->endpoints.push_back(e);
    }
    Endpoint listen;
    listen.protocol = Protocol::Tcp;
    listen.localPort = 53;
    listen.inode = 999;
    listen.pid = 900;
    listen.state = SocketState::Listen;
    listen.ownerStatus = OwnerStatus::Resolved;
    s->endpoints.push_back(listen);
    TableTracker tracker;
    model.applyUpdate(tracker.update(s, 0));
    model.setSocketPools({ { 900u, QStringLiteral("DNS server socket pool") } });
    ASSERT_EQ(model.rowCount(), 1);
    const auto group = model.index(0, 0);
    const auto counts = model.countsOf(group);
    EXPECT_EQ(counts.endpoints, 51);
    EXPECT_EQ(counts.udp, 50);
    EXPECT_EQ(counts.listening, 1);
    EXPECT_EQ(counts.inDynamic, 50);
    EXPECT_EQ(group.data().toString(), QStringLiteral("dns.exe — DNS server socket pool"));
    EXPECT_EQ(model.index(0, ProcessTreeModel::DynamicShareColumn).data().toString().left(3), QStringLiteral("0.2"));
    EXPECT_MODEL_TESTER_CLEAN();
}

// Windows names a svchost.exe's services a few seconds after the process appears: the group and its rows must
// follow without any socket changing, in the tree and in the flat table over the same row store.
TEST(ProcessTreeModel, ServicesLearntLaterRelabelTheGroupAndTheRows)
{
    auto rows = std::make_shared<RowStore>();
    ProcessTreeModel tree(rows);
    EndpointTableModel table(rows);
    auto treeTester = attachModelTester(&tree);
    auto tableTester = attachModelTester(&table);
    auto snapshot = [](std::vector<std::string> services) {
        auto s = std::make_shared<Snapshot>();
        auto host = std::make_shared<ProcessInfo>();
        host->pid = 1200;
        host->startTime = 77;
        host->name = "svchost.exe";
        host->services = std::move(services);
        s->processes[1200] = host;
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.localPort = 53;
        e.inode = 5;
        e.pid = 1200;
        e.state = SocketState::Bound;
        e.ownerStatus = OwnerStatus::Resolved;
        s->endpoints.push_back(e);
        return s;
    };
    TableTracker tracker;
    auto apply = [&](std::shared_ptr<const Snapshot> s) {
        const auto update = tracker.update(std::move(s), 0);
        rows->apply(update);
        table.applyUpdate(update);
        tree.applyUpdate(update);
    };
    apply(snapshot({}));
    ASSERT_EQ(tree.rowCount(), 1);
    EXPECT_EQ(tree.index(0, 0).data().toString(), QStringLiteral("svchost.exe"));
    apply(snapshot({ "Dnscache" }));
    ASSERT_EQ(tree.rowCount(), 1);
    EXPECT_EQ(tree.index(0, 0).data().toString(), QStringLiteral("Dnscache [svchost.exe]"));
    ASSERT_EQ(table.rowCount(), 1);
    EXPECT_EQ(
        table.index(0, EndpointTableModel::ProcessColumn).data().toString(), QStringLiteral("Dnscache [svchost.exe]"));
    EXPECT_MODEL_TESTER_CLEAN();
}
