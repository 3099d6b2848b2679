#include "sysctl_conf.h"

#include "port_merge.h"

#include "../text_util.h"

namespace portolan::conflicts {

namespace {

std::string normalizeKey(std::string_view key)
{
    std::string out(trim(key));
    if (!out.empty() && out.front() == '-')
        out.erase(0, 1);
    for (auto& c : out)
        if (c == '/')
            c = '.';
    return out;
}

struct Line
{
    std::string_view text; // without the newline
    bool newline = false;
};

std::vector<Line> splitLines(std::string_view content)
{
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < content.size()) {
        const auto end = content.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back({ content.substr(start), false });
            break;
        }
        lines.push_back({ content.substr(start, end - start), true });
        start = end + 1;
    }
    return lines;
}

// The value when `line` assigns `key`.
std::optional<std::string> assignmentOf(std::string_view line, std::string_view key)
{
    const auto text = trim(line);
    if (text.empty() || text.front() == '#' || text.front() == ';')
        return std::nullopt;
    const auto equals = text.find('=');
    if (equals == std::string_view::npos)
        return std::nullopt;
    if (normalizeKey(text.substr(0, equals)) != key)
        return std::nullopt;
    return std::string(trim(text.substr(equals + 1)));
}

constexpr std::string_view kHeader
    = "# Written by Portolan (portolan apply). Keeps the ports of known services out of automatic port assignment,\n"
      "# so that the services can still bind them after a restart: KB 956188's ReservedPorts workaround, applied to\n"
      "# Linux. `portolan undo JOURNAL` restores the previous contents. Lines Portolan does not manage are kept.\n";

} // namespace

std::vector<SysctlAssignment> sysctlAssignments(std::string_view content, std::string_view key)
{
    std::vector<SysctlAssignment> out;
    const auto wanted = normalizeKey(key);
    const auto lines = splitLines(content);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (auto value = assignmentOf(lines[i].text, wanted))
            out.push_back({ i + 1, std::move(*value) });
    return out;
}

SysctlMerge mergeReservedPortsFile(const std::optional<std::string>& existing, const std::vector<PortRange>& base,
    const std::vector<PortRange>& add, const std::string& fileName)
{
    SysctlMerge out;
    const std::string key(kReservedPortsKey);
    std::vector<PortRange> fileValue;
    std::vector<PortRange> lastValue;
    std::size_t lastLine = 0;
    if (existing) {
        for (const auto& a : sysctlAssignments(*existing, key)) {
            auto ranges = parsePortRangeList(a.value);
            if (!ranges) {
                out.error = fileName + ":" + std::to_string(a.line) + ": " + key + " = \"" + a.value
                    + "\" is not a port list Portolan understands; fix or remove that line by hand (nothing was "
                      "changed)";
                return out;
            }
            fileValue.insert(fileValue.end(), ranges->begin(), ranges->end());
            lastValue = normalizePortRanges(*ranges);
            lastLine = a.line;
        }
    }
    std::vector<PortRange> all = fileValue;
    all.insert(all.end(), base.begin(), base.end());
    all.insert(all.end(), add.begin(), add.end());
    out.value = normalizePortRanges(std::move(all));
    const std::string assignment = key + " = " + formatPortRangeList(out.value) + "\n";

    if (!existing) {
        out.content = std::string(kHeader) + assignment;
        out.changed = true;
        return out;
    }
    if (lastLine && lastValue == out.value) {
        out.content = *existing;
        return out;
    }
    const auto lines = splitLines(*existing);
    std::string content;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i + 1 == lastLine) {
            content += assignment;
            continue;
        }
        content.append(lines[i].text);
        if (lines[i].newline)
            content.push_back('\n');
    }
    if (!lastLine) {
        if (!content.empty() && content.back() != '\n')
            content.push_back('\n');
        content += assignment;
    }
    out.content = std::move(content);
    out.changed = true;
    return out;
}

} // namespace portolan::conflicts
