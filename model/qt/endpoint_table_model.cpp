#include "endpoint_table_model.h"

#include "core/logging.h"
#include "core/service_names.h"
#include "host_name_cache.h"
#include "row_background.h"
#include "state_text.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace portolan {

namespace {
int compareText(std::string_view a, std::string_view b)
{
    // Case-insensitive ASCII order: process and user names are ASCII in practice, and this avoids building
    // QStrings for every comparison of a 100k-row sort.
    const auto n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        auto ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[i]);
        if (ca >= 'A' && ca <= 'Z')
            ca += 32;
        if (cb >= 'A' && cb <= 'Z')
            cb += 32;
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The locale's time with seconds ("HH:mm:ss" in German, "h:mm:ss AP" in American English): its short format has
// no seconds, its long one a time zone.
QString timeText(std::int64_t msecsSinceEpoch)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s'))) {
        if (const auto minutes = format.indexOf(QLatin1String("mm")); minutes >= 0)
            format.insert(minutes + 2, QStringLiteral(":ss"));
    }
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch), format);
}

template<typename T> int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Named rows first, by name, then the rest by address.
int compareHosts(const QString& na, const QString& nb, const Endpoint& x, const Endpoint& y)
{
    if (na.isEmpty() != nb.isEmpty())
        return na.isEmpty() ? 1 : -1;
    if (int c = na.compare(nb, Qt::CaseInsensitive))
        return c < 0 ? -1 : 1;
    return compareValues(x.remoteAddress, y.remoteAddress);
}
} // namespace

EndpointTableModel::EndpointTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_shared<RowStore>())
{
    initResortTimer();
}

EndpointTableModel::EndpointTableModel(RowStorePtr sharedRows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::move(sharedRows))
    , m_ownsRows(false)
{
    initResortTimer();
}

void EndpointTableModel::initResortTimer()
{
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(1000);
    connect(&m_resortTimer, &QTimer::timeout, this, [this] {
        if (m_sortColumn == RemoteHostColumn && m_hostNames && m_hostNames->generation() != m_sortedNames)
            resort();
    });
}

QString EndpointTableModel::columnTitle(int column)
{
    switch (column) {
    case ProcessColumn:
        return tr("Process");
    case PidColumn:
        return tr("PID");
    case ProtocolColumn:
        return tr("Protocol");
    case LocalAddressColumn:
        return tr("Local address");
    case LocalPortColumn:
        return tr("Local port");
    case RemoteAddressColumn:
        return tr("Remote address");
    case RemotePortColumn:
        return tr("Remote port");
    case StateColumn:
        return tr("State");
    case ServiceColumn:
        return tr("Service");
    case UserColumn:
        return tr("User");
    case FirstSeenColumn:
        return tr("First seen");
    case RemoteHostColumn:
        return tr("Remote host");
    }
    return {};
}

int EndpointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int EndpointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EndpointTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Headers stay left-aligned: right-aligned titles get clipped by the sort arrow in narrow columns.
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QString EndpointTableModel::ownerText(const TableRow& row) const
{
    if (row.owner) {
        QString text = QString::fromStdString(row.owner->displayName());
        if (row.endpoint.extraOwners)
            text += tr(" (+%Ln more)", "other processes sharing the socket", row.endpoint.extraOwners);
        if (const auto pool = m_pools.value(row.endpoint.pid); !pool.isEmpty())
            text += tr(" — %1").arg(pool);
        return text;
    }
    const Endpoint& e = row.endpoint;
    switch (e.ownerStatus) {
    case OwnerStatus::Kernel:
        if (e.state == SocketState::TimeWait)
            return tr("[time wait]", "socket held by the kernel after close, no process");
        return e.pid == 4 ? tr("System") : tr("[system]");
    case OwnerStatus::AccessDenied:
        return tr("[access denied]");
    case OwnerStatus::Resolved:
        return tr("[pid %1]").arg(e.pid);
    case OwnerStatus::Unknown:
        break;
    }
    return tr("[unknown]");
}

QString EndpointTableModel::userText(const TableRow& row) const
{
    if (row.owner && !row.owner->user.empty())
        return QString::fromStdString(row.owner->user);
    return m_userNames.value(row.endpoint.uid);
}

QString EndpointTableModel::serviceText(const TableRow& row) const
{
    const auto name = serviceNameOf(row.endpoint);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString EndpointTableModel::remoteHostName(const Endpoint& endpoint) const
{
    if (!m_hostNames || endpoint.remoteAddress.isUnspecified())
        return {};
    return m_hostNames->peek(QString::fromStdString(endpoint.remoteAddress.toString())).name;
}

QVariant EndpointTableModel::hostData(const Endpoint& endpoint, int role) const
{
    if (!m_hostNames || endpoint.remoteAddress.isUnspecified())
        return {};
    // Asked from data(): only rows a view paints start a lookup.
    const auto answer = m_hostNames->lookup(QString::fromStdString(endpoint.remoteAddress.toString()));
    if (role == Qt::DisplayRole)
        return answer.name;
    switch (answer.state) {
    case HostNameCache::State::Off:
        return tr("Name lookups are off (View > Resolve remote addresses)");
    case HostNameCache::State::Pending:
        return answer.name.isEmpty() ? tr("Looking up the name…") : answer.name;
    case HostNameCache::State::Named:
        return answer.name;
    case HostNameCache::State::Unnamed:
        return tr("No name: %1").arg(answer.detail);
    }
    return {};
}

void EndpointTableModel::setHostNames(HostNameCache* names)
{
    if (m_hostNames)
        disconnect(m_hostNames, nullptr, this, nullptr);
    m_hostNames = names;
    if (m_hostNames)
        connect(m_hostNames, &HostNameCache::namesChanged, this, &EndpointTableModel::hostNamesChanged);
    hostNamesChanged();
}

void EndpointTableModel::hostNamesChanged()
{
    if (m_visible.empty())
        return;
    Q_EMIT dataChanged(
        index(0, RemoteHostColumn), index(rowCount() - 1, RemoteHostColumn), { Qt::DisplayRole, Qt::ToolTipRole });
    // Names landed under a sort by name: the rows move to their new places (one layout change, selection kept),
    // at most once a second while answers stream in (a re-sort of 100,000 rows costs tens of milliseconds),
    // and at the latest with the next refresh (applyUpdate).
    if (m_sortColumn == RemoteHostColumn && !m_resortTimer.isActive())
        m_resortTimer.start();
}

QVariant EndpointTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_visible.size()))
        return {};
    const RowStore::Entry& slot = entryAt(index.row());
    const TableRow& row = slot.row;
    const Endpoint& e = row.endpoint;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProcessColumn:
            return ownerText(row);
        case PidColumn: // text: the view's delegate would group a number's digits by the locale ("49.152")
            return e.pid || e.ownerStatus == OwnerStatus::Resolved ? QVariant(QString::number(e.pid)) : QVariant();
        case ProtocolColumn:
            return e.family() == Family::IPv6 ? (e.protocol == Protocol::Tcp ? tr("TCPv6") : tr("UDPv6"))
                                              : (e.protocol == Protocol::Tcp ? tr("TCP") : tr("UDP"));
        case LocalAddressColumn:
            return QString::fromStdString(e.localAddress.toString());
        case LocalPortColumn:
            return QString::number(e.localPort);
        case RemoteAddressColumn:
            return QString::fromStdString(e.remoteAddress.toString());
        case RemotePortColumn:
            return QString::number(e.remotePort);
        case StateColumn:
            return stateText(e.state);
        case ServiceColumn:
            return serviceText(row);
        case UserColumn:
            return userText(row);
        case FirstSeenColumn:
            return row.firstSeenMs ? timeText(row.firstSeenMs) : QString();
        case RemoteHostColumn:
            return hostData(e, role);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn || index.column() == LocalPortColumn || index.column() == RemotePortColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return rowForeground(data(index, Qt::BackgroundRole));
    case Qt::BackgroundRole:
        return rowBackground(
            slot.phase, !m_conflictKeys.empty() && m_conflictKeys.contains(EndpointKey::of(e)), m_highlightChanges);
    case Qt::ToolTipRole:
        if (index.column() == ProcessColumn && row.owner) {
            QString tip = QString::fromStdString(row.owner->executablePath);
            if (!row.owner->commandLine.empty())
                tip += QLatin1Char('\n') + QString::fromStdString(row.owner->commandLine);
            return tip.trimmed();
        }
        if (index.column() == RemoteHostColumn)
            return hostData(e, role);
        return {};
    case PhaseRole:
        return static_cast<int>(slot.phase);
    case SlotRole:
        return m_visible[static_cast<std::size_t>(index.row())];
    case PidRole:
        return e.pid;
    }
    return {};
}

int EndpointTableModel::compareColumn(const TableRow& a, const TableRow& b) const
{
    const Endpoint& x = a.endpoint;
    const Endpoint& y = b.endpoint;
    switch (m_sortColumn) {
    case ProcessColumn: {
        // Rows without a process ("[time wait]") after named processes: a TIME_WAIT flood must not bury them.
        if (bool(a.owner) != bool(b.owner))
            return a.owner ? -1 : 1;
        const std::string_view na = a.owner ? std::string_view(a.owner->name) : unownedLabel(x);
        const std::string_view nb = b.owner ? std::string_view(b.owner->name) : unownedLabel(y);
        if (int c = compareText(na, nb))
            return c;
        return compareValues(x.pid, y.pid);
    }
    case PidColumn:
        return compareValues(x.pid, y.pid);
    case ProtocolColumn:
        if (int c = compareValues(x.protocol, y.protocol))
            return c;
        return compareValues(x.family(), y.family());
    case LocalAddressColumn:
        if (int c = compareValues(x.localAddress, y.localAddress))
            return c;
        return compareValues(x.localPort, y.localPort);
    case LocalPortColumn:
        return compareValues(x.localPort, y.localPort);
    case RemoteAddressColumn:
        if (int c = compareValues(x.remoteAddress, y.remoteAddress))
            return c;
        return compareValues(x.remotePort, y.remotePort);
    case RemotePortColumn:
        return compareValues(x.remotePort, y.remotePort);
    case StateColumn:
        return compareValues(x.state, y.state);
    case ServiceColumn:
        return compareText(serviceNameOf(x), serviceNameOf(y));
    case UserColumn: {
        const std::string empty;
        const std::string& ua = a.owner ? a.owner->user : empty;
        const std::string& ub = b.owner ? b.owner->user : empty;
        if (int c = compareText(ua, ub))
            return c;
        return compareValues(x.uid, y.uid);
    }
    case FirstSeenColumn:
        return compareValues(a.firstSeenMs, b.firstSeenMs);
    case RemoteHostColumn:
        // Known names only (peek never queues a lookup).
        return compareHosts(remoteHostName(x), remoteHostName(y), x, y);
    }
    return 0;
}

bool EndpointTableModel::less(std::uint32_t a, std::uint32_t b) const
{
    const TableRow& ra = (*m_rows)[a].row;
    const TableRow& rb = (*m_rows)[b].row;
    // Rows without a process stay after the named ones in both orders: descending must not put a TIME_WAIT flood
    // on top either.
    if (m_sortColumn == ProcessColumn && bool(ra.owner) != bool(rb.owner))
        return bool(ra.owner);
    int c = m_sortNames.empty() ? compareColumn(ra, rb)
                                : compareHosts(m_sortNames[a], m_sortNames[b], ra.endpoint, rb.endpoint);
    if (m_sortOrder == Qt::DescendingOrder)
        c = -c;
    if (c != 0)
        return c < 0;
    return ra.sequence < rb.sequence; // stable, total order: equal keys keep first-seen order
}

bool EndpointTableModel::matches(const TableRow& row) const
{
    return m_filter.isEmpty() || rowMatches(row, m_filter);
}

bool EndpointTableModel::rowMatches(const TableRow& row, const RowFilter& filter) const
{
    static const std::string none;
    const std::string* user = &none;
    if (row.owner)
        user = &row.owner->user;
    else if (const auto* name = m_rows->userName(row.endpoint.uid))
        user = name;
    return filter.matches(row, unownedLabel(row.endpoint), *user);
}

int EndpointTableModel::findRow(const RowFilter& filter, int from, bool forward) const
{
    const int rows = rowCount();
    if (rows == 0)
        return -1;
    if (from < 0 || from >= rows)
        from = forward ? -1 : rows; // no current row: the first match from the top, or from the bottom
    // From the row after (or before) `from`, around the end, and `from` itself last: F3 on the only match stays.
    for (int step = 1; step <= rows; ++step) {
        const int r = ((from + (forward ? step : -step)) % rows + rows) % rows;
        if (entryAt(r).phase != RowPhase::Closing && rowMatches(entryAt(r).row, filter))
            return r;
    }
    return -1;
}

int EndpointTableModel::rowOfSlot(std::uint32_t slot) const
{
    return slot < m_position.size() ? m_position[slot] : -1;
}

void EndpointTableModel::rebuildPositions()
{
    std::fill(m_position.begin(), m_position.end(), -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_position[m_visible[i]] = static_cast<std::int32_t>(i);
}

void EndpointTableModel::applyUpdate(const TableUpdate& update)
{
    if (m_ownsRows)
        m_rows->apply(update);
    if (m_position.size() < m_rows->size())
        m_position.resize(m_rows->size(), -1);
    for (const auto& [uid, name] : update.userNames)
        if (!m_userNames.contains(uid))
            m_userNames.insert(uid, QString::fromStdString(name));

    std::vector<int> removePositions;
    std::vector<std::uint32_t> insertSlots;
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> moved;

    // Retired rows leave; their slots may be refilled by `added` below, so take positions first.
    for (const auto slot : update.retired)
        if (m_position[slot] >= 0)
            removePositions.push_back(m_position[slot]);
    for (const auto slot : update.settled)
        touched.push_back(slot);
    for (const auto slot : update.closing)
        touched.push_back(slot);
    for (const auto& [slot, unused] : update.changed) {
        const TableRow& row = (*m_rows)[slot].row;
        const bool wasVisible = m_position[slot] >= 0;
        const bool keyChanged = compareColumn(m_rows->rowBefore(slot), row) != 0;
        const bool nowMatches = matches(row);
        if (wasVisible && (keyChanged || !nowMatches))
            removePositions.push_back(m_position[slot]);
        if (nowMatches && (keyChanged || !wasVisible))
            insertSlots.push_back(slot);
        else if (wasVisible && nowMatches)
            touched.push_back(slot);
        if (wasVisible && nowMatches && keyChanged)
            moved.push_back(slot);
    }
    for (const auto& [slot, unused] : update.added)
        if (matches((*m_rows)[slot].row))
            insertSlots.push_back(slot);

    applyStructural(std::move(removePositions), std::move(insertSlots), moved);

    std::vector<int> rows;
    rows.reserve(touched.size());
    for (const auto slot : touched)
        if (m_position[slot] >= 0)
            rows.push_back(m_position[slot]);
    emitDataChanged(std::move(rows));
    // Sorted by Remote host and names landed since the last sort: the binary searches above ran over rows ordered
    // by the older names, so some rows may sit out of place; one re-sort puts every row right.
    if (m_sortColumn == RemoteHostColumn && m_hostNames && m_hostNames->generation() != m_sortedNames)
        resort();
}

void EndpointTableModel::applyStructural(
    std::vector<int> removePositions, std::vector<std::uint32_t> insertSlots, const std::vector<std::uint32_t>& moved)
{
    if (removePositions.empty() && insertSlots.empty())
        return;
    std::sort(removePositions.begin(), removePositions.end());
    removePositions.erase(std::unique(removePositions.begin(), removePositions.end()), removePositions.end());
    std::sort(insertSlots.begin(), insertSlots.end(), [this](auto a, auto b) { return less(a, b); });

    // Count runs to choose the strategy. Removal runs are contiguous positions; insertion runs share an
    // insertion point, which an upper bound counts without doing the searches twice.
    std::size_t removeRuns = 0;
    for (std::size_t i = 0; i < removePositions.size(); ++i)
        if (i == 0 || removePositions[i] != removePositions[i - 1] + 1)
            ++removeRuns;
    // A moved row keeps its selection only through a layout change; runs would remove it and insert another.
    if (!moved.empty()
        || (removeRuns + insertSlots.size() > static_cast<std::size_t>(m_structuralRunLimit) && !m_visible.empty()))
        applyAsLayoutChange(removePositions, insertSlots, moved);
    else
        applyAsRuns(removePositions, insertSlots);
    rebuildPositions();
}

void EndpointTableModel::applyAsRuns(std::vector<int>& removePositions, std::vector<std::uint32_t>& insertSlots)
{
    // Bottom-up, so earlier positions stay valid.
    for (std::size_t end = removePositions.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && removePositions[begin - 1] == removePositions[begin] - 1)
            --begin;
        const int first = removePositions[begin];
        const int last = removePositions[end - 1];
        beginRemoveRows({}, first, last);
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
        endRemoveRows();
        end = begin;
    }
    // Top-down: each run goes where binary search on the sort keys puts it.
    for (std::size_t i = 0; i < insertSlots.size();) {
        const auto at = static_cast<int>(std::lower_bound(m_visible.begin(), m_visible.end(), insertSlots[i],
                                             [this](auto a, auto b) { return less(a, b); })
            - m_visible.begin());
        std::size_t j = i + 1;
        while (j < insertSlots.size()
            && (static_cast<std::size_t>(at) == m_visible.size() || less(insertSlots[j], m_visible[at])))
            ++j;
        beginInsertRows({}, at, at + static_cast<int>(j - i) - 1);
        m_visible.insert(m_visible.begin() + at, insertSlots.begin() + static_cast<long>(i),
            insertSlots.begin() + static_cast<long>(j));
        endInsertRows();
        i = j;
    }
}

void EndpointTableModel::applyAsLayoutChange(
    std::vector<int>& removePositions, std::vector<std::uint32_t>& insertSlots, const std::vector<std::uint32_t>& moved)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    // Old row -> new row, -1 for removed rows: what the persistent indexes need, and cheap to fill while the new
    // vector is assembled.
    std::vector<std::int32_t> newRowOf(m_visible.size(), -1);
    // Moved rows leave and re-enter like any other, but they are the same rows: their old rows map to where they
    // land, once the positions are rebuilt.
    std::vector<std::pair<std::uint32_t, std::int32_t>> movedFrom;
    movedFrom.reserve(moved.size());
    for (const auto slot : moved)
        movedFrom.emplace_back(slot, m_position[slot]);
    // Insertion points are found by binary search in the old vector (k log n comparisons instead of a full
    // merge's n: at 100k rows and 1 % churn that is 17k comparisons instead of 100k), then the new vector is
    // assembled by block copies between them.
    std::vector<std::size_t> insertAt(insertSlots.size());
    {
        std::vector<bool> removed(m_visible.size(), false);
        for (int p : removePositions)
            removed[static_cast<std::size_t>(p)] = true;
        // Removed rows may have stale keys (a moved row): search among the kept ones only.
        std::vector<std::uint32_t> kept;
        kept.reserve(m_visible.size() - removePositions.size());
        std::vector<std::size_t> keptOldRow;
        keptOldRow.reserve(kept.capacity());
        for (std::size_t i = 0; i < m_visible.size(); ++i)
            if (!removed[i]) {
                kept.push_back(m_visible[i]);
                keptOldRow.push_back(i);
            }
        auto cursor = kept.begin();
        for (std::size_t k = 0; k < insertSlots.size(); ++k) {
            cursor
                = std::lower_bound(cursor, kept.end(), insertSlots[k], [this](auto a, auto b) { return less(a, b); });
            insertAt[k] = static_cast<std::size_t>(cursor - kept.begin());
        }
        std::vector<std::uint32_t> next;
        next.reserve(kept.size() + insertSlots.size());
        std::size_t from = 0;
        for (std::size_t k = 0; k <= insertSlots.size(); ++k) {
            const std::size_t to = k < insertSlots.size() ? insertAt[k] : kept.size();
            for (std::size_t i = from; i < to; ++i) {
                newRowOf[keptOldRow[i]] = static_cast<std::int32_t>(next.size());
                next.push_back(kept[i]);
            }
            from = to;
            if (k < insertSlots.size())
                next.push_back(insertSlots[k]);
        }
        m_visible = std::move(next);
    }
    if (!movedFrom.empty()) {
        rebuildPositions();
        for (const auto& [slot, oldRow] : movedFrom)
            newRowOf[static_cast<std::size_t>(oldRow)] = m_position[slot];
    }
    const auto persistent = persistentIndexList();
    QModelIndexList mapped;
    mapped.reserve(persistent.size());
    for (const auto& index : persistent) {
        const auto old = static_cast<std::size_t>(index.row());
        const int row = old < newRowOf.size() ? newRowOf[old] : -1;
        mapped.push_back(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    changePersistentIndexList(persistent, mapped);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void EndpointTableModel::emitDataChanged(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal per contiguous run (libksysguard eff50b6e). Roles are given so that views and proxies that
    // honour them can skip work.
    const QList<int> roles { Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole, PhaseRole,
        PidRole };
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j - 1], ColumnCount - 1), roles);
        i = j;
    }
}

void EndpointTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void EndpointTableModel::resort()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<std::uint32_t> before = m_visible;
    if (m_sortColumn == RemoteHostColumn && m_hostNames)
        m_sortedNames = m_hostNames->generation();
    if (m_sortColumn == RemoteHostColumn) {
        // Each row's name once, not twice per comparison (an address's text and a hash lookup each time).
        m_sortNames.assign(m_rows->size(), QString());
        for (const std::uint32_t slot : m_visible)
            m_sortNames[slot] = remoteHostName((*m_rows)[slot].row.endpoint);
    }
    std::sort(m_visible.begin(), m_visible.end(), [this](auto a, auto b) { return less(a, b); });
    m_sortNames.clear();
    rebuildPositions();
    const auto persistent = persistentIndexList();
    QModelIndexList mapped;
    mapped.reserve(persistent.size());
    for (const auto& index : persistent)
        mapped.push_back(createIndex(m_position[before[static_cast<std::size_t>(index.row())]], index.column()));
    changePersistentIndexList(persistent, mapped);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EndpointTableModel::setFilter(const RowFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    std::vector<int> removePositions;
    std::vector<std::uint32_t> insertSlots;
    for (std::uint32_t slot = 0; slot < m_rows->size(); ++slot) {
        const RowStore::Entry& entry = (*m_rows)[slot];
        if (!entry.alive)
            continue;
        const bool visible = m_position[slot] >= 0;
        const bool wanted = matches(entry.row);
        if (visible && !wanted)
            removePositions.push_back(m_position[slot]);
        else if (!visible && wanted)
            insertSlots.push_back(slot);
    }
    applyStructural(std::move(removePositions), std::move(insertSlots));
}

void EndpointTableModel::clear()
{
    beginResetModel();
    if (m_ownsRows)
        m_rows->clear();
    m_visible.clear();
    m_position.clear();
    m_userNames.clear();
    endResetModel();
}

} // namespace portolan

namespace portolan {

void EndpointTableModel::setConflictKeys(std::unordered_set<EndpointKey, EndpointKeyHash> keys)
{
    if (keys == m_conflictKeys)
        return;
    m_conflictKeys = std::move(keys);
    backgroundChanged();
}

void EndpointTableModel::setHighlightChanges(bool on)
{
    if (on == m_highlightChanges)
        return;
    m_highlightChanges = on;
    backgroundChanged();
}

void EndpointTableModel::backgroundChanged()
{
    if (!m_visible.empty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

} // namespace portolan

namespace portolan {

void EndpointTableModel::setSocketPools(QHash<std::uint32_t, QString> pools)
{
    if (pools == m_pools)
        return;
    m_pools = std::move(pools);
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, ProcessColumn), index(rowCount() - 1, ProcessColumn), { Qt::DisplayRole });
}

} // namespace portolan
