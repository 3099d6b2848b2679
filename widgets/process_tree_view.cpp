#include "process_tree_view.h"

#include "process_tree_model.h"

#include <QHeaderView>

namespace portolan {

ProcessTreeView::ProcessTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    // No expand and collapse animation: over RDP each of its frames is a repaint of the rows below.
    setAnimated(false);
    setAccessibleName(tr("Process view"));
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(true);
}

void ProcessTreeView::setModel(QAbstractItemModel* model)
{
    QTreeView::setModel(model);
    m_seenGroups.clear();
    if (!model)
        return;
    // Structural refreshes arrive as layout changes, new groups of small refreshes as inserted rows.
    connect(model, &QAbstractItemModel::layoutChanged, this, &ProcessTreeView::expandNewGroups);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProcessTreeView::expandNewGroups);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_seenGroups.clear();
        expandNewGroups();
    });
    expandNewGroups();
}

void ProcessTreeView::expandNewGroups()
{
    auto* m = model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const auto group = m->index(row, 0);
        const auto key = group.data(ProcessTreeModel::GroupKeyRole).toString();
        if (m_seenGroups.contains(key))
            continue;
        m_seenGroups.insert(key);
        if (group.data(ProcessTreeModel::GroupSizeRole).toInt() <= m_collapseThreshold)
            expand(group);
    }
}

} // namespace portolan
