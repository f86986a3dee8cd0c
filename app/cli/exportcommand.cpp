// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli export CASE --original MESSAGE_SHA256 OUT.eml
// and the report exports (--pdf, --stix, --csv; reportexport.cpp), fed from the case.
#include "analyzecommand.h"
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"
#include "reportexport.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>

namespace MailTriage::Cli {

namespace {
    int exportOriginal(const QString& casePath, const QString& shaText, const QString& outPath)
    {
        const QByteArray sha = shaText.trimmed().toLower().toLatin1();
        const bool hex = sha.size() == 64 && std::all_of(sha.begin(), sha.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
        if (!hex) {
            printError(QStringLiteral("--original needs the message's SHA-256 (64 hex digits), as search and inspect "
                                      "print it"));
            return Usage;
        }
        // Read-only unless it can also write the audit entry; an original on a read-only case still exports.
        // Writable (for the audit entry) when this session gets the case's lock; read-only when the
        // case is open elsewhere: the original still exports.
        prepareForWriting();
        CaseSession session;
        if (!session.openCase(casePath, nullptr, CaseSession::Access::Write)) {
            printStoreError(session.openError(), casePath);
            return CaseUnavailable;
        }
        CaseStore* store = session.store();
        const std::optional<QByteArray> data = store->evidence().original(sha);
        if (!data) {
            const StoreError e = store->lastError();
            printError(e.message);
            return e.code == StoreError::Code::Invalid ? SomeInputsFailed : CaseUnavailable;
        }
        if (QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex() != sha) {
            printError(QStringLiteral("%1: the stored original %2 no longer matches its SHA-256; nothing was "
                                      "written (run mailtriage-cli check %1)")
                           .arg(casePath, QString::fromLatin1(sha)));
            return CaseUnavailable;
        }
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
            printError(QStringLiteral("%1 cannot be written: %2").arg(outPath, file.errorString()));
            return SomeInputsFailed;
        }
        if (!store->isReadOnly()) {
            store->audit().append(QStringLiteral("export_original"),
                { { QStringLiteral("sha256"), QString::fromLatin1(sha) }, { QStringLiteral("to"), outPath },
                    { QStringLiteral("size"), qint64(data->size()) } });
        }
        out() << "wrote " << outPath << " (" << data->size() << " bytes, sha256 " << QString::fromLatin1(sha) << ")\n";
        return Ok;
    }

} // namespace

int exportCommand(const QStringList& args)
{
    if (isReportExport(args))
        return exportReport(args);
    QString original;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--original")) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("--original needs a MESSAGE_SHA256"));
                return Usage;
            }
            original = args[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for export; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (original.isEmpty() || positional.size() != 2) {
        printError(QStringLiteral("use: mailtriage-cli export CASE --original MESSAGE_SHA256 OUT.eml"));
        return Usage;
    }
    return exportOriginal(positional[0], original, positional[1]);
}

} // namespace MailTriage::Cli
