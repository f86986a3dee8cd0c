// SPDX-License-Identifier: GPL-3.0-or-later
#include "stixexport.h"

#include "findingtexts.h"
#include "referencedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace MailTriage::StixExport {

namespace {

    // STIX 2.1 §2.9: the namespace for deterministic identifiers of cyber-observable objects.
    const QUuid& scoNamespace()
    {
        static const QUuid ns(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
        return ns;
    }
    // Our own namespace for the domain objects (indicator, note, report, bundle): UUIDv5 over the
    // case id and a stable key, so that two exports of the same case are identical.
    const QUuid& sdoNamespace()
    {
        static const QUuid ns = QUuid::createUuidV5(QUuid(), QStringLiteral("mailtriage.report.stix"));
        return ns;
    }

    QString scoId(const QString& type, const QJsonObject& contributing)
    {
        const QByteArray canonical = QJsonDocument(contributing).toJson(QJsonDocument::Compact);
        return type + QStringLiteral("--")
            + QUuid::createUuidV5(scoNamespace(), canonical).toString(QUuid::WithoutBraces);
    }

    QString sdoId(const QString& type, const QString& caseId, const QString& key)
    {
        return type + QStringLiteral("--")
            + QUuid::createUuidV5(
                sdoNamespace(), (caseId + QLatin1Char('\n') + type + QLatin1Char('\n') + key).toUtf8())
                  .toString(QUuid::WithoutBraces);
    }

    QString valueOf(const Indicator& i, const Options& o)
    {
        return o.liveIndicators ? i.plain : i.shown;
    }

    bool blockable(const Indicator& i)
    {
        // A free-mail provider is where the attacker had an account, not something to block.
        if (i.role == QLatin1String("free-mail provider"))
            return false;
        return i.type == QLatin1String("email-addr") || i.type == QLatin1String("domain-name")
            || i.type == QLatin1String("ipv4-addr") || i.type == QLatin1String("ipv6-addr")
            || i.type == QLatin1String("url") || i.type == QLatin1String("file");
    }

    // A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and
    // LibreOffice: an attacker-chosen file name "=HYPERLINK(...)" would run in the partner's
    // spreadsheet. Such a cell gets a leading apostrophe, the spreadsheet convention for "text"
    // (OWASP, CSV injection).
    QString neutralised(const QString& s)
    {
        static constexpr QStringView formulaStart = u"=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20"; // and full-width forms
        return !s.isEmpty() && formulaStart.contains(s[0]) ? QLatin1Char('\'') + s : s;
    }

} // namespace

QString csvCell(const QString& in)
{
    const QString s = neutralised(in);
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

namespace {

    int becTypeOf(const ReportInput& in)
    {
        return in.becType > 0 ? in.becType : in.analysis.becTypeSuggested;
    }

} // namespace

QString stixTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime asOf(const ReportInput& input)
{
    if (input.generatedAt.isValid())
        return input.generatedAt.toUTC();
    QDateTime newest;
    for (const CaseMessage& cm : input.analysis.messages) {
        if (cm.message.date.isValid() && (!newest.isValid() || cm.message.date > newest))
            newest = cm.message.date;
    }
    return newest.isValid() ? newest.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QString patternLiteral(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QByteArray bundle(const ReportInput& input, const Anonymizer& an, const Options& options)
{
    const CaseAnalysis& a = input.analysis;
    const QString caseId = an.caseId();
    const QString created = stixTimestamp(asOf(input));
    QJsonArray objects;
    QStringList refs; // everything the report refers to, in bundle order
    QSet<QString> seenIds;
    auto addObject = [&](const QJsonObject& o) {
        const QString id = o.value(QStringLiteral("id")).toString();
        if (seenIds.contains(id))
            return;
        seenIds.insert(id);
        objects.append(o);
        refs << id;
    };
    auto sco = [](const QString& type, const QString& id) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), type);
        o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
        o.insert(QStringLiteral("id"), id);
        return o;
    };
    auto sdo = [&](const QString& type, const QString& key) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), type);
        o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
        o.insert(QStringLiteral("id"), sdoId(type, caseId, key));
        o.insert(QStringLiteral("created"), created);
        o.insert(QStringLiteral("modified"), created);
        return o;
    };
    // An email-addr observable for any address as the reports print it.
    QHash<QString, QString> addressIds;
    auto emailAddr = [&](const QString& shownValue, const QString& displayName) -> QString {
        if (shownValue.isEmpty())
            return {};
        QJsonObject key;
        key.insert(QStringLiteral("value"), shownValue);
        const QString id = scoId(QStringLiteral("email-addr"), key);
        if (!addressIds.contains(id)) {
            QJsonObject o = sco(QStringLiteral("email-addr"), id);
            o.insert(QStringLiteral("value"), shownValue);
            if (!displayName.isEmpty())
                o.insert(QStringLiteral("display_name"), displayName);
            addObject(o);
            addressIds.insert(id, shownValue);
        }
        return id;
    };
    // Observables (SCOs) carry real values: a STIX consumer parses them as addresses, domains and
    // IPs, and "mail[.]com" is none of these. Defanging is for what people read (the indicator's
    // name and description; the patterns unless --live-indicators). Pseudonyms still apply.
    auto observed = [&](const QString& text) { return an.textUndefanged(text); };

    // 1. Observables of the attacker's indicators.
    QHash<int, QString> observableOf; // indicator index -> SCO id
    const QList<Indicator>& inds = an.indicators();
    for (int i = 0; i < inds.size(); ++i) {
        const Indicator& ind = inds[i];
        const QString value = ind.plain;
        QString id;
        if (ind.type == QLatin1String("email-addr")) {
            id = emailAddr(value, {});
        } else if (ind.type == QLatin1String("domain-name") || ind.type == QLatin1String("ipv4-addr")
            || ind.type == QLatin1String("ipv6-addr") || ind.type == QLatin1String("url")) {
            QJsonObject key;
            key.insert(QStringLiteral("value"), value);
            id = scoId(ind.type, key);
            QJsonObject o = sco(ind.type, id);
            o.insert(QStringLiteral("value"), value);
            addObject(o);
        } else if (ind.type == QLatin1String("file")) {
            QJsonObject hashes;
            hashes.insert(QStringLiteral("SHA-256"), ind.sha256);
            QJsonObject key;
            key.insert(QStringLiteral("hashes"), hashes);
            if (!ind.fileName.isEmpty())
                key.insert(QStringLiteral("name"), ind.fileName);
            id = scoId(QStringLiteral("file"), key);
            QJsonObject o = sco(QStringLiteral("file"), id);
            o.insert(QStringLiteral("hashes"), hashes);
            if (!ind.fileName.isEmpty())
                o.insert(QStringLiteral("name"), ind.fileName);
            if (ind.size > 0)
                o.insert(QStringLiteral("size"), ind.size);
            addObject(o);
        }
        if (!id.isEmpty())
            observableOf.insert(i, id);
    }

    // 2. The attacker's messages as email-message observables.
    for (const CaseMessage& cm : a.messages) {
        if (cm.actor != QLatin1String("attacker"))
            continue;
        const Message& m = cm.message;
        const QString fromId = emailAddr(observed(m.from.address), an.text(m.from.name));
        QJsonArray to, cc;
        for (const Mailbox& mb : m.to)
            to.append(emailAddr(observed(mb.address), an.text(mb.name)));
        for (const Mailbox& mb : m.cc)
            cc.append(emailAddr(observed(mb.address), an.text(mb.name)));
        const QString subject = observed(m.subject);
        QJsonObject key;
        if (!fromId.isEmpty())
            key.insert(QStringLiteral("from_ref"), fromId);
        key.insert(QStringLiteral("subject"), subject);
        const QString body = observed(m.bodyText().left(4000));
        const bool multipart = m.parts.size() > 1;
        if (!body.isEmpty())
            key.insert(QStringLiteral("body"), body);
        const QString id = scoId(QStringLiteral("email-message"), key);
        QJsonObject o = sco(QStringLiteral("email-message"), id);
        o.insert(QStringLiteral("is_multipart"), multipart);
        if (m.date.isValid())
            o.insert(QStringLiteral("date"), stixTimestamp(m.date));
        if (!m.parts.isEmpty() && !m.parts.first().contentType.isEmpty())
            o.insert(QStringLiteral("content_type"), QString::fromLatin1(m.parts.first().contentType));
        if (!fromId.isEmpty())
            o.insert(QStringLiteral("from_ref"), fromId);
        if (!to.isEmpty())
            o.insert(QStringLiteral("to_refs"), to);
        if (!cc.isEmpty())
            o.insert(QStringLiteral("cc_refs"), cc);
        if (!m.messageId.isEmpty())
            o.insert(QStringLiteral("message_id"), observed(m.messageId));
        o.insert(QStringLiteral("subject"), subject);
        // A multipart message has its text as a MIME part (STIX 2.1: "body" only when not multipart).
        if (!body.isEmpty() && multipart) {
            QJsonObject part;
            part.insert(QStringLiteral("content_type"), QStringLiteral("text/plain; charset=utf-8"));
            part.insert(QStringLiteral("body"), body);
            o.insert(QStringLiteral("body_multipart"), QJsonArray { part });
        } else if (!body.isEmpty()) {
            o.insert(QStringLiteral("body"), body);
        }
        QJsonArray received;
        for (qsizetype h = m.received.size() - 1; h >= 0; --h) // newest first, as written
            received.append(observed(m.received[h].raw));
        if (!received.isEmpty())
            o.insert(QStringLiteral("received_lines"), received);
        QJsonObject extra;
        for (const char* name : { "Reply-To", "Return-Path", "Disposition-Notification-To", "Return-Receipt-To",
                 "X-Mailer", "X-Originating-IP", "Authentication-Results" }) {
            QJsonArray values;
            for (const HeaderField* f : m.headersNamed(name))
                values.append(observed(f->value));
            // STIX: one value is a string, several an array of at least two.
            if (values.size() == 1)
                extra.insert(QString::fromLatin1(name), values.first());
            else if (values.size() > 1)
                extra.insert(QString::fromLatin1(name), values);
        }
        if (!extra.isEmpty())
            o.insert(QStringLiteral("additional_header_fields"), extra);
        addObject(o);
    }

    // 3. Indicators with patterns.
    for (int i = 0; i < inds.size(); ++i) {
        const Indicator& ind = inds[i];
        if (!blockable(ind) || !observableOf.contains(i))
            continue;
        const QString value = valueOf(ind, options);
        QString pattern;
        if (ind.type == QLatin1String("file"))
            pattern = QStringLiteral("[file:hashes.'SHA-256' = %1]").arg(patternLiteral(ind.sha256));
        else
            pattern = QStringLiteral("[%1:value = %2]").arg(ind.type, patternLiteral(value));
        QJsonObject o = sdo(QStringLiteral("indicator"), ind.type + QLatin1Char('\n') + ind.value);
        o.insert(QStringLiteral("name"),
            QString(ind.role + QStringLiteral(": ")
                + (ind.type == QLatin1String("file") && !ind.fileName.isEmpty() ? ind.fileName : value)));
        QString description
            = QStringLiteral("Seen in %1 attacker message(s) of case %2").arg(ind.messageIds.size()).arg(caseId);
        if (ind.plain != ind.value && ind.type != QLatin1String("file"))
            description += QStringLiteral(
                "; the value is anonymized (pseudonyms replace the parties' names) and matches nothing real");
        if (!options.liveIndicators && an.options().defang && ind.type != QLatin1String("file"))
            description += QStringLiteral("; defanged: write [.] as ., [@] as @, [:] as :, hxxp as http before use");
        o.insert(QStringLiteral("description"), QString(description + QLatin1Char('.')));
        o.insert(QStringLiteral("indicator_types"), QJsonArray { QStringLiteral("malicious-activity") });
        o.insert(QStringLiteral("pattern"), pattern);
        o.insert(QStringLiteral("pattern_type"), QStringLiteral("stix"));
        o.insert(QStringLiteral("pattern_version"), QStringLiteral("2.1"));
        o.insert(QStringLiteral("valid_from"), stixTimestamp(ind.firstSeen.isValid() ? ind.firstSeen : asOf(input)));
        o.insert(QStringLiteral("labels"), QJsonArray { QStringLiteral("bec") });
        addObject(o);
    }

    const QString reportId = sdoId(QStringLiteral("report"), caseId, QStringLiteral("report"));

    // 4. Notes: what the headers show, the analyst's notes, how to read the values.
    QStringList findingLines;
    int n = 0;
    for (const CaseMessage& cm : a.messages) {
        ++n;
        if (cm.actor != QLatin1String("attacker"))
            continue;
        findingLines << QStringLiteral("Message %1 (%2, %3):")
                            .arg(n)
                            .arg(cm.message.date.isValid() ? stixTimestamp(cm.message.date) : QStringLiteral("no date"),
                                an.text(cm.message.subject));
        QSet<QString> done;
        for (const Finding& f : cm.message.findings) {
            if (f.severity < Severity::Low || done.contains(f.signal))
                continue;
            done.insert(f.signal);
            findingLines << QStringLiteral("- %1 (%2): %3")
                                .arg(f.signal, severityName(f.severity), an.text(f.text.render(u"en")));
        }
    }
    if (!findingLines.isEmpty()) {
        QJsonObject o = sdo(QStringLiteral("note"), QStringLiteral("findings"));
        o.insert(QStringLiteral("abstract"), QStringLiteral("What the attacker's messages show"));
        o.insert(QStringLiteral("content"), findingLines.join(QLatin1Char('\n')));
        o.insert(QStringLiteral("object_refs"), QJsonArray { reportId });
        addObject(o);
    }
    if (!input.notes.trimmed().isEmpty()) {
        QJsonObject o = sdo(QStringLiteral("note"), QStringLiteral("analyst-notes"));
        o.insert(QStringLiteral("abstract"), QStringLiteral("Analyst notes"));
        o.insert(QStringLiteral("content"), an.text(input.notes));
        o.insert(QStringLiteral("object_refs"), QJsonArray { reportId });
        addObject(o);
    }
    {
        QStringList lines;
        if (an.options().anonymize)
            lines << QStringLiteral(
                "People, organisations, their e-mail addresses and domains, internal host names and "
                "the parties' IP addresses are replaced by consistent pseudonyms (Company A, "
                "alice@a-company.co.jp, 192.0.2.0/24).");
        if (an.options().anonymizeAttacker)
            lines << QStringLiteral("The attacker's own domains, addresses and IPs are pseudonymized too "
                                    "(attacker-1.example, 203.0.113.0/24).");
        if (!options.liveIndicators && an.options().defang)
            lines << QStringLiteral(
                "Indicator values are defanged so that nothing is clickable: read [.] as '.', [@] as "
                "'@', [:] as ':', hxxp as http. Refang them before matching.");
        QJsonObject o = sdo(QStringLiteral("note"), QStringLiteral("how-to-read"));
        o.insert(QStringLiteral("abstract"), QStringLiteral("How to read the values in this bundle"));
        o.insert(QStringLiteral("content"),
            lines.isEmpty() ? QStringLiteral("Values are as found.") : lines.join(QLatin1Char(' ')));
        o.insert(QStringLiteral("object_refs"), QJsonArray { reportId });
        addObject(o);
    }

    // 5. The report.
    QJsonObject report;
    report.insert(QStringLiteral("type"), QStringLiteral("report"));
    report.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
    report.insert(QStringLiteral("id"), reportId);
    report.insert(QStringLiteral("created"), created);
    report.insert(QStringLiteral("modified"), created);
    report.insert(QStringLiteral("published"), created);
    const int type = becTypeOf(input);
    QString name = QStringLiteral("Business e-mail compromise %1").arg(caseId);
    if (!input.title.trimmed().isEmpty())
        name += QStringLiteral(": ") + an.text(input.title.trimmed());
    report.insert(QStringLiteral("name"), name);
    QString description;
    if (type > 0)
        description = QStringLiteral("IPA BEC type %1 (%2). ").arg(type).arg(becTypeNameEn(type));
    int attackerMessages = 0;
    for (const CaseMessage& cm : a.messages)
        attackerMessages += cm.actor == QLatin1String("attacker") ? 1 : 0;
    description
        += QStringLiteral("%1 messages analysed, %2 from the attacker.").arg(a.messages.size()).arg(attackerMessages);
    if (!input.summaryEn.trimmed().isEmpty())
        description += QLatin1Char(' ') + an.text(input.summaryEn.trimmed());
    for (const Text& r : a.becTypeReasons)
        description += QStringLiteral(" Reason: ") + an.text(r.render(u"en")) + QLatin1Char('.');
    report.insert(QStringLiteral("description"), description);
    report.insert(QStringLiteral("report_types"), QJsonArray { QStringLiteral("threat-report") });
    QJsonArray labels { QStringLiteral("bec") };
    if (type > 0)
        labels.append(QStringLiteral("ipa-bec-type-%1").arg(type));
    for (const QString& t : input.tags) {
        const QString tag = an.text(t.trimmed());
        if (!tag.isEmpty())
            labels.append(tag);
    }
    report.insert(QStringLiteral("labels"), labels);
    if (refs.isEmpty()) {
        // A report needs at least one object: the how-to note is always there, so this is only
        // a safety net.
        refs << reportId;
    }
    QJsonArray objectRefs;
    for (const QString& r : std::as_const(refs))
        objectRefs.append(r);
    report.insert(QStringLiteral("object_refs"), objectRefs);
    report.insert(QStringLiteral("x_mailtriage_case_id"), caseId);
    if (!input.damage.isEmpty())
        report.insert(QStringLiteral("x_mailtriage_damage"), input.damage);
    report.insert(QStringLiteral("x_mailtriage_defanged"), !options.liveIndicators && an.options().defang);
    report.insert(QStringLiteral("x_mailtriage_anonymized"), an.options().anonymize);
    objects.append(report);

    QJsonObject bundle;
    bundle.insert(QStringLiteral("type"), QStringLiteral("bundle"));
    bundle.insert(QStringLiteral("id"), sdoId(QStringLiteral("bundle"), caseId, QStringLiteral("bundle")));
    bundle.insert(QStringLiteral("objects"), objects);
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

QByteArray indicatorsCsv(const ReportInput& input, const Anonymizer& an, const Options& options)
{
    // UTF-8 with a byte order mark: Excel on Japanese Windows reads a CSV without one as CP932.
    QString out = QChar(0xFEFF)
        + QStringLiteral("case_id,tlp,type,value,role,role_ja,first_seen,last_seen,messages,file_name,sha256,size\r\n");
    const QString tlp = input.tlp;
    for (const Indicator& ind : an.indicators()) {
        QStringList ids;
        for (const QString& id : ind.messageIds)
            ids << an.text(id);
        const QStringList row { an.caseId(), tlp, ind.type,
            ind.type == QLatin1String("file") ? ind.sha256 : valueOf(ind, options), ind.role, ind.roleIn(u"ja"),
            ind.firstSeen.isValid() ? stixTimestamp(ind.firstSeen) : QString(),
            ind.lastSeen.isValid() ? stixTimestamp(ind.lastSeen) : QString(), ids.join(QLatin1Char(' ')), ind.fileName,
            ind.sha256, ind.size > 0 ? QString::number(ind.size) : QString() };
        QStringList fields;
        for (const QString& f : row)
            fields << csvCell(f);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace MailTriage::StixExport
