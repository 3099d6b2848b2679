#pragma once

#include <QObject>
#include <QString>

namespace portolan {

class MainWindow;

// `--quit-after MS [--screenshot FILE]`: the window saves a picture of itself and quits after MS milliseconds.
// tests/fresh-machine.sh uses it to prove that README's first command starts the app on a fresh Debian root
// (the command must end by itself), and it takes the README's screenshots. Exit codes: 0 shown (and saved),
// 1 the screenshot could not be written, 3 a capture was asked for and had not been shown by then.
class TimedExit final : public QObject
{
    Q_OBJECT
public:
    TimedExit(MainWindow* window, int afterMs, QString screenshotPath, bool captureExpected);

private:
    void finish();

    MainWindow* m_window;
    QString m_screenshotPath;
    bool m_captureExpected;
    bool m_captureShown = false;
};

} // namespace portolan
