#pragma once

#include "snapshot.h"

#include <string>
#include <string_view>
#include <vector>

namespace portolan {

// Portolan's snapshot file: the CLI's `--format json` output and the capture file format. Versioned; the
// schema is resources/schema/portolan-snapshot-v1.schema.json and README "Snapshot JSON".
inline constexpr std::string_view kSnapshotSchemaName = "portolan.snapshot";
inline constexpr int kSnapshotSchemaVersion = 1;

std::string writeSnapshotJson(const Snapshot& snapshot, int indent = 1);

struct SnapshotJsonResult
{
    Snapshot snapshot;
    // Entries that could not be read, each with its place ("endpoints[12]: ...") and reason. Everything else
    // still loads. A fatal problem (not JSON, wrong schema) leaves the snapshot empty and `fatal` set.
    std::vector<std::string> problems;
    bool fatal = false;
};

SnapshotJsonResult readSnapshotJson(std::string_view text);

} // namespace portolan
