// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "htmltext.h"

namespace MailTriage {

QString Mailbox::domain() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString d = address.mid(at + 1).toLower();
    while (d.endsWith(QLatin1Char('.')) || d.endsWith(QLatin1Char('>')))
        d.chop(1);
    return d;
}

QString Mailbox::localPart() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? address : address.left(at);
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("info");
}

Severity severityFromName(QStringView name)
{
    if (name == u"high")
        return Severity::High;
    if (name == u"medium")
        return Severity::Medium;
    if (name == u"low")
        return Severity::Low;
    return Severity::Info;
}

const QList<HeaderField>& Message::headers() const
{
    static const QList<HeaderField> none;
    return parts.isEmpty() ? none : parts.first().headers;
}

const HeaderField* Message::header(QByteArrayView name) const
{
    for (const HeaderField& f : headers()) {
        if (f.is(name))
            return &f;
    }
    return nullptr;
}

int Message::headerIndex(QByteArrayView name) const
{
    const QList<HeaderField>& h = headers();
    for (int i = 0; i < h.size(); ++i) {
        if (h[i].is(name))
            return i;
    }
    return -1;
}

QList<const HeaderField*> Message::headersNamed(QByteArrayView name) const
{
    QList<const HeaderField*> out;
    for (const HeaderField& f : headers()) {
        if (f.is(name))
            out.append(&f);
    }
    return out;
}

QString Message::bodyText() const
{
    for (const MimePart& p : parts) {
        if (!p.isAttachment && p.contentType == "text/plain" && p.children.isEmpty() && !p.text.isEmpty())
            return p.text;
    }
    // An HTML-only message reads as the text a person sees, not as markup.
    const QString html = htmlBody();
    return html.isEmpty() ? QString() : HtmlText::toPlainText(html);
}

QString Message::htmlBody() const
{
    for (const MimePart& p : parts) {
        if (!p.isAttachment && p.contentType == "text/html" && p.children.isEmpty())
            return p.text;
    }
    return {};
}

} // namespace MailTriage
