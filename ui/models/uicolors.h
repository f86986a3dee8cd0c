// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QColor>

namespace MailTriage {

/// @brief The workbench's semantic colours, chosen for the current application palette: darker
/// tints on a light palette, lighter ones on a dark palette, so that the system's dark or light
/// theme is followed without a palette of our own.
class UiColors {
public:
    static bool isDark();
    static QColor severity(Severity s);
    static QColor attacker(); ///< the warning colour of attacker events and rows
    static QColor unknown();
    /// Lane colour of a party lane (0 = A, 1 = B, ...).
    static QColor party(int index);
    static QColor pass();
    static QColor fail();
    static QColor neutral(); ///< none / neutral / missing verdicts
    static QColor passBackground();
    static QColor failBackground();
    static QColor neutralBackground();
    static QColor trustedBackground(); ///< hops added by the receiving organisation
    static QColor mismatchBackground(); ///< a sender field that does not match From
    static QColor findingBackground(); ///< every finding's bytes in the raw source
    static QColor selectedFindingBackground(); ///< the selected finding's bytes
    static QColor boundaryBackground(); ///< MIME boundary lines
    static QColor quoteForeground(); ///< quoted lines ("> ...")
    static QColor mutedForeground();
};

} // namespace MailTriage
