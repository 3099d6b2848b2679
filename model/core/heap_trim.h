#pragma once

#include <cstddef>

namespace portolan {

// Hands heap pages that a refresh freed back to the operating system.
//
// Every refresh frees the previous snapshot and the diff's scratch maps (about 15 MB at 100,000 endpoints), and
// glibc keeps freed memory in its arenas (the snapshot worker's arena and the GUI thread's), so without this the
// resident size stays at the refresh's peak. Measured with the live app at 100,000 endpoints: 111 MB resident
// without trimming, 90 MB with it; one malloc_trim costs 1.1-1.7 ms on the worker (issue #7's memory budget is
// 300 bytes per endpoint). A no-op where the C library has no such call.
class HeapTrimmer
{
public:
    // Trims when the table is big enough for it to matter, or when it shrank a lot since the last trim.
    void afterRefresh(std::size_t endpoints);

    static constexpr std::size_t kMinEndpoints = 20000;

private:
    std::size_t m_lastTrimmedAt = 0;
};

} // namespace portolan
