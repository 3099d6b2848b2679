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
    // The live view could not be refreshed: the rows shown are those of `lastGoodMs` (Unix ms; 0: none yet).
    void showStale(const QString& reason, qint64 lastGoodMs);
    void clearStale();
    bool isStale() const;

Q_SIGNALS:
    void conflictsClicked();

private:
    void nameLabel(QLabel* label, const QString& text); // its accessible name, after each new text
    QLabel* m_mode;
    QLabel* m_counts;
    QLabel* m_timing;
    QLabel* m_warning;
    QLabel* m_conflicts;
    QLabel* m_stale;
};

} // namespace portolan
