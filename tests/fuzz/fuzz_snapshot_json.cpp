// libFuzzer target: Portolan's own snapshot JSON (File > Open, portolan compare).
#include "core/snapshot_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)portolan::readSnapshotJson(text);
    return 0;
}
