// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "message.h"

namespace MailTriage {
struct CaseInfo;
}

namespace MailTriage::Cli {

int analyzeCommand(const QStringList& args); ///< analyze CASE [--json]
int timelineCommand(const QStringList& args); ///< timeline CASE [--json]

/// Opens CASE and reads its messages back from their originals (CaseLoader), printing one line
/// per problem. Returns Ok, SomeInputsFailed (some originals could not be read, or with
/// @p parsersRan false the parsing workers could not run at all) or CaseUnavailable.
int loadCaseMessages(const QString& path, CaseInfo* info, QList<Message>* messages, bool* parsersRan = nullptr);

} // namespace MailTriage::Cli
