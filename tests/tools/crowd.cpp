// portolan-crowd: opens a crowd of sockets shaped like a busy server and holds them until killed.
//
// The default shape is a Windows DNS server's socket pool after MS08-037 (KB 953230): N UDP sockets bound to
// random ports across a range, plus M loopback TCP connections, some of them closed so that they sit in
// TIME_WAIT. The hard file-descriptor limit on our machines is 20,000 per process and cannot be raised, so a
// large crowd is spread over several child processes of at most --per-process sockets each.
//
// Prints "ready PID PID ..." on stdout once every socket is open, then holds until SIGTERM/SIGINT (children
// die with the parent: PR_SET_PDEATHSIG). With --churn N it closes N random UDP sockets per second and binds
// N new ones, so live views see steady churn.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options
{
    int udp = 2500;
    int tcp = 0; // established loopback connections (each holds 2 fds)
    int timeWait = 0;
    int perProcess = 19000;
    int churn = 0;
    unsigned first = 0, last = 0; // UDP port range; 0 = the machine's ip_local_port_range
    bool ipv6 = false;
    int addresses = 1; // spread UDP over 127.0.0.1 .. 127.0.0.N: one address has only 64k ports
    std::string name; // process name (comm), e.g. "named" or "dns.exe"
    std::vector<unsigned> includePorts; // ports the pool must hold (e.g. 1812 for the RADIUS conflict)
    unsigned seed = 1;
};

struct Share
{
    int udp = 0, tcp = 0, timeWait = 0;
    std::vector<unsigned> include;
};

volatile std::sig_atomic_t g_stop = 0;

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr, "portolan-crowd: %s: %s\n", what, std::strerror(errno));
    std::exit(2);
}

void usage()
{
    std::fprintf(stderr,
        "usage: portolan-crowd [--udp N] [--tcp M] [--time-wait K] [--range FIRST-LAST] [--include PORT]...\n"
        "                      [--per-process N] [--name COMM] [--ipv6] [--addresses N] [--churn N] [--seed S]\n");
    std::exit(2);
}

void machineRange(unsigned& first, unsigned& last)
{
    std::ifstream in("/proc/sys/net/ipv4/ip_local_port_range");
    if (!(in >> first >> last)) {
        first = 32768;
        last = 60999;
    }
}

int bindUdp(bool ipv6, unsigned port, unsigned address = 1)
{
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("socket");
    int rc;
    if (ipv6) {
        sockaddr_in6 a {};
        a.sin6_family = AF_INET6;
        a.sin6_addr = in6addr_loopback;
        a.sin6_port = htons(static_cast<uint16_t>(port));
        rc = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    } else {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(0x7f000000u | address);
        a.sin_port = htons(static_cast<uint16_t>(port));
        rc = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    }
    if (rc != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Binds `count` UDP sockets on random free ports of [first, last], plus every port in `include`.
std::vector<int> openPool(const Options& o, int count, const std::vector<unsigned>& include, std::mt19937& rng)
{
    std::vector<int> fds;
    for (unsigned port : include) {
        const int fd = bindUdp(o.ipv6, port);
        if (fd < 0) {
            std::fprintf(stderr, "portolan-crowd: cannot bind UDP %u: %s\n", port, std::strerror(errno));
            std::exit(2);
        }
        fds.push_back(fd);
    }
    std::uniform_int_distribution<unsigned> pick(o.first, o.last);
    std::uniform_int_distribution<unsigned> pickAddress(1, static_cast<unsigned>(std::max(1, o.addresses)));
    int failures = 0;
    while (static_cast<int>(fds.size()) < count + static_cast<int>(include.size())) {
        const int fd = bindUdp(o.ipv6, pick(rng), o.ipv6 ? 1 : pickAddress(rng));
        if (fd >= 0) {
            fds.push_back(fd);
            continue;
        }
        if (++failures > count * 20 + 1000) {
            std::fprintf(stderr, "portolan-crowd: range %u-%u too full for %d sockets\n", o.first, o.last, count);
            std::exit(2);
        }
    }
    return fds;
}

// Opens `pairs` established loopback TCP connections and `timeWait` closed ones (client closes first, so the
// client side sits in TIME_WAIT for 60 s). Returns the fds to hold.
std::vector<int> openTcp(int pairs, int timeWait)
{
    std::vector<int> fds;
    if (pairs == 0 && timeWait == 0)
        return fds;
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
        || ::listen(listener, 4096) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr*>(&a), &length) != 0)
        die("tcp listener");
    fds.push_back(listener);
    auto connectOne = [&](int& client, int& server) {
        client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (client < 0 || ::connect(client, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            die("tcp connect");
        server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (server < 0)
            die("tcp accept");
    };
    for (int i = 0; i < pairs; ++i) {
        int c, s;
        connectOne(c, s);
        fds.push_back(c);
        fds.push_back(s);
    }
    for (int i = 0; i < timeWait; ++i) {
        int c, s;
        connectOne(c, s);
        ::close(c);
        ::close(s);
    }
    return fds;
}

void onSignal(int)
{
    g_stop = 1;
}

void holdAndChurn(const Options& o, std::vector<int> pool, std::mt19937& rng)
{
    while (!g_stop) {
        ::sleep(1);
        if (o.churn <= 0 || pool.empty())
            continue;
        std::shuffle(pool.begin(), pool.end(), rng);
        const int n = std::min<int>(o.churn, static_cast<int>(pool.size()));
        for (int i = 0; i < n; ++i)
            ::close(pool[pool.size() - 1 - i]);
        pool.resize(pool.size() - n);
        auto fresh = openPool(o, n, {}, rng);
        pool.insert(pool.end(), fresh.begin(), fresh.end());
    }
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage();
            return argv[++i];
        };
        if (arg == "--udp")
            o.udp = std::stoi(value());
        else if (arg == "--tcp")
            o.tcp = std::stoi(value());
        else if (arg == "--time-wait")
            o.timeWait = std::stoi(value());
        else if (arg == "--per-process")
            o.perProcess = std::stoi(value());
        else if (arg == "--churn")
            o.churn = std::stoi(value());
        else if (arg == "--name")
            o.name = value();
        else if (arg == "--addresses")
            o.addresses = std::stoi(value());
        else if (arg == "--ipv6")
            o.ipv6 = true;
        else if (arg == "--seed")
            o.seed = static_cast<unsigned>(std::stoul(value()));
        else if (arg == "--include")
            o.includePorts.push_back(static_cast<unsigned>(std::stoul(value())));
        else if (arg == "--range") {
            const auto v = value();
            if (std::sscanf(v.c_str(), "%u-%u", &o.first, &o.last) != 2 || o.first > o.last || o.last > 65535)
                usage();
        } else
            usage();
    }
    if (o.first == 0)
        machineRange(o.first, o.last);
    if (o.perProcess < 16)
        usage();

    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    const int perProcess = std::min<long>(o.perProcess, static_cast<long>(limit.rlim_cur) - 32);

    // Deal the work out: TCP first (a pair needs 2 fds in one process), then UDP.
    std::vector<Share> shares(1);
    auto room = [&](const Share& s) { return perProcess - (s.udp + 2 * s.tcp + 1 + int(s.include.size())); };
    for (int i = 0; i < o.tcp; ++i) {
        if (room(shares.back()) < 2)
            shares.emplace_back();
        ++shares.back().tcp;
    }
    shares.back().timeWait = o.timeWait;
    shares.back().include = o.includePorts;
    for (int left = o.udp; left > 0;) {
        if (room(shares.back()) < 1)
            shares.emplace_back();
        const int take = std::min(left, room(shares.back()));
        shares.back().udp += take;
        left -= take;
    }

    if (!o.name.empty())
        ::prctl(PR_SET_NAME, o.name.c_str(), 0, 0, 0);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    int ready[2];
    if (::pipe(ready) != 0)
        die("pipe");
    std::vector<pid_t> children;
    for (std::size_t c = 0; c < shares.size(); ++c) {
        const pid_t pid = ::fork();
        if (pid < 0)
            die("fork");
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            ::close(ready[0]);
            std::mt19937 rng(o.seed * 7919u + static_cast<unsigned>(c));
            auto held = openTcp(shares[c].tcp, shares[c].timeWait);
            auto pool = openPool(o, shares[c].udp, shares[c].include, rng);
            char ok = 1;
            if (::write(ready[1], &ok, 1) != 1)
                die("ready pipe");
            holdAndChurn(o, std::move(pool), rng);
            _exit(0);
        }
        children.push_back(pid);
    }
    ::close(ready[1]);
    for (std::size_t c = 0; c < children.size(); ++c) {
        char ok;
        if (::read(ready[0], &ok, 1) != 1) {
            std::fprintf(stderr, "portolan-crowd: a child failed to open its sockets\n");
            for (pid_t pid : children)
                ::kill(pid, SIGTERM);
            return 2;
        }
    }
    std::printf("ready");
    for (pid_t pid : children)
        std::printf(" %d", pid);
    std::printf("\n");
    std::fflush(stdout);
    while (!g_stop)
        ::pause();
    for (pid_t pid : children)
        ::kill(pid, SIGTERM);
    for (pid_t pid : children)
        ::waitpid(pid, nullptr, 0);
    return 0;
}
