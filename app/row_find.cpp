#include "row_find.h"

#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "quick_filter_edit.h"

#include <QAction>
#include <QItemSelectionModel>

namespace portolan {

RowFind::RowFind(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_hide(new QAction(tr("&Hide rows that do not match"), this))
    , m_next(new QAction(tr("Find &next"), this))
    , m_previous(new QAction(tr("Find pre&vious"), this))
{
    m_hide->setObjectName(QStringLiteral("hideNonMatchingAction"));
    m_hide->setCheckable(true);
    m_hide->setChecked(true);
    m_hide->setToolTip(tr("On: the box filters the rows. Off: every row stays and the box finds; F3 and Shift+F3 "
                          "step through the matches"));
    m_next->setObjectName(QStringLiteral("findNextAction"));
    m_next->setShortcut(QKeySequence::FindNext); // F3
    m_previous->setObjectName(QStringLiteral("findPreviousAction"));
    m_previous->setShortcut(QKeySequence::FindPrevious); // Shift+F3
    connect(m_next, &QAction::triggered, this, [this] { find(true); });
    connect(m_previous, &QAction::triggered, this, [this] { find(false); });
    connect(m_hide, &QAction::toggled, this, [this](bool hide) {
        m_window.applyFilter(); // the box's text joins or leaves the filter
        if (!hide)
            textChanged();
    });
}

bool RowFind::hidesRows() const
{
    return m_hide->isChecked();
}

void RowFind::textChanged()
{
    if (hidesRows() || m_window.m_filterText.trimmed().isEmpty())
        return;
    // From the row before the current one: the current row itself, when it matches, is the first match.
    const EndpointTableModel& model = *m_window.m_model;
    const int current = m_window.currentTableRow();
    const int found = model.findRow(
        RowFilter::fromText(m_window.m_filterText.toStdString()), current < 0 ? -1 : current - 1, /*forward=*/true);
    if (found >= 0)
        m_window.selectSlots({ model.data(model.index(found, 0), EndpointTableModel::SlotRole).toUInt() });
    else
        Q_EMIT statusMessage(tr("No row matches \"%1\"").arg(m_window.m_filterText), 5000);
}

bool RowFind::find(bool forward)
{
    const QString text = m_window.m_filter->text().trimmed();
    if (text.isEmpty()) {
        Q_EMIT statusMessage(tr("Type what to find in the filter box (Ctrl+F), then F3 finds the next row"), 5000);
        m_window.m_filter->setFocus();
        return false;
    }
    const EndpointTableModel& model = *m_window.m_model;
    const int found = model.findRow(RowFilter::fromText(text.toStdString()), m_window.currentTableRow(), forward);
    if (found < 0) {
        Q_EMIT statusMessage(tr("No row matches \"%1\"").arg(text), 5000);
        return false;
    }
    m_window.selectSlots({ model.data(model.index(found, 0), EndpointTableModel::SlotRole).toUInt() });
    return true;
}

} // namespace portolan
