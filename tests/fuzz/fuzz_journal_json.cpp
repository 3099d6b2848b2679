// libFuzzer target: the undo journal (parseJournalJson), which the elevated side reads back to undo a fix.
#include "core/conflicts/journal.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = portolan::conflicts::parseJournalJson(text);
    if (!parsed.journal) {
        if (parsed.error.empty())
            __builtin_trap();
        return 0;
    }
    const auto again = portolan::conflicts::parseJournalJson(portolan::conflicts::writeJournalJson(*parsed.journal));
    if (!again.journal || again.journal->entries.size() != parsed.journal->entries.size())
        __builtin_trap();
    return 0;
}
