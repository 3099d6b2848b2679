#include "selected_cells.h"

#include "view_export.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace portolan {

namespace {

const QHeaderView* headerOf(const QAbstractItemView& view)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->header();
    return nullptr;
}

// Rows from the root down, so that a tree's selection comes out in the order it is drawn (group, its children, the
// next group) whatever order the user clicked in.
QList<int> pathOf(QModelIndex index)
{
    QList<int> path;
    for (; index.isValid(); index = index.parent())
        path.prepend(index.row());
    return path;
}

} // namespace

SelectedCells selectedCells(const QAbstractItemView& view)
{
    SelectedCells out;
    const auto* model = view.model();
    const auto* selection = view.selectionModel();
    const auto* header = headerOf(view);
    if (!model || !selection || !header)
        return out;
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    for (int column : columns)
        out.header << model->headerData(column, Qt::Horizontal).toString();

    auto rows = selection->selectedRows();
    std::vector<std::pair<QList<int>, QModelIndex>> ordered;
    ordered.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& index : rows)
        ordered.emplace_back(pathOf(index), index);
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [path, index] : ordered) {
        QStringList cells;
        for (int column : columns)
            cells << index.siblingAtColumn(column).data().toString();
        out.rows << cells;
    }
    return out;
}

QString cellsAsText(const SelectedCells& cells)
{
    QStringList lines { cells.header.join(QLatin1Char('\t')) };
    for (const auto& row : cells.rows)
        lines << row.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString cellsAsCsv(const SelectedCells& cells)
{
    auto record = [](const QStringList& fields) {
        QStringList quoted;
        for (const auto& field : fields)
            quoted << csvField(field);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = record(cells.header);
    for (const auto& row : cells.rows)
        out += record(row);
    return out;
}

} // namespace portolan
