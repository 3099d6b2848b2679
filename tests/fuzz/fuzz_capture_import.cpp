// libFuzzer target: every capture importer, through the content sniffing a file from another machine goes
// through (captures are the one input an attacker fully controls, issue #14).
#include "core/import/capture_import.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto result = portolan::importCaptureBytes(bytes, "fuzz.txt");
    // The summary's bookkeeping must hold whatever the input (capture_import.h).
    if (result.summary.rowsLoaded + result.summary.rowsSkipped > result.summary.rowsRead + result.summary.linesRead)
        __builtin_trap();
    (void)portolan::describeImport(result);
    for (const auto& problem : result.summary.problems)
        (void)portolan::formatProblem("fuzz.txt", problem);
    return 0;
}
