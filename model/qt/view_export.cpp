#include "view_export.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace portolan {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray modelToCsv(const QAbstractItemModel& model)
{
    QString out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << csvField(model.headerData(c, Qt::Horizontal).toString());
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << csvField(model.index(r, c).data().toString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray renderHtmlReport(const HtmlReport& report)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;"
                           "font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                           "th{background:#eee}.warn{color:#b03a2e}</style></head><body>\n")
                .arg(report.title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>%2<br>%3</p>\n")
                .arg(report.title.toHtmlEscaped(), report.source.toHtmlEscaped(), report.capturedAt.toHtmlEscaped());
    if (!report.counts.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(report.counts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!report.histogramPng.isEmpty())
        html += QStringLiteral("<p><img alt=\"port histogram\" src=\"data:image/png;base64,%1\"></p>\n")
                    .arg(QString::fromLatin1(report.histogramPng.toBase64()));
    auto list = [&](const QString& heading, const QStringList& lines, bool warn) {
        if (lines.isEmpty())
            return;
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(heading.toHtmlEscaped());
        for (const auto& line : lines)
            html += QStringLiteral("<li%1>%2</li>\n")
                        .arg(warn ? QStringLiteral(" class=\"warn\"") : QString(), line.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    };
    list(QCoreApplication::translate("portolan::ViewExport", "Findings"), report.findings, true);
    list(QCoreApplication::translate("portolan::ViewExport", "Warnings"), report.warnings, true);
    if (report.rows) {
        const auto& model = *report.rows;
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>")
                    .arg(QCoreApplication::translate("portolan::ViewExport", "Endpoints").toHtmlEscaped());
        for (int c = 0; c < model.columnCount(); ++c)
            html += QStringLiteral("<th>%1</th>").arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
        const int rows = std::min(model.rowCount(), report.maxRows);
        for (int r = 0; r < rows; ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < model.columnCount(); ++c)
                html += QStringLiteral("<td>%1</td>").arg(model.index(r, c).data().toString().toHtmlEscaped());
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
        if (model.rowCount() > rows)
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(QCoreApplication::translate(
                            "portolan::ViewExport", "%L1 more rows not shown; export CSV for all of them.")
                                 .arg(model.rowCount() - rows)
                                 .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace portolan
