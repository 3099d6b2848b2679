// The filter bar (issue #13): each structured criterion on a hand-built snapshot with rows that must pass and rows
// that must not, in both the table and the process view of a real MainWindow; presets saved, loaded, deleted and
// still there in a new window.

#include "core/analysis/ranges_report.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "filter_bar.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"
#include "support/port_configs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

#include <set>

using namespace portolan;

namespace {

using Ids = std::set<std::uint64_t>; // rows are named by their socket inode

IpAddress v6(std::initializer_list<std::uint8_t> tail)
{
    std::uint8_t bytes[16] = { 0x20, 0x01, 0x0d, 0xb8 };
    int i = 16 - static_cast<int>(tail.size());
    for (auto b : tail)
        bytes[i++] = b;
    return IpAddress::v6FromNetworkOrder(bytes);
}

IpAddress loopbackV6()
{
    std::uint8_t bytes[16] = {};
    bytes[15] = 1;
    return IpAddress::v6FromNetworkOrder(bytes);
}

// Nine sockets that differ in protocol, family, state, owner, ports, loopback and dynamic-range membership.
std::shared_ptr<const Snapshot> mixedSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->meta.format = "test";
    for (auto [pid, name] : { std::pair<std::uint32_t, const char*> { 22, "sshd" }, { 5432, "postgres" },
             { 900, "firefox" }, { 80, "nginx" }, { 53, "named" } }) {
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        p->name = name;
        p->user = "root";
        s->processes[pid] = p;
    }
    auto add = [&](std::uint64_t id, Protocol protocol, IpAddress local, std::uint16_t localPort, IpAddress remote,
                   std::uint16_t remotePort, SocketState state, std::uint32_t pid) {
        Endpoint e;
        e.inode = id;
        e.protocol = protocol;
        e.localAddress = local;
        e.localPort = localPort;
        e.remoteAddress = remote;
        e.remotePort = remotePort;
        e.state = state;
        e.pid = pid;
        e.ownerStatus = pid ? OwnerStatus::Resolved : OwnerStatus::Kernel;
        s->endpoints.push_back(e);
    };
    const auto any4 = IpAddress::anyV4();
    const auto any6 = IpAddress::anyV6();
    const auto host = IpAddress::v4(192, 0, 2, 1);
    add(1, Protocol::Tcp, any4, 22, any4, 0, SocketState::Listen, 22);
    add(2, Protocol::Tcp, IpAddress::v4(127, 0, 0, 1), 5432, any4, 0, SocketState::Listen, 5432);
    add(3, Protocol::Tcp, host, 50000, IpAddress::v4(198, 51, 100, 7), 443, SocketState::Established, 900);
    add(4, Protocol::Tcp, loopbackV6(), 8080, any6, 0, SocketState::Listen, 80);
    add(5, Protocol::Tcp, v6({ 1 }), 443, v6({ 2 }), 51000, SocketState::Established, 80);
    add(6, Protocol::Udp, any4, 53, any4, 0, SocketState::Bound, 53);
    add(7, Protocol::Udp, host, 55555, IpAddress::v4(192, 0, 2, 9), 53, SocketState::Established, 53);
    add(8, Protocol::Tcp, host, 40000, IpAddress::v4(203, 0, 113, 5), 80, SocketState::TimeWait, 0);
    add(9, Protocol::Udp, any6, 60000, any6, 0, SocketState::Bound, 53);
    return s;
}

Ids tableIds(const MainWindow& window)
{
    Ids ids;
    const auto* model = window.tableModel();
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->rowAt(r).endpoint.inode);
    return ids;
}

Ids treeIds(const MainWindow& window)
{
    Ids ids;
    const auto* model = window.processModel();
    for (int g = 0; g < model->rowCount(); ++g) {
        const auto group = model->index(g, 0);
        EXPECT_GT(model->rowCount(group), 0) << "an empty group is shown: " << group.data().toString().toStdString();
        for (int c = 0; c < model->rowCount(group); ++c)
            if (const auto* row = model->rowOfSlot(model->slotOf(model->index(c, 0, group))))
                ids.insert(row->endpoint.inode);
    }
    return ids;
}

constexpr std::uint32_t bit(SocketState state)
{
    return 1u << static_cast<unsigned>(state);
}

// Settings in a private folder: the test must not touch the user's (presets are stored there).
class Filters : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "filter_test");
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Filters, EachCriterionShowsTheSameRowsInBothViews)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    TableTracker tracker;
    window.applyUpdate(tracker.update(mixedSnapshot(), 0));
    ASSERT_EQ(tableIds(window), (Ids { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));

    auto check = [&](const char* what, const RowFilter& criteria, const Ids& expected) {
        window.filterBar()->setFilter(criteria);
        EXPECT_EQ(tableIds(window), expected) << what << " (table)";
        EXPECT_EQ(treeIds(window), expected) << what << " (process view)";
    };
    RowFilter f;
    f.protocols = 1u << static_cast<unsigned>(Protocol::Tcp);
    check("TCP", f, { 1, 2, 3, 4, 5, 8 });
    f = {};
    f.protocols = 1u << static_cast<unsigned>(Protocol::Udp);
    check("UDP", f, { 6, 7, 9 });
    f = {};
    f.families = RowFilter::kIPv4;
    check("IPv4", f, { 1, 2, 3, 6, 7, 8 });
    f.families = RowFilter::kIPv6;
    check("IPv6", f, { 4, 5, 9 });
    f = {};
    f.states = bit(SocketState::Established) | bit(SocketState::TimeWait);
    check("states", f, { 3, 5, 7, 8 });
    f = {};
    f.process = "ngin";
    check("process", f, { 4, 5 });
    f = {};
    f.ports = PortRange { 440, 445 };
    check("local ports", f, { 5 });
    f.portSide = PortSide::Remote;
    check("remote ports", f, { 3 });
    f.portSide = PortSide::Either;
    check("either side", f, { 3, 5 });
    f = {};
    f.hideLoopback = true;
    check("hide loopback", f, { 1, 3, 5, 6, 7, 8, 9 });
    f = {};
    f.onlyListening = true;
    check("only listening", f, { 1, 2, 4, 6, 9 });
    f.protocols = 1u << static_cast<unsigned>(Protocol::Tcp);
    f.hideLoopback = true;
    check("TCP listeners off loopback", f, { 1 });

    // The dynamic range is the machine's: none is known before a ranges report, then the report's applies.
    f = {};
    f.onlyDynamic = true;
    check("dynamic range, none known", f, {});
    window.applyRanges(analysis::buildRangesReport(*mixedSnapshot(), test::uniformPortConfig({ 49152, 65535 })));
    EXPECT_EQ(tableIds(window), (Ids { 3, 7, 9 }));
    EXPECT_EQ(treeIds(window), (Ids { 3, 7, 9 }));
    window.applyRanges(analysis::buildRangesReport(*mixedSnapshot(), test::uniformPortConfig({ 32768, 60999 })));
    EXPECT_EQ(tableIds(window), (Ids { 3, 7, 8, 9 }));
    EXPECT_EQ(treeIds(window), (Ids { 3, 7, 8, 9 }));

    // The quick filter narrows what the filter bar lets through.
    QTest::keyClicks(window.filterEdit(), QStringLiteral("named"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return tableIds(window).size() == 2; }, 2000));
    EXPECT_EQ(tableIds(window), (Ids { 7, 9 }));
    EXPECT_EQ(treeIds(window), (Ids { 7, 9 }));

    window.filterBar()->clear();
    EXPECT_EQ(tableIds(window), (Ids { 6, 7, 9 }));
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(Filters, TheBarsControlsFilterAndCtrlShiftFShowsIt)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TableTracker tracker;
    window.applyUpdate(tracker.update(mixedSnapshot(), 0));
    EXPECT_FALSE(window.filterToolbar()->isVisible());
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(window.filterToolbar()->isVisible());

    auto* bar = window.filterBar();
    auto* loopback = bar->findChild<QCheckBox*>(QStringLiteral("hideLoopbackFilter"));
    ASSERT_NE(loopback, nullptr);
    QTest::mouseClick(loopback, Qt::LeftButton, {}, QPoint(8, loopback->height() / 2));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return tableIds(window) == Ids { 1, 3, 5, 6, 7, 8, 9 };
        },
        2000))
        << tableIds(window).size();
    auto* protocol = bar->findChild<QComboBox*>(QStringLiteral("protocolFilter"));
    ASSERT_NE(protocol, nullptr);
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return tableIds(window) == Ids { 6, 7, 9 }; }, 2000)) << tableIds(window).size();
    auto* ports = bar->findChild<QLineEdit*>(QStringLiteral("portsFilter"));
    ASSERT_NE(ports, nullptr);
    QTest::keyClicks(ports, QStringLiteral("50-60000"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return tableIds(window) == Ids { 6, 7, 9 }; }, 2000)) << tableIds(window).size();
    ports->clear();
    QTest::keyClicks(ports, QStringLiteral("53"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return tableIds(window) == Ids { 6 }; }, 2000)) << tableIds(window).size();

    // Keep a picture of the bar at a 1280-pixel width, for review (labels must not be cut).
    window.resize(1280, 800);
    QTest::qWait(50);
    window.grab().save(QDir::temp().filePath(QStringLiteral("filters.png")));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(window.filterToolbar()->isVisible());
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(Filters, PresetsAreSavedLoadedDeletedAndSurviveANewWindow)
{
    RowFilter web;
    web.protocols = 1u << static_cast<unsigned>(Protocol::Tcp);
    web.ports = PortRange { 443, 443 };
    web.portSide = PortSide::Either;
    {
        MainWindow window(EngineOptions {}, 1000, /*live=*/false);
        TableTracker tracker;
        window.applyUpdate(tracker.update(mixedSnapshot(), 0));
        auto* bar = window.filterBar();
        bar->setFilter(web);
        bar->savePresetAs(QStringLiteral("web"));
        RowFilter udp;
        udp.protocols = 1u << static_cast<unsigned>(Protocol::Udp);
        bar->setFilter(udp);
        bar->savePresetAs(QStringLiteral("udp"));
        EXPECT_EQ(bar->currentPreset(), QStringLiteral("udp"));
        bar->clear();
        EXPECT_EQ(tableIds(window).size(), 9u);
    }
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto tableTester = test::attachModelTester(window.tableModel());
    auto treeTester = test::attachModelTester(window.processModel());
    TableTracker tracker;
    window.applyUpdate(tracker.update(mixedSnapshot(), 0));
    auto* combo = window.filterBar()->findChild<QComboBox*>(QStringLiteral("presetCombo"));
    ASSERT_NE(combo, nullptr);
    const int webIndex = combo->findText(QStringLiteral("web"));
    ASSERT_GT(webIndex, 0);
    ASSERT_GT(combo->findText(QStringLiteral("udp")), 0);

    // Picking a preset shows its criteria and filters both views.
    combo->setCurrentIndex(webIndex);
    Q_EMIT combo->activated(webIndex);
    EXPECT_EQ(window.filterBar()->filter(), web);
    EXPECT_EQ(tableIds(window), (Ids { 3, 5 }));
    EXPECT_EQ(treeIds(window), (Ids { 3, 5 }));

    // Delete removes it from the combo box and from the settings.
    auto* remove = window.filterBar()->findChild<QPushButton*>(QStringLiteral("deletePresetButton"));
    ASSERT_NE(remove, nullptr);
    ASSERT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(combo->findText(QStringLiteral("web")), -1);
    EXPECT_GT(combo->findText(QStringLiteral("udp")), 0);
    MainWindow third(EngineOptions {}, 1000, /*live=*/false);
    auto* thirdCombo = third.filterBar()->findChild<QComboBox*>(QStringLiteral("presetCombo"));
    EXPECT_EQ(thirdCombo->findText(QStringLiteral("web")), -1);
    EXPECT_GT(thirdCombo->findText(QStringLiteral("udp")), 0);
    EXPECT_MODEL_TESTER_CLEAN();
}
