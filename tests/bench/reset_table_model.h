#pragma once

#include "core/snapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace portolan::bench {

// The baseline the incremental model is measured against: what a straightforward port viewer does on every
// refresh — replace all rows with beginResetModel()/endResetModel() and let a QSortFilterProxyModel sort and
// filter. Same columns and the same text as EndpointTableModel, so the views do the same painting work.
class ResetTableModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void reset(std::shared_ptr<const Snapshot> snapshot);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace portolan::bench
