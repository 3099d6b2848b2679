#pragma once

#include <QTreeView>

namespace portolan {

// The flat socket table: a QTreeView without a tree (Wireshark's and qBittorrent's choice), uniform row
// heights so the view never measures rows (usb2sniffer-qt PR #5), no per-cell widgets. It only displays: the
// model sorts and filters itself.
class EndpointTableView final : public QTreeView
{
    Q_OBJECT
public:
    explicit EndpointTableView(QWidget* parent = nullptr);

    // Selected rows as tab-separated text with a header line, in view order; what Ctrl+C copies.
    QString selectedRowsAsText() const;
    void copySelection() const;

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void showHeaderMenu(const QPoint& position);
};

} // namespace portolan
