// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the case commands: opening a case with one clear error line, JSON output.
#include "casecommands.h"

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

std::unique_ptr<CaseStore> openCase(const QString& path, CaseAccess access)
{
    StoreError error;
    std::unique_ptr<CaseStore> store;
    if (access == CaseAccess::Write) {
        prepareForWriting();
        store = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &error);
    } else {
        store = CaseStore::open(path, CaseStore::OpenMode::ReadOnly, &error);
        // An older case is upgraded once by the first program that may write it.
        if (!store && error.code == StoreError::Code::NeedsUpgrade) {
            prepareForWriting();
            store = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &error);
        }
    }
    if (!store)
        printStoreError(error, path);
    return store;
}

void prepareForWriting()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

void printJson(const QJsonObject& doc)
{
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

} // namespace MailTriage::Cli
