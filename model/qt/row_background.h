#pragma once

#include "core/table_update.h"

#include <QColor>
#include <QVariant>

namespace portolan {

// The background of an endpoint row, the same in the table and the process tree: conflict evidence first (it
// must not be hidden by a row's newness), then TCPView's green for one refresh after a row appears and red for
// one refresh before it goes. `highlightChanges` off (low-bandwidth mode) drops the green and red: over RDP every
// flash is two repaints of the row, while the conflict tint is information and stays.
inline QVariant rowBackground(RowPhase phase, bool conflictEvidence, bool highlightChanges)
{
    if (conflictEvidence)
        return QColor(0xff, 0xd9, 0x80);
    if (!highlightChanges)
        return {};
    if (phase == RowPhase::New)
        return QColor(0xc8, 0xf0, 0xc8);
    if (phase == RowPhase::Closing)
        return QColor(0xf5, 0xc6, 0xc6);
    return {};
}

} // namespace portolan
