# Translations (issue #13): every user-visible string of the GUI goes through tr(). A language is one
# translations/portolan_<lang>.ts listed below: lrelease compiles it at build time and the .qm is embedded under
# :/i18n in portolan_app (so the app and the widget tests both have it), where app/translation_loader.cpp finds it
# and View > Language offers it. `cmake --build build --target update_translations` (translations/update.sh)
# refreshes the .ts files from the sources, app/, widgets/ and model/qt/; tests/translations/check-ts.sh fails
# while a .ts has unfinished or obsolete entries, or is not listed here.
set(portolan_ts_files
    ${PROJECT_SOURCE_DIR}/translations/portolan_de.ts
    ${PROJECT_SOURCE_DIR}/translations/portolan_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/portolan_ja.ts)
# Unfinished entries stay out of the .qm: the English source shows instead of a half-reviewed text.
qt_add_lrelease(portolan_app TS_FILES ${portolan_ts_files} QM_FILES_OUTPUT_VARIABLE portolan_qm_files
    OPTIONS -nounfinished -silent)
qt_add_resources(portolan_app portolan_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${portolan_qm_files})
# One lupdate command for people, this target and the check: translations/update.sh (lupdate's own CMake target
# would see other include paths, and so other contexts, than the script).
add_custom_target(update_translations
    COMMAND bash ${PROJECT_SOURCE_DIR}/translations/update.sh --lupdate $<TARGET_FILE:Qt6::lupdate>
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "lupdate: refreshing translations/portolan_*.ts"
    VERBATIM)
