#pragma once

#include "core/analysis/ranges_report.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace portolan {

class PortHistogramChart;

// The "Port ranges" dock: the histogram with its bucket size, protocol and state selectors, and a line that
// names the machine's dynamic range(s).
class PortRangePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PortRangePanel(QWidget* parent = nullptr);

    void showReport(const analysis::RangesReport& report, const QHash<std::uint32_t, QString>& pools);
    analysis::HistogramOptions histogramOptions() const;
    PortHistogramChart* chart() const { return m_chart; }

Q_SIGNALS:
    void histogramOptionsChanged();
    void portsSelected(std::uint16_t first, std::uint16_t last);

private:
    PortHistogramChart* m_chart;
    QComboBox* m_bucket;
    QComboBox* m_protocol;
    QComboBox* m_state;
    QLabel* m_summary;
};

} // namespace portolan
