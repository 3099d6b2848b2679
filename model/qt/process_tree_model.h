#pragma once

#include "core/port_config.h"
#include "core/table_update.h"
#include "row_filter.h"
#include "row_store.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace portolan {

// The process view: one row per group (a process, or a service name, remote address or local port range),
// with the group's endpoints as children. Fed by the same TableUpdates as the flat table.
//
// A refresh that adds or removes rows is applied as ONE layout change: groups and their sorted child vectors are
// updated in place (binary search on precomputed keys), then every persistent index (selection, current row,
// the view's expanded set) is remapped from its old position to the same group key or endpoint slot. That keeps
// expansion, selection and scrolling across refreshes without a reset, at the cost of one relayout of the
// expanded rows; groups above the collapse threshold start collapsed, so a 2,500-socket pool costs one row.
// Refreshes without structural change are coalesced dataChanged signals.
class ProcessTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PidColumn,
        StateColumn,
        RemoteColumn,
        EndpointsColumn,
        ListeningColumn,
        EstablishedColumn,
        TimeWaitColumn,
        OtherTcpColumn,
        UdpColumn,
        InDynamicColumn,
        DynamicShareColumn,
        DetailsColumn,
        ColumnCount
    };
    enum class GroupBy {
        Process,
        Service,
        RemoteAddress,
        LocalPortRange,
    };
    enum Role {
        SlotRole = Qt::UserRole + 1, // children: endpoint slot
        GroupKeyRole, // groups: stable key (QString)
        GroupSizeRole, // groups: live endpoints in the group
        IsGroupRole,
        PoolRole, // groups: socket-pool label, empty when not a pool
    };
    struct Counts
    {
        int endpoints = 0, listening = 0, established = 0, timeWait = 0, otherTcp = 0, udp = 0, inDynamic = 0;
        bool operator==(const Counts&) const = default;
    };

    // A model with rows of its own: applyUpdate() applies to them.
    explicit ProcessTreeModel(QObject* parent = nullptr);
    // A model over a store shared with other models; its owner applies each update to the store first.
    explicit ProcessTreeModel(RowStorePtr sharedRows, QObject* parent = nullptr);
    ~ProcessTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void applyUpdate(const TableUpdate& update);
    // Rows of these endpoints are tinted: the evidence of conflict findings.
    void setConflictKeys(std::unordered_set<EndpointKey, EndpointKeyHash> keys);
    // New and closing rows are green and red for one refresh (on by default; off in low-bandwidth mode).
    void setHighlightChanges(bool on);
    bool highlightChanges() const { return m_highlightChanges; }
    void setFilter(const RowFilter& filter);
    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const { return m_groupBy; }
    // The machine's dynamic ranges, for the "in dynamic range" counts and the local-port-range grouping.
    void setPortConfig(const MachinePortConfig& config);
    // pid -> socket-pool label ("DNS server socket pool"); groups of those processes show it.
    void setSocketPools(QHash<std::uint32_t, QString> pools);
    void clear();

    QModelIndex indexOfSlot(std::uint32_t slot, int column = 0) const;
    QModelIndex indexOfGroup(const QString& key, int column = 0) const;
    std::uint32_t slotOf(const QModelIndex& index) const; // UINT32_MAX for groups
    const TableRow* rowOfSlot(std::uint32_t slot) const;
    Counts countsOf(const QModelIndex& groupIndex) const;

    static QString columnTitle(int column);

private:
    struct Group;
    void backgroundChanged(); // every shown endpoint line's BackgroundRole
    // What the tree adds to a stored row (the row itself lives in the RowStore): its group, and whether it is
    // shown among the group's children, kept in the pointer's low bit (Group is 8-aligned). 8 bytes per endpoint
    // instead of 16; issue #7 budgets 300 bytes per endpoint for the whole app.
    class Slot
    {
    public:
        Group* group() const { return reinterpret_cast<Group*>(m_bits & ~std::uintptr_t(1)); }
        bool visible() const { return m_bits & 1; }
        void setGroup(Group* group) { m_bits = reinterpret_cast<std::uintptr_t>(group) | (m_bits & 1); }
        void setVisible(bool visible) { m_bits = (m_bits & ~std::uintptr_t(1)) | std::uintptr_t(visible); }

    private:
        std::uintptr_t m_bits = 0;
    };

    std::string groupKeyOf(const TableRow& row) const;
    QString groupLabelOf(const TableRow& row) const;
    Group& groupFor(const TableRow& row);
    void relabel(Group& group, const TableRow& row);
    const TableRow& rowAt(std::uint32_t slot) const { return (*m_rows)[slot].row; }
    // The row as the tree last placed it: during an update, the row before the update.
    // Moves rows out of and into their groups in bulk: detaching filters each touched group's children once
    // (no comparisons, so it needs no row as it was), attaching sorts the newcomers per group and merges them in.
    // One insert per row cost a memmove of the whole group each: 35 ms per refresh at 100k rows / 10 % churn.
    void detachSlots(const std::vector<std::uint32_t>& members);
    void attachSlots(const std::vector<std::uint32_t>& members);
    void count(Group* group, const Endpoint& e, int sign);
    bool childLess(std::uint32_t a, std::uint32_t b) const;
    bool inDynamicRange(const Endpoint& e) const;
    void rebuildDisplay();
    void regroupAll();
    QString childName(const TableRow& row) const;
    QString ownerText(const TableRow& row) const;

    // Layout changes with persistent indexes remapped by identity (group key or slot).
    struct Identity
    {
        bool group;
        std::string key;
        std::uint32_t slot;
        int column;
    };
    // Call before any child moves; `duringUpdate`: identify rows by what they held before the update.
    std::vector<Identity> beginLayout(bool duringUpdate = false);
    void endLayout(const std::vector<Identity>& identities);

    RowStorePtr m_rows;
    bool m_ownsRows = true;
    std::vector<bool> m_detaching; // by slot, scratch for detachSlots()
    std::vector<Slot> m_slots;
    std::unordered_map<std::string, std::unique_ptr<Group>> m_groups;
    std::vector<Group*> m_display; // groups with visible children, in display order
    RowFilter m_filter;
    GroupBy m_groupBy = GroupBy::Process;
    MachinePortConfig m_config;
    QHash<std::uint32_t, QString> m_pools;
    std::unordered_set<EndpointKey, EndpointKeyHash> m_conflictKeys;
    bool m_highlightChanges = true;
};

} // namespace portolan
