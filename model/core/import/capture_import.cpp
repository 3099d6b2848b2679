// The import pipeline: bytes in chunks -> encoding detected from the first chunk -> decoded to UTF-8 ->
// format detected from the first decoded KBs -> lines (or, for JSON, the whole document) -> one parser.
// Line formats are streamed: memory holds one chunk, one partial line and the snapshot being built, whatever
// the file's size.

#include "capture_import.h"

#include "import_context.h"
#include "mojibake.h"
#include "parsers.h"
#include "text_decoder.h"

#include "core/logging.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

namespace portolan {

using namespace capture;

namespace {

constexpr std::size_t kChunkBytes = std::size_t(1) << 20;
constexpr std::size_t kDetectBytes = std::size_t(64) << 10;

using ReadFn = std::function<std::size_t(char*, std::size_t)>;

// Splits decoded text into lines without holding more than one line (capped at kMaxLineBytes). Complete lines
// inside a block are handed out as views, without copying.
class LineSplitter
{
public:
    using LineFn = std::function<void(std::string_view line, std::size_t overlongLength)>;

    explicit LineSplitter(LineFn onLine)
        : m_onLine(std::move(onLine))
    { }

    void feed(std::string_view text)
    {
        std::size_t pos = 0;
        while (pos < text.size()) {
            const auto newline = text.find('\n', pos);
            const auto end = newline == std::string_view::npos ? text.size() : newline;
            const auto piece = text.substr(pos, end - pos);
            if (newline != std::string_view::npos && m_length == 0 && piece.size() <= kMaxLineBytes) {
                m_onLine(piece, 0); // whole line in this block: no copy
            } else {
                if (m_length + piece.size() <= kMaxLineBytes)
                    m_partial.append(piece);
                else
                    m_partial.clear(); // overlong: stop keeping it, only count
                m_length += piece.size();
                if (newline != std::string_view::npos)
                    emit();
            }
            if (newline == std::string_view::npos)
                break;
            pos = newline + 1;
        }
    }

    void finish()
    {
        if (m_length > 0)
            emit();
    }

private:
    void emit()
    {
        if (m_length > kMaxLineBytes)
            m_onLine({}, m_length);
        else
            m_onLine(m_partial, 0);
        m_partial.clear();
        m_length = 0;
    }

    LineFn m_onLine;
    std::string m_partial;
    std::size_t m_length = 0;
};

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string osOf(CaptureFormat format)
{
    switch (format) {
    case CaptureFormat::NetstatWindows:
    case CaptureFormat::TcpviewCsv:
    case CaptureFormat::Tcpvcon:
    case CaptureFormat::PowershellTable:
    case CaptureFormat::PowershellCsv:
    case CaptureFormat::PowershellJson:
        return "windows";
    case CaptureFormat::NetstatLinux:
    case CaptureFormat::Ss:
    case CaptureFormat::ProcNet:
        return "linux";
    default:
        return {};
    }
}

ImportResult runImport(const ReadFn& read, const std::string& sourceName)
{
    ImportResult result;
    std::string raw(kChunkBytes, '\0');
    raw.resize(read(raw.data(), raw.size()));
    if (raw.empty()) {
        result.fatal = sourceName + ": empty file";
        return result;
    }
    const auto guess = detectEncoding(std::string_view(raw).substr(0, kDetectBytes));
    if (!guess.fatal.empty()) {
        result.fatal = sourceName + ": " + guess.fatal;
        return result;
    }
    result.encoding = guess.name();
    StreamDecoder decoder(guess);
    std::string text;
    decoder.decode(raw, text);

    const auto sample = std::string_view(text).substr(0, kDetectBytes);
    const auto repair = chooseRepair(sample);
    if (repair)
        result.repair = repair->name();
    const auto format = detectFormat(sample);
    if (format == CaptureFormat::Unknown) {
        result.fatal = sourceName + ": not a socket table this importer knows (" + result.encoding
            + "); expected netstat, ss, /proc/net, TCPView, tcpvcon, PowerShell or Portolan output";
        return result;
    }
    result.formatName = std::string(formatName(format));

    ImportContext ctx(sourceName);
    auto& meta = ctx.snapshot().meta;
    meta.source = baseName(sourceName);
    meta.format = result.formatName;
    meta.os = osOf(format);
    if (!guess.note.empty())
        ctx.metaWarning(guess.note);

    auto readMore = [&](std::string& out) -> bool {
        raw.resize(kChunkBytes);
        raw.resize(read(raw.data(), raw.size()));
        if (raw.empty())
            return false;
        decoder.decode(raw, out);
        return true;
    };
    auto reportTruncation = [&](bool incomplete) {
        if (incomplete)
            ctx.metaWarning("the file ends in the middle of a character (truncated?)");
        if (decoder.replacements())
            ctx.metaWarning(std::to_string(decoder.replacements()) + " malformed byte sequence(s) in " + result.encoding
                + " text replaced by U+FFFD");
    };

    if (isDocumentFormat(format)) {
        while (readMore(text)) {
            if (text.size() > kMaxJsonCaptureBytes) {
                result.fatal = sourceName + ": JSON capture larger than " + std::to_string(kMaxJsonCaptureBytes >> 20)
                    + " MiB; JSON is read whole, split the capture or use CSV";
                return result;
            }
        }
        reportTruncation(decoder.finish(text));
        if (format == CaptureFormat::PortolanJson)
            parsePortolanJson(text, ctx);
        else
            parsePowershellJson(text, ctx);
        meta.source = baseName(sourceName);
        meta.format = result.formatName;
        if (meta.os.empty())
            meta.os = osOf(format);
    } else {
        auto parser = makeLineParser(format);
        parser->prime(sample);
        std::size_t lineNumber = 0;
        std::string repaired;
        LineSplitter splitter([&](std::string_view line, std::size_t overlong) {
            ctx.beginLine(++lineNumber);
            if (overlong) {
                ctx.skipRow("line of " + std::to_string(overlong) + " bytes is longer than the "
                    + std::to_string(kMaxLineBytes) + "-byte limit; not parsed");
                return;
            }
            while (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (repair && repairLine(*repair, line, repaired))
                line = repaired;
            parser->parseLine(line, ctx);
        });
        splitter.feed(text);
        std::string more;
        while (true) {
            more.clear();
            if (!readMore(more))
                break;
            splitter.feed(more);
        }
        more.clear();
        reportTruncation(decoder.finish(more));
        splitter.feed(more);
        splitter.finish();
        parser->finish(ctx);
    }
    ctx.finish(result);
    const auto& s = result.summary;
    log::import()->info("{}: {} ({}{}{}): {} rows loaded, {} skipped, {} not rows", sourceName, result.formatName,
        result.encoding, result.repair.empty() ? "" : ", repaired ", result.repair, s.rowsLoaded, s.rowsSkipped,
        s.notRows);
    return result;
}

} // namespace

ImportResult importCaptureBytes(std::string_view bytes, const std::string& sourceName)
{
    std::size_t offset = 0;
    return runImport(
        [&](char* buffer, std::size_t size) {
            const auto n = std::min(size, bytes.size() - offset);
            std::memcpy(buffer, bytes.data() + offset, n);
            offset += n;
            return n;
        },
        sourceName);
}

ImportResult importCaptureFile(const std::string& path)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        ImportResult result;
        result.fatal = path + ": is a directory";
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImportResult result;
        result.fatal = path + ": cannot open: " + std::strerror(errno);
        return result;
    }
    auto result = runImport(
        [&](char* buffer, std::size_t size) {
            in.read(buffer, static_cast<std::streamsize>(size));
            return static_cast<std::size_t>(in.gcount());
        },
        path);
    if (in.bad() && result.fatal.empty())
        result.fatal = path + ": read error";
    return result;
}

std::string formatProblem(std::string_view source, const ImportProblem& problem)
{
    std::string out(source);
    if (problem.line)
        out.append(":").append(std::to_string(problem.line));
    out += ": ";
    out += problem.reason;
    return out;
}

std::string describeImport(const ImportResult& result)
{
    const auto& s = result.summary;
    std::string out = result.snapshot.meta.source.empty() ? std::string("capture") : result.snapshot.meta.source;
    if (result.failed())
        return result.fatal;
    out += ": " + result.formatName + ", " + result.encoding;
    if (!result.repair.empty())
        out += " (repaired: " + result.repair + ")";
    out += "; " + std::to_string(s.linesRead) + " lines, " + std::to_string(s.rowsRead) + " rows read, "
        + std::to_string(s.rowsLoaded) + " loaded, " + std::to_string(s.rowsSkipped) + " skipped, "
        + std::to_string(s.notRows) + " not rows";
    if (!s.notRowReasons.empty()) {
        out += " (";
        bool first = true;
        for (const auto& [reason, count] : s.notRowReasons) {
            out.append(first ? "" : ", ").append(reason).append(" ").append(std::to_string(count));
            first = false;
        }
        out += ")";
    }
    if (!s.warnings.empty() || s.warningsOmitted)
        out += "; " + std::to_string(s.warnings.size() + s.warningsOmitted) + " rows with warnings";
    if (s.namesKept)
        out += "; " + std::to_string(s.namesKept) + " rows keep host/service/process names";
    return out;
}

} // namespace portolan
