#include "row_actions.h"

#include "core/logging.h"
#include "elevated_cli_run.h"
#include "host_name_cache.h"
#include "process_properties_dialog.h"
#include "process_start_time.h"
#include "selected_cells.h"
#include "state_text.h"
#include "whois_dialog.h"
#include "whois_lookup.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace portolan {

using actions::ActionResult;
using actions::ConnectionTarget;

bool isClosableConnection(const Endpoint& endpoint)
{
    if (endpoint.protocol != Protocol::Tcp)
        return false;
    switch (endpoint.state) {
    case SocketState::SynSent:
    case SocketState::SynReceived:
    case SocketState::Established:
    case SocketState::FinWait1:
    case SocketState::FinWait2:
    case SocketState::CloseWait:
    case SocketState::Closing:
    case SocketState::LastAck:
        return true;
    default:
        return false;
    }
}

namespace {

bool hasRemote(const Endpoint& endpoint)
{
    return !endpoint.remoteAddress.isUnspecified() || endpoint.remotePort != 0;
}

// The remote address of the first selected row that has one (Look up and Whois act on it); empty when none.
QString firstRemoteAddress(const RowSelection& selection)
{
    const auto row = std::find_if(
        selection.rows.begin(), selection.rows.end(), [](const TableRow& r) { return hasRemote(r.endpoint); });
    return row == selection.rows.end() ? QString() : QString::fromStdString(row->endpoint.remoteAddress.toString());
}

// The processes a selection names: resolved owners of its rows and the processes of its group lines. A row
// without a resolved owner (TIME_WAIT, the kernel, access denied, unknown) names none.
std::vector<ProcessInfoPtr> processesOf(const RowSelection& selection)
{
    std::vector<ProcessInfoPtr> out;
    std::set<std::pair<std::uint32_t, std::uint64_t>> seen;
    auto add = [&](const ProcessInfoPtr& process) {
        if (process && seen.insert({ process->pid, process->startTime }).second)
            out.push_back(process);
    };
    for (const auto& row : selection.rows)
        if (row.endpoint.ownerStatus == OwnerStatus::Resolved && row.endpoint.pid != 0)
            add(row.owner);
    for (const auto& process : selection.groupProcesses)
        add(process);
    return out;
}

// Rows without an owner can still be selected next to owned ones: a process action needs every selected
// endpoint row to belong to that one process, so that "End process" never means "one of these".
ProcessInfoPtr singleProcess(const RowSelection& selection)
{
    const auto processes = processesOf(selection);
    if (processes.size() != 1)
        return nullptr;
    for (const auto& row : selection.rows)
        if (row.endpoint.pid != processes.front()->pid || row.endpoint.ownerStatus != OwnerStatus::Resolved)
            return nullptr;
    return processes.front();
}

QString socketText(const IpAddress& address, std::uint16_t port)
{
    return QString::fromStdString(actions::formatSocketAddress(address, port));
}

} // namespace

RowActionState rowActionState(const RowSelection& selection, bool captureMode)
{
    RowActionState state;
    const bool any = !selection.rows.empty() || !selection.groupProcesses.empty();
    state.copy = any;
    const auto process = singleProcess(selection);
    state.properties = process != nullptr;
    const bool anyRemote = std::any_of(
        selection.rows.begin(), selection.rows.end(), [](const TableRow& row) { return hasRemote(row.endpoint); });
    // Whois asks the internet's registries about the peer, so a capture's peers can be asked as well as live ones.
    state.whois = anyRemote;
    if (captureMode) {
        // Another machine's rows: read-only. Properties and copying show what the capture holds.
        state.lookUp = false;
        return state;
    }
    state.closeConnection = std::any_of(selection.rows.begin(), selection.rows.end(),
        [](const TableRow& row) { return isClosableConnection(row.endpoint); });
    state.endProcess = process && process->pid != 0 && actions::refusalReason(process->pid).empty();
    state.openLocation = process && !process->executablePath.empty();
    state.lookUp = anyRemote;
    return state;
}

RowActions::RowActions(Sources sources, QWidget* window)
    : QObject(window)
    , m_sources(std::move(sources))
    , m_backend { [](const ConnectionTarget& target) { return actions::closeConnection(target); },
        [](std::uint32_t pid, const actions::EndOptions& options) { return actions::endProcess(pid, options); } }
    , m_window(window)
    , m_cliPath(defaultCliPath())
    , m_menu(new QMenu(tr("&Actions"), window))
{
    m_menu->setObjectName(QStringLiteral("actionsMenu"));
    // Shortcuts as CurrPorts and Windows have them where they exist (Ctrl+T closes, Alt+Enter shows properties).
    m_close = makeAction(tr("C&lose connection"), Qt::CTRL | Qt::Key_T, &RowActions::closeConnections);
    m_close->setToolTip(tr("Reset the selected TCP connections (the peer sees a reset)"));
    m_end = makeAction(tr("&End process…"), Qt::CTRL | Qt::Key_E, &RowActions::endProcess);
    m_openLocation
        = makeAction(tr("&Open file location"), Qt::CTRL | Qt::SHIFT | Qt::Key_O, &RowActions::openFileLocation);
    m_properties = makeAction(tr("P&roperties…"), Qt::ALT | Qt::Key_Return, &RowActions::showProperties);
    m_copyText = makeAction(tr("&Copy as text"), QKeySequence::Copy, &RowActions::copyAsText);
    m_copyCsv = makeAction(tr("Copy as C&SV"), Qt::CTRL | Qt::SHIFT | Qt::Key_C, &RowActions::copyAsCsv);
    m_lookUp
        = makeAction(tr("Look &up remote address"), Qt::CTRL | Qt::SHIFT | Qt::Key_R, &RowActions::lookUpRemoteAddress);
    m_lookUp->setToolTip(tr("Reverse DNS of the remote address (asynchronous; the answer shows in the status bar)"));
    // Ctrl+W closes windows in many desktops; Ctrl+Shift+W is free in Portolan.
    m_whois = makeAction(tr("&Whois…"), Qt::CTRL | Qt::SHIFT | Qt::Key_W, &RowActions::whoisRemoteAddress);
    m_whois->setToolTip(tr("Ask the whois registries who holds the remote address (asynchronous; the answer shows "
                           "in a window)"));

    auto separator = [this] {
        auto* action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_contextActions = { m_close, m_end, separator(), m_openLocation, m_properties, separator(), m_copyText, m_copyCsv,
        separator(), m_lookUp, m_whois };
    m_menu->addActions(m_contextActions);
    updateEnablement();
}

RowActions::~RowActions() = default;

QString RowActions::defaultCliPath()
{
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + QStringLiteral("/portolan-cli.exe");
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/portolan-cli");
#endif
}

void RowActions::setWhoisServer(const QString& host, quint16 port, quint16 referralPort)
{
    m_whoisHost = host;
    m_whoisPort = port;
    m_whoisReferralPort = referralPort;
}

QAction* RowActions::makeAction(const QString& text, const QKeySequence& shortcut, void (RowActions::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Shown in the context menus as well, where Qt hides shortcuts by default on some platforms.
    action->setShortcutVisibleInContextMenu(true);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void RowActions::updateEnablement()
{
    const auto state = rowActionState(m_sources.selection(), m_sources.captureMode());
    m_close->setEnabled(state.closeConnection);
    m_end->setEnabled(state.endProcess);
    m_openLocation->setEnabled(state.openLocation);
    m_properties->setEnabled(state.properties);
    m_copyText->setEnabled(state.copy);
    m_copyCsv->setEnabled(state.copy);
    m_lookUp->setEnabled(state.lookUp);
    m_whois->setEnabled(state.whois);
}

ProcessInfoPtr RowActions::selectedProcess(const RowSelection& selection) const
{
    return singleProcess(selection);
}

// --- Close connection ----------------------------------------------------------------------------------------------

void RowActions::closeConnections()
{
    if (m_sources.captureMode())
        return;
    std::vector<ConnectionTarget> targets;
    for (const auto& row : m_sources.selection().rows)
        if (isClosableConnection(row.endpoint))
            targets.push_back(ConnectionTarget::of(row.endpoint));
    if (targets.empty())
        return;
    // A close takes a netlink dump first; off the GUI thread like every call into the machine.
    using Results = std::vector<std::pair<ConnectionTarget, ActionResult>>;
    auto* watcher = new QFutureWatcher<Results>(this);
    connect(watcher, &QFutureWatcher<Results>::finished, this, [this, watcher] {
        watcher->deleteLater();
        reportClose(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([targets, close = m_backend.close] {
        Results results;
        for (const auto& target : targets)
            results.emplace_back(target, close(target));
        return results;
    }));
}

void RowActions::reportClose(const std::vector<std::pair<ConnectionTarget, ActionResult>>& results)
{
    int closed = 0;
    QStringList failures;
    QStringList elevatedWhat;
    std::vector<QStringList> elevated;
    for (const auto& [target, result] : results) {
        if (result.ok()) {
            ++closed;
        } else if (result.needsElevation()) {
            QStringList arguments { QStringLiteral("close"), socketText(target.localAddress, target.localPort),
                socketText(target.remoteAddress, target.remotePort) };
            // The inode names this very socket: a new connection that reused the ports is left alone.
            if (target.inode)
                arguments << QStringLiteral("--inode") << QString::number(target.inode);
            arguments << QStringLiteral("--elevate");
            elevated.push_back(arguments);
            elevatedWhat << QString::fromStdString(actions::describeConnection(target));
        } else {
            failures << QString::fromStdString(result.message);
        }
    }
    if (closed) {
        Q_EMIT statusMessage(tr("Closed %n connection(s)", nullptr, closed), 5000);
        Q_EMIT refreshRequested();
    }
    if (!failures.isEmpty()) {
        showResult(false, tr("Close connection"),
            tr("%n connection(s) could not be closed.", nullptr, int(failures.size())),
            failures.join(QLatin1Char('\n')));
    }
    if (!elevated.empty())
        offerElevation(tr("Close connection"), elevatedWhat.join(QLatin1Char('\n')), std::move(elevated));
    else if (failures.isEmpty())
        Q_EMIT actionFinished(closed > 0, tr("Closed %n connection(s)", nullptr, closed));
    else
        Q_EMIT actionFinished(false, failures.join(QLatin1Char('\n')));
}

// --- End process ---------------------------------------------------------------------------------------------------

void RowActions::endProcess()
{
    if (m_sources.captureMode())
        return;
    const auto process = selectedProcess(m_sources.selection());
    if (!process)
        return;
    const auto snapshot = m_sources.snapshot();
    const auto description = actions::describeProcess(process->pid, snapshot.get());
    if (!description.exists) {
        showResult(false, tr("End process"),
            tr("%1 (PID %2) is no longer running.")
                .arg(QString::fromStdString(description.name()))
                .arg(description.pid));
        Q_EMIT refreshRequested();
        return;
    }
    if (!description.refusal.empty()) {
        showResult(false, tr("End process"), QString::fromStdString(description.refusal));
        return;
    }
    const auto& info = description.info;
    QStringList services;
    if (info)
        for (const auto& service : info->services)
            services << QString::fromStdString(service);
    const QString name = QString::fromStdString(description.name());

    QMessageBox box(QMessageBox::Warning, tr("End process"), tr("End %1 (PID %2)?").arg(name).arg(description.pid),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("endProcessConfirmation"));
    QStringList lines;
    if (info && !info->executablePath.empty())
        lines << tr("Path: %1").arg(QDir::toNativeSeparators(QString::fromStdString(info->executablePath)));
    lines << tr("Services: %1").arg(services.isEmpty() ? tr("none") : services.join(tr(", ")));
    lines << tr("It holds %n endpoint(s); they close with it.", nullptr, int(description.endpoints));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setDetailedText(QString::fromStdString(description.details()));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;

    actions::EndOptions options;
    // The very process that was confirmed: a PID reused meanwhile is left alone.
    if (info && info->startTime)
        options.expectedStartTime = info->startTime;
    // endProcess waits for the process to be gone (up to its timeout): never on the GUI thread.
    auto* watcher = new QFutureWatcher<ActionResult>(this);
    connect(watcher, &QFutureWatcher<ActionResult>::finished, this, [this, watcher, description] {
        watcher->deleteLater();
        reportEnd(description, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([pid = description.pid, options, end = m_backend.end] { return end(pid, options); }));
}

void RowActions::reportEnd(const actions::ProcessDescription& description, const ActionResult& result)
{
    const QString message = QString::fromStdString(result.message);
    if (result.ok()) {
        Q_EMIT statusMessage(message, 5000);
        Q_EMIT refreshRequested();
        Q_EMIT actionFinished(true, message);
        return;
    }
    if (result.needsElevation()) {
        QStringList arguments { QStringLiteral("kill"), QString::number(description.pid), QStringLiteral("--yes") };
        if (description.info && description.info->startTime)
            arguments << QStringLiteral("--start-time") << QString::number(description.info->startTime);
        arguments << QStringLiteral("--elevate");
        offerElevation(tr("End process"),
            tr("%1 (PID %2)").arg(QString::fromStdString(description.name())).arg(description.pid), { arguments });
        return;
    }
    showResult(false, tr("End process"), message);
    Q_EMIT actionFinished(false, message);
}

// --- Elevation -----------------------------------------------------------------------------------------------------

void RowActions::offerElevation(const QString& title, const QString& what, std::vector<QStringList> runs)
{
    QStringList commands;
    for (const auto& arguments : runs)
        commands << ElevatedCliRun::commandLine(m_cliPath, arguments);
    QMessageBox box(QMessageBox::Question, title, tr("This needs administrator rights:\n%1").arg(what),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("elevationQuestion"));
    box.setInformativeText(
        tr("Portolan will run, asking for administrator rights:\n%1").arg(commands.join(QLatin1Char('\n'))));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes) {
        Q_EMIT actionFinished(false, tr("Not run: administrator rights were not requested."));
        return;
    }
    runElevated(title, std::move(runs), {}, true);
}

void RowActions::runElevated(const QString& title, std::vector<QStringList> runs, QStringList messages, bool allOk)
{
    if (runs.empty()) {
        const QString text = messages.join(QLatin1Char('\n'));
        showResult(allOk, title, text);
        Q_EMIT refreshRequested();
        Q_EMIT actionFinished(allOk, text);
        return;
    }
    const QStringList arguments = runs.front();
    runs.erase(runs.begin());
    auto* run = new ElevatedCliRun(m_cliPath, arguments, this);
    connect(run, &ElevatedCliRun::finished, this,
        [this, run, title, runs = std::move(runs), messages, allOk](bool ok, const QString& message) mutable {
            run->deleteLater();
            messages << message;
            runElevated(title, std::move(runs), std::move(messages), allOk && ok);
        });
    run->start();
}

void RowActions::showResult(bool ok, const QString& title, const QString& text, const QString& details)
{
    // Non-modal: the table keeps refreshing behind it, and a slow answer never stacks modal loops.
    auto* box
        = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("actionResult"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- Open file location, Properties --------------------------------------------------------------------------------

void RowActions::openFileLocation()
{
    const auto process = selectedProcess(m_sources.selection());
    if (!process || process->executablePath.empty() || m_sources.captureMode())
        return;
    const QString folder = QFileInfo(QString::fromStdString(process->executablePath)).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT statusMessage(tr("Cannot open %1").arg(QDir::toNativeSeparators(folder)), 5000);
}

void RowActions::showProperties()
{
    const auto selected = selectedProcess(m_sources.selection());
    if (!selected)
        return;
    const auto snapshot = m_sources.snapshot();
    const bool live = !m_sources.captureMode();
    // Live, the system's current details (command line, services) fill in what the snapshot left out.
    ProcessInfoPtr info = selected;
    if (live)
        if (auto fresh = actions::readProcess(selected->pid); fresh && fresh->startTime == selected->startTime)
            info = fresh;

    ProcessProperties properties;
    properties.name = QString::fromStdString(info->name.empty() ? selected->name : info->name);
    properties.pid = info->pid;
    properties.path = QDir::toNativeSeparators(QString::fromStdString(info->executablePath));
    properties.commandLine = QString::fromStdString(info->commandLine);
    properties.user = QString::fromStdString(info->user);
    for (const auto& service : info->services.empty() ? selected->services : info->services)
        properties.services << QString::fromStdString(service);
    const std::string os = snapshot ? snapshot->meta.os : std::string();
    if (const auto ms = processStartEpochMs(info->startTime, os, live))
        properties.startTime = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::LongFormat);
    else if (info->startTime)
        properties.startTime = tr("%1 (the capture does not say when that machine started)").arg(info->startTime);
    properties.endpointHeader = { tr("Protocol"), tr("Local"), tr("Remote"), tr("State") };
    if (snapshot)
        for (const auto& e : snapshot->endpoints) {
            if (e.pid != info->pid || e.ownerStatus != OwnerStatus::Resolved)
                continue;
            const bool v6 = e.localAddress.family == Family::IPv6;
            properties.endpoints << QStringList { QString::fromLatin1(protocolName(e.protocol).data())
                    + (v6 ? QStringLiteral("6") : QString()),
                socketText(e.localAddress, e.localPort),
                hasRemote(e) ? socketText(e.remoteAddress, e.remotePort) : QString(), stateText(e.state) };
        }
    auto* dialog = new ProcessPropertiesDialog(properties, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// --- Copy ----------------------------------------------------------------------------------------------------------

void RowActions::copyAsText()
{
    if (auto* view = m_sources.view()) {
        const auto cells = selectedCells(*view);
        if (!cells.rows.isEmpty())
            QApplication::clipboard()->setText(cellsAsText(cells));
    }
}

void RowActions::copyAsCsv()
{
    if (auto* view = m_sources.view()) {
        const auto cells = selectedCells(*view);
        if (!cells.rows.isEmpty())
            QApplication::clipboard()->setText(cellsAsCsv(cells));
    }
}

// --- Look up -------------------------------------------------------------------------------------------------------

void RowActions::lookUpRemoteAddress()
{
    const QString address = firstRemoteAddress(m_sources.selection());
    if (address.isEmpty())
        return;
    if (const auto known = m_names.constFind(address); known != m_names.constEnd()) {
        const QString text = tr("%1 is %2").arg(address, *known);
        Q_EMIT statusMessage(text, 15000);
        Q_EMIT actionFinished(true, text);
        return;
    }
    Q_EMIT statusMessage(tr("Looking up %1…").arg(address), 0);
    // The Remote host column's resolver (QHostInfo on its own thread pool, answering here): the refresh path never
    // waits for DNS.
    static const auto resolve = HostNameCache::systemResolver();
    resolve(address, this,
        [this, address](const QString& name, const QString& error) { onLookedUp(address, name, error); });
}

void RowActions::onLookedUp(const QString& address, const QString& name, const QString& error)
{
    const bool named = !name.isEmpty();
    QString text;
    if (named) {
        m_names.insert(address, name);
        text = tr("%1 is %2").arg(address, name);
    } else {
        text = tr("%1 has no name (%2)").arg(address, error);
    }
    log::ui()->debug("reverse lookup of {}: {}", address.toStdString(), text.toStdString());
    Q_EMIT statusMessage(text, 15000);
    Q_EMIT actionFinished(named, text);
}

// --- Whois ---------------------------------------------------------------------------------------------------------

void RowActions::whoisRemoteAddress()
{
    const QString address = firstRemoteAddress(m_sources.selection());
    if (address.isEmpty())
        return;
    auto* dialog = new WhoisDialog(address, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The lookup belongs to its window: closing the window drops the lookup and its connection.
    auto* lookup = new WhoisLookup(dialog);
    lookup->setRootServer(m_whoisHost, m_whoisPort);
    lookup->setReferralPort(m_whoisReferralPort);
    dialog->follow(lookup);
    connect(lookup, &WhoisLookup::finished, this, [this](const WhoisResult& result) {
        Q_EMIT actionFinished(result.ok, result.ok ? result.summary.line() : result.error);
    });
    dialog->show();
    lookup->start(address);
}

} // namespace portolan
