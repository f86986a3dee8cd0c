// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressparser.h"

#include "encodedword.h"
#include "headerblock.h"

#include <QRegularExpression>

namespace MailTriage::AddressParser {

namespace {
    // Splits at top-level separators, honouring quotes, comments and angle brackets.
    // Group syntax "name: a, b;" is reported through @p groupOf.
    struct Segment {
        QByteArray text;
        QByteArray group;
    };

    QList<Segment> splitList(QByteArrayView s, QStringList* defects, int maxSegments)
    {
        QList<Segment> out;
        QByteArray cur;
        QByteArray group;
        bool inQuote = false;
        int commentDepth = 0;
        bool inAngle = false;
        const qsizetype n = s.size();
        for (qsizetype i = 0; i < n && out.size() < maxSegments; ++i) {
            const char c = s[i];
            if (inQuote) {
                cur.append(c);
                if (c == '\\' && i + 1 < n) {
                    cur.append(s[++i]);
                } else if (c == '"') {
                    inQuote = false;
                }
                continue;
            }
            if (commentDepth > 0) {
                cur.append(c);
                if (c == '\\' && i + 1 < n)
                    cur.append(s[++i]);
                else if (c == '(')
                    ++commentDepth;
                else if (c == ')')
                    --commentDepth;
                continue;
            }
            switch (c) {
            case '"':
                inQuote = true;
                cur.append(c);
                break;
            case '(':
                commentDepth = 1;
                cur.append(c);
                break;
            case '<':
                inAngle = true;
                cur.append(c);
                break;
            case '>':
                inAngle = false;
                cur.append(c);
                break;
            case ',':
                if (inAngle) {
                    cur.append(c); // obsolete route lists "<@a,@b:x@y>"
                } else {
                    out.append({ cur, group });
                    cur.clear();
                }
                break;
            case ':':
                if (inAngle) {
                    cur.append(c);
                } else if (group.isEmpty() && !cur.contains('@') && !cur.contains('<')) {
                    group = cur.trimmed();
                    if (group.isEmpty())
                        group = QByteArray(" ");
                    cur.clear();
                } else {
                    cur.append(c);
                }
                break;
            case ';':
                if (inAngle) {
                    cur.append(c);
                } else if (!group.isEmpty()) {
                    out.append({ cur, group });
                    cur.clear();
                    group.clear();
                } else {
                    out.append({ cur, group });
                    cur.clear();
                }
                break;
            default:
                cur.append(c);
            }
        }
        if (inQuote)
            *defects << QStringLiteral("unterminated quoted string in an address list");
        if (commentDepth > 0)
            *defects << QStringLiteral("unterminated comment in an address list");
        if (!group.isEmpty() || !cur.trimmed().isEmpty())
            out.append({ cur, group });
        return out;
    }

    // Removes comments; returns the text of the last comment in @p comment (for "a@b (Name)").
    QByteArray stripComments(QByteArrayView s, QByteArray* comment)
    {
        QByteArray out;
        int depth = 0;
        bool inQuote = false;
        QByteArray cur;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (depth == 0) {
                if (c == '"') {
                    inQuote = !inQuote;
                    out.append(c);
                    continue;
                }
                if (inQuote) {
                    if (c == '\\' && i + 1 < s.size()) {
                        out.append(c);
                        out.append(s[++i]);
                    } else {
                        out.append(c);
                    }
                    continue;
                }
                if (c == '(') {
                    depth = 1;
                    cur.clear();
                    continue;
                }
                out.append(c);
            } else {
                if (c == '\\' && i + 1 < s.size()) {
                    cur.append(s[++i]);
                } else if (c == '(') {
                    ++depth;
                    cur.append(c);
                } else if (c == ')') {
                    if (--depth == 0) {
                        if (comment)
                            *comment = cur.trimmed();
                        out.append(' ');
                    } else {
                        cur.append(c);
                    }
                } else {
                    cur.append(c);
                }
            }
        }
        return out;
    }

    // A display name: quoted strings unquoted, encoded words decoded, white space collapsed.
    QString decodeDisplayName(QByteArrayView raw, QByteArrayView fallback)
    {
        QByteArray joined;
        bool inQuote = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            if (c == '"') {
                inQuote = !inQuote;
                continue;
            }
            if (inQuote && c == '\\' && i + 1 < raw.size()) {
                joined.append(raw[++i]);
                continue;
            }
            joined.append(c);
        }
        QString name = EncodedWord::decode(joined.trimmed(), fallback).simplified();
        return name;
    }

    QString cleanAddress(QByteArrayView raw)
    {
        QByteArray a = raw.trimmed().toByteArray();
        // Obsolete route: "@host1,@host2:local@domain"
        if (a.startsWith('@')) {
            const qsizetype colon = a.indexOf(':');
            if (colon > 0)
                a = a.mid(colon + 1);
        }
        // Quoted local part: keep it as written but without spaces around '@'.
        QByteArray out;
        bool inQuote = false;
        for (char c : a) {
            if (c == '"')
                inQuote = !inQuote;
            if (!inQuote && (c == ' ' || c == '\t'))
                continue;
            out.append(c);
        }
        return QString::fromUtf8(out);
    }

    Mailbox parseOne(QByteArrayView seg, QByteArrayView fallback, QStringList* defects)
    {
        Mailbox m;
        QByteArray comment;
        const QByteArray s = stripComments(seg, &comment);
        // Find the last top-level '<' (display names may contain quoted '<').
        qsizetype lt = -1;
        bool inQuote = false;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == '"')
                inQuote = !inQuote;
            else if (!inQuote && s[i] == '<')
                lt = i;
        }
        if (lt >= 0) {
            qsizetype gt = s.indexOf('>', lt);
            if (gt < 0) {
                defects->append(QStringLiteral("an angle address is not closed"));
                gt = s.size();
            }
            m.address = cleanAddress(QByteArrayView(s).sliced(lt + 1, gt - lt - 1));
            m.name = decodeDisplayName(QByteArrayView(s).first(lt), fallback);
            if (m.name.isEmpty() && !comment.isEmpty())
                m.name = decodeDisplayName(comment, fallback);
        } else {
            const QByteArray t = s.trimmed();
            if (t.contains('@') || !t.contains(' ')) {
                m.address = cleanAddress(t);
            } else {
                // "Name Only" without an address: keep it as a name, it is what the sender wrote.
                m.name = decodeDisplayName(t, fallback);
                defects->append(QStringLiteral("a mailbox has no address"));
            }
            if (!comment.isEmpty())
                m.name = decodeDisplayName(comment, fallback);
        }
        return m;
    }
} // namespace

Result parseList(QByteArrayView rawIn, QByteArrayView fallback, int maxMailboxes)
{
    Result r;
    const QByteArray raw = HeaderBlock::unfold(rawIn);
    QList<Segment> segs = splitList(raw, &r.defects, maxMailboxes + 16);
    // Merge "Doe, John <j@x>" split by the unquoted comma.
    for (qsizetype i = 0; i + 1 < segs.size(); ++i) {
        const QByteArray t = segs[i].text.trimmed();
        if (!t.isEmpty() && !t.contains('@') && !t.contains('<') && !t.contains('"') && segs[i + 1].text.contains('<')
            && segs[i].group == segs[i + 1].group) {
            segs[i + 1].text = segs[i].text + ',' + segs[i + 1].text;
            segs.removeAt(i);
            --i;
        }
    }
    for (const Segment& seg : std::as_const(segs)) {
        const QString groupName = seg.group.isEmpty() ? QString() : decodeDisplayName(seg.group.trimmed(), fallback);
        if (!groupName.isEmpty() && !r.groups.contains(groupName))
            r.groups.append(groupName);
        if (seg.text.trimmed().isEmpty())
            continue;
        if (r.mailboxes.size() >= maxMailboxes) {
            r.defects << QStringLiteral("more than %1 addresses; the rest were not read").arg(maxMailboxes);
            break;
        }
        Mailbox m = parseOne(seg.text, fallback, &r.defects);
        m.group = groupName.trimmed();
        if (!m.isEmpty())
            r.mailboxes.append(m);
    }
    return r;
}

Mailbox parseMailbox(QByteArrayView raw)
{
    const Result r = parseList(raw, {}, 1);
    return r.mailboxes.isEmpty() ? Mailbox() : r.mailboxes.first();
}

QString parsePath(QByteArrayView rawIn)
{
    const QByteArray raw = HeaderBlock::unfold(rawIn).trimmed();
    const qsizetype lt = raw.indexOf('<');
    if (lt >= 0) {
        qsizetype gt = raw.indexOf('>', lt);
        if (gt < 0)
            gt = raw.size();
        return cleanAddress(QByteArrayView(raw).sliced(lt + 1, gt - lt - 1));
    }
    QByteArray comment;
    return cleanAddress(stripComments(raw, &comment));
}

QStringList parseMessageIds(QByteArrayView rawIn, int maxIds)
{
    QStringList ids;
    const QByteArray raw = HeaderBlock::unfold(rawIn);
    qsizetype pos = 0;
    while (ids.size() < maxIds) {
        const qsizetype lt = raw.indexOf('<', pos);
        if (lt < 0)
            break;
        const qsizetype gt = raw.indexOf('>', lt + 1);
        if (gt < 0)
            break;
        const QByteArray id = raw.mid(lt, gt - lt + 1);
        if (id.size() > 2 && !id.contains(' '))
            ids.append(QString::fromUtf8(id));
        pos = gt + 1;
    }
    if (ids.isEmpty()) {
        // Without brackets: a single bare token ("1234@host").
        const QByteArray t = raw.trimmed();
        if (!t.isEmpty() && !t.contains(' ') && t.contains('@'))
            ids.append(QStringLiteral("<") + QString::fromUtf8(t) + QStringLiteral(">"));
    }
    return ids;
}

QStringList findAddressesInText(const QString& text, int maxAddresses)
{
    static const QRegularExpression re(QStringLiteral(
        "[A-Za-z0-9!#$%&'*+/"
        "=?^_`{|}~.-]+@[A-Za-z0-9\\x{0080}-\\x{FFFF}](?:[A-Za-z0-9\\x{0080}-\\x{FFFF}-]*[A-Za-z0-9\\x{0080}-\\x{FFFF}])"
        "?(?:\\.[A-Za-z0-9\\x{0080}-\\x{FFFF}](?:[A-Za-z0-9\\x{0080}-\\x{FFFF}-]*[A-Za-z0-9\\x{0080}-\\x{FFFF}])?)+"));
    QStringList out;
    auto it = re.globalMatch(text.left(100000));
    while (it.hasNext() && out.size() < maxAddresses) {
        const QString a = it.next().captured(0);
        if (!out.contains(a))
            out.append(a);
    }
    return out;
}

QString embeddedRecipient(const QString& address)
{
    static const QRegularExpression host(
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 1024)
        return {};
    const QString local = address.left(at);
    if (local.startsWith(QLatin1String("SRS0="), Qt::CaseInsensitive)
        || local.startsWith(QLatin1String("SRS1="), Qt::CaseInsensitive)) {
        // SRS0=HHH=TT=domain=local; SRS1=HHH=first-forwarder==HHH=TT=domain=local.
        const QStringList parts = local.split(QLatin1Char('='));
        if (parts.size() < 5)
            return {};
        const QString domain = parts[parts.size() - 2];
        const QString user = parts.last();
        if (!host.match(domain).hasMatch() || user.isEmpty())
            return {};
        return user + QLatin1Char('@') + domain;
    }
    const qsizetype eq = local.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == local.size() - 1)
        return {};
    const QString domain = local.mid(eq + 1);
    if (!host.match(domain).hasMatch())
        return {};
    // Where the recipient's local part starts. VERP writes it after a fixed prefix, and the local
    // part may have '-' (s-tanabata) or '+' (lists+kexec) of its own, so the prefix is found by the
    // form each list manager or e-mail service writes, not by the last separator:
    //  - ezmlm `list-return-NUM-user=domain`, mlmmj `list+bounces-NUM-user=domain`;
    //  - a numeric id after a '+' tag (SendGrid `bounces+UID-user=domain`);
    //  - Mailman `list-bounces+user=domain`, and any other '+' tag: after the first '+';
    //  - otherwise the last '-' (an unknown scheme: the domain is certain, the user may come out cut).
    static const QRegularExpression listManager(QStringLiteral("(?:-return-|\\+bounces-)[0-9]+-"));
    static const QRegularExpression serviceId(QStringLiteral("\\+[0-9]+-"));
    static const QRegularExpression mailman(QStringLiteral("-bounces\\+"));
    const QString head = local.left(eq);
    qsizetype start = -1;
    for (const QRegularExpression* form : { &listManager, &serviceId, &mailman }) {
        const QRegularExpressionMatch m = form->match(head);
        if (m.hasMatch()) {
            start = m.capturedEnd();
            break;
        }
    }
    if (start < 0) {
        const qsizetype plus = head.indexOf(QLatin1Char('+'));
        const qsizetype dash = head.lastIndexOf(QLatin1Char('-'));
        start = plus >= 0 ? plus + 1 : (dash >= 0 ? dash + 1 : -1);
    }
    if (start < 0 || start >= eq)
        return {};
    return local.mid(start, eq - start) + QLatin1Char('@') + domain;
}

} // namespace MailTriage::AddressParser
