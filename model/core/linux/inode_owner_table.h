#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace portolan::linux_backend {

// Socket inode -> (lowest owning pid, number of owning processes): the resolver's cache, one entry per socket.
//
// An open-addressing table (linear probing, backward-shift deletion, 16-byte entries, load up to 7/8) instead of
// std::unordered_map, whose node + bucket cost about 40 bytes per socket: at 100,000 sockets that was the largest
// cost after the rows themselves, and issue #7 budgets 300 bytes per endpoint for the whole app. Inode 0 is
// never a socket's inode (the kernel numbers them from 1) and marks an empty entry.
class InodeOwnerTable
{
public:
    struct Owners
    {
        std::uint32_t pid = 0; // lowest owning pid; 0 while unknown after an owner left
        std::uint16_t count = 0;
        bool dumped = false; // a kernel dump listed it since the owner's fd table was read (padding otherwise)
    };

    Owners* find(std::uint64_t inode);
    const Owners* find(std::uint64_t inode) const;
    // The entry for `inode`, inserted empty when absent. `inode` must not be 0.
    Owners& operator[](std::uint64_t inode);
    void erase(std::uint64_t inode);
    void clear() { *this = {}; } // and give the memory back
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_entries.size(); }

private:
    struct Entry
    {
        std::uint64_t inode = 0;
        Owners owners;
    };
    std::size_t home(std::uint64_t inode) const;
    std::size_t indexOf(std::uint64_t inode) const; // of the entry, or of the empty entry ending its probe
    void grow();

    std::vector<Entry> m_entries; // size 0 or a power of two
    std::size_t m_size = 0;
    unsigned m_shift = 64;
};

} // namespace portolan::linux_backend
