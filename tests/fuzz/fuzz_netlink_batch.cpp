// libFuzzer target: a sock_diag reply batch as if from the kernel (netlink_batch.h). Any bytes must either
// decode into whole messages or end the dump with an error; never read outside the batch.
#include "core/linux/netlink_batch.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Copy into an exact-size heap buffer so AddressSanitizer sees any read past the end.
    std::vector<char> batch(data, data + size);
    std::string error;
    std::size_t sockets = 0;
    // Decode as the reader of the first message's sequence (seeds are real kernel replies), so that mutations
    // reach the matched-message paths rather than being skipped as another dump's.
    unsigned sequence = 0;
    if (size >= 12)
        std::memcpy(&sequence, data + 8, sizeof sequence);
    const auto end = portolan::linux_backend::decodeDumpBatch(
        batch.data(), batch.size(), sequence,
        [&](const inet_diag_msg& diag) { sockets += diag.idiag_family + diag.id.idiag_sport; }, error);
    if (end == portolan::linux_backend::BatchEnd::Failed && error.empty())
        __builtin_trap();
    return static_cast<int>(sockets & 0);
}
