// SPDX-License-Identifier: GPL-3.0-or-later
// The replacement engine: the literal pass over the map (a trie), then the patterns (postal
// addresses, telephone numbers, accounts, hosts, IPs), defanging.
#include "anonymizerbuilder.h"
#include "catalog.h"
#include "domainutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace MailTriage::AnonymizerDetail {

void Engine::build(const QList<Pseudonym>& list)
{
    entries = list;
    needles.clear();
    trieNext.clear();
    trieNeedle = { -1 };
    accounts.clear();
    QSet<QString> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const Pseudonym& p = entries[i];
        if (p.real.isEmpty())
            continue;
        if (p.kind == QLatin1String("account")) {
            QString digits;
            for (QChar c : p.real) {
                if (c.isLetterOrNumber())
                    digits += c.toUpper();
            }
            if (!digits.isEmpty() && !accounts.contains(digits))
                accounts.insert(digits, i);
            // SWIFT codes and account numbers as written are matched literally too.
        }
        const QString key = p.real.toCaseFolded();
        if (key.size() != p.real.size() || seen.contains(key))
            continue;
        seen.insert(key);
        Needle n;
        n.key = key;
        n.entry = i;
        const bool wordKind = p.kind == QLatin1String("person") || p.kind == QLatin1String("name-word")
            || p.kind == QLatin1String("local-part") || p.kind == QLatin1String("bank")
            || p.kind == QLatin1String("account") || p.kind == QLatin1String("custom")
            || p.kind == QLatin1String("initials");
        n.ip = p.kind == QLatin1String("ip") || p.kind == QLatin1String("attacker-ip")
            || p.kind == QLatin1String("ip-prefix");
        const bool shortKey = key.size() < 4;
        n.boundaryStart = (wordKind || shortKey) && isWordChar(key.front());
        n.boundaryEnd = (wordKind || shortKey) && isWordChar(key.back());
        int node = 0;
        for (const QChar c : key) {
            const quint64 edge = (quint64(node) << 16) | c.unicode();
            auto next = trieNext.constFind(edge);
            if (next == trieNext.cend()) {
                next = trieNext.insert(edge, int(trieNeedle.size()));
                trieNeedle.append(-1);
            }
            node = next.value();
        }
        trieNeedle[node] = int(needles.size()); // keys are unique (seen)
        needles.append(n);
    }
}

bool Engine::ipBoundaryOk(const QString& in, qsizetype i, qsizetype len, bool v6) const
{
    auto bad = [v6](QChar c) {
        if (v6)
            return c.isDigit() || c == u':' || (c.toLower() >= u'a' && c.toLower() <= u'f');
        return c.isDigit() || c == u'.';
    };
    const bool afterIpv6Tag = v6 && i >= 5 && QStringView(in).mid(i - 5, 5).compare(u"IPv6:", Qt::CaseInsensitive) == 0;
    if (i > 0 && bad(in[i - 1]) && !afterIpv6Tag)
        return false;
    if (i + len < in.size()) {
        const QChar n = in[i + len];
        if (v6 ? bad(n) : n.isDigit())
            return false;
        if (!v6 && n == u'.' && i + len + 1 < in.size() && in[i + len + 1].isDigit())
            return false;
    }
    return true;
}

QString Engine::output(
    const Pseudonym& p, QStringView matched, QStringView before, QStringView after, ReportLanguage lang) const
{
    const bool company = p.kind == QLatin1String("company-word") || p.kind == QLatin1String("company-name");
    if (company) {
        // Inside a host name or an address the token form keeps it one word: a-company.
        auto glued = [](QChar c) { return c.isLetterOrNumber() || c == u'@' || c == u'_' || c == u'-' || c == u'/'; };
        // A dot glues only inside a name ("mail.kumoyuki", "kumoyuki.jp"), not at the end of a sentence.
        const bool beforeGlued = !before.isEmpty()
            && (glued(before.back())
                || (before.back() == u'.' && before.size() >= 2 && before[before.size() - 2].isLetterOrNumber()));
        const bool afterGlued = !after.isEmpty()
            && (glued(after.front()) || (after.front() == u'.' && after.size() >= 2 && after[1].isLetterOrNumber()));
        const bool inToken = beforeGlued || afterGlued;
        if (inToken && tokenForm.contains(p.party))
            return tokenForm.value(p.party);
    }
    QString out = (lang == ReportLanguage::Japanese && !p.pseudonymJa.isEmpty()) ? p.pseudonymJa : p.pseudonym;
    // Written as the original was: "tsk.remittance.desk" -> "aco.remittance.desk".
    if (p.kind == QLatin1String("person") || p.kind == QLatin1String("name-word")
        || p.kind == QLatin1String("local-part") || p.kind == QLatin1String("initials")) {
        bool anyLetter = false, allLower = true, allUpper = true;
        for (QChar c : matched) {
            if (!c.isLetter())
                continue;
            anyLetter = true;
            allLower = allLower && c.isLower();
            allUpper = allUpper && c.isUpper();
        }
        if (anyLetter && allLower)
            out = out.toLower();
        else if (anyLetter && allUpper && matched.size() > 1)
            out = out.toUpper();
    }
    return out;
}

QList<Engine::Segment> Engine::literal(const QString& in, ReportLanguage lang) const
{
    QList<Segment> out;
    QString pending;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        // The longest key written at i whose boundary rules hold.
        const Needle* best = nullptr;
        int node = 0;
        for (qsizetype j = i; j < n; ++j) {
            const auto next = trieNext.constFind((quint64(node) << 16) | in[j].toCaseFolded().unicode());
            if (next == trieNext.cend())
                break;
            node = next.value();
            if (trieNeedle[node] < 0)
                continue;
            const Needle& nd = needles[trieNeedle[node]];
            const qsizetype len = j - i + 1;
            if (nd.boundaryStart && i > 0 && isWordChar(in[i - 1]))
                continue;
            if (nd.boundaryEnd && i + len < n && isWordChar(in[i + len]))
                continue;
            if (nd.ip && !ipBoundaryOk(in, i, len, nd.key.contains(u':')))
                continue;
            best = &nd;
        }
        if (!best) {
            pending += in[i];
            ++i;
            continue;
        }
        if (!pending.isEmpty()) {
            out.append({ pending, false });
            pending.clear();
        }
        const qsizetype len = best->key.size();
        out.append({ output(entries[best->entry], QStringView(in).mid(i, len), QStringView(in).left(i),
                         QStringView(in).mid(i + len), lang),
            true });
        i += len;
    }
    if (!pending.isEmpty())
        out.append({ pending, false });
    return out;
}

bool Engine::isAttackerHost(const QString& host) const
{
    const QString h = DomainUtil::normalizeHost(host);
    return attackerHosts.contains(h) || attackerHosts.contains(orgOf(h));
}

/// Defangs (or removes) what is left of real addresses, URLs, hosts and IPs in a segment
/// that the literal pass did not replace.
QString Engine::phase2(const QString& seg, bool defang) const
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = phase2Re().globalMatch(seg);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(seg).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString t = m.captured();
        QString rep = t;
        if (!m.captured(u"url").isEmpty()) {
            QString url = t;
            // Trailing punctuation is prose, not URL.
            QString tail;
            while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back())) {
                tail.prepend(url.back());
                url.chop(1);
            }
            const QString host = QUrl(url).host();
            rep = ((anonymize || isAttackerHost(host)) && defang ? Anonymizer::defang(url) : url) + tail;
        } else if (!m.captured(u"email").isEmpty()) {
            if ((anonymize || isAttackerHost(domainOfAddress(t))) && defang)
                rep = Anonymizer::defang(t);
        } else if (!m.captured(u"iban").isEmpty() || !m.captured(u"acct").isEmpty()) {
            rep = accountReplacement(t);
        } else if (!m.captured(u"ip4").isEmpty() || !m.captured(u"ip6").isEmpty()) {
            if (DomainUtil::isIpAddress(t)) {
                if (attackerIps.contains(normIp(t)))
                    rep = defang ? Anonymizer::defang(t) : t;
                else if (anonymize)
                    rep = QStringLiteral("[IP]");
            }
        } else if (!m.captured(u"host").isEmpty()) {
            const QString h = t.toLower();
            const bool hostLike = knownHosts.contains(h) || hasCommonTld(h);
            if (hostLike && !DomainUtil::registrableDomain(h).isEmpty() && defang && (anonymize || isAttackerHost(h)))
                rep = Anonymizer::defang(t);
        }
        out += rep;
    }
    out += QStringView(seg).mid(last);
    return out;
}

QString Engine::accountReplacement(const QString& t) const
{
    if (accounts.isEmpty())
        return t;
    auto norm = [](QStringView s) {
        QString d;
        for (QChar c : s) {
            if (c.isLetterOrNumber())
                d += c.toUpper();
        }
        return d;
    };
    const auto whole = accounts.constFind(norm(t));
    if (whole != accounts.cend())
        return entries[*whole].pseudonym;
    // "3108-0046721 03 5555": try the space-separated pieces.
    QString out;
    const QStringList pieces = t.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        const auto p = accounts.constFind(norm(pieces[i]));
        out += p != accounts.cend() ? entries[*p].pseudonym : pieces[i];
    }
    return out;
}

const QRegularExpression& Engine::labelledPhoneRe()
{
    static const QRegularExpression re(QStringLiteral("((?i:\\b(?:tel|fax|phone|mobile|mob|direct|ph)\\b)\\.?"
                                                      "\\s?[:：]?\\s?|(?:電話|携帯|ＴＥＬ|ＦＡＸ)[:：]?\\s?)"
                                                      "(\\+?[\\d(（][\\d \\-().（）]{5,}\\d)"));
    return re;
}

const QRegularExpression& Engine::internationalPhoneRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w+])(\\+\\d{1,3}[ \\-.]?\\(?\\d{1,4}\\)?(?:[ \\-.]?\\d{2,4}){2,4})(?!\\d)"));
    return re;
}

QString Engine::digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

/// Telephone numbers of the parties and postal addresses of signatures (only when anonymizing).
QString Engine::phase0(const QString& in, ReportLanguage lang) const
{
    static const QRegularExpression postalJa(QStringLiteral("〒\\s?\\d{3}-?\\d{4}[^\\n]*"));
    // "11-4 Kumoyuki-cho, Ota-ku, Tokyo 143-0000, Japan": a line with a postcode that ends in a country.
    static const QRegularExpression postalEn(
        QStringLiteral(
            "^[^\\n]{0,120}\\b\\d{3}(?:-\\d{4}|\\d{1,3})?\\b[^\\n]{0,60},\\s*(?:Japan|Malaysia|Singapore|"
            "Germany|"
            "Deutschland|China|P\\.?R\\.? China|Hong Kong|Taiwan|Korea|Thailand|Vietnam|Viet "
            "Nam|Indonesia|Philippines|India|"
            "USA|U\\.S\\.A\\.|United States|UK|United Kingdom|France|Italy|Spain|Portugal|Netherlands|Belgium|"
            "Switzerland|Austria|Poland|Sweden|Norway|Denmark|Finland|Australia|Canada|Mexico|Brazil)\\.?[ "
            "\\t]*$"),
        QRegularExpression::MultilineOption);
    const bool ja = lang == ReportLanguage::Japanese;
    const QString code = ja ? QStringLiteral("ja") : QStringLiteral("en");
    const QString phone = Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "[phone]"), code);
    QString out = in;
    if (out.contains(QChar(0x3012)))
        // Japanese text keeps the postal mark the address followed.
        out.replace(postalJa,
            (ja ? QStringLiteral("〒") : QString())
                + Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "[postal address]"), code));
    const QString postal = Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "[postal address]"), code);
    if (out.contains(QLatin1Char(',')))
        out.replace(postalEn, postal);
        // Address blocks without a country, as each country's post writes them (UPU S42): street
        // lines above a town line with its postcode. A street line is a number and a kind of
        // thoroughfare in the order its country writes them: "1234 Main Street" (capitalised, the
        // type last), "5 rue de la Paix" (the type right after the number), "Hauptstraße 12" and
        // "Keizersgracht 123" (a compound ending in the type, the number after), "Via Roma 12"
        // (the type first). A US town line ("Springfield, IL 62704-1234": a state and a ZIP code
        // after a comma) is one on its own; a European one ("80331 München", "2511 CV Den Haag",
        // "411 38 Göteborg") only under a street line, since a number and a capitalised word
        // ("2024 Summary") are no address by themselves.
#define MT_STREET_LINE                                                                                                 \
    "^[ \\t]*(?:"                                                                                                      \
    "\\d{1,6}[a-zA-Z]?(?:-\\d{1,4})?,?[ \\t]+(?:\\p{Lu}[\\p{L}.'-]*[ \\t]+){1,4}(?:Street|St\\.?|Road|Rd\\.?|"         \
    "Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Way|Boulevard|Blvd\\.?|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|"          \
    "Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy)(?![\\p{L}])\\.?(?:,[^\\n]{0,40})?"                               \
    "|\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?i:rue|avenue|boulevard|bd|chemin|all\\x{e9}e|quai|place|impasse|"      \
    "route)[ \\t]+[^\\n]{1,50}"                                                                                        \
    "|\\p{Lu}[\\p{L}'-]*(?:stra(?:ss|\\x{df})e|str\\.|weg|gasse|platz|allee|ring|damm|ufer|gracht|straat|laan|plein|"  \
    "kade|gatan|gata|vej|veien|gade|katu)[ \\t]+\\d{1,5}[a-zA-Z]?(?:[/-]\\d{1,4})?"                                    \
    "|(?:Via|Viale|Piazza|Corso|Calle|Avenida|Plaza|Paseo|Rua)[ \\t]+[^\\n,]{1,40},?[ \\t]+\\d{1,5}[a-zA-Z]?"          \
    ")[ \\t\\r]*\\n"                                                                                                   \
    "(?:[ \\t]*(?i:suite|ste\\.?|floor|unit|building|bldg\\.?|p\\.?o\\.? box)[ \\t]+[^\\n]{1,30}\\n)?"
#define MT_US_TOWN                                                                                                     \
    "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"     \
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)[ \\t]+\\d{5}(?:-\\d{4})?(?:,?[ \\t]*(?:USA|U\\.S\\.A\\.|"        \
    "United States))?[ \\t\\r]*$"
    static const QRegularExpression postalUs(
        QStringLiteral("(?:" MT_STREET_LINE "^[ \\t]*\\p{Lu}[\\p{L} .'-]{1,40},?[ \\t]+" MT_US_TOWN
                       "|^[ \\t]*\\p{Lu}[\\p{L} .'-]{1,40},[ \\t]+" MT_US_TOWN ")"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression postalEurope(
        QStringLiteral(MT_STREET_LINE "^[ \\t]*(?:[A-Z]{1,2}-)?(?:\\d{4,5}|\\d{3} \\d{2})(?:[ \\t]?[A-Z]{2})?[ "
                                      "\\t]+\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,3}[ \\t\\r]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
    // A line ending in a British postcode ("Leeds LS1 4AB": the format is its own mark), with
    // the street line above it.
    static const QRegularExpression postalUk(
        QStringLiteral("(?:" MT_STREET_LINE ")?^[^\\n]{0,60}\\b[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}[ \\t\\r]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
#undef MT_US_TOWN
#undef MT_STREET_LINE
    if (out.contains(QLatin1Char('\n'))) {
        for (const QRegularExpression* re : { &postalUs, &postalEurope, &postalUk })
            out.replace(*re, postal);
    }
    if (partyPhones.isEmpty())
        return out;
    // Only the parties' numbers go: a number only the attacker gives is an indicator.
    for (const QRegularExpression* re : { &labelledPhoneRe(), &internationalPhoneRe() }) {
        const int group = re == &labelledPhoneRe() ? 2 : 1;
        QString next;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = re->globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!partyPhones.contains(digitsOf(m.capturedView(group))))
                continue;
            next += QStringView(out).mid(last, m.capturedStart(group) - last);
            next += phone;
            last = m.capturedEnd(group);
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return out;
}

QString Engine::apply(const QString& input, ReportLanguage lang, bool defang) const
{
    QString in
        = input.size() > Anonymizer::MaxTextChars ? input.left(Anonymizer::MaxTextChars) + QStringLiteral("…") : input;
    if (anonymize)
        in = phase0(in, lang);
    QString out;
    out.reserve(in.size() + in.size() / 8);
    for (const Segment& s : literal(in, lang))
        out += s.replaced ? s.text : phase2(s.text, defang);
    return out;
}

/// The literal pass only (used while building the map).
QString Engine::literalOnly(const QString& in) const
{
    QString out;
    for (const Segment& s : literal(in, ReportLanguage::English))
        out += s.text;
    return out;
}

} // namespace MailTriage::AnonymizerDetail
