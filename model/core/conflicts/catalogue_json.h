#pragma once

#include "catalogue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading and writing the catalogue files (format: resources/catalogue/README.md). A bad entry is reported with
// the file, the line it starts on and its index, and skipped; every other entry still loads. Only a file that
// is not JSON, or not a catalogue at all, is fatal.
namespace portolan::conflicts {

inline constexpr std::string_view kCatalogueSchema = "portolan.catalogue";
inline constexpr std::string_view kOverridesSchema = "portolan.catalogue-overrides";
inline constexpr int kCatalogueVersion = 1;
// Catalogue files are small; anything bigger is a mistake (or an attack on the elevated side, which never reads
// them, but the GUI should not hang on one either).
inline constexpr std::size_t kMaxCatalogueBytes = std::size_t(4) << 20;

struct CatalogueFile
{
    std::vector<CatalogueEntry> entries;
    std::vector<CatalogueProblem> problems;
    bool fatal = false; // nothing could be read; problems say why
};

struct OverridesFile
{
    std::vector<CatalogueOverride> overrides;
    std::vector<CatalogueProblem> problems;
    bool fatal = false;
};

CatalogueFile parseCatalogueJson(std::string_view text, const std::string& file);
OverridesFile parseOverridesJson(std::string_view text, const std::string& file);

CatalogueFile loadCatalogueFile(const std::string& path);
OverridesFile loadOverridesFile(const std::string& path);

// The catalogue compiled into the binary from resources/catalogue/services.json.
std::string_view shippedCatalogueJson();
inline constexpr std::string_view kShippedCatalogueName = "services.json (shipped)";

// The catalogue the findings use: `cataloguePath` (or the shipped one when empty) merged with `overridesPath`
// (none when empty). Every problem of every step is in the result's problems; a fatal problem in the overrides
// leaves the catalogue unmerged, a fatal problem in the catalogue leaves it empty.
Catalogue loadEffectiveCatalogue(const std::string& cataloguePath = {}, const std::string& overridesPath = {});

// Writers, pretty-printed with a trailing newline. The GUI's catalogue dialog saves the user's overrides with
// writeOverridesJson; writeCatalogueJson exports an effective catalogue.
std::string writeCatalogueJson(const std::vector<CatalogueEntry>& entries);
std::string writeOverridesJson(const std::vector<CatalogueOverride>& overrides);

} // namespace portolan::conflicts
