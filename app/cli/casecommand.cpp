// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli case create CASE [--title TEXT] [--json]
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"

#include <QTextStream>

namespace MailTriage::Cli {

int caseCommand(const QStringList& args)
{
    if (args.value(0) != QLatin1String("create")) {
        printError(QStringLiteral("use: mailtriage-cli case create CASE [--title TEXT]; see mailtriage-cli --help"));
        return Usage;
    }
    QString path;
    QString title;
    bool json = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--title")) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("--title needs a TEXT"));
                return Usage;
            }
            title = args[++i];
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for case create; see mailtriage-cli --help").arg(a));
            return Usage;
        } else if (path.isEmpty()) {
            path = a;
        } else {
            printError(QStringLiteral("case create takes one CASE; quote a title with spaces"));
            return Usage;
        }
    }
    if (path.isEmpty()) {
        printError(QStringLiteral("case create needs a CASE path, e.g. mailtriage-cli case create incident.mtcase"));
        return Usage;
    }
    prepareForWriting();
    CaseSession session;
    if (!session.createCase(path, title, nullptr)) {
        printStoreError(session.openError(), path);
        return CaseUnavailable;
    }
    CaseStore* store = session.store();
    if (json) {
        printJson({ { QStringLiteral("case"), path }, { QStringLiteral("title"), title },
            { QStringLiteral("schema_version"), store->schemaVersion() } });
    } else {
        out() << "created " << path << " (case format " << store->schemaVersion() << ")\n";
    }
    return Ok;
}

} // namespace MailTriage::Cli
