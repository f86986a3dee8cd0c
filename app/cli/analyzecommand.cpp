// SPDX-License-Identifier: GPL-3.0-or-later
// `analyze CASE [--json]` and `timeline CASE [--json]`: the case-level reading of a case file.
#include "analyzecommand.h"

#include "caseanalyzer.h"
#include "casecommands.h"
#include "casejson.h"
#include "casesession.h"
#include "casestore.h"
#include "dateparser.h"
#include "messagesource.h"

#include <QJsonArray>
#include <QTextStream>

namespace MailTriage::Cli {

namespace {
    struct Parsed {
        QString casePath;
        bool json = false;
        bool ok = false;
    };

    Parsed parseArgs(const QString& command, const QStringList& args)
    {
        Parsed p;
        for (const QString& a : args) {
            if (a == QLatin1String("--json")) {
                p.json = true;
            } else if (a.startsWith(QLatin1String("--"))) {
                printError(QStringLiteral("unknown option %1 for %2; see mailtriage-cli --help").arg(a, command));
                return p;
            } else if (p.casePath.isEmpty()) {
                p.casePath = a;
            } else {
                printError(QStringLiteral("%1 takes one CASE; see mailtriage-cli --help").arg(command));
                return p;
            }
        }
        if (p.casePath.isEmpty()) {
            printError(QStringLiteral("%1 needs a CASE file; see mailtriage-cli --help").arg(command));
            return p;
        }
        p.ok = true;
        return p;
    }

    // The case analysis through the application layer (stored in the case, else analysed now
    // and stored); returns the exit status (Ok, SomeInputsFailed or CaseUnavailable).
    int analyseCase(const QString& path, CaseAnalysis* analysis, CaseInfo* info, bool full = false)
    {
        const std::unique_ptr<CaseSession> session = openCase(path, CaseAccess::Read);
        if (!session)
            return CaseUnavailable;
        *info = session->info();
        QString error;
        if (!session->loadNow(&error)) {
            printError(QStringLiteral("%1: %2").arg(path, error));
            return SomeInputsFailed;
        }
        for (const ReadError& e : session->loadErrors())
            printError(QStringLiteral("%1: %2").arg(e.file, e.reason));
        *analysis = *session->analysis();
        QList<ReadError> errors = session->loadErrors();
        if (full) {
            // The JSON shows each message whole (hops, authentication, attachments): read them back.
            const QList<ReadError> more
                = MessageSource::readInFull(*session->store(), *analysis, session->workerOptions());
            for (const ReadError& e : more)
                printError(QStringLiteral("%1: %2").arg(e.file, e.reason));
            errors += more;
        }
        return errors.isEmpty() ? Ok : SomeInputsFailed;
    }

    QString who(const Mailbox& m)
    {
        return m.name.isEmpty() ? m.address : QStringLiteral("%1 <%2>").arg(m.name, m.address);
    }
} // namespace

int analyzeCommand(const QStringList& args)
{
    const Parsed p = parseArgs(QStringLiteral("analyze"), args);
    if (!p.ok)
        return Usage;
    CaseAnalysis a;
    CaseInfo info;
    const int status = analyseCase(p.casePath, &a, &info, p.json);
    if (status == CaseUnavailable)
        return status;
    if (p.json) {
        QJsonObject c { { QStringLiteral("title"), info.title }, { QStringLiteral("path"), p.casePath },
            { QStringLiteral("created"), DateParser::toIso(info.createdAt) },
            { QStringLiteral("tags"), QJsonArray::fromStringList(info.tags) },
            { QStringLiteral("damage"), damageName(info.damage) },
            { QStringLiteral("messages"), qint64(a.messages.size()) } };
        QJsonObject doc { { QStringLiteral("case"), c } };
        CaseJson::addBecSuggestion(a, &doc);
        doc.insert(QStringLiteral("bec_type"), info.becType ? QJsonValue(*info.becType) : QJsonValue());
        doc.insert(QStringLiteral("parties"), CaseJson::parties(a));
        doc.insert(QStringLiteral("messages"), CaseJson::messages(a));
        printJson(doc);
        return status;
    }
    QTextStream& out = Cli::out();
    out << "Case: " << info.title << " (" << a.messages.size() << " distinct messages)\n";
    out << "Suggested BEC type: " << becTypeNameEn(a.becTypeSuggested) << "\n";
    for (const QString& r : render(a.becTypeReasons, u"en"))
        out << "  - " << r << "\n";
    out << "Analyst's tag: " << (info.becType ? becTypeNameEn(*info.becType) : QStringLiteral("(none)"))
        << "\n\nParties:\n";
    for (const Party& party : std::as_const(a.parties))
        out << "  " << party.label << "  " << party.name << "  [" << party.role << "]  " << party.people.size()
            << " people\n";
    out << "\nMessages:\n";
    for (const CaseMessage& cm : std::as_const(a.messages)) {
        const Message& m = cm.message;
        out << "  " << DateParser::toIso(m.date) << "  "
            << (cm.actor == QLatin1String("attacker") ? "ATTACKER " : "         ") << who(m.from) << "\n      "
            << m.subject << "\n";
        for (const Finding& f : m.findings) {
            if (f.severity >= Severity::Low)
                out << "      ! " << severityName(f.severity) << " " << f.signal << ": " << f.evidence << "\n";
        }
    }
    return status;
}

int timelineCommand(const QStringList& args)
{
    const Parsed p = parseArgs(QStringLiteral("timeline"), args);
    if (!p.ok)
        return Usage;
    CaseAnalysis a;
    CaseInfo info;
    const int status = analyseCase(p.casePath, &a, &info);
    if (status == CaseUnavailable)
        return status;
    if (p.json) {
        printJson(CaseJson::timeline(a));
        return status;
    }
    QTextStream& out = Cli::out();
    for (const TimelineEvent& e : std::as_const(a.timeline)) {
        out << DateParser::toIso(e.date) << "  " << e.partyFrom << " -> " << e.partyTo.join(QLatin1Char(',')) << "  "
            << (e.actor == QLatin1String("attacker") ? "ATTACKER  " : "") << who(e.from) << "\n    " << e.summary
            << "\n";
        if (!e.gapText.isEmpty())
            out << "    (" << e.gapText << ")\n";
        if (!e.signals.isEmpty())
            out << "    signals: " << e.signals.join(QStringLiteral(", ")) << "\n";
    }
    return status;
}

} // namespace MailTriage::Cli
