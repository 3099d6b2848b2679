#include "catalogue_json.h"

#include "conflicts_log.h"
#include "json_locator.h"
#include "text_file.h"

#include "../text_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace portolan::conflicts {

using nlohmann::json;

namespace {

// Collects problems for one entry; `fail` marks the entry unusable.
struct EntryContext
{
    const std::string& file;
    std::size_t line = 0;
    std::size_t index = 0;
    std::string id;
    std::vector<CatalogueProblem>& problems;
    bool failed = false;

    void fail(std::string reason)
    {
        problems.push_back({ file, line, index, id, std::move(reason) });
        failed = true;
    }
};

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(),
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'; });
}

std::optional<PortRange> readPorts(const json& value)
{
    if (value.is_number_unsigned()) {
        const auto port = value.get<std::uint64_t>();
        if (port < 1 || port > 65535)
            return std::nullopt;
        return PortRange { static_cast<std::uint16_t>(port), static_cast<std::uint16_t>(port) };
    }
    if (!value.is_string())
        return std::nullopt;
    const auto range = parsePortRange(value.get<std::string>());
    if (!range || range->first == 0)
        return std::nullopt;
    return range;
}

std::optional<std::vector<std::string>> readNames(const json& value)
{
    if (!value.is_array())
        return std::nullopt;
    std::vector<std::string> names;
    for (const auto& item : value) {
        if (!item.is_string() || trim(item.get<std::string>()).empty())
            return std::nullopt;
        names.emplace_back(trim(item.get<std::string>()));
    }
    return names;
}

std::optional<ExpectedOwners> readPlatformOwners(const json& value, const char* platform, EntryContext& context)
{
    if (!value.is_object()) {
        context.fail(std::string("\"owners.") + platform + "\" must be an object");
        return std::nullopt;
    }
    ExpectedOwners owners;
    for (const auto& [key, item] : value.items()) {
        if (key == "names" || key == "services") {
            auto names = readNames(item);
            if (!names) {
                context.fail(
                    std::string("\"owners.") + platform + "." + key + "\" must be a list of non-empty strings");
                return std::nullopt;
            }
            (key == "names" ? owners.names : owners.services) = std::move(*names);
        } else if (key == "kernel") {
            if (!item.is_boolean()) {
                context.fail(std::string("\"owners.") + platform + ".kernel\" must be true or false");
                return std::nullopt;
            }
            owners.kernel = item.get<bool>();
        } else {
            context.fail(
                std::string("unknown field \"owners.") + platform + "." + key + "\" (names, services, kernel)");
            return std::nullopt;
        }
    }
    if (owners.names.empty() && owners.services.empty() && !owners.kernel)
        context.fail(std::string("\"owners.") + platform + "\" names nobody: give names, services or kernel");
    return owners;
}

// Reads the fields of one entry into `o`; which are required is the caller's business.
void readEntryFields(const json& entry, bool allowEnabled, CatalogueOverride& o, EntryContext& context)
{
    static const std::set<std::string> kFields { "id", "protocol", "ports", "service", "owners", "source", "note",
        "critical" };
    for (const auto& [key, value] : entry.items()) {
        if (key == "id")
            continue;
        if (key == "enabled" && allowEnabled) {
            if (!value.is_boolean())
                context.fail("\"enabled\" must be true or false");
            else
                o.enabled = value.get<bool>();
        } else if (!kFields.count(key)) {
            context.fail("unknown field \"" + key + "\"");
        } else if (key == "protocol") {
            const auto protocol = value.is_string() ? parseProtocol(value.get<std::string>()) : std::nullopt;
            if (!protocol || (value.get<std::string>() != "tcp" && value.get<std::string>() != "udp"))
                context.fail("\"protocol\" must be \"tcp\" or \"udp\"");
            else
                o.protocol = protocol;
        } else if (key == "ports") {
            if (auto ports = readPorts(value))
                o.ports = ports;
            else
                context.fail("\"ports\" must be a port 1-65535 or a range \"first-last\", not " + value.dump());
        } else if (key == "service" || key == "source" || key == "note") {
            if (!value.is_string() || (key == "service" && trim(value.get<std::string>()).empty())) {
                context.fail("\"" + key + "\" must be a" + (key == "service" ? " non-empty" : "") + " string");
                continue;
            }
            (key == "service" ? o.service : key == "source" ? o.source : o.note) = value.get<std::string>();
        } else if (key == "critical") {
            if (!value.is_boolean())
                context.fail("\"critical\" must be true or false");
            else
                o.critical = value.get<bool>();
        } else if (key == "owners") {
            if (!value.is_object()) {
                context.fail("\"owners\" must be an object with \"windows\" and/or \"linux\"");
                continue;
            }
            for (const auto& [platform, owners] : value.items()) {
                if (platform == "windows")
                    o.windows = readPlatformOwners(owners, "windows", context);
                else if (platform == "linux")
                    o.linux = readPlatformOwners(owners, "linux", context);
                else
                    context.fail("unknown platform \"owners." + platform + "\" (windows, linux)");
            }
            if (value.empty())
                context.fail("\"owners\" is empty: give \"windows\" and/or \"linux\"");
        }
    }
}

// The common envelope: JSON, an object, the right schema and version, an "entries" array. Returns the entries
// or nullptr with a fatal problem recorded.
const json* readEnvelope(const json& doc, std::string_view schema, const std::string& file,
    std::vector<CatalogueProblem>& problems, bool& fatal)
{
    auto fatalProblem = [&](std::string reason) {
        problems.push_back({ file, 0, std::nullopt, {}, std::move(reason) });
        fatal = true;
        return nullptr;
    };
    if (!doc.is_object())
        return fatalProblem("not a catalogue: the top level must be an object");
    const auto s = doc.find("schema");
    if (s == doc.end() || !s->is_string() || s->get<std::string>() != schema)
        return fatalProblem("\"schema\" must be \"" + std::string(schema) + "\"");
    const auto v = doc.find("version");
    if (v == doc.end() || !v->is_number_integer() || v->get<int>() != kCatalogueVersion)
        return fatalProblem("\"version\" must be " + std::to_string(kCatalogueVersion));
    const auto e = doc.find("entries");
    if (e == doc.end() || !e->is_array())
        return fatalProblem("\"entries\" must be an array");
    for (const auto& [key, value] : doc.items())
        if (key != "schema" && key != "version" && key != "entries" && key != "description")
            problems.push_back({ file, 0, std::nullopt, {}, "unknown top-level field \"" + key + "\" ignored" });
    return &*e;
}

std::optional<json> parseDocument(
    std::string_view text, const std::string& file, std::vector<CatalogueProblem>& problems, bool& fatal)
{
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& error) {
        problems.push_back({ file, lineOfOffset(text, error.byte ? error.byte - 1 : 0), std::nullopt, {},
            std::string("not valid JSON: ") + error.what() });
        fatal = true;
        return std::nullopt;
    } catch (const json::exception& error) {
        // out_of_range 406: a number no double holds ("1e999"), thrown by parse() itself (fuzz_plan_json).
        problems.push_back({ file, 0, std::nullopt, {}, std::string("not valid JSON: ") + error.what() });
        fatal = true;
        return std::nullopt;
    }
}

template<typename Handler>
void forEachEntry(std::string_view text, const json& entries, const std::string& file,
    std::vector<CatalogueProblem>& problems, Handler handler)
{
    const auto lines = topLevelArrayElementLines(text, "entries");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EntryContext context { file, i < lines.size() ? lines[i] : 0, i, {}, problems };
        const auto& entry = entries[i];
        if (!entry.is_object()) {
            context.fail("an entry must be an object");
            continue;
        }
        const auto id = entry.find("id");
        if (id == entry.end() || !id->is_string() || !validId(id->get<std::string>())) {
            context.fail("\"id\" must be 1-64 characters of a-z, 0-9, '-', '.', '_'");
            continue;
        }
        context.id = id->get<std::string>();
        if (!seen.insert(context.id).second) {
            context.fail("duplicate id: an earlier entry has it; this one is ignored");
            continue;
        }
        handler(entry, context);
    }
}

json ownersJson(const ExpectedOwners& owners)
{
    json out = json::object();
    if (!owners.names.empty())
        out["names"] = owners.names;
    if (!owners.services.empty())
        out["services"] = owners.services;
    if (owners.kernel)
        out["kernel"] = true;
    return out;
}

// readTextFile's messages start with the path; the problem names the file itself.
std::string withoutPath(const std::string& error, const std::string& path)
{
    const std::string prefix = path + ": ";
    return error.rfind(prefix, 0) == 0 ? error.substr(prefix.size()) : error;
}

std::string portsText(const PortRange& range)
{
    return formatPortRange(range);
}

} // namespace

CatalogueFile parseCatalogueJson(std::string_view text, const std::string& file)
{
    CatalogueFile out;
    const auto doc = parseDocument(text, file, out.problems, out.fatal);
    if (!doc)
        return out;
    const json* entries = readEnvelope(*doc, kCatalogueSchema, file, out.problems, out.fatal);
    if (!entries)
        return out;
    forEachEntry(text, *entries, file, out.problems, [&](const json& entry, EntryContext& context) {
        CatalogueOverride fields;
        readEntryFields(entry, false, fields, context);
        for (const char* required : { "protocol", "ports", "service", "owners", "source" })
            if (!entry.contains(required))
                context.fail(std::string("missing \"") + required + "\"");
        if (context.failed)
            return;
        CatalogueEntry e;
        e.id = context.id;
        e.protocol = *fields.protocol;
        e.ports = *fields.ports;
        e.service = *fields.service;
        e.windows = fields.windows;
        e.linux = fields.linux;
        e.source = fields.source.value_or("");
        e.note = fields.note.value_or("");
        e.critical = fields.critical.value_or(false);
        e.origin = file;
        out.entries.push_back(std::move(e));
    });
    return out;
}

OverridesFile parseOverridesJson(std::string_view text, const std::string& file)
{
    OverridesFile out;
    const auto doc = parseDocument(text, file, out.problems, out.fatal);
    if (!doc)
        return out;
    const json* entries = readEnvelope(*doc, kOverridesSchema, file, out.problems, out.fatal);
    if (!entries)
        return out;
    forEachEntry(text, *entries, file, out.problems, [&](const json& entry, EntryContext& context) {
        CatalogueOverride o;
        o.id = context.id;
        o.file = file;
        o.line = context.line;
        o.index = context.index;
        readEntryFields(entry, true, o, context);
        if (!context.failed)
            out.overrides.push_back(std::move(o));
    });
    return out;
}

CatalogueFile loadCatalogueFile(const std::string& path)
{
    std::string text, error;
    if (!readTextFile(path, kMaxCatalogueBytes, text, error)) {
        CatalogueFile out;
        out.fatal = true;
        out.problems.push_back({ path, 0, std::nullopt, {}, withoutPath(error, path) });
        return out;
    }
    return parseCatalogueJson(text, path);
}

OverridesFile loadOverridesFile(const std::string& path)
{
    std::string text, error;
    if (!readTextFile(path, kMaxCatalogueBytes, text, error)) {
        OverridesFile out;
        out.fatal = true;
        out.problems.push_back({ path, 0, std::nullopt, {}, withoutPath(error, path) });
        return out;
    }
    return parseOverridesJson(text, path);
}

Catalogue loadEffectiveCatalogue(const std::string& cataloguePath, const std::string& overridesPath)
{
    CatalogueFile base = cataloguePath.empty()
        ? parseCatalogueJson(shippedCatalogueJson(), std::string(kShippedCatalogueName))
        : loadCatalogueFile(cataloguePath);
    std::vector<CatalogueOverride> overrides;
    std::vector<CatalogueProblem> problems = std::move(base.problems);
    bool fatal = base.fatal;
    if (!overridesPath.empty()) {
        auto loaded = loadOverridesFile(overridesPath);
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        overrides = std::move(loaded.overrides);
        fatal |= loaded.fatal;
    }
    Catalogue catalogue = mergeCatalogue(std::move(base.entries), overrides);
    problems.insert(problems.end(), catalogue.problems.begin(), catalogue.problems.end());
    catalogue.problems = std::move(problems);
    catalogue.fatal = fatal;
    for (const auto& p : catalogue.problems)
        logger()->debug("catalogue: {}", p.text()); // the caller shows them; logged for the GUI's log view
    logger()->debug("catalogue: {} entries", catalogue.entries.size());
    return catalogue;
}

std::string writeCatalogueJson(const std::vector<CatalogueEntry>& entries)
{
    json list = json::array();
    for (const auto& e : entries) {
        json owners = json::object();
        if (e.windows)
            owners["windows"] = ownersJson(*e.windows);
        if (e.linux)
            owners["linux"] = ownersJson(*e.linux);
        json item { { "id", e.id }, { "protocol", e.protocol == Protocol::Tcp ? "tcp" : "udp" },
            { "ports", portsText(e.ports) }, { "service", e.service }, { "owners", owners }, { "source", e.source } };
        if (!e.note.empty())
            item["note"] = e.note;
        if (e.critical)
            item["critical"] = true;
        list.push_back(std::move(item));
    }
    json doc { { "schema", kCatalogueSchema }, { "version", kCatalogueVersion }, { "entries", list } };
    return doc.dump(2) + "\n";
}

std::string writeOverridesJson(const std::vector<CatalogueOverride>& overrides)
{
    json list = json::array();
    for (const auto& o : overrides) {
        json item { { "id", o.id } };
        if (!o.enabled)
            item["enabled"] = false;
        if (o.protocol)
            item["protocol"] = *o.protocol == Protocol::Tcp ? "tcp" : "udp";
        if (o.ports)
            item["ports"] = portsText(*o.ports);
        if (o.service)
            item["service"] = *o.service;
        if (o.windows || o.linux) {
            json owners = json::object();
            if (o.windows)
                owners["windows"] = ownersJson(*o.windows);
            if (o.linux)
                owners["linux"] = ownersJson(*o.linux);
            item["owners"] = owners;
        }
        if (o.source)
            item["source"] = *o.source;
        if (o.note)
            item["note"] = *o.note;
        if (o.critical)
            item["critical"] = *o.critical;
        list.push_back(std::move(item));
    }
    json doc { { "schema", kOverridesSchema }, { "version", kCatalogueVersion }, { "entries", list } };
    return doc.dump(2) + "\n";
}

} // namespace portolan::conflicts
