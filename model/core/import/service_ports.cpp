#include "service_ports.h"

#include "core/service_names.h"
#include "core/text_util.h"

#include <array>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unordered_map>

namespace portolan::capture {

namespace {

enum Which : std::uint8_t { Tcp = 1, Udp = 2, Both = 3 };

struct Entry
{
    std::string_view name;
    std::uint16_t port;
    std::uint8_t protocols;
};

// Names from Windows' %SystemRoot%\System32\drivers\etc\services (what netstat without -n prints) and the
// Debian /etc/services (what ss and net-tools print), for the ports that show up in socket tables.
constexpr std::array<Entry, 95> kBuiltIn { {
    { "echo", 7, Both },
    { "discard", 9, Both },
    { "daytime", 13, Both },
    { "qotd", 17, Both },
    { "chargen", 19, Both },
    { "ftp-data", 20, Tcp },
    { "ftp", 21, Tcp },
    { "ssh", 22, Both },
    { "telnet", 23, Tcp },
    { "smtp", 25, Tcp },
    { "time", 37, Both },
    { "nameserver", 42, Both },
    { "whois", 43, Tcp },
    { "nicname", 43, Tcp },
    { "domain", 53, Both },
    { "bootps", 67, Udp },
    { "dhcps", 67, Udp },
    { "bootpc", 68, Udp },
    { "dhcpc", 68, Udp },
    { "tftp", 69, Udp },
    { "gopher", 70, Tcp },
    { "finger", 79, Tcp },
    { "http", 80, Both },
    { "www", 80, Both },
    { "www-http", 80, Both },
    { "kerberos", 88, Both },
    { "kerberos-sec", 88, Both },
    { "hostname", 101, Tcp },
    { "pop3", 110, Tcp },
    { "sunrpc", 111, Both },
    { "rpcbind", 111, Both },
    { "auth", 113, Tcp },
    { "ident", 113, Tcp },
    { "nntp", 119, Tcp },
    { "ntp", 123, Udp },
    { "epmap", 135, Both },
    { "loc-srv", 135, Both },
    { "netbios-ns", 137, Both },
    { "nbname", 137, Udp },
    { "netbios-dgm", 138, Udp },
    { "nbdatagram", 138, Udp },
    { "netbios-ssn", 139, Tcp },
    { "nbsession", 139, Tcp },
    { "imap", 143, Tcp },
    { "imap2", 143, Tcp },
    { "snmp", 161, Udp },
    { "snmptrap", 162, Udp },
    { "snmp-trap", 162, Udp },
    { "bgp", 179, Tcp },
    { "ldap", 389, Both },
    { "https", 443, Both },
    { "microsoft-ds", 445, Both },
    { "kpasswd", 464, Both },
    { "isakmp", 500, Udp },
    { "exec", 512, Tcp },
    { "biff", 512, Udp },
    { "login", 513, Tcp },
    { "who", 513, Udp },
    { "shell", 514, Tcp },
    { "cmd", 514, Tcp },
    { "syslog", 514, Udp },
    { "printer", 515, Tcp },
    { "route", 520, Udp },
    { "router", 520, Udp },
    { "submission", 587, Tcp },
    { "ipp", 631, Both },
    { "ldaps", 636, Tcp },
    { "rsync", 873, Tcp },
    { "ftps", 990, Tcp },
    { "imaps", 993, Tcp },
    { "pop3s", 995, Tcp },
    { "socks", 1080, Tcp },
    { "ms-sql-s", 1433, Tcp },
    { "ms-sql-m", 1434, Udp },
    { "l2tp", 1701, Udp },
    { "pptp", 1723, Tcp },
    { "radius", 1812, Udp },
    { "radius-acct", 1813, Udp },
    { "ssdp", 1900, Udp },
    { "nfs", 2049, Both },
    { "mysql", 3306, Tcp },
    { "ms-wbt-server", 3389, Tcp },
    { "teredo", 3544, Udp },
    { "ws-discovery", 3702, Udp },
    { "ipsec-msft", 4500, Udp },
    { "mdns", 5353, Udp },
    { "llmnr", 5355, Both },
    { "wsd", 5357, Tcp },
    { "postgresql", 5432, Tcp },
    { "amqp", 5672, Tcp },
    { "wsman", 5985, Tcp },
    { "wsmans", 5986, Tcp },
    { "x11", 6000, Tcp },
    { "http-alt", 8080, Tcp },
    { "webcache", 8080, Tcp },
} };

} // namespace

std::optional<std::uint16_t> servicePort(std::string_view name, Protocol protocol)
{
    const auto lower = toLowerAscii(name);
    const std::uint8_t want = protocol == Protocol::Tcp ? Tcp : Udp;
    for (const auto& entry : kBuiltIn)
        if (entry.name == lower && (entry.protocols & want))
            return entry.port;
    // Windows prints a service for a port whatever the protocol it is registered under; accept the other
    // protocol's entry before giving up.
    for (const auto& entry : kBuiltIn)
        if (entry.name == lower)
            return entry.port;
    const auto& system = ServiceNames::system();
    if (auto port = system.port(lower, protocol))
        return port;
    return system.port(lower, protocol == Protocol::Tcp ? Protocol::Udp : Protocol::Tcp);
}

} // namespace portolan::capture
