# The Windows backend of portolan_core, included from model/CMakeLists.txt when WIN32. Every Win32 call of the
# project lives in these files; their public headers use plain types only.
target_sources(portolan_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/command_runner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/multi_string.cpp
    ${CMAKE_CURRENT_LIST_DIR}/netsh_output.cpp
    ${CMAKE_CURRENT_LIST_DIR}/optional_iphlpapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/process_resolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/service_map.cpp
    ${CMAKE_CURRENT_LIST_DIR}/socket_tables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/win_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windows_port_config.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windows_snapshot_engine.cpp
)
# Vista is the floor: QueryFullProcessImageNameW and PROCESS_QUERY_LIMITED_INFORMATION are Vista+ imports.
# Newer functions (persistent port reservations) are looked up at run time, never imported.
target_compile_definitions(portolan_core PRIVATE
    _WIN32_WINNT=0x0600 WINVER=0x0600 WIN32_LEAN_AND_MEAN NOMINMAX UNICODE _UNICODE)
# Static library: these travel to every executable that links portolan_core.
target_link_libraries(portolan_core PRIVATE iphlpapi ws2_32 advapi32)
