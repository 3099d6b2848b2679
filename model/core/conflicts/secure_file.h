#pragma once

#include <string>
#include <string_view>

// How the elevated side reads the plan or journal it is handed, and writes its result file, without letting an
// unprivileged user redirect it. It trusts nothing the unprivileged side controls.
namespace portolan::conflicts {

// Reads a file only when it is a regular file (not a symbolic link or, on Windows, a reparse point) of at most
// `maxBytes`, not writable by other users (world-writable, or in a directory others may write without the sticky
// bit; on Windows a DACL that lets Everyone / Users / Authenticated Users write), and owned by root (SYSTEM,
// Administrators), the current user, or the user who asked for elevation (pkexec's PKEXEC_UID, sudo's
// SUDO_UID). The bytes come from the same open handle that was checked.
bool readTrustedFile(const std::string& path, std::size_t maxBytes, std::string& content, std::string& error);

// Writes the result file the unprivileged side asked for: never through a symbolic link, only over a regular
// file with one link that belongs to root, the current user or the invoking user, and handed to the invoking user
// so that it can read it (and delete it) afterwards.
bool writeResultFile(const std::string& path, std::string_view content, std::string& error);

} // namespace portolan::conflicts
