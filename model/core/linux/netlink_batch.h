#pragma once

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <string>

namespace portolan::linux_backend {

// Decoding of one recv() batch of a NETLINK_SOCK_DIAG reply, apart from the socket so that it can be fed any
// bytes: the fuzz target (tests/fuzz/fuzz_netlink_batch.cpp) and the fault-injection tests do. The kernel never
// sends a short inet_diag_msg, but trusting nlmsg_len alone would read past the buffer when it does (or when a
// receive is cut short), so every payload is checked against the size it must have, and copied out rather than
// cast in place (a batch may start anywhere when it does not come from the kernel).

enum class BatchEnd {
    More, // every message consumed, the dump continues in the next batch
    Done, // NLMSG_DONE of our sequence
    Failed, // NLMSG_ERROR of our sequence, or a message cut short: `error` says which
};

// The errno of an NLMSG_ERROR payload (the kernel sends -errno; 0 is an acknowledgement). Returns false when the
// payload is too short to hold it.
inline bool netlinkErrorCode(const char* payload, std::size_t size, int& code)
{
    if (size < sizeof(int))
        return false;
    int negative = 0;
    std::memcpy(&negative, payload, sizeof negative);
    // The kernel sends -errno; a positive value or INT_MIN (whose negation overflows) is no errno: call it EIO.
    code = negative == 0 ? 0 : (negative < 0 && negative > -4096 ? -negative : EIO);
    return true;
}

// Calls onSocket(const inet_diag_msg&) for each SOCK_DIAG_BY_FAMILY message of `sequence` in the batch.
template<typename OnSocket>
BatchEnd decodeDumpBatch(const char* data, std::size_t size, unsigned sequence, OnSocket&& onSocket, std::string& error)
{
    // NLMSG_OK and NLMSG_NEXT work on an int length; a batch is at most the receive buffer (256 KiB).
    int remaining = static_cast<int>(size > (1u << 30) ? (1u << 30) : size);
    // Walk with an aligned copy of each header: NLMSG_NEXT keeps 4-byte alignment relative to `data`.
    const char* cursor = data;
    while (remaining >= static_cast<int>(sizeof(nlmsghdr))) {
        nlmsghdr header;
        std::memcpy(&header, cursor, sizeof header);
        if (header.nlmsg_len < sizeof(nlmsghdr) || header.nlmsg_len > static_cast<unsigned>(remaining)) {
            error = "sock_diag: message cut short (" + std::to_string(header.nlmsg_len) + " bytes announced, "
                + std::to_string(remaining) + " received)";
            return BatchEnd::Failed;
        }
        const std::size_t payload = header.nlmsg_len - NLMSG_HDRLEN;
        if (header.nlmsg_seq == sequence) {
            if (header.nlmsg_type == NLMSG_DONE)
                return BatchEnd::Done;
            if (header.nlmsg_type == NLMSG_ERROR) {
                int code = 0;
                if (!netlinkErrorCode(cursor + NLMSG_HDRLEN, payload, code)) {
                    error = "sock_diag: error message cut short";
                    return BatchEnd::Failed;
                }
                if (code != 0) { // 0 is an acknowledgement, not an error
                    error = std::string("sock_diag: ") + std::strerror(code);
                    return BatchEnd::Failed;
                }
            }
            if (header.nlmsg_type == SOCK_DIAG_BY_FAMILY) {
                if (payload < sizeof(inet_diag_msg)) {
                    error = "sock_diag: socket message cut short (" + std::to_string(payload) + " of "
                        + std::to_string(sizeof(inet_diag_msg)) + " bytes)";
                    return BatchEnd::Failed;
                }
                inet_diag_msg diag;
                std::memcpy(&diag, cursor + NLMSG_HDRLEN, sizeof diag);
                onSocket(static_cast<const inet_diag_msg&>(diag));
            }
        }
        const unsigned step = NLMSG_ALIGN(header.nlmsg_len);
        if (step >= static_cast<unsigned>(remaining))
            return BatchEnd::More;
        remaining -= static_cast<int>(step);
        cursor += step;
    }
    if (remaining > 0) {
        error = "sock_diag: " + std::to_string(remaining) + " stray bytes after the last message";
        return BatchEnd::Failed;
    }
    return BatchEnd::More;
}

} // namespace portolan::linux_backend
