#include "snapshot_status_bar.h"

#include "core/snapshot.h"

#include <QLabel>
#include <QLocale>

namespace portolan {

SnapshotStatusBar::SnapshotStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_mode(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_timing(new QLabel(this))
{
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_timing->setObjectName(QStringLiteral("timingLabel"));
    addWidget(m_mode);
    addWidget(m_counts, 1);
    addPermanentWidget(m_timing);
}

void SnapshotStatusBar::showSnapshot(const SnapshotMeta& meta, const SnapshotCounts& counts, int shownRows)
{
    const QLocale locale;
    QString text = tr("%1 endpoints (TCP %2, UDP %3) · %4 listening · %5 established · %6 TIME_WAIT · %7 processes")
                       .arg(locale.toString(qulonglong(counts.endpoints)), locale.toString(qulonglong(counts.tcp)),
                           locale.toString(qulonglong(counts.udp)), locale.toString(qulonglong(counts.listening)),
                           locale.toString(qulonglong(counts.established)), locale.toString(qulonglong(counts.timeWait)),
                           locale.toString(qulonglong(counts.processes)));
    if (static_cast<std::size_t>(shownRows) != counts.endpoints)
        text += tr(" · %1 shown").arg(locale.toString(shownRows));
    m_counts->setText(text);
    m_timing->setText(tr("snapshot %1 ms (%2)")
                          .arg(locale.toString(double(meta.durationUs) / 1000.0, 'f', 1),
                              QString::fromStdString(meta.format)));
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
}

void SnapshotStatusBar::showIntervalStretch(int effectiveMs)
{
    if (effectiveMs > 0)
        showMessage(tr("Snapshots are slow: refreshing every %1 s instead").arg(effectiveMs / 1000.0, 0, 'f', 1));
    else
        clearMessage();
}

} // namespace portolan
