// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageparser.h"

#include "addressparser.h"
#include "attachmenttext.h"
#include "authresults.h"
#include "charset.h"
#include "dateparser.h"
#include "headerblock.h"
#include "headerparameters.h"
#include "receivedparser.h"
#include "sha256.h"
#include "transferencoding.h"

#include <QByteArrayMatcher>

namespace MailTriage::MessageParser {

namespace {

    struct Pending {
        int part;
        qint64 start;
        qint64 end;
        QByteArray defaultType;
    };

    QByteArray sha256Hex(QByteArrayView data)
    {
        return Sha256::hashHex(data);
    }

    const HeaderField* findField(const QList<HeaderField>& fields, QByteArrayView name)
    {
        for (const HeaderField& f : fields) {
            if (f.is(name))
                return &f;
        }
        return nullptr;
    }

    bool isLineStart(QByteArrayView d, qsizetype pos, qsizetype rangeStart)
    {
        return pos == rangeStart || d[pos - 1] == '\n';
    }

    // A delimiter found in a multipart body.
    struct Delimiter {
        qsizetype lineStart; // where "--boundary" starts
        qsizetype contentEnd; // where the preceding part's content ends (before the line break)
        qsizetype next; // first byte after the delimiter line
        bool close;
    };

    // Finds the delimiter lines of @p boundary in [start, end) of @p d. RFC 2046: the delimiter
    // is at line start, may be followed by white space only; the line break before it belongs to
    // it. Stops after @p maxParts delimiters.
    QList<Delimiter> findDelimiters(
        QByteArrayView d, qsizetype start, qsizetype end, const QByteArray& boundary, int maxParts)
    {
        QList<Delimiter> out;
        const QByteArray dash = "--" + boundary;
        const QByteArrayMatcher matcher(dash);
        qsizetype pos = start;
        while (pos < end && out.size() <= maxParts) {
            const qsizetype hit = matcher.indexIn(d.constData(), end, pos);
            if (hit < 0)
                break;
            pos = hit + dash.size();
            if (!isLineStart(d, hit, start))
                continue;
            qsizetype i = hit + dash.size();
            bool close = false;
            if (i + 1 < end && d[i] == '-' && d[i + 1] == '-') {
                close = true;
                i += 2;
            }
            while (i < end && (d[i] == ' ' || d[i] == '\t'))
                ++i;
            if (i < end && d[i] != '\r' && d[i] != '\n')
                continue; // "--boundaryX": a longer boundary, not ours
            qsizetype next = i;
            if (next < end && d[next] == '\r')
                ++next;
            if (next < end && d[next] == '\n')
                ++next;
            qsizetype contentEnd = hit;
            if (contentEnd > start && d[contentEnd - 1] == '\n') {
                --contentEnd;
                if (contentEnd > start && d[contentEnd - 1] == '\r')
                    --contentEnd;
            }
            out.append({ hit, contentEnd, next, close });
            if (close)
                break;
        }
        return out;
    }

    bool isTextType(const QByteArray& ct)
    {
        return ct.startsWith("text/");
    }

    void addDefect(Message& m, MimePart& part, const QString& text)
    {
        part.defects.append(text);
        if (m.defects.size() < 200)
            m.defects.append(text);
    }

    QList<Mailbox> mailboxesOf(const QList<HeaderField>& fields, QByteArrayView name, QStringList* defects)
    {
        QList<Mailbox> out;
        for (const HeaderField& f : fields) {
            if (!f.is(name))
                continue;
            const AddressParser::Result r = AddressParser::parseList(f.rawValue);
            out += r.mailboxes;
            for (const QString& d : r.defects)
                defects->append(QString::fromLatin1(name.toByteArray()) + QStringLiteral(": ") + d);
        }
        return out;
    }

    // The queue fills parts breadth-first; people read trees depth-first. Renumber in pre-order.
    void reorderPreOrder(Message& m)
    {
        const qsizetype n = m.parts.size();
        QList<int> order;
        order.reserve(n);
        QList<int> stack { 0 };
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            order.append(i);
            const QList<int>& kids = m.parts[i].children;
            for (qsizetype k = kids.size() - 1; k >= 0; --k)
                stack.append(kids[k]);
        }
        if (order.size() != n)
            return; // cannot happen; keep the breadth-first numbering then
        QList<int> newIndex(n, -1);
        for (int k = 0; k < n; ++k)
            newIndex[order[k]] = k;
        QList<MimePart> parts;
        parts.reserve(n);
        for (int k = 0; k < n; ++k) {
            MimePart p = std::move(m.parts[order[k]]);
            if (p.parent >= 0)
                p.parent = newIndex[p.parent];
            for (int& c : p.children)
                c = newIndex[c];
            parts.append(std::move(p));
        }
        m.parts = std::move(parts);
        for (Attachment& a : m.attachments) {
            if (a.partIndex >= 0)
                a.partIndex = newIndex[a.partIndex];
        }
    }

} // namespace

QString decodeText(const QByteArray& decoded, const QByteArray& charset)
{
    QByteArray label = charset;
    if (label.isEmpty()) {
        // No label: old Japanese mailers sent raw ISO-2022-JP without saying so.
        if (decoded.contains("\x1b$B") || decoded.contains("\x1b$@"))
            label = "iso-2022-jp";
        else
            label = "us-ascii";
    }
    return Charset::toUnicode(decoded, label);
}

void populateFromHeaders(Message& m)
{
    if (m.parts.isEmpty())
        m.parts.append(MimePart());
    const QList<HeaderField>& h = m.parts.first().headers;
    QStringList defects;

    m.fromAll = mailboxesOf(h, "From", &defects);
    m.from = m.fromAll.isEmpty() ? Mailbox() : m.fromAll.first();
    const QList<Mailbox> senders = mailboxesOf(h, "Sender", &defects);
    m.sender = senders.isEmpty() ? Mailbox() : senders.first();
    m.replyTo = mailboxesOf(h, "Reply-To", &defects);
    m.to = mailboxesOf(h, "To", &defects);
    m.cc = mailboxesOf(h, "Cc", &defects);
    m.bcc = mailboxesOf(h, "Bcc", &defects);
    if (const HeaderField* f = findField(h, "Return-Path"))
        m.returnPath = AddressParser::parsePath(f->rawValue);
    if (const HeaderField* f = findField(h, "Subject"))
        m.subject = f->value;
    if (const HeaderField* f = findField(h, "Message-ID")) {
        const QStringList ids = AddressParser::parseMessageIds(f->rawValue, 1);
        m.messageId = ids.isEmpty() ? f->value : ids.first();
    }
    if (const HeaderField* f = findField(h, "In-Reply-To")) {
        const QStringList ids = AddressParser::parseMessageIds(f->rawValue);
        m.inReplyTo = ids.isEmpty() ? QString() : ids.last();
    }
    if (const HeaderField* f = findField(h, "References"))
        m.references = AddressParser::parseMessageIds(f->rawValue);
    if (const HeaderField* f = findField(h, "Date")) {
        m.dateRaw = f->value;
        bool zoneMissing = false;
        m.date = DateParser::parse(HeaderBlock::unfold(f->rawValue), &zoneMissing);
        if (!m.date.isValid())
            defects << QStringLiteral("the Date header cannot be read: \"%1\"").arg(f->value.left(80));
        else if (zoneMissing)
            defects << QStringLiteral("the Date header has no time zone; read as UTC");
    }
    m.received = ReceivedParser::parseChain(h);
    m.auth = AuthResults::summarize(h, m.received);
    m.dkimSignatures = AuthResults::dkimSignatures(h);
    for (const QString& d : std::as_const(defects)) {
        if (m.defects.size() < 200)
            m.defects.append(d);
    }
}

QByteArray decodedBody(const Message& m, int partIndex)
{
    if (partIndex < 0 || partIndex >= m.parts.size())
        return {};
    const MimePart& p = m.parts[partIndex];
    if (p.bodyOffset < 0 || p.bodyOffset + p.bodyLength > m.source.size())
        return {};
    return TransferEncoding::decode(QByteArrayView(m.source).sliced(p.bodyOffset, p.bodyLength), p.transferEncoding);
}

Message parseEml(const QByteArray& raw, const ParseLimits& limits)
{
    Message m;
    m.raw = raw;
    m.source = raw; // implicitly shared, no copy
    m.format = QStringLiteral("eml");
    m.sha256 = sha256Hex(raw);
    const QByteArrayView d(m.source);

    QList<Pending> queue;
    m.parts.append(MimePart());
    queue.append({ 0, 0, d.size(), QByteArray("text/plain") });
    bool partLimitHit = false;

    // Breadth-first over an explicit queue: no recursion on input structure.
    for (qsizetype qi = 0; qi < queue.size(); ++qi) {
        const Pending job = queue[qi];
        MimePart part = m.parts[job.part];
        const HeaderBlock hb = HeaderBlock::parse(
            d.sliced(job.start, job.end - job.start), job.start, limits.maxHeaderFields, limits.maxHeaderBytes);
        part.headers = hb.fields;
        part.headerOffset = job.start;
        part.bodyOffset = hb.bodyOffset;
        part.bodyLength = job.end - hb.bodyOffset;
        for (const QString& def : hb.defects)
            addDefect(m, part, def);

        // Content-Type (the last one wins only when the first is unreadable: keep the first).
        const HeaderField* ctField = findField(part.headers, "Content-Type");
        HeaderParameters ct;
        if (ctField) {
            ct = HeaderParameters::parse(HeaderBlock::unfold(ctField->rawValue));
            if (!ct.value.contains('/')) {
                addDefect(m, part,
                    QStringLiteral("unreadable Content-Type \"%1\"; read as %2")
                        .arg(ctField->value.left(60), QString::fromLatin1(job.defaultType)));
                ct.value = job.defaultType;
            }
        } else {
            ct.value = job.defaultType;
        }
        part.contentType = ct.value;
        part.charset = ct.rawParam("charset").trimmed().toLower();
        part.boundary = ct.rawParam("boundary");
        if (const HeaderField* f = findField(part.headers, "Content-Transfer-Encoding"))
            part.transferEncoding = HeaderBlock::unfold(f->rawValue).trimmed().toLower();
        if (part.transferEncoding.isEmpty())
            part.transferEncoding = "7bit";
        HeaderParameters disp;
        if (const HeaderField* f = findField(part.headers, "Content-Disposition")) {
            disp = HeaderParameters::parse(HeaderBlock::unfold(f->rawValue), part.charset);
            part.disposition = disp.value;
        }
        part.filename = disp.param("filename");
        if (part.filename.isEmpty())
            part.filename = ct.param("name");
        if (const HeaderField* f = findField(part.headers, "Content-ID"))
            part.contentId = HeaderBlock::unfold(f->rawValue).trimmed();

        const bool multipart = part.contentType.startsWith("multipart/");
        const bool identityCte
            = part.transferEncoding == "7bit" || part.transferEncoding == "8bit" || part.transferEncoding == "binary";
        if (multipart && part.boundary.isEmpty()) {
            addDefect(m, part, QStringLiteral("a multipart part has no boundary; read as text/plain"));
            part.contentType = "text/plain";
        }

        if (multipart && !part.boundary.isEmpty()) {
            if (part.depth >= limits.maxDepth) {
                addDefect(m, part,
                    QStringLiteral("MIME nesting deeper than %1 levels; the inner parts were not read")
                        .arg(limits.maxDepth));
                m.parts[job.part] = part;
                continue;
            }
            const QList<Delimiter> dels = findDelimiters(d, part.bodyOffset, job.end, part.boundary, limits.maxParts);
            if (dels.isEmpty()) {
                addDefect(
                    m, part, QStringLiteral("no boundary line of the multipart was found; its content is one part"));
            } else if (!dels.last().close) {
                addDefect(m, part, QStringLiteral("the multipart has no closing boundary line"));
            }
            const QByteArray childDefault
                = part.contentType == "multipart/digest" ? QByteArray("message/rfc822") : QByteArray("text/plain");
            for (qsizetype k = 0; k < dels.size(); ++k) {
                if (dels[k].close)
                    break;
                const qint64 cs = dels[k].next;
                const qint64 ce = (k + 1 < dels.size()) ? dels[k + 1].contentEnd : job.end;
                if (m.parts.size() >= limits.maxParts) {
                    partLimitHit = true;
                    break;
                }
                MimePart child;
                child.parent = job.part;
                child.depth = part.depth + 1;
                const int idx = int(m.parts.size());
                m.parts.append(child);
                part.children.append(idx);
                queue.append({ idx, cs, qMax(cs, ce), childDefault });
            }
            if (dels.isEmpty()) {
                // Keep the body readable as text.
                part.contentType = "text/plain";
            } else {
                m.parts[job.part] = part;
                continue;
            }
        }

        if (part.contentType == "message/rfc822" || part.contentType == "message/global") {
            if (identityCte && part.depth < limits.maxDepth && m.parts.size() < limits.maxParts
                && part.bodyLength > 0) {
                part.isEmbeddedMessage = true;
                part.isAttachment = true;
                part.sha256 = sha256Hex(d.sliced(part.bodyOffset, part.bodyLength));
                part.decodedSize = part.bodyLength;
                MimePart child;
                child.parent = job.part;
                child.depth = part.depth + 1;
                const int idx = int(m.parts.size());
                m.parts.append(child);
                part.children.append(idx);
                queue.append({ idx, part.bodyOffset, job.end, QByteArray("text/plain") });
                m.parts[job.part] = part;
                continue;
            }
            if (!identityCte)
                addDefect(
                    m, part, QStringLiteral("an attached message is transfer-encoded; it is kept as an attachment"));
        }

        // A leaf.
        bool unknownCte = false;
        const QByteArray body
            = TransferEncoding::decode(d.sliced(part.bodyOffset, part.bodyLength), part.transferEncoding, &unknownCte);
        if (unknownCte)
            addDefect(m, part,
                QStringLiteral("unknown Content-Transfer-Encoding \"%1\"; body kept as written")
                    .arg(QString::fromLatin1(part.transferEncoding.left(40))));
        part.decodedSize = body.size();
        part.sha256 = sha256Hex(body);
        const bool text = isTextType(part.contentType);
        if (part.disposition == "attachment")
            part.isAttachment = true;
        else if (!part.filename.isEmpty())
            part.isAttachment = !(text && part.disposition == "inline");
        else if (!text && part.contentType != "message/delivery-status"
            && part.contentType != "message/disposition-notification")
            part.isAttachment = job.part != 0 || !part.contentType.startsWith("multipart/");
        if (text && !part.isAttachment) {
            if (!part.charset.isEmpty() && !Charset::isSupported(part.charset))
                addDefect(m, part,
                    QStringLiteral("unknown charset \"%1\"; read as UTF-8 or windows-1252")
                        .arg(QString::fromLatin1(part.charset.left(40))));
            part.text = decodeText(body, part.charset);
            // uuencoded files inside a text body are attachments too.
            if (part.contentType == "text/plain" && body.contains("begin ")) {
                const auto files = TransferEncoding::findUuencoded(body, 64);
                for (const auto& f : files) {
                    Attachment a;
                    a.filename = f.name;
                    a.contentType = "application/octet-stream";
                    a.size = f.data.size();
                    a.sha256 = sha256Hex(f.data);
                    a.partIndex = job.part;
                    if (m.attachments.size() < limits.maxAttachments)
                        m.attachments.append(a);
                }
            }
        }
        if (part.isAttachment && AttachmentText::isPdf(part.contentType, part.filename, body.left(8)))
            part.extractedText = AttachmentText::extract(body, part.contentType, part.filename);
        if (part.contentType == "message/delivery-status" || part.contentType == "message/disposition-notification"
            || part.contentType == "message/feedback-report") {
            part.text = decodeText(body, part.charset);
        }
        m.parts[job.part] = part;
    }
    if (partLimitHit)
        m.defects.append(QStringLiteral("more than %1 MIME parts; the rest were not read").arg(limits.maxParts));
    reorderPreOrder(m);

    for (int i = 0; i < m.parts.size(); ++i) {
        const MimePart& p = m.parts[i];
        if (!p.isAttachment)
            continue;
        if (m.attachments.size() >= limits.maxAttachments) {
            m.defects.append(
                QStringLiteral("more than %1 attachments; the rest are not listed").arg(limits.maxAttachments));
            break;
        }
        Attachment a;
        a.filename = p.filename;
        a.contentType = p.contentType;
        a.size = p.decodedSize;
        a.sha256 = p.sha256;
        a.partIndex = i;
        m.attachments.append(a);
    }
    populateFromHeaders(m);
    return m;
}

} // namespace MailTriage::MessageParser
