#pragma once

#include "row_filter.h"

#include <QSettings>
#include <QStringList>

#include <optional>

namespace portolan {

class FilterBar;

// Named filters (the filter bar's criteria), kept in QSettings as the array "filterPresets" so that they survive
// a restart; "Reset to defaults" leaves them alone (they are the user's data, not the window's layout).
namespace filter_presets {

// A filter's structured criteria as settings values under the current group (`settings.beginGroup` first), and
// back. Unknown or missing keys read as "show all"; the quick-filter text is stored by the window, not here.
void write(QSettings& settings, const RowFilter& filter);
RowFilter read(const QSettings& settings);

QStringList names();
std::optional<RowFilter> load(const QString& name);
void save(const QString& name, const RowFilter& filter); // replaces a preset of the same name
void remove(const QString& name);

// Wires the bar's preset buttons and combo box to the stored presets.
void attach(FilterBar* bar);

} // namespace filter_presets
} // namespace portolan
