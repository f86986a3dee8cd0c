// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include "dateparser.h"
#include "messagejson.h"

namespace MailTriage::CaseJson {

QJsonArray parties(const CaseAnalysis& a)
{
    QJsonArray out;
    for (const Party& p : a.parties) {
        QJsonArray people;
        for (auto it = p.people.cbegin(); it != p.people.cend(); ++it)
            people.append(
                QJsonObject { { QStringLiteral("address"), it.key() }, { QStringLiteral("name"), it.value() } });
        out.append(QJsonObject { { QStringLiteral("label"), p.label }, { QStringLiteral("name"), p.name },
            { QStringLiteral("domains"), QJsonArray::fromStringList(p.domains) }, { QStringLiteral("role"), p.role },
            { QStringLiteral("people"), people } });
    }
    return out;
}

QJsonArray messages(const CaseAnalysis& a)
{
    QJsonArray out;
    for (const CaseMessage& cm : a.messages) {
        QJsonObject o = MessageJson::toJson(cm.message);
        o.insert(QStringLiteral("actor"), cm.actor);
        if (cm.actorOverridden) {
            // The analyst's verdict, with what MailTriage found before it.
            o.insert(QStringLiteral("actor_overridden"), true);
            o.insert(QStringLiteral("actor_computed"), cm.actorComputed);
        }
        o.insert(QStringLiteral("party"),
            cm.senderParty >= 0 && cm.senderParty < a.parties.size() ? QJsonValue(a.parties[cm.senderParty].label)
                                                                     : QJsonValue());
        o.insert(QStringLiteral("thread"), cm.thread);
        if (!cm.attackerReasons.isEmpty())
            o.insert(QStringLiteral("attacker_reasons"), QJsonArray::fromStringList(render(cm.attackerReasons, u"en")));
        QJsonArray copies;
        for (const MessageCopy& c : cm.copies)
            copies.append(QJsonObject { { QStringLiteral("file"), c.file }, { QStringLiteral("index"), c.index },
                { QStringLiteral("sha256"), QString::fromLatin1(c.sha256) },
                { QStringLiteral("delivered"), c.delivered } });
        o.insert(QStringLiteral("copies"), copies);
        out.append(o);
    }
    return out;
}

QJsonObject timeline(const CaseAnalysis& a)
{
    QJsonArray events;
    for (const TimelineEvent& e : a.timeline) {
        QJsonArray to;
        for (const Mailbox& m : e.to)
            to.append(MessageJson::toJson(m));
        QJsonObject o { { QStringLiteral("message_id"), e.messageId },
            { QStringLiteral("date"), e.date.isValid() ? QJsonValue(DateParser::toIso(e.date)) : QJsonValue() },
            { QStringLiteral("date_utc"),
                e.date.isValid() ? QJsonValue(DateParser::toIso(e.date.toUTC())) : QJsonValue() },
            { QStringLiteral("from"), MessageJson::toJson(e.from) }, { QStringLiteral("to"), to },
            { QStringLiteral("party_from"), e.partyFrom },
            { QStringLiteral("party_to"), QJsonArray::fromStringList(e.partyTo) }, { QStringLiteral("actor"), e.actor },
            { QStringLiteral("signals"), QJsonArray::fromStringList(e.signals) },
            { QStringLiteral("summary"), e.summary } };
        if (e.gapSeconds >= 0) {
            o.insert(QStringLiteral("gap_seconds"), e.gapSeconds);
            o.insert(QStringLiteral("gap"), e.gapText);
        }
        if (e.message >= 0 && e.message < a.messages.size()) {
            QJsonArray files;
            for (const MessageCopy& c : a.messages[e.message].copies)
                files.append(c.file);
            o.insert(QStringLiteral("copies"), files);
        }
        events.append(o);
    }
    return QJsonObject { { QStringLiteral("events"), events } };
}

void addBecSuggestion(const CaseAnalysis& a, QJsonObject* out)
{
    out->insert(
        QStringLiteral("bec_type_suggested"), a.becTypeSuggested > 0 ? QJsonValue(a.becTypeSuggested) : QJsonValue());
    out->insert(QStringLiteral("bec_type_suggested_name"), becTypeNameEn(a.becTypeSuggested));
    out->insert(QStringLiteral("bec_type_reasons"), QJsonArray::fromStringList(render(a.becTypeReasons, u"en")));
    out->insert(QStringLiteral("bec_type_reasons_ja"), QJsonArray::fromStringList(render(a.becTypeReasons, u"ja")));
}

} // namespace MailTriage::CaseJson
