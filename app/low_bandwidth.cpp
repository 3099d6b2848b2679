#include "low_bandwidth.h"

#include "core/logging.h"
#include "endpoint_table_model.h"
#include "live_feed.h"
#include "main_window.h"
#include "process_tree_model.h"

#include <QAction>
#include <QApplication>
#include <QTimer>

#include <algorithm>
#include <array>
#include <optional>

namespace portolan::low_bandwidth {

int effectiveIntervalMs(int chosenMs, bool lowBandwidth)
{
    return lowBandwidth ? std::max(chosenMs, kMinIntervalMs) : chosenMs;
}

void setWidgetAnimations(bool allowed)
{
    static constexpr std::array kEffects { Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
        Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox };
    // What the platform had before the mode turned them off: the style's choice, given back when it goes off.
    static std::optional<std::array<bool, kEffects.size()>> saved;
    if (!allowed) {
        if (!saved) {
            saved.emplace();
            for (std::size_t i = 0; i < kEffects.size(); ++i)
                (*saved)[i] = QApplication::isEffectEnabled(kEffects[i]);
        }
        for (const auto effect : kEffects)
            QApplication::setEffectEnabled(effect, false);
    } else if (saved) {
        for (std::size_t i = 0; i < kEffects.size(); ++i)
            QApplication::setEffectEnabled(kEffects[i], (*saved)[i]);
        saved.reset();
    }
}

} // namespace portolan::low_bandwidth

namespace portolan {

// MainWindow's low-bandwidth entry points live here, next to what they call.

bool MainWindow::lowBandwidth() const
{
    return m_lowBandwidthAction && m_lowBandwidthAction->isChecked();
}

void MainWindow::setLowBandwidth(bool on)
{
    m_lowBandwidthAction->setChecked(on); // applyLowBandwidth() through toggled, only on a change
}

int MainWindow::effectiveIntervalMs() const
{
    return low_bandwidth::effectiveIntervalMs(intervalMs(), lowBandwidth());
}

void MainWindow::applyInterval()
{
    const int ms = effectiveIntervalMs();
    m_feed->setIntervalMs(ms);
    if (m_replayTimer && m_replayTimer->isActive())
        m_replayTimer->setInterval(ms);
}

void MainWindow::applyLowBandwidth(bool on)
{
    log::ui()->info("low-bandwidth mode {}", on ? "on" : "off");
    m_model->setHighlightChanges(!on);
    m_processModel->setHighlightChanges(!on);
    low_bandwidth::setWidgetAnimations(!on);
    setAnimated(!on); // docks and toolbars sliding into place
    applyInterval(); // the chosen interval stays in the toolbar and comes back when the mode goes off
}

} // namespace portolan
