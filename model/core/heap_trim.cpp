#include "heap_trim.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace portolan {

void HeapTrimmer::afterRefresh(std::size_t endpoints)
{
    const bool big = endpoints >= kMinEndpoints;
    const bool shrank = endpoints < m_lastTrimmedAt / 2;
    if (!big && !shrank)
        return;
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    m_lastTrimmedAt = endpoints;
}

} // namespace portolan
