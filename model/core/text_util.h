#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portolan {

std::string toLowerAscii(std::string_view text);
std::string toUpperAscii(std::string_view text);
std::string_view trim(std::string_view text);
// Splits on runs of ASCII white space.
std::vector<std::string_view> splitWhitespace(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char separator);
bool containsCaseInsensitive(std::string_view haystack, std::string_view lowerNeedle);

} // namespace portolan
