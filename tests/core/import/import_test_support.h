#pragma once

// Helpers for the importer tests: byte builders for the encodings under test (written independently of the
// importer's own decoders), fixture paths, temporary directories and the bookkeeping checks every import must
// pass.

#include "core/import/capture_import.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace portolan::test {

// UTF-8 -> UTF-16LE (optionally with BOM) / UTF-16BE. Handles the full range, surrogate pairs included.
std::string toUtf16(std::string_view utf8, bool bom, bool bigEndian = false);

// UTF-8 text with some characters replaced by legacy-code-page bytes, for tests that write CP850/CP866/CP932
// files: `replacements` maps a UTF-8 string to the bytes the code page uses for it (taken from the code page
// charts / Python's codecs, not from the importer's tables).
std::string withBytes(std::string text, const std::vector<std::pair<std::string, std::string>>& replacements);

std::string crlf(std::string_view text); // LF -> CRLF

// ../shared/fixtures/captures/NAME, or empty when the shared fixtures are not checked out next to the tree.
std::string sharedCapture(const std::string& name);
#define PORTOLAN_REQUIRE_SHARED_CAPTURE(path, name)                                                                    \
    const std::string path = ::portolan::test::sharedCapture(name);                                                    \
    if (path.empty())                                                                                                  \
        GTEST_SKIP() << "shared capture " << name << " not found under " PORTOLAN_SHARED_FIXTURES                      \
                     << "/captures (check out ../shared next to the source tree to run this test)";

// tests/core/import/fixtures/NAME: its path, and its bytes (empty when missing, which the caller asserts).
std::string fixturePath(const std::string& name);
std::string readFixture(const std::string& name);

// A directory under the system temp dir, removed with everything in it when the object goes.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name, std::string_view bytes) const; // writes it, returns its path

private:
    std::filesystem::path m_path;
};

// linesRead == rowsRead + notRows (line formats), rowsRead == loaded + skipped, loaded == endpoints.
void expectBooksBalance(const ImportResult& result, bool lineFormat = true);

struct Counts
{
    std::size_t tcp = 0;
    std::size_t udp = 0;
};
Counts countProtocols(const Snapshot& snapshot);

// The endpoint with this protocol, local address text and port (first match), or nullptr.
const Endpoint* findEndpoint(const Snapshot& snapshot, Protocol protocol, std::string_view localAddress,
    std::uint16_t localPort, std::string_view remoteAddress = {}, std::uint16_t remotePort = 0);

std::string processName(const Snapshot& snapshot, const Endpoint& endpoint); // "" when none
std::string problemsText(const ImportResult& result); // for assertion messages

} // namespace portolan::test
