// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedparser.h"

#include "dateparser.h"
#include "domainutil.h"
#include "headerblock.h"

#include <algorithm>

// How a Received value is read (docs/header-chain.md has the full story):
//  1. the date: the text after the last ';' outside comments (earlier ';' are tried when that
//     is no date), else the rightmost day-name / ISO date that reads as a date (SendGrid writes
//     no ';');
//  2. the rest is cut into words and comments (nested parentheses, one pass, no recursion) and
//     the words grouped into clauses by the keywords from, by, via, with, id, for;
//  3. each clause is interpreted: HELO, reverse DNS and IP from the from clause and its
//     comments (Postfix/Sendmail "(rdns [ip])", Exim "([ip]:port helo=x)", qmail "(HELO x)
//     (ip)", Exchange "(ip)", "really [ip]"), the by host, the protocol of with (or via), TLS
//     from the protocol name or TLS mentions in comments, id and for.
// Every step is linear in the length of the value; values longer than MaxLineChars are read
// only up to that length (the date still comes from the end).

namespace MailTriage::ReceivedParser {

namespace {

    constexpr qsizetype MaxLineChars = 64 * 1024;
    constexpr int MaxHops = 500;
    constexpr int MaxTokens = 4000;
    constexpr int MaxSemicolonTries = 6;
    constexpr int MaxFallbackDateTries = 12;
    constexpr qsizetype MaxNameChars = 255; // host names as stored in a hop (raw keeps everything)

    struct Token {
        QStringView text; // a comment's text is without its outer parentheses
        bool comment = false;
    };

    enum class Key { None, From, By, Via, With, Id, For };

    struct Clause {
        Key key = Key::None;
        QList<Token> tokens;
    };

    bool isSpace(QChar c)
    {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
    }

    Key keyOf(QStringView w)
    {
        if (w.compare(u"from", Qt::CaseInsensitive) == 0)
            return Key::From;
        if (w.compare(u"by", Qt::CaseInsensitive) == 0)
            return Key::By;
        if (w.compare(u"via", Qt::CaseInsensitive) == 0)
            return Key::Via;
        if (w.compare(u"with", Qt::CaseInsensitive) == 0)
            return Key::With;
        if (w.compare(u"id", Qt::CaseInsensitive) == 0)
            return Key::Id;
        if (w.compare(u"for", Qt::CaseInsensitive) == 0)
            return Key::For;
        return Key::None;
    }

    // Words and comments, one pass. An unclosed comment runs to the end of the text.
    QList<Token> tokenize(QStringView s)
    {
        QList<Token> out;
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n && out.size() < MaxTokens) {
            if (isSpace(s[i])) {
                ++i;
                continue;
            }
            if (s[i] == u'(') {
                qsizetype depth = 0;
                qsizetype j = i;
                for (; j < n; ++j) {
                    const QChar c = s[j];
                    if (c == u'\\') {
                        ++j;
                        continue;
                    }
                    if (c == u'(')
                        ++depth;
                    else if (c == u')' && --depth == 0)
                        break;
                }
                const qsizetype end = qMin(j, n);
                out.append({ s.sliced(i + 1, end - i - 1).trimmed(), true });
                i = end + 1;
                continue;
            }
            qsizetype j = i;
            while (j < n && !isSpace(s[j]) && s[j] != u'(')
                ++j;
            out.append({ s.sliced(i, j - i), false });
            i = j;
        }
        return out;
    }

    QList<Clause> clausesOf(const QList<Token>& tokens)
    {
        QList<Clause> out;
        out.append(Clause());
        for (const Token& t : tokens) {
            const Key k = t.comment ? Key::None : keyOf(t.text);
            if (k != Key::None) {
                Clause c;
                c.key = k;
                out.append(c);
                continue;
            }
            out.last().tokens.append(t);
        }
        return out;
    }

    QStringView stripPunct(QStringView w)
    {
        while (!w.isEmpty() && (w.back() == u';' || w.back() == u',' || w.back() == u')'))
            w.chop(1);
        return w;
    }

    // The IP address in a token such as "[1.2.3.4]", "[1.2.3.4]:25", "1.2.3.4", "[IPv6:2001:db8::1]",
    // "user@[10.1.1.1]", "2603:10b6:208:2bc::12"; empty when the token holds none.
    QString ipFromToken(QStringView t)
    {
        t = stripPunct(t.trimmed());
        const qsizetype at = t.lastIndexOf(u'@');
        if (at >= 0)
            t = t.sliced(at + 1);
        if (t.startsWith(u'[')) {
            const qsizetype close = t.indexOf(u']');
            if (close < 0)
                return {};
            t = t.sliced(1, close - 1);
        } else if (t.count(u'.') == 3 && t.count(u':') == 1) {
            t = t.first(t.indexOf(u':')); // "1.2.3.4:25"
        }
        if (t.startsWith(u"IPv6:", Qt::CaseInsensitive))
            t = t.sliced(5);
        if (t.isEmpty() || t.size() > 64)
            return {};
        const QString s = t.toString();
        return DomainUtil::isIpAddress(s) ? s : QString();
    }

    bool looksLikeHostName(QStringView w)
    {
        if (w.isEmpty() || w.size() > 255)
            return false;
        if (w.compare(u"unknown", Qt::CaseInsensitive) == 0 || w.compare(u"localhost", Qt::CaseInsensitive) == 0)
            return true;
        if (!w.contains(u'.'))
            return false;
        for (QChar c : w) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
                return false;
        }
        return true;
    }

    bool isAsciiLetter(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }
    bool isAsciiAlnum(QChar c)
    {
        return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
    }

    // "TLS" used as a protocol word ("version=TLS1_2", "(using TLSv1.3", "tls TLS_AES", "(TLS1.2)")
    // and not as part of a host name ("tls.example.com", "smtp-tls1.example.net").
    bool mentionsTls(QStringView s)
    {
        qsizetype from = 0;
        while (true) {
            const qsizetype p = s.indexOf(u"tls", from, Qt::CaseInsensitive);
            if (p < 0)
                return false;
            from = p + 3;
            if (p > 0) {
                const QChar b = s[p - 1];
                if (isAsciiAlnum(b) || b == u'.' || b == u'-')
                    continue;
            }
            qsizetype q = p + 3;
            if (q >= s.size())
                return true;
            if (s[q] == u'_')
                return true; // cipher suite names: TLS_AES_256_GCM_SHA384
            if (s[q] == u'v' || s[q] == u'V')
                ++q;
            while (q < s.size() && ((s[q] >= u'0' && s[q] <= u'9') || s[q] == u'.' || s[q] == u'_'))
                ++q;
            if (q >= s.size())
                return true;
            const QChar a = s[q];
            if (isAsciiLetter(a) || a == u'-' || (q > p + 3 && s[q - 1] == u'.' && isAsciiAlnum(a)))
                continue;
            if (q == p + 3 && a == u'.')
                continue; // "tls.example.com"
            return true;
        }
    }

    bool isTlsProtocol(const QString& p)
    {
        QStringView v = p;
        if (v.startsWith(u"UTF8"))
            v = v.sliced(4);
        for (QStringView base :
            { QStringView(u"ESMTP"), QStringView(u"SMTP"), QStringView(u"LMTP"), QStringView(u"HTTP") }) {
            if (v.startsWith(base)) {
                const QStringView rest = v.sliced(base.size());
                return rest == u"S" || rest == u"SA";
            }
        }
        return false;
    }

    // SMTP/LMTP with the RFC 3848 and RFC 6531 suffixes, and the other words MTAs write after
    // "with" for a transport.
    bool isKnownProtocolWord(QStringView w)
    {
        if (w.size() > 12)
            return false;
        const QString u = w.toString().toUpper();
        QStringView v = u;
        if (v.startsWith(u"UTF8"))
            v = v.sliced(4);
        for (QStringView base : { QStringView(u"ESMTP"), QStringView(u"SMTP"), QStringView(u"LMTP") }) {
            if (v.startsWith(base)) {
                const QStringView rest = v.sliced(base.size());
                return rest.isEmpty() || rest == u"A" || rest == u"S" || rest == u"SA";
            }
        }
        static const char16_t* const others[] = { u"HTTP", u"HTTPS", u"MAPI", u"IMAP", u"POP3", u"QMQP", u"LOCAL" };
        for (const char16_t* k : others) {
            if (u == QStringView(k))
                return true;
        }
        return false;
    }

    void readFrom(const Clause& c, ReceivedHop& hop)
    {
        QStringView fromWord;
        QString helo;
        QString rdns;
        QString commentIp;
        QString wordIp;
        bool first = true;
        for (const Token& t : c.tokens) {
            if (!t.comment) {
                if (first) {
                    fromWord = stripPunct(t.text);
                    first = false;
                } else if (wordIp.isEmpty()) {
                    wordIp = ipFromToken(t.text); // "from host [1.2.3.4] by ..."
                }
                continue;
            }
            first = false;
            const QStringView ct = t.text;
            // Words of the comment, split on white space.
            QStringView prev;
            bool heloNext = false;
            qsizetype i = 0;
            while (i < ct.size()) {
                while (i < ct.size() && isSpace(ct[i]))
                    ++i;
                qsizetype j = i;
                while (j < ct.size() && !isSpace(ct[j]))
                    ++j;
                if (j == i)
                    break;
                QStringView w = ct.sliced(i, j - i);
                i = j;
                while (!w.isEmpty() && w.front() == u'(')
                    w = w.sliced(1);
                if (w.compare(u"HELO", Qt::CaseInsensitive) == 0 || w.compare(u"EHLO", Qt::CaseInsensitive) == 0) {
                    heloNext = true; // "(account x@y HELO name)"
                    prev = {};
                    continue;
                }
                if (heloNext) {
                    heloNext = false;
                    if (helo.isEmpty())
                        helo = stripPunct(w).toString();
                    prev = {};
                    continue;
                }
                if (w.startsWith(u"helo=", Qt::CaseInsensitive)) {
                    if (helo.isEmpty())
                        helo = stripPunct(w.sliced(5)).toString();
                    prev = {};
                    continue;
                }
                const QString ip = ipFromToken(w);
                if (!ip.isEmpty()) {
                    if (commentIp.isEmpty())
                        commentIp = ip;
                    if (rdns.isEmpty() && !prev.isEmpty()) {
                        QStringView name = prev;
                        const qsizetype at = name.lastIndexOf(u'@');
                        if (at >= 0)
                            name = name.sliced(at + 1);
                        while (name.endsWith(u'.'))
                            name.chop(1);
                        if (looksLikeHostName(name) && !DomainUtil::isIpAddress(name.toString()))
                            rdns = name.toString();
                    }
                    prev = {};
                    continue;
                }
                prev = w;
            }
        }
        hop.fromIp = !commentIp.isEmpty() ? commentIp : !wordIp.isEmpty() ? wordIp : ipFromToken(fromWord);
        if (!helo.isEmpty()) {
            hop.fromHost = helo.left(MaxNameChars);
            if (rdns.isEmpty() && !fromWord.isEmpty() && ipFromToken(fromWord).isEmpty())
                rdns = fromWord.toString();
        } else {
            hop.fromHost = fromWord.left(MaxNameChars).toString();
        }
        hop.fromRdns = rdns.left(MaxNameChars);
    }

    QStringView firstWord(const Clause& c)
    {
        for (const Token& t : c.tokens) {
            if (!t.comment)
                return stripPunct(t.text);
            return {}; // a comment first: no value
        }
        return {};
    }

    void readWith(const Clause& c, ReceivedHop& hop)
    {
        QStringList words;
        for (const Token& t : c.tokens) {
            if (!t.comment)
                words.append(stripPunct(t.text).toString());
            if (words.size() >= 8)
                break;
        }
        if (words.isEmpty())
            return;
        // The first word that names a protocol ("with Microsoft SMTP Server", "with MailEnable
        // ESMTP", Cisco's "with ESMTP/TLS/ECDHE-RSA-..."), else the first word as written.
        for (const QString& w : std::as_const(words)) {
            const qsizetype slash = w.indexOf(u'/');
            const QStringView head = slash > 0 ? QStringView(w).first(slash) : QStringView(w);
            if (isKnownProtocolWord(head)) {
                hop.protocol = head.toString().toUpper();
                return;
            }
        }
        if (words.first().compare(u"Microsoft", Qt::CaseInsensitive) == 0 && words.size() > 1
            && words[1].startsWith(u"SMTP", Qt::CaseInsensitive)) {
            hop.protocol = QStringLiteral("SMTP"); // "with Microsoft SMTPSVC(6.0.3790.4675)"
            return;
        }
        hop.protocol = words.first().left(32).toUpper();
    }

    bool commentsMentionTls(const QList<Clause>& clauses)
    {
        for (const Clause& c : clauses) {
            for (const Token& t : c.tokens) {
                if (t.comment && mentionsTls(t.text))
                    return true;
            }
        }
        return false;
    }

    // The positions of ';' outside comments, in order.
    QList<qsizetype> topLevelSemicolons(QStringView s)
    {
        QList<qsizetype> out;
        qsizetype depth = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s[i];
            if (c == u'\\') {
                ++i;
                continue;
            }
            if (c == u'(')
                ++depth;
            else if (c == u')')
                depth = qMax<qsizetype>(0, depth - 1);
            else if (c == u';' && depth == 0)
                out.append(i);
        }
        return out;
    }

    bool isDayNameWord(QStringView w)
    {
        w = stripPunct(w);
        if (w.size() != 3)
            return false;
        static const char16_t* const names[] = { u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun" };
        for (const char16_t* n : names) {
            if (w.compare(QStringView(n), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    bool isIsoDateWord(QStringView w)
    {
        if (w.size() < 10)
            return false;
        for (qsizetype i = 0; i < 10; ++i) {
            const bool dash = i == 4 || i == 7;
            if (dash ? w[i] != u'-' : (w[i] < u'0' || w[i] > u'9'))
                return false;
        }
        return true;
    }

    QDateTime dateOf(QStringView text)
    {
        if (text.size() > 400)
            text = text.first(400);
        return DateParser::parse(text.toUtf8());
    }

    // Finds the date; returns where the text before it ends (the clause part).
    qsizetype findDate(QStringView s, QDateTime* date)
    {
        const QList<qsizetype> semis = topLevelSemicolons(s);
        int tries = 0;
        for (qsizetype k = semis.size() - 1; k >= 0 && tries < MaxSemicolonTries; --k, ++tries) {
            const QDateTime dt = dateOf(s.sliced(semis[k] + 1));
            if (dt.isValid()) {
                *date = dt;
                return semis[k];
            }
        }
        // No ';' before the date (SendGrid: "... id X Sat, 11 Oct 2025 18:31:16.079 +0000 (UTC)",
        // "... id X 2025-10-11 18:31:16.14 +0000 UTC m=+1.0"): the rightmost candidate that reads.
        QList<qsizetype> starts;
        qsizetype i = 0;
        qsizetype depth = 0;
        while (i < s.size()) {
            if (s[i] == u'(') {
                ++depth;
                ++i;
                continue;
            }
            if (s[i] == u')') {
                depth = qMax<qsizetype>(0, depth - 1);
                ++i;
                continue;
            }
            if (isSpace(s[i]) || depth > 0) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < s.size() && !isSpace(s[j]) && s[j] != u'(' && s[j] != u')')
                ++j;
            const QStringView w = s.sliced(i, j - i);
            if (i > 0 && (isDayNameWord(w) || isIsoDateWord(w)))
                starts.append(i);
            i = j;
        }
        tries = 0;
        for (qsizetype k = starts.size() - 1; k >= 0 && tries < MaxFallbackDateTries; --k, ++tries) {
            const QDateTime dt = dateOf(s.sliced(starts[k]));
            if (dt.isValid()) {
                *date = dt;
                return starts[k];
            }
        }
        // Last resort: the last ';' even inside an unclosed comment.
        const qsizetype anySemi = s.lastIndexOf(u';');
        if (anySemi >= 0 && (semis.isEmpty() || anySemi != semis.last())) {
            const QDateTime dt = dateOf(s.sliced(anySemi + 1));
            if (dt.isValid()) {
                *date = dt;
                return anySemi;
            }
        }
        return semis.isEmpty() ? s.size() : semis.last();
    }

    bool isLocalName(const QString& n)
    {
        return n == u"localhost" || n == u"localhost.localdomain" || n == u"localhost.localdomain.com";
    }

    QString headerText(const HeaderField& f)
    {
        if (f.rawValue.isEmpty())
            return f.value;
        return QString::fromUtf8(HeaderBlock::unfold(f.rawValue)).trimmed();
    }

    // The receiving organisation, as found from the newest by-hosts.
    class Organisation {
    public:
        explicit Organisation(const QList<ReceivedHop>& newestFirst)
        {
            for (const ReceivedHop& h : newestFirst) {
                const QString n = DomainUtil::normalizeHost(h.byHost);
                if (n.isEmpty())
                    continue;
                if (m_host.isEmpty())
                    m_host = n;
                m_domain = DomainUtil::organisationKey(n);
                if (!m_domain.isEmpty())
                    break;
            }
        }

        bool contains(const QString& name) const
        {
            const QString n = DomainUtil::normalizeHost(name);
            if (n.isEmpty())
                return false;
            if (DomainUtil::isIpAddress(n))
                return DomainUtil::isPrivateIp(n);
            if (isLocalName(n))
                return true;
            const QString reg = DomainUtil::organisationKey(n);
            if (!reg.isEmpty())
                return reg == m_domain;
            return n == m_host;
        }

    private:
        QString m_domain;
        QString m_host;
    };

    // The name the sending side is known by, in order of trust: the reverse DNS the receiving
    // host wrote, else the HELO name; only names with a dot count.
    QString identityOf(const ReceivedHop& h)
    {
        auto usable = [](const QString& n) {
            return n.contains(u'.') && !DomainUtil::isIpAddress(n) && n.compare(u"unknown", Qt::CaseInsensitive) != 0;
        };
        if (usable(h.fromRdns))
            return h.fromRdns;
        if (usable(h.fromHost))
            return h.fromHost;
        return {};
    }

    bool fromSideInside(const QList<ReceivedHop>& hops, qsizetype i, const Organisation& org)
    {
        const ReceivedHop& h = hops[i];
        if (!h.parsed)
            return false;
        if (h.fromHost.isEmpty() && h.fromIp.isEmpty() && h.fromRdns.isEmpty())
            return true; // written by the host itself (local pickup, "by x with SMTP id", qmail)
        if (!h.fromIp.isEmpty()) {
            if (DomainUtil::isPrivateIp(h.fromIp))
                return true;
        } else if (isLocalName(DomainUtil::normalizeHost(h.fromHost))) {
            return true;
        }
        // The host that handed the message over wrote the next older hop (qmail's "invoked
        // from network" lines between them carry no hosts and are skipped).
        QString olderBy;
        for (qsizetype j = i + 1; j < hops.size(); ++j) {
            const ReceivedHop& o = hops[j];
            if (!o.byHost.isEmpty()) {
                olderBy = o.byHost;
                break;
            }
            if (!o.parsed || !o.fromHost.isEmpty() || !o.fromIp.isEmpty() || !o.fromRdns.isEmpty())
                break;
        }
        if (!org.contains(olderBy))
            return false;
        const QString id = identityOf(h);
        return id.isEmpty() || org.contains(id);
    }

} // namespace

ReceivedHop parse(const QString& unfoldedValue)
{
    ReceivedHop hop;
    hop.raw = unfoldedValue.trimmed();
    const QStringView all = hop.raw;
    QDateTime date;
    qsizetype clauseEnd;
    if (all.size() > MaxLineChars) {
        // Clauses from the start only; the date from after the last ';'.
        const qsizetype semi = all.lastIndexOf(u';');
        if (semi >= 0)
            date = dateOf(all.sliced(semi + 1));
        clauseEnd = MaxLineChars;
        const qsizetype cut = all.first(MaxLineChars).lastIndexOf(u';');
        if (cut >= 0)
            clauseEnd = cut;
    } else {
        clauseEnd = findDate(all, &date);
    }
    hop.date = date;

    const QList<Token> tokens = tokenize(all.first(clauseEnd));
    const QList<Clause> clauses = clausesOf(tokens);
    bool seen[7] = {};
    bool qmail = false;
    QString viaWord;
    for (const Clause& c : clauses) {
        const int k = static_cast<int>(c.key);
        if (c.key == Key::None) {
            for (const Token& t : c.tokens) {
                if (t.comment && t.text.startsWith(u"qmail ", Qt::CaseInsensitive) && t.text.contains(u"invoked"))
                    qmail = true;
            }
            continue;
        }
        if (seen[k])
            continue; // a repeated keyword ("by uid 502"): the first one counts
        seen[k] = true;
        switch (c.key) {
        case Key::From:
            readFrom(c, hop);
            break;
        case Key::By:
            hop.byHost = firstWord(c).left(MaxNameChars).toString();
            break;
        case Key::With:
            readWith(c, hop);
            break;
        case Key::Via:
            viaWord = firstWord(c).toString();
            break;
        case Key::Id:
            hop.id = firstWord(c).left(256).toString();
            break;
        case Key::For: {
            QStringView w = firstWord(c);
            while (!w.isEmpty() && (w.front() == u'<' || w.front() == u'"'))
                w = w.sliced(1);
            while (!w.isEmpty() && (w.back() == u'>' || w.back() == u'"'))
                w.chop(1);
            hop.forAddress = w.left(320).toString();
            break;
        }
        case Key::None:
            break;
        }
    }
    if (hop.protocol.isEmpty() && isKnownProtocolWord(viaWord))
        hop.protocol = viaWord.toUpper();
    bool tls = isTlsProtocol(hop.protocol) || commentsMentionTls(clauses);
    if (!tls) {
        for (const Clause& c : clauses) {
            if (c.key != Key::With)
                continue;
            for (const Token& t : c.tokens) {
                if (!t.comment && mentionsTls(t.text))
                    tls = true;
            }
            break;
        }
    }
    hop.tls = tls;
    hop.parsed
        = !hop.byHost.isEmpty() || !hop.fromHost.isEmpty() || !hop.fromIp.isEmpty() || !hop.protocol.isEmpty() || qmail;
    return hop;
}

QList<ReceivedHop> parseChain(const QList<HeaderField>& headers)
{
    QList<ReceivedHop> hops; // newest first while working
    for (qsizetype i = 0; i < headers.size() && hops.size() < MaxHops; ++i) {
        const HeaderField& f = headers[i];
        if (!f.is("Received"))
            continue;
        ReceivedHop hop = parse(headerText(f));
        hop.headerIndex = static_cast<int>(i);
        hops.append(hop);
    }
    if (hops.isEmpty())
        return hops;

    // Trust: from the newest hop down through the first whose sending side is outside the
    // receiving organisation (docs/header-chain.md).
    const Organisation org(hops);
    for (qsizetype i = 0; i < hops.size(); ++i) {
        hops[i].trusted = true;
        if (!fromSideInside(hops, i, org))
            break;
    }

    std::reverse(hops.begin(), hops.end());
    for (qsizetype i = 1; i < hops.size(); ++i) {
        const QDateTime& prev = hops[i - 1].date;
        const QDateTime& cur = hops[i].date;
        if (prev.isValid() && cur.isValid()) {
            hops[i].delaySeconds = prev.secsTo(cur);
            hops[i].hasDelay = true;
        }
    }
    return hops;
}

} // namespace MailTriage::ReceivedParser
