// View > Resolve remote addresses (issue #13): automatic until the user chooses, off on a crowded host with
// hysteresis, the Remote host column shown only while resolving, and the choice kept across windows.

#include "address_resolving.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "host_name_cache.h"
#include "main_window.h"
#include "qt_test_support.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

class AddressResolvingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "address_resolving_test");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

std::shared_ptr<Snapshot> connections(int count)
{
    auto snapshot = std::make_shared<Snapshot>();
    for (int i = 0; i < count; ++i) {
        Endpoint e;
        e.protocol = Protocol::Tcp;
        e.state = SocketState::Established;
        e.localAddress = IpAddress::v4(10, 0, 0, 1);
        e.localPort = static_cast<std::uint16_t>(40000 + i);
        e.remoteAddress = IpAddress::v4(198, 51, 100, static_cast<std::uint8_t>(1 + i % 200));
        e.remotePort = 443;
        e.inode = static_cast<std::uint64_t>(1000 + i);
        snapshot->endpoints.push_back(e);
    }
    return snapshot;
}

bool columnShown(MainWindow& window)
{
    return !window.tableView()->header()->isSectionHidden(EndpointTableModel::RemoteHostColumn);
}

} // namespace

TEST_F(AddressResolvingTest, AutomaticIsOffOnACrowdedHostAndBackOnWellBelowIt)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    auto* resolving = window.addressResolving();
    resolving->setCrowdedEndpoints(10);
    QSignalSpy messages(resolving, &AddressResolving::statusMessage);
    TableTracker tracker;
    auto show = [&](int rows) { window.applyUpdate(tracker.update(connections(rows), 1000)); };

    show(4);
    EXPECT_TRUE(resolving->isOn());
    EXPECT_TRUE(resolving->cache()->isEnabled());
    EXPECT_TRUE(resolving->action()->isChecked());
    EXPECT_TRUE(columnShown(window));

    show(20); // crowded
    EXPECT_FALSE(resolving->cache()->isEnabled());
    EXPECT_FALSE(resolving->action()->isChecked());
    EXPECT_FALSE(columnShown(window));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(QStringLiteral("20")))
        << messages.at(0).at(0).toString().toStdString();

    show(9); // below the threshold but not below 80 % of it: stays off
    EXPECT_FALSE(resolving->cache()->isEnabled());
    show(7);
    EXPECT_TRUE(resolving->cache()->isEnabled());
    EXPECT_TRUE(columnShown(window));
    EXPECT_EQ(messages.size(), 2);
    EXPECT_EQ(resolving->choice(), std::nullopt);
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST_F(AddressResolvingTest, TheUsersChoiceWinsOverTheCountAndSurvivesANewWindow)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        auto* resolving = window.addressResolving();
        resolving->setCrowdedEndpoints(10);
        TableTracker tracker;
        window.applyUpdate(tracker.update(connections(50), 1000));
        ASSERT_FALSE(resolving->isOn());
        // Ctrl+R, as in TCPView.
        EXPECT_EQ(resolving->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        resolving->action()->trigger();
        EXPECT_EQ(resolving->choice(), std::optional<bool>(true));
        EXPECT_TRUE(resolving->cache()->isEnabled());
        EXPECT_TRUE(columnShown(window));
        window.applyUpdate(tracker.update(connections(60), 2000));
        EXPECT_TRUE(resolving->cache()->isEnabled()); // chosen: the count no longer decides
        window.saveSettings();
    }
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.restoreSettings();
    EXPECT_TRUE(columnShown(window));
    EXPECT_EQ(window.addressResolving()->choice(), std::optional<bool>(true));
    EXPECT_TRUE(window.addressResolving()->cache()->isEnabled());
    EXPECT_TRUE(window.addressResolving()->action()->isChecked());
    window.resetSettings();
    EXPECT_EQ(window.addressResolving()->choice(), std::nullopt);
}

TEST_F(AddressResolvingTest, AColumnHiddenWhileCrowdedComesBackWhenTheNextWindowResolves)
{
    {
        // Closed while automatic mode had switched resolving off: the stored layout has the column hidden.
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        window.restoreSettings();
        window.addressResolving()->setCrowdedEndpoints(10);
        TableTracker tracker;
        window.applyUpdate(tracker.update(connections(50), 1000));
        ASSERT_FALSE(columnShown(window));
        window.saveSettings();
    }
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.restoreSettings(); // automatic, empty table: resolving is on, so the column shows
    EXPECT_TRUE(window.addressResolving()->isOn());
    EXPECT_TRUE(columnShown(window));
}

TEST_F(AddressResolvingTest, OnlyTheRowsOnScreenAreLookedUp)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    auto tester = test::attachModelTester(window.tableModel());
    auto* cache = window.addressResolving()->cache();
    QStringList asked;
    cache->setResolver([&](const QString& address, QObject*, HostNameCache::Done done) {
        asked << address;
        done({}, QStringLiteral("test"));
    });
    window.addressResolving()->setChoice(true);
    // First, so that it is on screen: a column scrolled out of sight to the right is not painted, nor looked up.
    auto* header = window.tableView()->header();
    header->moveSection(header->visualIndex(EndpointTableModel::RemoteHostColumn), 0);
    window.resize(900, 400);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TableTracker tracker;
    window.applyUpdate(tracker.update(connections(2000), 1000)); // 200 distinct remote addresses
    ASSERT_TRUE(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 5000));
    QTest::qWait(200);
    // A 400-pixel window shows a few dozen rows: far fewer than the 200 addresses in the table.
    EXPECT_GT(asked.size(), 0);
    EXPECT_LT(asked.size(), 60) << asked.size();
    EXPECT_MODEL_TESTER_CLEAN();
}
