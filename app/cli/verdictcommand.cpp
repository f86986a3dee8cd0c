// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli verdict CASE [MESSAGE --actor party|attacker|unknown|none] [--json]: the analyst's
// per-message actor verdict, the same call as the window's Message > Who Wrote It.
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace MailTriage::Cli {

namespace {
    const CaseMessage* findMessage(const CaseAnalysis& a, const QString& handle)
    {
        const QString h = handle.trimmed();
        const QString bare
            = h.startsWith(QLatin1Char('<')) && h.endsWith(QLatin1Char('>')) ? h.mid(1, h.size() - 2) : h;
        for (const CaseMessage& cm : a.messages) {
            const QString id = cm.message.messageId;
            if (cm.key == h || id == h || id == bare
                || (id.startsWith(QLatin1Char('<')) && id.mid(1, id.size() - 2) == bare))
                return &cm;
            if (h.size() >= 12 && QString::fromLatin1(cm.message.sha256).startsWith(h.toLower()))
                return &cm;
        }
        return nullptr;
    }
} // namespace

int verdictCommand(const QStringList& args)
{
    QStringList positional;
    QString actor;
    bool haveActor = false, json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--actor")) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("--actor needs party, attacker, unknown or none"));
                return Usage;
            }
            actor = args[++i].toLower();
            haveActor = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for verdict; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (positional.isEmpty() || positional.size() > 2 || (positional.size() == 2) != haveActor) {
        printError(QStringLiteral("use: mailtriage-cli verdict CASE [MESSAGE --actor party|attacker|unknown|none]"));
        return Usage;
    }
    if (haveActor && actor != QLatin1String("party") && actor != QLatin1String("attacker")
        && actor != QLatin1String("unknown") && actor != QLatin1String("none")) {
        printError(QStringLiteral("--actor takes party, attacker, unknown or none"));
        return Usage;
    }
    const QString casePath = positional.first();
    const std::unique_ptr<CaseSession> session = openCase(casePath, haveActor ? CaseAccess::Write : CaseAccess::Read);
    if (!session)
        return CaseUnavailable;
    if (haveActor) {
        QString error;
        if (!session->loadNow(&error)) {
            printError(QStringLiteral("%1: %2").arg(casePath, error));
            return SomeInputsFailed;
        }
        const CaseMessage* cm = findMessage(*session->analysis(), positional[1]);
        if (!cm) {
            printError(
                QStringLiteral("no message %1 in %2 (give its Message-ID or SHA-256, as analyze --json prints them)")
                    .arg(positional[1], casePath));
            return SomeInputsFailed;
        }
        const QString key = cm->key;
        if (!session->setActorVerdict(key, actor == QLatin1String("none") ? QString() : actor, &error, false)) {
            printError(error);
            return CaseUnavailable;
        }
    }
    const QList<ActorOverride> verdicts = session->store()->actorOverrides();
    if (json) {
        QJsonArray list;
        for (const ActorOverride& v : verdicts)
            list.append(QJsonObject { { QStringLiteral("message"), v.messageKey }, { QStringLiteral("actor"), v.actor },
                { QStringLiteral("at"), v.setAt.toString(Qt::ISODate) }, { QStringLiteral("who"), v.who } });
        printJson({ { QStringLiteral("verdicts"), list } });
        return Ok;
    }
    QTextStream& o = out();
    if (verdicts.isEmpty())
        o << "no verdicts: every actor is MailTriage's attribution\n";
    for (const ActorOverride& v : verdicts)
        o << v.messageKey << "  " << v.actor << "  (" << v.who << ", " << v.setAt.toString(Qt::ISODate) << ")\n";
    return Ok;
}

} // namespace MailTriage::Cli
