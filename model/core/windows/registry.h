#pragma once

#include "multi_string.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// A small typed registry layer for the port-range readers and, later, the fixes that write Tcpip\Parameters.
// Plain types only, so callers need no <windows.h>. Names and paths are UTF-8.
namespace portolan::windows_backend {

enum class RegistryHive : std::uint8_t {
    LocalMachine, // HKLM
    CurrentUser, // HKCU
};

struct RegistryKeyPath
{
    RegistryHive hive = RegistryHive::LocalMachine;
    std::string subKey; // "SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters"

    std::string text() const; // "HKLM\\SYSTEM\\..."
};

enum class RegistryStatus : std::uint8_t {
    Ok,
    Absent, // the value, or its key, does not exist: an answer, not an error
    WrongType, // the value exists with another type; nothing was changed
    Malformed, // the right type with unusable data (a 3-byte REG_DWORD, an odd-length REG_MULTI_SZ); left as is
    AccessDenied,
    Failed, // any other Win32 error, in `error`
};

std::string_view registryStatusName(RegistryStatus status); // "ok", "absent", "wrong-type", ...

struct RegistryOutcome
{
    RegistryStatus status = RegistryStatus::Failed;
    std::uint32_t error = 0; // the Win32 error behind AccessDenied / Failed
    std::uint32_t type = 0; // the stored REG_* type, when the value exists

    bool ok() const { return status == RegistryStatus::Ok; }
    bool absent() const { return status == RegistryStatus::Absent; }
    std::string describe() const; // "absent", "access denied: Access is denied. (5)", ...
};

template<typename T> struct RegistryValue : RegistryOutcome
{
    T value {};
};

// REG_* type numbers (winnt.h), for the raw calls.
namespace regtype {
inline constexpr std::uint32_t kString = 1;
inline constexpr std::uint32_t kExpandString = 2;
inline constexpr std::uint32_t kBinary = 3;
inline constexpr std::uint32_t kDword = 4;
inline constexpr std::uint32_t kMultiString = 7;
inline constexpr std::uint32_t kQword = 11;
} // namespace regtype

struct RawRegistryValue
{
    std::uint32_t type = 0;
    std::vector<std::uint8_t> data;
};

RegistryValue<std::uint32_t> readDword(const RegistryKeyPath& key, std::string_view valueName);
RegistryValue<MultiString> readMultiString(const RegistryKeyPath& key, std::string_view valueName);
RegistryValue<RawRegistryValue> readRaw(const RegistryKeyPath& key, std::string_view valueName);

// Writers create the key when it is missing.
RegistryOutcome writeDword(const RegistryKeyPath& key, std::string_view valueName, std::uint32_t value);
RegistryOutcome writeMultiString(const RegistryKeyPath& key, std::string_view valueName, const MultiString& value);
RegistryOutcome writeRaw(const RegistryKeyPath& key, std::string_view valueName, const RawRegistryValue& value);

// Absent when there was nothing to delete.
RegistryOutcome deleteValue(const RegistryKeyPath& key, std::string_view valueName);
// Deletes a key and everything below it (scratch keys in tests). Absent when it did not exist.
RegistryOutcome deleteKeyTree(const RegistryKeyPath& key);
bool keyExists(const RegistryKeyPath& key);

} // namespace portolan::windows_backend
