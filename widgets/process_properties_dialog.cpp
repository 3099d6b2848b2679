#include "process_properties_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portolan {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text.isEmpty() ? ProcessPropertiesDialog::tr("(unknown)") : text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText); // paths and command lines are data, never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

ProcessPropertiesDialog::ProcessPropertiesDialog(const ProcessProperties& properties, QWidget* parent)
    : QDialog(parent)
    , m_endpoints(new QTableWidget(this))
{
    setObjectName(QStringLiteral("processPropertiesDialog"));
    setWindowTitle(tr("Properties of %1 (PID %2)").arg(properties.name).arg(properties.pid));

    auto* form = new QFormLayout;
    form->addRow(tr("Process:"), valueLabel(properties.name, QStringLiteral("nameValue"), this));
    form->addRow(tr("PID:"), valueLabel(QString::number(properties.pid), QStringLiteral("pidValue"), this));
    form->addRow(tr("Path:"), valueLabel(properties.path, QStringLiteral("pathValue"), this));
    form->addRow(tr("Command line:"), valueLabel(properties.commandLine, QStringLiteral("commandLineValue"), this));
    form->addRow(tr("User:"), valueLabel(properties.user, QStringLiteral("userValue"), this));
    form->addRow(tr("Started:"), valueLabel(properties.startTime, QStringLiteral("startTimeValue"), this));
    form->addRow(tr("Services:"),
        valueLabel(properties.services.isEmpty() ? tr("none") : properties.services.join(tr(", ")),
            QStringLiteral("servicesValue"), this));

    m_endpoints->setObjectName(QStringLiteral("endpointTable"));
    m_endpoints->setColumnCount(static_cast<int>(properties.endpointHeader.size()));
    m_endpoints->setHorizontalHeaderLabels(properties.endpointHeader);
    m_endpoints->setRowCount(static_cast<int>(properties.endpoints.size()));
    for (int r = 0; r < properties.endpoints.size(); ++r) {
        const auto& row = properties.endpoints[r];
        for (int c = 0; c < row.size() && c < m_endpoints->columnCount(); ++c)
            m_endpoints->setItem(r, c, new QTableWidgetItem(row[c]));
    }
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpoints->verticalHeader()->hide();
    m_endpoints->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_endpoints->setShowGrid(false);
    m_endpoints->setAlternatingRowColors(true);
    m_endpoints->horizontalHeader()->setStretchLastSection(true);
    m_endpoints->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Endpoints (%L1):").arg(properties.endpoints.size()), this));
    layout->addWidget(m_endpoints, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace portolan
