// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli search CASE QUERY [--json] [--limit N]
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"
#include "dateparser.h"
#include "messagejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace MailTriage::Cli {

int searchCommand(const QStringList& args)
{
    bool json = false;
    int limit = 100;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--limit")) {
            bool ok = false;
            limit = args.value(i + 1).toInt(&ok);
            if (!ok || limit < 0) {
                printError(QStringLiteral("--limit needs a number (0: no limit)"));
                return Usage;
            }
            ++i;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for search; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (positional.size() < 2 || positional.mid(1).join(QLatin1Char(' ')).trimmed().isEmpty()) {
        printError(QStringLiteral("search needs a CASE and a QUERY, e.g. mailtriage-cli search case.mtcase invoice"));
        return Usage;
    }
    const QString casePath = positional.takeFirst();
    const QString query = positional.join(QLatin1Char(' '));
    const std::unique_ptr<CaseSession> session = openCase(casePath, CaseAccess::Read);
    if (!session)
        return CaseUnavailable;
    CaseStore* store = session->store();
    const QList<SearchHit> hits = store->search().search(query, limit == 0 ? -1 : limit);
    if (store->lastError().isError()) {
        printStoreError(store->lastError(), casePath);
        return CaseUnavailable;
    }
    if (json) {
        QJsonArray results;
        for (const SearchHit& h : hits) {
            const StoredMessage& m = h.message;
            results.append(QJsonObject { { QStringLiteral("sha256"), QString::fromLatin1(m.sha256) },
                { QStringLiteral("message_id"), m.messageId.isEmpty() ? QJsonValue() : QJsonValue(m.messageId) },
                { QStringLiteral("date"), m.date.isValid() ? QJsonValue(DateParser::toIso(m.date)) : QJsonValue() },
                { QStringLiteral("subject"), m.subject }, { QStringLiteral("from"), MessageJson::toJson(m.from) },
                { QStringLiteral("to"), MessageJson::toJson(m.to) }, { QStringLiteral("file"), m.sourcePath },
                { QStringLiteral("index"), m.mboxIndex }, { QStringLiteral("format"), m.format },
                { QStringLiteral("finding_count"), m.findingCount }, { QStringLiteral("snippet"), h.snippet } });
        }
        printJson({ { QStringLiteral("query"), query }, { QStringLiteral("count"), qint64(hits.size()) },
            { QStringLiteral("results"), results } });
        return Ok;
    }
    QTextStream& out = Cli::out();
    for (const SearchHit& h : hits) {
        const StoredMessage& m = h.message;
        out << QString::fromLatin1(m.sha256) << "  "
            << (m.date.isValid() ? DateParser::toIso(m.date) : QStringLiteral("(no date)")) << "  "
            << (m.from.address.isEmpty() ? m.from.name : m.from.address) << "  " << m.subject << "\n";
        if (!h.snippet.isEmpty())
            out << "    " << h.snippet << "\n";
    }
    out << hits.size() << (hits.size() == 1 ? " message" : " messages") << " found\n";
    return Ok;
}

} // namespace MailTriage::Cli
