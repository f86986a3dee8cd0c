// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace MailTriage::Cli {

/// `mailtriage-cli inspect FILE... [--json] [--in-process]`. Returns the exit status.
int inspect(const QStringList& files, bool json, bool inProcess);

} // namespace MailTriage::Cli
