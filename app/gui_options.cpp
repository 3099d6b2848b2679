#include "gui_options.h"

#include "main_window.h"
#include "window_settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace portolan {

namespace {
const QString kInterval = QStringLiteral("interval");
const QString kPaused = QStringLiteral("paused");
const QString kView = QStringLiteral("view");
const QString kLowBandwidth = QStringLiteral("low-bandwidth");
} // namespace

void addWindowOptions(QCommandLineParser& parser)
{
    parser.addOption({ kInterval,
        QCoreApplication::translate(
            "main", "Refresh interval in milliseconds (default: the last one used, else 1000)."),
        QStringLiteral("ms") });
    parser.addOption({ kPaused, QCoreApplication::translate("main", "Start with refreshes paused.") });
    parser.addOption({ kView, QCoreApplication::translate("main", "The view to start in: table or processes."),
        QStringLiteral("view") });
    parser.addOption({ kLowBandwidth,
        QCoreApplication::translate(
            "main", "Low-bandwidth mode, for remote desktops: no row highlighting, no animations, slower refresh.") });
}

std::optional<WindowOptions> readWindowOptions(const QCommandLineParser& parser, QString& error)
{
    WindowOptions options;
    if (parser.isSet(kInterval)) {
        bool ok = false;
        const int ms = parser.value(kInterval).toInt(&ok);
        if (!ok || ms < 100) {
            error = QStringLiteral("--interval takes a number of milliseconds, 100 or more, not \"%1\"")
                        .arg(parser.value(kInterval));
            return std::nullopt;
        }
        options.intervalMs = ms;
    }
    options.paused = parser.isSet(kPaused);
    options.lowBandwidth = parser.isSet(kLowBandwidth);
    if (parser.isSet(kView)) {
        const QString view = parser.value(kView);
        if (view != QLatin1String("table") && view != QLatin1String("processes")) {
            error = QStringLiteral("--view takes table or processes, not \"%1\"").arg(view);
            return std::nullopt;
        }
        options.processView = view == QLatin1String("processes");
    }
    return options;
}

void applyWindowOptions(MainWindow& window, const WindowOptions& options)
{
    QStringList overridden;
    if (options.intervalMs) {
        window.setIntervalMs(*options.intervalMs);
        overridden << QString::fromLatin1(window_keys::kInterval);
    }
    if (options.paused) {
        window.setRefreshPaused(true);
        overridden << QString::fromLatin1(window_keys::kPaused);
    }
    if (options.processView) {
        window.showProcessView(*options.processView);
        overridden << QString::fromLatin1(window_keys::kView);
    }
    if (options.lowBandwidth) {
        window.setLowBandwidth(true);
        overridden << QString::fromLatin1(window_keys::kLowBandwidth);
    }
    window.setOverriddenSettings(overridden);
}

} // namespace portolan
