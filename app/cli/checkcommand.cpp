// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli check CASE [--quick] [--json]
// PRAGMA integrity_check and the case's own invariants: foreign keys, the search index, every
// message's findings complete, the audit log chain, and (unless --quick) every original's SHA-256.
// Exit 0: all good; 1: problems found (listed); 3: the case cannot be opened.
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace MailTriage::Cli {

int checkCommand(const QStringList& args)
{
    bool json = false;
    bool quick = false;
    QStringList positional;
    for (const QString& a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--quick"))
            quick = true;
        else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for check; see mailtriage-cli --help").arg(a));
            return Usage;
        } else
            positional << a;
    }
    if (positional.size() != 1) {
        printError(QStringLiteral("use: mailtriage-cli check CASE [--quick] [--json]"));
        return Usage;
    }
    const QString casePath = positional.first();
    // Writable when possible: the search index check runs as a (read-only in effect) FTS5 command.
    // Writable when possible (the search index check runs as an FTS5 command); read-only when the
    // case is open elsewhere or cannot be written.
    const std::unique_ptr<CaseSession> session = openCase(casePath, CaseAccess::Read);
    if (!session)
        return CaseUnavailable;
    CaseStore* store = session->store();
    const IntegrityReport r = store->integrityCheck(!quick);
    if (json) {
        printJson(
            { { QStringLiteral("ok"), r.ok() }, { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) },
                { QStringLiteral("messages"), r.messageCount }, { QStringLiteral("originals"), r.evidenceCount },
                { QStringLiteral("findings"), r.findingCount }, { QStringLiteral("audit_entries"), r.auditEntries },
                { QStringLiteral("originals_verified"), r.originalsVerified },
                { QStringLiteral("schema_version"), store->schemaVersion() } });
    } else {
        QTextStream& out = Cli::out();
        for (const QString& p : r.problems)
            out << "problem: " << p << "\n";
        out << (r.ok() ? "ok: " : "NOT OK: ") << r.messageCount << " messages, " << r.evidenceCount << " originals"
            << (r.originalsVerified ? " (SHA-256 verified)" : "") << ", " << r.findingCount << " findings, "
            << r.auditEntries << " audit entries, case format " << store->schemaVersion() << "\n";
    }
    if (!r.ok())
        printError(QStringLiteral("%1 has %2 integrity problem(s); restore it from a backup or import the originals "
                                  "into a new case")
                       .arg(casePath)
                       .arg(r.problems.size()));
    return r.ok() ? Ok : SomeInputsFailed;
}

} // namespace MailTriage::Cli
