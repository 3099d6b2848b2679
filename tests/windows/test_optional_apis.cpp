#include "core/windows/optional_iphlpapi.h"
#include "core/windows/win_text.h"

#include <gtest/gtest.h>

namespace portolan {
namespace {

using windows_backend::PersistentPortReservations;

constexpr std::uint32_t kErrorProcNotFound = 127;

// Under Wine 8.0 none of the six functions is exported (iphlpapi.spec: "#@ stub"). Had they been imported, this
// process would not even get here: calling such an import aborts it. On Windows (Vista+) all six exist.
TEST(OptionalIphlpapi, PersistentReservationsResolvedAtRunTime)
{
    const auto& api = PersistentPortReservations::get();
    if (windows_backend::wineVersion()) {
        EXPECT_FALSE(api.available());
        EXPECT_EQ(api.missingFunctions().size(), 6u);
        std::uint64_t token = 1;
        EXPECT_EQ(api.create(Protocol::Udp, 50000, 10, token), kErrorProcNotFound);
        EXPECT_EQ(api.lookup(Protocol::Tcp, 50000, 10, token), kErrorProcNotFound);
        EXPECT_EQ(api.remove(Protocol::Tcp, 50000, 10), kErrorProcNotFound);
    } else {
        EXPECT_TRUE(api.available());
        EXPECT_TRUE(api.missingFunctions().empty());
        // Read-only on a real system: a lookup of a range nobody reserved.
        std::uint64_t token = 0;
        EXPECT_NE(api.lookup(Protocol::Tcp, 65000, 7, token), 0u);
    }
}

} // namespace
} // namespace portolan
