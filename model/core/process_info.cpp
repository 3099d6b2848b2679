#include "process_info.h"

namespace portolan {

std::string ProcessInfo::displayName() const
{
    if (services.empty())
        return name;
    std::string out;
    for (const auto& service : services) {
        if (!out.empty())
            out += ", ";
        out += service;
    }
    out += " [";
    out += name;
    out += ']';
    return out;
}

} // namespace portolan
