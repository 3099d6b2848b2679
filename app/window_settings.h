#pragma once

#include <QByteArray>
#include <QSize>
#include <QStringList>

namespace portolan {

class MainWindow;

// The stored names (under "window/") of the settings that command-line options override for one run
// (gui_options.h): one spelling, shared by the writer and the options.
namespace window_keys {
inline constexpr char kInterval[] = "intervalMs";
inline constexpr char kPaused[] = "pausedAtStart";
inline constexpr char kView[] = "view";
inline constexpr char kLowBandwidth[] = "lowBandwidth";
} // namespace window_keys

// The window's persistent settings (issue #13): columns (visibility, order, widths) of both views, the view shown
// and the process view's grouping, the table's sort, the quick filter and the filter bar, the refresh interval,
// paused-at-start, low-bandwidth mode, the window geometry and the dock and toolbar layout. Kept with QSettings under
// "window/", next to the language (ui/language) and the filter presets, which "Reset to defaults" leaves alone.
class WindowSettings
{
public:
    // Takes the window's state as it is now as its defaults (call it once the window is built).
    explicit WindowSettings(MainWindow& window);

    void restore();
    void save() const;
    // Forgets the stored window settings and puts the window back to its defaults now.
    void reset();

    // Keys (without the "window/" group) that command-line options set for this run: save() keeps the value
    // stored before them.
    void setOverridden(const QStringList& keys);

    // Every key save() writes ("window/..."), for tests.
    static QStringList keys();

private:
    MainWindow& m_window;
    QByteArray m_tableHeader;
    QByteArray m_treeHeader;
    QByteArray m_layout;
    QSize m_size;
    int m_sortColumn;
    int m_sortOrder;
    int m_intervalMs;
    QStringList m_overridden;
};

} // namespace portolan
