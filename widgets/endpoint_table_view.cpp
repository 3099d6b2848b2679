#include "endpoint_table_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace portolan {

EndpointTableView::EndpointTableView(QWidget* parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Endpoint table"));
    // Tab leaves the table, as it leaves TCPView's list; arrows move within it. QTableView's default moves Tab from
    // cell to cell, and a keyboard user could never reach the docks (tests/gui/keyboard_test.cpp).
    setTabKeyNavigation(false);
    // Uniform rows: a fixed section size from the font, never measured per row.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(true);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this, &EndpointTableView::showHeaderMenu);
    // The row context menu shows the actions() the window adds (Copy, Close connection, …: app/row_actions.h).
    // No Ctrl+C action of its own: a second one beside the window's would make the shortcut ambiguous.
}

QString EndpointTableView::selectedRowsAsText() const
{
    if (!model() || !selectionModel())
        return {};
    auto rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    // Columns in the order the user sees them, hidden ones left out.
    QList<int> columns;
    for (int visual = 0; visual < header()->count(); ++visual) {
        const int logical = header()->logicalIndex(visual);
        if (!header()->isSectionHidden(logical))
            columns.push_back(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles << model()->headerData(column, Qt::Horizontal).toString();
    lines << titles.join(QLatin1Char('\t'));
    for (const auto& row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << model()->index(row.row(), column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void EndpointTableView::copySelection() const
{
    if (const auto text = selectedRowsAsText(); !text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EndpointTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addActions(actions());
    menu.exec(event->globalPos());
}

void EndpointTableView::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < header()->count(); ++column) {
        auto* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { header()->setSectionHidden(column, !on); });
    }
    menu.exec(header()->mapToGlobal(position));
}

} // namespace portolan
