# Conflict engine and fix machinery (issue: conflict panel): the known-service catalogue, findings on every
# snapshot, fix plans, and the elevated apply/undo with its journal. Included from model/CMakeLists.txt, so paths
# are relative to model/.
target_sources(portolan_core PRIVATE
    core/conflicts/apply_engine.cpp
    core/conflicts/base64.cpp
    core/conflicts/catalogue.cpp
    core/conflicts/catalogue_json.cpp
    core/conflicts/conflicts_log.cpp
    core/conflicts/elevation.cpp
    core/conflicts/finding_risks.cpp
    core/conflicts/finding_rules.cpp
    core/conflicts/finding_text.cpp
    core/conflicts/findings.cpp
    core/conflicts/findings_json.cpp
    core/conflicts/fix_plan.cpp
    core/conflicts/fix_plan_json.cpp
    core/conflicts/journal.cpp
    core/conflicts/json_locator.cpp
    core/conflicts/plan_builder.cpp
    core/conflicts/port_merge.cpp
    core/conflicts/sysctl_conf.cpp
    core/conflicts/text_file.cpp
)

# The shipped catalogue is a data file (resources/catalogue/services.json) compiled in as a string, so the binary
# needs no install layout to find it; --catalogue FILE reads another one at run time.
set(_portolan_catalogue "${CMAKE_CURRENT_LIST_DIR}/../../../resources/catalogue/services.json")
file(READ "${_portolan_catalogue}" PORTOLAN_CATALOGUE_JSON)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_portolan_catalogue}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/shipped_catalogue.cpp.in"
    "${CMAKE_CURRENT_BINARY_DIR}/conflicts/shipped_catalogue.cpp" @ONLY)
target_sources(portolan_core PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/conflicts/shipped_catalogue.cpp")
unset(PORTOLAN_CATALOGUE_JSON)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_sources(portolan_core PRIVATE
        core/conflicts/durable_file_posix.cpp
        core/conflicts/elevation_posix.cpp
        core/conflicts/linux_executor.cpp
        core/conflicts/linux_reserved_ports.cpp
        core/conflicts/linux_units.cpp
        core/conflicts/posix_process.cpp
        core/conflicts/secure_file_posix.cpp
    )
endif()
if(WIN32)
    target_sources(portolan_core PRIVATE
        core/conflicts/durable_file_windows.cpp
        core/conflicts/elevation_windows.cpp
        core/conflicts/secure_file_windows.cpp
        core/conflicts/windows_executor.cpp
        core/conflicts/windows_port_exclusion.cpp
        core/conflicts/windows_registry_ops.cpp
        core/conflicts/windows_service_control.cpp
    )
    target_link_libraries(portolan_core PRIVATE shell32 ole32)
endif()
