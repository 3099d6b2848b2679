#include "filter_bar.h"

#include "core/text_util.h"
#include "state_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace portolan {

namespace {
// The states offered, in the order a connection goes through them (Unknown is never asked for).
constexpr SocketState kStates[] = { SocketState::Listen, SocketState::Bound, SocketState::SynSent,
    SocketState::SynReceived, SocketState::Established, SocketState::FinWait1, SocketState::FinWait2,
    SocketState::CloseWait, SocketState::Closing, SocketState::LastAck, SocketState::TimeWait, SocketState::Closed,
    SocketState::DeleteTcb };

constexpr std::uint32_t bit(SocketState state)
{
    return 1u << static_cast<unsigned>(state);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setContentsMargins(6, 0, 0, 0); // a gap from the field before it
    return label;
}
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_protocol(new QComboBox(this))
    , m_family(new QComboBox(this))
    , m_statesButton(new QToolButton(this))
    , m_statesMenu(new QMenu(this))
    , m_process(new QLineEdit(this))
    , m_ports(new QLineEdit(this))
    , m_portSide(new QComboBox(this))
    , m_hideLoopback(new QCheckBox(tr("Hide &loopback"), this))
    , m_onlyListening(new QCheckBox(tr("Only liste&ning"), this))
    , m_onlyDynamic(new QCheckBox(tr("Only in the &dynamic range"), this))
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Save…"), this))
    , m_deletePreset(new QPushButton(tr("Dele&te"), this))
{
    setAccessibleName(tr("Filters"));
    setObjectName(QStringLiteral("filterBar"));
    m_protocol->setObjectName(QStringLiteral("protocolFilter"));
    m_protocol->addItem(tr("TCP and UDP"), 0);
    m_protocol->addItem(tr("TCP"), 1 << static_cast<int>(Protocol::Tcp));
    m_protocol->addItem(tr("UDP"), 1 << static_cast<int>(Protocol::Udp));
    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_family->addItem(tr("IPv4 and IPv6"), 0);
    m_family->addItem(tr("IPv4"), RowFilter::kIPv4);
    m_family->addItem(tr("IPv6"), RowFilter::kIPv6);

    m_statesButton->setObjectName(QStringLiteral("statesFilter"));
    m_statesButton->setPopupMode(QToolButton::InstantPopup);
    m_statesButton->setMenu(m_statesMenu);
    m_statesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const auto state : kStates) {
        auto* action = m_statesMenu->addAction(stateText(state));
        action->setCheckable(true);
        action->setData(static_cast<int>(state));
        connect(action, &QAction::toggled, this, [this] {
            updateStatesText();
            scheduleEmit();
        });
    }
    m_statesMenu->addSeparator();
    m_statesMenu->addAction(tr("All states"), this, [this] {
        m_loading = true;
        for (auto* action : m_statesMenu->actions())
            action->setChecked(false);
        m_loading = false;
        updateStatesText();
        scheduleEmit();
    });

    m_process->setObjectName(QStringLiteral("processFilter"));
    m_process->setPlaceholderText(tr("name contains"));
    m_process->setClearButtonEnabled(true);
    m_ports->setObjectName(QStringLiteral("portsFilter"));
    m_ports->setPlaceholderText(tr("e.g. 1024-5000"));
    m_ports->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\d{0,5}\\s*(-\\s*\\d{0,5}\\s*)?")), m_ports));
    m_ports->setClearButtonEnabled(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_process->setMinimumWidth(digit * 16);
    m_process->setMaximumWidth(digit * 32);
    m_ports->setMinimumWidth(digit * 14);
    m_ports->setMaximumWidth(digit * 18);
    m_portSide->setObjectName(QStringLiteral("portSideFilter"));
    m_portSide->addItem(tr("local side"), int(PortSide::Local));
    m_portSide->addItem(tr("remote side"), int(PortSide::Remote));
    m_portSide->addItem(tr("either side"), int(PortSide::Either));
    m_portSide->setToolTip(tr("Which port of a connection the range applies to"));
    m_hideLoopback->setObjectName(QStringLiteral("hideLoopbackFilter"));
    m_hideLoopback->setToolTip(tr("Hide sockets on 127.0.0.0/8 and ::1"));
    m_onlyListening->setObjectName(QStringLiteral("onlyListeningFilter"));
    m_onlyListening->setToolTip(tr("TCP listeners, and UDP sockets that receive from anyone"));
    m_onlyDynamic->setObjectName(QStringLiteral("onlyDynamicFilter"));
    m_onlyDynamic->setToolTip(tr("Local port inside this machine's dynamic (ephemeral) port range"));
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    m_presets->setMinimumContentsLength(14);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setToolTip(tr("Saved filters"));
    m_savePreset->setObjectName(QStringLiteral("savePresetButton"));
    m_savePreset->setToolTip(tr("Save the current filter as a preset"));
    m_deletePreset->setObjectName(QStringLiteral("deletePresetButton"));
    m_deletePreset->setToolTip(tr("Delete the selected preset"));
    auto* clearButton = new QPushButton(tr("&Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearButton->setToolTip(tr("Show every row again"));
    setPresetNames({});
    updateStatesText();

    // Two rows: the criteria, then the switches and the presets; one row would not fit a 1280-pixel screen.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(2);
    auto* criteria = new QHBoxLayout;
    criteria->addWidget(buddyLabel(tr("P&rotocol:"), m_protocol, this));
    criteria->addWidget(m_protocol);
    criteria->addWidget(buddyLabel(tr("Fa&mily:"), m_family, this));
    criteria->addWidget(m_family);
    criteria->addWidget(m_statesButton);
    criteria->addSpacing(12);
    criteria->addWidget(buddyLabel(tr("Pr&ocess:"), m_process, this));
    criteria->addWidget(m_process);
    criteria->addWidget(buddyLabel(tr("&Ports:"), m_ports, this));
    criteria->addWidget(m_ports);
    criteria->addWidget(m_portSide);
    criteria->addStretch(1); // the text fields keep a sensible width on a wide screen
    grid->addLayout(criteria, 0, 0);
    auto* switches = new QHBoxLayout;
    switches->addWidget(m_hideLoopback);
    switches->addWidget(m_onlyListening);
    switches->addWidget(m_onlyDynamic);
    switches->addStretch(1);
    switches->addWidget(buddyLabel(tr("Pre&set:"), m_presets, this));
    switches->addWidget(m_presets);
    switches->addWidget(m_savePreset);
    switches->addWidget(m_deletePreset);
    switches->addWidget(clearButton);
    grid->addLayout(switches, 1, 0);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    for (auto* combo : { m_protocol, m_family, m_portSide })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleEmit);
    for (auto* edit : { m_process, m_ports }) {
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::scheduleEmit);
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    }
    for (auto* box : { m_hideLoopback, m_onlyListening, m_onlyDynamic })
        connect(box, &QCheckBox::toggled, this, &FilterBar::scheduleEmit);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        m_deletePreset->setEnabled(index > 0);
        if (index > 0)
            Q_EMIT presetChosen(m_presets->itemText(index));
    });
    connect(m_savePreset, &QPushButton::clicked, this, &FilterBar::askPresetName);
    connect(m_deletePreset, &QPushButton::clicked, this, [this] {
        if (const auto name = currentPreset(); !name.isEmpty())
            Q_EMIT presetDeleteRequested(name);
    });
}

RowFilter FilterBar::filter() const
{
    RowFilter filter;
    filter.protocols = static_cast<std::uint8_t>(m_protocol->currentData().toInt());
    filter.families = static_cast<std::uint8_t>(m_family->currentData().toInt());
    for (const auto* action : m_statesMenu->actions())
        if (action->isChecked())
            filter.states |= bit(static_cast<SocketState>(action->data().toInt()));
    filter.process = toLowerAscii(trim(m_process->text().toStdString()));
    filter.ports = parsePortRange(m_ports->text().remove(QLatin1Char(' ')).toStdString());
    if (filter.ports && filter.ports->first > filter.ports->last)
        std::swap(filter.ports->first, filter.ports->last);
    filter.portSide = static_cast<PortSide>(m_portSide->currentData().toInt());
    filter.hideLoopback = m_hideLoopback->isChecked();
    filter.onlyListening = m_onlyListening->isChecked();
    filter.onlyDynamic = m_onlyDynamic->isChecked();
    return filter;
}

void FilterBar::setFilter(const RowFilter& filter)
{
    m_loading = true;
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(int(filter.protocols))));
    m_family->setCurrentIndex(std::max(0, m_family->findData(int(filter.families))));
    for (auto* action : m_statesMenu->actions())
        if (action->isCheckable())
            action->setChecked((filter.states & bit(static_cast<SocketState>(action->data().toInt()))) != 0);
    m_process->setText(QString::fromStdString(filter.process));
    m_ports->setText(filter.ports ? QString::fromStdString(formatPortRange(*filter.ports)) : QString());
    m_portSide->setCurrentIndex(std::max(0, m_portSide->findData(int(filter.portSide))));
    m_hideLoopback->setChecked(filter.hideLoopback);
    m_onlyListening->setChecked(filter.onlyListening);
    m_onlyDynamic->setChecked(filter.onlyDynamic);
    m_loading = false;
    updateStatesText();
    emitNow();
}

void FilterBar::clear()
{
    setFilter(RowFilter {});
    m_presets->setCurrentIndex(0);
    m_deletePreset->setEnabled(false);
}

void FilterBar::setPresetNames(const QStringList& names, const QString& current)
{
    const QSignalBlocker blocker(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("(no preset)"));
    m_presets->addItems(names);
    const int index = current.isEmpty() ? 0 : std::max(0, m_presets->findText(current));
    m_presets->setCurrentIndex(index);
    m_deletePreset->setEnabled(index > 0);
}

QString FilterBar::currentPreset() const
{
    return m_presets->currentIndex() > 0 ? m_presets->currentText() : QString();
}

void FilterBar::savePresetAs(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty())
        Q_EMIT presetSaveRequested(trimmed);
}

void FilterBar::askPresetName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save filter preset"), tr("Name of this filter:"), QLineEdit::Normal, currentPreset(), &ok);
    if (ok)
        savePresetAs(name);
}

void FilterBar::scheduleEmit()
{
    if (!m_loading)
        m_debounce.start();
}

void FilterBar::emitNow()
{
    m_debounce.stop();
    Q_EMIT filterChanged(filter());
}

void FilterBar::updateStatesText()
{
    int checked = 0;
    for (const auto* action : m_statesMenu->actions())
        checked += action->isChecked();
    m_statesButton->setText(checked == 0 ? tr("All states") : tr("States: %L1").arg(checked));
}

} // namespace portolan
