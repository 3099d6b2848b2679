#include "optional_iphlpapi.h"

#include "../logging.h"

#include <winsock2.h>

#include <windows.h>

namespace portolan::windows_backend {

namespace {
template<typename Fn> Fn resolve(HMODULE module, const char* name, std::vector<std::string>& missing)
{
    const FARPROC address = module ? ::GetProcAddress(module, name) : nullptr;
    if (!address)
        missing.emplace_back(name);
    return reinterpret_cast<Fn>(reinterpret_cast<void*>(address));
}

int slot(Protocol protocol)
{
    return protocol == Protocol::Tcp ? 0 : 1;
}
} // namespace

PersistentPortReservations::PersistentPortReservations()
{
    HMODULE iphlpapi = ::GetModuleHandleW(L"iphlpapi.dll");
    if (!iphlpapi) // a KnownDLL, so loading it by name cannot pick up a planted copy
        iphlpapi = ::LoadLibraryW(L"iphlpapi.dll");
    m_create[0] = resolve<CreateFn>(iphlpapi, "CreatePersistentTcpPortReservation", m_missing);
    m_create[1] = resolve<CreateFn>(iphlpapi, "CreatePersistentUdpPortReservation", m_missing);
    m_delete[0] = resolve<DeleteFn>(iphlpapi, "DeletePersistentTcpPortReservation", m_missing);
    m_delete[1] = resolve<DeleteFn>(iphlpapi, "DeletePersistentUdpPortReservation", m_missing);
    m_lookup[0] = resolve<CreateFn>(iphlpapi, "LookupPersistentTcpPortReservation", m_missing);
    m_lookup[1] = resolve<CreateFn>(iphlpapi, "LookupPersistentUdpPortReservation", m_missing);
    if (!m_missing.empty())
        log::engine()->debug(
            "iphlpapi lacks {} persistent reservation functions (Wine 8.0 exports none)", m_missing.size());
}

const PersistentPortReservations& PersistentPortReservations::get()
{
    static const PersistentPortReservations instance;
    return instance;
}

std::uint32_t PersistentPortReservations::create(
    Protocol protocol, std::uint16_t startPort, std::uint16_t count, std::uint64_t& token) const
{
    const auto fn = m_create[slot(protocol)];
    if (!fn)
        return ERROR_PROC_NOT_FOUND;
    unsigned long long value = 0;
    const auto result = fn(htons(startPort), count, &value);
    token = value;
    return result;
}

std::uint32_t PersistentPortReservations::remove(Protocol protocol, std::uint16_t startPort, std::uint16_t count) const
{
    const auto fn = m_delete[slot(protocol)];
    return fn ? fn(htons(startPort), count) : ERROR_PROC_NOT_FOUND;
}

std::uint32_t PersistentPortReservations::lookup(
    Protocol protocol, std::uint16_t startPort, std::uint16_t count, std::uint64_t& token) const
{
    const auto fn = m_lookup[slot(protocol)];
    if (!fn)
        return ERROR_PROC_NOT_FOUND;
    unsigned long long value = 0;
    const auto result = fn(htons(startPort), count, &value);
    token = value;
    return result;
}

} // namespace portolan::windows_backend
