#pragma once

#include "core/actions/action_result.h"
#include "core/actions/connection_close.h"
#include "core/actions/process_end.h"
#include "core/snapshot.h"
#include "core/table_update.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace portolan {

class ProcessPropertiesDialog;

// What is selected in the view on screen, as the row actions need it.
struct RowSelection
{
    std::vector<TableRow> rows; // selected endpoint rows
    // Processes named by selected group lines of the process view (grouped by process): End process and Properties
    // work on a process line as on one of its endpoints.
    std::vector<ProcessInfoPtr> groupProcesses;
};

// Which row actions the selection allows. Pure, so tests can check every row kind without a window.
struct RowActionState
{
    bool closeConnection = false; // a TCP connection in a connected state, live
    bool endProcess = false; // exactly one process, resolved, not one Portolan refuses (0, 1, 4, itself), live
    bool openLocation = false; // exactly one process with a known executable path, live
    bool properties = false; // exactly one process
    bool copy = false; // anything selected
    bool lookUp = false; // a row with a remote address, live
    bool whois = false; // a row with a remote address, live or a capture (it asks the registries, not this machine)
};
RowActionState rowActionState(const RowSelection& selection, bool captureMode);

// TCP rows a close can act on: the states in which a socket talks to a peer. LISTEN has no peer, TIME_WAIT is
// the kernel's (no socket to destroy), BOUND and CLOSED have nothing to reset.
bool isClosableConnection(const Endpoint& endpoint);

// The row actions of both views (TCPView's context menu and Process menu): Close connection, End process…, Open
// file location, Properties…, Copy as text / CSV, Look up remote address, Whois…. One QAction each, shared by the menu
// bar, the views' context menus and the keyboard; their enablement follows the selection and live/capture mode.
// Live-machine actions call the core directly first and, when that needs rights this process lacks, offer to run
// `portolan-cli close|kill … --elevate` (never blocking the GUI thread).
class RowActions final : public QObject
{
    Q_OBJECT
public:
    // Where the actions read the window's state; MainWindow provides these.
    struct Sources
    {
        std::function<RowSelection()> selection;
        std::function<QAbstractItemView*()> view; // the view on screen, for copying what it shows
        std::function<std::shared_ptr<const Snapshot>()> snapshot; // the snapshot on screen
        std::function<bool()> captureMode; // a capture or a replay: another machine, read-only
    };
    // The live-machine calls; tests replace them to reach the elevation path.
    struct Backend
    {
        std::function<actions::ActionResult(const actions::ConnectionTarget&)> close;
        std::function<actions::ActionResult(std::uint32_t, const actions::EndOptions&)> end;
    };

    RowActions(Sources sources, QWidget* window);
    ~RowActions() override;

    QMenu* menu() const { return m_menu; } // "&Actions", for the menu bar
    QList<QAction*> contextActions() const { return m_contextActions; } // with separators, for the views
    QAction* closeConnectionAction() const { return m_close; }
    QAction* endProcessAction() const { return m_end; }
    QAction* openLocationAction() const { return m_openLocation; }
    QAction* propertiesAction() const { return m_properties; }
    QAction* copyTextAction() const { return m_copyText; }
    QAction* copyCsvAction() const { return m_copyCsv; }
    QAction* lookUpAction() const { return m_lookUp; }
    QAction* whoisAction() const { return m_whois; }

    // Re-reads the selection and mode; MainWindow calls it when either changes.
    void updateEnablement();
    void setBackend(Backend backend) { m_backend = std::move(backend); }
    void setCliPath(const QString& path) { m_cliPath = path; }
    QString cliPath() const { return m_cliPath; }
    static QString defaultCliPath(); // portolan-cli beside the running executable
    // Where Whois starts (default whois.iana.org:43) and, when not 0, the port of every server it is referred to;
    // tests point both at local servers.
    void setWhoisServer(const QString& host, quint16 port, quint16 referralPort = 0);

    void closeConnections();
    void endProcess();
    void openFileLocation();
    void showProperties();
    void copyAsText();
    void copyAsCsv();
    void lookUpRemoteAddress();
    void whoisRemoteAddress(); // opens a WhoisDialog; the lookup runs on the event loop, never blocking it

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    void refreshRequested(); // the machine changed: take a snapshot now
    // Close, End process (direct or elevated), Look up and Whois, once done; tests wait for it.
    void actionFinished(bool ok, const QString& message);

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, void (RowActions::*slot)());
    ProcessInfoPtr selectedProcess(const RowSelection& selection) const;
    void reportClose(const std::vector<std::pair<actions::ConnectionTarget, actions::ActionResult>>& results);
    void reportEnd(const actions::ProcessDescription& description, const actions::ActionResult& result);
    // Asks, then runs the CLI once per argument list, one after the other; reports when all are done.
    void offerElevation(const QString& title, const QString& what, std::vector<QStringList> runs);
    void runElevated(const QString& title, std::vector<QStringList> runs, QStringList messages, bool allOk);
    void showResult(bool ok, const QString& title, const QString& text, const QString& details = {});
    void onLookedUp(const QString& address, const QString& name, const QString& error);

    Sources m_sources;
    Backend m_backend;
    QWidget* m_window;
    QString m_cliPath;
    QMenu* m_menu;
    QList<QAction*> m_contextActions;
    QAction* m_close = nullptr;
    QAction* m_end = nullptr;
    QAction* m_openLocation = nullptr;
    QAction* m_properties = nullptr;
    QAction* m_copyText = nullptr;
    QAction* m_copyCsv = nullptr;
    QAction* m_lookUp = nullptr;
    QAction* m_whois = nullptr;
    QString m_whoisHost = QStringLiteral("whois.iana.org");
    quint16 m_whoisPort = 43;
    quint16 m_whoisReferralPort = 0;
    QHash<QString, QString> m_names; // reverse DNS answers of this session, by address
};

} // namespace portolan
