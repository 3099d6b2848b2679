#pragma once

#include <QStatusBar>

class QLabel;

namespace portolan {

struct SnapshotCounts;
struct SnapshotMeta;

// Counts and timing of the last snapshot, and whether the view is live or paused.
class SnapshotStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit SnapshotStatusBar(QWidget* parent = nullptr);

    void showSnapshot(const SnapshotMeta& meta, const SnapshotCounts& counts, int shownRows);
    void showMode(const QString& mode);
    void showIntervalStretch(int effectiveMs);

private:
    QLabel* m_mode;
    QLabel* m_counts;
    QLabel* m_timing;
};

} // namespace portolan
