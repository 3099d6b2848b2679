# Translations: every user-visible string goes through tr(). Adding a language is adding a .ts file here;
# `cmake --build build --target update_translations` refreshes them from the sources, and the .qm files are
# embedded under :/i18n, where main.cpp looks for portolan_<locale>.qm.
file(GLOB_RECURSE portolan_translatable_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/widgets/*.cpp ${PROJECT_SOURCE_DIR}/model/qt/*.cpp)
qt_add_translations(portolan
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/portolan_de.ts
    RESOURCE_PREFIX /i18n
    SOURCES ${portolan_translatable_sources})
