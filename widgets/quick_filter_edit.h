#pragma once

#include <QLineEdit>
#include <QTimer>

namespace portolan {

// The quick-filter box. Emits filterChanged shortly after typing pauses, so that a 100k-row table is filtered
// once per word rather than once per keystroke.
class QuickFilterEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit QuickFilterEdit(QWidget* parent = nullptr);

Q_SIGNALS:
    void filterChanged(const QString& text);

private:
    QTimer m_debounce;
};

} // namespace portolan
