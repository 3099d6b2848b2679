# Range views (crowded servers): histogram, exhaustion, socket pools, the Linux port-range sysctls and the
# `ranges` CLI. Included from tests/CMakeLists.txt, so paths are relative to tests/.
set(analysis_test_sources
    core/analysis/analysis_fixtures.cpp
    core/analysis/bands_test.cpp
    core/analysis/exhaustion_test.cpp
    core/analysis/histogram_test.cpp
    core/analysis/socket_pool_test.cpp
)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND analysis_test_sources
        core/analysis/live_pool_test.cpp
        core/analysis/port_config_linux_test.cpp
        core/analysis/ranges_netns_test.cpp
        core/netns_child.cpp core/private_netns.cpp
    )
endif()
portolan_add_gtest(analysis_tests SOURCES ${analysis_test_sources}
    LIBS portolan_core nlohmann_json::nlohmann_json GTest::gtest_main)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_compile_definitions(analysis_tests PRIVATE
        PORTOLAN_CROWD="$<TARGET_FILE:portolan-crowd>"
        PORTOLAN_CLI="$<TARGET_FILE:portolan-cli>")
    add_dependencies(analysis_tests portolan-crowd portolan-cli)
endif()

# Histogram and exhaustion timings against a naive std::map baseline: ./portolan-bench-analysis
add_executable(portolan-bench-analysis core/analysis/bench_analysis.cpp core/analysis/analysis_fixtures.cpp)
target_include_directories(portolan-bench-analysis PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(portolan-bench-analysis PRIVATE portolan_core)
