# Windows resources for Portolan executables: version information and the asInvoker manifest.
#
#   include(${PROJECT_SOURCE_DIR}/resources/windows/windows_resources.cmake)
#   portolan_add_windows_resources(portolan-cli "Portolan command-line port viewer")
#
# Include it at directory scope (enable_language cannot run inside a function). Adding the resources twice to
# one target is a no-op, so both app/CMakeLists.txt and the Wine test build may ask for them.
if(NOT WIN32)
    return()
endif()
enable_language(RC)
set(PORTOLAN_WINDOWS_RESOURCES_DIR ${CMAKE_CURRENT_LIST_DIR})

function(portolan_add_windows_resources target description)
    get_target_property(done ${target} PORTOLAN_WINDOWS_RESOURCES)
    if(done)
        return()
    endif()
    set_target_properties(${target} PROPERTIES PORTOLAN_WINDOWS_RESOURCES ON)

    # The project's version, wherever this is called from (the Wine test build includes the project as a
    # subdirectory, where Portolan_VERSION is not visible).
    get_directory_property(version DIRECTORY ${PORTOLAN_WINDOWS_RESOURCES_DIR}/../.. DEFINITION Portolan_VERSION)
    if(NOT version)
        set(version 0.0.0)
    endif()
    string(REPLACE "." "," commas "${version}")
    string(REGEX MATCHALL "," parts "${commas}")
    list(LENGTH parts dots)
    while(dots LESS 3)
        string(APPEND commas ",0")
        math(EXPR dots "${dots} + 1")
    endwhile()

    set(PORTOLAN_RC_VERSION ${version})
    set(PORTOLAN_RC_VERSION_COMMAS ${commas})
    set(PORTOLAN_RC_DESCRIPTION "${description}")
    get_target_property(PORTOLAN_RC_NAME ${target} OUTPUT_NAME)
    if(NOT PORTOLAN_RC_NAME)
        set(PORTOLAN_RC_NAME ${target})
    endif()
    set(PORTOLAN_RC_MANIFEST ${PORTOLAN_WINDOWS_RESOURCES_DIR}/portolan.exe.manifest)
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PORTOLAN_WINDOWS_RESOURCES_DIR}/portolan.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    if(MSVC)
        target_sources(${target} PRIVATE ${PORTOLAN_RC_MANIFEST}) # the linker merges it into its own manifest
    else()
        set_property(SOURCE ${rc} TARGET_DIRECTORY ${target} APPEND PROPERTY COMPILE_DEFINITIONS
            PORTOLAN_RC_EMBED_MANIFEST)
        set_property(SOURCE ${rc} TARGET_DIRECTORY ${target} APPEND PROPERTY OBJECT_DEPENDS
            ${PORTOLAN_RC_MANIFEST})
    endif()
endfunction()
