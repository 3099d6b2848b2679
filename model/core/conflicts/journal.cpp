#include "journal.h"

#include "base64.h"
#include "strict_json.h"

#include <array>

namespace portolan::conflicts {

using nlohmann::json;

namespace {
constexpr std::array kStatuses { std::pair { EntryStatus::Pending, "pending" },
    std::pair { EntryStatus::Applied, "applied" }, std::pair { EntryStatus::Unchanged, "unchanged" },
    std::pair { EntryStatus::Skipped, "skipped" }, std::pair { EntryStatus::Failed, "failed" },
    std::pair { EntryStatus::Restored, "restored" } };

json rangesJson(const std::vector<PortRange>& ranges)
{
    json out = json::array();
    for (const auto& r : ranges)
        out.push_back(formatPortRange(r));
    return out;
}
} // namespace

std::string_view entryStatusName(EntryStatus status)
{
    for (const auto& [s, name] : kStatuses)
        if (s == status)
            return name;
    return "pending";
}

std::optional<EntryStatus> parseEntryStatus(std::string_view text)
{
    for (const auto& [s, name] : kStatuses)
        if (text == name)
            return s;
    return std::nullopt;
}

std::string writeJournalJson(const Journal& journal)
{
    // The operation is stored the way the plan stores it, so the same strict reader checks it on undo.
    Plan wrapper;
    wrapper.platform = journal.platform;
    for (const auto& e : journal.entries) {
        Operation op = e.operation;
        op.preview = {};
        wrapper.operations.push_back(op);
    }
    const json operations
        = wrapper.operations.empty() ? json::array() : json::parse(writePlanJson(wrapper))["operations"];
    json entries = json::array();
    for (std::size_t i = 0; i < journal.entries.size(); ++i) {
        const auto& e = journal.entries[i];
        json op = operations[i];
        op.erase("preview");
        json item { { "index", e.index }, { "operation", op }, { "target", e.target }, { "hasValue", e.hasValue },
            { "status", entryStatusName(e.status) } };
        if (e.hasValue) {
            item["existed"] = e.existed;
            if (e.existed) {
                item["type"] = e.type;
                item["data"] = encodeBase64(e.data);
            }
        }
        if (!e.created.empty())
            item["created"] = rangesJson(e.created);
        if (!e.message.empty())
            item["message"] = e.message;
        entries.push_back(std::move(item));
    }
    json doc { { "schema", kJournalSchema }, { "version", kJournalVersion },
        { "platform", platformName(journal.platform) }, { "plan", journal.plan }, { "startedAt", journal.startedAt },
        { "state", journal.state }, { "entries", entries } };
    return doc.dump(2) + "\n";
}

JournalParse parseJournalJson(std::string_view text)
{
    JournalParse out;
    const auto parsed = strict::parseDocument(text, out.error);
    if (!parsed)
        return out;
    const json& doc = *parsed;
    strict::Reader r;
    if (!r.object(doc, "", { "schema", "version", "platform", "plan", "startedAt", "state", "entries" })) {
        out.error = r.error();
        return out;
    }
    const auto schema = r.string(doc, "", "schema", true, 64);
    const auto version = r.number(doc, "", "version", true, 1000);
    if (r.failed() || *schema != kJournalSchema || *version != std::uint64_t(kJournalVersion)) {
        out.error
            = r.failed() ? r.error() : "not a fix journal: \"schema\" must be \"" + std::string(kJournalSchema) + "\"";
        return out;
    }
    Journal journal;
    const auto platform = r.string(doc, "", "platform", true, 16);
    const auto parsedPlatform = platform ? parsePlatform(*platform) : std::nullopt;
    if (!parsedPlatform) {
        out.error = r.failed() ? r.error() : "platform: must be \"linux\" or \"windows\"";
        return out;
    }
    journal.platform = *parsedPlatform;
    journal.plan = r.string(doc, "", "plan", false, 4096).value_or("");
    journal.startedAt = r.string(doc, "", "startedAt", false, 64).value_or("");
    journal.state = r.string(doc, "", "state", true, 32).value_or("");
    if (!r.failed() && journal.state != "in-progress" && journal.state != "complete" && journal.state != "failed"
        && journal.state != "undone")
        r.fail("state", "unknown state \"" + journal.state + "\"");
    const auto* entries = r.field(doc, "", "entries", true);
    if (entries && !r.failed() && (!entries->is_array() || entries->size() > kMaxOperations))
        r.fail("entries", "must list at most " + std::to_string(kMaxOperations) + " entries");
    for (std::size_t i = 0; entries && !r.failed() && i < entries->size(); ++i) {
        const auto path = strict::Reader::index("entries", i);
        const auto& item = (*entries)[i];
        if (!r.object(item, path,
                { "index", "operation", "target", "hasValue", "existed", "type", "data", "created", "status",
                    "message" }))
            break;
        JournalEntry e;
        e.index = r.number(item, path, "index", true, kMaxOperations).value_or(0);
        e.target = r.string(item, path, "target", true, 4096).value_or("");
        e.hasValue = r.boolean(item, path, "hasValue", true).value_or(false);
        e.message = r.string(item, path, "message", false).value_or("");
        const auto status = r.string(item, path, "status", true, 32);
        if (r.failed())
            break;
        if (auto s = parseEntryStatus(*status))
            e.status = *s;
        else {
            r.fail(path + ".status", "unknown status \"" + *status + "\"");
            break;
        }
        // The operation goes through the plan reader: same closed set, same allow-lists.
        const auto* op = r.field(item, path, "operation", true);
        if (!op)
            break;
        json wrapper { { "schema", kPlanSchema }, { "version", kPlanVersion },
            { "platform", platformName(journal.platform) }, { "operations", json::array({ *op }) } };
        const auto parsed = parsePlanJson(wrapper.dump());
        if (!parsed.plan) {
            r.fail(path + ".operation", parsed.error);
            break;
        }
        e.operation = parsed.plan->operations.front();
        if (e.hasValue) {
            e.existed = r.boolean(item, path, "existed", true).value_or(false);
            if (e.existed) {
                e.type = static_cast<std::uint32_t>(r.number(item, path, "type", true, 0xffffffffu).value_or(0));
                const auto data = r.string(item, path, "data", true, kMaxJournalBytes);
                if (r.failed())
                    break;
                auto bytes = decodeBase64(*data);
                if (!bytes) {
                    r.fail(path + ".data", "is not base64");
                    break;
                }
                e.data = std::move(*bytes);
            }
        }
        if (const auto* created = r.field(item, path, "created", false)) {
            if (!created->is_array() || created->size() > kMaxRangesPerOperation) {
                r.fail(path + ".created", "must be a list of port ranges");
                break;
            }
            for (const auto& c : *created) {
                auto range = c.is_string() ? parsePortRange(c.get<std::string>()) : std::nullopt;
                if (!range || range->first == 0) {
                    r.fail(path + ".created", "must be a list of port ranges");
                    break;
                }
                e.created.push_back(*range);
            }
        }
        journal.entries.push_back(std::move(e));
    }
    if (r.failed()) {
        out.error = r.error();
        return out;
    }
    out.journal = std::move(journal);
    return out;
}

} // namespace portolan::conflicts
