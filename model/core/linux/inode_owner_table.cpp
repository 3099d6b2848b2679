#include "inode_owner_table.h"

namespace portolan::linux_backend {

std::size_t InodeOwnerTable::home(std::uint64_t inode) const
{
    // Fibonacci hashing: inodes are handed out nearly sequentially, and the top bits of the product spread them.
    return static_cast<std::size_t>((inode * 0x9E3779B97F4A7C15ull) >> m_shift);
}

std::size_t InodeOwnerTable::indexOf(std::uint64_t inode) const
{
    const std::size_t mask = m_entries.size() - 1;
    std::size_t i = home(inode);
    while (m_entries[i].inode != 0 && m_entries[i].inode != inode)
        i = (i + 1) & mask;
    return i;
}

InodeOwnerTable::Owners* InodeOwnerTable::find(std::uint64_t inode)
{
    if (m_size == 0 || inode == 0)
        return nullptr;
    Entry& entry = m_entries[indexOf(inode)];
    return entry.inode == inode ? &entry.owners : nullptr;
}

const InodeOwnerTable::Owners* InodeOwnerTable::find(std::uint64_t inode) const
{
    return const_cast<InodeOwnerTable*>(this)->find(inode);
}

InodeOwnerTable::Owners& InodeOwnerTable::operator[](std::uint64_t inode)
{
    if ((m_size + 1) * 8 > m_entries.size() * 7)
        grow();
    Entry& entry = m_entries[indexOf(inode)];
    if (entry.inode != inode) {
        entry.inode = inode;
        entry.owners = {};
        ++m_size;
    }
    return entry.owners;
}

void InodeOwnerTable::erase(std::uint64_t inode)
{
    if (m_size == 0 || inode == 0)
        return;
    const std::size_t mask = m_entries.size() - 1;
    std::size_t hole = indexOf(inode);
    if (m_entries[hole].inode != inode)
        return;
    // Backward shift: pull later entries of the probe run into the hole when their home is not between the hole
    // and them, so that lookups never need tombstones.
    for (std::size_t j = (hole + 1) & mask; m_entries[j].inode != 0; j = (j + 1) & mask) {
        const std::size_t k = home(m_entries[j].inode);
        const bool stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
        if (!stays) {
            m_entries[hole] = m_entries[j];
            hole = j;
        }
    }
    m_entries[hole] = Entry {};
    --m_size;
}

void InodeOwnerTable::grow()
{
    std::vector<Entry> old = std::move(m_entries);
    const std::size_t capacity = old.empty() ? 64 : old.size() * 2;
    m_entries.assign(capacity, Entry {});
    m_shift = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1)
        --m_shift;
    for (const Entry& entry : old)
        if (entry.inode != 0)
            m_entries[indexOf(entry.inode)] = entry;
}

} // namespace portolan::linux_backend
