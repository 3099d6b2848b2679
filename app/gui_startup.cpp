#include "gui_startup.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string_view>

namespace portolan::startup {

namespace {

bool hasArgument(int argc, char** argv, std::initializer_list<std::string_view> names)
{
    for (int i = 1; i < argc; ++i)
        for (auto name : names)
            if (std::string_view(argv[i]) == name)
                return true;
    return false;
}

bool platformChosen(int argc, char** argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-platform" || arg == "--platform" || arg.starts_with("-platform=")
            || arg.starts_with("--platform="))
            return true;
    }
    return false;
}

std::mutex heldMutex;
QtMessageHandler previousHandler = nullptr;
struct Held
{
    QtMsgType type;
    const char* file; // QMessageLogContext cannot be copied; its strings are static
    int line;
    const char* function;
    const char* category;
    QString message;
};
QList<Held> held;
QString displayWarning; // "could not connect to display :99" as Qt's xcb plugin said it

void guardHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    if (type == QtFatalMsg
        && (category.startsWith(QLatin1String("qt.qpa")) || message.contains(QLatin1String("platform plugin")))) {
        const std::string reason = displayWarning.isEmpty()
            ? std::string("Qt could not open a display (") + qPrintable(qEnvironmentVariable("DISPLAY")) + ")"
            : displayWarning.toStdString();
        std::fprintf(stderr, "%s\n", noDisplayMessage(reason).c_str());
        std::fflush(stderr);
        std::_Exit(kNoDisplayExitCode);
    }
    std::lock_guard lock(heldMutex);
    if (category.startsWith(QLatin1String("qt.qpa"))) {
        // Qt says these lines before its fatal one; they are replaced by ours if it comes.
        if (message.contains(QLatin1String("display")))
            displayWarning = message;
        held.push_back({ type, context.file, context.line, context.function, context.category, message });
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

std::optional<std::string> missingDisplay(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    if (platformChosen(argc, argv) || wantsHelpOrVersion(argc, argv))
        return std::nullopt;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return std::string("no display: neither DISPLAY nor WAYLAND_DISPLAY is set");
#else
    (void)argc;
    (void)argv;
#endif
    return std::nullopt;
}

std::string noDisplayMessage(const std::string& reason)
{
    return "portolan: cannot start the window (" + reason
        + "); run it in a desktop session, over `ssh -X`, or under `xvfb-run`; "
          "`portolan snapshot`, `portolan check` and the other commands need no display";
}

void installGuard()
{
    previousHandler = qInstallMessageHandler(guardHandler);
}

void finishGuard()
{
    QList<Held> pending;
    {
        std::lock_guard lock(heldMutex);
        pending.swap(held);
    }
    qInstallMessageHandler(previousHandler);
    for (const auto& message : pending) {
        if (message.message.contains(QLatin1String("display")))
            continue;
        const QMessageLogContext context(message.file, message.line, message.function, message.category);
        qt_message_output(message.type, context, message.message);
    }
}

bool wantsHelpOrVersion(int argc, char** argv)
{
    return hasArgument(argc, argv, { "-h", "--help", "-?", "--help-all", "-v", "--version" });
}

} // namespace portolan::startup
