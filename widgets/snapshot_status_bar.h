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
    // A port-exhaustion (or, later, conflict) warning; empty hides it.
    void showWarning(const QString& text);
    // The conflict badge: how many known-service ports are held by the wrong process (0 hides it).
    void showConflicts(int conflicts, int otherFindings);

Q_SIGNALS:
    void conflictsClicked();

private:
    QLabel* m_mode;
    QLabel* m_counts;
    QLabel* m_timing;
    QLabel* m_warning;
    QLabel* m_conflicts;
};

} // namespace portolan
