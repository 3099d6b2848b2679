#include "reset_table_model.h"

#include "endpoint_table_model.h"

namespace portolan::bench {

void ResetTableModel::reset(std::shared_ptr<const Snapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int ResetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->endpoints.size());
}

int ResetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : EndpointTableModel::ColumnCount;
}

QVariant ResetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return EndpointTableModel::columnTitle(section);
    return {};
}

QVariant ResetTableModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid())
        return {};
    const Endpoint& e = m_snapshot->endpoints[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case EndpointTableModel::ProcessColumn: {
        const auto* p = m_snapshot->process(e.pid);
        return p ? QString::fromStdString(p->name) : QStringLiteral("[time wait]");
    }
    case EndpointTableModel::PidColumn:
        return e.pid;
    case EndpointTableModel::ProtocolColumn:
        return e.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    case EndpointTableModel::LocalAddressColumn:
        return QString::fromStdString(e.localAddress.toString());
    case EndpointTableModel::LocalPortColumn:
        return e.localPort;
    case EndpointTableModel::RemoteAddressColumn:
        return QString::fromStdString(e.remoteAddress.toString());
    case EndpointTableModel::RemotePortColumn:
        return e.remotePort;
    case EndpointTableModel::StateColumn:
        return QString::fromLatin1(stateName(e.state).data());
    default:
        return {};
    }
}

} // namespace portolan::bench
