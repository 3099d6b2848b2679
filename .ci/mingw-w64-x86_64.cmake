# CMake toolchain for the Windows cross build: Debian's mingw-w64 (x86_64-w64-mingw32), run and tested under Wine.
#
#   cmake -S . -B build-mingw -DCMAKE_TOOLCHAIN_FILE=.ci/mingw-w64-x86_64.cmake -DPORTOLAN_BUILD_GUI=OFF
#
# Packages: g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 libspdlog-dev libfmt-dev nlohmann-json3-dev.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(PORTOLAN_MINGW_TRIPLE x86_64-w64-mingw32)

# The -posix variants: GCC 12's win32 thread model has no std::mutex/std::thread, which spdlog needs.
set(CMAKE_C_COMPILER ${PORTOLAN_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${PORTOLAN_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${PORTOLAN_MINGW_TRIPLE}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${PORTOLAN_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# One self-contained .exe: libstdc++, libgcc and winpthread linked in, so Wine (or a bare Windows box) needs no
# mingw DLLs next to it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# spdlog, fmt and nlohmann-json have no mingw packages in Debian, but all three work header-only. Their Debian
# CMake packages cannot be used as they are: they point at /usr/include (glibc headers would shadow mingw's) and
# spdlog's links the Linux libfmt. So the first configure writes small package configs that expose only those
# three header trees (through symlinks) and sets <Package>_DIR to them; the project's own find_package() calls
# stay unchanged. spdlog is header-only unless SPDLOG_COMPILED_LIB is defined, Debian's tweakme.h forces
# SPDLOG_FMT_EXTERNAL, and spdlog/fmt/fmt.h then defines FMT_HEADER_ONLY itself.
if(NOT CMAKE_IN_TRY_COMPILE)
    set(_portolan_deps "${CMAKE_BINARY_DIR}/mingw-w64-header-deps")
    if(NOT EXISTS "${_portolan_deps}/nlohmann_json-config-version.cmake")
        file(MAKE_DIRECTORY "${_portolan_deps}/include")
        foreach(_tree spdlog fmt nlohmann)
            if(NOT EXISTS "/usr/include/${_tree}")
                message(FATAL_ERROR "/usr/include/${_tree} missing: install libspdlog-dev libfmt-dev nlohmann-json3-dev")
            endif()
            file(CREATE_LINK "/usr/include/${_tree}" "${_portolan_deps}/include/${_tree}" SYMBOLIC)
        endforeach()
        # 3.11 moved the version macros from json.hpp to detail/abi_macros.hpp.
        set(_json_version "")
        foreach(_header json.hpp detail/abi_macros.hpp)
            if(EXISTS /usr/include/nlohmann/${_header})
                file(STRINGS /usr/include/nlohmann/${_header} _lines REGEX "#define NLOHMANN_JSON_VERSION_(MAJOR|MINOR|PATCH) ")
                string(APPEND _json_version "${_lines}")
            endif()
        endforeach()
        string(REGEX REPLACE ".*MAJOR ([0-9]+).*MINOR ([0-9]+).*PATCH ([0-9]+).*" "\\1.\\2.\\3" _json_version "${_json_version}")
        file(WRITE "${_portolan_deps}/spdlog-config.cmake" "\
if(NOT TARGET spdlog::spdlog_header_only)
    add_library(spdlog::spdlog_header_only INTERFACE IMPORTED)
    set_target_properties(spdlog::spdlog_header_only PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES \"${_portolan_deps}/include\"
        INTERFACE_COMPILE_DEFINITIONS \"SPDLOG_FMT_EXTERNAL;FMT_HEADER_ONLY\")
    add_library(spdlog::spdlog INTERFACE IMPORTED)
    set_target_properties(spdlog::spdlog PROPERTIES INTERFACE_LINK_LIBRARIES spdlog::spdlog_header_only)
endif()
set(spdlog_FOUND TRUE)
")
        file(WRITE "${_portolan_deps}/nlohmann_json-config.cmake" "\
if(NOT TARGET nlohmann_json::nlohmann_json)
    add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
    set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES \"${_portolan_deps}/include\")
endif()
set(nlohmann_json_FOUND TRUE)
")
        file(WRITE "${_portolan_deps}/nlohmann_json-config-version.cmake" "\
set(PACKAGE_VERSION ${_json_version})
if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
")
    endif()
    set(spdlog_DIR "${_portolan_deps}" CACHE PATH "header-only spdlog for mingw-w64" FORCE)
    set(nlohmann_json_DIR "${_portolan_deps}" CACHE PATH "header-only nlohmann-json for mingw-w64" FORCE)
endif()
