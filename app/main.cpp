#include "cli_commands.h"
#include "core/logging.h"
#include "core/snapshot_engine.h"
#include "gui_options.h"
#include "gui_startup.h"
#include "main_window.h"
#include "timed_exit.h"
#include "translation_loader.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

int main(int argc, char** argv)
{
    // `portolan snapshot ...` and the other headless commands run without creating a QApplication, so they
    // work over SSH on a server with no display.
    if (argc > 1 && portolan::cli::isCommand(argv[1]))
        return portolan::cli::run(argc, argv);

    // No display (an SSH session, a fresh server, CI): one clear line instead of Qt's plugin abort.
    if (const auto reason = portolan::startup::missingDisplay(argc, argv)) {
        fprintf(stderr, "%s\n", portolan::startup::noDisplayMessage(*reason).c_str());
        return portolan::startup::kNoDisplayExitCode;
    }
    if (portolan::startup::wantsHelpOrVersion(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // --help and --version print text; they need no window
    portolan::startup::installGuard();
    QApplication app(argc, argv);
    portolan::startup::finishGuard();
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));

    // --language, else View > Language's choice, else the system locale; before the parser, whose help it translates.
    portolan::i18n::TranslationLoader translations;
    if (const auto language = portolan::i18n::requestedLanguage(QApplication::arguments());
        !translations.install(language))
        fprintf(stderr, "portolan: no translation for \"%s\"; the window is in English\n", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Which process holds this port?"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption logLevel(QStringLiteral("log-level"),
        QApplication::translate("main", "Log level: trace, debug, info, warn, error, off."), QStringLiteral("level"),
        QStringLiteral("warn"));
    QCommandLineOption procfs(QStringLiteral("procfs"),
        QApplication::translate("main", "Read /proc/net instead of NETLINK_SOCK_DIAG (Linux)."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after this many milliseconds (scripted runs and screenshots)."),
        QStringLiteral("ms"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "With --quit-after: save a picture of the window to this file first."),
        QStringLiteral("file"));
    QCommandLineOption language(QStringLiteral("language"),
        QApplication::translate("main", "The interface language: %1, or system (the default).")
            .arg(portolan::i18n::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    parser.addOptions({ logLevel, procfs, quitAfter, screenshot, language });
    // --interval, --paused, --view, --low-bandwidth: over the stored settings, for this run
    portolan::addWindowOptions(parser);
    parser.addPositionalArgument(QStringLiteral("capture"),
        QApplication::translate("main",
            "A capture to open (netstat, ss, TCPView, PowerShell, Portolan JSON); "
            "a second one is compared with the first."),
        QStringLiteral("[capture [other]]"));
    parser.process(app);
    if (!portolan::log::setLevel(parser.value(logLevel).toStdString())) {
        fprintf(stderr, "portolan: unknown log level \"%s\"\n", qPrintable(parser.value(logLevel)));
        return 2;
    }

    QString optionError;
    const auto windowOptions = portolan::readWindowOptions(parser, optionError);
    if (!windowOptions) {
        fprintf(stderr, "portolan: %s\n", qPrintable(optionError));
        return 2;
    }

    portolan::EngineOptions options;
    options.forceProcfs = parser.isSet(procfs);
    portolan::MainWindow window(options, portolan::MainWindow::kDefaultIntervalMs);
    window.restoreSettings(); // the last session's columns, view, filters, interval, layout
    portolan::applyWindowOptions(window, *windowOptions);
    window.show();
    const auto files = parser.positionalArguments();
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            fprintf(stderr, "portolan: --quit-after takes a number of milliseconds, not \"%s\"\n",
                qPrintable(parser.value(quitAfter)));
            return 2;
        }
        new portolan::TimedExit(&window, ms, parser.value(screenshot), !files.isEmpty());
    }
    if (!files.isEmpty()) {
        window.openCapture(files.front());
        if (files.size() > 1)
            QObject::connect(
                &window, &portolan::MainWindow::captureShown, &window,
                [&window, second = files.at(1)] { window.compareWith(second); }, Qt::SingleShotConnection);
    }
    return app.exec();
}
