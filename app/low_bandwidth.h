#pragma once

namespace portolan::low_bandwidth {

// Low-bandwidth mode (View > Low bandwidth, --low-bandwidth; issue #13): for remote desktops and slow consoles,
// where every repaint crosses the wire. No green and red rows, no animations, and no refresh more often than this.
inline constexpr int kMinIntervalMs = 5000;

// The refresh interval in effect: the chosen one, raised to kMinIntervalMs in low-bandwidth mode.
int effectiveIntervalMs(int chosenMs, bool lowBandwidth);

// Qt's menu, combo box, tooltip and tool box animations: off while `allowed` is false, then back to what the
// platform had before. They are application-wide, like the mode's effect on the user.
void setWidgetAnimations(bool allowed);

} // namespace portolan::low_bandwidth
