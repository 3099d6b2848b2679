#include "exhaustion_panel.h"

#include "port_usage_history.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace portolan {

namespace {
QString familyText(Family family)
{
    return family == Family::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}
QString ownerKindText(analysis::OwnerKind kind)
{
    switch (kind) {
    case analysis::OwnerKind::TimeWait:
        return ExhaustionPanel::tr("[time wait]");
    case analysis::OwnerKind::System:
        return ExhaustionPanel::tr("[system]");
    case analysis::OwnerKind::AccessDenied:
        return ExhaustionPanel::tr("[access denied]");
    case analysis::OwnerKind::Other:
        return ExhaustionPanel::tr("other processes");
    default:
        return ExhaustionPanel::tr("[unknown]");
    }
}
QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}
} // namespace

ExhaustionPanel::ExhaustionPanel(const PortUsageHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_tree(new QTreeWidget(this))
    , m_chartView(new QChartView(new QChart, this))
    , m_warnings(new QLabel(this))
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({ tr("Range / consumer"), tr("Ports"), tr("Share"), tr("Details") });
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("exhaustionWarnings"));
    m_tree->setAccessibleName(tr("Dynamic range usage"));
    m_tree->setAccessibleDescription(
        tr("Each dynamic port range with its top consumers, the TIME_WAIT owners and the busiest remote endpoints"));
    m_warnings->setAccessibleName(tr("Exhaustion warnings"));
    m_chartView->setAccessibleName(tr("Dynamic ports in use per process over time"));
    m_chartView->setMinimumHeight(200);
    m_chartView->chart()->setTitle(tr("Dynamic ports in use per process"));
    m_chartView->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->chart()->setMargins(QMargins(2, 2, 2, 2));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_chartView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    connect(history, &PortUsageHistory::changed, this, &ExhaustionPanel::redrawHistory);
}

QString ExhaustionPanel::warningText(const analysis::ExhaustionReport& report) const
{
    return report.warnings.empty() ? QString() : describeWarning(report.warnings.front());
}

QString ExhaustionPanel::describeWarning(const analysis::ExhaustionWarning& w)
{
    // Built from the warning's fields, not its English message, so that it can be translated.
    const QString range = tr("%1 %2 %3–%4")
                              .arg(w.protocol == Protocol::Tcp ? tr("TCP") : tr("UDP"), familyText(w.family))
                              .arg(w.range.first)
                              .arg(w.range.last);
    switch (w.kind) {
    case analysis::WarningKind::OwnerDominatesRange:
        return tr("%1 holds %2 of the %3 dynamic range").arg(QString::fromStdString(w.name), percent(w.value), range);
    case analysis::WarningKind::RangeNearlyFull:
        return tr("Only %1 of the %2 dynamic range is free").arg(percent(w.value), range);
    case analysis::WarningKind::RangeExhausted:
        return tr("The %1 dynamic range is exhausted").arg(range);
    case analysis::WarningKind::RangeEmpty:
        return tr("The %1 dynamic range has no usable port").arg(range);
    }
    return QString::fromStdString(w.message);
}

void ExhaustionPanel::showReport(const analysis::ExhaustionReport& report)
{
    const QLocale locale;
    QStringList warnings;
    for (const auto& w : report.warnings)
        warnings << describeWarning(w).toHtmlEscaped();
    m_warnings->setText(warnings.isEmpty() ? tr("No exhaustion warnings.")
                                           : QStringLiteral("<b>%1</b>").arg(warnings.join(QStringLiteral("<br>"))));

    // Rebuilt per refresh: a few dozen items, cheaper than diffing; expansion is restored by item text.
    QSet<QString> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->text(0));
    m_tree->clear();
    for (const auto& range : report.ranges) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0,
            tr("%1 %2 dynamic %3–%4")
                .arg(range.protocol == Protocol::Tcp ? tr("TCP") : tr("UDP"), familyText(range.family))
                .arg(range.range.first)
                .arg(range.range.last));
        item->setText(1, tr("%1 in use").arg(locale.toString(range.inUse)));
        item->setText(2, tr("%1 free").arg(percent(range.freeShare)));
        item->setText(3,
            tr("%1 usable of %2; %3 reserved or excluded; from %4")
                .arg(locale.toString(range.usable), locale.toString(range.size), locale.toString(range.unassignable),
                    QString::fromStdString(range.source)));
        for (const auto& consumer : range.topConsumers) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0,
                consumer.kind == analysis::OwnerKind::Process
                    ? tr("%1 (%2)").arg(QString::fromStdString(consumer.name)).arg(consumer.pid)
                    : ownerKindText(consumer.kind));
            child->setText(1, locale.toString(consumer.ports));
            child->setText(2, percent(consumer.share));
        }
        item->setExpanded(expanded.isEmpty() || expanded.contains(item->text(0)));
    }
    auto* timeWait = new QTreeWidgetItem(m_tree);
    timeWait->setText(0, tr("TIME_WAIT by owner"));
    timeWait->setText(1, locale.toString(report.timeWaitTotal));
    for (const auto& owner : report.timeWaitByOwner) {
        auto* child = new QTreeWidgetItem(timeWait);
        child->setText(0,
            owner.attribution == analysis::TimeWaitAttribution::None
                ? tr("unattributed (client side)")
                : tr("%1 (%2)").arg(QString::fromStdString(owner.name)).arg(owner.pid));
        child->setText(1, locale.toString(owner.count));
        if (owner.attribution == analysis::TimeWaitAttribution::Listener)
            child->setText(3, tr("by the listening port"));
    }
    timeWait->setExpanded(expanded.contains(timeWait->text(0)));
    auto* remotes = new QTreeWidgetItem(m_tree);
    remotes->setText(0, tr("Top remote endpoints"));
    remotes->setText(1, locale.toString(report.remoteEndpoints));
    for (const auto& remote : report.topRemotes) {
        auto* child = new QTreeWidgetItem(remotes);
        const auto address = QString::fromStdString(remote.address.toString());
        child->setText(0,
            remote.address.family == Family::IPv6 ? QStringLiteral("[%1]:%2").arg(address).arg(remote.port)
                                                  : QStringLiteral("%1:%2").arg(address).arg(remote.port));
        child->setText(1, locale.toString(remote.connections));
        child->setText(3,
            tr("%1 established, %2 TIME_WAIT")
                .arg(locale.toString(remote.established), locale.toString(remote.timeWait)));
    }
    remotes->setExpanded(expanded.contains(remotes->text(0)));
    m_tree->resizeColumnToContents(0);
}

void ExhaustionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_historyStale)
        redrawHistory();
}

void ExhaustionPanel::redrawHistory()
{
    // The history grows every refresh; rebuilding a chart nobody sees was a good part of an idle refresh's GUI
    // cost (the panel starts as a tab behind the conflicts).
    if (!isVisible()) {
        m_historyStale = true;
        return;
    }
    m_historyStale = false;
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back without deleting it (it stays the chart's QObject child): delete it, or
    // every refresh leaks one.
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* x = new QValueAxis(chart);
    x->setRange(0, std::max(10.0, m_history->lastSecond()));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("seconds"));
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(10.0, m_history->maxPorts() * 1.1));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto& series : m_history->series()) {
        auto* line = new QLineSeries(chart);
        line->setName(tr("%1 (%2)").arg(series.name).arg(series.pid));
        line->replace(series.points);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace portolan
