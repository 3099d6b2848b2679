#pragma once

#include "core/conflicts/fix_plan.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace portolan {

// Fix… : every change a plan would make (target, value before → after, when it takes effect) and its
// consequences (restarts, reboot), before anything is touched. Apply is the caller's (it elevates).
class FixPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FixPreviewDialog(const conflicts::Plan& plan, QWidget* parent = nullptr);
    QTreeWidget* operations() const { return m_operations; }
    // After Apply: what happened to each operation ("applied, verified", "failed: …").
    void showResult(const QStringList& lines, bool ok);

private:
    QTreeWidget* m_operations;
    QLabel* m_result;
};

} // namespace portolan
