#include "action_result.h"

#include <nlohmann/json.hpp>

namespace portolan::actions {

namespace {
constexpr std::string_view kSchema = "portolan.action-result";

constexpr std::pair<ActionStatus, std::string_view> kNames[] = {
    { ActionStatus::Done, "done" },
    { ActionStatus::NotFound, "not-found" },
    { ActionStatus::PermissionDenied, "permission-denied" },
    { ActionStatus::Unsupported, "unsupported" },
    { ActionStatus::Refused, "refused" },
    { ActionStatus::InvalidArgument, "invalid-argument" },
    { ActionStatus::TimedOut, "timed-out" },
    { ActionStatus::Failed, "failed" },
};
} // namespace

std::string_view actionStatusName(ActionStatus status)
{
    for (const auto& [value, name] : kNames)
        if (value == status)
            return name;
    return "failed";
}

std::optional<ActionStatus> parseActionStatus(std::string_view text)
{
    for (const auto& [value, name] : kNames)
        if (name == text)
            return value;
    return std::nullopt;
}

int actionExitCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return 0;
    case ActionStatus::NotFound:
        return 1;
    default:
        return 2;
    }
}

std::string writeActionResultJson(std::string_view action, const ActionResult& result)
{
    const nlohmann::json doc { { "schema", kSchema }, { "version", 1 }, { "action", action },
        { "status", actionStatusName(result.status) }, { "message", result.message },
        { "exitCode", result.exitCode() } };
    return doc.dump(2) + "\n";
}

std::optional<ActionResult> parseActionResultJson(std::string_view text, std::string& error)
{
    const auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        error = "not valid JSON";
        return std::nullopt;
    }
    const auto schema = doc.find("schema");
    const auto status = doc.find("status");
    const auto message = doc.find("message");
    if (schema == doc.end() || *schema != kSchema || status == doc.end() || !status->is_string() || message == doc.end()
        || !message->is_string()) {
        error = "not a portolan.action-result document";
        return std::nullopt;
    }
    const auto parsed = parseActionStatus(status->get<std::string>());
    if (!parsed) {
        error = "unknown status \"" + status->get<std::string>() + "\"";
        return std::nullopt;
    }
    return ActionResult { *parsed, message->get<std::string>() };
}

} // namespace portolan::actions
