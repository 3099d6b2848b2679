#include "fix_plan.h"
#include "strict_json.h"

#include "../text_util.h"

namespace portolan::conflicts {

using nlohmann::json;

namespace {

json previewJson(const OperationPreview& p)
{
    json out = json::object();
    if (!p.target.empty())
        out["target"] = p.target;
    out["before"] = p.before;
    out["after"] = p.after;
    if (!p.effect.empty())
        out["effect"] = p.effect;
    if (!p.note.empty())
        out["note"] = p.note;
    return out;
}

json rangesJson(const std::vector<PortRange>& ranges)
{
    json out = json::array();
    for (const auto& r : ranges)
        out.push_back(formatPortRange(r));
    return out;
}

std::string protocolWord(Protocol protocol)
{
    return protocol == Protocol::Tcp ? "tcp" : "udp";
}

// The fields each operation may carry, besides "op" and "preview".
std::set<std::string> fieldsOf(OpKind kind)
{
    switch (kind) {
    case OpKind::LinuxReservedPortsRuntime:
    case OpKind::WindowsReservedPorts:
    case OpKind::WindowsDnsPoolExcluded:
        return { "ranges" };
    case OpKind::LinuxReservedPortsPersistent:
        return { "ranges", "file" };
    case OpKind::WindowsExcludedPortRange:
        return { "ranges", "protocol" };
    case OpKind::LinuxRestartUnit:
    case OpKind::WindowsRestartService:
        return { "name", "role", "protocol", "port" };
    case OpKind::WindowsDnsPoolSize:
        return { "value" };
    case OpKind::WindowsDeleteMaxUserPort:
        return {};
    }
    return {};
}

std::optional<std::vector<PortRange>> readRanges(strict::Reader& r, const json& op, const std::string& path)
{
    const auto* v = r.field(op, path, "ranges", true);
    if (!v)
        return std::nullopt;
    if (!v->is_array()) {
        r.fail(path + ".ranges", "must be a list of port ranges");
        return std::nullopt;
    }
    std::vector<PortRange> ranges;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& item = (*v)[i];
        const auto range = item.is_string() ? parsePortRange(item.get<std::string>()) : std::nullopt;
        if (!range) {
            r.fail(strict::Reader::index(path + ".ranges", i),
                "\"" + (item.is_string() ? item.get<std::string>() : item.dump())
                    + "\" is not a port range such as 1812 or 1645-1646");
            return std::nullopt;
        }
        ranges.push_back(*range);
    }
    return ranges;
}

std::optional<Protocol> readProtocol(strict::Reader& r, const json& op, const std::string& path)
{
    const auto text = r.string(op, path, "protocol", true, 16);
    if (!text)
        return std::nullopt;
    if (*text == "tcp")
        return Protocol::Tcp;
    if (*text == "udp")
        return Protocol::Udp;
    r.fail(path + ".protocol", "must be \"tcp\" or \"udp\"");
    return std::nullopt;
}

std::optional<Operation> readOperation(strict::Reader& r, const json& item, const std::string& path)
{
    if (!item.is_object()) {
        r.fail(path, "must be an object");
        return std::nullopt;
    }
    const auto name = r.string(item, path, "op", true, 64);
    if (!name)
        return std::nullopt;
    const auto kind = parseOpName(*name);
    if (!kind) {
        r.fail(path + ".op", "unknown operation \"" + *name + "\" (not in the closed set of fix operations)");
        return std::nullopt;
    }
    auto allowed = fieldsOf(*kind);
    allowed.insert("op");
    allowed.insert("preview");
    if (!r.object(item, path, allowed))
        return std::nullopt;
    Operation op;
    op.kind = *kind;
    const auto& fields = fieldsOf(*kind);
    if (fields.count("ranges")) {
        auto ranges = readRanges(r, item, path);
        if (!ranges)
            return std::nullopt;
        op.ranges = std::move(*ranges);
    }
    if (fields.count("file")) {
        auto file = r.string(item, path, "file", true, 128);
        if (!file)
            return std::nullopt;
        op.file = *file;
    }
    if (fields.count("protocol")) {
        auto protocol = readProtocol(r, item, path);
        if (!protocol)
            return std::nullopt;
        op.protocol = *protocol;
    }
    if (fields.count("name")) {
        auto text = r.string(item, path, "name", true, 256);
        if (!text)
            return std::nullopt;
        op.name = *text;
        auto role = r.string(item, path, "role", true, 16);
        if (!role)
            return std::nullopt;
        if (*role == "squatter")
            op.role = RestartRole::Squatter;
        else if (*role == "victim")
            op.role = RestartRole::Victim;
        else {
            r.fail(path + ".role", "must be \"squatter\" or \"victim\"");
            return std::nullopt;
        }
        auto port = r.number(item, path, "port", true, 65535);
        if (!port)
            return std::nullopt;
        op.port = static_cast<std::uint16_t>(*port);
    }
    if (fields.count("value")) {
        auto value = r.number(item, path, "value", true, 0xffffffffu);
        if (!value)
            return std::nullopt;
        op.value = static_cast<std::uint32_t>(*value);
    }
    if (const auto* preview = r.field(item, path, "preview", false)) {
        const std::string p = path + ".preview";
        if (!r.object(*preview, p, { "target", "before", "after", "effect", "note" }))
            return std::nullopt;
        for (auto [key, slot] : { std::pair { "target", &op.preview.target },
                 std::pair { "before", &op.preview.before }, std::pair { "after", &op.preview.after },
                 std::pair { "effect", &op.preview.effect }, std::pair { "note", &op.preview.note } }) {
            auto text = r.string(*preview, p, key, false);
            if (r.failed())
                return std::nullopt;
            if (text)
                *slot = *text;
        }
    }
    if (auto error = checkOperation(op); !error.empty()) {
        r.fail(path, error);
        return std::nullopt;
    }
    return op;
}

std::optional<std::vector<std::string>> readStrings(
    strict::Reader& r, const json& object, const std::string& path, const char* key, std::size_t maxItems)
{
    const auto* v = r.field(object, path, key, false);
    std::vector<std::string> out;
    if (!v)
        return out;
    const auto where = strict::Reader::join(path, key);
    if (!v->is_array() || v->size() > maxItems) {
        r.fail(where, "must be a list of at most " + std::to_string(maxItems) + " strings");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (!(*v)[i].is_string() || (*v)[i].get<std::string>().size() > 65536) {
            r.fail(strict::Reader::index(where, i), "must be a string");
            return std::nullopt;
        }
        out.push_back((*v)[i].get<std::string>());
    }
    return out;
}

} // namespace

std::string writePlanJson(const Plan& plan)
{
    json operations = json::array();
    for (const auto& op : plan.operations) {
        json item { { "op", opName(op.kind) } };
        const auto fields = fieldsOf(op.kind);
        if (fields.count("ranges"))
            item["ranges"] = rangesJson(op.ranges);
        if (fields.count("file"))
            item["file"] = op.file;
        if (fields.count("protocol"))
            item["protocol"] = protocolWord(op.protocol);
        if (fields.count("name")) {
            item["name"] = op.name;
            item["role"] = restartRoleName(op.role);
            item["port"] = op.port;
        }
        if (fields.count("value"))
            item["value"] = op.value;
        item["preview"] = previewJson(op.preview);
        operations.push_back(std::move(item));
    }
    json doc { { "schema", kPlanSchema }, { "version", kPlanVersion }, { "platform", platformName(plan.platform) },
        { "host", plan.host }, { "createdAt", plan.createdAt }, { "findings", plan.findings },
        { "operations", operations },
        { "consequences",
            { { "reboot", plan.consequences.reboot }, { "restarts", plan.consequences.restarts },
                { "notes", plan.consequences.notes } } } };
    return doc.dump(2) + "\n";
}

PlanParse parsePlanJson(std::string_view text)
{
    PlanParse out;
    const auto parsed = strict::parseDocument(text, out.error);
    if (!parsed)
        return out;
    const json& doc = *parsed;
    strict::Reader r;
    if (!r.object(doc, "",
            { "schema", "version", "platform", "host", "createdAt", "findings", "operations", "consequences" })) {
        out.error = r.error();
        return out;
    }
    const auto schema = r.string(doc, "", "schema", true, 64);
    const auto version = r.number(doc, "", "version", true, 1000);
    if (r.failed() || *schema != kPlanSchema || *version != std::uint64_t(kPlanVersion)) {
        out.error = r.failed() ? r.error()
                               : "not a fix plan: \"schema\" must be \"" + std::string(kPlanSchema)
                + "\" and \"version\" " + std::to_string(kPlanVersion);
        return out;
    }
    Plan plan;
    const auto platform = r.string(doc, "", "platform", true, 16);
    if (platform) {
        if (auto p = parsePlatform(*platform); p && *platform == platformName(*p))
            plan.platform = *p;
        else
            r.fail("platform", "must be \"linux\" or \"windows\"");
    }
    plan.host = r.string(doc, "", "host", false, 256).value_or("");
    plan.createdAt = r.string(doc, "", "createdAt", false, 64).value_or("");
    if (auto findings = readStrings(r, doc, "", "findings", 1024))
        plan.findings = std::move(*findings);
    const auto* operations = r.field(doc, "", "operations", true);
    if (operations && !r.failed()) {
        if (!operations->is_array() || operations->empty() || operations->size() > kMaxOperations)
            r.fail("operations", "must list 1 to " + std::to_string(kMaxOperations) + " operations");
        for (std::size_t i = 0; !r.failed() && i < operations->size(); ++i) {
            auto op = readOperation(r, (*operations)[i], strict::Reader::index("operations", i));
            if (!op)
                break;
            if (opPlatform(op->kind) != plan.platform) {
                r.fail(strict::Reader::index("operations", i),
                    "\"" + std::string(opName(op->kind)) + "\" is not a " + std::string(platformName(plan.platform))
                        + " operation");
                break;
            }
            plan.operations.push_back(std::move(*op));
        }
    }
    if (const auto* c = r.field(doc, "", "consequences", false); c && !r.failed()) {
        if (r.object(*c, "consequences", { "reboot", "restarts", "notes" })) {
            plan.consequences.reboot = r.boolean(*c, "consequences", "reboot", false).value_or(false);
            if (auto restarts = readStrings(r, *c, "consequences", "restarts", kMaxOperations))
                plan.consequences.restarts = std::move(*restarts);
            if (auto notes = readStrings(r, *c, "consequences", "notes", 256))
                plan.consequences.notes = std::move(*notes);
        }
    }
    if (r.failed()) {
        out.error = r.error();
        return out;
    }
    out.plan = std::move(plan);
    return out;
}

} // namespace portolan::conflicts
