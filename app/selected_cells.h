#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;

// The selected rows of a view as its user sees them: visible columns in their on-screen order, rows top to bottom,
// a header line first. "Copy as text" and "Copy as CSV" both start from this, so they copy the same rows.
namespace portolan {

struct SelectedCells
{
    QStringList header;
    QList<QStringList> rows;
};

// Works for the flat table (QTableView) and the process tree (QTreeView, where a selected group is its own row).
SelectedCells selectedCells(const QAbstractItemView& view);

// Tab-separated, one line per row, "\n" line ends (what spreadsheets and editors paste).
QString cellsAsText(const SelectedCells& cells);
// RFC 4180: comma-separated, fields with a comma, quote or line break quoted and their quotes doubled, CRLF line
// ends, the header as the first record.
QString cellsAsCsv(const SelectedCells& cells);

} // namespace portolan
