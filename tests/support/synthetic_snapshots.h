#pragma once

#include "core/snapshot.h"

#include <memory>
#include <random>

namespace portolan::test {

// A synthetic busy server for model tests and benchmarks: a few hundred processes, one of them a DNS-style UDP
// socket pool, listeners, established connections and TIME_WAIT rows. Each step() closes and opens
// `churn` of the endpoints, changes states, moves sockets between processes, and lets processes exit and new
// ones reuse their pids. Deterministic for a given seed.
class SyntheticServer
{
public:
    SyntheticServer(std::size_t endpoints, double churn, unsigned seed = 1);

    std::shared_ptr<const Snapshot> current() const { return m_current; }
    std::shared_ptr<const Snapshot> step();

private:
    Endpoint randomEndpoint();
    ProcessInfoPtr randomProcess();
    std::shared_ptr<Snapshot> publish();

    std::size_t m_target;
    double m_churn;
    std::mt19937 m_rng;
    std::vector<Endpoint> m_endpoints;
    std::vector<ProcessInfoPtr> m_processes;
    std::uint64_t m_nextInode = 1000;
    std::uint64_t m_startCounter = 1;
    std::shared_ptr<const Snapshot> m_current;
};

} // namespace portolan::test
