// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

namespace MailTriage::Cli {

/// `mailtriage-cli inspect FILE... [--json] [--in-process]` on already separated arguments.
int inspect(const QStringList& files, bool json, bool inProcess);

} // namespace MailTriage::Cli
