// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli indicators CASE [--json] [--live]: the window's Indicators tab on the command line.
#include "casecommands.h"
#include "caseexport.h"
#include "casesession.h"
#include "stixexport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace MailTriage::Cli {

int indicatorsCommand(const QStringList& args)
{
    bool json = false, live = false;
    QStringList positional;
    for (const QString& a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--live"))
            live = true;
        else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for indicators; see mailtriage-cli --help").arg(a));
            return Usage;
        } else
            positional << a;
    }
    if (positional.size() != 1) {
        printError(QStringLiteral("indicators needs one CASE, e.g. mailtriage-cli indicators case.mtcase"));
        return Usage;
    }
    const std::unique_ptr<CaseSession> session = openCase(positional.first(), CaseAccess::Read);
    if (!session)
        return CaseUnavailable;
    QString error;
    const std::optional<CaseExport::Context> context = CaseExport::prepare(session->location(), &error);
    if (!context) {
        printError(QStringLiteral("%1: %2").arg(positional.first(), error));
        return SomeInputsFailed;
    }
    for (const ReadError& e : context->errors)
        printError(e.file + QStringLiteral(": ") + e.reason);
    const QList<Indicator> list = CaseExport::indicators(*context);
    const auto valueOf = [&](const Indicator& i) {
        return i.type == QLatin1String("file") ? i.sha256 : live ? i.value : i.shown;
    };
    if (json) {
        QJsonArray items;
        for (const Indicator& i : list) {
            QJsonArray messages;
            for (const QString& id : i.messageIds) // an attacker's host in it is defanged too
                messages.append(live ? id : Anonymizer::defang(id));
            QJsonObject o { { QStringLiteral("type"), i.type }, { QStringLiteral("value"), valueOf(i) },
                { QStringLiteral("role"), i.role }, { QStringLiteral("role_ja"), i.roleIn(u"ja") },
                { QStringLiteral("context"), i.context },
                { QStringLiteral("message_count"), qint64(qMax(i.messages.size(), i.messageIds.size())) },
                { QStringLiteral("message_ids"), messages },
                { QStringLiteral("first_seen"),
                    i.firstSeen.isValid() ? QJsonValue(StixExport::stixTimestamp(i.firstSeen)) : QJsonValue() },
                { QStringLiteral("last_seen"),
                    i.lastSeen.isValid() ? QJsonValue(StixExport::stixTimestamp(i.lastSeen)) : QJsonValue() } };
            if (!i.fileName.isEmpty())
                o.insert(i.type == QLatin1String("bank-account") ? QStringLiteral("bank") : QStringLiteral("file_name"),
                    i.fileName);
            items.append(o);
        }
        printJson({ { QStringLiteral("defanged"), !live }, { QStringLiteral("count"), qint64(list.size()) },
            { QStringLiteral("indicators"), items } });
        return context->errors.isEmpty() ? Ok : SomeInputsFailed;
    }
    QTextStream& out = Cli::out();
    for (const Indicator& i : list) {
        out << i.type << "  " << valueOf(i) << "  (" << i.role << (i.context ? QStringLiteral("; context") : QString())
            << ")  " << qMax(i.messages.size(), i.messageIds.size()) << " message(s)";
        if (i.firstSeen.isValid())
            out << "  " << StixExport::stixTimestamp(i.firstSeen);
        out << "\n";
    }
    out << list.size() << (list.size() == 1 ? " indicator" : " indicators") << (live ? " (live values)" : " (defanged)")
        << "\n";
    return context->errors.isEmpty() ? Ok : SomeInputsFailed;
}

} // namespace MailTriage::Cli
