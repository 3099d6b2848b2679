# Linux install layout and the .deb (issue #13): `cmake --install build` puts the programs in bin/, the desktop
# file, icon, AppStream metadata and polkit policy where desktops, software centres and pkexec look for them;
# `cpack -G DEB` (in the build folder) packages the same tree for /usr. The polkit policy names /usr/bin/portolan
# and /usr/bin/portolan-cli (pkexec compares exact paths), so the package installs under /usr.
include(GNUInstallDirs)
install(TARGETS portolan portolan-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/portolan.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/portolan.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.portolan.Portolan.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/polkit/org.portolan.apply.policy
    DESTINATION ${CMAKE_INSTALL_DATADIR}/polkit-1/actions)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portolan)
set(CPACK_PACKAGE_VENDOR Portolan)
set(CPACK_PACKAGE_CONTACT "Portolan developers <portolan@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Port viewer for crowded servers: which process holds this port, and should it?
 Portolan lists every TCP and UDP endpoint with its owner, stays fluid at 100,000 sockets, draws port usage
 against the real dynamic range and flags known-service ports held by the wrong process, with fixes that are
 backed up, verified and can be undone.")
# dpkg-shlibdeps works out the library packages (Qt 6, spdlog, fmt) from the binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# pkexec elevates the fixes; qt6-translations-l10n translates Qt's standard buttons; ss is not needed (netlink is
# read directly).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec | policykit-1, qt6-translations-l10n")
# The Japanese UI needs a CJK font, which a Japanese desktop already has; on a server's minimal X session it would
# draw empty boxes. Suggested, not recommended: fonts-noto-cjk is some 80 MiB for every other user.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk | fonts-ipafont-gothic")
include(CPack)
