// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QMetaType>

namespace MailTriage {

/// @brief A message opened in the message view: parsed again from its stored original, with the
/// findings to show (message-scope and, once the case is analysed, case-scope).
struct LoadedMessage {
    qint64 storedId = 0;
    int caseIndex = -1; ///< index in CaseAnalysis::messages, -1 before analysis
    Message message;
    QList<Finding> findings;
    QStringList copies; ///< the files its copies were imported from
    QString error; ///< why the message could not be shown
};

} // namespace MailTriage

Q_DECLARE_METATYPE(MailTriage::LoadedMessage)
