#include "conflict_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

namespace {
QString severityText(conflicts::FindingSeverity severity)
{
    switch (severity) {
    case conflicts::FindingSeverity::Critical:
        return ConflictPanel::tr("critical");
    case conflicts::FindingSeverity::Warning:
        return ConflictPanel::tr("warning");
    case conflicts::FindingSeverity::Info:
        return ConflictPanel::tr("info");
    }
    return {};
}

QString kindText(conflicts::FindingKind kind)
{
    switch (kind) {
    case conflicts::FindingKind::Conflict:
        return ConflictPanel::tr("Conflict");
    case conflicts::FindingKind::UnknownHolder:
        return ConflictPanel::tr("Unknown holder");
    case conflicts::FindingKind::AtRisk:
        return ConflictPanel::tr("At risk");
    case conflicts::FindingKind::BlockedEphemeral:
        return ConflictPanel::tr("Blocked ephemeral ports");
    }
    return {};
}

QString portsText(Protocol protocol, const PortRange& ports)
{
    const QString proto = protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    return ports.first == ports.last ? QStringLiteral("%1 %2").arg(proto).arg(ports.first)
                                     : QStringLiteral("%1 %2–%3").arg(proto).arg(ports.first).arg(ports.last);
}

QString holdersText(const conflicts::Finding& finding)
{
    QStringList holders;
    for (const auto& h : finding.holders) {
        QString text = QString::fromStdString(h.label);
        if (h.pid)
            text += QStringLiteral(" (%1)").arg(h.pid);
        if (h.socketPool)
            text += ConflictPanel::tr(" — %1").arg(
                h.dnsServer ? ConflictPanel::tr("DNS server socket pool") : ConflictPanel::tr("UDP socket pool"));
        holders << text;
    }
    return holders.join(QStringLiteral(", "));
}
} // namespace

QColor ConflictPanel::criticalTextColor(const QPalette& palette)
{
    // A dark red on a light base, a light red on a dark one (dark and Windows high-contrast themes): both keep
    // WCAG's 4.5:1 against the list's base colour (tests/gui/contrast_test.cpp).
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x3a, 0x2e);
}

ConflictPanel::ConflictPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_fix(new QPushButton(tr("Fix…"), this))
    , m_undo(new QPushButton(tr("Undo last fix"), this))
{
    m_fix->setObjectName(QStringLiteral("fixButton"));
    // Screen readers announce these names (issue #13); the buttons' own text is read as well.
    m_list->setAccessibleName(tr("Conflict findings"));
    m_list->setAccessibleDescription(tr("Known-service ports held by the wrong process, most severe first"));
    m_details->setAccessibleName(tr("Finding details"));
    m_fix->setAccessibleDescription(tr("Plan a fix for the selected finding and show it before anything changes"));
    m_undo->setAccessibleDescription(tr("Undo the last fix applied from this window"));
    m_fix->setEnabled(false);
    m_undo->setEnabled(false);
    connect(m_fix, &QPushButton::clicked, this, [this] { Q_EMIT fixRequested(m_selectedId); });
    connect(m_undo, &QPushButton::clicked, this, &ConflictPanel::undoRequested);
    m_list->setHeaderLabels({ tr("Severity"), tr("Finding"), tr("Ports"), tr("Held by") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_details->setOpenExternalLinks(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        m_selectedId = QString::fromStdString(m_findings[static_cast<std::size_t>(index)].id);
        m_fix->setEnabled(!m_findings[static_cast<std::size_t>(index)].fixes.empty());
        showDetails(index);
        Q_EMIT evidenceSelected(m_findings[static_cast<std::size_t>(index)].evidenceKeys);
    });
}

void ConflictPanel::setUndoAvailable(bool available)
{
    m_undo->setEnabled(available);
}

void ConflictPanel::showReport(const conflicts::FindingReport& report)
{
    m_findings = report.findings;
    m_conflicts = 0;
    const QSignalBlocker blocker(m_list); // re-selecting the same finding must not move the user's table selection
    m_list->clear();
    QTreeWidgetItem* selected = nullptr;
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const auto& f = m_findings[i];
        if (f.kind == conflicts::FindingKind::Conflict)
            ++m_conflicts;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        item->setText(0, severityText(f.severity));
        item->setText(1, kindText(f.kind) + QStringLiteral(": ") + QString::fromStdString(f.service));
        item->setText(2, portsText(f.protocol, f.ports));
        item->setText(3, holdersText(f));
        item->setToolTip(1, QString::fromStdString(f.what));
        if (f.severity == conflicts::FindingSeverity::Critical)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, criticalTextColor(m_list->palette()));
        if (QString::fromStdString(f.id) == m_selectedId)
            selected = item;
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    if (selected) {
        m_list->setCurrentItem(selected);
        showDetails(selected->data(0, Qt::UserRole).toInt());
        m_fix->setEnabled(!m_findings[static_cast<std::size_t>(selected->data(0, Qt::UserRole).toInt())].fixes.empty());
    } else if (m_findings.empty()) {
        m_details->setHtml(tr("<p>No known-service port is held by an unexpected process.</p>"));
    }
}

void ConflictPanel::showDetails(int index)
{
    const auto& f = m_findings[static_cast<std::size_t>(index)];
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                       .arg(kindText(f.kind).toHtmlEscaped(), QString::fromStdString(f.what).toHtmlEscaped(),
                           QString::fromStdString(f.why).toHtmlEscaped());
    if (!f.source.empty())
        html += tr("<p><b>Source:</b> %1</p>").arg(QString::fromStdString(f.source).toHtmlEscaped());
    if (!f.fixes.empty()) {
        html += tr("<p><b>Fixes:</b></p><ul>");
        for (const auto& fix : f.fixes)
            html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(fix.text).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        html += tr("<p>Apply with <code>portolan fix %1 --plan-out plan.json</code>, review the plan, then "
                   "<code>portolan apply plan.json</code> (it elevates, backs up and verifies; "
                   "<code>portolan undo</code> restores).</p>")
                    .arg(QString::fromStdString(f.id).toHtmlEscaped());
    }
    html += tr("<p>%Ln evidence row(s) selected in the table.</p>", nullptr, static_cast<int>(f.evidence.size()));
    m_details->setHtml(html);
}

QStringList ConflictPanel::findingLines() const
{
    QStringList lines;
    for (const auto& f : m_findings)
        lines << QStringLiteral("%1 — %2").arg(severityText(f.severity), QString::fromStdString(f.what));
    return lines;
}

} // namespace portolan
