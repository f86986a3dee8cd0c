// SPDX-License-Identifier: GPL-3.0-or-later
#include "stixexport.h"

#include "findingtexts.h"
#include "referencedata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace MailTriage::StixExport {

namespace {

    // STIX 2.1 §2.9: the namespace for deterministic identifiers of cyber-observable objects.
    const QUuid& scoNamespace()
    {
        static const QUuid ns(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
        return ns;
    }

    QString scoId(const QString& type, const QJsonObject& contributing)
    {
        const QByteArray canonical = QJsonDocument(contributing).toJson(QJsonDocument::Compact);
        return type + QStringLiteral("--")
            + QUuid::createUuidV5(scoNamespace(), canonical).toString(QUuid::WithoutBraces);
    }
    QString valueOf(const Indicator& i, const Options& o)
    {
        return o.liveIndicators ? i.plain : i.shown;
    }

    bool blockable(const Indicator& i)
    {
        // A free-mail provider, a party's genuine document: context, not something to block.
        if (i.context)
            return false;
        return i.type == QLatin1String("email-addr") || i.type == QLatin1String("domain-name")
            || i.type == QLatin1String("ipv4-addr") || i.type == QLatin1String("ipv6-addr")
            || i.type == QLatin1String("url") || i.type == QLatin1String("file")
            || i.type == QLatin1String("bank-account");
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

namespace {

    // What a spreadsheet opening a CSV turns into a number, date or time: integers and decimals
    // (with thousands separators, an exponent, a percent sign), day/month/year forms, clock times.
    // Such a cell loses what made it an identifier: leading zeros (0012345 -> 12345), digits past
    // the 15th (an account number becomes 5.8E+11), a hash made of digits and one "e".
    bool spreadsheetNumber(const QString& s)
    {
        static const QRegularExpression number(
            QStringLiteral("^\\s*[(]?[-+]?(?:\\d[\\d,]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?%?[)]?\\s*$"
                           "|^\\s*\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?\\s*$"
                           "|^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*$"));
        return number.match(s).hasMatch();
    }

} // namespace

QString csvTextCell(const QString& value)
{
    // The apostrophe: the same text marker as for formulas; the value after it is unchanged.
    return spreadsheetNumber(value) ? csvCell(QLatin1Char('\'') + value) : csvCell(value);
}

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

QString stixTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime asOf(const ReportInput& input)
{
    return input.generatedAt.isValid() ? input.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
}

QString patternLiteral(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

namespace {

    // Objects every MailTriage bundle shares. Their ids never change: a consumer keys on them.
    // The identity of MailTriage itself (the producer of the extension definitions).
    constexpr QLatin1StringView kMailTriageIdentity("identity--e4e6506c-46ee-47de-913f-662c6a74a0a6");
    // The attacker's bank account as a new SCO type, and the case properties of the report.
    constexpr QLatin1StringView kBankAccountExtension("extension-definition--facbf45e-f13a-4b7b-9701-e4e1399df584");
    constexpr QLatin1StringView kCaseExtension("extension-definition--f070d48b-1f9d-4116-aa98-d900e08db10b");
    constexpr QLatin1StringView kBankAccountType("x-mailtriage-bank-account");
    constexpr QLatin1StringView kDefinitionsCreated("2026-12-04T00:00:00.000Z");

    struct TlpDefinition {
        QLatin1StringView label;
        QLatin1StringView id;
        QLatin1StringView level;
    };
    // The TLP 2.0 marking definitions the OASIS CTI TC published (TLP 2.0 extension
    // extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d).
    constexpr QLatin1StringView kTlp20Extension("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d");
    constexpr TlpDefinition kTlpDefinitions[] = {
        { QLatin1StringView("TLP:CLEAR"), QLatin1StringView("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
            QLatin1StringView("clear") },
        { QLatin1StringView("TLP:GREEN"), QLatin1StringView("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
            QLatin1StringView("green") },
        { QLatin1StringView("TLP:AMBER"), QLatin1StringView("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
            QLatin1StringView("amber") },
        { QLatin1StringView("TLP:AMBER+STRICT"),
            QLatin1StringView("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
            QLatin1StringView("amber+strict") },
        { QLatin1StringView("TLP:RED"), QLatin1StringView("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"),
            QLatin1StringView("red") },
    };

    const TlpDefinition* tlpDefinition(const QString& marking)
    {
        const QString label = normalizedTlp(marking);
        for (const TlpDefinition& d : kTlpDefinitions) {
            if (label == d.label)
                return &d;
        }
        return nullptr;
    }

    // The STIX bundle of one export, built object by object.
    class BundleBuilder {
    public:
        BundleBuilder(const ReportInput& input, const Anonymizer& an, const Options& options)
            : m_in(input)
            , m_an(an)
            , m_options(options)
            , m_caseId(an.caseId())
            , m_created(stixTimestamp(asOf(input))) // once: "now" moves
            , m_tlp(tlpDefinition(input.tlp))
        {
        }

        QByteArray build()
        {
            addMetaObjects();
            addIndicatorObservables();
            addAttackerMessages();
            addIndicators();
            addCampaign();
            addNotes();
            addReport();
            QJsonObject bundle;
            bundle.insert(QStringLiteral("type"), QStringLiteral("bundle"));
            bundle.insert(QStringLiteral("id"), sdoId(QStringLiteral("bundle"), QStringLiteral("bundle")));
            bundle.insert(QStringLiteral("objects"), m_objects);
            return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
        }

    private:
        const ReportInput& m_in;
        const Anonymizer& m_an;
        const Options& m_options;
        const QString m_caseId;
        const QString m_created;
        const TlpDefinition* m_tlp;
        QJsonArray m_objects;
        QStringList m_refs; // what the report refers to, in bundle order
        QSet<QString> m_ids;
        QString m_producer; // the identity of whoever exports the case
        QHash<int, QString> m_observableOf; // indicator index -> SCO id
        QHash<int, QString> m_observedDataOf; // message index -> observed-data id
        QHash<int, QStringList> m_observablesIn; // message index -> indicator SCO ids seen in it
        QString m_campaign;

        // SDO, SRO and bundle ids: UUIDv4 (STIX 2.1 §2.9 asks it of every object but observables)
        // over the case id, the export time and a key: see exportUuid().
        QString sdoId(const QString& type, const QString& key) const
        {
            return type + QStringLiteral("--")
                + exportUuid({ QStringLiteral("mailtriage.stix"), m_caseId, m_created, type, key })
                      .toString(QUuid::WithoutBraces);
        }

        void marked(QJsonObject& o) const
        {
            if (m_tlp)
                o.insert(QStringLiteral("object_marking_refs"), QJsonArray { QString(m_tlp->id) });
        }

        // Adds @p o once; @p referenced: the report lists it.
        void add(const QJsonObject& o, bool referenced = true)
        {
            const QString id = o.value(QStringLiteral("id")).toString();
            if (m_ids.contains(id))
                return;
            m_ids.insert(id);
            m_objects.append(o);
            if (referenced)
                m_refs << id;
        }

        QJsonObject sco(const QString& type, const QString& id) const
        {
            QJsonObject o;
            o.insert(QStringLiteral("type"), type);
            o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
            o.insert(QStringLiteral("id"), id);
            marked(o);
            return o;
        }

        QJsonObject sdo(const QString& type, const QString& key) const
        {
            QJsonObject o;
            o.insert(QStringLiteral("type"), type);
            o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
            o.insert(QStringLiteral("id"), sdoId(type, key));
            o.insert(QStringLiteral("created"), m_created);
            o.insert(QStringLiteral("modified"), m_created);
            o.insert(QStringLiteral("created_by_ref"), m_producer);
            marked(o);
            return o;
        }

        void relate(const QString& source, const QString& type, const QString& target)
        {
            QJsonObject o
                = sdo(QStringLiteral("relationship"), source + QLatin1Char(' ') + type + QLatin1Char(' ') + target);
            o.insert(QStringLiteral("relationship_type"), type);
            o.insert(QStringLiteral("source_ref"), source);
            o.insert(QStringLiteral("target_ref"), target);
            add(o);
        }

        // Observables (SCOs) carry real values: a STIX consumer parses them as addresses, domains and
        // IPs, and "mail[.]com" is none of these. Defanging is for what people read (the indicator's
        // name and description; the patterns unless --live-indicators). Pseudonyms still apply, under
        // reserved names (a-company.co.jp.example: Anonymizer::reservedNames).
        QString observed(const QString& text) const { return m_an.machineText(text); }

        // The marking, the producer and the extension definitions the other objects point to.
        void addMetaObjects()
        {
            if (m_tlp) {
                QJsonObject ext;
                ext.insert(QStringLiteral("extension_type"), QStringLiteral("property-extension"));
                ext.insert(QStringLiteral("tlp_2_0"), QString(m_tlp->level));
                QJsonObject o;
                o.insert(QStringLiteral("type"), QStringLiteral("marking-definition"));
                o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
                o.insert(QStringLiteral("id"), QString(m_tlp->id));
                o.insert(QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z"));
                o.insert(QStringLiteral("name"), QString(m_tlp->label));
                o.insert(QStringLiteral("extensions"), QJsonObject { { QString(kTlp20Extension), ext } });
                add(o, false);
            }
            const auto identity = [&](const QString& id, const QString& created, const QString& name,
                                      const QString& description, const QString& identityClass) {
                QJsonObject o;
                o.insert(QStringLiteral("type"), QStringLiteral("identity"));
                o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
                o.insert(QStringLiteral("id"), id);
                o.insert(QStringLiteral("created"), created);
                o.insert(QStringLiteral("modified"), created);
                o.insert(QStringLiteral("name"), name);
                o.insert(QStringLiteral("description"), description);
                o.insert(QStringLiteral("identity_class"), identityClass);
                return o;
            };
            add(identity(QString(kMailTriageIdentity), QString(kDefinitionsCreated), QStringLiteral("MailTriage"),
                    QStringLiteral("The e-mail triage workbench that defines the MailTriage STIX extensions."),
                    QStringLiteral("system")),
                false);
            // The producer: whoever shares the case. Never named: a partner learns who sent the bundle
            // from the channel it came through, and the bundle may travel further (TLP permitting).
            m_producer = sdoId(QStringLiteral("identity"), QStringLiteral("producer"));
            {
                QJsonObject o = identity(m_producer, m_created, QStringLiteral("Reporter of case %1").arg(m_caseId),
                    QStringLiteral("The organisation that analysed case %1 (not named in the export).").arg(m_caseId),
                    QStringLiteral("organization"));
                marked(o);
                add(o, false);
            }
            const auto definition = [&](QLatin1StringView id, const QString& name, const QString& description,
                                        const QString& schema, const QString& extensionType) {
                QJsonObject o;
                o.insert(QStringLiteral("type"), QStringLiteral("extension-definition"));
                o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
                o.insert(QStringLiteral("id"), QString(id));
                o.insert(QStringLiteral("created_by_ref"), QString(kMailTriageIdentity));
                o.insert(QStringLiteral("created"), QString(kDefinitionsCreated));
                o.insert(QStringLiteral("modified"), QString(kDefinitionsCreated));
                o.insert(QStringLiteral("name"), name);
                o.insert(QStringLiteral("description"), description);
                o.insert(QStringLiteral("schema"), schema);
                o.insert(QStringLiteral("version"), QStringLiteral("1.0.0"));
                o.insert(QStringLiteral("extension_types"), QJsonArray { extensionType });
                add(o, false);
            };
            if (std::any_of(m_an.indicators().cbegin(), m_an.indicators().cend(),
                    [](const Indicator& i) { return i.type == QLatin1String("bank-account"); }))
                definition(kBankAccountExtension, QStringLiteral("MailTriage bank account"),
                    QStringLiteral("A bank account named in e-mail, such as the account a business e-mail "
                                   "compromise asks the victim to pay into."),
                    QStringLiteral("A new SCO of type x-mailtriage-bank-account. Properties: account_number "
                                   "(string, the digits of a domestic account number), iban (string, an ISO 13616 "
                                   "IBAN without spaces), bank_name (string, the bank as written in the mail). One "
                                   "of account_number and iban is present. Id contributing properties: "
                                   "account_number, iban."),
                    QStringLiteral("new-sco"));
            definition(kCaseExtension, QStringLiteral("MailTriage case"),
                QStringLiteral("How a MailTriage report of a business e-mail compromise case was exported."),
                QStringLiteral("A property extension of report. Properties: case_id (string, the anonymized case "
                               "id printed on the PDF report, MT- and 8 hex digits), anonymized (boolean, people, "
                               "organisations and their addresses are replaced by pseudonyms), defanged (boolean, "
                               "the indicators' patterns are defanged), damage (string, optional: yes, no or "
                               "unknown, whether money was lost)."),
                QStringLiteral("property-extension"));
        }

        // An email-addr observable for an address as the reports print it.
        QString emailAddr(const QString& value, const QString& displayName)
        {
            if (value.isEmpty())
                return {};
            const QString id = scoId(QStringLiteral("email-addr"), QJsonObject { { QStringLiteral("value"), value } });
            if (!m_ids.contains(id)) {
                QJsonObject o = sco(QStringLiteral("email-addr"), id);
                o.insert(QStringLiteral("value"), value);
                if (!displayName.isEmpty())
                    o.insert(QStringLiteral("display_name"), displayName);
                add(o);
            }
            return id;
        }

        // 1. Observables of the attacker's indicators.
        void addIndicatorObservables()
        {
            const QList<Indicator>& inds = m_an.indicators();
            for (int i = 0; i < inds.size(); ++i) {
                const Indicator& ind = inds[i];
                const QString value = m_an.reservedNames(ind.plain);
                QString id;
                if (ind.type == QLatin1String("email-addr")) {
                    id = emailAddr(value, {});
                } else if (ind.type == QLatin1String("domain-name") || ind.type == QLatin1String("ipv4-addr")
                    || ind.type == QLatin1String("ipv6-addr") || ind.type == QLatin1String("url")) {
                    id = scoId(ind.type, QJsonObject { { QStringLiteral("value"), value } });
                    QJsonObject o = sco(ind.type, id);
                    o.insert(QStringLiteral("value"), value);
                    add(o);
                } else if (ind.type == QLatin1String("file")) {
                    const QJsonObject hashes { { QStringLiteral("SHA-256"), ind.sha256 } };
                    QJsonObject key { { QStringLiteral("hashes"), hashes } };
                    if (!ind.fileName.isEmpty())
                        key.insert(QStringLiteral("name"), ind.fileName);
                    id = scoId(QStringLiteral("file"), key);
                    QJsonObject o = sco(QStringLiteral("file"), id);
                    o.insert(QStringLiteral("hashes"), hashes);
                    if (!ind.fileName.isEmpty())
                        o.insert(QStringLiteral("name"), ind.fileName);
                    if (ind.size > 0)
                        o.insert(QStringLiteral("size"), ind.size);
                    add(o);
                } else if (ind.type == QLatin1String("bank-account")) {
                    const QString property = ind.isIban() ? QStringLiteral("iban") : QStringLiteral("account_number");
                    id = scoId(kBankAccountType, QJsonObject { { property, value } });
                    QJsonObject o = sco(kBankAccountType, id);
                    o.insert(property, value);
                    if (!ind.fileName.isEmpty()) // the bank, as the mail names it
                        o.insert(QStringLiteral("bank_name"), m_an.machineText(ind.fileName));
                    QJsonObject ext { { QStringLiteral("extension_type"), QStringLiteral("new-sco") } };
                    o.insert(QStringLiteral("extensions"), QJsonObject { { QString(kBankAccountExtension), ext } });
                    add(o);
                }
                if (id.isEmpty())
                    continue;
                m_observableOf.insert(i, id);
                for (int message : ind.messages) {
                    if (!m_observablesIn[message].contains(id))
                        m_observablesIn[message] << id;
                }
            }
        }

        // 2. Each attacker message: an email-message observable and the observed-data that says when
        // it was seen and which indicator values it carried.
        void addAttackerMessages()
        {
            const CaseAnalysis& a = m_in.analysis;
            for (int index = 0; index < a.messages.size(); ++index) {
                const CaseMessage& cm = a.messages[index];
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                const Message& m = cm.message;
                QStringList refs; // the message and every observable it refers to
                const QString fromId = emailAddr(observed(m.from.address), m_an.text(m.from.name));
                if (!fromId.isEmpty())
                    refs << fromId;
                QJsonArray to, cc;
                for (const Mailbox& mb : m.to) {
                    const QString id = emailAddr(observed(mb.address), m_an.text(mb.name));
                    if (!id.isEmpty()) {
                        to.append(id);
                        refs << id;
                    }
                }
                for (const Mailbox& mb : m.cc) {
                    const QString id = emailAddr(observed(mb.address), m_an.text(mb.name));
                    if (!id.isEmpty()) {
                        cc.append(id);
                        refs << id;
                    }
                }
                const QString subject = observed(m.subject);
                QJsonObject key;
                if (!fromId.isEmpty())
                    key.insert(QStringLiteral("from_ref"), fromId);
                key.insert(QStringLiteral("subject"), subject);
                const QString body = observed(m_an.machineBody(m));
                const bool multipart = m.parts.size() > 1;
                if (!body.isEmpty() && !multipart) // the id contributing properties of the object as written
                    key.insert(QStringLiteral("body"), body);
                QString id = scoId(QStringLiteral("email-message"), key);
                // Two messages alike in from, subject and (absent) body are still two messages: the
                // second is told apart by its Message-ID and date.
                if (m_ids.contains(id)) {
                    key.insert(QStringLiteral("message_id"), observed(m.messageId));
                    key.insert(QStringLiteral("date"), m.date.isValid() ? stixTimestamp(m.date) : QString());
                    key.insert(QStringLiteral("index"), index);
                    id = scoId(QStringLiteral("email-message"), key);
                }
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
                add(o);
                refs.prepend(id);
                for (const QString& ref : m_observablesIn.value(index)) {
                    if (!refs.contains(ref))
                        refs << ref;
                }

                // When it was seen: its date (a message without one: the export, the latest it can be).
                const QString seen = m.date.isValid() ? stixTimestamp(m.date) : m_created;
                QJsonObject od = sdo(QStringLiteral("observed-data"), QStringLiteral("message\n") + id);
                od.insert(QStringLiteral("first_observed"), seen);
                od.insert(QStringLiteral("last_observed"), seen);
                od.insert(QStringLiteral("number_observed"), 1);
                QJsonArray objectRefs;
                for (const QString& r : std::as_const(refs))
                    objectRefs.append(r);
                od.insert(QStringLiteral("object_refs"), objectRefs);
                add(od);
                m_observedDataOf.insert(index, od.value(QStringLiteral("id")).toString());
            }
        }

        // 3. Indicators with patterns, each based on the messages it was seen in.
        void addIndicators()
        {
            const QList<Indicator>& inds = m_an.indicators();
            QStringList indicatorIds;
            for (int i = 0; i < inds.size(); ++i) {
                const Indicator& ind = inds[i];
                if (!blockable(ind) || !m_observableOf.contains(i))
                    continue;
                // A pseudonym (a party's name in a look-alike, an anonymized attacker domain) matches
                // nothing real, or worse someone else: it stays an observable, never an indicator.
                if (!ind.isDetectable())
                    continue;
                const QString value = valueOf(ind, m_options);
                QString pattern;
                if (ind.type == QLatin1String("file"))
                    pattern = QStringLiteral("[file:hashes.'SHA-256' = %1]").arg(patternLiteral(ind.sha256));
                else if (ind.type == QLatin1String("bank-account"))
                    pattern = QStringLiteral("[%1:%2 = %3]")
                                  .arg(kBankAccountType,
                                      ind.isIban() ? QStringLiteral("iban") : QStringLiteral("account_number"),
                                      patternLiteral(ind.plain));
                else
                    pattern = QStringLiteral("[%1:value = %2]").arg(ind.type, patternLiteral(value));
                // Keyed on the value as written (never on a real value behind a pseudonym: the case
                // id and the time are in the bundle, so a guess could be checked against the id).
                QJsonObject o = sdo(QStringLiteral("indicator"), ind.type + QLatin1Char('\n') + value);
                o.insert(QStringLiteral("name"),
                    QString(ind.role + QStringLiteral(": ")
                        + (ind.type == QLatin1String("file") && !ind.fileName.isEmpty() ? ind.fileName : value)));
                QString description = QStringLiteral("Seen in %1 attacker message(s) of case %2")
                                          .arg(qMax(ind.messages.size(), ind.messageIds.size()))
                                          .arg(m_caseId);
                if (!m_options.liveIndicators && m_an.options().defang && ind.type != QLatin1String("file"))
                    description
                        += QStringLiteral("; defanged: write [.] as ., [@] as @, [:] as :, hxxp as http before use");
                o.insert(QStringLiteral("description"), QString(description + QLatin1Char('.')));
                o.insert(QStringLiteral("indicator_types"), QJsonArray { QStringLiteral("malicious-activity") });
                o.insert(QStringLiteral("pattern"), pattern);
                o.insert(QStringLiteral("pattern_type"), QStringLiteral("stix"));
                o.insert(QStringLiteral("pattern_version"), QStringLiteral("2.1"));
                o.insert(
                    QStringLiteral("valid_from"), ind.firstSeen.isValid() ? stixTimestamp(ind.firstSeen) : m_created);
                o.insert(QStringLiteral("labels"), QJsonArray { QStringLiteral("bec") });
                add(o);
                const QString id = o.value(QStringLiteral("id")).toString();
                m_indicators << id;
                for (int message : ind.messages) {
                    if (m_observedDataOf.contains(message))
                        relate(id, QStringLiteral("based-on"), m_observedDataOf.value(message));
                }
            }
        }

        // 4. Two attacker messages or more are a campaign: a set of attacks over a period of time
        // against a set of targets (STIX 2.1 §4.4), the parties of the case.
        void addCampaign()
        {
            const CaseAnalysis& a = m_in.analysis;
            QDateTime first, last;
            int attackerMessages = 0;
            for (const CaseMessage& cm : a.messages) {
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                ++attackerMessages;
                const QDateTime d = cm.message.date;
                if (d.isValid() && (!first.isValid() || d < first))
                    first = d;
                if (d.isValid() && (!last.isValid() || d > last))
                    last = d;
            }
            if (attackerMessages < 2)
                return;
            QJsonObject o = sdo(QStringLiteral("campaign"), QStringLiteral("campaign"));
            o.insert(QStringLiteral("name"), QStringLiteral("Business e-mail compromise %1").arg(m_caseId));
            o.insert(QStringLiteral("description"),
                QStringLiteral("%1 messages from the attacker in case %2.").arg(attackerMessages).arg(m_caseId));
            if (first.isValid())
                o.insert(QStringLiteral("first_seen"), stixTimestamp(first));
            if (last.isValid())
                o.insert(QStringLiteral("last_seen"), stixTimestamp(last));
            o.insert(QStringLiteral("objective"),
                QStringLiteral("Have money paid into an account the attacker controls (business e-mail compromise)."));
            add(o);
            m_campaign = o.value(QStringLiteral("id")).toString();
            for (const QString& indicator : std::as_const(m_indicators))
                relate(indicator, QStringLiteral("indicates"), m_campaign);
            for (const Party& p : m_an.parties()) { // the recipients of a series too
                if (p.role != QLatin1String("party"))
                    continue;
                QJsonObject target = sdo(QStringLiteral("identity"), QStringLiteral("party\n") + p.label);
                target.insert(QStringLiteral("name"), m_an.organisation(p.label, ReportLanguage::English));
                target.insert(QStringLiteral("identity_class"), QStringLiteral("organization"));
                add(target);
                relate(m_campaign, QStringLiteral("targets"), target.value(QStringLiteral("id")).toString());
            }
        }

        // 5. Notes: what the headers show, the analyst's notes, how to read the values.
        void addNotes()
        {
            const QString reportId = sdoId(QStringLiteral("report"), QStringLiteral("report"));
            QStringList findingLines;
            int n = 0;
            for (const CaseMessage& cm : m_in.analysis.messages) {
                ++n;
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                findingLines << QStringLiteral("Message %1 (%2, %3):")
                                    .arg(n)
                                    .arg(cm.message.date.isValid() ? stixTimestamp(cm.message.date)
                                                                   : QStringLiteral("no date"),
                                        m_an.text(cm.message.subject));
                QSet<QString> done;
                for (const Finding& f : cm.message.findings) {
                    if (f.severity < Severity::Low || done.contains(f.signal))
                        continue;
                    done.insert(f.signal);
                    findingLines << QStringLiteral("- %1 (%2): %3")
                                        .arg(f.signal, severityName(f.severity), m_an.text(f.text.render(u"en")));
                }
            }
            const auto note = [&](const QString& key, const QString& abstract, const QString& content) {
                QJsonObject o = sdo(QStringLiteral("note"), key);
                o.insert(QStringLiteral("abstract"), abstract);
                o.insert(QStringLiteral("content"), content);
                o.insert(QStringLiteral("object_refs"), QJsonArray { reportId });
                add(o);
            };
            if (!findingLines.isEmpty())
                note(QStringLiteral("findings"), QStringLiteral("What the attacker's messages show"),
                    findingLines.join(QLatin1Char('\n')));
            if (!m_in.notes.trimmed().isEmpty())
                note(QStringLiteral("analyst-notes"), QStringLiteral("Analyst notes"), m_an.text(m_in.notes));
            QStringList lines;
            if (m_an.options().anonymize)
                lines << QStringLiteral(
                    "People, organisations, their e-mail addresses and domains, internal host names and "
                    "the parties' IP addresses are replaced by consistent pseudonyms (Company A, "
                    "alice@a-company.co.jp, 192.0.2.0/24). In the observables their domains end with the "
                    "reserved name .example (RFC 2606: alice@a-company.co.jp.example), so that no value "
                    "matches a real organisation; a pseudonym is never an indicator.");
            if (m_an.options().anonymizeAttacker)
                lines << QStringLiteral("The attacker's own domains, addresses and IPs are pseudonymized too "
                                        "(attacker-1.example, 203.0.113.0/24).");
            if (!m_options.liveIndicators && m_an.options().defang)
                lines << QStringLiteral(
                    "Indicator values are defanged so that nothing is clickable: read [.] as '.', [@] as "
                    "'@', [:] as ':', hxxp as http. Refang them before matching.");
            note(QStringLiteral("how-to-read"), QStringLiteral("How to read the values in this bundle"),
                lines.isEmpty() ? QStringLiteral("Values are as found.") : lines.join(QLatin1Char(' ')));
        }

        // 6. The report, referring to everything above.
        void addReport()
        {
            const CaseAnalysis& a = m_in.analysis;
            QJsonObject report = sdo(QStringLiteral("report"), QStringLiteral("report"));
            report.insert(QStringLiteral("published"), m_created);
            const int type = m_in.effectiveBecType();
            QString name = QStringLiteral("Business e-mail compromise %1").arg(m_caseId);
            if (!m_in.title.trimmed().isEmpty())
                name += QStringLiteral(": ") + m_an.text(m_in.title.trimmed());
            report.insert(QStringLiteral("name"), name);
            QString description;
            if (type > 0)
                description = QStringLiteral("IPA BEC type %1 (%2). ").arg(type).arg(becTypeNameEn(type));
            int attackerMessages = 0;
            for (const CaseMessage& cm : a.messages)
                attackerMessages += cm.actor == QLatin1String("attacker") ? 1 : 0;
            description += QStringLiteral("%1 messages analysed, %2 from the attacker.")
                               .arg(a.messages.size())
                               .arg(attackerMessages);
            if (!m_in.summaryEn.trimmed().isEmpty())
                description += QLatin1Char(' ') + m_an.text(m_in.summaryEn.trimmed());
            for (const Text& r : a.becTypeReasons)
                description += QStringLiteral(" Reason: ") + m_an.text(r.render(u"en")) + QLatin1Char('.');
            report.insert(QStringLiteral("description"), description);
            report.insert(QStringLiteral("report_types"), QJsonArray { QStringLiteral("threat-report") });
            QJsonArray labels { QStringLiteral("bec") };
            if (type > 0)
                labels.append(QStringLiteral("ipa-bec-type-%1").arg(type));
            for (const QString& t : m_in.tags) {
                const QString tag = m_an.text(t.trimmed());
                if (!tag.isEmpty())
                    labels.append(tag);
            }
            report.insert(QStringLiteral("labels"), labels);
            QJsonArray objectRefs;
            for (const QString& r : std::as_const(m_refs))
                objectRefs.append(r);
            if (objectRefs.isEmpty()) // the how-to note is always there: only a safety net
                objectRefs.append(m_producer);
            report.insert(QStringLiteral("object_refs"), objectRefs);
            QJsonObject ext { { QStringLiteral("extension_type"), QStringLiteral("property-extension") },
                { QStringLiteral("case_id"), m_caseId }, { QStringLiteral("anonymized"), m_an.options().anonymize },
                { QStringLiteral("defanged"), !m_options.liveIndicators && m_an.options().defang } };
            if (!m_in.damage.isEmpty())
                ext.insert(QStringLiteral("damage"), m_in.damage);
            report.insert(QStringLiteral("extensions"), QJsonObject { { QString(kCaseExtension), ext } });
            add(report, false);
        }

        QStringList m_indicators;
    };

} // namespace

QUuid exportUuid(const QStringList& parts)
{
    QByteArray h
        = QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).left(16);
    h[6] = char((uchar(h[6]) & 0x0F) | 0x40); // version 4
    h[8] = char((uchar(h[8]) & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(h);
}

QString normalizedTlp(const QString& marking)
{
    QString s = marking.trimmed().toUpper();
    if (s.isEmpty())
        return {};
    if (!s.startsWith(QLatin1String("TLP:")))
        s.prepend(QLatin1String("TLP:"));
    if (s == QLatin1String("TLP:WHITE")) // TLP 1.0's name for CLEAR
        s = QStringLiteral("TLP:CLEAR");
    for (const TlpDefinition& d : kTlpDefinitions) {
        if (s == d.label)
            return s;
    }
    return {};
}

QByteArray bundle(const ReportInput& input, const Anonymizer& an, const Options& options)
{
    return BundleBuilder(input, an, options).build();
}

QByteArray indicatorsCsv(const ReportInput& input, const Anonymizer& an, const Options& options)
{
    // UTF-8 with a byte order mark: Excel on Japanese Windows reads a CSV without one as CP932.
    QString out = QChar(0xFEFF)
        + QStringLiteral("case_id,tlp,type,value,role,role_ja,first_seen,last_seen,messages,file_name,sha256,size\r\n");
    const QString tlp = input.tlp;
    // A pseudonym under its reserved name (a-cornpany.co.jp.example), defanged unless live.
    const auto csvValue = [&](const Indicator& ind) {
        const QString reserved = an.reservedNames(ind.plain);
        if (reserved == ind.plain)
            return valueOf(ind, options);
        return options.liveIndicators || !an.options().defang ? reserved : Anonymizer::defang(reserved);
    };
    for (const Indicator& ind : an.indicators()) {
        QStringList ids;
        for (const QString& id : ind.messageIds)
            ids << an.reservedNames(an.text(id)); // a pseudonymous host under .example
        const QStringList row { an.caseId(), tlp, ind.type,
            ind.type == QLatin1String("file") ? ind.sha256 : csvValue(ind), ind.role, ind.roleIn(u"ja"),
            ind.firstSeen.isValid() ? stixTimestamp(ind.firstSeen) : QString(),
            ind.lastSeen.isValid() ? stixTimestamp(ind.lastSeen) : QString(), ids.join(QLatin1Char(' ')), ind.fileName,
            ind.sha256, ind.size > 0 ? QString::number(ind.size) : QString() };
        // Identifiers stay text; the times are ISO 8601 and the size is a number.
        static const QSet<int> notText { 6, 7, 11 };
        QStringList fields;
        for (qsizetype c = 0; c < row.size(); ++c)
            fields << (notText.contains(int(c)) ? csvCell(row[c]) : csvTextCell(row[c]));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace MailTriage::StixExport
