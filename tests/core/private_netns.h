#pragma once

// A private network namespace for a test process: its sockets, /proc/net and sysctls are its own, so tests running
// beside it (ctest --parallel) neither see nor disturb them. Linux only.

#include <string>

namespace portolan::test {

// Moves the calling thread (and the threads and children it starts afterwards) into a new network namespace. As
// root a plain one; without root, with userNamespaceWithoutRoot, inside a user namespace that maps us to root there
// (where the kernel allows unprivileged user namespaces). Returns false with `error` when neither works.
bool enterPrivateNetns(bool userNamespaceWithoutRoot, std::string& error);
// Brings the loopback interface of the current network namespace up (a new namespace starts with it down).
bool loopbackUp(std::string& error);

} // namespace portolan::test
