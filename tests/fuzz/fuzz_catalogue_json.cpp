// libFuzzer target: the known-service catalogue and the user's overrides file.
#include "core/conflicts/catalogue_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)portolan::conflicts::parseCatalogueJson(text, "fuzz.json");
    (void)portolan::conflicts::parseOverridesJson(text, "fuzz.json");
    return 0;
}
