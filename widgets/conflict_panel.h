#pragma once

#include "core/conflicts/findings.h"

#include <QColor>
#include <QWidget>

class QPalette;

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace portolan {

// The "Conflicts" dock: findings by severity (known-service ports held by the wrong process, ports at risk,
// blocked ephemeral ports). Selecting one asks the window to select its evidence rows in every view. Displays a
// report computed on the worker thread; the English texts of the core are replaced by translated ones built
// from the machine-readable fields where it matters (kind, severity, holder, ports).
class ConflictPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget* parent = nullptr);

    void showReport(const conflicts::FindingReport& report);
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    int conflictCount() const { return m_conflicts; }
    QString selectedFindingId() const { return m_selectedId; }
    // Offers Undo once a fix was applied.
    void setUndoAvailable(bool available);
    // One line per finding, for reports.
    QStringList findingLines() const;
    // The text colour of critical findings, readable on the palette's base (light, dark or high contrast).
    static QColor criticalTextColor(const QPalette& palette);

Q_SIGNALS:
    void evidenceSelected(const std::vector<portolan::EndpointKey>& keys);
    // "Fix…" on the selected finding.
    void fixRequested(const QString& findingId);
    void undoRequested();

private:
    void showDetails(int index);

    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QPushButton* m_fix;
    QPushButton* m_undo;
    std::vector<conflicts::Finding> m_findings;
    QString m_selectedId;
    int m_conflicts = 0;
};

} // namespace portolan
