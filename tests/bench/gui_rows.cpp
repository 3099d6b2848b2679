// GUI rows: the real views on the offscreen platform, fed synthetic churn, timed per refresh against a model
// that resets per refresh (behind a QSortFilterProxyModel for the flat table); and scrolling through 100,000 rows.

#include "bench_rows.h"

#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "reset_table_model.h"
#include "support/synthetic_snapshots.h"

#include <QApplication>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace portolan::bench {

namespace {

// The baseline's table: what a straightforward port viewer shows, a model reset per refresh behind a
// QSortFilterProxyModel in a QTreeView with uniform rows, sorted by local port (and filtered like ours).
struct PlainTableView
{
    explicit PlainTableView(bool filtered)
    {
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(EndpointTableModel::ProcessColumn);
        if (filtered)
            proxy.setFilterFixedString(QStringLiteral("e"));
        view.setUniformRowHeights(true);
        view.setRootIsDecorated(false);
        view.setSortingEnabled(true);
        view.setModel(&proxy);
        view.sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
    }
    bench::ResetTableModel model;
    QSortFilterProxyModel proxy;
    QTreeView view;
};

struct TickStats
{
    std::vector<double> apply, stall;
};

// Applies `updates` to a view and times each refresh: apply (the model's work) and stall (apply + the view's
// relayout and repaint, until the event loop is idle again).
template<typename ApplyFn> TickStats timeTicks(std::size_t ticks, ApplyFn apply)
{
    TickStats stats;
    for (std::size_t i = 1; i <= ticks; ++i) {
        const double start = nowMs();
        apply(i);
        const double applied = nowMs();
        QApplication::processEvents();
        stats.apply.push_back(applied - start);
        stats.stall.push_back(nowMs() - start);
    }
    return stats;
}

} // namespace

void guiRows(std::vector<Row>& rows, View viewKind, std::size_t size, double churn, int ticks, bool withBaseline)
{
    // Sorted and filtered, as the issue asks: a filter that keeps most rows, as a person narrowing a crowded
    // table would.
    const bool filtered = true;
    test::SyntheticServer server(size, churn, 5);
    std::vector<std::shared_ptr<const Snapshot>> snapshots { server.current() };
    for (int i = 0; i < ticks; ++i)
        snapshots.push_back(server.step());
    // The worker's share: diff and table update per refresh, off the GUI thread.
    TableTracker tracker;
    std::vector<TableUpdate> updates;
    std::vector<double> worker;
    for (const auto& s : snapshots) {
        const double start = nowMs();
        updates.push_back(tracker.update(s, 0));
        worker.push_back(nowMs() - start);
    }
    const RowFilter filter = filtered ? RowFilter::fromText("e") : RowFilter {};

    TickStats ours, baseline;
    if (viewKind == View::Flat) {
        EndpointTableModel model;
        EndpointTableView view;
        view.setModel(&model);
        view.sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        model.applyUpdate(updates[0]);
        QApplication::processEvents();
        view.selectionModel()->select(model.index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ours = timeTicks(updates.size() - 1, [&](std::size_t i) { model.applyUpdate(updates[i]); });
    } else {
        ProcessTreeModel model;
        ProcessTreeView view;
        view.setModel(&model);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        model.applyUpdate(updates[0]);
        QApplication::processEvents();
        ours = timeTicks(updates.size() - 1, [&](std::size_t i) { model.applyUpdate(updates[i]); });
    }
    if (!withBaseline) {
        baseline = ours;
    } else if (viewKind == View::Flat) {
        PlainTableView plain(filtered);
        plain.model.reset(snapshots[0]);
        QApplication::processEvents();
        baseline = timeTicks(snapshots.size() - 1, [&](std::size_t i) { plain.model.reset(snapshots[i]); });
    } else {
        // The same tree model rebuilt from scratch behind a reset on every refresh.
        ProcessTreeModel model;
        ProcessTreeView view;
        view.setModel(&model);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        baseline = timeTicks(snapshots.size() - 1, [&](std::size_t i) {
            model.clear();
            TableTracker fresh;
            model.applyUpdate(fresh.update(snapshots[i], 0));
        });
    }
    char label[128];
    std::snprintf(label, sizeof label, "%s view, %zu rows, %.0f %% churn, %s",
        viewKind == View::Flat ? "flat" : "process", size, churn * 100,
        viewKind == View::Flat ? (filtered ? "sorted, filtered" : "sorted") : (filtered ? "filtered" : "all"));
    const std::string baselineName = viewKind == View::Flat ? "reset per refresh + QSortFilterProxyModel"
                                                            : "same tree model, reset + rebuild per refresh";
    rows.push_back({ std::string("GUI apply per refresh, median, ") + label, median(ours.apply), median(baseline.apply),
        baselineName, "ms" });
    rows.push_back({ std::string("GUI apply per refresh, p99, ") + label, percentile(ours.apply, 0.99),
        percentile(baseline.apply, 0.99), baselineName, "ms" });
    rows.push_back(
        { std::string("GUI worst event-loop stall, ") + label, *std::max_element(ours.stall.begin(), ours.stall.end()),
            *std::max_element(baseline.stall.begin(), baseline.stall.end()), baselineName, "ms" });
    if (viewKind == View::Flat)
        rows.push_back({ std::string("worker diff + table update, median, ") + label, median(worker),
            median(baseline.apply), "GUI reset (for scale)", "ms" });
}

namespace {

// Jumps through the whole table in `steps` equal strides and repaints the viewport synchronously after each:
// the time to render one full screen of rows at an arbitrary place in 100,000.
std::vector<double> timeScrolling(QAbstractItemView& view, int steps)
{
    auto* bar = view.verticalScrollBar();
    std::vector<double> times;
    for (int i = 0; i < steps; ++i) {
        const double start = nowMs();
        bar->setValue(static_cast<int>(static_cast<long long>(bar->maximum()) * i / (steps - 1)));
        view.viewport()->repaint();
        times.push_back(nowMs() - start);
    }
    return times;
}

} // namespace

void scrollRows(std::vector<Row>& rows, std::size_t size, bool withBaseline)
{
    constexpr int kSteps = 200;
    test::SyntheticServer server(size, 0.0, 6);
    TableTracker tracker;
    const auto update = tracker.update(server.current(), 0);

    EndpointTableModel model;
    EndpointTableView view;
    view.setModel(&model);
    view.sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();
    model.applyUpdate(update);
    QApplication::processEvents();
    const auto ours = timeScrolling(view, kSteps);

    std::vector<double> baseline = ours;
    if (withBaseline) {
        PlainTableView plain(false);
        plain.model.reset(server.current());
        QApplication::processEvents();
        baseline = timeScrolling(plain.view, kSteps);
    }

    // The process view with every group expanded: the DNS pool's thousands of rows as one long list.
    ProcessTreeModel treeModel;
    ProcessTreeView tree;
    tree.setModel(&treeModel);
    tree.resize(1200, 800);
    tree.show();
    TableTracker treeTracker;
    treeModel.applyUpdate(treeTracker.update(server.current(), 0));
    QApplication::processEvents();
    tree.expandAll();
    QApplication::processEvents();
    const auto treeTimes = timeScrolling(tree, kSteps);

    const std::string label = std::to_string(size) + " rows, 1200x800";
    const std::string baselineName = "QTreeView + QSortFilterProxyModel";
    rows.push_back({ "scrolling: render a full viewport, median, flat view, " + label, median(ours), median(baseline),
        baselineName, "ms" });
    rows.push_back(
        { "scrolling: render a full viewport, worst, flat view, " + label, *std::max_element(ours.begin(), ours.end()),
            *std::max_element(baseline.begin(), baseline.end()), baselineName, "ms" });
    rows.push_back({ "scrolling: render a full viewport, median, process view all expanded, " + label,
        median(treeTimes), median(baseline), baselineName + " (flat)", "ms" });
}

} // namespace portolan::bench
