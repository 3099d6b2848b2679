// The result file an elevated `portolan close` / `portolan kill` writes for the process that relaunched it.

#include "core/actions/action_result.h"

#include <gtest/gtest.h>

using namespace portolan::actions;

TEST(ActionResult, ExitCodesAreZeroOneTwo)
{
    EXPECT_EQ(actionExitCode(ActionStatus::Done), 0);
    EXPECT_EQ(actionExitCode(ActionStatus::NotFound), 1);
    for (auto status : { ActionStatus::PermissionDenied, ActionStatus::Unsupported, ActionStatus::Refused,
             ActionStatus::InvalidArgument, ActionStatus::TimedOut, ActionStatus::Failed })
        EXPECT_EQ(actionExitCode(status), 2) << actionStatusName(status);
}

TEST(ActionResult, ResultFileRoundTripsEveryStatus)
{
    for (auto status :
        { ActionStatus::Done, ActionStatus::NotFound, ActionStatus::PermissionDenied, ActionStatus::Unsupported,
            ActionStatus::Refused, ActionStatus::InvalidArgument, ActionStatus::TimedOut, ActionStatus::Failed }) {
        const ActionResult result { status, "message with \"quotes\" and ünïcode" };
        const auto text = writeActionResultJson("close", result);
        EXPECT_NE(text.find("\"schema\": \"portolan.action-result\""), std::string::npos) << text;
        std::string error;
        const auto back = parseActionResultJson(text, error);
        ASSERT_TRUE(back) << error;
        EXPECT_EQ(back->status, status);
        EXPECT_EQ(back->message, result.message);
        EXPECT_EQ(parseActionStatus(actionStatusName(status)), status);
    }
}

TEST(ActionResult, ForeignOrBrokenFilesAreRejected)
{
    std::string error;
    EXPECT_FALSE(parseActionResultJson("", error));
    EXPECT_FALSE(parseActionResultJson("{\"schema\": \"portolan.fix-result\", \"status\": \"done\"}", error));
    EXPECT_FALSE(parseActionResultJson(
        "{\"schema\": \"portolan.action-result\", \"status\": \"maybe\", \"message\": \"\"}", error));
    EXPECT_NE(error.find("maybe"), std::string::npos);
}
