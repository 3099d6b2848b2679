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

// The text colour of a tinted row: near-black, whatever the palette. In a dark or Windows high-contrast theme the
// palette's text is white, and white on these light tints is unreadable (contrast about 1.3:1); near-black on them
// stays above WCAG's 4.5:1 (tests/gui/contrast_test.cpp measures it). Untinted rows keep the palette's colours.
inline QVariant rowForeground(const QVariant& background)
{
    return background.isValid() ? QVariant(QColor(0x1a, 0x1a, 0x1a)) : QVariant();
}

} // namespace portolan
