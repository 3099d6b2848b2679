#include "import_test_support.h"

#include "core/logging.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <random>

namespace portolan::test {

namespace {
// One info line per import would bury the test output; problems are asserted, not logged.
const bool kQuietLogs = [] { return log::setLevel("warn"); }();
} // namespace

std::string toUtf16(std::string_view utf8, bool bom, bool bigEndian)
{
    std::string out;
    auto unit = [&](std::uint16_t u) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
        if (bigEndian) {
            out.push_back(hi);
            out.push_back(lo);
        } else {
            out.push_back(lo);
            out.push_back(hi);
        }
    };
    if (bom)
        unit(0xFEFF);
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        char32_t cp = 0;
        int extra = 0;
        if (b < 0x80)
            cp = b;
        else if ((b >> 5) == 0x6)
            cp = b & 0x1F, extra = 1;
        else if ((b >> 4) == 0xE)
            cp = b & 0x0F, extra = 2;
        else
            cp = b & 0x07, extra = 3;
        for (int k = 1; k <= extra; ++k)
            cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += 1 + extra;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            unit(static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
            unit(static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            unit(static_cast<std::uint16_t>(cp));
        }
    }
    return out;
}

std::string withBytes(std::string text, const std::vector<std::pair<std::string, std::string>>& replacements)
{
    for (const auto& [from, to] : replacements) {
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
            text.replace(pos, from.size(), to);
    }
    return text;
}

std::string crlf(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out.push_back('\r');
        out.push_back(c);
    }
    return out;
}

std::string sharedCapture(const std::string& name)
{
    const auto path = std::filesystem::path(PORTOLAN_SHARED_FIXTURES) / "captures" / name;
    std::error_code error;
    return std::filesystem::is_regular_file(path, error) ? path.string() : std::string();
}

std::string fixturePath(const std::string& name)
{
    return (std::filesystem::path(PORTOLAN_IMPORT_FIXTURES) / name).string();
}

std::string readFixture(const std::string& name)
{
    std::ifstream in(fixturePath(name), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TempDir::TempDir()
{
    static std::atomic<unsigned> counter { 0 };
    std::random_device random;
    m_path = std::filesystem::temp_directory_path()
        / ("portolan-import-test-" + std::to_string(random()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code error;
    std::filesystem::remove_all(m_path, error);
}

std::string TempDir::file(const std::string& name, std::string_view bytes) const
{
    const auto path = m_path / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
}

void expectBooksBalance(const ImportResult& result, bool lineFormat)
{
    const auto& s = result.summary;
    if (lineFormat) {
        EXPECT_EQ(s.linesRead, s.rowsRead + s.notRows) << "every line must be a row or a counted non-row";
    }
    EXPECT_EQ(s.rowsRead, s.rowsLoaded + s.rowsSkipped);
    EXPECT_EQ(s.rowsLoaded, result.snapshot.endpoints.size());
    EXPECT_EQ(s.rowsSkipped, s.problems.size() + s.problemsOmitted);
    std::size_t reasons = 0;
    for (const auto& [reason, count] : s.notRowReasons)
        reasons += count;
    EXPECT_EQ(reasons, s.notRows) << "not-rows must all have a reason";
}

Counts countProtocols(const Snapshot& snapshot)
{
    Counts counts;
    for (const auto& e : snapshot.endpoints)
        (e.protocol == Protocol::Tcp ? counts.tcp : counts.udp)++;
    return counts;
}

const Endpoint* findEndpoint(const Snapshot& snapshot, Protocol protocol, std::string_view localAddress,
    std::uint16_t localPort, std::string_view remoteAddress, std::uint16_t remotePort)
{
    for (const auto& e : snapshot.endpoints) {
        if (e.protocol != protocol || e.localPort != localPort || e.localAddress.toString() != localAddress)
            continue;
        if (!remoteAddress.empty() && (e.remoteAddress.toString() != remoteAddress || e.remotePort != remotePort))
            continue;
        return &e;
    }
    return nullptr;
}

std::string processName(const Snapshot& snapshot, const Endpoint& endpoint)
{
    const auto* p = snapshot.process(endpoint.pid);
    return p ? p->name : std::string();
}

std::string problemsText(const ImportResult& result)
{
    std::string out = result.fatal;
    for (const auto& problem : result.summary.problems)
        out += "\n  " + formatProblem(result.snapshot.meta.source, problem);
    for (const auto& warning : result.summary.warnings)
        out += "\n  warning: " + formatProblem(result.snapshot.meta.source, warning);
    return out;
}

} // namespace portolan::test
