// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli tag CASE [--bec-type 1..5|none] [--damage yes|no|unknown] [--tag TEXT]...
//                          [--untag TEXT]... [--note TEXT] [--title TEXT] [--json]
// Every change is written to the case's audit log in the same transaction. Without changes it
// prints the case's current tags.
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace MailTriage::Cli {

namespace {
    QJsonObject caseJson(const CaseInfo& c)
    {
        QJsonArray notes;
        for (const CaseNote& n : c.notes)
            notes.append(QJsonObject { { QStringLiteral("at"), n.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("author"), n.author }, { QStringLiteral("text"), n.text } });
        return { { QStringLiteral("title"), c.title }, { QStringLiteral("created"), c.createdAt.toString(Qt::ISODate) },
            { QStringLiteral("bec_type"), c.becType ? QJsonValue(*c.becType) : QJsonValue() },
            { QStringLiteral("damage"), damageName(c.damage) },
            { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) }, { QStringLiteral("notes"), notes },
            { QStringLiteral("schema_version"), c.schemaVersion } };
    }

    void printCase(const CaseInfo& c)
    {
        QTextStream& out = Cli::out();
        out << "title:    " << c.title << "\n";
        out << "created:  " << c.createdAt.toString(Qt::ISODate) << "\n";
        out << "BEC type: " << (c.becType ? QString::number(*c.becType) : QStringLiteral("(not set)")) << "\n";
        out << "damage:   " << damageName(c.damage) << "\n";
        out << "tags:     " << c.tags.join(QStringLiteral(", ")) << "\n";
        for (const CaseNote& n : c.notes)
            out << "note:     " << n.createdAt.toString(Qt::ISODate) << " " << n.author << ": " << n.text << "\n";
    }

    bool takeValue(const QStringList& args, qsizetype& i, QString* value)
    {
        if (i + 1 >= args.size()) {
            printError(QStringLiteral("%1 needs a value; see mailtriage-cli --help").arg(args[i]));
            return false;
        }
        *value = args[++i];
        return true;
    }
} // namespace

int tagCommand(const QStringList& args)
{
    CaseUpdate update;
    bool json = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        QString v;
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--bec-type")) {
            if (!takeValue(args, i, &v))
                return Usage;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (v == QLatin1String("none")) {
                update.becType = 0;
            } else if (!ok || n < 1 || n > 5) {
                printError(QStringLiteral("--bec-type must be 1 to 5 (IPA's BEC types) or none"));
                return Usage;
            } else {
                update.becType = n;
            }
        } else if (a == QLatin1String("--damage")) {
            if (!takeValue(args, i, &v))
                return Usage;
            const std::optional<Damage> d = damageFromName(v);
            if (!d) {
                printError(QStringLiteral("--damage must be yes, no or unknown"));
                return Usage;
            }
            update.damage = d;
        } else if (a == QLatin1String("--tag")) {
            if (!takeValue(args, i, &v))
                return Usage;
            if (v.trimmed().isEmpty()) {
                printError(QStringLiteral("--tag needs a non-empty TEXT"));
                return Usage;
            }
            update.addTags << v.trimmed();
        } else if (a == QLatin1String("--untag")) {
            if (!takeValue(args, i, &v))
                return Usage;
            update.removeTags << v.trimmed();
        } else if (a == QLatin1String("--note")) {
            if (!takeValue(args, i, &v))
                return Usage;
            if (v.trimmed().isEmpty()) {
                printError(QStringLiteral("--note needs a non-empty TEXT"));
                return Usage;
            }
            update.note = v;
        } else if (a == QLatin1String("--title")) {
            if (!takeValue(args, i, &v))
                return Usage;
            update.title = v;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for tag; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (positional.size() != 1) {
        printError(QStringLiteral("use: mailtriage-cli tag CASE [--bec-type 1..5] [--damage yes|no] [--tag TEXT]... "
                                  "[--note TEXT]"));
        return Usage;
    }
    const QString casePath = positional.first();
    const std::unique_ptr<CaseSession> session
        = openCase(casePath, update.isEmpty() ? CaseAccess::Read : CaseAccess::Write);
    if (!session)
        return CaseUnavailable;
    CaseStore* store = session->store();
    if (!update.isEmpty() && !session->applyUpdate(update)) {
        printStoreError(store->lastError(), casePath);
        return CaseUnavailable;
    }
    const CaseInfo info = store->caseInfo();
    if (json)
        printJson(caseJson(info));
    else
        printCase(info);
    return Ok;
}

} // namespace MailTriage::Cli
