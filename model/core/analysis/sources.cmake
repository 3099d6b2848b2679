# Range views (issue: crowded servers): port-range histogram, dynamic-range exhaustion, socket-pool detection.
# Portable C++20; the Linux sysctl reader is the only platform code.
target_sources(portolan_core PRIVATE
    core/analysis/endpoint_filter.cpp
    core/analysis/exhaustion.cpp
    core/analysis/exhaustion_warnings.cpp
    core/analysis/owner_key.cpp
    core/analysis/port_bands.cpp
    core/analysis/port_histogram.cpp
    core/analysis/ranges_json.cpp
    core/analysis/ranges_report.cpp
    core/analysis/ranges_text.cpp
    core/analysis/socket_pool.cpp
)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_sources(portolan_core PRIVATE core/linux/linux_port_config.cpp)
endif()
