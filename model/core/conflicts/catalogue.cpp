#include "catalogue.h"

#include "../text_util.h"

#include <algorithm>
#include <unordered_map>

namespace portolan::conflicts {

std::string_view platformName(Platform platform)
{
    return platform == Platform::Windows ? "windows" : "linux";
}

std::optional<Platform> parsePlatform(std::string_view text)
{
    const auto lower = toLowerAscii(text);
    if (lower == "windows")
        return Platform::Windows;
    if (lower == "linux")
        return Platform::Linux;
    return std::nullopt;
}

std::string CatalogueProblem::text() const
{
    std::string out = file;
    if (line) {
        out += ':';
        out += std::to_string(line);
    }
    out += ": ";
    if (entry) {
        out += "entries[";
        out += std::to_string(*entry);
        out += "]";
        if (!id.empty()) {
            out += " (";
            out += id;
            out += ')';
        }
        out += ": ";
    }
    return out + reason;
}

const CatalogueEntry* Catalogue::find(std::string_view id) const
{
    for (const auto& e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

namespace {

CatalogueProblem problemOf(const CatalogueOverride& o, std::string reason)
{
    return { o.file, o.line, o.index, o.id, std::move(reason) };
}

void applyFields(CatalogueEntry& entry, const CatalogueOverride& o)
{
    if (o.protocol)
        entry.protocol = *o.protocol;
    if (o.ports)
        entry.ports = *o.ports;
    if (o.service)
        entry.service = *o.service;
    if (o.windows)
        entry.windows = o.windows;
    if (o.linux)
        entry.linux = o.linux;
    if (o.source)
        entry.source = *o.source;
    if (o.note)
        entry.note = *o.note;
    if (o.critical)
        entry.critical = *o.critical;
    entry.origin = o.file;
}

} // namespace

Catalogue mergeCatalogue(std::vector<CatalogueEntry> shipped, const std::vector<CatalogueOverride>& overrides)
{
    Catalogue out;
    out.entries = std::move(shipped);
    std::vector<bool> removed(out.entries.size(), false);
    std::unordered_map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < out.entries.size(); ++i)
        byId.emplace(out.entries[i].id, i);

    for (const auto& o : overrides) {
        const auto it = byId.find(o.id);
        if (it != byId.end()) {
            if (!o.enabled) {
                removed[it->second] = true;
                continue;
            }
            removed[it->second] = false; // an earlier override may have disabled it
            CatalogueEntry changed = out.entries[it->second];
            applyFields(changed, o);
            if (!changed.windows && !changed.linux) {
                out.problems.push_back(problemOf(o, "the entry would apply to no platform; override ignored"));
                continue;
            }
            out.entries[it->second] = std::move(changed);
            continue;
        }
        if (!o.enabled)
            continue; // disabling an entry that does not exist: nothing to do (a later catalogue may drop it)
        std::vector<std::string> missing;
        if (!o.protocol)
            missing.push_back("protocol");
        if (!o.ports)
            missing.push_back("ports");
        if (!o.service)
            missing.push_back("service");
        if (!o.windows && !o.linux)
            missing.push_back("owners");
        if (!missing.empty()) {
            std::string list;
            for (const auto& m : missing)
                list += (list.empty() ? "\"" : ", \"") + m + "\"";
            out.problems.push_back(problemOf(o, "new entry (no shipped entry has this id) lacks " + list));
            continue;
        }
        CatalogueEntry added;
        added.id = o.id;
        added.source = "user override";
        applyFields(added, o);
        byId.emplace(added.id, out.entries.size());
        out.entries.push_back(std::move(added));
        removed.push_back(false);
    }

    std::vector<CatalogueEntry> kept;
    kept.reserve(out.entries.size());
    for (std::size_t i = 0; i < out.entries.size(); ++i)
        if (!removed[i])
            kept.push_back(std::move(out.entries[i]));
    out.entries = std::move(kept);
    return out;
}

bool nameMatches(std::string_view name, const std::vector<std::string>& expected)
{
    if (name.empty())
        return false;
    const auto lower = toLowerAscii(name);
    constexpr std::size_t kCommLength = 15; // TASK_COMM_LEN - 1
    for (const auto& candidate : expected) {
        const auto want = toLowerAscii(candidate);
        if (want == lower)
            return true;
        if (lower.size() == kCommLength && want.size() > kCommLength && want.compare(0, kCommLength, lower) == 0)
            return true;
    }
    return false;
}

} // namespace portolan::conflicts
