#pragma once

#include "core/analysis/ranges_report.h"
#include "thresholds_dialog.h" // AnalysisThresholds

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace portolan {

// The analysis thresholds the user set (View > Thresholds…), kept with QSettings under "thresholds/": the four
// exhaustion shares (as fractions, 0.5 = 50 %), the socket-pool minimum and the crowded-host endpoint count.
// Unlike the window's layout (window_settings.h) they are stored as soon as the dialog's OK is pressed, and read
// when the window is built, so the first snapshot already uses them.
namespace threshold_settings {

enum class Field : std::uint8_t {
    OwnerShareWarning,
    OwnerShareCritical,
    FreeShareWarning,
    FreeShareCritical,
    MinPoolUdpSockets,
    CrowdedHostEndpoints,
};

struct Problem
{
    enum class Kind : std::uint8_t { OutOfRange, Inconsistent } kind = Kind::OutOfRange;
    std::vector<Field> fields; // one when out of range; the pair when inconsistent
    QString text; // translated, for the dialog
};

// The one rule for acceptable values, shared by the dialog and the settings reader: each value within its range,
// then each pair consistent (owner warning below owner critical; free warning above free critical). A pair is
// only compared when both of its values are in range, so that one bad value is reported once.
std::vector<Problem> validate(const AnalysisThresholds& values);
QStringList problemTexts(const AnalysisThresholds& values); // validate()'s texts: the dialog's validator

// The stored values; anything missing, non-numeric or out of range reads as its default, an inconsistent pair as
// the defaults of both, each logged (a settings file from another version must not break the analysis).
AnalysisThresholds read();
void write(const AnalysisThresholds& values);
void reset(); // forgets the stored values
QStringList keys(); // every key write() stores ("thresholds/..."), for tests

// Puts the values into the options the analysis runs with (the exhaustion shares and the pool minimum); the rest
// of `options` (histogram, top-N counts, the other pool rules) is left as it is.
void apply(const AnalysisThresholds& values, analysis::RangesOptions& options);

} // namespace threshold_settings
} // namespace portolan
