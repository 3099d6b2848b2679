#include "timed_exit.h"

#include "main_window.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace portolan {

TimedExit::TimedExit(MainWindow* window, int afterMs, QString screenshotPath, bool captureExpected)
    : QObject(window)
    , m_window(window)
    , m_screenshotPath(std::move(screenshotPath))
    , m_captureExpected(captureExpected)
{
    connect(window, &MainWindow::captureShown, this, [this] { m_captureShown = true; });
    QTimer::singleShot(afterMs, this, &TimedExit::finish);
}

void TimedExit::finish()
{
    int code = 0;
    if (!m_screenshotPath.isEmpty() && !m_window->grab().save(m_screenshotPath)) {
        std::fprintf(stderr, "portolan: cannot write the screenshot %s\n", qPrintable(m_screenshotPath));
        code = 1;
    }
    if (m_captureExpected && !m_captureShown) {
        std::fprintf(stderr, "portolan: the capture was not shown before --quit-after ran out\n");
        code = 3;
    }
    QCoreApplication::exit(code);
}

} // namespace portolan
