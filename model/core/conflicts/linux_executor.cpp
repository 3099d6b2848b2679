// The Linux OperationExecutor: dispatches to linux_reserved_ports.cpp and linux_units.cpp.

#include "linux_ops.h"

#include "durable_file.h"

namespace portolan::conflicts {

namespace {

class LinuxExecutor final : public OperationExecutor
{
public:
    explicit LinuxExecutor(SystemPaths paths)
        : m_paths(std::move(paths))
    { }

    Platform platform() const override { return Platform::Linux; }

    std::string targetOf(const Operation& op) const override
    {
        switch (op.kind) {
        case OpKind::LinuxReservedPortsRuntime:
            return linux_ops::kReservedPortsPath;
        case OpKind::LinuxReservedPortsPersistent:
            return linux_ops::persistentPath(m_paths.root, op.file);
        case OpKind::LinuxRestartUnit:
            return op.name;
        default:
            return {};
        }
    }

    OperationPreview preview(const Operation& op) override
    {
        switch (op.kind) {
        case OpKind::LinuxReservedPortsRuntime:
            return linux_ops::previewRuntime(op);
        case OpKind::LinuxReservedPortsPersistent:
            return linux_ops::previewPersistent(m_paths.root, op);
        case OpKind::LinuxRestartUnit:
            return linux_ops::previewRestart(op);
        default:
            return { {}, {}, {}, {}, "cannot apply: not a Linux operation" };
        }
    }

    std::string capture(const Operation& op, JournalEntry& entry) override
    {
        entry.target = targetOf(op);
        switch (op.kind) {
        case OpKind::LinuxReservedPortsRuntime:
            return linux_ops::captureRuntime(entry);
        case OpKind::LinuxReservedPortsPersistent:
            return linux_ops::capturePersistent(m_paths.root, op, entry);
        case OpKind::LinuxRestartUnit:
            entry.hasValue = false;
            return {};
        default:
            return std::string("\"") + std::string(opName(op.kind)) + "\" is not a Linux operation";
        }
    }

    OpOutcome apply(const Operation& op, const JournalEntry&) override
    {
        switch (op.kind) {
        case OpKind::LinuxReservedPortsRuntime:
            return linux_ops::applyRuntime(op);
        case OpKind::LinuxReservedPortsPersistent:
            return linux_ops::applyPersistent(m_paths.root, op);
        case OpKind::LinuxRestartUnit:
            return linux_ops::applyRestart(op);
        default:
            return { EntryStatus::Failed, {}, {}, false, "not a Linux operation" };
        }
    }

    OpOutcome restore(const JournalEntry& entry) override
    {
        switch (entry.operation.kind) {
        case OpKind::LinuxReservedPortsRuntime:
            return linux_ops::restoreRuntime(entry);
        case OpKind::LinuxReservedPortsPersistent:
            // The journal's target is not trusted: the file must be the one this root and file name give.
            if (entry.target != linux_ops::persistentPath(m_paths.root, entry.operation.file))
                return { EntryStatus::Failed, {}, {}, false,
                    "journal target " + entry.target + " is not "
                        + linux_ops::persistentPath(m_paths.root, entry.operation.file)
                        + " (was the journal made with another --root?)" };
            return linux_ops::restorePersistent(entry);
        case OpKind::LinuxRestartUnit:
            return { EntryStatus::Skipped, {}, {}, true, "a restart cannot be undone" };
        default:
            return { EntryStatus::Failed, {}, {}, false, "not a Linux operation" };
        }
    }

    std::string serviceOfProcess(std::uint32_t pid, const std::vector<std::string>&) override
    {
        return linux_ops::unitOfPid(pid);
    }

    bool serviceInstalled(const std::string& name) override { return linux_ops::unitInstalled(m_paths.root, name); }

private:
    SystemPaths m_paths;
};

} // namespace

std::string defaultJournalDirectory(const SystemPaths& paths)
{
    return paths.root + "/var/lib/portolan/journal";
}

std::string checkRegistryBase(const std::string& base)
{
    return base.empty() ? std::string() : "a registry base is a Windows option";
}

std::unique_ptr<OperationExecutor> createPlatformExecutor(const SystemPaths& paths)
{
    return std::make_unique<LinuxExecutor>(paths);
}

} // namespace portolan::conflicts
