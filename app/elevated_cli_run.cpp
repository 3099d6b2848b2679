#include "elevated_cli_run.h"

#include "core/actions/action_result.h"
#include "core/logging.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

namespace portolan {

ElevatedCliRun::ElevatedCliRun(QString program, QStringList arguments, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_process(new QProcess(this))
{
    connect(m_process, &QProcess::finished, this, &ElevatedCliRun::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and the like end in finished()
        Q_EMIT finished(
            false, tr("Cannot start %1: %2").arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
    });
}

ElevatedCliRun::~ElevatedCliRun() = default;

QString ElevatedCliRun::commandLine(const QString& program, const QStringList& arguments)
{
    QStringList words { QDir::toNativeSeparators(program) };
    for (const auto& argument : arguments)
        words << (argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"') : argument);
    return words.join(QLatin1Char(' '));
}

void ElevatedCliRun::start()
{
    // The result file is ours (the elevated side refuses to write through links or into foreign files).
    m_result = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("portolan-result-XXXXXX.json")));
    if (!m_result->open()) {
        Q_EMIT finished(false, tr("Cannot create a temporary file: %1").arg(m_result->errorString()));
        return;
    }
    m_result->close();
    auto arguments = m_arguments;
    arguments << QStringLiteral("--result") << m_result->fileName();
    log::ui()->info("running {}", commandLine(m_program, arguments).toStdString());
    m_process->start(m_program, arguments);
}

void ElevatedCliRun::onFinished()
{
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    QByteArray text;
    if (m_result && m_result->open())
        text = m_result->readAll();
    std::string error;
    const auto result = actions::parseActionResultJson(text.toStdString(), error);
    if (result) {
        log::ui()->info("portolan-cli: {} ({})", result->message, actions::actionStatusName(result->status));
        Q_EMIT finished(result->ok(), QString::fromStdString(result->message));
        return;
    }
    // No result: the prompt was dismissed, the CLI could not run, or it failed before acting. Its stderr says why.
    log::ui()->warn("portolan-cli exited with {} and no result: {}", m_process->exitCode(), errors.toStdString());
    Q_EMIT finished(false,
        errors.isEmpty() ? tr("portolan-cli exited with code %1 and left no result.").arg(m_process->exitCode())
                         : errors);
}

} // namespace portolan
