#pragma once

#include "core/analysis/exhaustion.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <vector>

namespace portolan {

// Ports in the dynamic range held by each top consumer over the session, one point per refresh, so a leak shows
// as a rising line. Keeps the few largest consumers and a bounded number of points (an hour at 1 s).
class PortUsageHistory final : public QObject
{
    Q_OBJECT
public:
    struct Series
    {
        std::uint32_t pid = 0;
        QString name;
        QList<QPointF> points; // x: seconds since the first record, y: ports
    };

    explicit PortUsageHistory(QObject* parent = nullptr);

    void record(const analysis::ExhaustionReport& report, qint64 epochMs);
    void clear();
    const std::vector<Series>& series() const { return m_series; }
    double maxPorts() const { return m_maxPorts; }
    double lastSecond() const { return m_lastSecond; }

    static constexpr int kMaxSeries = 6;
    static constexpr int kMaxPoints = 3600;

Q_SIGNALS:
    void changed();

private:
    std::vector<Series> m_series;
    qint64 m_startMs = 0;
    double m_maxPorts = 0;
    double m_lastSecond = 0;
};

} // namespace portolan
