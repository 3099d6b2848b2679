#include "fix_preview_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

FixPreviewDialog::FixPreviewDialog(const conflicts::Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_operations(new QTreeWidget(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Fix: preview of every change"));
    m_operations->setHeaderLabels({ tr("Change"), tr("Target"), tr("Before"), tr("After"), tr("Takes effect") });
    m_operations->setRootIsDecorated(false);
    m_operations->setWordWrap(true);
    for (const auto& op : plan.operations) {
        auto* item = new QTreeWidgetItem(m_operations);
        item->setText(0, QString::fromLatin1(conflicts::opName(op.kind).data()));
        item->setText(1, QString::fromStdString(op.preview.target));
        item->setText(2, QString::fromStdString(op.preview.before));
        item->setText(3, QString::fromStdString(op.preview.after));
        item->setText(4, QString::fromStdString(op.preview.effect));
        if (!op.preview.note.empty())
            item->setToolTip(0, QString::fromStdString(op.preview.note));
    }
    for (int c = 0; c < 5; ++c)
        m_operations->resizeColumnToContents(c);

    QStringList consequences;
    if (plan.consequences.reboot)
        consequences << tr("A reboot is needed before some values take effect.");
    for (const auto& restart : plan.consequences.restarts)
        consequences << tr("Restarts %1.").arg(QString::fromStdString(restart));
    for (const auto& note : plan.consequences.notes)
        consequences << QString::fromStdString(note);
    auto* intro = new QLabel(tr("Nothing has been changed yet. Apply asks for administrator rights, saves every "
                                "previous value in a journal first, applies, and reads each value back; Undo "
                                "restores from that journal."),
        this);
    intro->setWordWrap(true);
    auto* consequenceLabel = new QLabel(consequences.join(QLatin1Char('\n')), this);
    consequenceLabel->setWordWrap(true);
    consequenceLabel->setObjectName(QStringLiteral("consequences"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("fixResult"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_operations, 1);
    layout->addWidget(consequenceLabel);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 420);
}

void FixPreviewDialog::showResult(const QStringList& lines, bool ok)
{
    m_result->setText(
        (ok ? tr("Done.") : tr("Not everything was applied:")) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace portolan
