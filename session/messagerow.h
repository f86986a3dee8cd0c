// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace MailTriage {

/// @brief One row of the message list: a stored message, or, once the case is analysed, one
/// distinct message of the case with all its copies.
struct MessageRow {
    qint64 storedId = 0; ///< the stored message shown (the representative copy)
    QList<qint64> copyIds; ///< every stored copy, storedId included
    QByteArray sha256;
    QString messageId;
    QDateTime date;
    QString subject;
    Mailbox from;
    QList<Mailbox> to; ///< To and Cc
    QString lane; ///< timeline lane of the sender: "A", "B", "X", "?"; empty before analysis
    QString actor; ///< "party", "attacker", "unknown"; empty before analysis
    bool actorOverridden = false; ///< actor is the analyst's verdict, not case analysis
    QString actorComputed; ///< what case analysis found (differs from actor when overridden)
    QString messageKey; ///< CaseMessage::key, the handle of an actor verdict
    QStringList signalIds; ///< distinct signal ids of the message's findings
    int maxSeverity = -1; ///< highest Severity of its findings as int, -1 without findings
    int findingCount = 0;
    QStringList sources; ///< the files the copies were imported from
    int caseIndex = -1; ///< index in CaseAnalysis::messages, -1 before analysis
};

} // namespace MailTriage
