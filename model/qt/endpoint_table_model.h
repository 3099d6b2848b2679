#pragma once

#include "core/table_update.h"
#include "row_filter.h"
#include "row_store.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace portolan {

// The flat socket table. It sorts and filters itself instead of sitting behind a QSortFilterProxyModel:
// with 100k rows a proxy re-sorts and re-maps on every structural change (openpilot PR #26150 measured >10 ms for
// 500 rows; Wireshark's packet list owns its visible-row vector for the same reason, style-anchors.md 2.5-2.6).
//
// Rows live in slots numbered by the worker (TableTracker); m_visible lists the slots on screen in sort order
// and m_position is its reverse index. A refresh is applied as removal runs (bottom-up), insertion runs
// (top-down, each new row placed by binary search on precomputed keys) and coalesced dataChanged runs. When a
// refresh would need more than `structuralRunLimit` runs, one layout change with persistent-index remapping is
// cheaper than thousands of begin/end pairs (qBittorrent switches strategy the same way past 50 %). Rows whose
// sort key changed (a state change while sorted by state) also go through the layout change: as a removal and an
// insertion they would lose their selection and the current row.
class HostNameCache;

class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProcessColumn,
        PidColumn,
        ProtocolColumn,
        LocalAddressColumn,
        LocalPortColumn,
        RemoteAddressColumn,
        RemotePortColumn,
        StateColumn,
        ServiceColumn,
        UserColumn,
        FirstSeenColumn,
        // Reverse DNS of the remote address, from a HostNameCache; last, so that stored header layouts of
        // earlier versions keep their columns, and hidden until resolving is switched on.
        RemoteHostColumn,
        ColumnCount
    };
    enum Role {
        PhaseRole = Qt::UserRole + 1, // RowPhase as int
        SlotRole,
        PidRole, // owning pid, 0 when none
    };

    // A model with rows of its own: applyUpdate() applies to them.
    explicit EndpointTableModel(QObject* parent = nullptr);
    // A model over a store shared with other models: its owner applies each update to the store first, then
    // every model applies the same update (MainWindow does; see RowStore).
    explicit EndpointTableModel(RowStorePtr sharedRows, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void applyUpdate(const TableUpdate& update);
    // pid -> socket-pool label ("DNS server socket pool"): shown after the process name.
    void setSocketPools(QHash<std::uint32_t, QString> pools);
    // Rows of these endpoints are tinted: the evidence of conflict findings.
    void setConflictKeys(std::unordered_set<EndpointKey, EndpointKeyHash> keys);
    // New and closing rows are green and red for one refresh (on by default; off in low-bandwidth mode).
    void setHighlightChanges(bool on);
    bool highlightChanges() const { return m_highlightChanges; }
    void setFilter(const RowFilter& filter);
    const RowFilter& filter() const { return m_filter; }
    // Where the Remote host column reads names (null: the column stays empty). Names are asked for as rows are
    // painted; when answers arrive the column repaints (and re-sorts, when sorted by it).
    void setHostNames(HostNameCache* names);
    // Removes every row (switching between live and a capture).
    void clear();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const TableRow& rowAt(int row) const { return entryAt(row).row; }
    RowPhase phaseAt(int row) const { return entryAt(row).phase; }
    int rowOfSlot(std::uint32_t slot) const;
    // Find next / previous (F3, Shift+F3): the first shown row after `from` (before it when !forward), around the
    // end, that `filter` matches; -1 when none does. Closing rows are skipped. `from` may be -1 (from the top).
    int findRow(const RowFilter& filter, int from, bool forward) const;
    // Whether `filter` matches `row` as this table filters (the same process label and user name).
    bool rowMatches(const TableRow& row, const RowFilter& filter) const;
    std::size_t liveRowCount() const { return m_rows->liveRows(); } // rows not Closing, visible or not

    // Tests lower it to exercise both apply strategies.
    void setStructuralRunLimit(int limit) { m_structuralRunLimit = limit; }
    // Sorted by Remote host: how long after names land the rows move (1 s; the next refresh moves them anyway).
    void setResortDelay(int ms) { m_resortTimer.setInterval(ms); }

    static QString columnTitle(int column);

private:
    void backgroundChanged(); // every shown row's BackgroundRole
    const RowStore::Entry& entryAt(int row) const { return (*m_rows)[m_visible[static_cast<std::size_t>(row)]]; }
    bool less(std::uint32_t a, std::uint32_t b) const;
    int compareColumn(const TableRow& a, const TableRow& b) const;
    bool matches(const TableRow& row) const;
    QString ownerText(const TableRow& row) const;
    QString userText(const TableRow& row) const;
    QString serviceText(const TableRow& row) const;
    QVariant hostData(const Endpoint& endpoint, int role) const;
    QString remoteHostName(const Endpoint& endpoint) const; // known name, never queues a lookup
    void resort();
    void initResortTimer();
    void hostNamesChanged();
    // Takes the rows at `removePositions` out of the view and puts `insertSlots` in; rebuilds m_position.
    // `moved` lists the slots that are in both (same row, new sort key): their persistent indexes follow them.
    void applyStructural(std::vector<int> removePositions, std::vector<std::uint32_t> insertSlots,
        const std::vector<std::uint32_t>& moved = {});
    void applyAsRuns(std::vector<int>& removePositions, std::vector<std::uint32_t>& insertSlots);
    void applyAsLayoutChange(std::vector<int>& removePositions, std::vector<std::uint32_t>& insertSlots,
        const std::vector<std::uint32_t>& moved);
    void rebuildPositions();
    void emitDataChanged(std::vector<int> rows);

    RowStorePtr m_rows;
    bool m_ownsRows = true;
    std::vector<std::uint32_t> m_visible;
    std::vector<std::int32_t> m_position; // slot -> row, -1 when not shown
    int m_sortColumn = ProcessColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RowFilter m_filter;
    int m_structuralRunLimit = 64;
    QHash<std::uint32_t, QString> m_userNames;
    QHash<std::uint32_t, QString> m_pools;
    std::unordered_set<EndpointKey, EndpointKeyHash> m_conflictKeys;
    bool m_highlightChanges = true;
    HostNameCache* m_hostNames = nullptr;
    std::vector<QString> m_sortNames; // by slot, during resort() by the Remote host column only
    std::uint64_t m_sortedNames = 0; // the HostNameCache generation the rows were last sorted with
    QTimer m_resortTimer;
};

} // namespace portolan
