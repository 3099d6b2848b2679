#pragma once

#include "core/analysis/exhaustion.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace portolan {

// One CSV field per RFC 4180: quoted (with doubled quotes) only when it holds a comma, quote or line break.
QString csvField(const QString& text);

// Exports of what a view shows. CSV: the model's rows and columns as displayed (RFC 4180, header row).
QByteArray modelToCsv(const QAbstractItemModel& model);

// A self-contained HTML report: where the data came from, counts, the histogram as an embedded PNG, warnings
// and findings as plain lines, and the rows the view shows (capped, with a note when it is).
struct HtmlReport
{
    QString title;
    QString source; // "live on dns01" or "netstat.txt (netstat-windows)"
    QString capturedAt;
    QStringList counts;
    QByteArray histogramPng;
    QStringList warnings;
    QStringList findings;
    const QAbstractItemModel* rows = nullptr;
    int maxRows = 5000;
};
QByteArray renderHtmlReport(const HtmlReport& report);

} // namespace portolan
