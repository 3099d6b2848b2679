// The resolver's open-addressing inode table against std::unordered_map on random inserts and erases, with
// inodes drawn from a narrow band so that probe runs collide, wrap around the end and are cut by deletions.

#include "core/linux/inode_owner_table.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

using portolan::linux_backend::InodeOwnerTable;

TEST(InodeOwnerTable, BehavesLikeAMapUnderRandomInsertsAndErases)
{
    for (unsigned seed : { 1u, 2u, 3u }) {
        std::mt19937 rng(seed);
        InodeOwnerTable table;
        std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint16_t>> reference;
        std::uniform_int_distribution<std::uint64_t> inodeOf(1, 3000);
        for (int step = 0; step < 60000; ++step) {
            const auto inode = inodeOf(rng);
            if (rng() % 3 == 0) {
                table.erase(inode);
                reference.erase(inode);
            } else {
                auto& owners = table[inode];
                auto& expected = reference[inode];
                ASSERT_EQ(owners.pid, expected.first) << "seed " << seed << " step " << step;
                owners.pid = expected.first = static_cast<std::uint32_t>(rng() % 50000 + 1);
                owners.count = ++expected.second;
            }
            ASSERT_EQ(table.size(), reference.size()) << "seed " << seed << " step " << step;
            if (step % 997 == 0)
                for (std::uint64_t probe = 1; probe <= 3000; ++probe) {
                    const auto* owners = table.find(probe);
                    const auto it = reference.find(probe);
                    ASSERT_EQ(owners != nullptr, it != reference.end()) << "inode " << probe << " step " << step;
                    if (owners) {
                        EXPECT_EQ(owners->pid, it->second.first);
                        EXPECT_EQ(owners->count, it->second.second);
                    }
                }
        }
        // 16 bytes per entry at a load of at most 7/8.
        EXPECT_LE(table.size() * 8, table.capacity() * 7);
    }
}

TEST(InodeOwnerTable, GrowsPastAHundredThousandSocketsAndFindsThemAll)
{
    InodeOwnerTable table;
    for (std::uint64_t inode = 1; inode <= 100000; ++inode)
        table[inode * 7].pid = static_cast<std::uint32_t>(inode);
    EXPECT_EQ(table.size(), 100000u);
    EXPECT_EQ(table.capacity(), 131072u); // 0.76 load: no second doubling
    for (std::uint64_t inode = 1; inode <= 100000; ++inode) {
        const auto* owners = table.find(inode * 7);
        ASSERT_NE(owners, nullptr) << inode;
        ASSERT_EQ(owners->pid, inode);
    }
    EXPECT_EQ(table.find(8), nullptr);
    EXPECT_EQ(table.find(0), nullptr);
}
