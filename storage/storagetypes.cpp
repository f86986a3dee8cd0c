// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetypes.h"

#include "attachmenttext.h"
#include "htmltext.h"
#include "messagejson.h"
#include "serialization.h"
#include "sha256.h"

#include <QJsonDocument>

namespace MailTriage {

namespace {
    // The search index holds at most this much body text per message (the messages table keeps it all).
    constexpr qsizetype kMaxIndexedBodyChars = 1 << 20;

    void addMailbox(QStringList& addresses, QStringList& names, const Mailbox& m)
    {
        if (!m.address.isEmpty() && !addresses.contains(m.address))
            addresses << m.address;
        if (!m.name.isEmpty() && !names.contains(m.name))
            names << m.name;
    }
} // namespace

QString damageName(Damage d)
{
    switch (d) {
    case Damage::Yes:
        return QStringLiteral("yes");
    case Damage::No:
        return QStringLiteral("no");
    case Damage::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Damage> damageFromName(QStringView name)
{
    if (name == QLatin1String("yes"))
        return Damage::Yes;
    if (name == QLatin1String("no"))
        return Damage::No;
    if (name == QLatin1String("unknown"))
        return Damage::Unknown;
    return std::nullopt;
}

MessageRecord MessageRecord::fromMessage(const Message& m, bool pdfTextsRead)
{
    MessageRecord r;
    r.raw = m.raw;
    r.sha256 = Sha256::hashHex(m.raw);
    r.format = m.format.isEmpty() ? QStringLiteral("eml") : m.format;
    r.sourcePath = m.file;
    r.mboxIndex = m.index;
    r.messageId = m.messageId;
    r.date = m.date;
    r.subject = m.subject;
    r.from = m.from;
    r.to = m.to;
    r.cc = m.cc;
    r.replyTo = m.replyTo;
    r.returnPath = m.returnPath;
    r.inReplyTo = m.inReplyTo;
    r.references = m.references;
    // The text a person reads: the plain-text body, else the HTML body rendered as text (markup is
    // neither worth searching nor cheap to index; the original keeps it).
    for (const MimePart& p : m.parts) {
        if (!p.isAttachment && p.contentType == "text/plain" && p.children.isEmpty() && !p.text.isEmpty()) {
            r.bodyText = p.text;
            break;
        }
    }
    if (r.bodyText.isEmpty())
        r.bodyText = HtmlText::renderedHtmlBody(m);
    if (r.bodyText.size() > kMaxIndexedBodyChars)
        r.bodyText.truncate(kMaxIndexedBodyChars);
    QStringList addresses;
    QStringList names;
    for (const Mailbox& b : m.fromAll)
        addMailbox(addresses, names, b);
    addMailbox(addresses, names, m.from);
    addMailbox(addresses, names, m.sender);
    if (!m.returnPath.isEmpty() && !addresses.contains(m.returnPath))
        addresses << m.returnPath;
    for (const QList<Mailbox>* list : { &m.to, &m.cc, &m.replyTo, &m.bcc })
        for (const Mailbox& b : *list)
            addMailbox(addresses, names, b);
    r.searchAddresses = addresses.join(QLatin1Char(' '));
    r.searchNames = names.join(QLatin1Char(' '));
    // r.json stays empty: the reading below holds everything it held, and
    // MessageRepository::json() makes the object from it when asked.
    r.findings = m.findings;
    // A reading made without a PDF extractor (an in-process import) lacks the invoice texts a
    // reading in the workers has: such a message is not cached, so opening the case reads it again.
    bool pdfUnread = false;
    if (!pdfTextsRead) {
        for (const MimePart& p : m.parts)
            pdfUnread = pdfUnread || (p.isAttachment && AttachmentText::isPdf(p.contentType, p.filename, {}));
    }
    if (!pdfUnread)
        r.reading = serializeReading(m);
    return r;
}

} // namespace MailTriage
