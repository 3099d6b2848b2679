#pragma once

#include "catalogue.h"
#include "findings.h"

#include <ostream>
#include <string>

// `portolan check` output: JSON ("schema": "portolan.findings", version 1; names are stable, the tests and the
// GUI read them) and a plain-text report for people.
namespace portolan::conflicts {

inline constexpr std::string_view kFindingsSchema = "portolan.findings";
inline constexpr int kFindingsVersion = 1;

struct CheckContext
{
    const Snapshot* snapshot = nullptr; // for meta and evidence rows
    const MachinePortConfig* config = nullptr;
    const Catalogue* catalogue = nullptr; // for its problems and size
};

std::string writeFindingsJson(const FindingReport& report, const CheckContext& context);
void writeFindingsText(const FindingReport& report, const CheckContext& context, std::ostream& out);

} // namespace portolan::conflicts
