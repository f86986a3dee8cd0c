// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the case commands: opening a case with one clear error line, JSON output.
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <cstdio>

namespace MailTriage::Cli {

void printStoreError(const StoreError& error, const QString& casePath)
{
    QString line = error.message;
    if (error.code == StoreError::Code::NotFound && !casePath.contains(QStringLiteral("://")))
        line += QStringLiteral("; create it with: mailtriage-cli case create %1").arg(casePath);
    printError(line);
}

std::unique_ptr<CaseSession> openCase(const QString& path, CaseAccess access)
{
    prepareForWriting(); // reads may store the case analysis, or upgrade an older case
    auto session = std::make_unique<CaseSession>();
    // Reads take the lock too when they can: they may store the case analysis for the next command.
    // A case another session holds opens read-only, which is enough to read it.
    if (!session->openCase(path, nullptr, CaseSession::Access::Write)) {
        printStoreError(session->openError(), path);
        return nullptr;
    }
    if (access == CaseAccess::Write && session->isReadOnly()) {
        printError(session->readOnlyReason() + QStringLiteral(" Close it there, then run the command again."));
        return nullptr;
    }
    return session;
}

void prepareForWriting()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

void printJson(const QJsonObject& doc)
{
    writeOut(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace MailTriage::Cli
