#include "time_format.h"

#include <charconv>
#include <cstdio>

namespace portolan {

namespace {
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool number(std::string_view text, std::size_t pos, std::size_t length, int& value)
{
    if (pos + length > text.size())
        return false;
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + pos + length, value);
    return ec == std::errc {} && end == text.data() + pos + length;
}
} // namespace

std::string formatIsoUtc(std::int64_t epochMs)
{
    std::int64_t days = epochMs / 86400000;
    std::int64_t rest = epochMs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    std::int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<long long>(y), m, d,
        static_cast<int>(rest / 3600000), static_cast<int>(rest / 60000 % 60), static_cast<int>(rest / 1000 % 60),
        static_cast<int>(rest % 1000));
    return buffer;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view text)
{
    int year, month, day, hour, minute, second;
    if (!number(text, 0, 4, year) || text.size() < 19 || text[4] != '-' || !number(text, 5, 2, month) || text[7] != '-'
        || !number(text, 8, 2, day) || (text[10] != 'T' && text[10] != ' ') || !number(text, 11, 2, hour)
        || text[13] != ':' || !number(text, 14, 2, minute) || text[16] != ':' || !number(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    std::int64_t offsetMinutes = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        int oh, om;
        if (!number(text, pos + 1, 2, oh) || text.size() < pos + 6 || !number(text, pos + 4, 2, om))
            return std::nullopt;
        offsetMinutes = (text[pos] == '-' ? -1 : 1) * (oh * 60 + om);
        pos += 6;
    } else if (pos < text.size() && text[pos] == 'Z') {
        ++pos;
    }
    if (pos != text.size())
        return std::nullopt;
    const auto days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000 + second * 1000 + millis;
}

} // namespace portolan
