// The chart widgets redraw on every refresh (once a second, for days on a server): they must not keep anything
// from the refreshes they replaced. Found by heaptrack on the live app: QAreaSeries does not own its line series
// and QChart::removeAxis() does not delete the axis, so both piled up as the chart's children.

#include "core/analysis/exhaustion.h"
#include "core/analysis/port_bands.h"
#include "core/analysis/port_histogram.h"
#include "exhaustion_panel.h"
#include "port_histogram_chart.h"
#include "port_usage_history.h"
#include "support/port_configs.h"
#include "support/synthetic_snapshots.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPointer>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

qsizetype objectsUnder(const QObject* root)
{
    return root->findChildren<QObject*>().size();
}

} // namespace

TEST(ChartRefresh, HistogramKeepsNoObjectsFromEarlierRefreshes)
{
    test::SyntheticServer server(3000, 0.05, 4);
    const auto config = test::uniformPortConfig({ 32768, 60999 });
    PortHistogramChart chart;
    chart.resize(800, 300);
    chart.show();
    chart.setHistogram(analysis::buildPortHistogram(*server.current()), analysis::portBands(config), {});
    chart.setHistogram(analysis::buildPortHistogram(*server.step()), analysis::portBands(config), {});
    const auto afterTwo = objectsUnder(chart.chart());
    ASSERT_GT(chart.chart()->series().size(), 1) << "the test needs bands and stacked series to draw";
    auto* area = qobject_cast<QAreaSeries*>(chart.chart()->series().back());
    ASSERT_NE(area, nullptr);
    ASSERT_FALSE(chart.chart()->axes().isEmpty());
    // removeAxis() also takes the axis out of the chart's children, so only a guard shows whether it was freed.
    const QPointer<QAbstractAxis> oldAxis = chart.chart()->axes().front();
    const QPointer<QLineSeries> oldUpper = area->upperSeries();
    for (int i = 0; i < 20; ++i)
        chart.setHistogram(analysis::buildPortHistogram(*server.step()), analysis::portBands(config), {});
    // The synthetic server keeps the same protocols and states, so the number of series is stable.
    EXPECT_EQ(objectsUnder(chart.chart()), afterTwo);
    EXPECT_TRUE(oldAxis.isNull()) << "an axis of an earlier refresh is still alive";
    EXPECT_TRUE(oldUpper.isNull()) << "a line series of an earlier refresh is still alive";
}

TEST(ChartRefresh, ExhaustionHistoryKeepsNoObjectsFromEarlierRefreshes)
{
    test::SyntheticServer server(3000, 0.05, 5);
    const auto config = test::uniformPortConfig({ 32768, 60999 });
    PortUsageHistory history;
    ExhaustionPanel panel(&history);
    panel.resize(800, 400);
    panel.show();
    qint64 ms = 1000000;
    auto refresh = [&](const Snapshot& snapshot) {
        const auto report = analysis::computeExhaustion(snapshot, config);
        panel.showReport(report);
        history.record(report, ms += 1000);
    };
    refresh(*server.current());
    refresh(*server.step());
    const auto* view = panel.findChild<QChartView*>();
    ASSERT_NE(view, nullptr);
    const auto afterTwo = objectsUnder(view->chart());
    ASSERT_FALSE(view->chart()->axes().isEmpty());
    const QPointer<QAbstractAxis> oldAxis = view->chart()->axes().front();
    for (int i = 0; i < 20; ++i)
        refresh(*server.step());
    EXPECT_EQ(objectsUnder(view->chart()), afterTwo);
    EXPECT_TRUE(oldAxis.isNull()) << "an axis of an earlier refresh is still alive";
}

TEST(ChartRefresh, HiddenExhaustionHistoryCatchesUpWhenShown)
{
    test::SyntheticServer server(3000, 0.05, 7);
    const auto config = test::uniformPortConfig({ 32768, 60999 });
    PortUsageHistory history;
    ExhaustionPanel panel(&history);
    panel.show();
    qint64 ms = 1000000;
    auto record
        = [&](const Snapshot& snapshot) { history.record(analysis::computeExhaustion(snapshot, config), ms += 1000); };
    record(*server.current());
    const auto* view = panel.findChild<QChartView*>();
    ASSERT_NE(view, nullptr);
    auto pointsShown = [&] {
        qsizetype points = 0;
        for (auto* series : view->chart()->series())
            points += qobject_cast<QLineSeries*>(series)->count();
        return points;
    };
    const auto shownAtFirst = pointsShown();
    ASSERT_GT(shownAtFirst, 0) << "the synthetic server needs a process in the dynamic range";
    panel.hide(); // as a dock tab behind another
    for (int i = 0; i < 5; ++i)
        record(*server.step());
    EXPECT_EQ(pointsShown(), shownAtFirst) << "a hidden panel rebuilt its chart";
    panel.show();
    EXPECT_GT(pointsShown(), shownAtFirst) << "the panel did not catch up when shown";
}
