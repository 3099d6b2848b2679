#include "apply_engine.h"

#include "conflicts_log.h"
#include "durable_file.h"
#include "secure_file.h"
#include "strict_json.h"

#include "../time_format.h"

#include <chrono>
#include <cstdlib>

#ifdef _WIN32
#include <process.h>
#define portolan_getpid _getpid
#else
#include <csignal>
#include <unistd.h>
#define portolan_getpid ::getpid
#endif

namespace portolan::conflicts {

using nlohmann::json;

namespace {

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string journalFileName()
{
    std::string stamp = formatIsoUtc(nowMs()); // "2026-11-21T23:52:38.123Z"
    for (auto& c : stamp)
        if (c == ':' || c == '.')
            c = '-';
    return "journal-" + stamp + "-" + std::to_string(portolan_getpid()) + ".json";
}

// Kills the process on the spot: no destructors, no flushing, like a power cut or a crash.
[[noreturn]] void crashNow()
{
    logger()->flush();
#ifdef _WIN32
    std::_Exit(86);
#else
    ::raise(SIGKILL);
    std::_Exit(86);
#endif
}

bool saveJournal(const std::string& path, const Journal& journal, std::string& error)
{
    return writeFileDurably(path, writeJournalJson(journal), 0600, error);
}

OperationResult resultOf(const JournalEntry& entry, const OpOutcome& outcome)
{
    return { entry.index, entry.operation.kind, entry.target, outcome.status, outcome.verified, outcome.before,
        outcome.after, outcome.message };
}

bool needsReboot(OpKind kind)
{
    // Tcpip\Parameters is read at boot (KB 812873: "restart the computer"); the DNS values when the DNS service
    // starts, and sysctl.d files at boot.
    return kind == OpKind::WindowsReservedPorts || kind == OpKind::WindowsDeleteMaxUserPort;
}

} // namespace

std::optional<std::size_t> faultAbortAfterFromEnvironment()
{
    const char* value = std::getenv("PORTOLAN_FAULT_ABORT_AFTER");
    if (!value || !*value)
        return std::nullopt;
    char* end = nullptr;
    const unsigned long n = std::strtoul(value, &end, 10);
    if (!end || *end)
        return std::nullopt;
    return static_cast<std::size_t>(n);
}

ApplyResult rejected(std::string action, std::string input, std::string error)
{
    ApplyResult r;
    r.action = std::move(action);
    r.status = "rejected";
    r.input = std::move(input);
    r.error = std::move(error);
    logger()->error("{} rejected: {}", r.action, r.error);
    return r;
}

ApplyResult applyPlanFile(const std::string& planPath, OperationExecutor& executor, const ApplyOptions& options)
{
    std::string text, error;
    if (!readTrustedFile(planPath, kMaxPlanBytes, text, error))
        return rejected("apply", planPath, error);
    const auto parsed = parsePlanJson(text);
    if (!parsed.plan)
        return rejected("apply", planPath, planPath + ": " + parsed.error);
    const Plan& plan = *parsed.plan;
    if (plan.platform != executor.platform())
        return rejected("apply", planPath,
            planPath + ": a " + std::string(platformName(plan.platform)) + " plan cannot be applied on "
                + std::string(platformName(executor.platform())));
    if (auto problem = checkRegistryBase(options.paths.registryBase); !problem.empty())
        return rejected("apply", planPath, problem);

    // Everything is read before anything is written: a target we cannot read refuses the whole plan.
    Journal journal;
    journal.platform = plan.platform;
    journal.plan = absolutePath(planPath);
    journal.startedAt = formatIsoUtc(nowMs());
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        JournalEntry entry;
        entry.index = i;
        entry.operation = plan.operations[i];
        entry.operation.preview = {};
        if (auto problem = executor.capture(entry.operation, entry); !problem.empty())
            return rejected("apply", planPath,
                "operations[" + std::to_string(i) + "] (" + std::string(opName(entry.operation.kind)) + "): " + problem
                    + "; nothing was changed");
        journal.entries.push_back(std::move(entry));
    }
    const std::string directory = options.paths.journalDirectory.empty() ? defaultJournalDirectory(options.paths)
                                                                         : options.paths.journalDirectory;
    if (!makeDirectories(directory, 0700, error))
        return rejected("apply", planPath, "journal directory: " + error + "; nothing was changed");
    const std::string journalPath = joinPath(directory, journalFileName());
    if (!saveJournal(journalPath, journal, error))
        return rejected("apply", planPath, "writing the journal: " + error + "; nothing was changed");
    logger()->info("apply {}: journal {}", planPath, journalPath);

    ApplyResult result;
    result.action = "apply";
    result.status = "ok";
    result.input = planPath;
    result.journal = journalPath;
    result.notes = plan.consequences.notes;
    std::size_t applied = 0;
    bool stopped = false;
    for (auto& entry : journal.entries) {
        if (stopped) {
            result.operations.push_back({ entry.index, entry.operation.kind, entry.target, EntryStatus::Pending, false,
                {}, {}, "not run: an earlier operation failed" });
            continue;
        }
        const OpOutcome outcome = executor.apply(entry.operation, entry);
        logger()->info("apply {} {}: {} {}", opName(entry.operation.kind), entry.target,
            entryStatusName(outcome.status), outcome.message);
        if (outcome.status == EntryStatus::Applied || outcome.status == EntryStatus::Unchanged
            || outcome.status == EntryStatus::Skipped)
            ++applied;
        if (options.abortAfter && applied == *options.abortAfter)
            crashNow();
        entry.status = outcome.status;
        entry.message = outcome.message;
        result.operations.push_back(resultOf(entry, outcome));
        if (outcome.status == EntryStatus::Applied && needsReboot(entry.operation.kind))
            result.reboot = true;
        if (outcome.status == EntryStatus::Failed) {
            stopped = true;
            result.status = "failed";
            result.error = "operations[" + std::to_string(entry.index) + "] ("
                + std::string(opName(entry.operation.kind)) + ") failed: " + outcome.message + "; `portolan undo "
                + journalPath + "` restores the previous values";
        }
        journal.state = stopped ? "failed" : "in-progress";
        if (!saveJournal(journalPath, journal, error)) {
            result.status = "failed";
            result.error = "updating the journal: " + error;
            return result;
        }
    }
    journal.state = stopped ? "failed" : "complete";
    if (!saveJournal(journalPath, journal, error)) {
        result.status = "failed";
        result.error = "updating the journal: " + error;
    }
    return result;
}

ApplyResult undoJournalFile(const std::string& journalPath, OperationExecutor& executor, const ApplyOptions& options)
{
    std::string text, error;
    if (!readTrustedFile(journalPath, kMaxJournalBytes, text, error))
        return rejected("undo", journalPath, error);
    auto parsed = parseJournalJson(text);
    if (!parsed.journal)
        return rejected("undo", journalPath, journalPath + ": " + parsed.error);
    Journal& journal = *parsed.journal;
    if (journal.platform != executor.platform())
        return rejected("undo", journalPath,
            journalPath + ": a " + std::string(platformName(journal.platform)) + " journal cannot be undone on "
                + std::string(platformName(executor.platform())));
    if (auto problem = checkRegistryBase(options.paths.registryBase); !problem.empty())
        return rejected("undo", journalPath, problem);

    ApplyResult result;
    result.action = "undo";
    result.status = "ok";
    result.input = journalPath;
    result.journal = journalPath;
    // Last change first. Entries that never ran are restored too: their value is the one from before the plan,
    // and after a crash the journal cannot tell whether the operation in progress had already written.
    for (auto it = journal.entries.rbegin(); it != journal.entries.rend(); ++it) {
        JournalEntry& entry = *it;
        if (entry.operation.kind != OpKind::WindowsExcludedPortRange && !entry.hasValue) {
            OperationResult r { entry.index, entry.operation.kind, entry.target, EntryStatus::Skipped, true, {}, {},
                "a restart is not undone" };
            result.operations.push_back(r);
            continue;
        }
        const OpOutcome outcome = executor.restore(entry);
        logger()->info("undo {} {}: {} {}", opName(entry.operation.kind), entry.target, entryStatusName(outcome.status),
            outcome.message);
        result.operations.push_back(resultOf(entry, outcome));
        if (outcome.status == EntryStatus::Failed) {
            result.status = "failed";
            if (result.error.empty())
                result.error = "restoring " + entry.target + " failed: " + outcome.message;
            continue;
        }
        entry.status = EntryStatus::Restored;
        if (needsReboot(entry.operation.kind))
            result.reboot = true;
    }
    journal.state = result.status == "ok" ? "undone" : journal.state;
    if (!saveJournal(journalPath, journal, error))
        result.notes.push_back("the journal could not be marked undone: " + error);
    return result;
}

std::string writeResultJson(const ApplyResult& result)
{
    json operations = json::array();
    for (const auto& op : result.operations)
        operations.push_back({ { "index", op.index }, { "op", opName(op.kind) }, { "target", op.target },
            { "status", op.status == EntryStatus::Pending ? "not-run" : std::string(entryStatusName(op.status)) },
            { "verified", op.verified }, { "before", op.before }, { "after", op.after }, { "message", op.message } });
    json doc { { "schema", kResultSchema }, { "version", 1 }, { "action", result.action }, { "status", result.status },
        { "error", result.error }, { "input", result.input }, { "journal", result.journal },
        { "reboot", result.reboot }, { "exitCode", result.exitCode() }, { "operations", operations },
        { "notes", result.notes } };
    return doc.dump(2) + "\n";
}

std::optional<ApplyResult> parseResultJson(std::string_view text, std::string& error)
{
    try {
        const auto doc = json::parse(text.begin(), text.end());
        if (!doc.is_object() || doc.value("schema", "") != kResultSchema) {
            error = "not a portolan.fix-result document";
            return std::nullopt;
        }
        ApplyResult r;
        r.action = doc.value("action", "");
        r.status = doc.value("status", "");
        r.error = doc.value("error", "");
        r.input = doc.value("input", "");
        r.journal = doc.value("journal", "");
        r.reboot = doc.value("reboot", false);
        r.notes = doc.value("notes", std::vector<std::string> {});
        for (const auto& op : doc.value("operations", json::array())) {
            OperationResult o;
            o.index = op.value("index", std::size_t(0));
            o.kind = parseOpName(op.value("op", "")).value_or(OpKind::LinuxReservedPortsRuntime);
            o.target = op.value("target", "");
            const auto status = op.value("status", "");
            o.status
                = status == "not-run" ? EntryStatus::Pending : parseEntryStatus(status).value_or(EntryStatus::Failed);
            o.verified = op.value("verified", false);
            o.before = op.value("before", "");
            o.after = op.value("after", "");
            o.message = op.value("message", "");
            r.operations.push_back(std::move(o));
        }
        if (r.status != "ok" && r.status != "failed" && r.status != "rejected") {
            error = "unknown status \"" + r.status + "\"";
            return std::nullopt;
        }
        return r;
    } catch (const json::exception& e) {
        error = e.what();
        return std::nullopt;
    }
}

std::string describeResult(const ApplyResult& result)
{
    std::string out = result.action + ": " + result.status;
    if (!result.error.empty())
        out += ": " + result.error;
    out += "\n";
    for (const auto& op : result.operations) {
        out += "  [" + std::string(op.status == EntryStatus::Pending ? "not-run" : entryStatusName(op.status)) + "] "
            + std::string(opName(op.kind)) + " " + op.target;
        if (op.status == EntryStatus::Applied || op.status == EntryStatus::Restored)
            out += std::string(op.verified ? " (verified)" : " (NOT verified)");
        if (!op.message.empty())
            out += ": " + op.message;
        out += "\n";
    }
    if (!result.journal.empty() && result.action == "apply")
        out += "journal: " + result.journal + " (portolan undo " + result.journal + ")\n";
    if (result.reboot)
        out += "A restart of the computer is needed for these values to take effect.\n";
    for (const auto& note : result.notes)
        out += "note: " + note + "\n";
    return out;
}

} // namespace portolan::conflicts
