#pragma once

#include <cstddef>
#include <string>

namespace portolan::conflicts {

// Reads a whole file as bytes. Fails (with "PATH: reason" in `error`) when it cannot be opened or read, or when it
// is larger than `maxBytes`. For inputs the unprivileged side reads; the elevated side uses secure_file.h.
bool readTextFile(const std::string& path, std::size_t maxBytes, std::string& text, std::string& error);

} // namespace portolan::conflicts
