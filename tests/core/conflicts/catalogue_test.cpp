// The known-service catalogue: the shipped data file, the loader's error reports, and the merge with overrides.

#include "conflict_fixtures.h"

#include "core/conflicts/catalogue_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace portolan;
using namespace portolan::conflicts;

namespace {

const CatalogueEntry* covering(const Catalogue& c, Protocol protocol, std::uint16_t port)
{
    for (const auto& e : c.entries)
        if (e.protocol == protocol && e.ports.contains(port))
            return &e;
    return nullptr;
}

std::string problemsText(const std::vector<CatalogueProblem>& problems)
{
    std::string out;
    for (const auto& p : problems)
        out += p.text() + "\n";
    return out;
}

} // namespace

TEST(Catalogue, ShippedFileLoadsCleanlyAndIsTheCompiledInCopy)
{
    std::ifstream in(std::string(PORTOLAN_SOURCE_DIR) + "/resources/catalogue/services.json", std::ios::binary);
    ASSERT_TRUE(in) << "resources/catalogue/services.json missing";
    std::ostringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), shippedCatalogueJson()) << "the binary carries a stale copy of the catalogue";

    const auto catalogue = conflicts_test::shippedCatalogue();
    EXPECT_TRUE(catalogue.problems.empty()) << problemsText(catalogue.problems);
    std::set<std::string> ids;
    for (const auto& e : catalogue.entries) {
        EXPECT_TRUE(ids.insert(e.id).second) << e.id;
        EXPECT_FALSE(e.source.empty()) << e.id << ": every entry names its source (KB or RFC)";
        EXPECT_FALSE(e.note.empty()) << e.id << ": every entry explains itself in plain words";
        EXPECT_TRUE(e.windows || e.linux) << e.id;
        EXPECT_GE(e.ports.first, 1) << e.id;
    }
}

TEST(Catalogue, CoversTheKb956188SetAndTheCommonServerRoles)
{
    const auto catalogue = conflicts_test::shippedCatalogue();
    // KB 956188 / KB 956189 and the seeds: the UDP ports the DNS socket pool took from other services.
    for (std::uint16_t port : { 1645, 1646, 1812, 1813, 1701, 2883, 4500, 500, 3343 }) {
        const auto* e = covering(catalogue, Protocol::Udp, port);
        ASSERT_NE(e, nullptr) << "UDP " << port;
        EXPECT_NE(e->source.find("KB"), std::string::npos) << e->id;
        ASSERT_TRUE(e->windows) << e->id;
    }
    // KB 832017's common roles, with Linux counterparts where the role exists there.
    struct Role
    {
        Protocol protocol;
        std::uint16_t port;
        bool linux;
    };
    for (const Role r :
        { Role { Protocol::Udp, 53, true }, Role { Protocol::Tcp, 53, true }, { Protocol::Udp, 88, true },
            { Protocol::Tcp, 88, true }, { Protocol::Tcp, 389, true }, { Protocol::Tcp, 3268, true },
            { Protocol::Tcp, 445, true }, { Protocol::Tcp, 135, true }, { Protocol::Tcp, 3389, true },
            { Protocol::Tcp, 5985, false }, { Protocol::Udp, 123, true }, { Protocol::Udp, 67, true },
            { Protocol::Udp, 161, true }, { Protocol::Tcp, 80, true }, { Protocol::Tcp, 443, true },
            { Protocol::Tcp, 1433, true }, { Protocol::Udp, 1812, true }, { Protocol::Udp, 4500, true } }) {
        const auto* e = covering(catalogue, r.protocol, r.port);
        ASSERT_NE(e, nullptr) << protocolName(r.protocol) << " " << r.port;
        EXPECT_TRUE(e->windows) << e->id;
        EXPECT_EQ(e->linux.has_value(), r.linux) << e->id;
    }
    // The owners the seeds name.
    EXPECT_TRUE(nameMatches("w3wp.exe", covering(catalogue, Protocol::Udp, 2883)->windows->names));
    EXPECT_TRUE(nameMatches("named", covering(catalogue, Protocol::Udp, 53)->linux->names));
    EXPECT_TRUE(covering(catalogue, Protocol::Udp, 4500)->critical) << "IPsec Block mode cuts the server off";
}

TEST(Catalogue, BadEntriesAreReportedWithFileLineAndIndexWhileTheRestLoads)
{
    // Line numbers below are the lines these entries start on.
    const std::string text = R"({
  "schema": "portolan.catalogue",
  "version": 1,
  "entries": [
    { "id": "good", "protocol": "udp", "ports": "1812", "service": "RADIUS",
      "owners": { "linux": { "names": ["freeradius"] } }, "source": "RFC 2865" },
    { "id": "bad-port", "protocol": "udp", "ports": "70000", "service": "x",
      "owners": { "linux": { "names": ["x"] } }, "source": "y" },
    { "id": "typo", "protocol": "udp", "ports": 1813, "service": "x", "owner": {}, "source": "y" },
    { "id": "good", "protocol": "tcp", "ports": 1, "service": "x", "owners": { "windows": { "kernel": true } },
      "source": "y" },
    { "id": "no-owners", "protocol": "udp", "ports": "5-4", "service": "x", "source": "y",
      "owners": { "windows": { } } },
    "not an object",
    { "id": "also-good", "protocol": "tcp", "ports": "3268-3269", "service": "GC",
      "owners": { "windows": { "names": ["lsass.exe"] } }, "source": "KB 832017", "critical": true }
  ]
}
)";
    const auto file = parseCatalogueJson(text, "user.json");
    EXPECT_FALSE(file.fatal);
    ASSERT_EQ(file.entries.size(), 2u) << problemsText(file.problems);
    EXPECT_EQ(file.entries[0].id, "good");
    EXPECT_EQ(file.entries[0].ports, (PortRange { 1812, 1812 }));
    EXPECT_EQ(file.entries[1].id, "also-good");
    EXPECT_EQ(file.entries[1].ports, (PortRange { 3268, 3269 }));
    EXPECT_TRUE(file.entries[1].critical);
    EXPECT_FALSE(file.entries[1].linux);

    auto find = [&](std::size_t index) -> const CatalogueProblem* {
        for (const auto& p : file.problems)
            if (p.entry == index)
                return &p;
        return nullptr;
    };
    const auto* badPort = find(1);
    ASSERT_NE(badPort, nullptr) << problemsText(file.problems);
    EXPECT_EQ(badPort->line, 7u);
    EXPECT_EQ(badPort->text().rfind("user.json:7: entries[1] (bad-port): \"ports\"", 0), 0u) << badPort->text();
    const auto* typo = find(2);
    ASSERT_NE(typo, nullptr);
    EXPECT_EQ(typo->line, 9u);
    EXPECT_NE(typo->reason.find("unknown field \"owner\""), std::string::npos) << typo->reason;
    const auto* duplicate = find(3);
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->line, 10u);
    EXPECT_NE(duplicate->reason.find("duplicate id"), std::string::npos);
    const auto* noOwners = find(4);
    ASSERT_NE(noOwners, nullptr);
    EXPECT_EQ(noOwners->line, 12u);
    const auto* notObject = find(5);
    ASSERT_NE(notObject, nullptr);
    EXPECT_EQ(notObject->line, 14u);
}

TEST(Catalogue, BrokenJsonIsFatalAndNamesTheLine)
{
    const auto file
        = parseCatalogueJson("{\n  \"schema\": \"portolan.catalogue\",\n  \"version\": 1,\n  oops\n}", "x.json");
    EXPECT_TRUE(file.fatal);
    ASSERT_EQ(file.problems.size(), 1u);
    EXPECT_EQ(file.problems[0].line, 4u) << file.problems[0].text();
    const auto wrongSchema = parseCatalogueJson(R"({"schema": "other", "version": 1, "entries": []})", "y.json");
    EXPECT_TRUE(wrongSchema.fatal);
    EXPECT_NE(
        wrongSchema.problems.at(0).text().find("y.json: \"schema\" must be \"portolan.catalogue\""), std::string::npos);
}

TEST(Catalogue, OverridesReplaceByIdAddAndDisable)
{
    auto shipped = conflicts_test::shippedCatalogue();
    const auto* radius = shipped.find("radius-auth");
    ASSERT_NE(radius, nullptr);
    const auto shippedRadius = *radius;
    const std::size_t shippedCount = shipped.entries.size();

    const std::string text = R"({
  "schema": "portolan.catalogue-overrides",
  "version": 1,
  "entries": [
    { "id": "radius-auth", "owners": { "linux": { "names": ["radiusd-custom"] } } },
    { "id": "snmp", "enabled": false },
    { "id": "backup-agent", "protocol": "tcp", "ports": "10000", "service": "Backup agent",
      "owners": { "windows": { "services": ["BackupAgent"] } }, "note": "ours" },
    { "id": "incomplete", "protocol": "udp" }
  ]
}
)";
    const auto overrides = parseOverridesJson(text, "overrides.json");
    ASSERT_FALSE(overrides.fatal);
    ASSERT_TRUE(overrides.problems.empty()) << problemsText(overrides.problems);
    ASSERT_EQ(overrides.overrides.size(), 4u);

    const auto merged = mergeCatalogue(shipped.entries, overrides.overrides);
    // Override by id: only the named part changes.
    const auto* changed = merged.find("radius-auth");
    ASSERT_NE(changed, nullptr);
    ASSERT_TRUE(changed->linux);
    EXPECT_EQ(changed->linux->names, std::vector<std::string> { "radiusd-custom" });
    EXPECT_EQ(changed->windows, shippedRadius.windows);
    EXPECT_EQ(changed->note, shippedRadius.note);
    EXPECT_EQ(changed->ports, shippedRadius.ports);
    EXPECT_EQ(changed->origin, "overrides.json");
    // Disabled, added, and the incomplete new entry reported with its place.
    EXPECT_EQ(merged.find("snmp"), nullptr);
    const auto* added = merged.find("backup-agent");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->protocol, Protocol::Tcp);
    EXPECT_EQ(added->ports, (PortRange { 10000, 10000 }));
    EXPECT_EQ(added->source, "user override");
    EXPECT_EQ(merged.find("incomplete"), nullptr);
    ASSERT_EQ(merged.problems.size(), 1u);
    EXPECT_EQ(merged.problems[0].text().rfind("overrides.json:9: entries[3] (incomplete): new entry", 0), 0u)
        << merged.problems[0].text();
    EXPECT_EQ(merged.entries.size(), shippedCount); // -1 disabled, +1 added

    // What the GUI's dialog saves reads back the same.
    const auto again = parseOverridesJson(writeOverridesJson(overrides.overrides), "saved.json");
    ASSERT_TRUE(again.problems.empty()) << problemsText(again.problems);
    const auto remerged = mergeCatalogue(shipped.entries, again.overrides);
    EXPECT_EQ(remerged.entries.size(), merged.entries.size());
    EXPECT_EQ(remerged.find("backup-agent")->ports, added->ports);
    EXPECT_EQ(remerged.find("radius-auth")->linux, changed->linux);
}

TEST(Catalogue, WrittenCatalogueReadsBackIdentically)
{
    const auto shipped = conflicts_test::shippedCatalogue();
    const auto again = parseCatalogueJson(writeCatalogueJson(shipped.entries), "export.json");
    ASSERT_TRUE(again.problems.empty()) << problemsText(again.problems);
    ASSERT_EQ(again.entries.size(), shipped.entries.size());
    for (std::size_t i = 0; i < again.entries.size(); ++i) {
        auto a = again.entries[i], b = shipped.entries[i];
        a.origin = b.origin = {};
        EXPECT_EQ(a, b) << b.id;
    }
}

TEST(Catalogue, EffectiveCatalogueReportsAnUnreadableOverridesFile)
{
    const auto catalogue = loadEffectiveCatalogue({}, "/nonexistent/overrides.json");
    EXPECT_TRUE(catalogue.fatal);
    EXPECT_FALSE(catalogue.entries.empty()) << "the shipped entries still load";
    ASSERT_FALSE(catalogue.problems.empty());
    EXPECT_EQ(catalogue.problems[0].file, "/nonexistent/overrides.json");
}

TEST(Catalogue, ProcessNamesMatchCaseInsensitivelyAndThroughLinuxTruncation)
{
    EXPECT_TRUE(nameMatches("DNS.EXE", { "dns.exe" }));
    EXPECT_FALSE(nameMatches("dns", { "dns.exe" }));
    // comm holds 15 bytes: systemd-resolved runs as "systemd-resolve".
    EXPECT_TRUE(nameMatches("systemd-resolve", { "systemd-resolved" }));
    EXPECT_FALSE(nameMatches("systemd-resol", { "systemd-resolved" }));
    EXPECT_FALSE(nameMatches("", { "" }));
}
