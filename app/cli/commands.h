// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace MailTriage::Cli {

/// Exit statuses of the CLI contract (docs/cli.md).
enum ExitCode { Ok = 0, SomeInputsFailed = 1, Usage = 2, CaseUnavailable = 3 };

/// One sub-command: gets the arguments after its name, returns the exit status.
using CommandFunction = int (*)(const QStringList& args);

int inspectCommand(const QStringList& args);

/// Prints "mailtriage-cli: MESSAGE" on stderr (one line, saying what to do).
void printError(const QString& message);

} // namespace MailTriage::Cli
