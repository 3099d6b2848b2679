#include "core/logging.h"
#include "core/windows/win_text.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdio>

// GoogleTest's main, plus two guards the Wine run depends on: Winsock is started once for every test, and a
// run that selects no test fails (a broken filter or a build without tests must not read as green).
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    portolan::wintest::WinsockSession winsock;
    portolan::log::setLevel("warn");
    if (const auto& wine = portolan::windows_backend::wineVersion())
        std::printf("[ info     ] running under Wine %s\n", wine->c_str());
    const int result = RUN_ALL_TESTS();
    const auto* unit = ::testing::UnitTest::GetInstance();
    if (unit->test_to_run_count() == 0) {
        std::fprintf(stderr, "no tests ran: failing on purpose\n");
        return 1;
    }
    if (unit->skipped_test_count() > 0) {
        std::fprintf(stderr, "%d tests skipped: a skip is not a pass\n", unit->skipped_test_count());
        return 1;
    }
    return result;
}
