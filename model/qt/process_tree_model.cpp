#include "process_tree_model.h"

#include "core/service_names.h"
#include "row_background.h"
#include "state_text.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace portolan {

struct ProcessTreeModel::Group
{
    std::string key;
    QString label;
    std::uint32_t pid = 0;
    ProcessInfoPtr owner;
    bool owned = false;
    Counts counts;
    std::size_t members = 0; // rows of any phase, visible or not
    std::vector<std::uint32_t> children; // visible slots, sorted by childLess
    int row = -1; // in m_display, -1 when not shown
};

namespace {
constexpr quintptr kNoGroup = 0;

QString endpointText(const IpAddress& address, std::uint16_t port)
{
    const auto text = QString::fromStdString(address.toString());
    return address.family == Family::IPv6 ? QStringLiteral("[%1]:%2").arg(text).arg(port)
                                          : QStringLiteral("%1:%2").arg(text).arg(port);
}
} // namespace

ProcessTreeModel::ProcessTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_rows(std::make_shared<RowStore>())
{ }

ProcessTreeModel::ProcessTreeModel(RowStorePtr sharedRows, QObject* parent)
    : QAbstractItemModel(parent)
    , m_rows(std::move(sharedRows))
    , m_ownsRows(false)
{ }

ProcessTreeModel::~ProcessTreeModel() = default;

QString ProcessTreeModel::columnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Process / endpoint");
    case PidColumn:
        return tr("PID");
    case StateColumn:
        return tr("State");
    case RemoteColumn:
        return tr("Remote");
    case EndpointsColumn:
        return tr("Endpoints");
    case ListeningColumn:
        return tr("TCP listening");
    case EstablishedColumn:
        return tr("TCP established");
    case TimeWaitColumn:
        return tr("TIME_WAIT");
    case OtherTcpColumn:
        return tr("TCP other");
    case UdpColumn:
        return tr("UDP");
    case InDynamicColumn:
        return tr("In dynamic range");
    case DynamicShareColumn:
        return tr("Share of dynamic range");
    case DetailsColumn:
        return tr("Services / command line");
    }
    return {};
}

bool ProcessTreeModel::inDynamicRange(const Endpoint& e) const
{
    const auto* range = m_config.dynamicRange(e.protocol, e.family());
    return range && range->range.contains(e.localPort);
}

std::string ProcessTreeModel::groupKeyOf(const TableRow& row) const
{
    const Endpoint& e = row.endpoint;
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string chains.
    std::string key;
    switch (m_groupBy) {
    case GroupBy::Process:
        if (row.owner) {
            key = "p";
            key += std::to_string(row.owner->pid);
            key += ':';
            key += std::to_string(row.owner->startTime);
            return key;
        }
        key = "u";
        key += unownedLabel(e);
        return key;
    case GroupBy::Service:
        key = "s";
        key += serviceNameOf(e);
        return key;
    case GroupBy::RemoteAddress:
        key = "r";
        if (!e.remoteAddress.isUnspecified())
            key += e.remoteAddress.toString();
        return key;
    case GroupBy::LocalPortRange: {
        // The bounds are part of the key: TCP and UDP (or IPv4 and IPv6) may have different dynamic ranges on
        // Windows, and each group's label names its own range.
        const auto* range = m_config.dynamicRange(e.protocol, e.family());
        if (e.localPort < 1024)
            return "l0";
        if (!range)
            return "l1";
        if (e.localPort < range->range.first) {
            key = "l1:";
            key += std::to_string(range->range.first);
        } else if (e.localPort <= range->range.last) {
            key = "l2:";
            key += std::to_string(range->range.first);
            key += '-';
            key += std::to_string(range->range.last);
        } else {
            key = "l3:";
            key += std::to_string(range->range.last);
        }
        return key;
    }
    }
    return {};
}

QString ProcessTreeModel::ownerText(const TableRow& row) const
{
    if (row.owner)
        return QString::fromStdString(row.owner->displayName());
    switch (row.endpoint.ownerStatus) {
    case OwnerStatus::Kernel:
        return row.endpoint.state == SocketState::TimeWait ? tr("[time wait]", "socket held by the kernel after close")
                                                           : tr("[system]");
    case OwnerStatus::AccessDenied:
        return tr("[access denied]");
    default:
        return tr("[unknown]");
    }
}

QString ProcessTreeModel::groupLabelOf(const TableRow& row) const
{
    const Endpoint& e = row.endpoint;
    switch (m_groupBy) {
    case GroupBy::Process:
        return ownerText(row);
    case GroupBy::Service: {
        const auto name = serviceNameOf(e);
        return name.empty() ? tr("(no service name)") : QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    case GroupBy::RemoteAddress:
        return e.remoteAddress.isUnspecified() ? tr("(not connected)")
                                               : QString::fromStdString(e.remoteAddress.toString());
    case GroupBy::LocalPortRange: {
        const auto* range = m_config.dynamicRange(e.protocol, e.family());
        if (e.localPort < 1024)
            return tr("Well-known ports 0–1023");
        if (!range)
            return tr("Ports 1024–65535");
        if (e.localPort < range->range.first)
            return tr("Registered ports 1024–%1").arg(range->range.first - 1);
        if (e.localPort <= range->range.last)
            return tr("Dynamic range %1–%2").arg(range->range.first).arg(range->range.last);
        return tr("Above the dynamic range %1–65535").arg(range->range.last + 1);
    }
    }
    return {};
}

ProcessTreeModel::Group& ProcessTreeModel::groupFor(const TableRow& row)
{
    auto key = groupKeyOf(row);
    auto& slot = m_groups[key];
    if (!slot) {
        slot = std::make_unique<Group>();
        slot->key = std::move(key);
        slot->owned = m_groupBy != GroupBy::Process || row.owner != nullptr;
        if (m_groupBy == GroupBy::Process && row.owner) {
            slot->pid = row.owner->pid;
            slot->owner = row.owner;
        }
    }
    relabel(*slot, row);
    return *slot;
}

void ProcessTreeModel::relabel(Group& group, const TableRow& row)
{
    // A process's services can be learnt later (Windows refreshes them every few seconds): keep the newest.
    if (m_groupBy == GroupBy::Process && row.owner)
        group.owner = row.owner;
    group.label = groupLabelOf(row);
}

bool ProcessTreeModel::childLess(std::uint32_t a, std::uint32_t b) const
{
    const TableRow& x = rowAt(a);
    const TableRow& y = rowAt(b);
    if (x.endpoint.protocol != y.endpoint.protocol)
        return x.endpoint.protocol < y.endpoint.protocol;
    if (x.endpoint.localPort != y.endpoint.localPort)
        return x.endpoint.localPort < y.endpoint.localPort;
    return x.sequence < y.sequence;
}

void ProcessTreeModel::count(Group* group, const Endpoint& e, int sign)
{
    Counts& c = group->counts;
    c.endpoints += sign;
    if (e.protocol == Protocol::Udp)
        c.udp += sign;
    else if (e.state == SocketState::Listen)
        c.listening += sign;
    else if (e.state == SocketState::Established)
        c.established += sign;
    else if (e.state == SocketState::TimeWait)
        c.timeWait += sign;
    else
        c.otherTcp += sign;
    if (inDynamicRange(e))
        c.inDynamic += sign;
}

void ProcessTreeModel::detachSlots(const std::vector<std::uint32_t>& members)
{
    if (m_detaching.size() < m_slots.size())
        m_detaching.resize(m_slots.size());
    std::vector<Group*> filtered;
    std::vector<Group*> emptied;
    for (const auto slotNumber : members) {
        Slot& slot = m_slots[slotNumber];
        Group* group = slot.group();
        if (!group)
            continue;
        if (slot.visible()) {
            m_detaching[slotNumber] = true;
            filtered.push_back(group);
        }
        slot.setGroup(nullptr);
        slot.setVisible(false);
        if (--group->members == 0)
            emptied.push_back(group);
    }
    std::sort(filtered.begin(), filtered.end());
    filtered.erase(std::unique(filtered.begin(), filtered.end()), filtered.end());
    for (Group* group : filtered) {
        auto& children = group->children;
        children.erase(std::remove_if(children.begin(), children.end(), [this](auto s) { return m_detaching[s]; }),
            children.end());
    }
    for (const auto slotNumber : members)
        m_detaching[slotNumber] = false;
    for (Group* group : emptied)
        m_groups.erase(group->key); // last: `filtered` may name it
}

void ProcessTreeModel::attachSlots(const std::vector<std::uint32_t>& members)
{
    std::vector<std::pair<Group*, std::uint32_t>> shown;
    shown.reserve(members.size());
    for (const auto slotNumber : members) {
        Slot& slot = m_slots[slotNumber];
        const TableRow& row = rowAt(slotNumber);
        Group& group = groupFor(row);
        slot.setGroup(&group);
        ++group.members;
        const std::string_view label = unownedLabel(row.endpoint);
        std::string_view user;
        if (row.owner)
            user = row.owner->user;
        else if (const auto* name = m_rows->userName(row.endpoint.uid))
            user = *name;
        const bool visible = m_filter.isEmpty() || m_filter.matches(row, label, user);
        slot.setVisible(visible);
        if (visible)
            shown.emplace_back(&group, slotNumber);
    }
    std::sort(shown.begin(), shown.end(), [this](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : childLess(a.second, b.second);
    });
    for (std::size_t i = 0; i < shown.size();) {
        Group* group = shown[i].first;
        auto& children = group->children;
        const auto oldSize = static_cast<std::ptrdiff_t>(children.size());
        for (; i < shown.size() && shown[i].first == group; ++i)
            children.push_back(shown[i].second);
        std::inplace_merge(children.begin(), children.begin() + oldSize, children.end(),
            [this](auto a, auto b) { return childLess(a, b); });
    }
}

void ProcessTreeModel::rebuildDisplay()
{
    // m_display may hold groups erased during this refresh: rebuild it from m_groups without touching it.
    m_display.clear();
    for (auto& [key, group] : m_groups) {
        group->row = -1;
        if (!group->children.empty())
            m_display.push_back(group.get());
    }
    std::sort(m_display.begin(), m_display.end(), [](const Group* a, const Group* b) {
        if (a->owned != b->owned)
            return a->owned;
        if (int c = a->label.compare(b->label, Qt::CaseInsensitive))
            return c < 0;
        return a->key < b->key;
    });
    for (std::size_t i = 0; i < m_display.size(); ++i)
        m_display[i]->row = static_cast<int>(i);
}

std::vector<ProcessTreeModel::Identity> ProcessTreeModel::beginLayout(bool duringUpdate)
{
    Q_EMIT layoutAboutToBeChanged();
    std::vector<Identity> identities;
    const auto persistent = persistentIndexList();
    identities.reserve(static_cast<std::size_t>(persistent.size()));
    for (const auto& index : persistent) {
        if (index.internalId() == kNoGroup) {
            identities.push_back({ true, m_display[static_cast<std::size_t>(index.row())]->key, 0, index.column() });
        } else {
            auto* group = static_cast<Group*>(index.internalPointer());
            const auto slot = group->children[static_cast<std::size_t>(index.row())];
            // The sequence tells a slot's old row from a new row that reuses the slot in the same refresh.
            const auto& row = duringUpdate ? m_rows->rowBefore(slot) : rowAt(slot);
            identities.push_back({ false, std::to_string(row.sequence), slot, index.column() });
        }
    }
    return identities;
}

void ProcessTreeModel::endLayout(const std::vector<Identity>& identities)
{
    rebuildDisplay();
    const auto persistent = persistentIndexList();
    QModelIndexList mapped;
    mapped.reserve(persistent.size());
    for (const auto& id : identities) {
        if (id.group) {
            mapped.push_back(indexOfGroup(QString::fromStdString(id.key), id.column));
            continue;
        }
        const bool same
            = id.slot < m_rows->size() && (*m_rows)[id.slot].alive && std::to_string(rowAt(id.slot).sequence) == id.key;
        mapped.push_back(same ? indexOfSlot(id.slot, id.column) : QModelIndex());
    }
    changePersistentIndexList(persistent, mapped);
    Q_EMIT layoutChanged();
}

QModelIndex ProcessTreeModel::indexOfGroup(const QString& key, int column) const
{
    auto it = m_groups.find(key.toStdString());
    if (it == m_groups.end() || it->second->row < 0)
        return {};
    return createIndex(it->second->row, column, kNoGroup);
}

QModelIndex ProcessTreeModel::indexOfSlot(std::uint32_t slotNumber, int column) const
{
    if (slotNumber >= m_slots.size())
        return {};
    const Slot& slot = m_slots[slotNumber];
    if (!(*m_rows)[slotNumber].alive || !slot.visible() || !slot.group() || slot.group()->row < 0)
        return {};
    const auto& children = slot.group()->children;
    auto it = std::lower_bound(
        children.begin(), children.end(), slotNumber, [this](auto a, auto b) { return childLess(a, b); });
    if (it == children.end() || *it != slotNumber)
        return {};
    return createIndex(static_cast<int>(it - children.begin()), column, slot.group());
}

std::uint32_t ProcessTreeModel::slotOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kNoGroup)
        return UINT32_MAX;
    return static_cast<Group*>(index.internalPointer())->children[static_cast<std::size_t>(index.row())];
}

const TableRow* ProcessTreeModel::rowOfSlot(std::uint32_t slot) const
{
    return slot < m_rows->size() && (*m_rows)[slot].alive ? &rowAt(slot) : nullptr;
}

ProcessTreeModel::Counts ProcessTreeModel::countsOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != kNoGroup)
        return {};
    return m_display[static_cast<std::size_t>(index.row())]->counts;
}

void ProcessTreeModel::applyUpdate(const TableUpdate& update)
{
    if (m_ownsRows)
        m_rows->apply(update);
    if (m_slots.size() < m_rows->size())
        m_slots.resize(m_rows->size());

    // Does anything move between or within groups? Then the whole refresh is one layout change.
    bool structural
        = !update.retired.empty() || !update.added.empty() || (!update.changed.empty() && !m_filter.isEmpty());
    for (std::size_t i = 0; !structural && i < update.changed.size(); ++i) {
        const auto slot = update.changed[i].first;
        const Endpoint& before = m_rows->rowBefore(slot).endpoint;
        const Endpoint& now = rowAt(slot).endpoint;
        structural = !m_slots[slot].group() || groupKeyOf(rowAt(slot)) != m_slots[slot].group()->key
            || now.protocol != before.protocol || now.localPort != before.localPort;
    }

    // Rows leave their places first and come back by their new rows, all in bulk (see detachSlots()).
    std::vector<Identity> identities;
    if (structural)
        identities = beginLayout(true);
    std::vector<std::uint32_t> leaving(update.retired.begin(), update.retired.end());
    std::vector<std::uint32_t> arriving;
    std::vector<std::uint32_t> touched;
    for (const auto slot : update.settled)
        touched.push_back(slot);
    for (const auto slot : update.closing) {
        count(m_slots[slot].group(), rowAt(slot).endpoint, -1);
        touched.push_back(slot);
    }
    for (const auto& [slot, unused] : update.changed) {
        count(m_slots[slot].group(), m_rows->rowBefore(slot).endpoint, -1);
        if (structural) {
            leaving.push_back(slot);
            arriving.push_back(slot);
        }
        touched.push_back(slot);
    }
    detachSlots(leaving);
    for (const auto slot : update.retired)
        m_slots[slot] = Slot {};
    for (const auto& [slot, unused] : update.added)
        arriving.push_back(slot);
    attachSlots(arriving);
    for (const auto& [slot, unused] : update.changed) {
        count(m_slots[slot].group(), rowAt(slot).endpoint, +1);
        if (!structural)
            relabel(*m_slots[slot].group(), rowAt(slot)); // same group, maybe a newer label
    }
    for (const auto& [slot, unused] : update.added)
        count(m_slots[slot].group(), rowAt(slot).endpoint, +1);

    if (structural) {
        endLayout(identities);
        return; // a layout change repaints everything
    }
    // In place: the changed children and their groups' counts.
    std::vector<Group*> groups;
    for (const auto slot : touched) {
        const auto index = indexOfSlot(slot);
        if (index.isValid())
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
        if (m_slots[slot].group())
            groups.push_back(m_slots[slot].group());
    }
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (auto* group : groups)
        if (group->row >= 0)
            Q_EMIT dataChanged(
                createIndex(group->row, 0, kNoGroup), createIndex(group->row, ColumnCount - 1, kNoGroup));
}

void ProcessTreeModel::regroupAll()
{
    const auto identities = beginLayout();
    m_display.clear();
    m_groups.clear();
    m_slots.assign(m_rows->size(), Slot {});
    std::vector<std::uint32_t> alive;
    for (std::uint32_t slot = 0; slot < m_slots.size(); ++slot)
        if ((*m_rows)[slot].alive)
            alive.push_back(slot);
    attachSlots(alive);
    for (const auto slot : alive)
        if ((*m_rows)[slot].phase != RowPhase::Closing)
            count(m_slots[slot].group(), rowAt(slot).endpoint, +1);
    endLayout(identities);
}

void ProcessTreeModel::setFilter(const RowFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    regroupAll();
}

void ProcessTreeModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    regroupAll();
}

void ProcessTreeModel::setPortConfig(const MachinePortConfig& config)
{
    auto sameRanges = [&] {
        if (config.dynamicRanges.size() != m_config.dynamicRanges.size())
            return false;
        for (std::size_t i = 0; i < config.dynamicRanges.size(); ++i)
            if (!(config.dynamicRanges[i].range == m_config.dynamicRanges[i].range)
                || config.dynamicRanges[i].protocol != m_config.dynamicRanges[i].protocol
                || config.dynamicRanges[i].family != m_config.dynamicRanges[i].family)
                return false;
        return true;
    }();
    m_config = config;
    if (!sameRanges)
        regroupAll(); // "in dynamic range" counts and port-range groups depend on it
}

void ProcessTreeModel::setSocketPools(QHash<std::uint32_t, QString> pools)
{
    if (pools == m_pools)
        return;
    m_pools = std::move(pools);
    if (m_groupBy == GroupBy::Process && !m_display.empty())
        Q_EMIT dataChanged(createIndex(0, 0, kNoGroup), createIndex(int(m_display.size()) - 1, 0, kNoGroup));
}

void ProcessTreeModel::clear()
{
    beginResetModel();
    if (m_ownsRows)
        m_rows->clear();
    m_slots.clear();
    m_groups.clear();
    m_display.clear();
    endResetModel();
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_display.size()) ? createIndex(row, column, kNoGroup) : QModelIndex();
    if (parent.internalId() != kNoGroup || parent.row() >= static_cast<int>(m_display.size()))
        return {};
    Group* group = m_display[static_cast<std::size_t>(parent.row())];
    return row < static_cast<int>(group->children.size()) ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex ProcessTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kNoGroup)
        return {};
    const auto* group = static_cast<const Group*>(child.internalPointer());
    return createIndex(group->row, 0, kNoGroup);
}

int ProcessTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_display.size());
    if (parent.column() != 0 || parent.internalId() != kNoGroup)
        return 0;
    return static_cast<int>(m_display[static_cast<std::size_t>(parent.row())]->children.size());
}

int ProcessTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ProcessTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ProcessTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kNoGroup)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QVariant ProcessTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kNoGroup) {
        const Group& group = *m_display[static_cast<std::size_t>(index.row())];
        const Counts& c = group.counts;
        const QString pool = group.pid ? m_pools.value(group.pid) : QString();
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return pool.isEmpty() ? group.label : tr("%1 — %2").arg(group.label, pool);
            case PidColumn: // text: the view's delegate would group a number's digits by the locale
                return group.pid ? QVariant(QString::number(group.pid)) : QVariant();
            case EndpointsColumn:
                return c.endpoints;
            case ListeningColumn:
                return c.listening;
            case EstablishedColumn:
                return c.established;
            case TimeWaitColumn:
                return c.timeWait;
            case OtherTcpColumn:
                return c.otherTcp;
            case UdpColumn:
                return c.udp;
            case InDynamicColumn:
                return c.inDynamic;
            case DynamicShareColumn: {
                const auto* range = m_config.dynamicRange(Protocol::Udp, Family::IPv4);
                if (!range || !range->range.size())
                    return {};
                return QLocale().toString(100.0 * c.inDynamic / range->range.size(), 'f', 1) + QStringLiteral(" %");
            }
            case DetailsColumn:
                if (!group.owner)
                    return {};
                return group.owner->commandLine.empty() ? QString::fromStdString(group.owner->executablePath)
                                                        : QString::fromStdString(group.owner->commandLine);
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() >= EndpointsColumn && index.column() <= DynamicShareColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::FontRole:
            if (!pool.isEmpty() && index.column() == NameColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case GroupKeyRole:
            return QString::fromStdString(group.key);
        case GroupSizeRole:
            return c.endpoints;
        case IsGroupRole:
            return true;
        case PoolRole:
            return pool;
        }
        return {};
    }
    const auto slotNumber
        = static_cast<Group*>(index.internalPointer())->children[static_cast<std::size_t>(index.row())];
    const RowStore::Entry& slot = (*m_rows)[slotNumber];
    const Endpoint& e = slot.row.endpoint;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QStringLiteral("%1%2 %3").arg(
                e.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"),
                e.family() == Family::IPv6 ? QStringLiteral("v6") : QString(),
                endpointText(e.localAddress, e.localPort));
        case PidColumn:
            return e.pid ? QVariant(QString::number(e.pid)) : QVariant();
        case StateColumn:
            return stateText(e.state);
        case RemoteColumn:
            return e.remotePort ? endpointText(e.remoteAddress, e.remotePort) : QString();
        case DetailsColumn:
            return m_groupBy == GroupBy::Process ? QVariant() : QVariant(ownerText(slot.row));
        }
        return {};
    case Qt::ForegroundRole:
        return rowForeground(rowBackground(
            slot.phase, !m_conflictKeys.empty() && m_conflictKeys.contains(EndpointKey::of(e)), m_highlightChanges));
    case Qt::BackgroundRole:
        return rowBackground(
            slot.phase, !m_conflictKeys.empty() && m_conflictKeys.contains(EndpointKey::of(e)), m_highlightChanges);
    case SlotRole:
        return slotNumber;
    case IsGroupRole:
        return false;
    }
    return {};
}

} // namespace portolan

namespace portolan {

void ProcessTreeModel::setConflictKeys(std::unordered_set<EndpointKey, EndpointKeyHash> keys)
{
    if (keys == m_conflictKeys)
        return;
    m_conflictKeys = std::move(keys);
    backgroundChanged();
}

void ProcessTreeModel::setHighlightChanges(bool on)
{
    if (on == m_highlightChanges)
        return;
    m_highlightChanges = on;
    backgroundChanged();
}

void ProcessTreeModel::backgroundChanged()
{
    // Repaint the children of every shown group (a few hundred groups at most).
    for (auto* group : m_display)
        if (!group->children.empty())
            Q_EMIT dataChanged(createIndex(0, 0, group),
                createIndex(int(group->children.size()) - 1, ColumnCount - 1, group),
                { Qt::BackgroundRole, Qt::ForegroundRole });
}

} // namespace portolan
