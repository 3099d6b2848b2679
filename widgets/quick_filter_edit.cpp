#include "quick_filter_edit.h"

namespace portolan {

QuickFilterEdit::QuickFilterEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Filter: process, PID, port, address or state"));
    setAccessibleName(tr("Quick filter")); // the placeholder is gone once something is typed
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(this, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(text()); });
    // Enter applies at once.
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        Q_EMIT filterChanged(text());
    });
}

} // namespace portolan
