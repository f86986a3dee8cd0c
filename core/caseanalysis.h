// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QHash>
#include <QMap>

namespace MailTriage {

/// @brief Where one copy of a message was found (the same Message-ID in several mailboxes).
struct MessageCopy {
    QString file;
    int index = 0; ///< inside an mbox
    QByteArray sha256;
    bool delivered = false; ///< carries transport headers (Received); false: a sent-folder copy
    /// The case store's id of this copy (0 when the analysis was not made from a case). Stored ids
    /// change only with an import or a deletion, which make a new case state and a new analysis.
    qint64 storedId = 0;
};

/// @brief An organisation (or a free-mail individual) taking part in the case.
struct Party {
    QString label; ///< "A", "B", ... in order of appearance; "X" for the attacker lane
    QString name; ///< e.g. the organisational domain
    QStringList domains;
    QString role; ///< "party", "attacker" or "unknown"
    QMap<QString, QString> people; ///< address -> display name
};

/// @brief One distinct message of the case, its copies, and what the case says about it.
struct CaseMessage {
    Message message; ///< the representative copy (a delivered copy when there is one)
    QList<MessageCopy> copies;
    QString key; ///< the Message-ID, or a content hash when there is none
    QString actor; ///< "party", "attacker" or "unknown": the analyst's verdict when there is one
    QString actorComputed; ///< what case analysis found, before the analyst's verdict
    bool actorOverridden = false; ///< actor is the analyst's verdict (ActorOverrides)
    int senderParty = -1; ///< index in CaseAnalysis::parties of the sender's party (claimed or real)
    QList<int> recipientParties;
    int thread = -1; ///< thread number
    QList<Text> attackerReasons; ///< why the sender is classed as the attacker
};

/// @brief One event of the timeline: a distinct message in true time order.
struct TimelineEvent {
    int message = -1; ///< index in CaseAnalysis::messages
    QString messageId;
    QDateTime date; ///< as written (sender's offset); compare in UTC
    Mailbox from;
    QList<Mailbox> to; ///< To and Cc
    QString partyFrom; ///< lane label of the sender: "A", "B", "X" (attacker), "?" (unknown)
    QStringList partyTo;
    QString actor;
    QStringList signals; ///< distinct signal ids of the message's findings (low and above)
    QString summary;
    qint64 gapSeconds = -1; ///< since the previous event, -1 for the first
    QString gapText; ///< "1 h 31 min after A's message"
};

/// @brief The case-level reading: parties, merged messages with case findings, the timeline and
/// the suggested BEC type (IPA types 1-5) with reasons. The analyst's own tag is stored apart.
struct CaseAnalysis {
    QList<Party> parties;
    QList<CaseMessage> messages; ///< in time order
    QList<TimelineEvent> timeline;
    int becTypeSuggested = 0; ///< 0: none
    QList<Text> becTypeReasons; ///< why that type, rendered from the catalog

    int partyIndexOfLabel(const QString& label) const;
};

/// The analyst's verdicts on who wrote a message: CaseMessage::key -> "party", "attacker" or
/// "unknown". Case analysis uses them for the actor, the attacker's lane, the timeline and the
/// BEC type suggestion.
using ActorOverrides = QHash<QString, QString>;

/// IPA's name of a BEC type (1-based; 0 gives "none") in @p language, from the catalog.
QString becTypeName(int type, QStringView language);
/// The English name (the CLI's text output and STIX descriptions).
QString becTypeNameEn(int type);

} // namespace MailTriage
