#include "reading_guide_dialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace portolan {

namespace {

QString section(const QString& title, const QStringList& paragraphs)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const auto& paragraph : paragraphs)
        out += QStringLiteral("<p>%1</p>").arg(paragraph);
    return out;
}

QString link(const char* url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text.toHtmlEscaped());
}

} // namespace

ReadingGuideDialog::ReadingGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("How to read Portolan"));
    setObjectName(QStringLiteral("readingGuide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(windowTitle());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString ReadingGuideDialog::html()
{
    // The KB articles are the ones the admins' own accounts cite (shared/seeds): the dynamic range changed in
    // Vista (929851), the DNS socket pool of MS08-037 (953230) and its side effects (956188), reserving ports
    // (812873), MaxUserPort (196271) and the services' port table (832017).
    QString page;
    page += section(tr("Rows and colours"),
        { tr("Each row is one endpoint: a protocol, a local address and port, and for TCP the remote side and the "
             "connection's state. The process that holds it is in the Process and PID columns; sockets that belong "
             "to no process (TIME_WAIT) are shown as [time wait], and processes Portolan may not read as "
             "[access denied]."),
            tr("A new row is green and a closed row red for one refresh, as in TCPView. Rows tinted in the conflict "
               "colour hold a port that a known service needs.") });
    page += section(tr("States"),
        { tr("<b>LISTEN</b>: a server waits for connections on this port. <b>ESTABLISHED</b>: a connection is "
             "open. <b>TIME_WAIT</b>: the connection is closed, but the side that closed first keeps the port pair "
             "for a while (60 seconds on Linux, TcpTimedWaitDelay on Windows) so that late packets are not mistaken "
             "for a new "
             "connection. <b>CLOSE_WAIT</b>: the peer closed and the program has not; many of them point to a "
             "program that leaks connections. <b>BOUND</b>: a UDP socket, or a TCP socket bound but not listening."),
            tr("Thousands of TIME_WAIT rows from one process to one remote endpoint are the usual cause of running "
               "out of ephemeral ports: the Exhaustion dock counts them by owner.") });
    page += section(tr("Dynamic ranges"),
        { tr("Outgoing connections and unbound UDP sockets get a port from the dynamic (ephemeral) range. Windows "
             "Vista and Server 2008 and later use 49152–65535 (%1); Windows Server 2003 used 1025–5000 unless "
             "MaxUserPort raised it (%2); Linux uses net.ipv4.ip_local_port_range, 32768–60999 by default (%3).")
                .arg(link("https://support.microsoft.com/kb/929851", QStringLiteral("KB 929851")),
                    link("https://support.microsoft.com/kb/196271", QStringLiteral("KB 196271")),
                    link("https://docs.kernel.org/networking/ip-sysctl.html", QStringLiteral("ip-sysctl"))),
            tr("The histogram shades the machine's real dynamic range, and the reserved or excluded ranges inside it. "
               "A service whose fixed port lies inside the dynamic range can lose it to any program at any "
               "time.") });
    page += section(tr("Socket pools"),
        { tr("Since MS08-037 the Windows DNS server opens a pool of 2,500 UDP sockets on random ports at start "
             "(%1). When one of them lands on a port another service needs — RADIUS 1645/1646 and 1812/1813, L2TP "
             "1701, IPsec NAT-T 4500, ActiveSync 2883, the cluster service's 3343 — that service cannot start (%2). "
             "Portolan labels such a pool in every view and in the histogram's legend.")
                .arg(link("https://support.microsoft.com/kb/953230", QStringLiteral("KB 953230")),
                    link("https://support.microsoft.com/kb/956188", QStringLiteral("KB 956188"))) });
    page += section(tr("Conflicts and fixes"),
        { tr("The Conflicts dock lists known-service ports (%1) held by another process, ports at risk inside the "
             "dynamic or socket-pool range, and blocked ephemeral ports. Selecting a finding selects its rows.")
                .arg(link("https://support.microsoft.com/kb/832017", QStringLiteral("KB 832017"))),
            tr("Fix… shows every change before it is made: ReservedPorts (%1), the DNS server's "
               "SocketPoolExcludedPortRanges or SocketPoolSize (%2), a persistent excluded port range, or on Linux "
               "net.ipv4.ip_local_reserved_ports; and which services must restart. Apply asks for administrator "
               "rights, saves the previous values first, and Undo last fix puts them back.")
                .arg(link("https://support.microsoft.com/kb/812873", QStringLiteral("KB 812873")),
                    link("https://support.microsoft.com/kb/956188", QStringLiteral("KB 956188"))) });
    page += section(tr("Captures and the stale marker"),
        { tr("A capture opened from another machine is read-only: its title names the file, the machine and the "
             "time, and the actions on processes and connections are disabled. Lines that could not be read are "
             "listed with their file and line."),
            tr("When no snapshot can be taken (the kernel's tables cannot be read), the live view keeps the last "
               "rows it had and an amber Stale marker in the status bar says since when; it clears by itself when "
               "snapshots work again.") });
    return page;
}

} // namespace portolan
