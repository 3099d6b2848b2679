// GoogleTest main for Qt tests: a real QApplication on the offscreen platform (no display needed), and every
// QAbstractItemModelTester complaint turned into a test failure.

#include "qt_test_support.h"

#include <QApplication>
#include <QLoggingCategory>

#include <gtest/gtest.h>

#include <cstdlib>

namespace {
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") && type >= QtWarningMsg)
        portolan::test::modelTesterFailures().push_back(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

namespace portolan::test {
QStringList& modelTesterFailures()
{
    static QStringList failures;
    return failures;
}
} // namespace portolan::test

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previous = qInstallMessageHandler(handler);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
