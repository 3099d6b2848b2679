# Capture importer tests (included from tests/CMakeLists.txt: paths are relative to tests/). The CLI functions
# behind `portolan import` / `portolan diff` are compiled in directly so that they are tested whether or not the
# app links them yet.
portolan_add_gtest(import_tests
    SOURCES
        core/import/import_test_support.cpp
        core/import/encoding_test.cpp
        core/import/netstat_windows_test.cpp
        core/import/linux_formats_test.cpp
        core/import/windows_tools_test.cpp
        core/import/roundtrip_test.cpp
        core/import/malformed_test.cpp
        core/import/detection_cli_test.cpp
        core/import/windows_default_tables_test.cpp
        ${PROJECT_SOURCE_DIR}/app/cli_import_commands.cpp
    LIBS portolan_core nlohmann_json::nlohmann_json GTest::gtest_main)
target_include_directories(import_tests PRIVATE ${PROJECT_SOURCE_DIR}/app)
# Hand-written captures (fixtures/README.md), and the real CLI for the end-to-end `portolan-cli import` checks.
target_compile_definitions(import_tests PRIVATE PORTOLAN_IMPORT_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/fixtures"
    PORTOLAN_CLI="$<TARGET_FILE:portolan-cli>")
add_dependencies(import_tests portolan-cli)

# bench_import: import speed table (MB/s, rows/s). Measures, does not assert.
add_executable(bench_import core/import/bench_import.cpp)
target_link_libraries(bench_import PRIVATE portolan_core)
