#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

namespace portolan {

class MainWindow;

// The GUI's command-line options that override the stored window settings for one run.
struct WindowOptions
{
    std::optional<int> intervalMs; // --interval MS
    bool paused = false; // --paused: start with refreshes paused
    std::optional<bool> processView; // --view table|processes
    bool lowBandwidth = false; // --low-bandwidth: start in low-bandwidth mode
};

// Adds --interval, --paused, --view and --low-bandwidth to the parser (with translated help).
void addWindowOptions(QCommandLineParser& parser);
// Reads them from a parser that has parsed the arguments; nothing and `error` set for a bad value.
std::optional<WindowOptions> readWindowOptions(const QCommandLineParser& parser, QString& error);
// Applies them to a window whose stored settings were restored: they win, and closing the window does not store
// them (the stored value stays for the next run).
void applyWindowOptions(MainWindow& window, const WindowOptions& options);

} // namespace portolan
