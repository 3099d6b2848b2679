// The row actions (issue #13, item 1) on the real main window, offscreen: which actions each kind of row allows,
// in both views and in capture mode; End process asking first (No keeps the process, Yes ends it); Close
// connection on a real loopback pair, directly and through the elevated CLI; Copy as CSV; the Properties dialog;
// the reverse lookup.

#include "core/import/capture_import.h"
#include "core/live_sockets.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "process_properties_dialog.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "qt_test_support.h"
#include "row_actions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace portolan;

namespace {

constexpr std::uint32_t kServerPid = 4242; // an arbitrary PID: enablement never looks at the system

// One process of each kind a row can have, and rows in the states that matter for the actions.
std::shared_ptr<const Snapshot> rowKindsSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->meta.format = "test";
    s->meta.os = "linux";
    auto process = [&](std::uint32_t pid, const char* name, const char* path) {
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        p->name = name;
        p->executablePath = path;
        p->user = "www-data";
        s->processes[pid] = p;
    };
    process(kServerPid, "nginx", "/usr/sbin/nginx");
    process(4, "System", "");
    process(5150, "my \"proc\", v2", ""); // no path; a name CSV must quote
    auto add = [&](Protocol protocol, std::uint16_t port, SocketState state, std::uint32_t pid, OwnerStatus owner,
                   std::uint16_t remotePort = 0) {
        Endpoint e;
        e.protocol = protocol;
        e.localAddress = IpAddress::v4(192, 0, 2, 1);
        e.localPort = port;
        if (remotePort) {
            e.remoteAddress = IpAddress::v4(198, 51, 100, 7);
            e.remotePort = remotePort;
        }
        e.state = state;
        e.pid = pid;
        e.inode = port + (protocol == Protocol::Udp ? 100000u : 0u);
        e.ownerStatus = owner;
        s->endpoints.push_back(e);
    };
    add(Protocol::Tcp, 80, SocketState::Listen, kServerPid, OwnerStatus::Resolved);
    add(Protocol::Tcp, 80, SocketState::Established, kServerPid, OwnerStatus::Resolved, 50123);
    add(Protocol::Udp, 5353, SocketState::Bound, kServerPid, OwnerStatus::Resolved);
    add(Protocol::Tcp, 443, SocketState::TimeWait, 0, OwnerStatus::Kernel, 50999);
    add(Protocol::Tcp, 445, SocketState::Listen, 4, OwnerStatus::Resolved);
    add(Protocol::Tcp, 7000, SocketState::Established, 5150, OwnerStatus::Resolved, 7001);
    return s;
}

// A window that shows what the test gives it (no live feed), with both models checked by QAbstractItemModelTester.
struct Window
{
    MainWindow window { EngineOptions {}, 1000, /*live=*/false };
    std::unique_ptr<QAbstractItemModelTester> tableTester = test::attachModelTester(window.tableModel());
    std::unique_ptr<QAbstractItemModelTester> treeTester = test::attachModelTester(window.processModel());
    TableTracker tracker;

    Window()
    {
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    void show(std::shared_ptr<const Snapshot> snapshot) { window.applyUpdate(tracker.update(std::move(snapshot), 0)); }
    RowActions& actions() const { return *window.rowActions(); }

    // Selects the table rows whose endpoint `match` accepts; returns how many.
    template<typename Match> int select(Match&& match)
    {
        auto* model = window.tableModel();
        QItemSelection selection;
        for (int r = 0; r < model->rowCount(); ++r)
            if (match(model->rowAt(r).endpoint))
                selection.select(model->index(r, 0), model->index(r, model->columnCount() - 1));
        window.tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        return static_cast<int>(selection.indexes().size()) / model->columnCount();
    }
};

struct Enabled
{
    bool close, end, open, properties, copy, lookUp;
    bool operator==(const Enabled&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Enabled& e)
{
    return out << "close " << e.close << ", end " << e.end << ", open " << e.open << ", properties " << e.properties
               << ", copy " << e.copy << ", look up " << e.lookUp;
}
Enabled enabled(const RowActions& a)
{
    return { a.closeConnectionAction()->isEnabled(), a.endProcessAction()->isEnabled(),
        a.openLocationAction()->isEnabled(), a.propertiesAction()->isEnabled(), a.copyCsvAction()->isEnabled(),
        a.lookUpAction()->isEnabled() };
}

// Answers the next modal message box with `button` once it is up, and keeps what it said.
struct BoxAnswer
{
    QString text, informative;
    bool seen = false;
};
std::shared_ptr<BoxAnswer> answerNextBox(QMessageBox::StandardButton button)
{
    auto answer = std::make_shared<BoxAnswer>();
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, [timer, answer, button, started] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box && started->elapsed() < 10000)
            return;
        timer->stop();
        timer->deleteLater();
        if (!box)
            return;
        answer->seen = true;
        answer->text = box->text();
        answer->informative = box->informativeText();
        box->button(button)->click();
    });
    timer->start();
    return answer;
}

bool processAlive(pid_t pid)
{
    int status = 0;
    return ::waitpid(pid, &status, WNOHANG) == 0;
}

// A child process holding a listening socket, named so the confirmation can be checked for its name.
struct ListeningChild
{
    pid_t pid = -1;
    std::uint16_t port = 0;

    ListeningChild()
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        test::Fd listener = test::tcpListener();
        port = test::localPort(listener.get());
        pid = ::fork();
        if (pid == 0) {
            // Only async-signal-safe calls after fork() in a threaded process.
            ::prctl(PR_SET_NAME, "rowaction-child");
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            char ready = 1;
            (void)!::write(fds[1], &ready, 1);
            for (;;)
                ::pause();
        }
        ::close(fds[1]);
        char ready = 0;
        (void)!::read(fds[0], &ready, 1); // the name is set before the first snapshot
        ::close(fds[0]);
        // Our copy of the listener is closed here: the child's is the only one.
    }
    ~ListeningChild()
    {
        if (pid > 0 && processAlive(pid)) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }
};

// recv() on the peer after a close: a reset (-1 with ECONNRESET) or an orderly end (0).
bool peerSawReset(int fd)
{
    pollfd p { fd, POLLIN, 0 };
    if (::poll(&p, 1, 3000) <= 0)
        return false;
    char byte;
    const auto n = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno == ECONNRESET);
}

bool peerStillConnected(int fd)
{
    pollfd p { fd, POLLIN, 0 };
    return ::poll(&p, 1, 200) == 0; // nothing to read: neither data, nor a reset, nor an end
}

QString cliNextToTests()
{
    // build/tests/widget_tests and build/app/portolan-cli
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/portolan-cli"));
}

} // namespace

TEST(RowActions, EnablementFollowsTheRowKindTheViewAndCaptureMode)
{
    Window w;
    w.show(rowKindsSnapshot());
    auto& a = w.actions();
    ASSERT_EQ(w.window.tableModel()->rowCount(), 6);

    // Nothing selected: nothing to act on.
    w.select([](const Endpoint&) { return false; });
    EXPECT_EQ(enabled(a), (Enabled { false, false, false, false, false, false }));
    // Listening TCP: no connection to close, no remote to look up; the process can be ended and shown.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.localPort == 80 && e.state == SocketState::Listen; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { false, true, true, true, true, false }));
    // Established TCP: everything.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.localPort == 80 && e.state == SocketState::Established; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { true, true, true, true, true, true }));
    // UDP: not a connection.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.protocol == Protocol::Udp; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { false, true, true, true, true, false }));
    // TIME_WAIT held by the kernel: no process, and no socket to close; its remote can still be looked up.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.state == SocketState::TimeWait; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { false, false, false, false, true, true }));
    // PID 4 (Windows' System): shown, never ended.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.pid == 4; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { false, false, false, true, true, false }));
    // A process without a known path: no folder to open.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.pid == 5150; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { true, true, false, true, true, true }));
    // Rows of two processes: a process action would have to pick one, so none is offered; closing both is.
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.state == SocketState::Established; }), 2);
    EXPECT_EQ(enabled(a), (Enabled { true, false, false, false, true, true }));

    // The same QActions sit in the Actions menu and both views' context menus.
    const auto menus = w.window.findChildren<QMenu*>(QStringLiteral("actionsMenu"));
    ASSERT_EQ(menus.size(), 1);
    EXPECT_TRUE(menus.front()->actions().contains(a.closeConnectionAction()));
    EXPECT_TRUE(w.window.menuBar()->actions().contains(menus.front()->menuAction()));
    EXPECT_TRUE(w.window.tableView()->actions().contains(a.endProcessAction()));
    EXPECT_TRUE(w.window.processView()->actions().contains(a.propertiesAction()));
    EXPECT_EQ(w.window.processView()->contextMenuPolicy(), Qt::ActionsContextMenu);

    // The context menu as a person sees it, with an established row selected.
    w.select([](const Endpoint& e) { return e.localPort == 80 && e.state == SocketState::Established; });
    QMenu menu;
    menu.addActions(w.window.tableView()->actions());
    menu.adjustSize();
    menu.grab().save(QDir::temp().filePath(QStringLiteral("portolan-row-actions-menu.png")));

    // The process view: a process line stands for its process; an endpoint line is an endpoint.
    w.window.showProcessView(true);
    auto* tree = w.window.processModel();
    QModelIndex nginx;
    for (int r = 0; r < tree->rowCount(); ++r)
        if (tree->index(r, 0).data().toString().contains(QStringLiteral("nginx")))
            nginx = tree->index(r, 0);
    ASSERT_TRUE(nginx.isValid());
    auto* treeSelection = w.window.processView()->selectionModel();
    treeSelection->select(nginx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(enabled(a), (Enabled { false, true, true, true, true, false }));
    QModelIndex established;
    for (int r = 0; r < tree->rowCount(nginx); ++r) {
        const auto* row = tree->rowOfSlot(tree->slotOf(tree->index(r, 0, nginx)));
        if (row && row->endpoint.state == SocketState::Established)
            established = tree->index(r, 0, nginx);
    }
    ASSERT_TRUE(established.isValid());
    treeSelection->select(established, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(enabled(a), (Enabled { true, true, true, true, true, true }));
    w.window.showProcessView(false);

    // A capture from another machine is read-only: nothing that acts on this machine.
    ImportResult capture;
    capture.snapshot = *rowKindsSnapshot();
    capture.formatName = "test";
    w.window.showCapture(capture, QStringLiteral("other-machine.json"));
    ASSERT_TRUE(w.window.captureMode());
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.localPort == 80 && e.state == SocketState::Established; }), 1);
    EXPECT_EQ(enabled(a), (Enabled { false, false, false, true, true, false }));
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(RowActions, EndProcessAsksNamingTheProcessNoKeepsItYesEndsIt)
{
    ListeningChild child;
    ASSERT_GT(child.pid, 0);
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) {
        return e.localPort == child.port && e.state == SocketState::Listen
            && e.pid == static_cast<std::uint32_t>(child.pid);
    }),
        1);
    auto& a = w.actions();
    ASSERT_TRUE(a.endProcessAction()->isEnabled());

    auto no = answerNextBox(QMessageBox::No);
    a.endProcessAction()->trigger();
    ASSERT_TRUE(no->seen);
    EXPECT_TRUE(no->text.contains(QStringLiteral("rowaction-child"))) << no->text.toStdString();
    EXPECT_TRUE(no->text.contains(QString::number(child.pid))) << no->text.toStdString();
    EXPECT_TRUE(no->informative.contains(QStringLiteral("Services: none"))) << no->informative.toStdString();
    EXPECT_TRUE(no->informative.contains(QStringLiteral("1 endpoint"))) << no->informative.toStdString();
    QTest::qWait(300);
    EXPECT_TRUE(processAlive(child.pid)) << "answering No ended the process";

    QSignalSpy finished(&a, &RowActions::actionFinished);
    auto yes = answerNextBox(QMessageBox::Yes);
    a.endProcessAction()->trigger();
    ASSERT_TRUE(yes->seen);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    int status = 0;
    ASSERT_EQ(::waitpid(child.pid, &status, WNOHANG), child.pid) << "the process is still running";
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    child.pid = -1;
}

TEST(RowActions, EndProcessIsNotOfferedForPortolanItself)
{
    test::Fd listener = test::tcpListener();
    const auto port = test::localPort(listener.get());
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) { return e.localPort == port && e.state == SocketState::Listen; }), 1);
    EXPECT_FALSE(w.actions().endProcessAction()->isEnabled());
    EXPECT_TRUE(w.actions().propertiesAction()->isEnabled());
}

TEST(RowActions, CloseConnectionResetsARealLoopbackConnection)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "SOCK_DESTROY needs root";
    test::Fd listener = test::tcpListener();
    auto pair = test::tcpConnect(listener.get());
    const auto clientPort = test::localPort(pair.client.get());
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) {
        return e.localPort == clientPort && e.state == SocketState::Established && e.protocol == Protocol::Tcp;
    }),
        1);
    auto& a = w.actions();
    ASSERT_TRUE(a.closeConnectionAction()->isEnabled());
    QSignalSpy finished(&a, &RowActions::actionFinished);
    a.closeConnectionAction()->trigger();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_TRUE(peerSawReset(pair.server.get())) << "the peer did not see the connection end";
    EXPECT_TRUE(w.window.statusBar()->currentMessage().contains(QStringLiteral("Closed 1 connection")))
        << w.window.statusBar()->currentMessage().toStdString();
}

TEST(RowActions, CloseConnectionNeedingRightsAsksThenRunsTheElevatedCli)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "SOCK_DESTROY needs root (the CLI runs without a prompt then)";
    const QString cli = cliNextToTests();
    ASSERT_TRUE(QFileInfo(cli).isExecutable()) << "portolan-cli is not built at " << cli.toStdString();
    test::Fd listener = test::tcpListener();
    auto pair = test::tcpConnect(listener.get());
    const auto clientPort = test::localPort(pair.client.get());
    Window w;
    auto& a = w.actions();
    // The direct call answers as it would without rights; the CLI (root here) then really closes it.
    RowActions::Backend backend;
    backend.close = [](const actions::ConnectionTarget&) {
        return actions::ActionResult::failure(actions::ActionStatus::PermissionDenied, "needs CAP_NET_ADMIN");
    };
    backend.end = [](std::uint32_t, const actions::EndOptions&) { return actions::ActionResult {}; };
    a.setBackend(backend);
    a.setCliPath(cli);
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) {
        return e.localPort == clientPort && e.state == SocketState::Established && e.protocol == Protocol::Tcp;
    }),
        1);

    // No: nothing runs, the connection stays.
    QSignalSpy finished(&a, &RowActions::actionFinished);
    auto no = answerNextBox(QMessageBox::No);
    a.closeConnectionAction()->trigger();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(no->seen);
    EXPECT_TRUE(no->informative.contains(QStringLiteral("portolan-cli close"))) << no->informative.toStdString();
    EXPECT_TRUE(no->informative.contains(QStringLiteral("--elevate"))) << no->informative.toStdString();
    EXPECT_FALSE(finished.front().at(0).toBool());
    EXPECT_TRUE(peerStillConnected(pair.server.get()));

    // Yes: the CLI runs (as a QProcess) and closes it; its sentence is reported.
    finished.clear();
    auto yes = answerNextBox(QMessageBox::Yes);
    a.closeConnectionAction()->trigger();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(yes->seen);
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_TRUE(peerSawReset(pair.server.get()));
    const auto boxes = w.window.findChildren<QMessageBox*>(QStringLiteral("actionResult"));
    ASSERT_FALSE(boxes.isEmpty());
    EXPECT_TRUE(boxes.back()->text().contains(QStringLiteral("closed"), Qt::CaseInsensitive))
        << boxes.back()->text().toStdString();
}

TEST(RowActions, CopyAsCsvCopiesTheSelectedRowsQuotedPerRfc4180)
{
    Window w;
    w.show(rowKindsSnapshot());
    ASSERT_EQ(w.select([](const Endpoint& e) { return e.state == SocketState::Established; }), 2);
    QApplication::clipboard()->clear();
    w.actions().copyCsvAction()->trigger();
    const QString csv = QApplication::clipboard()->text();
    const QStringList records = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(records.size(), 4) << csv.toStdString(); // header, two rows, and the empty rest after the last CRLF
    EXPECT_TRUE(records[0].startsWith(QStringLiteral("Process,PID,Protocol,Local address"))) << csv.toStdString();
    EXPECT_TRUE(records[3].isEmpty());
    const QString quoted = QStringLiteral("\"my \"\"proc\"\", v2\"");
    EXPECT_TRUE(records[1].startsWith(quoted) || records[2].startsWith(quoted)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",4242,"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("198.51.100.7,50123"))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral("5353"))) << "an unselected row was copied";

    // Ctrl+C in the table copies the same rows as text (one shortcut, no ambiguity with the view's own).
    QApplication::clipboard()->clear();
    w.window.tableView()->setFocus();
    QTest::keyClick(w.window.tableView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << QApplication::clipboard()->text().toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Process\tPID\tProtocol")));
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(RowActions, PropertiesShowThisProcessAndItsEndpoints)
{
    test::Fd listener = test::tcpListener();
    test::Fd udp = test::udpBound();
    const auto tcpPort = test::localPort(listener.get());
    const auto udpPort = test::localPort(udp.get());
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) { return e.localPort == tcpPort && e.state == SocketState::Listen; }), 1);
    ASSERT_TRUE(w.actions().propertiesAction()->isEnabled());
    w.actions().propertiesAction()->trigger();
    auto* dialog = w.window.findChild<ProcessPropertiesDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto value = [&](const char* name) {
        auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    EXPECT_EQ(value("pidValue"), QString::number(::getpid()));
    EXPECT_EQ(value("pathValue"), QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath());
    EXPECT_FALSE(value("commandLineValue").isEmpty());
    EXPECT_FALSE(value("startTimeValue").isEmpty());
    EXPECT_NE(value("startTimeValue"), QStringLiteral("(unknown)"));
    QStringList locals;
    auto* table = dialog->endpointTable();
    for (int r = 0; r < table->rowCount(); ++r)
        locals << table->item(r, 1)->text();
    EXPECT_TRUE(locals.contains(QStringLiteral("127.0.0.1:%1").arg(tcpPort))) << locals.join(' ').toStdString();
    EXPECT_TRUE(locals.contains(QStringLiteral("127.0.0.1:%1").arg(udpPort))) << locals.join(' ').toStdString();
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("portolan-properties-dialog.png")));
    dialog->close();
}

// QDesktopServices hands file URLs to a registered handler instead of the desktop: the test sees the folder.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

TEST(RowActions, OpenFileLocationOpensTheExecutablesFolder)
{
    test::Fd listener = test::tcpListener();
    const auto port = test::localPort(listener.get());
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) { return e.localPort == port && e.state == SocketState::Listen; }), 1);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    w.actions().openLocationAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.front().toLocalFile(), QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath());
}

TEST(RowActions, LookUpNamesTheRemoteAddressInTheStatusBar)
{
    test::Fd listener = test::tcpListener();
    auto pair = test::tcpConnect(listener.get());
    const auto clientPort = test::localPort(pair.client.get());
    Window w;
    w.show(std::make_shared<const Snapshot>(createPlatformEngine()->take()));
    ASSERT_EQ(w.select([&](const Endpoint& e) { return e.localPort == clientPort && e.protocol == Protocol::Tcp; }), 1);
    QSignalSpy finished(&w.actions(), &RowActions::actionFinished);
    w.actions().lookUpAction()->trigger();
    ASSERT_TRUE(finished.wait(10000));
    // 127.0.0.1 has a name in every /etc/hosts; whatever it is, the status bar says it.
    const QString message = w.window.statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("127.0.0.1 "))) << message.toStdString();
    EXPECT_EQ(message, finished.front().at(1).toString());
}

#include "row_actions_test.moc"
