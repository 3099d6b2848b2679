#pragma once

#include "core/snapshot_compare.h"

#include <QDialog>

class QTreeWidget;

namespace portolan {

// Two snapshots side by side: per-process deltas and the added / removed / changed endpoints. Displays a
// comparison computed by the core (compareSnapshots); holds no logic of its own.
class CompareDialog final : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const Snapshot& before, const QString& beforeName, const Snapshot& after, const QString& afterName,
        const SnapshotComparison& comparison, QWidget* parent = nullptr);

    QTreeWidget* ownersTree() const { return m_owners; }
    QTreeWidget* endpointsTree() const { return m_endpoints; }

private:
    QTreeWidget* m_owners;
    QTreeWidget* m_endpoints;
};

} // namespace portolan
