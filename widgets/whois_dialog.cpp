#include "whois_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

namespace {

QLabel* textLabel(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText); // registry text is data, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

WhoisDialog::WhoisDialog(const QString& address, QWidget* parent)
    : QDialog(parent)
    , m_status(textLabel(QStringLiteral("whoisStatus"), tr("Whois status"), this))
    , m_summary(textLabel(QStringLiteral("whoisSummary"), tr("Whois summary"), this))
    , m_answer(new QPlainTextEdit(this))
    , m_servers(textLabel(QStringLiteral("whoisServers"), tr("Servers asked"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("whoisDialog"));
    setWindowTitle(tr("Whois %1").arg(address));

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->hide(); // until there is something to sum up

    m_answer->setObjectName(QStringLiteral("whoisAnswer"));
    m_answer->setAccessibleName(tr("Whois answer"));
    m_answer->setReadOnly(true);
    m_answer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // whois answers align in columns
    m_answer->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_copy->setObjectName(QStringLiteral("whoisCopy"));
    m_copy->setAccessibleName(tr("Copy the whois answer"));
    m_copy->setEnabled(false);
    connect(
        m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_answer->toPlainText()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_servers);
    layout->addWidget(buttons);
    resize(720, 520);
}

void WhoisDialog::follow(WhoisLookup* lookup)
{
    connect(lookup, &WhoisLookup::asking, this, &WhoisDialog::showAsking);
    connect(lookup, &WhoisLookup::finished, this, &WhoisDialog::showResult);
}

void WhoisDialog::showAsking(const QString& server)
{
    m_status->setText(tr("Asking %1…").arg(server));
}

void WhoisDialog::showResult(const WhoisResult& result)
{
    QString status;
    if (!result.ok)
        status = result.error;
    else if (!result.localKind.isEmpty())
        status = tr("Answered by Portolan: %1").arg(result.localKind);
    else if (result.truncated)
        status = tr("Answer cut at %L1 KiB").arg(WhoisLookup::kMaxAnswerBytes / 1024);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    m_summary->setText(result.summary.line());
    m_summary->setVisible(!result.summary.isEmpty());
    m_answer->setPlainText(result.answer);
    m_copy->setEnabled(!result.answer.isEmpty());
    m_servers->setText(result.servers.isEmpty() ? tr("No server asked")
                                                : tr("Asked: %1").arg(result.servers.join(QStringLiteral(" → "))));
}

} // namespace portolan
