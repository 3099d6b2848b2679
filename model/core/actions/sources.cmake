# Actions on the live machine (issue #13): close a TCP connection, end a process. Included from
# model/CMakeLists.txt, so paths are relative to model/. The CLI (`portolan close`, `portolan kill`) and the GUI
# call the API in connection_close.h and process_end.h.
target_sources(portolan_core PRIVATE
    core/actions/action_result.cpp
    core/actions/connection_target.cpp
    core/actions/process_end.cpp
)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_sources(portolan_core PRIVATE
        core/actions/connection_close_linux.cpp
        core/actions/process_end_linux.cpp
    )
endif()
if(WIN32)
    target_sources(portolan_core PRIVATE
        core/actions/connection_close_windows.cpp
        core/actions/process_end_windows.cpp
    )
endif()
