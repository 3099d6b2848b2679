#pragma once

#include <QObject>

#include <cstdint>
#include <optional>

class QAction;

namespace portolan {

class MainWindow;
struct RowFilter;

// Find next / previous (F3, Shift+F3) over the text of the quick-filter box, and the box's "Hide rows that do not
// match" switch (issue #13: usable with the keyboard alone). With the switch on (the default) the box filters, as
// it always did; off, it finds: every row stays on screen, typing moves to the first match, and F3 / Shift+F3 step
// through the matches (around the end), in the shown view, as TCPView's Find does. Matching is the quick filter's:
// process, PID, ports, addresses, state, protocol and user.
class RowFind final : public QObject
{
    Q_OBJECT
public:
    explicit RowFind(MainWindow& window);

    QAction* hideAction() const { return m_hide; } // checked: the box filters
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    bool hidesRows() const;

    // Selects the next (or previous) matching row after the current one; false, with a status message, when no
    // row matches or the box is empty.
    bool find(bool forward);
    // The box's text changed: in find mode, the first match from the current row on.
    void textChanged();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);

private:
    // The slot of the next match in the shown view's order; `includeCurrent`: the current row may be it.
    std::optional<std::uint32_t> findSlot(const QString& text, bool forward, bool includeCurrent) const;
    std::optional<std::uint32_t> findInTree(const RowFilter& filter, bool forward, bool includeCurrent) const;

    MainWindow& m_window;
    QAction* m_hide;
    QAction* m_next;
    QAction* m_previous;
};

} // namespace portolan
