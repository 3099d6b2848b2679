// libFuzzer target: the fix plan the elevated helper reads (parsePlanJson), and its round trip: a plan that
// parses must write out and parse again to the same operations.
#include "core/conflicts/fix_plan.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = portolan::conflicts::parsePlanJson(text);
    if (!parsed.plan) {
        if (parsed.error.empty()) // a rejection always says why
            __builtin_trap();
        return 0;
    }
    for (const auto& op : parsed.plan->operations)
        if (!portolan::conflicts::checkOperation(op).empty()) // the reader let through what the checker refuses
            __builtin_trap();
    const auto again = portolan::conflicts::parsePlanJson(portolan::conflicts::writePlanJson(*parsed.plan));
    if (!again.plan || again.plan->operations.size() != parsed.plan->operations.size())
        __builtin_trap();
    return 0;
}
