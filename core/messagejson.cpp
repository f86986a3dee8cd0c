// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagejson.h"

#include "dateparser.h"

namespace MailTriage::MessageJson {

namespace {
    QJsonValue nullable(const QString& s)
    {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    QString latin1(const QByteArray& b)
    {
        return QString::fromLatin1(b);
    }
} // namespace

QJsonObject toJson(const Mailbox& m)
{
    QJsonObject o { { QStringLiteral("name"), m.name }, { QStringLiteral("address"), m.address } };
    if (!m.group.isEmpty())
        o.insert(QStringLiteral("group"), m.group);
    return o;
}

QJsonArray toJson(const QList<Mailbox>& list)
{
    QJsonArray a;
    for (const Mailbox& m : list)
        a.append(toJson(m));
    return a;
}

QJsonObject toJson(const Finding& f)
{
    QJsonObject o { { QStringLiteral("signal"), f.signal }, { QStringLiteral("severity"), severityName(f.severity) },
        { QStringLiteral("header"), f.header },
        { QStringLiteral("offset"), f.offset >= 0 ? QJsonValue(f.offset) : QJsonValue() },
        { QStringLiteral("length"), f.offset >= 0 ? QJsonValue(f.length) : QJsonValue() },
        { QStringLiteral("text_en"), f.text.render(u"en") }, { QStringLiteral("text_ja"), f.text.render(u"ja") },
        { QStringLiteral("evidence"), f.evidence } };
    if (!f.relatedMessageId.isEmpty())
        o.insert(QStringLiteral("related_message_id"), f.relatedMessageId);
    return o;
}

QJsonObject toJson(const ReadError& e)
{
    return { { QStringLiteral("file"), e.file }, { QStringLiteral("reason"), e.reason } };
}

QJsonObject toJson(const Message& m)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), m.file);
    o.insert(QStringLiteral("index"), m.index);
    o.insert(QStringLiteral("format"), m.format);
    o.insert(QStringLiteral("sha256"), latin1(m.sha256));
    o.insert(QStringLiteral("size"), qint64(m.raw.size()));
    if (!m.messageClass.isEmpty())
        o.insert(QStringLiteral("message_class"), m.messageClass);
    o.insert(QStringLiteral("message_id"), nullable(m.messageId));
    o.insert(QStringLiteral("date"), nullable(DateParser::toIso(m.date)));
    if (!m.date.isValid() && !m.dateRaw.isEmpty())
        o.insert(QStringLiteral("date_raw"), m.dateRaw);
    o.insert(QStringLiteral("subject"), m.subject);
    o.insert(QStringLiteral("from"), m.from.isEmpty() ? QJsonValue() : QJsonValue(toJson(m.from)));
    if (m.fromAll.size() > 1)
        o.insert(QStringLiteral("from_all"), toJson(m.fromAll));
    o.insert(QStringLiteral("sender"), m.sender.isEmpty() ? QJsonValue() : QJsonValue(toJson(m.sender)));
    o.insert(QStringLiteral("reply_to"), toJson(m.replyTo));
    o.insert(QStringLiteral("to"), toJson(m.to));
    o.insert(QStringLiteral("cc"), toJson(m.cc));
    if (!m.bcc.isEmpty())
        o.insert(QStringLiteral("bcc"), toJson(m.bcc));
    o.insert(QStringLiteral("return_path"), nullable(m.returnPath));
    o.insert(QStringLiteral("in_reply_to"), nullable(m.inReplyTo));
    o.insert(QStringLiteral("references"), QJsonArray::fromStringList(m.references));

    QJsonArray hops;
    for (const ReceivedHop& h : m.received) {
        QJsonObject j { { QStringLiteral("from_host"), nullable(h.fromHost) },
            { QStringLiteral("from_rdns"), nullable(h.fromRdns) }, { QStringLiteral("from_ip"), nullable(h.fromIp) },
            { QStringLiteral("by_host"), nullable(h.byHost) }, { QStringLiteral("protocol"), nullable(h.protocol) },
            { QStringLiteral("tls"), h.tls }, { QStringLiteral("id"), nullable(h.id) },
            { QStringLiteral("for"), nullable(h.forAddress) },
            { QStringLiteral("date"), nullable(DateParser::toIso(h.date)) },
            { QStringLiteral("delay_seconds"), h.hasDelay ? QJsonValue(h.delaySeconds) : QJsonValue() },
            { QStringLiteral("trusted"), h.trusted }, { QStringLiteral("parsed"), h.parsed },
            { QStringLiteral("raw"), h.raw } };
        hops.append(j);
    }
    o.insert(QStringLiteral("received"), hops);

    QJsonObject auth;
    auth.insert(QStringLiteral("spf"), nullable(m.auth.spf));
    QJsonArray dkim;
    for (const AuthMethodResult& d : m.auth.dkim) {
        dkim.append(QJsonObject { { QStringLiteral("result"), d.result },
            { QStringLiteral("domain"), nullable(d.domain) }, { QStringLiteral("selector"), nullable(d.selector) } });
    }
    auth.insert(QStringLiteral("dkim"), dkim);
    auth.insert(QStringLiteral("dmarc"), nullable(m.auth.dmarc));
    auth.insert(QStringLiteral("arc"), nullable(m.auth.arc));
    auth.insert(QStringLiteral("authserv_id"), nullable(m.auth.authservId));
    QJsonArray sigs;
    for (const DkimSignature& s : m.dkimSignatures)
        sigs.append(QJsonObject { { QStringLiteral("domain"), s.domain }, { QStringLiteral("selector"), s.selector } });
    auth.insert(QStringLiteral("dkim_signatures"), sigs);
    o.insert(QStringLiteral("auth"), auth);

    QJsonArray parts;
    for (const MimePart& p : m.parts) {
        QJsonObject j { { QStringLiteral("content_type"), latin1(p.contentType) },
            { QStringLiteral("charset"), p.charset.isEmpty() ? QJsonValue() : QJsonValue(latin1(p.charset)) },
            { QStringLiteral("size"), p.decodedSize }, { QStringLiteral("filename"), nullable(p.filename) },
            { QStringLiteral("depth"), p.depth } };
        if (!p.defects.isEmpty())
            j.insert(QStringLiteral("defects"), QJsonArray::fromStringList(p.defects));
        parts.append(j);
    }
    o.insert(QStringLiteral("parts"), parts);

    QJsonArray atts;
    for (const Attachment& a : m.attachments) {
        QJsonObject j { { QStringLiteral("filename"), nullable(a.filename) },
            { QStringLiteral("content_type"), latin1(a.contentType) }, { QStringLiteral("size"), a.size },
            { QStringLiteral("sha256"), a.sha256.isEmpty() ? QJsonValue() : QJsonValue(latin1(a.sha256)) } };
        if (a.byReference)
            j.insert(QStringLiteral("by_reference"), true);
        atts.append(j);
    }
    o.insert(QStringLiteral("attachments"), atts);

    QJsonArray findings;
    for (const Finding& f : m.findings)
        findings.append(toJson(f));
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("defects"), QJsonArray::fromStringList(m.defects));
    return o;
}

} // namespace MailTriage::MessageJson
