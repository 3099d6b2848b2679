#pragma once

#include <QObject>

#include <cstddef>
#include <optional>

class QAction;
class QHeaderView;

namespace portolan {

class EndpointTableModel;
class HostNameCache;

// View > Resolve remote addresses (Ctrl+R, as in TCPView): the table's Remote host column and the reverse DNS
// lookups behind it (host_name_cache.h).
//
// The user's choice is kept (window settings); until they make one it is automatic: on, except on a crowded host
// (above `crowdedEndpoints` live endpoints), where a screenful of rows would send a burst of PTR queries — on a DNS
// server, to itself — for little use. In automatic mode it switches off when the table grows past the threshold and
// back on below 80 % of it, so a count hovering at the threshold does not flip it on every refresh.
class AddressResolving final : public QObject
{
    Q_OBJECT
public:
    AddressResolving(EndpointTableModel* model, QHeaderView* header, QObject* parent);

    QAction* action() const { return m_action; }
    HostNameCache* cache() const { return m_cache; }
    bool isOn() const;

    // The user's choice; nothing: automatic.
    std::optional<bool> choice() const { return m_choice; }
    void setChoice(std::optional<bool> choice);
    void setCrowdedEndpoints(std::size_t endpoints);
    std::size_t crowdedEndpoints() const { return m_crowded; }
    // The live endpoints now (every refresh; cheap): automatic mode follows it.
    void noteEndpoints(std::size_t endpoints);
    // A capture or replay from another machine is shown: only its public addresses are looked up.
    void setForeignSource(bool foreign);

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);

private:
    void apply(bool on, bool syncColumn = false);

    EndpointTableModel* m_model;
    QHeaderView* m_header;
    HostNameCache* m_cache;
    QAction* m_action;
    std::optional<bool> m_choice;
    std::size_t m_crowded = 5000;
    std::size_t m_endpoints = 0;
};

} // namespace portolan
