#pragma once

#include <optional>
#include <string>

// What the GUI checks and arranges before a QApplication exists: a missing or unreachable display is one clear
// line on stderr and exit code 2 (issue #11), never Qt's "could not load the Qt platform plugin" abort with a
// core dump.
namespace portolan::startup {

// Exit code of the GUI when it cannot open a display.
inline constexpr int kNoDisplayExitCode = 2;

// Why the GUI cannot start on this session's display, or nothing when it can try: on X11/Wayland platforms, no
// -platform argument, no QT_QPA_PLATFORM and neither DISPLAY nor WAYLAND_DISPLAY set. --help and --version do not
// need a display (main() answers them on the offscreen platform).
std::optional<std::string> missingDisplay(int argc, char** argv);

// The one line printed for a display that is missing or cannot be opened.
std::string noDisplayMessage(const std::string& reason);

// Until finishGuard(), Qt's platform-plugin warnings are held back; a fatal platform error (DISPLAY set but no
// server there) prints noDisplayMessage() with the display Qt named and exits with kNoDisplayExitCode. Messages
// that were held back and are not about the display are passed on by finishGuard().
void installGuard();
void finishGuard();

// True when argv asks only for --help or --version.
bool wantsHelpOrVersion(int argc, char** argv);

} // namespace portolan::startup
