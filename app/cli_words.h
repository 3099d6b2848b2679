#pragma once

#include <cstdint>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::cli {

// A command's words after the subcommand. Options are taken out as they are read, so whatever is left at the
// end is a mistake the user should hear about (finish()). Shared by every subcommand.
class Words
{
public:
    explicit Words(std::vector<std::string> words)
        : m_words(std::move(words))
    { }

    // `--name VALUE` or `--name=VALUE`, removed from the words; nullopt when absent.
    std::optional<std::string> take(std::string_view name);
    // Every occurrence of a repeatable option.
    std::vector<std::string> takeAll(std::string_view name);
    // A whole number option; records an error (and returns nullopt) when it is there but not a number.
    std::optional<long> takeNumber(std::string_view name);
    bool flag(std::string_view name);
    // The words that are not options, removed.
    std::vector<std::string> positional();
    // What is left, removed (to hand on to another command).
    std::vector<std::string> rest();

    void fail(std::string message);
    bool finish();
    const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_words;
    std::string m_error;
};

// A whole, non-negative number filling all of `text`; nullopt otherwise (a port, a pool size, a bucket).
std::optional<std::uint32_t> parseUnsigned(std::string_view text);

// Where a command writes: the file named by --output (created or truncated), or standard output when none.
class Output
{
public:
    explicit Output(const std::string& path);
    // False when the file could not be opened; why was printed on standard error.
    bool ok() const { return m_ok; }
    std::ostream& stream();

private:
    std::ofstream m_file;
    bool m_toFile = false;
    bool m_ok = true;
};

} // namespace portolan::cli
