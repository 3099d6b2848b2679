#include "mojibake.h"

#include "localized_netstat.h"

#include <array>

namespace portolan::capture {

std::string MojibakeRepair::name() const
{
    return std::string(writtenAsUtf8 ? std::string_view("utf-8") : codePageName(writtenIn)) + " read as "
        + std::string(codePageName(readAs));
}

namespace {

// The mis-decodings that happen in practice: OEM console bytes opened as ANSI (and the reverse), UTF-8 opened
// as ANSI or OEM, and Russian CP866 opened as CP1251.
constexpr std::array<MojibakeRepair, 11> kRepairs { {
    { CodePage::Cp1252, false, CodePage::Cp850 },
    { CodePage::Cp1252, false, CodePage::Cp437 },
    { CodePage::Latin1, false, CodePage::Cp850 },
    { CodePage::Cp850, false, CodePage::Cp1252 },
    { CodePage::Cp437, false, CodePage::Cp1252 },
    { CodePage::Cp1252, true, CodePage::Cp850 },
    { CodePage::Latin1, true, CodePage::Cp850 },
    { CodePage::Cp850, true, CodePage::Cp850 },
    { CodePage::Cp437, true, CodePage::Cp850 },
    { CodePage::Cp1251, false, CodePage::Cp866 },
    { CodePage::Cp866, false, CodePage::Cp1251 },
} };

bool hasNonAscii(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

} // namespace

bool repairLine(const MojibakeRepair& repair, std::string_view line, std::string& out)
{
    if (!hasNonAscii(line))
        return false;
    std::string bytes;
    bytes.reserve(line.size());
    for (std::size_t pos = 0; pos < line.size();) {
        const auto cp = nextUtf8(line, pos);
        const auto byte = unicodeToSingleByte(repair.readAs, cp);
        if (!byte)
            return false;
        bytes.push_back(static_cast<char>(*byte));
    }
    if (repair.writtenAsUtf8) {
        std::string decoded;
        for (std::size_t pos = 0; pos < bytes.size();) {
            const auto cp = nextUtf8(bytes, pos);
            if (cp == 0xFFFD)
                return false; // not UTF-8 after all
            appendUtf8(decoded, cp);
        }
        out = std::move(decoded);
        return true;
    }
    out = decodeCodePage(repair.writtenIn, bytes);
    return true;
}

std::optional<MojibakeRepair> chooseRepair(std::string_view sample)
{
    if (!hasNonAscii(sample))
        return std::nullopt;
    const auto baseline = countLocalizedKeywords(sample);
    std::size_t bestScore = baseline;
    std::optional<MojibakeRepair> best;
    for (const auto& repair : kRepairs) {
        // Repair line by line, as the importer will, so that one line the repair cannot handle does not hide
        // the evidence in the others.
        std::string repaired;
        repaired.reserve(sample.size());
        std::size_t start = 0;
        while (start < sample.size()) {
            auto end = sample.find('\n', start);
            if (end == std::string_view::npos)
                end = sample.size();
            const auto line = sample.substr(start, end - start);
            std::string fixed;
            repaired += repairLine(repair, line, fixed) ? std::string_view(fixed) : line;
            repaired.push_back('\n');
            start = end + 1;
        }
        const auto score = countLocalizedKeywords(repaired);
        if (score > bestScore) {
            bestScore = score;
            best = repair;
        }
    }
    return best;
}

} // namespace portolan::capture
