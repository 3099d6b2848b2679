# Actions (issue #13): closing TCP connections and ending processes, against real sockets and real child
# processes, through the core API and through portolan-cli. Included from tests/CMakeLists.txt, so paths are
# relative to tests/. The Windows side runs under Wine in tests/windows (test_actions.cpp).
set(action_test_sources core/actions/action_result_test.cpp core/actions/connection_target_test.cpp)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND action_test_sources
        core/actions/action_test_support.cpp
        core/actions/close_connection_test.cpp
        core/actions/end_process_test.cpp
        core/live_sockets.cpp
        core/netns_child.cpp core/private_netns.cpp
    )
endif()
portolan_add_gtest(action_tests SOURCES ${action_test_sources}
    LIBS portolan_core GTest::gtest_main)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_compile_definitions(action_tests PRIVATE PORTOLAN_CLI="$<TARGET_FILE:portolan-cli>"
        PORTOLAN_CROWD="$<TARGET_FILE:portolan-crowd>")
    add_dependencies(action_tests portolan-cli)
endif()
