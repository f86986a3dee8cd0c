// SPDX-License-Identifier: GPL-3.0-or-later
#include "mispexport.h"

#include "stixexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace MailTriage::MispExport {

namespace {

    // The misp-objects templates the objects follow (uuid, version).
    struct Template {
        QLatin1StringView name;
        QLatin1StringView uuid;
        QLatin1StringView version;
        QLatin1StringView metaCategory;
        QLatin1StringView description;
    };
    constexpr Template kEmail { QLatin1StringView("email"), QLatin1StringView("a0c666e0-fc65-4be8-b48f-3423d788b552"),
        QLatin1StringView("19"), QLatin1StringView("network"),
        QLatin1StringView("Email object describing an email with meta-information") };
    constexpr Template kFile { QLatin1StringView("file"), QLatin1StringView("688c46fb-5edb-40a3-8273-1af7923e2215"),
        QLatin1StringView("25"), QLatin1StringView("file"),
        QLatin1StringView("File object describing a file with meta-information") };
    constexpr Template kUrl { QLatin1StringView("url"), QLatin1StringView("60efb77b-40b5-4c46-871b-ed1ed999fce5"),
        QLatin1StringView("10"), QLatin1StringView("network"),
        QLatin1StringView("url object describes an url along with its normalized field") };
    constexpr Template kDomainIp { QLatin1StringView("domain-ip"),
        QLatin1StringView("43b3b146-77eb-4931-b4cc-b66c60f28734"), QLatin1StringView("11"),
        QLatin1StringView("network"), QLatin1StringView("A domain/hostname and IP address seen as a tuple") };

    // MISP dates: ISO 8601 with the offset.
    QString mispTime(const QDateTime& t)
    {
        return t.toUTC().toString(Qt::ISODate);
    }

    class EventBuilder {
    public:
        EventBuilder(const ReportInput& input, const Anonymizer& an)
            : m_in(input)
            , m_an(an)
            , m_asOf(StixExport::asOf(input))
            , m_stamp(StixExport::stixTimestamp(m_asOf))
        {
            const QList<Indicator>& inds = m_an.indicators();
            for (const Indicator& ind : inds) {
                // The attacker's own values, as real values: detectable. A pseudonym matches nothing.
                if (ind.isDetectable())
                    m_detectable.insert(ind.type + QLatin1Char('\n') + ind.plain.toLower());
            }
        }

        QByteArray build()
        {
            QJsonObject event;
            QString info = QStringLiteral("Business e-mail compromise %1").arg(m_an.caseId());
            if (!m_in.title.trimmed().isEmpty())
                info += QStringLiteral(": ") + m_an.text(m_in.title.trimmed());
            event.insert(QStringLiteral("info"), info);
            event.insert(QStringLiteral("date"), firstAttack().date().toString(Qt::ISODate));
            // 1 high: money was lost; 2 medium otherwise (an attempt that was caught).
            event.insert(QStringLiteral("threat_level_id"),
                m_in.damage == QLatin1String("yes") ? QStringLiteral("1") : QStringLiteral("2"));
            event.insert(QStringLiteral("analysis"), QStringLiteral("2")); // completed: this is the report
            event.insert(QStringLiteral("distribution"), QString::number(static_cast<int>(distributionFor(m_in.tlp))));
            event.insert(QStringLiteral("published"), false);
            event.insert(QStringLiteral("uuid"), uuid(QStringLiteral("event")));
            event.insert(QStringLiteral("timestamp"), QString::number(m_asOf.toSecsSinceEpoch()));
            QJsonArray tags;
            if (!tlpTag(m_in.tlp).isEmpty())
                tags.append(QJsonObject { { QStringLiteral("name"), tlpTag(m_in.tlp) } });
            tags.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("bec") } });
            const int type = m_in.effectiveBecType();
            if (type > 0)
                tags.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("ipa-bec-type-%1").arg(type) } });
            for (const QString& t : m_in.tags) {
                const QString tag = m_an.text(t.trimmed());
                if (!tag.isEmpty() && tag != QLatin1String("bec"))
                    tags.append(QJsonObject { { QStringLiteral("name"), tag } });
            }
            event.insert(QStringLiteral("Tag"), tags);

            addIndicatorObjects();
            addMessages();
            addAttributes();
            event.insert(QStringLiteral("Attribute"), m_attributes);
            event.insert(QStringLiteral("Object"), m_objectList);
            return QJsonDocument(QJsonObject { { QStringLiteral("Event"), event } }).toJson(QJsonDocument::Indented);
        }

    private:
        const ReportInput& m_in;
        const Anonymizer& m_an;
        const QDateTime m_asOf;
        const QString m_stamp;
        QSet<QString> m_detectable; // "type\nvalue" of the attacker's real indicators
        QJsonArray m_attributes;
        QJsonArray m_objectList;
        QHash<int, QStringList> m_objectsOfMessage; // message index -> uuids of its file/url/domain-ip objects
        QHash<QString, QString> m_relationOf; // object uuid -> how the message relates to it
        QSet<QString> m_addressesWritten; // lower-case addresses the e-mail objects carry

        QString uuid(const QString& key) const
        {
            return StixExport::exportUuid({ QStringLiteral("mailtriage.misp"), m_an.caseId(), m_stamp, key })
                .toString(QUuid::WithoutBraces);
        }

        QDateTime firstAttack() const
        {
            QDateTime first;
            for (const CaseMessage& cm : m_in.analysis.messages) {
                if (cm.actor == QLatin1String("attacker") && cm.message.date.isValid()
                    && (!first.isValid() || cm.message.date < first))
                    first = cm.message.date;
            }
            return first.isValid() ? first.toUTC() : m_asOf;
        }

        bool detectable(const QString& type, const QString& value) const
        {
            return m_detectable.contains(type + QLatin1Char('\n') + value.toLower());
        }

        QJsonObject attribute(const QString& key, const QString& relation, const QString& type, const QString& category,
            const QString& value, bool toIds, const QString& comment = {}) const
        {
            QJsonObject a;
            if (!relation.isEmpty())
                a.insert(QStringLiteral("object_relation"), relation);
            a.insert(QStringLiteral("type"), type);
            a.insert(QStringLiteral("category"), category);
            a.insert(QStringLiteral("value"), value);
            a.insert(QStringLiteral("to_ids"), toIds);
            a.insert(QStringLiteral("uuid"), uuid(QStringLiteral("attribute\n") + key));
            a.insert(QStringLiteral("distribution"), QStringLiteral("5")); // the event's
            a.insert(QStringLiteral("comment"), comment);
            a.insert(QStringLiteral("timestamp"), QString::number(m_asOf.toSecsSinceEpoch()));
            return a;
        }

        QJsonObject object(const Template& t, const QString& key, const QString& comment) const
        {
            QJsonObject o;
            o.insert(QStringLiteral("name"), QString(t.name));
            o.insert(QStringLiteral("meta-category"), QString(t.metaCategory));
            o.insert(QStringLiteral("description"), QString(t.description));
            o.insert(QStringLiteral("template_uuid"), QString(t.uuid));
            o.insert(QStringLiteral("template_version"), QString(t.version));
            o.insert(QStringLiteral("uuid"), uuid(QStringLiteral("object\n") + key));
            o.insert(QStringLiteral("distribution"), QStringLiteral("5"));
            o.insert(QStringLiteral("comment"), comment);
            o.insert(QStringLiteral("timestamp"), QString::number(m_asOf.toSecsSinceEpoch()));
            return o;
        }

        // file, url and domain-ip objects of the attacker's indicators.
        void addIndicatorObjects()
        {
            const QList<Indicator>& inds = m_an.indicators();
            for (int i = 0; i < inds.size(); ++i) {
                const Indicator& ind = inds[i];
                // Keyed by position, never by a real value behind a pseudonym (the case id and the
                // time are in the event: a guessed value could be checked against the uuid).
                const QString key = QStringLiteral("indicator\n%1").arg(i);
                const QString role = ind.roleIn(u"en");
                QJsonObject o;
                QJsonArray attrs;
                QString relation;
                if (ind.type == QLatin1String("file")) {
                    o = object(kFile, key, role);
                    // The attacker's own file: the same bytes are the same file anywhere.
                    attrs.append(attribute(key + QStringLiteral("\nsha256"), QStringLiteral("sha256"),
                        QStringLiteral("sha256"), QStringLiteral("Payload delivery"), ind.sha256, !ind.context));
                    if (!ind.fileName.isEmpty())
                        attrs.append(attribute(key + QStringLiteral("\nfilename"), QStringLiteral("filename"),
                            QStringLiteral("filename"), QStringLiteral("Payload delivery"), ind.fileName, false));
                    if (ind.size > 0)
                        attrs.append(attribute(key + QStringLiteral("\nsize"), QStringLiteral("size-in-bytes"),
                            QStringLiteral("size-in-bytes"), QStringLiteral("Other"), QString::number(ind.size),
                            false));
                    relation = QStringLiteral("contains");
                } else if (ind.type == QLatin1String("url")) {
                    o = object(kUrl, key, role);
                    attrs.append(
                        attribute(key, QStringLiteral("url"), QStringLiteral("url"), QStringLiteral("Network activity"),
                            m_an.reservedNames(ind.plain), detectable(ind.type, ind.plain)));
                    relation = QStringLiteral("contains");
                } else if (ind.type == QLatin1String("domain-name") || ind.type == QLatin1String("ipv4-addr")
                    || ind.type == QLatin1String("ipv6-addr")) {
                    o = object(kDomainIp, key, role);
                    const bool domain = ind.type == QLatin1String("domain-name");
                    attrs.append(attribute(key, domain ? QStringLiteral("domain") : QStringLiteral("ip"),
                        domain ? QStringLiteral("domain") : QStringLiteral("ip-dst"),
                        QStringLiteral("Network activity"), m_an.reservedNames(ind.plain),
                        detectable(ind.type, ind.plain)));
                    if (ind.firstSeen.isValid())
                        attrs.append(attribute(key + QStringLiteral("\nfirst"), QStringLiteral("first-seen"),
                            QStringLiteral("datetime"), QStringLiteral("Other"), mispTime(ind.firstSeen), false));
                    if (ind.lastSeen.isValid())
                        attrs.append(attribute(key + QStringLiteral("\nlast"), QStringLiteral("last-seen"),
                            QStringLiteral("datetime"), QStringLiteral("Other"), mispTime(ind.lastSeen), false));
                    relation = QStringLiteral("related-to");
                } else {
                    continue;
                }
                o.insert(QStringLiteral("Attribute"), attrs);
                const QString id = o.value(QStringLiteral("uuid")).toString();
                m_objectList.append(o);
                m_relationOf.insert(id, relation);
                for (int message : ind.messages)
                    m_objectsOfMessage[message] << id;
            }
        }

        // One email object per attacker message: its headers as the reports print them (no body
        // when anonymized: quoted replies carry what no pseudonym covers; never the raw message).
        void addMessages()
        {
            const CaseAnalysis& a = m_in.analysis;
            for (int index = 0; index < a.messages.size(); ++index) {
                const CaseMessage& cm = a.messages[index];
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                const Message& m = cm.message;
                const QString key = QStringLiteral("message\n%1").arg(index);
                QJsonObject o = object(kEmail, key, QStringLiteral("Message %1 of the case").arg(index + 1));
                QJsonArray attrs;
                int n = 0;
                const auto add = [&](const QString& relation, const QString& type, const QString& value,
                                     bool toIds = false, const QString& category = QStringLiteral("Payload delivery")) {
                    if (value.trimmed().isEmpty())
                        return;
                    attrs.append(
                        attribute(key + QStringLiteral("\n%1").arg(n++), relation, type, category, value, toIds));
                };
                const auto address = [&](const QString& relation, const QString& type, const Mailbox& mb,
                                         const QString& nameRelation, const QString& nameType) {
                    const QString value = m_an.machineText(mb.address);
                    if (!value.trimmed().isEmpty())
                        m_addressesWritten.insert(value.trimmed().toLower());
                    add(relation, type, value, detectable(QStringLiteral("email-addr"), value));
                    add(nameRelation, nameType, m_an.text(mb.name));
                };
                address(QStringLiteral("from"), QStringLiteral("email-src"), m.from,
                    QStringLiteral("from-display-name"), QStringLiteral("email-src-display-name"));
                for (const Mailbox& mb : m.to)
                    address(QStringLiteral("to"), QStringLiteral("email-dst"), mb, QStringLiteral("to-display-name"),
                        QStringLiteral("email-dst-display-name"));
                for (const Mailbox& mb : m.cc)
                    address(QStringLiteral("cc"), QStringLiteral("email-dst"), mb, QStringLiteral("cc-display-name"),
                        QStringLiteral("email-dst-display-name"));
                for (const Mailbox& mb : m.replyTo)
                    address(QStringLiteral("reply-to"), QStringLiteral("email-reply-to"), mb,
                        QStringLiteral("reply-to-display-name"), QStringLiteral("email-dst-display-name"));
                add(QStringLiteral("subject"), QStringLiteral("email-subject"), m_an.machineText(m.subject));
                add(QStringLiteral("message-id"), QStringLiteral("email-message-id"), m_an.machineText(m.messageId));
                if (m.date.isValid())
                    add(QStringLiteral("send-date"), QStringLiteral("datetime"), mispTime(m.date), false,
                        QStringLiteral("Other"));
                if (const HeaderField* f = m.header("X-Mailer"))
                    add(QStringLiteral("x-mailer"), QStringLiteral("email-x-mailer"), m_an.machineText(f->value));
                for (const Attachment& att : m.attachments)
                    add(QStringLiteral("attachment"), QStringLiteral("email-attachment"),
                        m_an.machineText(att.filename));
                add(QStringLiteral("email-body"), QStringLiteral("email-body"), m_an.machineBody(m));
                o.insert(QStringLiteral("Attribute"), attrs);
                QJsonArray references;
                for (const QString& target : m_objectsOfMessage.value(index)) {
                    references.append(QJsonObject { { QStringLiteral("referenced_uuid"), target },
                        { QStringLiteral("relationship_type"), m_relationOf.value(target) },
                        { QStringLiteral("uuid"),
                            uuid(QStringLiteral("reference\n") + key + QLatin1Char('\n') + target) } });
                }
                if (!references.isEmpty())
                    o.insert(QStringLiteral("ObjectReference"), references);
                m_objectList.append(o);
            }
        }

        // What has no object template here: the account the money was to go to, the attacker's
        // telephone numbers, and what the headers show.
        void addAttributes()
        {
            const QList<Indicator>& inds = m_an.indicators();
            for (int i = 0; i < inds.size(); ++i) {
                const Indicator& ind = inds[i];
                const QString key = QStringLiteral("indicator\n%1").arg(i);
                if (ind.type == QLatin1String("email-addr")) {
                    // An address the e-mail objects do not carry (an envelope sender, a receipt
                    // address, one written in a display name): an attribute of its own.
                    const QString value = m_an.reservedNames(ind.plain);
                    if (!m_addressesWritten.contains(value.toLower()))
                        m_attributes.append(attribute(key, {}, QStringLiteral("email-src"),
                            QStringLiteral("Payload delivery"), value, ind.isDetectable(), ind.roleIn(u"en")));
                } else if (ind.type == QLatin1String("hostname")) {
                    // A machine name (HELO) is no host name MISP resolves: text, for the analyst.
                    m_attributes.append(attribute(key, {}, QStringLiteral("text"), QStringLiteral("Other"),
                        m_an.reservedNames(ind.plain), false, ind.roleIn(u"en")));
                } else if (ind.type == QLatin1String("bank-account")) {
                    m_attributes.append(
                        attribute(key, {}, ind.isIban() ? QStringLiteral("iban") : QStringLiteral("bank-account-nr"),
                            QStringLiteral("Financial fraud"), ind.plain, ind.isDetectable(),
                            ind.fileName.isEmpty()
                                ? ind.roleIn(u"en")
                                : ind.roleIn(u"en") + QStringLiteral(" (") + ind.fileName + QLatin1Char(')')));
                } else if (ind.type == QLatin1String("phone")) {
                    m_attributes.append(attribute(key, {}, QStringLiteral("phone-number"),
                        QStringLiteral("Financial fraud"), ind.plain, false, ind.roleIn(u"en")));
                }
            }
            QStringList lines;
            int n = 0;
            for (const CaseMessage& cm : m_in.analysis.messages) {
                ++n;
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                QSet<QString> done;
                for (const Finding& f : cm.message.findings) {
                    if (f.severity < Severity::Low || done.contains(f.signal))
                        continue;
                    done.insert(f.signal);
                    lines << QStringLiteral("Message %1: %2 (%3): %4")
                                 .arg(n)
                                 .arg(f.signal, severityName(f.severity), m_an.text(f.text.render(u"en")));
                }
            }
            if (!lines.isEmpty())
                m_attributes.append(attribute(QStringLiteral("findings"), {}, QStringLiteral("text"),
                    QStringLiteral("Other"), m_an.reservedNames(lines.join(QLatin1Char('\n'))), false,
                    QStringLiteral("What the attacker's messages show")));
            if (!m_in.notes.trimmed().isEmpty())
                m_attributes.append(
                    attribute(QStringLiteral("notes"), {}, QStringLiteral("text"), QStringLiteral("Other"),
                        m_an.reservedNames(m_an.text(m_in.notes)), false, QStringLiteral("Analyst notes")));
        }
    };

} // namespace

Distribution distributionFor(const QString& tlp)
{
    const QString t = StixExport::normalizedTlp(tlp);
    if (t == QLatin1String("TLP:CLEAR"))
        return Distribution::All;
    if (t == QLatin1String("TLP:GREEN"))
        return Distribution::Community;
    return Distribution::Organisation;
}

QString tlpTag(const QString& tlp)
{
    return StixExport::normalizedTlp(tlp).toLower();
}

QByteArray event(const ReportInput& input, const Anonymizer& anonymizer)
{
    return EventBuilder(input, anonymizer).build();
}

} // namespace MailTriage::MispExport
