#include "address_resolving.h"

#include "core/logging.h"
#include "endpoint_table_model.h"
#include "host_name_cache.h"

#include <QAction>
#include <QHeaderView>

namespace portolan {

AddressResolving::AddressResolving(EndpointTableModel* model, QHeaderView* header, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_header(header)
    , m_cache(new HostNameCache(this))
    , m_action(new QAction(tr("Resol&ve remote addresses"), this))
{
    m_action->setObjectName(QStringLiteral("resolveAddressesAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::CTRL | Qt::Key_R);
    m_action->setStatusTip(tr("Show the remote host's DNS name in the Remote host column (looked up for the rows "
                              "on screen only, in the background)"));
    // triggered, not toggled: only the user's click is a choice; automatic mode sets the check mark itself.
    connect(m_action, &QAction::triggered, this, [this](bool on) { setChoice(on); });
    m_model->setHostNames(m_cache);
    apply(isOn());
}

bool AddressResolving::isOn() const
{
    if (m_choice)
        return *m_choice;
    // Automatic, with hysteresis: off above the threshold, on again below 80 % of it.
    if (m_cache->isEnabled())
        return m_endpoints <= m_crowded;
    return m_endpoints * 5 < m_crowded * 4;
}

void AddressResolving::setChoice(std::optional<bool> choice)
{
    m_choice = choice;
    // The column follows, even when resolving stays as it was: a stored header layout (restored just before) may
    // have hidden it while automatic mode was off on a crowded host.
    apply(isOn(), /*syncColumn=*/true);
}

void AddressResolving::setCrowdedEndpoints(std::size_t endpoints)
{
    m_crowded = endpoints;
    apply(isOn());
}

void AddressResolving::noteEndpoints(std::size_t endpoints)
{
    m_endpoints = endpoints;
    if (m_choice)
        return;
    const bool on = isOn();
    if (on == m_cache->isEnabled())
        return;
    apply(on);
    Q_EMIT statusMessage(on ? tr("Remote addresses are resolved again (%L1 endpoints)").arg(endpoints)
                            : tr("Crowded host (%L1 endpoints): remote addresses are no longer resolved; Ctrl+R "
                                 "turns it back on")
                                  .arg(endpoints),
        10000);
}

void AddressResolving::setForeignSource(bool foreign)
{
    m_cache->setPublicOnly(foreign);
}

void AddressResolving::apply(bool on, bool syncColumn)
{
    const bool changed = on != m_cache->isEnabled();
    m_cache->setEnabled(on);
    m_action->setChecked(on);
    if (changed || !on || syncColumn)
        m_header->setSectionHidden(EndpointTableModel::RemoteHostColumn, !on);
    if (changed)
        log::ui()->info("resolving remote addresses {} ({}, {} endpoints, crowded above {})", on ? "on" : "off",
            m_choice ? "chosen" : "automatic", m_endpoints, m_crowded);
}

} // namespace portolan
