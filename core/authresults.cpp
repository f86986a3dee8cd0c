// SPDX-License-Identifier: GPL-3.0-or-later
#include "authresults.h"

#include "domainutil.h"
#include "headerblock.h"

#include <QSet>

// Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) are read in one
// linear pass into ';'-separated segments of words and comments (quoted strings unquoted,
// nested comments kept whole). The first segment is the authserv-id (optionally followed by a
// version), unless it already reads "method=result" (Office 365 writes no authserv-id); an ARC
// "i=N" instance segment in front is skipped. docs/header-chain.md says which headers count.

namespace MailTriage::AuthResults {

namespace {

    constexpr qsizetype MaxValueChars = 64 * 1024;
    constexpr int MaxSegments = 256;
    constexpr int MaxItemsPerSegment = 256;
    constexpr int MaxResults = 200;
    constexpr int MaxDkimSignatures = 200;
    constexpr int MaxTags = 64;

    struct Item {
        QString text;
        bool comment = false;
    };
    using Segment = QList<Item>;

    bool isSpace(QChar c)
    {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
    }

    QList<Segment> segmentsOf(QStringView s)
    {
        if (s.size() > MaxValueChars)
            s = s.first(MaxValueChars);
        QList<Segment> out;
        out.append(Segment());
        QString word;
        bool inWord = false;
        auto flush = [&]() {
            if (inWord && out.last().size() < MaxItemsPerSegment)
                out.last().append({ word, false });
            word.clear();
            inWord = false;
        };
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n) {
            const QChar c = s[i];
            if (isSpace(c)) {
                flush();
                ++i;
            } else if (c == u'(') {
                flush();
                qsizetype depth = 0;
                qsizetype j = i;
                for (; j < n; ++j) {
                    if (s[j] == u'\\') {
                        ++j;
                        continue;
                    }
                    if (s[j] == u'(')
                        ++depth;
                    else if (s[j] == u')' && --depth == 0)
                        break;
                }
                const qsizetype end = qMin(j, n);
                if (out.last().size() < MaxItemsPerSegment)
                    out.last().append({ s.sliced(i + 1, end - i - 1).trimmed().toString(), true });
                i = end + 1;
            } else if (c == u'"') {
                // A quoted string becomes part of the current word, unquoted.
                inWord = true;
                ++i;
                while (i < n && s[i] != u'"') {
                    if (s[i] == u'\\' && i + 1 < n)
                        ++i;
                    word.append(s[i]);
                    ++i;
                }
                ++i;
            } else if (c == u';') {
                flush();
                if (out.size() >= MaxSegments)
                    break;
                out.append(Segment());
                ++i;
            } else {
                inWord = true;
                word.append(c);
                ++i;
            }
        }
        flush();
        // Join "a = b", "a= b", "a =b" into "a=b" (CFWS around '=' is allowed).
        for (Segment& seg : out) {
            Segment joined;
            for (const Item& it : std::as_const(seg)) {
                if (!it.comment && !joined.isEmpty()) {
                    qsizetype lastWord = joined.size() - 1;
                    while (lastWord >= 0 && joined[lastWord].comment)
                        --lastWord;
                    // Only a bare "key=" (nothing after its only '=') or a word starting with
                    // '=' joins: "header.b=abc=" (base64 padding) stays whole.
                    const QString& prev = lastWord >= 0 ? joined[lastWord].text : QString();
                    const bool prevOpen = prev.endsWith(u'=') && prev.indexOf(u'=') == prev.size() - 1;
                    if (lastWord >= 0 && (prevOpen != it.text.startsWith(u'='))) {
                        joined[lastWord].text += it.text;
                        continue;
                    }
                }
                joined.append(it);
            }
            seg = joined;
        }
        return out;
    }

    QList<QStringView> wordsOf(const Segment& seg)
    {
        QList<QStringView> out;
        for (const Item& it : seg) {
            if (!it.comment)
                out.append(it.text);
        }
        return out;
    }

    bool isKnownMethod(QStringView m)
    {
        static const char16_t* const known[]
            = { u"auth", u"dkim", u"domainkeys", u"iprev", u"spf", u"sender-id", u"dkim-adsp", u"dmarc", u"arc", u"vbr",
                  u"rrvs", u"smime", u"dkim-atps", u"bimi", u"compauth", u"x-dkim-adsp" };
        for (const char16_t* k : known) {
            if (m.compare(QStringView(k), Qt::CaseInsensitive) == 0)
                return true;
        }
        return m.startsWith(u"x-", Qt::CaseInsensitive);
    }

    QString domainPart(QString v)
    {
        v = v.trimmed();
        while (v.startsWith(u'<'))
            v.remove(0, 1);
        while (v.endsWith(u'>') || v.endsWith(u'.') || v.endsWith(u','))
            v.chop(1);
        const qsizetype at = v.lastIndexOf(u'@');
        if (at >= 0)
            v = v.mid(at + 1);
        v = v.toLower();
        if (v == u"none")
            return {};
        return v.left(255);
    }

    // One result being read: "method[/version]=result", then its properties; the first comment
    // after the result is the reason when no reason= is given.
    struct Builder {
        AuthMethodResult r;
        QString comment;
        QString mailfrom, helo, headerD, headerI, headerFrom, headerS, reasonProp;
        bool active = false;

        void finish(QList<AuthMethodResult>& out)
        {
            if (!active)
                return;
            const QString& m = r.method;
            if (m == u"spf" || m == u"sender-id")
                r.domain = domainPart(!mailfrom.isEmpty() ? mailfrom : helo);
            else if (m == u"dkim" || m == u"domainkeys" || m == u"dkim-atps")
                r.domain = domainPart(!headerD.isEmpty() ? headerD : !headerI.isEmpty() ? headerI : headerFrom);
            else if (m == u"dmarc")
                r.domain = domainPart(!headerFrom.isEmpty() ? headerFrom : headerD);
            else
                r.domain = domainPart(!headerD.isEmpty() ? headerD : !headerFrom.isEmpty() ? headerFrom : mailfrom);
            if (m == u"dkim" || m == u"domainkeys")
                r.selector = headerS.left(255);
            r.reason = (!reasonProp.isEmpty() ? reasonProp : comment).left(1000);
            if (out.size() < MaxResults)
                out.append(r);
            *this = Builder();
        }
    };

    void readResults(const Segment& seg, qsizetype startWord, QList<AuthMethodResult>& out)
    {
        Builder b;
        qsizetype wordNo = 0;
        for (const Item& it : seg) {
            if (it.comment) {
                if (b.active && b.comment.isEmpty())
                    b.comment = it.text;
                continue;
            }
            if (wordNo++ < startWord)
                continue;
            const QString& w = it.text;
            const qsizetype eq = w.indexOf(u'=');
            if (eq <= 0)
                continue; // "none" (no results), a version number, stray words
            const QString key = w.left(eq).trimmed().toLower();
            const QString value = w.mid(eq + 1).trimmed();
            QString method = key;
            const qsizetype slash = method.indexOf(u'/');
            if (slash > 0)
                method.truncate(slash);
            const bool methodLike
                = !method.contains(u'.') && method != u"reason" && method != u"action" && method != u"policy";
            if (methodLike && (!b.active || isKnownMethod(method))) {
                b.finish(out);
                b.active = true;
                b.r.method = method.left(64);
                QString result = value.toLower();
                while (!result.isEmpty() && !result.back().isLetterOrNumber())
                    result.chop(1);
                b.r.result = result.left(64);
                continue;
            }
            if (!b.active)
                continue; // a property without a method ("header.From=x" of old drafts)
            if (key == u"smtp.mailfrom" || key == u"smtp.mail")
                b.mailfrom = value;
            else if (key == u"smtp.helo")
                b.helo = value;
            else if (key == u"header.d")
                b.headerD = value;
            else if (key == u"header.i")
                b.headerI = value;
            else if (key == u"header.from")
                b.headerFrom = value;
            else if (key == u"header.s")
                b.headerS = value;
            else if (key == u"reason")
                b.reasonProp = value;
        }
        b.finish(out);
    }

    QString headerText(const HeaderField& f)
    {
        if (f.rawValue.isEmpty())
            return f.value;
        return QString::fromUtf8(HeaderBlock::unfold(f.rawValue)).trimmed();
    }

    // Only names with a registrable domain identify an organisation: a bare "localhost" or
    // "mail" authserv-id could be anyone's.
    QString orgKey(const QString& host)
    {
        return DomainUtil::organisationKey(host);
    }

    struct Trust {
        bool noHops = true;
        int boundaryIndex = -1; ///< header index of the oldest trusted Received
        QSet<QString> orgs; ///< registrable domains (or names) of the trusted by-hosts

        bool trusts(int headerIndex, const QString& identity) const
        {
            if (headerIndex < boundaryIndex)
                return true;
            const QString key = orgKey(identity);
            return !key.isEmpty() && orgs.contains(key);
        }
    };

    Trust trustOf(const QList<ReceivedHop>& hops)
    {
        Trust t;
        t.noHops = hops.isEmpty();
        for (const ReceivedHop& h : hops) {
            if (!h.trusted)
                continue;
            t.boundaryIndex = qMax(t.boundaryIndex, h.headerIndex);
            const QString key = orgKey(h.byHost);
            if (!key.isEmpty())
                t.orgs.insert(key);
        }
        return t;
    }

    // Received-SPF: "Pass (host: text) receiver=host; client-ip=..." -> ("pass", "host").
    void readReceivedSpf(const QString& v, QString* result, QString* identity)
    {
        const QList<Segment> segs = segmentsOf(v);
        const QList<QStringView> words = wordsOf(segs.first());
        QString r = words.isEmpty() ? QString() : words.first().toString().toLower();
        while (!r.isEmpty() && !r.back().isLetterOrNumber())
            r.chop(1);
        *result = r.left(32);
        identity->clear();
        for (const Segment& seg : segs) {
            for (const Item& it : seg) {
                if (!it.comment && it.text.startsWith(u"receiver=", Qt::CaseInsensitive)) {
                    *identity = it.text.mid(9);
                    if (identity->startsWith(u'<'))
                        identity->clear(); // "<UNKNOWN>"
                    return;
                }
            }
        }
        for (const Item& it : segs.first()) {
            if (it.comment) {
                const qsizetype colon = it.text.indexOf(u':');
                if (colon > 0 && !it.text.first(colon).contains(u' '))
                    *identity = it.text.first(colon);
                return;
            }
        }
    }

} // namespace

Parsed parse(const QString& value)
{
    Parsed p;
    QList<Segment> segs = segmentsOf(value);
    // ARC-Authentication-Results: "i=1; authserv-id; ..."
    {
        const QList<QStringView> w = wordsOf(segs.first());
        if (w.size() == 1 && w.first().startsWith(u"i=", Qt::CaseInsensitive) && segs.size() > 1)
            segs.removeFirst();
    }
    const QList<QStringView> first = wordsOf(segs.first());
    qsizetype startWord = 0;
    if (!first.isEmpty() && !first.first().contains(u'=')) {
        if (first.first().compare(u"none", Qt::CaseInsensitive) != 0 || segs.size() > 1) {
            p.authservId = first.first().left(255).toString();
            startWord = 1;
            if (first.size() > 1) {
                bool digits = true;
                for (QChar c : first[1])
                    digits = digits && c.isDigit();
                if (digits)
                    startWord = 2; // the version
            }
        }
    }
    for (qsizetype i = 0; i < segs.size(); ++i)
        readResults(segs[i], i == 0 ? startWord : 0, p.results);
    p.valid = !p.authservId.isEmpty() || !p.results.isEmpty();
    return p;
}

AuthSummary summarize(const QList<HeaderField>& headers, const QList<ReceivedHop>& hops)
{
    AuthSummary s;
    const Trust trust = trustOf(hops);

    struct Candidate {
        int index;
        Parsed parsed;
    };
    auto collect = [&](QByteArrayView name) {
        QList<Candidate> out;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (!headers[i].is(name))
                continue;
            Parsed p = parse(headerText(headers[i]));
            if (!p.valid)
                continue;
            const int idx = static_cast<int>(i);
            if (trust.noHops) {
                out.append({ idx, p });
                break; // no trace headers: the topmost one
            }
            if (trust.trusts(idx, p.authservId))
                out.append({ idx, p });
            if (out.size() >= 50)
                break;
        }
        return out;
    };
    QList<Candidate> trusted = collect("Authentication-Results");
    if (trusted.isEmpty())
        trusted = collect("ARC-Authentication-Results");

    const Candidate* primary = nullptr;
    for (const Candidate& c : std::as_const(trusted)) {
        if (!c.parsed.results.isEmpty()) {
            primary = &c;
            break;
        }
    }
    if (!primary && !trusted.isEmpty())
        primary = &trusted.first();
    if (primary) {
        s.authservId = primary->parsed.authservId;
        s.headerIndex = primary->index;
    }
    // Each verdict from the topmost trusted header that has one (the primary header first).
    QList<const Candidate*> order;
    if (primary)
        order.append(primary);
    for (const Candidate& c : std::as_const(trusted)) {
        if (&c != primary)
            order.append(&c);
    }
    for (const Candidate* c : std::as_const(order)) {
        bool dkimHere = false;
        for (const AuthMethodResult& r : c->parsed.results) {
            if (r.method == u"spf" && s.spf.isEmpty())
                s.spf = r.result;
            else if (r.method == u"dmarc" && s.dmarc.isEmpty())
                s.dmarc = r.result;
            else if (r.method == u"arc" && s.arc.isEmpty())
                s.arc = r.result;
            else if (r.method == u"dkim")
                dkimHere = true;
        }
        if (dkimHere && s.dkim.isEmpty()) {
            for (const AuthMethodResult& r : c->parsed.results) {
                if (r.method == u"dkim")
                    s.dkim.append(r);
            }
        }
    }
    for (const Candidate& c : std::as_const(trusted)) {
        for (const AuthMethodResult& r : c.parsed.results) {
            if (s.all.size() < MaxResults)
                s.all.append(r);
        }
    }

    if (s.spf.isEmpty()) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (!headers[i].is("Received-SPF"))
                continue;
            QString result, identity;
            readReceivedSpf(headerText(headers[i]), &result, &identity);
            if (result.isEmpty())
                continue;
            if (trust.noHops || trust.trusts(static_cast<int>(i), identity)) {
                s.spf = result;
                break;
            }
        }
    }
    return s;
}

QList<DkimSignature> dkimSignatures(const QList<HeaderField>& headers)
{
    QList<DkimSignature> out;
    for (qsizetype i = 0; i < headers.size() && out.size() < MaxDkimSignatures; ++i) {
        if (!headers[i].is("DKIM-Signature"))
            continue;
        DkimSignature sig;
        sig.headerIndex = static_cast<int>(i);
        QString v = headerText(headers[i]);
        if (v.size() > MaxValueChars)
            v.truncate(MaxValueChars);
        int tags = 0;
        for (QStringView tag : QStringView(v).split(u';')) {
            if (++tags > MaxTags)
                break;
            const qsizetype eq = tag.indexOf(u'=');
            if (eq <= 0)
                continue;
            const QStringView name = tag.first(eq).trimmed();
            // Folding white space inside a value is not part of it.
            QString value;
            for (QChar c : tag.sliced(eq + 1)) {
                if (!isSpace(c))
                    value.append(c);
            }
            if (name == u"d")
                sig.domain = value.toLower().left(255);
            else if (name == u"s")
                sig.selector = value.left(255);
            else if (name == u"a")
                sig.algorithm = value.toLower().left(64);
            else if (name == u"h") {
                for (QStringView h : QStringView(value).split(u':', Qt::SkipEmptyParts)) {
                    if (sig.signedHeaders.size() >= 200)
                        break;
                    sig.signedHeaders.append(h.toString());
                }
            }
        }
        out.append(sig);
    }
    return out;
}

} // namespace MailTriage::AuthResults
