#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryFile;

namespace portolan {

// One `portolan-cli close|kill … --elevate` run as a QProcess, so the GUI thread never waits: the CLI asks for
// administrator rights itself (pkexec with the shipped polkit policy, sudo, UAC) the way `apply` does, and writes
// its outcome to the `--result` file this class adds and reads back. The elevation prompt waits for the person,
// so there is no timeout.
class ElevatedCliRun final : public QObject
{
    Q_OBJECT
public:
    ElevatedCliRun(QString program, QStringList arguments, QObject* parent = nullptr);
    ~ElevatedCliRun() override;

    void start();
    // The command as a person would type it, for the prompt that asks before running it.
    static QString commandLine(const QString& program, const QStringList& arguments);

Q_SIGNALS:
    // The CLI's own sentence when it left a result, else what went wrong running it. Emitted once.
    void finished(bool ok, const QString& message);

private:
    void onFinished();

    QString m_program;
    QStringList m_arguments;
    QProcess* m_process;
    std::unique_ptr<QTemporaryFile> m_result;
};

} // namespace portolan
