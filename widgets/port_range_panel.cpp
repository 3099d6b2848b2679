#include "port_range_panel.h"

#include "port_histogram_chart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portolan {

PortRangePanel::PortRangePanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new PortHistogramChart(this))
    , m_bucket(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    for (int size : { 64, 256, 1024, 4096 })
        m_bucket->addItem(tr("%L1 ports").arg(size), size);
    m_bucket->setCurrentIndex(1);
    m_protocol->addItem(tr("TCP and UDP"), int(analysis::ProtocolFilter::Both));
    m_protocol->addItem(tr("TCP"), int(analysis::ProtocolFilter::Tcp));
    m_protocol->addItem(tr("UDP"), int(analysis::ProtocolFilter::Udp));
    m_state->addItem(tr("All states"), int(analysis::StateFilter::All));
    m_state->addItem(tr("Listening"), int(analysis::StateFilter::Listening));
    m_state->addItem(tr("Established"), int(analysis::StateFilter::Established));
    m_state->addItem(tr("TIME_WAIT"), int(analysis::StateFilter::TimeWait));
    m_state->addItem(tr("Bound (unconnected)"), int(analysis::StateFilter::Bound));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bucket->setAccessibleName(tr("Histogram bucket size"));
    m_protocol->setAccessibleName(tr("Histogram protocol"));
    m_state->setAccessibleName(tr("Histogram socket state"));
    m_summary->setAccessibleName(tr("Port range summary"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Bucket:"), this));
    controls->addWidget(m_bucket);
    controls->addWidget(m_protocol);
    controls->addWidget(m_state);
    controls->addSpacing(12);
    controls->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    for (auto* combo : { m_bucket, m_protocol, m_state })
        connect(combo, &QComboBox::currentIndexChanged, this, &PortRangePanel::histogramOptionsChanged);
    connect(m_chart, &PortHistogramChart::portsSelected, this, &PortRangePanel::portsSelected);
    m_chart->setToolTip(tr("Click a bucket or drag across several to show only those local ports in the table."));
}

analysis::HistogramOptions PortRangePanel::histogramOptions() const
{
    analysis::HistogramOptions options;
    options.bucketSize = m_bucket->currentData().toUInt();
    options.filter.protocol = static_cast<analysis::ProtocolFilter>(m_protocol->currentData().toInt());
    options.filter.state = static_cast<analysis::StateFilter>(m_state->currentData().toInt());
    return options;
}

void PortRangePanel::showReport(const analysis::RangesReport& report, const QHash<std::uint32_t, QString>& pools)
{
    m_chart->setHistogram(report.histogram, report.bands, pools);
    QStringList ranges;
    for (const auto& band : report.bands) {
        if (band.kind != analysis::BandKind::Dynamic)
            continue;
        QStringList protocols;
        if (band.appliesTo(Protocol::Tcp))
            protocols << tr("TCP");
        if (band.appliesTo(Protocol::Udp))
            protocols << tr("UDP");
        ranges << tr("%1 %2–%3%4")
                      .arg(protocols.join(QLatin1Char('/')))
                      .arg(band.range.first)
                      .arg(band.range.last)
                      .arg(band.assumed ? tr(" (assumed)") : QString());
    }
    m_summary->setText(
        tr("Dynamic range: %1 · %Ln endpoints counted", nullptr, static_cast<int>(report.histogram.endpointsCounted))
            .arg(ranges.isEmpty() ? tr("unknown") : ranges.join(QStringLiteral(", "))));
}

} // namespace portolan
