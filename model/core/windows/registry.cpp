#include "registry.h"

#include "win_text.h"

#include <windows.h>

#include <cstring>

namespace portolan::windows_backend {

namespace {

HKEY hiveHandle(RegistryHive hive)
{
    return hive == RegistryHive::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

RegistryOutcome outcome(LSTATUS code, std::uint32_t type = 0)
{
    RegistryOutcome out;
    out.error = static_cast<std::uint32_t>(code);
    out.type = type;
    switch (code) {
    case ERROR_SUCCESS:
        out.status = RegistryStatus::Ok;
        break;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        out.status = RegistryStatus::Absent;
        break;
    case ERROR_ACCESS_DENIED:
        out.status = RegistryStatus::AccessDenied;
        break;
    default:
        out.status = RegistryStatus::Failed;
        break;
    }
    return out;
}

struct Key
{
    HKEY handle = nullptr;
    ~Key()
    {
        if (handle)
            ::RegCloseKey(handle);
    }
};

// KEY_WOW64_64KEY: a 32-bit build must see the same Tcpip\Parameters as the 64-bit stack reads.
LSTATUS openKey(const RegistryKeyPath& path, REGSAM access, bool create, Key& key)
{
    const std::wstring subKey = toWide(path.subKey);
    if (create)
        return ::RegCreateKeyExW(hiveHandle(path.hive), subKey.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
            access | KEY_WOW64_64KEY, nullptr, &key.handle, nullptr);
    return ::RegOpenKeyExW(hiveHandle(path.hive), subKey.c_str(), 0, access | KEY_WOW64_64KEY, &key.handle);
}

} // namespace

std::string RegistryKeyPath::text() const
{
    return (hive == RegistryHive::LocalMachine ? "HKLM\\" : "HKCU\\") + subKey;
}

std::string_view registryStatusName(RegistryStatus status)
{
    switch (status) {
    case RegistryStatus::Ok:
        return "ok";
    case RegistryStatus::Absent:
        return "absent";
    case RegistryStatus::WrongType:
        return "wrong-type";
    case RegistryStatus::Malformed:
        return "malformed";
    case RegistryStatus::AccessDenied:
        return "access-denied";
    case RegistryStatus::Failed:
        return "failed";
    }
    return "failed";
}

std::string RegistryOutcome::describe() const
{
    std::string text(registryStatusName(status));
    if (status == RegistryStatus::AccessDenied || status == RegistryStatus::Failed)
        text += ": " + win32ErrorText(error);
    if (status == RegistryStatus::WrongType || status == RegistryStatus::Malformed)
        text += " (type " + std::to_string(type) + ")";
    return text;
}

RegistryValue<RawRegistryValue> readRaw(const RegistryKeyPath& path, std::string_view valueName)
{
    RegistryValue<RawRegistryValue> result;
    Key key;
    if (const LSTATUS status = openKey(path, KEY_QUERY_VALUE, false, key); status != ERROR_SUCCESS) {
        static_cast<RegistryOutcome&>(result) = outcome(status);
        return result;
    }
    const std::wstring name = toWide(valueName);
    // The value can grow between the size query and the read (another writer): loop on ERROR_MORE_DATA.
    DWORD type = 0, size = 0;
    LSTATUS status = ::RegQueryValueExW(key.handle, name.c_str(), nullptr, &type, nullptr, &size);
    for (int attempt = 0; status == ERROR_SUCCESS || status == ERROR_MORE_DATA; ++attempt) {
        result.value.data.resize(size);
        DWORD got = size;
        status = ::RegQueryValueExW(key.handle, name.c_str(), nullptr, &type, result.value.data.data(), &got);
        if (status == ERROR_SUCCESS) {
            result.value.data.resize(got);
            break;
        }
        if (attempt == 8)
            break;
        size = got > size ? got : size * 2 + 16;
    }
    static_cast<RegistryOutcome&>(result) = outcome(status, type);
    result.value.type = type;
    return result;
}

RegistryValue<std::uint32_t> readDword(const RegistryKeyPath& path, std::string_view valueName)
{
    RegistryValue<std::uint32_t> result;
    const auto raw = readRaw(path, valueName);
    static_cast<RegistryOutcome&>(result) = raw;
    if (!raw.ok())
        return result;
    if (raw.value.type != REG_DWORD) {
        result.status = RegistryStatus::WrongType;
    } else if (raw.value.data.size() != sizeof(std::uint32_t)) {
        result.status = RegistryStatus::Malformed;
    } else {
        std::memcpy(&result.value, raw.value.data.data(), sizeof(std::uint32_t));
    }
    return result;
}

RegistryValue<MultiString> readMultiString(const RegistryKeyPath& path, std::string_view valueName)
{
    RegistryValue<MultiString> result;
    const auto raw = readRaw(path, valueName);
    static_cast<RegistryOutcome&>(result) = raw;
    if (!raw.ok())
        return result;
    if (raw.value.type != REG_MULTI_SZ) {
        result.status = RegistryStatus::WrongType;
    } else if (raw.value.data.size() % sizeof(wchar_t) != 0) {
        // Half a UTF-16 unit cannot be represented as entries: report it so nobody rewrites the value.
        result.status = RegistryStatus::Malformed;
    } else {
        std::wstring units(raw.value.data.size() / sizeof(wchar_t), L'\0');
        std::memcpy(units.data(), raw.value.data.data(), raw.value.data.size());
        result.value = MultiString::fromRaw(units);
    }
    return result;
}

RegistryOutcome writeRaw(const RegistryKeyPath& path, std::string_view valueName, const RawRegistryValue& value)
{
    Key key;
    if (const LSTATUS status = openKey(path, KEY_SET_VALUE, true, key); status != ERROR_SUCCESS)
        return outcome(status);
    const std::wstring name = toWide(valueName);
    return outcome(::RegSetValueExW(key.handle, name.c_str(), 0, value.type, value.data.data(),
                       static_cast<DWORD>(value.data.size())),
        value.type);
}

RegistryOutcome writeDword(const RegistryKeyPath& path, std::string_view valueName, std::uint32_t value)
{
    RawRegistryValue raw { REG_DWORD, std::vector<std::uint8_t>(sizeof value) };
    std::memcpy(raw.data.data(), &value, sizeof value);
    return writeRaw(path, valueName, raw);
}

RegistryOutcome writeMultiString(const RegistryKeyPath& path, std::string_view valueName, const MultiString& value)
{
    const std::wstring units = value.toRaw();
    RawRegistryValue raw { REG_MULTI_SZ, std::vector<std::uint8_t>(units.size() * sizeof(wchar_t)) };
    std::memcpy(raw.data.data(), units.data(), raw.data.size());
    return writeRaw(path, valueName, raw);
}

RegistryOutcome deleteValue(const RegistryKeyPath& path, std::string_view valueName)
{
    Key key;
    if (const LSTATUS status = openKey(path, KEY_SET_VALUE, false, key); status != ERROR_SUCCESS)
        return outcome(status);
    const std::wstring name = toWide(valueName);
    return outcome(::RegDeleteValueW(key.handle, name.c_str()));
}

RegistryOutcome deleteKeyTree(const RegistryKeyPath& path)
{
    if (path.subKey.empty())
        return outcome(ERROR_INVALID_PARAMETER); // never a whole hive
    Key key;
    if (const LSTATUS status
        = openKey(path, DELETE | KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE | KEY_SET_VALUE, false, key);
        status != ERROR_SUCCESS)
        return outcome(status);
    if (const LSTATUS status = ::RegDeleteTreeW(key.handle, nullptr); status != ERROR_SUCCESS)
        return outcome(status);
    ::RegCloseKey(key.handle);
    key.handle = nullptr;
    const std::wstring subKey = toWide(path.subKey);
    return outcome(::RegDeleteKeyExW(hiveHandle(path.hive), subKey.c_str(), KEY_WOW64_64KEY, 0));
}

bool keyExists(const RegistryKeyPath& path)
{
    Key key;
    return openKey(path, KEY_QUERY_VALUE, false, key) == ERROR_SUCCESS;
}

} // namespace portolan::windows_backend
