#pragma once

// Internal (include from .cpp files only): a strict reader over nlohmann::json for the files the elevated side
// reads. Every field must be known and of the right type; the first error names its path
// ("operations[2].ranges[0]") and stops the read.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace portolan::conflicts::strict {

// The whole of `text` as one JSON document; nullopt with `error` ("not valid JSON: ...") when it is not one.
inline std::optional<nlohmann::json> parseDocument(std::string_view text, std::string& error)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& failure) {
        // Not only parse_error: a number too large for a double ("1e999") throws out_of_range 406 from
        // parse() itself (found by tests/fuzz/fuzz_plan_json).
        error = std::string("not valid JSON: ") + failure.what();
        return std::nullopt;
    }
}

class Reader
{
public:
    bool failed() const { return !m_error.empty(); }
    const std::string& error() const { return m_error; }
    void fail(const std::string& path, const std::string& reason)
    {
        if (m_error.empty())
            m_error = (path.empty() ? std::string() : path + ": ") + reason;
    }

    // `value` must be an object whose keys are all in `allowed`.
    bool object(const nlohmann::json& value, const std::string& path, const std::set<std::string>& allowed)
    {
        if (!value.is_object()) {
            fail(path, "must be an object");
            return false;
        }
        for (const auto& [key, item] : value.items())
            if (!allowed.count(key)) {
                fail(path, "unknown field \"" + key + "\"");
                return false;
            }
        return true;
    }

    const nlohmann::json* field(const nlohmann::json& object, const std::string& path, const char* key, bool required)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(path, std::string("missing \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    std::optional<std::string> string(const nlohmann::json& object, const std::string& path, const char* key,
        bool required, std::size_t maxBytes = 65536)
    {
        const auto* v = field(object, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->is_string()) {
            fail(join(path, key), "must be a string");
            return std::nullopt;
        }
        auto text = v->get<std::string>();
        if (text.size() > maxBytes) {
            fail(join(path, key), "longer than " + std::to_string(maxBytes) + " bytes");
            return std::nullopt;
        }
        return text;
    }

    std::optional<std::uint64_t> number(
        const nlohmann::json& object, const std::string& path, const char* key, bool required, std::uint64_t max)
    {
        const auto* v = field(object, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<std::int64_t>() >= 0)) {
            fail(join(path, key), "must be a whole number from 0");
            return std::nullopt;
        }
        const auto n = v->get<std::uint64_t>();
        if (n > max) {
            fail(join(path, key), "must not exceed " + std::to_string(max));
            return std::nullopt;
        }
        return n;
    }

    std::optional<bool> boolean(const nlohmann::json& object, const std::string& path, const char* key, bool required)
    {
        const auto* v = field(object, path, key, required);
        if (!v)
            return std::nullopt;
        if (!v->is_boolean()) {
            fail(join(path, key), "must be true or false");
            return std::nullopt;
        }
        return v->get<bool>();
    }

    static std::string join(const std::string& path, const std::string& key)
    {
        return path.empty() ? key : path + "." + key;
    }
    static std::string index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

private:
    std::string m_error;
};

} // namespace portolan::conflicts::strict
