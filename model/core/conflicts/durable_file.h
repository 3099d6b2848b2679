#pragma once

#include <optional>
#include <string>
#include <string_view>

// Crash-safe file changes for the elevated side: a file is either its old contents or its new ones, and both the
// data and the rename are on disk before the call returns (so a journal written this way survives a power cut
// that hits the next operation).
namespace portolan::conflicts {

// Writes `content` to a temporary file next to `path` (created exclusively, never through a link), flushes it,
// renames it over `path` and flushes the directory. Refuses when `path` is a symbolic link or not a regular file.
// `mode` is the POSIX permission of a new file (ignored on Windows).
bool writeFileDurably(const std::string& path, std::string_view content, unsigned mode, std::string& error);

// Removes `path` (absent is fine) and flushes the directory. Refuses symbolic links.
bool removeFileDurably(const std::string& path, std::string& error);

// Reads a regular file; `content` is nullopt when the file does not exist. Refuses symbolic links and files
// larger than `maxBytes`.
bool readRegularFile(
    const std::string& path, std::size_t maxBytes, std::optional<std::string>& content, std::string& error);

// mkdir -p with `mode` for the directories it creates.
bool makeDirectories(const std::string& path, unsigned mode, std::string& error);

// Creates an empty file only this user can read, in the temporary directory; returns its path (empty on failure).
std::string createTemporaryFile(const std::string& prefix, std::string& error);

// "DIR/NAME" with the platform's separator.
std::string joinPath(const std::string& directory, const std::string& name);
// Absolute form of `path` (relative to the current directory); empty on failure.
std::string absolutePath(const std::string& path);

} // namespace portolan::conflicts
