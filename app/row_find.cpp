#include "row_find.h"

#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "quick_filter_edit.h"
#include "row_filter.h"

#include <QAction>
#include <QItemSelectionModel>

namespace portolan {

namespace {
// `key` first, then the platform's bindings for `standard` that differ from it (the same key twice in one action
// would make Qt report it as ambiguous and trigger nothing).
QList<QKeySequence> withPlatformKeys(QKeyCombination key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys { QKeySequence(key) };
    for (const auto& binding : QKeySequence::keyBindings(standard))
        if (!keys.contains(binding))
            keys << binding;
    return keys;
}
} // namespace

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
    // F3 and Shift+F3 everywhere (QKeySequence::FindNext is Ctrl+G on GNOME and macOS), plus the platform's own.
    m_next->setShortcuts(withPlatformKeys(Qt::Key_F3, QKeySequence::FindNext));
    m_previous->setObjectName(QStringLiteral("findPreviousAction"));
    m_previous->setShortcuts(withPlatformKeys(Qt::SHIFT | Qt::Key_F3, QKeySequence::FindPrevious));
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
    // The current row itself, when it matches, is the first match.
    if (const auto slot = findSlot(m_window.m_filterText.trimmed(), /*forward=*/true, /*includeCurrent=*/true))
        m_window.selectSlots({ *slot });
    else
        Q_EMIT statusMessage(tr("No row matches \"%1\"").arg(m_window.m_filterText), 5000);
}

std::optional<std::uint32_t> RowFind::findInTree(const RowFilter& filter, bool forward, bool includeCurrent) const
{
    // The process view's own order (groups, then their endpoints), not the table's.
    const ProcessTreeModel& tree = *m_window.m_processModel;
    const QModelIndex current = m_window.m_processView->currentIndex();
    std::vector<QModelIndex> leaves;
    int position = -1; // of the current row among the leaves; a group line: just before its first endpoint
    bool onLeaf = false;
    for (int g = 0; g < tree.rowCount(); ++g) {
        const QModelIndex group = tree.index(g, 0);
        if (current.isValid() && current.siblingAtColumn(0) == group)
            position = static_cast<int>(leaves.size()) - (forward ? 1 : 0);
        for (int c = 0; c < tree.rowCount(group); ++c) {
            const QModelIndex leaf = tree.index(c, 0, group);
            if (current.isValid() && current.siblingAtColumn(0) == leaf) {
                position = static_cast<int>(leaves.size());
                onLeaf = true;
            }
            leaves.push_back(leaf);
        }
    }
    const int count = static_cast<int>(leaves.size());
    if (count == 0)
        return std::nullopt;
    if (position < 0)
        position = forward ? -1 : count;
    if (includeCurrent && onLeaf)
        position += forward ? -1 : 1;
    for (int step = 1; step <= count; ++step) {
        const QModelIndex leaf
            = leaves[static_cast<std::size_t>(((position + (forward ? step : -step)) % count + count) % count)];
        const std::uint32_t slot = tree.slotOf(leaf);
        if (const TableRow* row = tree.rowOfSlot(slot); row && m_window.m_model->rowMatches(*row, filter))
            return slot;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> RowFind::findSlot(const QString& text, bool forward, bool includeCurrent) const
{
    const RowFilter filter = RowFilter::fromText(text.toStdString());
    if (m_window.processViewShown())
        return findInTree(filter, forward, includeCurrent);
    const EndpointTableModel& model = *m_window.m_model;
    int from = m_window.m_view->currentIndex().row();
    if (includeCurrent && from >= 0)
        from += forward ? -1 : 1;
    const int found = model.findRow(filter, from, forward);
    if (found < 0)
        return std::nullopt;
    return model.data(model.index(found, 0), EndpointTableModel::SlotRole).toUInt();
}

bool RowFind::find(bool forward)
{
    const QString text = m_window.m_filter->text().trimmed();
    if (text.isEmpty()) {
        Q_EMIT statusMessage(tr("Type what to find in the filter box (Ctrl+F), then F3 finds the next row"), 5000);
        m_window.m_filter->setFocus();
        return false;
    }
    const auto slot = findSlot(text, forward, /*includeCurrent=*/false);
    if (!slot) {
        Q_EMIT statusMessage(tr("No row matches \"%1\"").arg(text), 5000);
        return false;
    }
    m_window.selectSlots({ *slot });
    return true;
}

} // namespace portolan
