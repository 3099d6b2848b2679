#include "catalogue_dialog.h"

#include "core/conflicts/catalogue_json.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

namespace {
// What a new user sees: one commented-by-example override of each kind.
constexpr const char* kTemplate = R"({
  "schema": "portolan.catalogue-overrides",
  "version": 1,
  "entries": [
    {
      "id": "my-radius-accounting",
      "protocol": "udp",
      "ports": "1813",
      "service": "RADIUS accounting on our NPS servers",
      "owners": { "windows": { "services": ["IAS"] }, "linux": { "names": ["radiusd"] } },
      "source": "local policy"
    }
  ]
}
)";
} // namespace

CatalogueDialog::CatalogueDialog(const QString& overridesPath, QWidget* parent)
    : QDialog(parent)
    , m_path(overridesPath)
    , m_editor(new QPlainTextEdit(this))
    , m_entries(new QTreeWidget(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Known-service catalogue"));
    m_entries->setHeaderLabels({ tr("Id"), tr("Port"), tr("Service"), tr("Source"), tr("From") });
    m_entries->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("catalogueProblems"));
    QFile file(m_path);
    m_editor->setPlainText(
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString::fromUtf8(kTemplate));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* hint = new QLabel(tr("Your overrides (%1). An entry with a shipped id changes only the fields it gives; "
                               "\"enabled\": false removes one; a new id adds one.")
                                .arg(QDir::toNativeSeparators(m_path)),
        this);
    hint->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entries);
    auto* editorBox = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(hint);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_problems);
    splitter->addWidget(editorBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    connect(checkButton, &QPushButton::clicked, this, [this] {
        const auto problems = check();
        m_problems->setText(problems.isEmpty() ? tr("No problems.") : problems.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    showEffective();
}

QStringList CatalogueDialog::check()
{
    const auto parsed = conflicts::parseOverridesJson(
        m_editor->toPlainText().toStdString(), QFileInfo(m_path).fileName().toStdString());
    QStringList problems;
    for (const auto& problem : parsed.problems)
        problems << QString::fromStdString(problem.text());
    return problems;
}

bool CatalogueDialog::save()
{
    const auto problems = check();
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not saved:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_editor->toPlainText().toUtf8()) < 0) {
        m_problems->setText(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    file.close();
    showEffective();
    Q_EMIT saved(m_path);
    return true;
}

void CatalogueDialog::showEffective()
{
    m_entries->clear();
    const auto catalogue
        = conflicts::loadEffectiveCatalogue({}, QFileInfo::exists(m_path) ? m_path.toStdString() : std::string());
    for (const auto& entry : catalogue.entries) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(0, QString::fromStdString(entry.id));
        const auto ports = entry.ports.first == entry.ports.last
            ? QString::number(entry.ports.first)
            : QStringLiteral("%1-%2").arg(entry.ports.first).arg(entry.ports.last);
        item->setText(1, (entry.protocol == Protocol::Tcp ? QStringLiteral("TCP ") : QStringLiteral("UDP ")) + ports);
        item->setText(2, QString::fromStdString(entry.service));
        item->setText(3, QString::fromStdString(entry.source));
        item->setText(4, QString::fromStdString(entry.origin));
    }
    for (int c = 0; c < 4; ++c)
        m_entries->resizeColumnToContents(c);
}

} // namespace portolan
