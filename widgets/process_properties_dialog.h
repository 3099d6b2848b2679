#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QTableWidget;

namespace portolan {

// What the properties dialog shows, already as text: the app gathers it (from the snapshot on screen and, live,
// from the system), the dialog only lays it out.
struct ProcessProperties
{
    QString name;
    quint32 pid = 0;
    QString path; // empty: unknown
    QString commandLine;
    QString user;
    QString startTime; // formatted; empty: unknown
    QStringList services;
    QStringList endpointHeader; // column titles of `endpoints`
    QList<QStringList> endpoints; // one row per endpoint the process holds
};

// TCPView's process properties: path, command line, user, start time, services, and every endpoint the process
// holds in a small table. Non-modal, so the table stays usable beside it; values are selectable for copying.
class ProcessPropertiesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProcessPropertiesDialog(const ProcessProperties& properties, QWidget* parent = nullptr);

    QTableWidget* endpointTable() const { return m_endpoints; }

private:
    QTableWidget* m_endpoints;
};

} // namespace portolan
