#pragma once

#include "snapshot.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace portolan {

// A session recording (Port Reporter's use case: leave it running, read it later): JSON Lines, one header line
// ({"schema":"portolan.recording","version":1}) and one line per snapshot. The first frame holds every
// endpoint; each later frame only what changed since the previous one: endpoints that went away (by key) and
// endpoints that appeared or changed state or owner, plus processes not seen before. A day of a quiet server at
// one frame per second is a few MB.
//
// Endpoints are matched by EndpointKey; keys that occur twice in one snapshot (Windows SO_REUSEADDR) are
// recorded once, the later occurrence winning.
class RecordingWriter
{
public:
    // Appends when the file exists and is a recording; starts a new one otherwise. False with `error` set when
    // the file cannot be opened.
    bool open(const std::string& path, std::string& error);
    bool isOpen() const { return m_out.is_open(); }
    // Writes one frame; false when writing failed.
    bool append(const Snapshot& snapshot);
    std::size_t frames() const { return m_frames; }
    void close();

private:
    std::ofstream m_out;
    std::shared_ptr<const Snapshot> m_previous;
    // What the file already says about each pid: a process is written again only when it changed.
    std::unordered_map<std::uint32_t, ProcessInfoPtr> m_written;
    std::size_t m_frames = 0;
};

struct RecordingFrame
{
    Snapshot snapshot;
    std::size_t line = 0;
};

// Reads a recording back frame by frame. A line that cannot be read is reported (file:line: reason) and skipped;
// the frames after it build on what was read.
class RecordingReader
{
public:
    bool open(const std::string& path, std::string& error);
    std::optional<RecordingFrame> next();
    const std::vector<std::string>& problems() const { return m_problems; }

    // True when the text starts like a recording (for the importer's format detection).
    static bool looksLikeRecording(std::string_view firstLine);

private:
    std::ifstream m_in;
    std::string m_path;
    std::size_t m_line = 0;
    Snapshot m_current;
    std::vector<std::string> m_problems;
};

} // namespace portolan
