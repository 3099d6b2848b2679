// main() for the standalone Wine build of the conflict tests (CMakeLists.txt in this folder). When these sources
// join tests/windows' suite, that suite's test_main.cpp replaces this file. Same rules: a run that selects no test
// fails, and a skipped test is not a pass.

#include "core/logging.h"

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    portolan::log::setLevel("warn");
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
