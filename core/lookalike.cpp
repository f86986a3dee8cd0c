// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookalike.h"

#include "domainutil.h"
#include "hostmemo.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <unicode/uidna.h>
#include <unicode/uspoof.h>
#include <vector>

// How two domains are compared (docs/findings.md, "lookalike_domain"):
//  1. both are reduced to their organisational domain (registrable domain per the PSL, one more
//     label for unofficial second levels such as com.cc) and split into name + suffix;
//  2. same organisation -> no match;
//  3. the names are compared by tricks, cheapest first: TR39 skeletons (confusables, punycode),
//     the classic ASCII swaps, hyphens, labels rearranged, TLD swap, then a bounded edit distance.
// Every step is linear or, for the edit distance, O(64 x 64) at most.

namespace MailTriage::Lookalike {

namespace {

    struct Icu {
        USpoofChecker* spoof = nullptr;
        UIDNA* idna = nullptr;
        Icu()
        {
            UErrorCode st = U_ZERO_ERROR;
            spoof = uspoof_open(&st);
            if (U_FAILURE(st)) {
                spoof = nullptr;
            }
            st = U_ZERO_ERROR;
            idna = uidna_openUTS46(UIDNA_DEFAULT, &st);
            if (U_FAILURE(st))
                idna = nullptr;
        }
        ~Icu()
        {
            if (spoof)
                uspoof_close(spoof);
            if (idna)
                uidna_close(idna);
        }
        Icu(const Icu&) = delete;
        Icu& operator=(const Icu&) = delete;
    };

    // ICU documents both objects as safe for concurrent use once opened (const API only).
    const Icu& icu()
    {
        static const Icu instance;
        return instance;
    }

    constexpr qsizetype MaxHostChars = 253;

    bool isSecondLevelWord(QStringView label)
    {
        static const char16_t* const words[]
            = { u"com", u"net", u"org", u"co", u"ac", u"ne", u"or", u"go", u"gov", u"edu", u"ltd", u"plc", u"biz" };
        for (const char16_t* w : words) {
            if (label == QStringView(w))
                return true;
        }
        return false;
    }

    // The classic ASCII swaps folded onto one form.
    QString swapNorm(QStringView s)
    {
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s[i];
            const QChar n = i + 1 < s.size() ? s[i + 1] : QChar();
            if (c == u'r' && n == u'n') {
                out += u'm';
                ++i;
            } else if (c == u'v' && n == u'v') {
                out += u'w';
                ++i;
            } else if (c == u'c' && n == u'l') {
                out += u'd';
                ++i;
            } else if (c == u'0') {
                out += u'o';
            } else if (c == u'1') {
                out += u'l';
            } else {
                out += c;
            }
        }
        return out;
    }

    struct Swap {
        const char16_t* trick;
        const char16_t* real;
    };
    constexpr Swap Swaps[] = { { u"rn", u"m" }, { u"vv", u"w" }, { u"cl", u"d" }, { u"1", u"l" }, { u"0", u"o" } };

    int trickCount(QStringView s)
    {
        int n = 0;
        for (const Swap& sw : Swaps)
            n += int(s.count(QStringView(sw.trick)));
        return n;
    }

    // "rn→m, 0→o": the swaps that one side uses and the other does not.
    QString swapsBetween(QStringView cand, QStringView ref)
    {
        QStringList out;
        for (const Swap& sw : Swaps) {
            const QStringView t(sw.trick);
            const QStringView r(sw.real);
            if (cand.count(t) > ref.count(t))
                out << t.toString() + u'→' + r.toString();
            else if (ref.count(t) > cand.count(t))
                out << r.toString() + u'→' + t.toString();
        }
        return out.join(QStringLiteral(", "));
    }

    QString withoutHyphens(QStringView s)
    {
        QString out;
        out.reserve(s.size());
        for (QChar c : s) {
            if (c != u'-')
                out += c;
        }
        return out;
    }

    bool hasNonAscii(QStringView s)
    {
        for (QChar c : s) {
            if (c.unicode() >= 0x80)
                return true;
        }
        return false;
    }

    // Tokens of a whole organisational domain split on '.' and '-', swap-normalised, sorted.
    QStringList tokens(const QString& org)
    {
        QStringList out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= org.size(); ++i) {
            if (i == org.size() || org[i] == u'.' || org[i] == u'-') {
                if (i > start)
                    out << swapNorm(QStringView(org).sliced(start, i - start));
                start = i + 1;
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // group companies and regional sites: "acme-hd" / "acme-bs", "acme-us" / "acme-uk": the names
    // differ in exactly one hyphen-separated word of at most three letters.
    bool siblingNames(QStringView a, QStringView b)
    {
        const QList<QStringView> ta = a.split(u'-');
        const QList<QStringView> tb = b.split(u'-');
        if (ta.size() != tb.size() || ta.size() < 2)
            return false;
        int differing = 0;
        for (qsizetype i = 0; i < ta.size(); ++i) {
            if (ta[i] == tb[i])
                continue;
            if (++differing > 1 || ta[i].size() > 3 || tb[i].size() > 3)
                return false;
        }
        return differing == 1;
    }

    QStringView firstWord(QStringView name)
    {
        const qsizetype h = name.indexOf(u'-');
        return h < 0 ? name : name.first(h);
    }

} // namespace

QString organisationalDomain(const QString& host)
{
    const QString h = DomainUtil::normalizeHost(host);
    QString reg = DomainUtil::registrableDomain(h);
    if (reg.isEmpty())
        return reg;
    const qsizetype dot = reg.indexOf(u'.');
    if (dot > 0 && isSecondLevelWord(QStringView(reg).first(dot)) && h.size() > reg.size() + 1
        && h.endsWith(u'.' + reg)) {
        const QStringView rest = QStringView(h).first(h.size() - reg.size() - 1);
        const qsizetype prev = rest.lastIndexOf(u'.');
        const QStringView label = rest.sliced(prev + 1);
        if (!label.isEmpty())
            reg = label.toString() + u'.' + reg;
    }
    return reg;
}

int damerauLevenshtein(QStringView a, QStringView b, int maxLength)
{
    if (a.size() > maxLength || b.size() > maxLength)
        return -1;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> prev2(size_t(m + 1), 0);
    std::vector<int> prev(size_t(m + 1), 0);
    std::vector<int> cur(size_t(m + 1), 0);
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

QString skeleton(const QString& text)
{
    const Icu& i = icu();
    if (!i.spoof || text.isEmpty())
        return {};
    const QString in = text.left(256);
    UErrorCode st = U_ZERO_ERROR;
    const auto* src = reinterpret_cast<const UChar*>(in.utf16());
    const int32_t len = uspoof_getSkeleton(i.spoof, 0, src, int32_t(in.size()), nullptr, 0, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
        return {};
    if (len <= 0 || len > 4096)
        return {};
    QString out(len, Qt::Uninitialized);
    st = U_ZERO_ERROR;
    uspoof_getSkeleton(i.spoof, 0, src, int32_t(in.size()), reinterpret_cast<UChar*>(out.data()), len, &st);
    if (U_FAILURE(st))
        return {};
    return out;
}

QString toUnicodeHost(const QString& host)
{
    const QString h = host.toLower();
    if (!h.contains(QStringLiteral("xn--")) || h.size() > MaxHostChars)
        return h;
    const Icu& i = icu();
    if (!i.idna)
        return h;
    UChar dest[512];
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode st = U_ZERO_ERROR;
    const int32_t n = uidna_nameToUnicode(i.idna, reinterpret_cast<const UChar*>(h.utf16()), int32_t(h.size()), dest,
        int32_t(std::size(dest)), &info, &st);
    if (U_FAILURE(st) || n <= 0 || n > int32_t(std::size(dest)))
        return h;
    // Decoding errors (invalid punycode, disallowed characters) keep the ASCII form.
    if (info.errors & ~(UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG))
        return h;
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(dest), n);
}

bool isInternationalized(const QString& host)
{
    return hasNonAscii(host) || host.contains(QStringLiteral("xn--"), Qt::CaseInsensitive);
}

namespace {
    Domain prepareUncached(const QString& host);
}

Domain prepare(const QString& host)
{
    // Pure and costly (public suffix list, punycode, ICU skeleton); the analysis prepares the same
    // brand and party domains for every message. Remembered per thread, bounded.
    thread_local QHash<QString, Domain> memo;
    return rememberedForHost(memo, host, prepareUncached);
}

namespace {
    Domain prepareUncached(const QString& host)
    {
        Domain d;
        d.host = DomainUtil::normalizeHost(host);
        if (d.host.isEmpty() || d.host.size() > MaxHostChars)
            return d;
        d.org = organisationalDomain(d.host);
        const qsizetype dot = d.org.indexOf(u'.');
        if (d.org.isEmpty() || dot <= 0)
            return d;
        d.orgKey = DomainUtil::organisationKey(d.org);
        d.name = toUnicodeHost(d.org.left(dot));
        d.suffix = d.org.mid(dot + 1);
        d.unicodeOrg = toUnicodeHost(d.org);
        d.valid = !d.name.isEmpty();
        return d;
    }
} // namespace

Match compare(const QString& candidateHost, const QString& referenceHost, const Options& options)
{
    return compare(prepare(candidateHost), prepare(referenceHost), options);
}

Match compare(const Domain& c, const Domain& r, const Options& options)
{
    Match m;
    if (!c.valid || !r.valid || c.org == r.org || (!c.orgKey.isEmpty() && c.orgKey == r.orgKey))
        return m;
    const QString& cn = c.name;
    const QString& rn = r.name;
    const bool suffixDiffers = c.suffix != r.suffix;
    const qsizetype lengthGap = qAbs(cn.size() - rn.size());
    const QStringView cw = firstWord(cn);
    const QStringView rw = firstWord(rn);
    // Nothing below can match names this different, unless the labels were rearranged (which
    // keeps the total length) or the leading word is shared (related names).
    const qsizetype orgGap = qAbs(c.unicodeOrg.size() - r.unicodeOrg.size());
    if (lengthGap > 6 && orgGap > 2 && cw != rw)
        return m;
    m.candidate = c.unicodeOrg;
    m.reference = r.unicodeOrg;
    const bool punycode = c.org.contains(QStringLiteral("xn--"));

    if (cn == rn) {
        if (suffixDiffers && options.tldSwap)
            m.tricks |= Trick::TldSwap;
        else
            m = Match();
        return m;
    }

    Tricks t;
    const bool cNonAscii = hasNonAscii(cn);
    const bool rNonAscii = hasNonAscii(rn);
    if (cNonAscii || rNonAscii) {
        const QString sc = skeleton(cn);
        if (!sc.isEmpty() && sc == skeleton(rn)) {
            t |= Trick::Confusable;
        } else {
            // Confusables combined with hyphen games.
            const QString hc = skeleton(withoutHyphens(cn));
            if (!hc.isEmpty() && hc == skeleton(withoutHyphens(rn)))
                t |= Trick::Confusable | Trick::Hyphen;
        }
        if (t.toInt() != 0) {
            m.direction = cNonAscii && !rNonAscii ? 1 : (rNonAscii && !cNonAscii ? -1 : 0);
            if (punycode)
                t |= Trick::Punycode;
        }
    }
    if (!t && lengthGap <= 6) {
        const QString nc = swapNorm(cn);
        const QString nr = swapNorm(rn);
        if (nc == nr) {
            t |= Trick::CharSwap;
        } else if (withoutHyphens(cn) == withoutHyphens(rn)) {
            t |= Trick::Hyphen;
        } else if (withoutHyphens(nc) == withoutHyphens(nr)) {
            t |= Trick::CharSwap | Trick::Hyphen;
        }
        if (t.testFlag(Trick::CharSwap)) {
            m.swaps = swapsBetween(cn, rn);
            const int tc = trickCount(cn);
            const int tr = trickCount(rn);
            m.direction = tc > tr ? 1 : (tc < tr ? -1 : 0);
        }
    }
    if (!t && orgGap <= 2) {
        // Labels rearranged across the name and the suffix: b-companys.com.cc -> b-companys-cc.com.
        const QStringList tc = tokens(c.unicodeOrg);
        const QStringList tr = tokens(r.unicodeOrg);
        if (tc.size() >= 2 && tc == tr) {
            t |= Trick::SuffixMoved;
            m.swaps = swapsBetween(cn, rn);
            if (!m.swaps.isEmpty())
                t |= Trick::CharSwap;
            const qsizetype cl = c.suffix.count(u'.');
            const qsizetype rl = r.suffix.count(u'.');
            m.direction = cl < rl ? 1 : (cl > rl ? -1 : 0);
            m.tricks = t;
            return m;
        }
    }
    if (!t && options.editDistance && lengthGap <= 2 && !siblingNames(cn, rn)) {
        const qsizetype shortest = std::min(withoutHyphens(cn).size(), withoutHyphens(rn).size());
        if (shortest >= 5) {
            const int d = damerauLevenshtein(cn, rn);
            if (!suffixDiffers && d >= 1 && ((d == 1 && shortest >= 5) || (d == 2 && shortest >= 8))) {
                t |= Trick::EditDistance;
                m.distance = d;
            }
        }
    }
    if (!t && options.relatedName && suffixDiffers) {
        if (cw.size() >= 5 && cw == rw)
            t |= Trick::RelatedName;
    }
    if (t.toInt() != 0 && suffixDiffers) {
        if (!options.tldSwap && !(t & (Trick::Confusable | Trick::CharSwap)))
            return Match(); // brands: another country domain with a small edit is too common to report
        if (!(t & Trick::RelatedName))
            t |= Trick::TldSwap;
    }
    if (t.toInt() == 0)
        return Match();
    m.tricks = t;
    return m;
}

Text describe(const Match& m)
{
    QList<Text> parts;
    if (m.tricks.testFlag(Trick::Confusable))
        parts << Text(
            QT_TRANSLATE_NOOP("Finding", "Unicode characters that look like the real ones (TR39 skeletons are equal)"));
    if (m.tricks.testFlag(Trick::Punycode))
        parts << Text(QT_TRANSLATE_NOOP("Finding", "an internationalised name written as punycode (xn--)"));
    if (m.tricks.testFlag(Trick::CharSwap))
        parts << (m.swaps.isEmpty() ? Text(QT_TRANSLATE_NOOP("Finding", "look-alike character swaps"))
                                    : Text(QT_TRANSLATE_NOOP("Finding", "look-alike character swap %1")).arg(m.swaps));
    if (m.tricks.testFlag(Trick::Hyphen))
        parts << Text(QT_TRANSLATE_NOOP("Finding", "a hyphen inserted, removed or moved"));
    if (m.tricks.testFlag(Trick::SuffixMoved))
        parts << Text(QT_TRANSLATE_NOOP("Finding", "the domain ending moved into the name (like com.cc -> -cc.com)"));
    if (m.tricks.testFlag(Trick::TldSwap))
        parts << Text(QT_TRANSLATE_NOOP("Finding", "another domain ending"));
    if (m.tricks.testFlag(Trick::EditDistance))
        parts << (m.distance == 1 ? Text(QT_TRANSLATE_NOOP("Finding", "one character different"))
                                  : Text(QT_TRANSLATE_NOOP("Finding", "%1 characters different")).arg(m.distance));
    if (m.tricks.testFlag(Trick::RelatedName))
        parts << Text(QT_TRANSLATE_NOOP("Finding", "the same company name with another ending"));
    return Text::list(parts);
}

} // namespace MailTriage::Lookalike
