#include "elevation.h"

namespace portolan::conflicts {

std::string_view elevationMethodName(ElevationMethod method)
{
    switch (method) {
    case ElevationMethod::None:
        return "none";
    case ElevationMethod::Pkexec:
        return "pkexec";
    case ElevationMethod::Sudo:
        return "sudo";
    case ElevationMethod::Launcher:
        return "launcher";
    case ElevationMethod::RunAs:
        return "runas";
    case ElevationMethod::Unavailable:
        return "unavailable";
    }
    return "unavailable";
}

ElevationDecision decideElevation(const ElevationRequest& request)
{
    ElevationDecision d;
    if (request.elevatedChild) {
        // The child never relaunches: a child that is still not elevated means elevation did not work, and
        // relaunching again would loop.
        if (request.elevated)
            d.method = ElevationMethod::None;
        else
            d.error = "this is the relaunched process and it is still not elevated; refusing to relaunch again";
        return d;
    }
    if (request.elevated && !request.forceRelaunch) {
        d.method = ElevationMethod::None;
        return d;
    }
    if (request.executable.empty()) {
        d.error = "cannot tell which program to relaunch elevated";
        return d;
    }
    std::vector<std::string> tail = request.arguments;
    tail.emplace_back(kElevatedChildFlag);

    if (request.platform == Platform::Windows) {
        d.method = ElevationMethod::RunAs;
        d.file = request.executable;
        d.parameters = windowsCommandLine(tail);
        return d;
    }
    auto command = [&](std::vector<std::string> head) {
        head.push_back(request.executable);
        head.insert(head.end(), tail.begin(), tail.end());
        return head;
    };
    const std::string& with = request.with;
    if (with == "pkexec" || (with.empty() && !request.pkexecPath.empty())) {
        if (request.pkexecPath.empty()) {
            d.error = "pkexec is not installed (package policykit-1 / polkitd + pkexec)";
            return d;
        }
        d.method = ElevationMethod::Pkexec;
        d.argv = command({ request.pkexecPath });
        return d;
    }
    if (with == "sudo" || (with.empty() && !request.sudoPath.empty())) {
        if (request.sudoPath.empty()) {
            d.error = "sudo is not installed";
            return d;
        }
        // -n: never prompt; this works only where the administrator allowed it (sudoers NOPASSWD for portolan).
        d.method = ElevationMethod::Sudo;
        d.argv = command({ request.sudoPath, "-n", "--" });
        return d;
    }
    if (!with.empty() && with.front() == '/') {
        d.method = ElevationMethod::Launcher;
        d.argv = command({ with });
        return d;
    }
    if (!with.empty()) {
        d.error = "unknown --elevate-with \"" + with + "\" (pkexec, sudo, or the absolute path of a launcher)";
        return d;
    }
    d.error = "not running as root and neither pkexec nor sudo is available: run this command as root, install "
              "pkexec with the polkit action org.portolan.apply (resources/polkit), or allow it through sudo";
    return d;
}

std::string quoteWindowsArgument(std::string_view argument)
{
    if (!argument.empty() && argument.find_first_of(" \t\n\v\"") == std::string_view::npos)
        return std::string(argument);
    std::string out = "\"";
    std::size_t backslashes = 0;
    for (char c : argument) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        if (c == '"') {
            out.append(backslashes * 2 + 1, '\\');
            out.push_back('"');
        } else {
            out.append(backslashes, '\\');
            out.push_back(c);
        }
        backslashes = 0;
    }
    out.append(backslashes * 2, '\\'); // before the closing quote, each backslash doubles
    out.push_back('"');
    return out;
}

std::string windowsCommandLine(const std::vector<std::string>& arguments)
{
    std::string out;
    for (const auto& a : arguments) {
        if (!out.empty())
            out.push_back(' ');
        out += quoteWindowsArgument(a);
    }
    return out;
}

} // namespace portolan::conflicts
