#pragma once

#include "core/analysis/port_bands.h"
#include "core/analysis/port_histogram.h"

#include <QChartView>
#include <QHash>

class QRubberBand;

namespace portolan {

// The port-space histogram: endpoints per local-port bucket, stacked by the top processes, over shaded bands for
// the well-known ports, the machine's dynamic range(s) and reserved/excluded ranges. It only draws the plain
// bucket data it is given (computed on the worker thread), so the chart library can be swapped: Qt Charts is
// deprecated since Qt 6.10 (style-anchors.md 2.11).
//
// Each series is drawn as one stepped area (two points per bucket) rather than as bars: 1,024 buckets x 10
// series would be 10,000 bar items in the graphics scene, an area is one path.
class PortHistogramChart final : public QChartView
{
    Q_OBJECT
public:
    explicit PortHistogramChart(QWidget* parent = nullptr);

    // pools: pid -> socket-pool label, shown in the legend.
    void setHistogram(const analysis::PortHistogram& histogram, const std::vector<analysis::PortBand>& bands,
        const QHash<std::uint32_t, QString>& pools);
    const analysis::PortHistogram& histogram() const { return m_histogram; }

    // What the tooltip says for the bucket under `port`: the bucket's range and counts per series.
    QString bucketSummary(std::uint16_t port) const;
    QString seriesLabel(const analysis::HistogramSeries& series) const;

Q_SIGNALS:
    // A click on a bucket, or a drag across several: the table should show these local ports.
    void portsSelected(std::uint16_t first, std::uint16_t last);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int portAt(const QPoint& position) const;

    analysis::PortHistogram m_histogram;
    QHash<std::uint32_t, QString> m_pools;
    QRubberBand* m_rubberBand = nullptr;
    QPoint m_pressPosition;
    bool m_pressed = false;
};

} // namespace portolan
