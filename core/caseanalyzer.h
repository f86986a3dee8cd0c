// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

namespace MailTriage::CaseAnalyzer {

/// Reads a whole case: merges copies of the same message found in several mailboxes, rebuilds
/// threads, finds the parties, classes each sender as a party, the attacker or unknown, adds the
/// case-scope findings (cc_altered, sender_infrastructure_changed, reply_quotes_unsent_message,
/// bank_account_changed, remittance_date_changed, thread_interjection, and look-alikes of the
/// case's parties), lays out the timeline and suggests an IPA BEC type with reasons.
/// @p messages should already carry their message-scope findings. Pure and deterministic: the
/// same messages in any order give the same analysis.
/// @p overrides: the analyst's actor verdicts by CaseMessage::key (CaseMessage::actorOverridden).
CaseAnalysis analyze(const QList<Message>& messages, const ActorOverrides& overrides = {});

/// Drops from @p m what analyze() never reads, so that the messages of a large case fit in memory
/// while it is analysed: the evidence bytes, header values (their names and places stay: findings
/// point at them), the MIME tree (replaced by the body text a person reads, Message::bodyText(), and
/// the text extracted from attachments, in order), Received lines as written, DKIM signatures, the
/// attachment list and the other fields makeLean() drops. analyze() gives the same analysis for a
/// trimmed message as for the full one (tst_caseanalyzer::trimmedMessagesGiveTheSameAnalysis).
void trimForAnalysis(Message& m);

/// Gives each copy of @p analysis that has none its stored id, by its SHA-256 in @p idOfSha; true
/// when any got one.
bool assignStoredIds(CaseAnalysis& analysis, const QHash<QByteArray, qint64>& idOfSha);

/// "RE: Fw: AW: 転送: subject" -> "subject" (prefixes, brackets like [ext], case and spaces).
QString normalizeSubject(const QString& subject);

} // namespace MailTriage::CaseAnalyzer
