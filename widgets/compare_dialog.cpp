#include "compare_dialog.h"

#include "core/snapshot_text.h"
#include "state_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portolan {

namespace {
QString endpointText(const IpAddress& address, std::uint16_t port)
{
    const auto text = QString::fromStdString(address.toString());
    return address.family == Family::IPv6 ? QStringLiteral("[%1]:%2").arg(text).arg(port)
                                          : QStringLiteral("%1:%2").arg(text).arg(port);
}
// Enough to review; a diff of 100k rows belongs in `portolan diff`.
constexpr std::size_t kMaxRowsShown = 20000;
} // namespace

CompareDialog::CompareDialog(const Snapshot& before, const QString& beforeName, const Snapshot& after,
    const QString& afterName, const SnapshotComparison& comparison, QWidget* parent)
    : QDialog(parent)
    , m_owners(new QTreeWidget(this))
    , m_endpoints(new QTreeWidget(this))
{
    setWindowTitle(tr("Compare: %1 → %2").arg(beforeName, afterName));
    const auto& diff = comparison.diff;
    auto* summary = new QLabel(tr("%L1 added, %L2 removed, %L3 changed, %L4 unchanged (%L5 → %L6 endpoints)")
                                   .arg(diff.added.size())
                                   .arg(diff.removed.size())
                                   .arg(diff.changed.size())
                                   .arg(diff.unchanged.size())
                                   .arg(before.endpoints.size())
                                   .arg(after.endpoints.size()),
        this);

    m_owners->setHeaderLabels(
        { tr("Process"), tr("Before"), tr("After"), tr("Delta"), tr("Added"), tr("Removed"), tr("Changed") });
    m_owners->setRootIsDecorated(false);
    const QLocale locale;
    for (const auto& d : comparison.owners) {
        auto* item = new QTreeWidgetItem(m_owners);
        item->setText(0, QString::fromStdString(d.owner));
        item->setText(1, locale.toString(d.before));
        item->setText(2, locale.toString(d.after));
        item->setText(3, (d.delta() > 0 ? locale.positiveSign() : QString()) + locale.toString(d.delta()));
        item->setText(4, locale.toString(d.added));
        item->setText(5, locale.toString(d.removed));
        item->setText(6, locale.toString(d.changed));
        for (int c = 1; c < 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_owners->header()->resizeSection(0, 320);

    m_endpoints->setHeaderLabels(
        { tr("Change"), tr("Protocol"), tr("Local"), tr("Remote"), tr("State"), tr("Process") });
    m_endpoints->setRootIsDecorated(false);
    m_endpoints->setUniformRowHeights(true);
    std::size_t shown = 0;
    auto add
        = [&](const QString& change, const Endpoint& e, const Snapshot& s, const QString& state, const QString& owner) {
              if (shown++ >= kMaxRowsShown)
                  return;
              auto* item = new QTreeWidgetItem(m_endpoints);
              item->setText(0, change);
              item->setText(1, QString::fromLatin1(protocolName(e.protocol).data()));
              item->setText(2, endpointText(e.localAddress, e.localPort));
              item->setText(3, e.remotePort ? endpointText(e.remoteAddress, e.remotePort) : QString());
              item->setText(4, state);
              item->setText(5, owner.isEmpty() ? QString::fromStdString(ownerLabel(e, s)) : owner);
          };
    for (auto i : diff.removed)
        add(tr("removed"), before.endpoints[i], before, stateText(before.endpoints[i].state), {});
    for (auto j : diff.added)
        add(tr("added"), after.endpoints[j], after, stateText(after.endpoints[j].state), {});
    for (const auto& [i, j] : diff.changed) {
        const auto& x = before.endpoints[i];
        const auto& y = after.endpoints[j];
        const QString state
            = x.state == y.state ? stateText(y.state) : tr("%1 → %2").arg(stateText(x.state), stateText(y.state));
        const auto ownerBefore = QString::fromStdString(ownerLabel(x, before));
        const auto ownerAfter = QString::fromStdString(ownerLabel(y, after));
        add(tr("changed"), y, after, state,
            ownerBefore == ownerAfter ? ownerAfter : tr("%1 → %2").arg(ownerBefore, ownerAfter));
    }
    if (shown > kMaxRowsShown)
        summary->setText(
            summary->text() + tr(" — the first %L1 rows are listed; `portolan diff` prints all").arg(kMaxRowsShown));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_owners, tr("Per process"));
    tabs->addTab(m_endpoints, tr("Endpoints"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

} // namespace portolan
