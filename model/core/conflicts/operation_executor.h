#pragma once

#include "fix_plan.h"
#include "journal.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// The platform side of the fix operations: reading a target's current value, capturing it for the journal,
// applying an operation (merge, never replace) and reading it back, and restoring a journal entry. One
// implementation per platform (linux_executor.cpp, windows_executor.cpp); the apply engine and the plan builder
// only see this interface.
namespace portolan::conflicts {

// Where the operations act. The elevated side takes these from its own command line, never from the plan.
struct SystemPaths
{
    // Linux: prefix for /etc/sysctl.d, the systemd unit directories and /var/lib/portolan (tests point it at a
    // scratch directory; /proc/sys is never redirected: tests run in a private network namespace instead).
    std::string root;
    // Windows: the key that stands in for HKLM\SYSTEM\CurrentControlSet\Services. Tests only, and only
    // "HKCU\Software\Portolan-test-..." is accepted (see checkRegistryBase).
    std::string registryBase;
    std::string journalDirectory; // empty: defaultJournalDirectory()
};

// "/var/lib/portolan/journal" under the root on Linux; "%ProgramData%\Portolan\journal" on Windows.
std::string defaultJournalDirectory(const SystemPaths& paths);
// Empty when `base` is acceptable as SystemPaths::registryBase.
std::string checkRegistryBase(const std::string& base);

struct OpOutcome
{
    EntryStatus status = EntryStatus::Failed; // Applied, Unchanged, Skipped, Failed or Restored
    std::string before;
    std::string after;
    bool verified = false; // read back and found as intended
    std::string message;
};

class OperationExecutor
{
public:
    virtual ~OperationExecutor() = default;

    virtual Platform platform() const = 0;
    // What the operation changes, for people: a file, a registry value, a unit.
    virtual std::string targetOf(const Operation& op) const = 0;
    // Reads the current state and says what the operation would change (before/after). Problems that would make
    // apply refuse go to preview.note, starting with "cannot apply: ".
    virtual OperationPreview preview(const Operation& op) = 0;
    // Records the target's current value in `entry` (hasValue, existed, type, data, created). A non-empty result
    // is an error: the apply stops before changing anything.
    virtual std::string capture(const Operation& op, JournalEntry& entry) = 0;
    // Applies `op` (merging with whatever is there now) and reads the result back.
    virtual OpOutcome apply(const Operation& op, const JournalEntry& entry) = 0;
    // Puts the value `entry` recorded back, and reads it back.
    virtual OpOutcome restore(const JournalEntry& entry) = 0;

    // For the plan builder: the service or unit a process belongs to (`snapshotServices` are what the snapshot
    // knows), empty when none; and whether a service or unit is installed.
    virtual std::string serviceOfProcess(std::uint32_t pid, const std::vector<std::string>& snapshotServices) = 0;
    virtual bool serviceInstalled(const std::string& name) = 0;
    // Windows: pre-Vista TCP/IP (ReservedPorts instead of persistent excluded ranges). Linux: false.
    virtual bool legacyStack() const { return false; }
};

// The executor for the platform this binary runs on.
std::unique_ptr<OperationExecutor> createPlatformExecutor(const SystemPaths& paths);

} // namespace portolan::conflicts
