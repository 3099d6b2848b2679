#include "socket_owner_resolver.h"

#include "../logging.h"
#include "process_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portolan::linux_backend {

namespace {

bool parsePid(const char* name, std::uint32_t& pid)
{
    const auto length = std::strlen(name);
    auto [end, ec] = std::from_chars(name, name + length, pid);
    return ec == std::errc {} && end == name + length && pid != 0;
}

// "socket:[12345]" -> 12345
bool socketInodeOfLink(const char* link, std::size_t length, std::uint64_t& inode)
{
    constexpr std::string_view prefix = "socket:[";
    if (length < prefix.size() + 2 || std::memcmp(link, prefix.data(), prefix.size()) != 0 || link[length - 1] != ']')
        return false;
    auto [end, ec] = std::from_chars(link + prefix.size(), link + length - 1, inode);
    return ec == std::errc {} && end == link + length - 1;
}

} // namespace

SocketOwnerResolver::SocketOwnerResolver(std::string procRoot)
    : m_procRoot(std::move(procRoot))
    , m_linkBuffer(256)
    , m_euid(::geteuid())
{ }

const std::string& SocketOwnerResolver::userName(std::uint32_t uid)
{
    auto it = m_userNames.find(uid);
    if (it != m_userNames.end())
        return it->second;
    return m_userNames.emplace(uid, accountName(uid)).first->second;
}

bool SocketOwnerResolver::ownerKnown(std::uint64_t inode) const
{
    const auto* owners = m_owners.find(inode);
    return owners && owners->pid != 0;
}

void SocketOwnerResolver::forgetSockets(std::uint32_t pid, ProcessEntry& entry)
{
    for (const auto inode : entry.sockets) {
        auto* owners = m_owners.find(inode);
        if (!owners)
            continue;
        if (--owners->count == 0) {
            m_owners.erase(inode);
            m_forgotten[inode] = { pid, 1 };
        } else if (owners->pid == pid)
            owners->pid = 0; // another process still holds it; which one is lowest is unknown until a scan
    }
    entry.sockets.clear();
}

void SocketOwnerResolver::scanProcess(std::uint32_t pid, ProcessEntry& entry)
{
    forgetSockets(pid, entry);
    entry.scannedOnce = true;
    ++m_stats.processesScanned;
    m_path = m_procRoot + '/' + std::to_string(pid) + "/fd";
    const int dirFd = ::open(m_path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        entry.fdDenied = (errno == EACCES || errno == EPERM);
        m_stats.permissionGaps |= entry.fdDenied;
        return;
    }
    DIR* dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    entry.fdDenied = false;
    while (const dirent* item = ::readdir(dir)) {
        if (item->d_name[0] == '.')
            continue;
        const ssize_t length = ::readlinkat(dirFd, item->d_name, m_linkBuffer.data(), m_linkBuffer.size());
        ++m_stats.fdsRead;
        std::uint64_t inode = 0;
        if (length <= 0 || !socketInodeOfLink(m_linkBuffer.data(), static_cast<std::size_t>(length), inode)
            || inode == 0)
            continue;
        entry.sockets.push_back(inode);
    }
    ::closedir(dir);
    // A process can hold the same socket on several fds (dup): count it once per process.
    std::sort(entry.sockets.begin(), entry.sockets.end());
    entry.sockets.erase(std::unique(entry.sockets.begin(), entry.sockets.end()), entry.sockets.end());
    for (const auto inode : entry.sockets) {
        auto& owners = m_owners[inode];
        ++owners.count;
        if (owners.pid == 0 || pid < owners.pid)
            owners.pid = pid;
        m_unplaceable.erase(inode);
    }
}

ProcessInfoPtr SocketOwnerResolver::processInfo(std::uint32_t pid, ProcessEntry& entry)
{
    if (entry.info)
        return entry.info;
    auto info = std::make_shared<ProcessInfo>();
    if (readProcessInfo(m_procRoot, pid, *info))
        info->user = userName(info->uid);
    entry.info = std::move(info);
    return entry.info;
}

bool SocketOwnerResolver::rescanRecyclers(const std::vector<Endpoint>& endpoints, std::vector<std::uint32_t>& dirty)
{
    // A process that closed a socket and opened another has as many fds as before, so its fd directory looks
    // unchanged (same inode, same size). But a socket of its that an earlier dump listed is missing from this one:
    // re-read just those processes. A DNS server recycling its socket pool then costs its own fd table instead of
    // every process's (a full pass reads ~100,000 fd links at 100k sockets: ~0.35 s).
    std::vector<std::uint64_t> dumped;
    dumped.reserve(endpoints.size());
    for (const auto& e : endpoints)
        if (e.inode != 0)
            dumped.push_back(e.inode);
    std::sort(dumped.begin(), dumped.end());
    std::sort(dirty.begin(), dirty.end());
    std::vector<std::uint32_t> recyclers;
    for (const auto& [pid, entry] : m_processes) {
        if (std::binary_search(dirty.begin(), dirty.end(), pid))
            continue; // read this time already
        for (const auto inode : entry.sockets) {
            const auto* owners = m_owners.find(inode);
            if (owners && owners->dumped && !std::binary_search(dumped.begin(), dumped.end(), inode)) {
                recyclers.push_back(pid);
                break;
            }
        }
    }
    for (const auto pid : recyclers) {
        scanProcess(pid, m_processes[pid]);
        dirty.push_back(pid);
    }
    return !recyclers.empty();
}

void SocketOwnerResolver::resolve(
    std::vector<Endpoint>& endpoints, std::unordered_map<std::uint32_t, ProcessInfoPtr>& processes)
{
    m_stats = {};
    ++m_generation;
    m_forgotten.clear();

    // 1. List processes; note which are new or whose fd directory changed.
    std::vector<std::uint32_t> dirty;
    DIR* proc = ::opendir(m_procRoot.c_str());
    if (!proc) {
        log::engine()->warn("cannot list {}: {}", m_procRoot, std::strerror(errno));
        return;
    }
    const int procFd = ::dirfd(proc);
    char fdPath[32];
    while (const dirent* item = ::readdir(proc)) {
        std::uint32_t pid = 0;
        if (!parsePid(item->d_name, pid))
            continue;
        ++m_stats.processesListed;
        auto& entry = m_processes[pid];
        const bool fresh = entry.seenIn == 0;
        entry.seenIn = m_generation;
        std::snprintf(fdPath, sizeof fdPath, "%u/fd", pid);
        struct stat st
        {
        };
        FdDirStamp stamp;
        if (::fstatat(procFd, fdPath, &st, 0) == 0) {
            stamp.inode = st.st_ino;
            stamp.size = st.st_size;
        }
        // A new /proc/PID/fd inode also means pid reuse: drop what we knew of the old process.
        if (!fresh && stamp.inode != entry.stamp.inode)
            entry.info.reset();
        if (fresh || !(stamp == entry.stamp))
            dirty.push_back(pid);
        entry.stamp = stamp;
    }
    ::closedir(proc);

    // 2. Forget processes that exited.
    for (auto it = m_processes.begin(); it != m_processes.end();) {
        if (it->second.seenIn != m_generation) {
            forgetSockets(it->first, it->second);
            it = m_processes.erase(it);
        } else {
            ++it;
        }
    }

    // 3. Re-read the fd tables that changed.
    for (const auto pid : dirty)
        scanProcess(pid, m_processes[pid]);

    // 4. Inodes no cached table explains force one full pass, unless a full pass already failed on them.
    auto unexplained = [&] {
        return std::any_of(endpoints.begin(), endpoints.end(), [&](const Endpoint& e) {
            return e.inode != 0 && !ownerKnown(e.inode) && !m_forgotten.find(e.inode)
                && !m_unplaceable.contains(e.inode);
        });
    };
    bool needFullPass = unexplained();
    if (needFullPass && rescanRecyclers(endpoints, dirty))
        needFullPass = unexplained();
    if (needFullPass) {
        m_stats.fullScan = true;
        std::sort(dirty.begin(), dirty.end());
        for (auto& [pid, entry] : m_processes)
            if (!std::binary_search(dirty.begin(), dirty.end(), pid))
                scanProcess(pid, entry);
    }
    // Any owner left at pid 0 (shared socket whose lowest owner left) is settled by the pass above; if no pass
    // ran it is looked up again next time.
    std::unordered_set<std::uint64_t> present;
    if (needFullPass)
        present.reserve(endpoints.size());

    // 5. Label every endpoint. An unplaced socket of another user, while some fd tables were closed to us, most
    // likely belongs to that user's process: say "access denied" rather than "unknown".
    const bool someDenied = m_stats.permissionGaps
        || std::any_of(m_processes.begin(), m_processes.end(), [](const auto& p) { return p.second.fdDenied; });
    for (auto& e : endpoints) {
        if (e.inode == 0) {
            e.ownerStatus = OwnerStatus::Kernel;
            e.pid = 0;
            continue;
        }
        auto* owners = m_owners.find(e.inode);
        if (owners)
            owners->dumped = true;
        else if (auto* gone = m_forgotten.find(e.inode); gone && m_processes.contains(gone->pid))
            owners = gone; // closed since the dump: its owner a moment ago
        if (!owners || owners->pid == 0) {
            if (needFullPass) {
                m_unplaceable.insert(e.inode);
                present.insert(e.inode);
            }
            e.pid = 0;
            e.ownerStatus = someDenied && e.uid != m_euid ? OwnerStatus::AccessDenied : OwnerStatus::Unknown;
            continue;
        }
        e.pid = owners->pid;
        e.extraOwners = static_cast<std::uint8_t>(std::min<int>(owners->count - 1, 255));
        e.ownerStatus = OwnerStatus::Resolved;
        auto& entry = m_processes[e.pid];
        if (!processes.contains(e.pid))
            processes.emplace(e.pid, processInfo(e.pid, entry));
    }
    // Keep the negative cache bounded to inodes that still exist.
    if (needFullPass) {
        for (auto it = m_unplaceable.begin(); it != m_unplaceable.end();)
            it = present.contains(*it) ? std::next(it) : m_unplaceable.erase(it);
    }
    m_forgotten.clear(); // a full pass put every socket here for a moment: do not keep that memory
}

} // namespace portolan::linux_backend
