#pragma once

#include <QSet>
#include <QTreeView>

namespace portolan {

// The process view. Groups are expanded when they first appear unless they hold more than
// `collapseThreshold` endpoints: a 2,500-socket DNS pool starts as one line.
class ProcessTreeView final : public QTreeView
{
    Q_OBJECT
public:
    explicit ProcessTreeView(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;
    void setCollapseThreshold(int endpoints) { m_collapseThreshold = endpoints; }
    int collapseThreshold() const { return m_collapseThreshold; }

private:
    void expandNewGroups();

    QSet<QString> m_seenGroups;
    int m_collapseThreshold = 50;
};

} // namespace portolan
