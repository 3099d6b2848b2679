// Decoding sock_diag reply batches (model/core/linux/netlink_batch.h) from hand-built bytes: the kernel's layout
// (linux/netlink.h, linux/inet_diag.h), and every way a batch can be cut short or corrupted (issue #14).
#include "core/linux/netlink_batch.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <climits>
#include <cstring>
#include <netinet/in.h>
#include <vector>

using namespace portolan::linux_backend;

namespace {

constexpr unsigned kSequence = 7;

// Appends one netlink message (header + payload, padded to NLMSG_ALIGNTO) to `batch`.
void append(std::vector<char>& batch, std::uint16_t type, unsigned sequence, const void* payload, std::size_t size,
    std::size_t announced = 0)
{
    nlmsghdr header {};
    header.nlmsg_len = static_cast<std::uint32_t>(announced ? announced : NLMSG_LENGTH(size));
    header.nlmsg_type = type;
    header.nlmsg_seq = sequence;
    const auto start = batch.size();
    batch.resize(start + NLMSG_ALIGN(NLMSG_LENGTH(size)));
    std::memcpy(batch.data() + start, &header, sizeof header);
    if (size)
        std::memcpy(batch.data() + start + NLMSG_HDRLEN, payload, size);
}

void appendSocket(std::vector<char>& batch, std::uint16_t port, unsigned sequence = kSequence)
{
    inet_diag_msg diag {};
    diag.idiag_family = AF_INET;
    diag.id.idiag_sport = htons(port);
    append(batch, SOCK_DIAG_BY_FAMILY, sequence, &diag, sizeof diag);
}

void appendDone(std::vector<char>& batch)
{
    const int zero = 0;
    append(batch, NLMSG_DONE, kSequence, &zero, sizeof zero);
}

void appendError(std::vector<char>& batch, int value)
{
    nlmsgerr error {};
    error.error = value;
    append(batch, NLMSG_ERROR, kSequence, &error, sizeof error);
}

struct Decoded
{
    BatchEnd end;
    std::vector<std::uint16_t> ports;
    std::string error;
};

Decoded decode(const std::vector<char>& batch)
{
    Decoded out;
    // An exact-size copy, so that AddressSanitizer builds catch any read past the end.
    const std::vector<char> exact(batch);
    out.end = decodeDumpBatch(
        exact.data(), exact.size(), kSequence,
        [&](const inet_diag_msg& diag) { out.ports.push_back(ntohs(diag.id.idiag_sport)); }, out.error);
    return out;
}

} // namespace

TEST(NetlinkBatch, DecodesSocketsOfOurDumpAndStopsAtDone)
{
    std::vector<char> batch;
    appendSocket(batch, 53);
    appendSocket(batch, 9999, kSequence + 1); // another dump's: skipped
    appendSocket(batch, 1812);
    appendDone(batch);
    appendSocket(batch, 4500); // after DONE: never read
    const auto decoded = decode(batch);
    EXPECT_EQ(decoded.end, BatchEnd::Done);
    EXPECT_EQ(decoded.ports, (std::vector<std::uint16_t> { 53, 1812 }));
}

TEST(NetlinkBatch, ABatchWithoutDoneAsksForMore)
{
    std::vector<char> batch;
    appendSocket(batch, 2883);
    const auto decoded = decode(batch);
    EXPECT_EQ(decoded.end, BatchEnd::More);
    EXPECT_EQ(decoded.ports, (std::vector<std::uint16_t> { 2883 }));
    EXPECT_EQ(decode({}).end, BatchEnd::More);
}

TEST(NetlinkBatch, KernelErrorEndsTheDumpWithItsErrno)
{
    std::vector<char> batch;
    appendSocket(batch, 53);
    appendError(batch, -EPERM);
    const auto decoded = decode(batch);
    EXPECT_EQ(decoded.end, BatchEnd::Failed);
    EXPECT_EQ(decoded.error, std::string("sock_diag: ") + std::strerror(EPERM));
}

TEST(NetlinkBatch, AnErrorValueThatIsNoErrnoIsReportedAsEioNotNegated)
{
    for (const int value : { INT_MIN, 5, -5000 }) {
        std::vector<char> batch;
        appendError(batch, value);
        const auto decoded = decode(batch);
        EXPECT_EQ(decoded.end, BatchEnd::Failed) << value;
        EXPECT_EQ(decoded.error, std::string("sock_diag: ") + std::strerror(EIO)) << value;
    }
    std::vector<char> ack; // error 0 is an acknowledgement: the dump goes on
    appendError(ack, 0);
    appendSocket(ack, 1701);
    EXPECT_EQ(decode(ack).end, BatchEnd::More);
    EXPECT_EQ(decode(ack).ports, (std::vector<std::uint16_t> { 1701 }));
}

TEST(NetlinkBatch, ASocketMessageShorterThanInetDiagMsgFailsInsteadOfReadingPastIt)
{
    std::vector<char> batch;
    appendSocket(batch, 53);
    const char shortPayload[8] {};
    append(batch, SOCK_DIAG_BY_FAMILY, kSequence, shortPayload, sizeof shortPayload);
    const auto decoded = decode(batch);
    EXPECT_EQ(decoded.end, BatchEnd::Failed);
    EXPECT_NE(decoded.error.find("socket message cut short (8 of"), std::string::npos) << decoded.error;
    EXPECT_EQ(decoded.ports, (std::vector<std::uint16_t> { 53 })); // what came before still decoded
}

TEST(NetlinkBatch, AMessageAnnouncingMoreThanTheBatchHoldsFails)
{
    std::vector<char> batch;
    appendSocket(batch, 53);
    inet_diag_msg diag {};
    append(batch, SOCK_DIAG_BY_FAMILY, kSequence, &diag, sizeof diag, /*announced=*/4096);
    const auto decoded = decode(batch);
    EXPECT_EQ(decoded.end, BatchEnd::Failed);
    EXPECT_NE(decoded.error.find("message cut short (4096 bytes announced"), std::string::npos) << decoded.error;
}

TEST(NetlinkBatch, AReceiveCutInsideAMessageFails)
{
    std::vector<char> batch;
    appendSocket(batch, 53);
    appendSocket(batch, 54);
    for (const std::size_t cut : { std::size_t(3), sizeof(nlmsghdr) + 10, batch.size() / 2 + 20, batch.size() - 1 }) {
        std::vector<char> truncated(batch.begin(), batch.begin() + static_cast<std::ptrdiff_t>(cut));
        const auto decoded = decode(truncated);
        EXPECT_EQ(decoded.end, BatchEnd::Failed) << "cut at " << cut;
        EXPECT_FALSE(decoded.error.empty());
    }
}

TEST(NetlinkBatch, AHeaderShorterThanItselfFails)
{
    std::vector<char> batch;
    append(batch, SOCK_DIAG_BY_FAMILY, kSequence, nullptr, 0, /*announced=*/4);
    EXPECT_EQ(decode(batch).end, BatchEnd::Failed);
}
