// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QJsonObject>
#include <memory>

namespace MailTriage {
class CaseSession;
class CaseStore;
struct StoreError;
}

namespace MailTriage::Cli {

// The case commands (docs/storage.md), one file each.
int caseCommand(const QStringList& args); ///< case create CASE [--title TEXT]
int importCommand(const QStringList& args); ///< import CASE PATH... [--json]
int searchCommand(const QStringList& args); ///< search CASE QUERY [--json]
int exportCommand(const QStringList& args); ///< export CASE --original SHA256 OUT.eml
int tagCommand(const QStringList& args); ///< tag CASE [--bec-type N] [--damage yes|no] [--tag T]... [--note T]
int checkCommand(const QStringList& args); ///< check CASE [--quick] [--json]
int indicatorsCommand(const QStringList& args); ///< indicators CASE [--json] [--live]

enum class CaseAccess { Read, Write };

/// Opens CASE for a command through the application layer (CaseSession). On failure (and, for
/// Write, when another session holds the case) prints one line saying what to do and returns
/// null: the command then exits with CaseUnavailable (3).
std::unique_ptr<CaseSession> openCase(const QString& path, CaseAccess access);
int verdictCommand(const QStringList& args); ///< verdict CASE MESSAGE --actor party|attacker|unknown|none
/// Prints a store error as one line (with a hint where the CLI knows a better next step).
void printStoreError(const StoreError& error, const QString& casePath);
/// Before writing to a case: a file size limit (ulimit -f) must become a write error the store
/// reports, not a SIGXFSZ that kills the process mid-write.
void prepareForWriting();
/// Prints a JSON document on stdout (UTF-8, indented).
void printJson(const QJsonObject& doc);

} // namespace MailTriage::Cli
