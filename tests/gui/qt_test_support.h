#pragma once

#include "core/endpoint.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>

namespace portolan::test {

// A TCP listener on 192.0.2.1:`port` (the inode is the port), owned by `pid` when it is not 0.
inline Endpoint tcpListener(std::uint16_t port, std::uint32_t pid = 0)
{
    Endpoint e;
    e.protocol = Protocol::Tcp;
    e.localAddress = IpAddress::v4(192, 0, 2, 1);
    e.localPort = port;
    e.state = SocketState::Listen;
    e.inode = port;
    e.pid = pid;
    e.ownerStatus = pid ? OwnerStatus::Resolved : OwnerStatus::Unknown;
    return e;
}

// Points QSettings at `folder` under the application name `application`, before any window exists, so that a test
// never reads or writes the user's settings.
inline void usePrivateSettings(const QString& folder, const char* application)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

// Messages QAbstractItemModelTester logged (category qt.modeltest) since the process started.
QStringList& modelTesterFailures();

// Attaches a QAbstractItemModelTester in Warning mode; the fixture checks after each test that it logged nothing.
inline std::unique_ptr<QAbstractItemModelTester> attachModelTester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

#define EXPECT_MODEL_TESTER_CLEAN()                                                                                    \
    do {                                                                                                               \
        EXPECT_TRUE(::portolan::test::modelTesterFailures().isEmpty())                                                 \
            << ::portolan::test::modelTesterFailures().join(QLatin1Char('\n')).toStdString();                          \
        ::portolan::test::modelTesterFailures().clear();                                                               \
    } while (0)

} // namespace portolan::test
