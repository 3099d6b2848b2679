# Conflict engine and fix machinery. Included from tests/CMakeLists.txt, so paths are relative to tests/.
# The Windows operations (registry, services, port exclusions) run under Wine in tests/windows (conflicts_windows_test.cpp).
set(conflict_test_sources
    core/conflicts/catalogue_test.cpp
    core/conflicts/conflict_fixtures.cpp
    core/conflicts/findings_test.cpp
    core/conflicts/plan_test.cpp
)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # `portolan check|fix|apply|undo` as one executable, until app/cli_commands.cpp dispatches to
    # app/cli_conflict_commands.cpp; the tests run whichever PORTOLAN_CONFLICTS_CLI names.
    add_executable(portolan-conflicts-test-cli core/conflicts/conflicts_test_cli_main.cpp
        ${PROJECT_SOURCE_DIR}/app/cli_conflict_commands.cpp ${PROJECT_SOURCE_DIR}/app/cli_elevation.cpp
        ${PROJECT_SOURCE_DIR}/app/cli_words.cpp)
    target_include_directories(portolan-conflicts-test-cli PRIVATE ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(portolan-conflicts-test-cli PRIVATE portolan_core)

    list(APPEND conflict_test_sources
        core/conflicts/apply_netns_test.cpp
        core/conflicts/cli_check_test.cpp
        core/conflicts/threat_model_test.cpp
        core/conflicts/netns.cpp
        core/conflicts/scenario_netns_test.cpp
        core/netns_child.cpp core/private_netns.cpp
    )
endif()
portolan_add_gtest(conflict_tests SOURCES ${conflict_test_sources}
    LIBS portolan_core nlohmann_json::nlohmann_json GTest::gtest_main)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_compile_definitions(conflict_tests PRIVATE
        PORTOLAN_CROWD="$<TARGET_FILE:portolan-crowd>"
        PORTOLAN_CONFLICTS_CLI="$<TARGET_FILE:portolan-conflicts-test-cli>")
    add_dependencies(conflict_tests portolan-crowd portolan-conflicts-test-cli)
endif()

# The polkit policy that `portolan apply` relaunches through (pkexec) must be valid for polkit to load it.
find_program(PORTOLAN_XMLLINT xmllint)
if(PORTOLAN_XMLLINT AND EXISTS /usr/share/polkit-1/policyconfig-1.dtd)
    add_test(NAME polkit_policy_is_valid COMMAND ${PORTOLAN_XMLLINT} --noout --dtdvalid
        /usr/share/polkit-1/policyconfig-1.dtd ${PROJECT_SOURCE_DIR}/resources/polkit/org.portolan.apply.policy)
endif()
