#include "thresholds_dialog.h"

#include "conflict_panel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace portolan {

namespace {
// The inputs accept anything that can be typed; what is acceptable is the validator's to say (one rule, shared
// with the settings reader), so the boxes' own limits are only the physical ones: a share is 0-100 %.
constexpr int kIntInputMax = 999'999'999;

QDoubleSpinBox* percentBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setSingleStep(1.0);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QSpinBox* countBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, kIntInputMax);
    box->setGroupSeparatorShown(true);
    return box;
}

// A labelled row whose label, tooltip and accessible name all say what the input is.
void addRow(
    QFormLayout* form, const QString& label, QWidget* input, const QString& accessibleName, const QString& toolTip)
{
    auto* text = new QLabel(label, input->parentWidget());
    text->setBuddy(input);
    text->setToolTip(toolTip);
    input->setToolTip(toolTip);
    input->setAccessibleName(accessibleName);
    input->setAccessibleDescription(toolTip);
    form->addRow(text, input);
}
} // namespace

ThresholdsDialog::ThresholdsDialog(const AnalysisThresholds& values, Validator validate, QWidget* parent)
    : QDialog(parent)
    , m_validate(std::move(validate))
{
    setWindowTitle(tr("Thresholds"));
    setObjectName(QStringLiteral("thresholdsDialog"));

    auto* exhaustion = new QGroupBox(tr("Dynamic port exhaustion"), this);
    auto* exhaustionForm = new QFormLayout(exhaustion);
    m_ownerWarning = percentBox(exhaustion);
    m_ownerCritical = percentBox(exhaustion);
    m_freeWarning = percentBox(exhaustion);
    m_freeCritical = percentBox(exhaustion);
    const AnalysisThresholds defaults;
    const auto pct = [](double share) { return QLocale().toString(share * 100.0, 'f', 0); };
    addRow(exhaustionForm, tr("One process holds more than (&warning):"), m_ownerWarning,
        tr("Owner share warning threshold"),
        tr("Warn when one process, or the TIME_WAIT sockets, hold more than this share of the usable ports of a "
           "dynamic range. Default %1 %: Microsoft's port exhaustion guidance names one or two processes using "
           "90-95 % of the dynamic range as the pattern; warning at half leaves time to act.")
            .arg(pct(defaults.ownerShareWarning)));
    addRow(exhaustionForm, tr("One process holds more than (&critical):"), m_ownerCritical,
        tr("Owner share critical threshold"),
        tr("Critical when one process holds more than this share of the usable ports of a dynamic range. "
           "Default %1 %: the low end of the 90-95 % that Microsoft's port exhaustion guidance describes. "
           "Must be above the warning share.")
            .arg(pct(defaults.ownerShareCritical)));
    addRow(exhaustionForm, tr("Free ports below (w&arning):"), m_freeWarning, tr("Free share warning threshold"),
        tr("Warn when less than this share of the usable ports of a dynamic range is free, whoever holds them. "
           "Default %1 %.")
            .arg(pct(defaults.freeShareWarning)));
    addRow(exhaustionForm, tr("Free ports below (c&ritical):"), m_freeCritical, tr("Free share critical threshold"),
        tr("Critical when less than this share of the usable ports of a dynamic range is free: new outbound "
           "connections are about to fail. Default %1 %. Must be below the warning share.")
            .arg(pct(defaults.freeShareCritical)));

    auto* other = new QGroupBox(tr("Socket pools and crowded hosts"), this);
    auto* otherForm = new QFormLayout(other);
    m_poolMinimum = countBox(other);
    m_crowdedHost = countBox(other);
    addRow(otherForm, tr("Socket pool: at least (UDP &sockets):"), m_poolMinimum, tr("Socket pool minimum UDP sockets"),
        tr("A process needs at least this many UDP sockets, spread at random over a wide range, to count as a "
           "socket pool (shown folded, as one line). Default %L1: an order of magnitude below the %L2-port "
           "socket pool a Windows DNS server binds since MS08-037 (KB 953230), well above what an ordinary "
           "service opens.")
            .arg(defaults.minPoolUdpSockets)
            .arg(2500));
    addRow(otherForm, tr("Crowded host: more than (&endpoints):"), m_crowdedHost, tr("Crowded host endpoint count"),
        tr("Above this many endpoints the host counts as crowded, and costly extras such as reverse DNS of every "
           "remote address are off by default. Default %L1.")
            .arg(defaults.crowdedHostEndpoints));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("thresholdsProblems"));
    m_problems->setWordWrap(true);
    // The critical findings' red, chosen for this dialog's background: readable in dark and high-contrast themes.
    QPalette background = palette();
    background.setColor(QPalette::Base, palette().color(QPalette::Window));
    QPalette problemColours = m_problems->palette();
    problemColours.setColor(QPalette::WindowText, ConflictPanel::criticalTextColor(background));
    m_problems->setPalette(problemColours);
    m_problems->setAccessibleName(tr("Threshold problems"));
    m_problems->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &defaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put the default values in the inputs (nothing is stored before OK)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setValues(AnalysisThresholds {}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exhaustion);
    layout->addWidget(other);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setValues(values);
    for (auto* box : { m_ownerWarning, m_ownerCritical, m_freeWarning, m_freeCritical })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ThresholdsDialog::revalidate);
    for (auto* box : { m_poolMinimum, m_crowdedHost })
        connect(box, &QSpinBox::valueChanged, this, &ThresholdsDialog::revalidate);
    revalidate();
}

AnalysisThresholds ThresholdsDialog::values() const
{
    AnalysisThresholds v;
    // The boxes show percent; the struct holds fractions, as the core does.
    v.ownerShareWarning = m_ownerWarning->value() / 100.0;
    v.ownerShareCritical = m_ownerCritical->value() / 100.0;
    v.freeShareWarning = m_freeWarning->value() / 100.0;
    v.freeShareCritical = m_freeCritical->value() / 100.0;
    v.minPoolUdpSockets = m_poolMinimum->value();
    v.crowdedHostEndpoints = m_crowdedHost->value();
    return v;
}

void ThresholdsDialog::setValues(const AnalysisThresholds& values)
{
    // Each box signals once as it changes; the last revalidation sees every value.
    m_ownerWarning->setValue(values.ownerShareWarning * 100.0);
    m_ownerCritical->setValue(values.ownerShareCritical * 100.0);
    m_freeWarning->setValue(values.freeShareWarning * 100.0);
    m_freeCritical->setValue(values.freeShareCritical * 100.0);
    m_poolMinimum->setValue(values.minPoolUdpSockets);
    m_crowdedHost->setValue(values.crowdedHostEndpoints);
    revalidate();
}

void ThresholdsDialog::revalidate()
{
    m_problemList = m_validate ? m_validate(values()) : QStringList();
    m_problems->setText(m_problemList.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_problemList.isEmpty());
    // The problem is also the disabled OK's tooltip, where a mouse user looks when a click does nothing.
    auto* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_problemList.isEmpty());
    ok->setToolTip(m_problemList.join(QLatin1Char('\n')));
}

} // namespace portolan
