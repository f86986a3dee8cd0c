// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "message.h"

namespace MailTriage::Cli {

int analyzeCommand(const QStringList& args); ///< analyze CASE [--json]
int timelineCommand(const QStringList& args); ///< timeline CASE [--json]

} // namespace MailTriage::Cli
