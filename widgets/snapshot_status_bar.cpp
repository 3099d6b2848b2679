#include "snapshot_status_bar.h"

#include "core/snapshot.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>

namespace portolan {

void SnapshotStatusBar::nameLabel(QLabel* label, const QString& text)
{
    // A screen reader reads a QLabel's text only while it has no accessible name, so the name carries both what
    // the label is for and what it says now.
    const QString role = label == m_mode ? tr("Mode")
        : label == m_counts              ? tr("Endpoint counts")
        : label == m_timing              ? tr("Snapshot timing")
        : label == m_warning             ? tr("Warning")
                                         : tr("Conflicts");
    label->setAccessibleName(text.isEmpty()
            ? role
            : tr("%1: %2", "a status bar label's accessible name: its role, its text").arg(role, text));
}

SnapshotStatusBar::SnapshotStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_mode(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_stale(new QLabel(this))
{
    // Amber, not red: the data is old, not wrong. The reason sits in the tooltip so the bar stays one line.
    m_stale->setObjectName(QStringLiteral("staleLabel"));
    m_stale->setStyleSheet(QStringLiteral("QLabel { color: black; background: #f4c542; padding: 0 6px; }"));
    m_stale->hide();
    m_conflicts->setObjectName(QStringLiteral("conflictBadge"));
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->hide();
    connect(m_conflicts, &QLabel::linkActivated, this, &SnapshotStatusBar::conflictsClicked);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b03a2e; padding: 0 6px; }"));
    m_warning->hide();
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_timing->setObjectName(QStringLiteral("timingLabel"));
    for (auto* label : { m_mode, m_counts, m_timing, m_warning, m_conflicts })
        nameLabel(label, {});
    m_stale->setAccessibleName(tr("Stale data")); // showStale() names it after what it says
    addWidget(m_mode);
    addWidget(m_counts, 1);
    addPermanentWidget(m_stale);
    addPermanentWidget(m_conflicts);
    addPermanentWidget(m_warning);
    addPermanentWidget(m_timing);
}

void SnapshotStatusBar::showWarning(const QString& text)
{
    m_warning->setText(text);
    nameLabel(m_warning, text);
    m_warning->setVisible(!text.isEmpty());
}

void SnapshotStatusBar::showSnapshot(const SnapshotMeta& meta, const SnapshotCounts& counts, int shownRows)
{
    const QLocale locale;
    QString text = tr("%1 endpoints (TCP %2, UDP %3) · %4 listening · %5 established · %6 TIME_WAIT · %7 processes")
                       .arg(locale.toString(qulonglong(counts.endpoints)), locale.toString(qulonglong(counts.tcp)),
                           locale.toString(qulonglong(counts.udp)), locale.toString(qulonglong(counts.listening)),
                           locale.toString(qulonglong(counts.established)),
                           locale.toString(qulonglong(counts.timeWait)), locale.toString(qulonglong(counts.processes)));
    if (static_cast<std::size_t>(shownRows) != counts.endpoints)
        text += tr(" · %1 shown").arg(locale.toString(shownRows));
    m_counts->setText(text);
    nameLabel(m_counts, text);
    m_timing->setText(
        tr("snapshot %1 ms (%2)")
            .arg(locale.toString(double(meta.durationUs) / 1000.0, 'f', 1), QString::fromStdString(meta.format)));
    nameLabel(m_timing, m_timing->text());
    m_timing->setToolTip(QString::fromStdString([&] {
        std::string warnings;
        for (const auto& w : meta.warnings)
            warnings += w + "\n";
        return warnings;
    }()));
}

void SnapshotStatusBar::showMode(const QString& mode)
{
    m_mode->setText(mode);
    nameLabel(m_mode, mode);
}

void SnapshotStatusBar::showIntervalStretch(int effectiveMs)
{
    if (effectiveMs > 0)
        showMessage(tr("Snapshots are slow: refreshing every %L1 s instead").arg(effectiveMs / 1000.0, 0, 'f', 1));
    else
        clearMessage();
}

} // namespace portolan

namespace portolan {

void SnapshotStatusBar::showConflicts(int conflicts, int otherFindings)
{
    if (conflicts == 0 && otherFindings == 0) {
        m_conflicts->hide();
        return;
    }
    const QString text
        = conflicts ? tr("⚠ %Ln conflict(s)", nullptr, conflicts) : tr("%Ln finding(s)", nullptr, otherFindings);
    m_conflicts->setText(
        QStringLiteral("<a href=\"conflicts\" style=\"color:%1\">%2</a>")
            .arg(conflicts ? QStringLiteral("#b03a2e") : QStringLiteral("#7f6000"), text.toHtmlEscaped()));
    nameLabel(m_conflicts, text);
    m_conflicts->show();
}

} // namespace portolan

namespace portolan {

void SnapshotStatusBar::showStale(const QString& reason, qint64 lastGoodMs)
{
    const QLocale locale;
    m_stale->setText(lastGoodMs > 0
            ? tr("Stale: showing data from %1")
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(lastGoodMs).time(), QLocale::LongFormat))
            : tr("Stale: no snapshot could be taken"));
    m_stale->setToolTip(tr("Refreshing failed: %1").arg(reason));
    m_stale->setAccessibleName(m_stale->text() + QLatin1Char(' ') + m_stale->toolTip());
    m_stale->show();
}

void SnapshotStatusBar::clearStale()
{
    m_stale->hide();
    m_stale->clear();
}

bool SnapshotStatusBar::isStale() const
{
    return !m_stale->isHidden();
}

} // namespace portolan
