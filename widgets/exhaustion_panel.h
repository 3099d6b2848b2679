#pragma once

#include "core/analysis/exhaustion.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTreeWidget;

namespace portolan {

class PortUsageHistory;

// The "Exhaustion" dock: per protocol and family, the dynamic range's size, ports in use and free, the top
// consumers and their share; TIME_WAIT by owner; top remote endpoints; warnings; and a line chart of ports in
// use per top process over the session.
class ExhaustionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ExhaustionPanel(const PortUsageHistory* history, QWidget* parent = nullptr);

    void showReport(const analysis::ExhaustionReport& report);
    QTreeWidget* tree() const { return m_tree; }
    // English-independent summary of the worst warning, for the status bar; empty when all is well.
    QString warningText(const analysis::ExhaustionReport& report) const;
    // One warning in the UI's language (the report's own message is English).
    static QString describeWarning(const analysis::ExhaustionWarning& warning);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redrawHistory();

    const PortUsageHistory* m_history;
    QTreeWidget* m_tree;
    QChartView* m_chartView;
    QLabel* m_warnings;
    bool m_historyStale = false; // the history moved on while the panel was hidden (a tab behind another)
};

} // namespace portolan
