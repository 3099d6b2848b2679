// The Windows OperationExecutor: dispatches to windows_registry_ops.cpp, windows_port_exclusion.cpp and
// windows_service_control.cpp.

#include "windows_ops.h"

#include "durable_file.h"

#include "../windows/win_text.h"

#include <windows.h>

#include <shlobj.h>
#include <versionhelpers.h>

namespace portolan::conflicts {

namespace {

class WindowsExecutor final : public OperationExecutor
{
public:
    explicit WindowsExecutor(SystemPaths paths)
        : m_paths(std::move(paths))
        , m_layout(windows_ops::layoutFor(m_paths))
    { }

    Platform platform() const override { return Platform::Windows; }

    std::string targetOf(const Operation& op) const override
    {
        if (isRegistry(op.kind))
            return windows_ops::registryTarget(m_layout, op.kind).text();
        if (op.kind == OpKind::WindowsExcludedPortRange)
            return std::string("excluded port ranges, ") + (op.protocol == Protocol::Tcp ? "tcp" : "udp");
        return "service " + op.name;
    }

    OperationPreview preview(const Operation& op) override
    {
        if (isRegistry(op.kind))
            return windows_ops::previewRegistry(windows_ops::registryTarget(m_layout, op.kind), op);
        if (op.kind == OpKind::WindowsExcludedPortRange)
            return windows_ops::previewExclusion(op);
        if (op.kind == OpKind::WindowsRestartService)
            return windows_ops::previewRestart(op);
        return { {}, {}, {}, {}, "cannot apply: not a Windows operation" };
    }

    std::string capture(const Operation& op, JournalEntry& entry) override
    {
        if (isRegistry(op.kind))
            return windows_ops::captureRegistry(windows_ops::registryTarget(m_layout, op.kind), entry);
        if (op.kind == OpKind::WindowsExcludedPortRange)
            return windows_ops::captureExclusion(op, entry);
        if (op.kind == OpKind::WindowsRestartService) {
            entry.target = targetOf(op);
            entry.hasValue = false;
            return {};
        }
        return std::string("\"") + std::string(opName(op.kind)) + "\" is not a Windows operation";
    }

    OpOutcome apply(const Operation& op, const JournalEntry& entry) override
    {
        if (isRegistry(op.kind))
            return windows_ops::applyRegistry(windows_ops::registryTarget(m_layout, op.kind), op);
        if (op.kind == OpKind::WindowsExcludedPortRange)
            return windows_ops::applyExclusion(op, entry);
        if (op.kind == OpKind::WindowsRestartService)
            return windows_ops::applyRestart(op);
        return { EntryStatus::Failed, {}, {}, false, "not a Windows operation" };
    }

    OpOutcome restore(const JournalEntry& entry) override
    {
        const auto kind = entry.operation.kind;
        if (isRegistry(kind)) {
            // The target comes from this process's layout, never from the journal's text.
            const auto target = windows_ops::registryTarget(m_layout, kind);
            if (entry.target != target.text())
                return { EntryStatus::Failed, {}, {}, false,
                    "journal target " + entry.target + " is not " + target.text()
                        + " (was the journal made with another --registry-base?)" };
            return windows_ops::restoreRegistry(target, entry);
        }
        if (kind == OpKind::WindowsExcludedPortRange)
            return windows_ops::restoreExclusion(entry);
        if (kind == OpKind::WindowsRestartService)
            return { EntryStatus::Skipped, {}, {}, true, "a restart cannot be undone" };
        return { EntryStatus::Failed, {}, {}, false, "not a Windows operation" };
    }

    std::string serviceOfProcess(std::uint32_t, const std::vector<std::string>& services) override
    {
        // A process hosting one service is that service (dns.exe: DNS). A shared svchost hosts many: restarting
        // the right one is the administrator's call.
        return services.size() == 1 ? services.front() : std::string();
    }

    bool serviceInstalled(const std::string& name) override { return windows_ops::serviceExists(name); }

    bool legacyStack() const override { return !::IsWindowsVistaOrGreater(); }

private:
    static bool isRegistry(OpKind kind)
    {
        return kind == OpKind::WindowsReservedPorts || kind == OpKind::WindowsDnsPoolExcluded
            || kind == OpKind::WindowsDnsPoolSize || kind == OpKind::WindowsDeleteMaxUserPort;
    }

    SystemPaths m_paths;
    windows_ops::RegistryLayout m_layout;
};

} // namespace

std::string defaultJournalDirectory(const SystemPaths&)
{
    wchar_t* folder = nullptr;
    std::string base = "C:\\ProgramData";
    if (::SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &folder) == S_OK)
        base = windows_backend::toUtf8(folder);
    ::CoTaskMemFree(folder);
    return base + "\\Portolan\\journal";
}

std::unique_ptr<OperationExecutor> createPlatformExecutor(const SystemPaths& paths)
{
    return std::make_unique<WindowsExecutor>(paths);
}

} // namespace portolan::conflicts
