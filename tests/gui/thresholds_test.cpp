// Analysis thresholds as a user setting (View > Thresholds…): stored under "thresholds/" and read back by a new
// window; bad stored values fall back per field (an inconsistent pair as a pair) and are logged; the dialog refuses
// an inconsistent pair and restores the defaults; and the thresholds reach the analysis: the core's exhaustion
// figures on a real socket, a capture shown in the window, and the live feed's first report.

#include "core/analysis/exhaustion.h"
#include "core/live_sockets.h"
#include "core/logging.h"
#include "core/snapshot_engine.h"
#include "core/snapshot_json.h"
#include "live_feed.h"
#include "main_window.h"
#include "port_range_panel.h"
#include "process_tree_model.h"
#include "qt_test_support.h"
#include "support/port_configs.h"
#include "threshold_settings.h"
#include "thresholds_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ringbuffer_sink.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <unistd.h>

using namespace portolan;

namespace {

class ThresholdsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "thresholds_test");
        QSettings().clear();
    }
    QTemporaryDir m_dir;
};

// Every value away from its default, and consistent.
AnalysisThresholds custom()
{
    AnalysisThresholds t;
    t.ownerShareWarning = 0.3;
    t.ownerShareCritical = 0.7;
    t.freeShareWarning = 0.25;
    t.freeShareCritical = 0.05;
    t.minPoolUdpSockets = 1234;
    t.crowdedHostEndpoints = 20000;
    return t;
}

// What log::ui() says while it lives.
class UiLog
{
public:
    UiLog() { log::ui()->sinks().push_back(m_sink); }
    ~UiLog()
    {
        auto& sinks = log::ui()->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
    }
    std::string text() const
    {
        std::string all;
        for (const auto& line : m_sink->last_formatted())
            all += line;
        return all;
    }

private:
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
};

void store(const char* key, const QVariant& value)
{
    QSettings().setValue(QStringLiteral("thresholds/") + QLatin1String(key), value);
}

bool hasProblemAbout(const std::vector<threshold_settings::Problem>& problems, threshold_settings::Field field)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const auto& p) { return std::find(p.fields.begin(), p.fields.end(), field) != p.fields.end(); });
}

} // namespace

TEST_F(ThresholdsTest, RoundTripThroughTheSettingsIntoANewWindow)
{
    {
        MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
        EXPECT_EQ(window.thresholds(), AnalysisThresholds {}); // nothing stored yet
        window.setThresholds(custom());
    }
    for (const auto& key : threshold_settings::keys())
        EXPECT_TRUE(QSettings().contains(key)) << key.toStdString();
    EXPECT_EQ(threshold_settings::read(), custom());

    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    EXPECT_EQ(window.thresholds(), custom());
    EXPECT_EQ(window.crowdedHostEndpoints(), 20000);
}

TEST_F(ThresholdsTest, TextAndNegativeValuesFallBackPerFieldAndTheRestLoads)
{
    // As a hand-edited settings file holds them: text.
    store("ownerShareWarning", QStringLiteral("half")); // not a number
    store("ownerShareCritical", QStringLiteral("0.8")); // fine, and consistent with the default warning (0.5)
    store("freeShareWarning", QStringLiteral("-0.1")); // negative
    store("freeShareCritical", QStringLiteral("0.05")); // fine, below the default warning (0.1)
    store("minPoolUdpSockets", QStringLiteral("300")); // fine
    store("crowdedHostEndpoints", QStringLiteral("12x")); // not a number
    UiLog log;

    const auto t = threshold_settings::read();
    const AnalysisThresholds defaults;
    EXPECT_EQ(t.ownerShareWarning, defaults.ownerShareWarning);
    EXPECT_EQ(t.ownerShareCritical, 0.8);
    EXPECT_EQ(t.freeShareWarning, defaults.freeShareWarning);
    EXPECT_EQ(t.freeShareCritical, 0.05);
    EXPECT_EQ(t.minPoolUdpSockets, 300);
    EXPECT_EQ(t.crowdedHostEndpoints, defaults.crowdedHostEndpoints);
    const auto logged = log.text();
    for (const char* key :
        { "thresholds/ownerShareWarning", "thresholds/freeShareWarning", "thresholds/crowdedHostEndpoints" })
        EXPECT_NE(logged.find(key), std::string::npos) << key << " not logged in: " << logged;
    for (const char* key : { "thresholds/ownerShareCritical", "thresholds/minPoolUdpSockets" })
        EXPECT_EQ(logged.find(key), std::string::npos) << key << " logged though valid: " << logged;

    // The window reads the same.
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    EXPECT_EQ(window.thresholds(), t);
}

TEST_F(ThresholdsTest, ValuesOutOfRangeFallBackAloneAndAnInconsistentPairAsAPair)
{
    store("ownerShareWarning", 0.95); // above critical: the owner pair is inconsistent
    store("ownerShareCritical", 0.6);
    store("freeShareWarning", 1.5); // above 100 %
    store("freeShareCritical", 0.01); // fine: below the default warning the other falls back to
    store("minPoolUdpSockets", 0); // below the minimum
    store("crowdedHostEndpoints", QStringLiteral("99999999999")); // beyond int
    UiLog log;

    const auto t = threshold_settings::read();
    const AnalysisThresholds defaults;
    EXPECT_EQ(t.ownerShareWarning, defaults.ownerShareWarning);
    EXPECT_EQ(t.ownerShareCritical, defaults.ownerShareCritical);
    EXPECT_EQ(t.freeShareWarning, defaults.freeShareWarning);
    EXPECT_EQ(t.freeShareCritical, 0.01);
    EXPECT_EQ(t.minPoolUdpSockets, defaults.minPoolUdpSockets);
    EXPECT_EQ(t.crowdedHostEndpoints, defaults.crowdedHostEndpoints);
    const auto logged = log.text();
    for (const char* key : { "thresholds/ownerShareWarning=0.95", "thresholds/ownerShareCritical=0.6",
             "thresholds/freeShareWarning", "thresholds/minPoolUdpSockets", "thresholds/crowdedHostEndpoints" })
        EXPECT_NE(logged.find(key), std::string::npos) << key << " not logged in: " << logged;
    EXPECT_EQ(logged.find("thresholds/freeShareCritical"), std::string::npos) << logged;

    // A stored value that contradicts the default its partner fell back to: the pair goes back together.
    QSettings().clear();
    store("freeShareWarning", QStringLiteral("abc")); // falls back to 0.1
    store("freeShareCritical", 0.3); // valid alone, but above that warning
    const auto pair = threshold_settings::read();
    EXPECT_EQ(pair.freeShareWarning, defaults.freeShareWarning);
    EXPECT_EQ(pair.freeShareCritical, defaults.freeShareCritical);
}

TEST_F(ThresholdsTest, TheValidatorNamesTheFieldsAndThePairs)
{
    EXPECT_TRUE(threshold_settings::validate(AnalysisThresholds {}).empty());
    EXPECT_TRUE(threshold_settings::validate(custom()).empty());

    auto owner = custom();
    owner.ownerShareWarning = owner.ownerShareCritical; // equal: the warning could never show
    const auto ownerProblems = threshold_settings::validate(owner);
    ASSERT_EQ(ownerProblems.size(), 1u);
    EXPECT_EQ(ownerProblems[0].kind, threshold_settings::Problem::Kind::Inconsistent);
    EXPECT_TRUE(hasProblemAbout(ownerProblems, threshold_settings::Field::OwnerShareCritical));
    EXPECT_FALSE(ownerProblems[0].text.isEmpty());

    auto free = custom();
    free.freeShareCritical = 0.5; // above the warning (0.25)
    const auto freeProblems = threshold_settings::validate(free);
    ASSERT_EQ(freeProblems.size(), 1u);
    EXPECT_TRUE(hasProblemAbout(freeProblems, threshold_settings::Field::FreeShareWarning));

    // One value out of range is one problem, not also a pair problem.
    auto range = custom();
    range.ownerShareWarning = 1.2;
    range.crowdedHostEndpoints = 0;
    const auto rangeProblems = threshold_settings::validate(range);
    ASSERT_EQ(rangeProblems.size(), 2u);
    EXPECT_EQ(rangeProblems[0].kind, threshold_settings::Problem::Kind::OutOfRange);
    EXPECT_EQ(rangeProblems[0].fields, std::vector { threshold_settings::Field::OwnerShareWarning });
    EXPECT_EQ(rangeProblems[1].fields, std::vector { threshold_settings::Field::CrowdedHostEndpoints });
}

TEST_F(ThresholdsTest, DialogRefusesAnInconsistentPairAndRestoresTheDefaults)
{
    ThresholdsDialog dialog(custom(), &threshold_settings::problemTexts);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.values(), custom());
    auto* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    ASSERT_NE(ok, nullptr);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->isHidden());

    // Every input is named for a screen reader and explains itself.
    const QWidget* inputs[] = { dialog.ownerWarningBox(), dialog.ownerCriticalBox(), dialog.freeWarningBox(),
        dialog.freeCriticalBox(), dialog.poolMinimumBox(), dialog.crowdedHostBox() };
    for (const auto* input : inputs) {
        EXPECT_FALSE(input->accessibleName().isEmpty()) << input->metaObject()->className();
        EXPECT_FALSE(input->toolTip().isEmpty()) << input->accessibleName().toStdString();
    }
    EXPECT_TRUE(dialog.ownerCriticalBox()->toolTip().contains(QStringLiteral("90-95")));
    EXPECT_TRUE(dialog.poolMinimumBox()->toolTip().contains(QStringLiteral("MS08-037")));

    // Owner warning above critical, typed as a person would.
    dialog.ownerWarningBox()->selectAll();
    QTest::keyClicks(dialog.ownerWarningBox(), QStringLiteral("80"));
    EXPECT_DOUBLE_EQ(dialog.ownerWarningBox()->value(), 80.0);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_EQ(dialog.problemLabel()->text(), threshold_settings::problemTexts(dialog.values()).join(u'\n'));
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("must be below")))
        << dialog.problemLabel()->text().toStdString();
    // Back below: fine again.
    dialog.ownerWarningBox()->setValue(60.0);
    EXPECT_TRUE(ok->isEnabled());

    // The free pair the other way round: critical above warning.
    dialog.freeCriticalBox()->setValue(30.0);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("must be above")))
        << dialog.problemLabel()->text().toStdString();

    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    EXPECT_EQ(dialog.values(), AnalysisThresholds {});
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->isHidden());
}

TEST_F(ThresholdsTest, ALoweredOwnerShareWarnsOnARealSocketWhereTheDefaultDoesNot)
{
    // One real UDP socket of this process, in a dynamic range of four ports around it: it holds 25 % of the range.
    const auto socket = test::udpBound();
    ASSERT_GE(socket.get(), 0);
    const auto port = test::localPort(socket.get());
    ASSERT_NE(port, 0);
    const PortRange range
        = port <= 65532 ? PortRange { port, std::uint16_t(port + 3) } : PortRange { std::uint16_t(port - 3), port };
    const auto config = test::uniformPortConfig(range);
    const Snapshot snapshot = createPlatformEngine()->take();
    const auto ownPid = static_cast<std::uint32_t>(::getpid());
    ASSERT_TRUE(std::any_of(snapshot.endpoints.begin(), snapshot.endpoints.end(),
        [&](const Endpoint& e) { return e.protocol == Protocol::Udp && e.localPort == port && e.pid == ownPid; }))
        << "the socket on port " << port << " is not in the snapshot";

    const auto warnsAboutUs = [&](const analysis::ExhaustionReport& report) {
        return std::any_of(report.warnings.begin(), report.warnings.end(), [&](const analysis::ExhaustionWarning& w) {
            return w.kind == analysis::WarningKind::OwnerDominatesRange && w.pid == ownPid
                && w.protocol == Protocol::Udp;
        });
    };
    // The window's path from the settings to the core: the thresholds put into the ranges options.
    analysis::RangesOptions defaults;
    threshold_settings::apply(AnalysisThresholds {}, defaults);
    EXPECT_FALSE(warnsAboutUs(analysis::computeExhaustion(snapshot, config, defaults.exhaustion)));

    AnalysisThresholds lowered;
    lowered.ownerShareWarning = 0.20;
    analysis::RangesOptions options;
    threshold_settings::apply(lowered, options);
    EXPECT_EQ(options.exhaustion.ownerShareWarning, 0.20);
    const auto report = analysis::computeExhaustion(snapshot, config, options.exhaustion);
    EXPECT_TRUE(warnsAboutUs(report));
    for (const auto& w : report.warnings) {
        if (w.pid == ownPid)
            EXPECT_EQ(w.threshold, 0.20);
    }
}

namespace {

// A Windows capture (49152-65535 assumed: 16,384 ports) where dns.exe holds 1,000 of them, spread as its socket
// pool spreads them: 6.1 %, far below the default owner warning (50 %).
QString writeDnsCapture(const QString& folder)
{
    Snapshot s;
    s.meta.format = "test";
    s.meta.os = "windows";
    s.meta.hostname = "dns01";
    auto dns = std::make_shared<ProcessInfo>();
    dns->pid = 1880;
    dns->name = "dns.exe";
    s.processes[dns->pid] = dns;
    for (int i = 0; i < 1000; ++i) {
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.localAddress = IpAddress::v4(0, 0, 0, 0);
        e.localPort = static_cast<std::uint16_t>(49152 + (i * 7919) % 16000);
        e.state = SocketState::Bound;
        e.pid = dns->pid;
        e.ownerStatus = OwnerStatus::Resolved;
        s.endpoints.push_back(e);
    }
    const QString path = QDir(folder).filePath(QStringLiteral("dns01.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(writeSnapshotJson(s)));
    return path;
}

bool poolShown(const ProcessTreeModel& model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString().contains(QStringLiteral("DNS server socket pool")))
            return true;
    return false;
}

} // namespace

TEST_F(ThresholdsTest, TheWindowsThresholdsEntryChangesTheWarningsOfAShownCapture)
{
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::captureShown);
    window.openCapture(writeDnsCapture(m_dir.path()));
    ASSERT_TRUE(shown.wait(10000));
    auto* warnings = window.findChild<QLabel*>(QStringLiteral("exhaustionWarnings"));
    ASSERT_NE(warnings, nullptr);
    // The capture's report arrives from a pool thread.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !warnings->text().isEmpty(); }, 10000));
    EXPECT_FALSE(warnings->text().contains(QStringLiteral("dns.exe"))) << warnings->text().toStdString();
    EXPECT_TRUE(poolShown(*window.processModel()));

    // View > Thresholds…: the owner warning down to 5 %, the pool minimum above the pool's 1,000 sockets.
    auto* action = window.findChild<QAction*>(QStringLiteral("thresholdsAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* dialog = window.findChild<ThresholdsDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->ownerWarningBox()->setValue(5.0);
    dialog->poolMinimumBox()->setValue(2000);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return warnings->text().contains(QStringLiteral("dns.exe")); }, 10000))
        << warnings->text().toStdString();
    EXPECT_TRUE(warnings->text().contains(QStringLiteral("dns.exe holds"))) << warnings->text().toStdString();
    auto* statusWarning = window.statusBar()->findChild<QLabel*>(QStringLiteral("warningLabel"));
    ASSERT_NE(statusWarning, nullptr);
    EXPECT_TRUE(statusWarning->text().contains(QStringLiteral("dns.exe"))) << statusWarning->text().toStdString();
    EXPECT_FALSE(poolShown(*window.processModel())) << "1,000 sockets are below a pool minimum of 2,000";
    EXPECT_EQ(window.thresholds().ownerShareWarning, 0.05);
    EXPECT_EQ(threshold_settings::read().ownerShareWarning, 0.05); // stored on OK

    // View > Reset to defaults forgets them and the capture is analysed with the defaults again.
    auto* reset = window.findChild<QAction*>(QStringLiteral("resetSettingsAction"));
    ASSERT_NE(reset, nullptr);
    reset->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !warnings->text().contains(QStringLiteral("dns.exe")); }, 10000))
        << warnings->text().toStdString();
    EXPECT_EQ(window.thresholds(), AnalysisThresholds {});
    for (const auto& key : threshold_settings::keys())
        EXPECT_FALSE(QSettings().contains(key)) << key.toStdString();
    EXPECT_TRUE(poolShown(*window.processModel()));
}

TEST_F(ThresholdsTest, StoredThresholdsAnalyseTheFirstLiveSnapshotAndSurviveHistogramChanges)
{
    threshold_settings::write(custom());
    MainWindow window(EngineOptions {}, 60000, /*live=*/true);
    QSignalSpy reports(window.feed(), &LiveFeed::rangesUpdated);
    window.show(); // the live feed starts with the first show
    ASSERT_TRUE(reports.wait(20000));
    const auto check = [](const RangesReportPtr& report) {
        ASSERT_TRUE(report);
        EXPECT_EQ(report->options.exhaustion.ownerShareWarning, custom().ownerShareWarning);
        EXPECT_EQ(report->options.exhaustion.ownerShareCritical, custom().ownerShareCritical);
        EXPECT_EQ(report->options.exhaustion.freeShareWarning, custom().freeShareWarning);
        EXPECT_EQ(report->options.exhaustion.freeShareCritical, custom().freeShareCritical);
        EXPECT_EQ(report->options.pool.minUdpSockets, std::uint32_t(custom().minPoolUdpSockets));
        EXPECT_EQ(report->exhaustion.thresholds.ownerShareWarning, custom().ownerShareWarning);
    };
    check(reports.first().first().value<RangesReportPtr>());

    // The histogram's options go to the worker with the thresholds, not instead of them.
    reports.clear();
    Q_EMIT window.rangePanel()->histogramOptionsChanged();
    ASSERT_TRUE(reports.wait(20000));
    check(reports.last().first().value<RangesReportPtr>());
}
