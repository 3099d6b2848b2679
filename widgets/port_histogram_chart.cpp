#include "port_histogram_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace portolan {

namespace {
// Distinct, colour-blind-friendly series colours (Okabe-Ito, then Tableau) and muted band colours.
const QColor kSeriesColors[] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
    QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xf0, 0xe4, 0x42),
    QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf) };

QColor bandColor(analysis::BandKind kind)
{
    switch (kind) {
    case analysis::BandKind::WellKnown:
        return QColor(0, 0, 0, 22);
    case analysis::BandKind::Dynamic:
        return QColor(0x56, 0xb4, 0xe9, 40);
    case analysis::BandKind::Reserved:
        return QColor(0x00, 0x9e, 0x73, 70);
    case analysis::BandKind::Excluded:
        return QColor(0xd5, 0x5e, 0x00, 60);
    case analysis::BandKind::DnsPoolExcluded:
        return QColor(0xcc, 0x79, 0xa7, 60);
    }
    return QColor(0, 0, 0, 20);
}

// The count axis: a top just above the highest bucket, on a 1/2/5 × 10^k step (three to seven ticks).
std::pair<double, int> integerAxis(std::uint64_t highest)
{
    const double wanted = std::max(1.0, static_cast<double>(highest) * 1.05);
    double step = 1;
    for (double scale = 1; step * 5 < wanted; scale *= 10)
        for (double m : { 1.0, 2.0, 5.0 })
            if (step * 5 < wanted)
                step = m * scale;
    const double top = std::ceil(wanted / step) * step;
    return { top, static_cast<int>(top / step) + 1 };
}
} // namespace

PortHistogramChart::PortHistogramChart(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, this))
{
    setRenderHint(QPainter::Antialiasing, false);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    setMouseTracking(true);
    setMinimumHeight(180);
    setAccessibleName(tr("Local port histogram"));
}

QString PortHistogramChart::seriesLabel(const analysis::HistogramSeries& series) const
{
    using analysis::OwnerKind;
    switch (series.kind) {
    case OwnerKind::Process: {
        QString label = tr("%1 (%2)").arg(QString::fromStdString(series.name)).arg(series.pid);
        if (const auto pool = m_pools.value(series.pid); !pool.isEmpty())
            label += tr(" — %1").arg(pool);
        return label;
    }
    case OwnerKind::Other:
        return tr("other (%Ln processes)", nullptr, static_cast<int>(series.processes));
    case OwnerKind::TimeWait:
        return tr("[time wait]");
    case OwnerKind::System:
        return tr("[system]");
    case OwnerKind::AccessDenied:
        return tr("[access denied]");
    case OwnerKind::Unknown:
        return tr("[unknown]");
    }
    return {};
}

void PortHistogramChart::setHistogram(const analysis::PortHistogram& histogram,
    const std::vector<analysis::PortBand>& bands, const QHash<std::uint32_t, QString>& pools)
{
    m_histogram = histogram;
    m_pools = pools;
    QChart* c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back without deleting it (it stays the chart's QObject child): delete it, or
    // every refresh leaks one.
    for (auto* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    auto* x = new QValueAxis(c);
    x->setRange(0, analysis::kPortSpace);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(9);
    x->setTitleText(tr("Local port"));
    auto* y = new QValueAxis(c);
    // Whole-number ticks: with "%d" labels and Qt's default five ticks, a top of 1.08 was labelled 0 0 0 0 1.
    const auto [top, ticks] = integerAxis(histogram.maxBucketTotal);
    y->setRange(0, top);
    y->setTickCount(ticks);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Endpoints per %L1 ports").arg(histogram.bucketSize));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries* series) {
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    // Bands first, so the counts are drawn over them.
    for (const auto& band : bands) {
        auto* upper = new QLineSeries(c);
        upper->append(band.range.first, top);
        upper->append(double(band.range.last) + 1.0, top);
        auto* area = new QAreaSeries(upper);
        upper->setParent(area); // QAreaSeries does not own its line series; removeAllSeries() must free them
        area->setColor(bandColor(band.kind));
        area->setBorderColor(Qt::transparent);
        switch (band.kind) {
        case analysis::BandKind::WellKnown:
            area->setName(tr("well-known 0–1023"));
            break;
        case analysis::BandKind::Dynamic:
            area->setName(tr("dynamic %1–%2%3")
                              .arg(band.range.first)
                              .arg(band.range.last)
                              .arg(band.assumed ? tr(" (assumed)") : QString()));
            break;
        case analysis::BandKind::Reserved:
            area->setName(tr("reserved %1–%2").arg(band.range.first).arg(band.range.last));
            break;
        case analysis::BandKind::Excluded:
            area->setName(tr("excluded %1–%2").arg(band.range.first).arg(band.range.last));
            break;
        case analysis::BandKind::DnsPoolExcluded:
            area->setName(tr("DNS pool excluded %1–%2").arg(band.range.first).arg(band.range.last));
            break;
        }
        attach(area);
    }
    // Stacked series: each area runs from the running total below it to the total including it.
    std::vector<double> below(histogram.bucketCount, 0.0);
    for (std::size_t s = 0; s < histogram.series.size(); ++s) {
        auto* lower = new QLineSeries(c);
        auto* upper = new QLineSeries(c);
        QList<QPointF> lowerPoints, upperPoints;
        lowerPoints.reserve(2 * histogram.bucketCount);
        upperPoints.reserve(2 * histogram.bucketCount);
        const auto row = histogram.row(s);
        for (std::uint32_t b = 0; b < histogram.bucketCount; ++b) {
            const double x0 = double(b) * histogram.bucketSize;
            const double x1 = x0 + histogram.bucketSize;
            const double top0 = below[b] + row[b];
            lowerPoints << QPointF(x0, below[b]) << QPointF(x1, below[b]);
            upperPoints << QPointF(x0, top0) << QPointF(x1, top0);
            below[b] = top0;
        }
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        const QColor color = kSeriesColors[s % std::size(kSeriesColors)];
        area->setColor(color);
        area->setBorderColor(color.darker(130));
        area->setName(seriesLabel(histogram.series[s]));
        attach(area);
    }
}

int PortHistogramChart::portAt(const QPoint& position) const
{
    const QPointF value = chart()->mapToValue(position);
    return std::clamp(static_cast<int>(value.x()), 0, 65535);
}

QString PortHistogramChart::bucketSummary(std::uint16_t port) const
{
    if (m_histogram.bucketCount == 0)
        return {};
    const auto bucket = analysis::bucketOfPort(m_histogram.bucketSize, port);
    const auto ports = m_histogram.bucketPorts(bucket);
    const QLocale locale;
    QStringList lines;
    lines << tr("Ports %1–%2: %3 endpoints")
                 .arg(ports.first)
                 .arg(ports.last)
                 .arg(locale.toString(m_histogram.totals[bucket]));
    for (std::size_t s = 0; s < m_histogram.series.size(); ++s)
        if (const auto n = m_histogram.count(s, bucket))
            lines << tr("  %1: %2").arg(seriesLabel(m_histogram.series[s]), locale.toString(n));
    return lines.join(QLatin1Char('\n'));
}

void PortHistogramChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    m_pressed = true;
    m_pressPosition = event->position().toPoint();
    m_rubberBand->setGeometry(QRect(m_pressPosition, QSize()));
    m_rubberBand->show();
}

void PortHistogramChart::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed) {
        const QRectF plot = chart()->plotArea();
        m_rubberBand->setGeometry(QRect(QPoint(std::min(m_pressPosition.x(), position.x()), int(plot.top())),
            QPoint(std::max(m_pressPosition.x(), position.x()), int(plot.bottom()))));
    } else if (chart()->plotArea().contains(position)) {
        QToolTip::showText(
            event->globalPosition().toPoint(), bucketSummary(static_cast<std::uint16_t>(portAt(position))), this);
    }
    QChartView::mouseMoveEvent(event);
}

void PortHistogramChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    m_pressed = false;
    m_rubberBand->hide();
    if (m_histogram.bucketCount == 0)
        return;
    const int a = portAt(m_pressPosition);
    const int b = portAt(event->position().toPoint());
    const auto first = analysis::bucketOfPort(m_histogram.bucketSize, static_cast<std::uint16_t>(std::min(a, b)));
    const auto last = analysis::bucketOfPort(m_histogram.bucketSize, static_cast<std::uint16_t>(std::max(a, b)));
    const auto ports = analysis::bucketSpanPorts(m_histogram.bucketSize, first, last);
    Q_EMIT portsSelected(ports.first, ports.last);
}

} // namespace portolan
