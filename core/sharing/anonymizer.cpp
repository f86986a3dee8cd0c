// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymizer.h"

#include "addressparser.h"
#include "catalog.h"
#include "commonwords.h"
#include "domainutil.h"
#include "lookalike.h"
#include "paymentdetails.h"
#include "referencedata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace MailTriage {

QString Indicator::roleIn(QStringView language) const
{
    return Catalog::lookup("Indicator", role, language);
}

namespace {

    constexpr qsizetype kMaxScanChars = 256 * 1024; ///< of each text read while building the map
    constexpr int kMaxEntries = 20000;
    /// Message-IDs mapped, at most (the first messages of a very large case; docs/report.md).
    constexpr int kMaxMessageIds = 5000;
    constexpr int kMaxUrlsPerMessage = 20;

    const QLatin1String kFormat("mailtriage-pseudonym-map");

    // The cast of the pseudonyms: given names in order of appearance, family names to match.
    const char16_t* const kGiven[] = { u"Alice", u"Bob", u"Carol", u"Dave", u"Erin", u"Frank", u"Grace", u"Heidi",
        u"Ivan", u"Judy", u"Kevin", u"Linda", u"Mike", u"Nina", u"Oscar", u"Peggy", u"Quinn", u"Rupert", u"Sybil",
        u"Trent", u"Ursula", u"Victor", u"Wendy", u"Xavier", u"Yvonne", u"Zach" };
    const char16_t* const kFamily[] = { u"Anderson", u"Brown", u"Clark", u"Davis", u"Evans", u"Foster", u"Green",
        u"Harris", u"Irving", u"Jones", u"King", u"Lewis", u"Miller", u"Nolan", u"Owens", u"Parker", u"Quincy", u"Reed",
        u"Stone", u"Turner", u"Upton", u"Vance", u"Walker", u"Xu", u"Young", u"Zimmer" };
    constexpr int kCast = int(sizeof(kGiven) / sizeof(kGiven[0]));

    // Words that are not distinctive of anyone: never mapped on their own.
    const QSet<QString>& genericWords()
    {
        static const QSet<QString> words = [] {
            QSet<QString> s;
            for (const char* w : { "mail", "email", "group", "corp", "corporation", "company", "japan", "global",
                     "tech", "technology", "technologies", "info", "net", "web", "online", "service", "services",
                     "system", "systems", "industries", "industry", "industrial", "holdings", "holding", "trading",
                     "engineering", "eng", "international", "intl", "inc", "ltd", "limited", "the", "and", "bank",
                     "trust", "office", "dept", "department", "team", "desk", "finance", "accounts", "account", "sales",
                     "support", "admin", "ceo", "cfo", "coo", "cto", "president", "director", "manager", "chairman",
                     "board", "mr", "mrs", "ms", "miss", "dr", "san", "sama", "precision", "flow", "logistics",
                     "solutions", "solution", "partners", "consulting", "co", "hd", "asia", "europe", "america",
                     "pacific", "trade", "express", "secure", "server", "relay", "gateway", "smtp", "mx", "noreply",
                     "no-reply", "postmaster", "webmaster", "billing", "contact", "hello", "hr", "it", "legal",
                     "purchasing", "export", "import", "overseas", "business", "section", "division", "general",
                     "affairs", "accounting", "payable", "receivable", "manufacturing", "works", "factory", "products",
                     "electric", "electronics", "motors", "machinery", "metal", "metals", "kinzoku", "seimitsu",
                     "butsuryu", "shoji", "sangyo", "kogyo", "sdn", "bhd", "gmbh", "llc", "plc", "kk", "pte", "pty",
                     "sa", "ag", "kg", "bv", "nv", "srl", "user", "users", "list", "lists", "news", "newsletter",
                     "notification", "notifications", "alert", "alerts", "security" })
                s.insert(QString::fromLatin1(w));
            return s;
        }();
        return words;
    }

    bool isGeneric(const QString& word)
    {
        return genericWords().contains(word.toLower());
    }

    bool isCjk(QChar c)
    {
        const ushort u = c.unicode();
        return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFF9F) || c.isSurrogate();
    }

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() && !isCjk(c);
    }

    QString lower(const QString& s)
    {
        return s.toLower();
    }

    QString normName(QString s)
    {
        s = s.toLower();
        s.replace(QChar(0x3000), QLatin1Char(' '));
        QString out;
        bool space = false;
        for (QChar c : std::as_const(s)) {
            if (c.isLetterOrNumber()) {
                if (space && !out.isEmpty())
                    out += QLatin1Char(' ');
                out += c;
                space = false;
            } else {
                space = true;
            }
        }
        return out;
    }

    /// The organisational domain of a host (com.cc-style second levels included), lower-case.
    QString orgOf(const QString& host)
    {
        const QString h = DomainUtil::normalizeHost(host);
        if (h.isEmpty() || DomainUtil::isIpAddress(h))
            return {};
        return Lookalike::organisationalDomain(h).toLower();
    }

    QString domainOfAddress(const QString& address)
    {
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : DomainUtil::normalizeHost(address.mid(at + 1));
    }

    /// Every organisation but the attacker is a party. Case analysis learns the parties from the
    /// mail that shows no deception; in a campaign or a single attacker message the victims appear
    /// only as the attacker's recipients (To, Cc, Delivered-To, X-Original-To, the recipient an
    /// e-mail service wrote into its bounce address). Those organisations are added as parties for
    /// anonymization, after the parties case analysis found (whose indices stay). Free-mail
    /// providers, mail services, the attacker's own domains and look-alikes of a party stay out.
    CaseAnalysis withRecipientParties(const CaseAnalysis& in)
    {
        CaseAnalysis a = in;
        QSet<QString> known;
        QHash<QString, int> knownParty; // org -> index of a party (not the attacker)
        QList<Lookalike::Domain> partyDomains;
        QSet<QChar> labels;
        for (qsizetype pi = 0; pi < in.parties.size(); ++pi) {
            const Party& p = in.parties[pi];
            if (!p.label.isEmpty())
                labels.insert(p.label.front());
            for (const QString& d : p.domains + QStringList { p.name }) {
                const QString org = orgOf(d.section(QLatin1Char('@'), -1));
                if (org.isEmpty() || known.contains(org))
                    continue;
                known.insert(org);
                if (p.role != QLatin1String("attacker")) {
                    knownParty.insert(org, int(pi));
                    const Lookalike::Domain pd = Lookalike::prepare(org);
                    if (pd.valid)
                        partyDomains << pd;
                }
            }
        }
        // The attacker's own domains (its From, Reply-To and envelope sender) are never a victim's.
        for (const CaseMessage& cm : in.messages) {
            if (cm.actor != QLatin1String("attacker"))
                continue;
            const Message& m = cm.message;
            QStringList own { m.from.address, QString(m.returnPath).remove(QLatin1Char('<')).remove(QLatin1Char('>')) };
            for (const Mailbox& r : m.replyTo)
                own << r.address;
            for (const QString& o : std::as_const(own)) {
                if (AddressParser::embeddedRecipient(o).isEmpty())
                    known.insert(orgOf(domainOfAddress(o.toLower())));
            }
        }
        QHash<QString, int> added; // org -> index in a.parties
        QSet<QString> rejected;
        int current = 0; // the attacker message being read
        int nextNumber = int(in.parties.size());
        const auto consider = [&](const QString& addressIn, const QString& name) {
            const QString address = addressIn.trimmed().toLower();
            const QString org = orgOf(domainOfAddress(address));
            if (org.isEmpty() || ReferenceData::isFreemail(org) || rejected.contains(org)
                || !AddressParser::embeddedRecipient(address).isEmpty())
                return;
            if (!added.contains(org)) {
                // A party case analysis knows, reached where it does not look (Bcc, Delivered-To,
                // a bounce): the message went to it all the same.
                if (const auto kp = knownParty.constFind(org); kp != knownParty.cend()) {
                    QList<int>& to = a.messages[current].recipientParties;
                    if (!to.contains(kp.value()))
                        to.append(kp.value());
                    return;
                }
                if (known.contains(org))
                    return;
                // The attacker's imitation of a party, or of another victim it wrote to.
                const Lookalike::Domain candidate = Lookalike::prepare(org);
                for (const Lookalike::Domain& pd : std::as_const(partyDomains)) {
                    if (candidate.valid && Lookalike::compare(candidate, pd).matched()) {
                        rejected.insert(org);
                        return;
                    }
                }
                if (candidate.valid)
                    partyDomains << candidate;
                // Letters as case analysis gives them (never X, the attacker's lane), then P27, P28, ...
                QString label;
                for (QChar c = u'A'; c <= u'Z' && label.isEmpty(); c = QChar(c.unicode() + 1)) {
                    if (c != u'X' && !labels.contains(c))
                        label = QString(c);
                }
                if (label.isEmpty())
                    label = QStringLiteral("P%1").arg(++nextNumber);
                else
                    labels.insert(label.front());
                Party p;
                p.label = label;
                p.name = org;
                p.domains << org;
                p.role = QStringLiteral("party");
                added.insert(org, int(a.parties.size()));
                a.parties.append(p);
            }
            Party& p = a.parties[added.value(org)];
            if (!p.people.contains(address))
                p.people.insert(address, name);
            QList<int>& to = a.messages[current].recipientParties;
            if (!to.contains(added.value(org)))
                to.append(added.value(org));
        };
        for (current = 0; current < in.messages.size(); ++current) {
            const CaseMessage& cm = in.messages[current];
            if (cm.actor != QLatin1String("attacker"))
                continue;
            const Message& m = cm.message;
            for (const Mailbox& r : m.to + m.cc + m.bcc)
                consider(r.address, r.name);
            for (const char* header : { "Delivered-To", "X-Original-To" }) {
                for (const HeaderField* f : m.headersNamed(header))
                    consider(f->value.trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>')), {});
            }
            const QString bounce = AddressParser::embeddedRecipient(
                QString(m.returnPath).remove(QLatin1Char('<')).remove(QLatin1Char('>')));
            if (!bounce.isEmpty())
                consider(bounce, {});
        }
        return a;
    }

    QString localOfAddress(const QString& address)
    {
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? address : address.left(at);
    }

    QString firstLabel(const QString& domain)
    {
        return domain.section(QLatin1Char('.'), 0, 0);
    }
    QString afterFirstLabel(const QString& domain)
    {
        return domain.section(QLatin1Char('.'), 1);
    }

    bool isIpv6(const QString& ip)
    {
        return ip.contains(QLatin1Char(':'));
    }

    QString normIp(QString ip)
    {
        ip = ip.trimmed();
        if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
            ip = ip.mid(1, ip.size() - 2);
        if (ip.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            ip = ip.mid(5);
        return ip.toLower();
    }

    // ------------------------------------------------------------------------------------------
    // Patterns used to find things in text.

    const QRegularExpression& ipv4Re()
    {
        static const QRegularExpression re(QStringLiteral("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\d|\\.\\d)"));
        return re;
    }
    const QRegularExpression& ipv6Re()
    {
        static const QRegularExpression re(QStringLiteral(
            "(?:(?<=IPv6:)|(?<![0-9A-Za-z:]))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])"));
        return re;
    }
    const QRegularExpression& hostRe()
    {
        static const QRegularExpression re(
            QStringLiteral("(?<![\\w.\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62})\\.)+[A-Za-z]{2,24}(?![\\w\\-])"));
        return re;
    }
    const QRegularExpression& urlRe()
    {
        static const QRegularExpression re(
            QStringLiteral("\\b(?:https?|ftp)://[^\\s<>\"'\\)\\]]+"), QRegularExpression::CaseInsensitiveOption);
        return re;
    }
    const QRegularExpression& phase2Re()
    {
        static const QRegularExpression re(QStringLiteral(
            "(?<url>\\b(?:https?|ftp)://[^\\s<>\"'\\)\\]]+)"
            "|(?<email>[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)"
            "|(?<iban>(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9]))"
            "|(?<ip4>(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\d|\\.\\d))"
            "|(?<ip6>(?:(?<=IPv6:)|(?<![0-9A-Za-z:]))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:]))"
            "|(?<host>(?<![\\w.\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62})\\.)+[A-Za-z]{2,24}(?![\\w\\-]))"
            "|(?<acct>(?<![\\w\\-])\\d[\\d\\- ]{4,30}\\d(?![\\w]))"));
        return re;
    }

    bool hasCommonTld(const QString& host)
    {
        static const QSet<QString> tlds = [] {
            QSet<QString> s;
            for (const char* t : { "com", "net", "org", "info", "biz", "io", "co", "jp", "my", "de", "cc", "ru", "cn",
                     "uk", "hk", "sg", "tw", "kr", "in", "us", "eu", "fr", "it", "nl", "au", "ca", "br", "ch", "se",
                     "no", "es", "pl", "vn", "th", "id", "ph", "xyz", "top", "online", "site", "club", "shop", "app",
                     "dev", "pt", "at", "be", "dk", "fi", "ie", "nz", "mx", "ar", "za", "tr", "ae", "sa", "il", "gr",
                     "cz", "hu", "ro", "ua", "ws", "me", "tk", "ml", "ga", "cf", "gq", "pw", "live", "work", "link",
                     "email", "tech", "store", "cloud", "space", "website", "icu", "buzz", "gov", "edu", "mil", "int" })
                s.insert(QString::fromLatin1(t));
            return s;
        }();
        return tlds.contains(host.section(QLatin1Char('.'), -1).toLower());
    }

    // ------------------------------------------------------------------------------------------
    // The replacement engine.

    struct Needle {
        QString key;
        int entry = -1;
        bool boundaryStart = false;
        bool boundaryEnd = false;
        bool ip = false;
    };

    struct Engine {
        QList<Pseudonym> entries;
        // Every needle in a trie over case-folded UTF-16 units: the literal pass walks it from each
        // position, so its cost is the length of the longest key prefix found there, not the
        // number of keys (a message with thousands of hosts made it quadratic).
        QList<Needle> needles;
        QHash<quint64, int> trieNext; ///< (node << 16) | folded unit -> child node
        QList<int> trieNeedle { -1 }; ///< node -> index into needles, or -1; node 0 is the root
        QHash<QString, QString> tokenForm; ///< party label -> "a-company"
        QHash<QString, int> accounts; ///< digits-only account / IBAN -> entry
        QSet<QString> attackerHosts; ///< lower-case hosts and organisational domains of the attacker side
        QSet<QString> attackerIps;
        QSet<QString> knownHosts; ///< every host seen in the case
        bool anonymize = true;

        void build(const QList<Pseudonym>& list)
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

        bool ipBoundaryOk(const QString& in, qsizetype i, qsizetype len, bool v6) const
        {
            auto bad = [v6](QChar c) {
                if (v6)
                    return c.isDigit() || c == u':' || (c.toLower() >= u'a' && c.toLower() <= u'f');
                return c.isDigit() || c == u'.';
            };
            const bool afterIpv6Tag
                = v6 && i >= 5 && QStringView(in).mid(i - 5, 5).compare(u"IPv6:", Qt::CaseInsensitive) == 0;
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

        QString output(
            const Pseudonym& p, QStringView matched, QStringView before, QStringView after, ReportLanguage lang) const
        {
            const bool company = p.kind == QLatin1String("company-word") || p.kind == QLatin1String("company-name");
            if (company) {
                // Inside a host name or an address the token form keeps it one word: a-company.
                auto glued
                    = [](QChar c) { return c.isLetterOrNumber() || c == u'@' || c == u'_' || c == u'-' || c == u'/'; };
                // A dot glues only inside a name ("mail.kumoyuki", "kumoyuki.jp"), not at the end of a sentence.
                const bool beforeGlued = !before.isEmpty()
                    && (glued(before.back())
                        || (before.back() == u'.' && before.size() >= 2
                            && before[before.size() - 2].isLetterOrNumber()));
                const bool afterGlued = !after.isEmpty()
                    && (glued(after.front())
                        || (after.front() == u'.' && after.size() >= 2 && after[1].isLetterOrNumber()));
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

        struct Segment {
            QString text;
            bool replaced = false;
        };

        QList<Segment> literal(const QString& in, ReportLanguage lang) const
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

        bool isAttackerHost(const QString& host) const
        {
            const QString h = DomainUtil::normalizeHost(host);
            return attackerHosts.contains(h) || attackerHosts.contains(orgOf(h));
        }

        /// Defangs (or removes) what is left of real addresses, URLs, hosts and IPs in a segment
        /// that the literal pass did not replace.
        QString phase2(const QString& seg, bool defang) const
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
                    if (hostLike && !DomainUtil::registrableDomain(h).isEmpty() && defang
                        && (anonymize || isAttackerHost(h)))
                        rep = Anonymizer::defang(t);
                }
                out += rep;
            }
            out += QStringView(seg).mid(last);
            return out;
        }

        QString accountReplacement(const QString& t) const
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

        QSet<QString> partyPhones; ///< digits of the telephone numbers the parties' own mail shows

        static const QRegularExpression& labelledPhoneRe()
        {
            static const QRegularExpression re(QStringLiteral("((?i:\\b(?:tel|fax|phone|mobile|mob|direct|ph)\\b)\\.?"
                                                              "\\s?[:：]?\\s?|(?:電話|携帯|ＴＥＬ|ＦＡＸ)[:：]?\\s?)"
                                                              "(\\+?[\\d(（][\\d \\-().（）]{5,}\\d)"));
            return re;
        }
        static const QRegularExpression& internationalPhoneRe()
        {
            static const QRegularExpression re(
                QStringLiteral("(?<![\\w+])(\\+\\d{1,3}[ \\-.]?\\(?\\d{1,4}\\)?(?:[ \\-.]?\\d{2,4}){2,4})(?!\\d)"));
            return re;
        }
        static QString digitsOf(QStringView s)
        {
            QString d;
            for (QChar c : s) {
                if (c.isDigit())
                    d += c;
            }
            return d;
        }

        /// Telephone numbers of the parties and postal addresses of signatures (only when anonymizing).
        QString phase0(const QString& in, ReportLanguage lang) const
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
                // lines (a number and a kind of thoroughfare: "1234 Main Street, Suite 200", "5 rue de la
                // Paix", "Hauptstraße 12", "Keizersgracht 123") above a town line with its postcode. A US
                // town line ("Springfield, IL 62704-1234": a state and a ZIP code) is one on its own; a
                // European one ("80331 München", "2511 CV Den Haag", "411 38 Göteborg") only under a street line, since
                // a number and a capitalised word ("2024 Summary") are no address by themselves.
#define MT_STREET_WORD                                                                                                 \
    "(?i:stra(?:ss|ß)e|str\\.|weg|gasse|platz|allee|ring|damm|ufer|gracht|straat|laan|plein|kade|rue|avenue|av\\.|"   \
    "boulevard|bd|chemin|allée|quai|via|viale|piazza|corso|calle|avenida|plaza|paseo|gatan|gata|vej|veien|gade|katu|" \
    "street|st\\.?|road|rd\\.?|ave\\.?|lane|ln\\.?|drive|dr\\.?|way|blvd\\.?|court|ct\\.?|place|pl\\.?|square|sq\\.?|" \
    "terrace|close|crescent|parkway|pkwy|highway|hwy)"
#define MT_STREET_LINE                                                                                                 \
    "^[ \\t]*(?:\\d{1,6}[a-zA-Z]?(?:-\\d{1,4})?,?[ \\t]+(?:[\\p{L}.'-]+[ \\t]+){0,4}" MT_STREET_WORD                   \
    "(?![\\p{L}])[^\\n]{0,50}|(?:[\\p{L}.'-]+[ \\t]+){0,4}[\\p{L}.'-]*" MT_STREET_WORD                                 \
    "[ \\t]+\\d{1,5}[a-zA-Z]?(?:[/-]\\d{1,4})?[^\\n]{0,30})[ \\t\\r]*\\n"                                              \
    "(?:[ \\t]*(?i:suite|ste\\.?|floor|unit|building|bldg\\.?|p\\.?o\\.? box)[ \\t]+[^\\n]{1,30}\\n)?"
            static const QRegularExpression postalUs(
                QStringLiteral(
                    "(?:" MT_STREET_LINE
                    ")?^[ \\t]*\\p{Lu}[\\p{L} .'-]{1,40},?[ \\t]+(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|"
                    "ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|"
                    "UT|VT|VA|"
                    "WA|WV|WI|WY)[ \\t]+\\d{5}(?:-\\d{4})?(?:,?[ \\t]*(?:USA|U\\.S\\.A\\.|United States))?[ \\t\\r]*$"),
                QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
            static const QRegularExpression postalEurope(
                QStringLiteral(MT_STREET_LINE "^[ \\t]*(?:[A-Z]{1,2}-)?(?:\\d{4,5}|\\d{3} \\d{2})(?:[ \\t]?[A-Z]{2})?[ "
                                              "\\t]+\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,3}"
                                              "[ \\t\\r]*$"),
                QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
            // A line ending in a British postcode ("Leeds LS1 4AB": the format is its own mark), with
            // the street line above it.
            static const QRegularExpression postalUk(
                QStringLiteral(
                    "(?:" MT_STREET_LINE ")?^[^\\n]{0,60}\\b[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}[ \\t\\r]*$"),
                QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
#undef MT_STREET_LINE
#undef MT_STREET_WORD
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

        QString apply(const QString& input, ReportLanguage lang, bool defang) const
        {
            QString in = input.size() > Anonymizer::MaxTextChars
                ? input.left(Anonymizer::MaxTextChars) + QStringLiteral("…")
                : input;
            if (anonymize)
                in = phase0(in, lang);
            QString out;
            out.reserve(in.size() + in.size() / 8);
            for (const Segment& s : literal(in, lang))
                out += s.replaced ? s.text : phase2(s.text, defang);
            return out;
        }

        /// The literal pass only (used while building the map).
        QString literalOnly(const QString& in) const
        {
            QString out;
            for (const Segment& s : literal(in, ReportLanguage::English))
                out += s.text;
            return out;
        }
    };

    // ------------------------------------------------------------------------------------------
    // What the builder reads from each message.

    struct Scan {
        QStringList headerTexts; ///< decoded header values
        QString ownText; ///< body without quotes
        QString body; ///< whole text body
        QString html;
        QStringList attachmentNames;
        QStringList extracted;
    };

    Scan scanOf(const Message& m)
    {
        Scan s;
        for (const HeaderField& h : m.headers()) {
            if (h.is("DKIM-Signature") || h.is("ARC-Message-Signature") || h.is("ARC-Seal"))
                continue;
            s.headerTexts << QString::fromLatin1(h.name) + QStringLiteral(": ") + h.value.left(kMaxScanChars);
        }
        s.body = m.bodyText().left(kMaxScanChars);
        s.ownText = PaymentDetails::ownText(s.body);
        s.html = m.htmlBody().left(kMaxScanChars);
        for (const MimePart& p : m.parts) {
            if (!p.filename.isEmpty())
                s.attachmentNames << p.filename;
            if (!p.extractedText.isEmpty())
                s.extracted << p.extractedText.left(kMaxScanChars);
        }
        return s;
    }

    QStringList allTexts(const Scan& s)
    {
        return s.headerTexts + QStringList { s.body, s.html } + s.attachmentNames + s.extracted;
    }

    QStringList matchesOf(const QRegularExpression& re, const QString& text, int max = 2000)
    {
        QStringList out;
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext() && out.size() < max)
            out << it.next().captured();
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Look-alike pseudonyms: the same trick applied to the pseudonym of the imitated domain.

    QString withoutHyphens(QString s)
    {
        s.remove(QLatin1Char('-'));
        return s;
    }

    QString applySwap(QString name, const QString& from, const QString& to)
    {
        const qsizetype at = name.indexOf(from);
        if (at < 0)
            return {};
        return name.replace(at, from.size(), to);
    }

    QString trickPseudonym(
        const Lookalike::Match& m, const QString& candOrg, const QString& refOrg, const QString& pseudoRef)
    {
        using Lookalike::Trick;
        const QString refName = firstLabel(refOrg);
        const QString candName = firstLabel(candOrg);
        const QString candSuffix = afterFirstLabel(candOrg);
        const QString pseudoName = firstLabel(pseudoRef);
        const QString pseudoSuffix = afterFirstLabel(pseudoRef);
        QString name = pseudoName;
        QString suffix = candSuffix.isEmpty() ? pseudoSuffix : candSuffix;

        if (m.tricks.testFlag(Trick::SuffixMoved)) {
            const QString candAscii = Lookalike::toUnicodeHost(candName);
            if (candAscii.startsWith(refName))
                name = pseudoName + candAscii.mid(refName.size());
            else
                name = pseudoName + QLatin1Char('-') + afterFirstLabel(refOrg).section(QLatin1Char('.'), -1);
        }
        if (m.tricks.testFlag(Trick::RelatedName)) {
            const QString word = refName.section(QLatin1Char('-'), 0, 0);
            if (!word.isEmpty() && candName.startsWith(word))
                name = pseudoName + candName.mid(word.size());
        }
        if (m.tricks.testFlag(Trick::Hyphen)) {
            const qsizetype hc = candName.count(QLatin1Char('-'));
            const qsizetype hr = refName.count(QLatin1Char('-'));
            if (hc > hr) {
                name.insert(std::max<qsizetype>(1, name.size() - 3), QLatin1Char('-'));
            } else if (hc < hr) {
                name = withoutHyphens(name);
            } else {
                name = withoutHyphens(name);
                name.insert(std::min<qsizetype>(4, name.size() - 1), QLatin1Char('-'));
            }
        }
        if (m.tricks.testFlag(Trick::CharSwap)) {
            bool done = false;
            for (const QString& pair : m.swaps.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                const QString candPart = pair.section(QChar(0x2192), 0, 0);
                const QString refPart = pair.section(QChar(0x2192), 1);
                const QString swapped = applySwap(name, refPart, candPart);
                if (!swapped.isEmpty()) {
                    name = swapped;
                    done = true;
                }
            }
            if (!done) {
                QString swapped = applySwap(name, QStringLiteral("m"), QStringLiteral("rn"));
                if (swapped.isEmpty())
                    swapped = applySwap(name, QStringLiteral("o"), QStringLiteral("0"));
                if (!swapped.isEmpty())
                    name = swapped;
            }
        }
        if (m.tricks.testFlag(Trick::Confusable)) {
            static const QList<QPair<QChar, QChar>> confusables { { u'o', QChar(0x043E) }, { u'a', QChar(0x0430) },
                { u'e', QChar(0x0435) }, { u'c', QChar(0x0441) }, { u'p', QChar(0x0440) } };
            for (const auto& [latin, cyr] : confusables) {
                const qsizetype at = name.indexOf(latin, 2);
                if (at >= 0) {
                    name[at] = cyr;
                    break;
                }
            }
            if (m.tricks.testFlag(Trick::Punycode) || candOrg.contains(QLatin1String("xn--"))) {
                const QByteArray ace = QUrl::toAce(name + QLatin1Char('.') + suffix);
                if (!ace.isEmpty())
                    name = firstLabel(QString::fromLatin1(ace));
            }
        }
        if (m.tricks.testFlag(Trick::EditDistance)
            && !(m.tricks & (Trick::CharSwap | Trick::Hyphen | Trick::Confusable | Trick::SuffixMoved))) {
            // A transposition, the commonest typo-squat.
            if (name.size() >= 4)
                std::swap(name[name.size() - 2], name[name.size() - 3]);
        }
        if (name == pseudoName && suffix == pseudoSuffix)
            name += QStringLiteral("-x");
        return name + QLatin1Char('.') + suffix;
    }

    // ------------------------------------------------------------------------------------------
    // Company names written in signatures and documents.

    const QRegularExpression& enCompanyRe()
    {
        static const QRegularExpression re(
            QStringLiteral(
                "((?:[A-Z][\\w&'\\-]*\\.?[ \\t]+){0,5}?[A-Z][\\w&'\\-]*),?[ \\t]+"
                "(Co\\.,?[ \\t]*Ltd\\.?|Company[ \\t]+Limited|Co\\.|Ltd\\.?|Limited|Inc\\.?|Incorporated|Corp\\.?|"
                "Corporation|LLC|LLP|GmbH(?:[ \\t]*&[ \\t]*Co\\.[ "
                "\\t]*KG)?|AG|KG|S\\.A\\.|S\\.p\\.A\\.|B\\.V\\.|N\\.V\\.|"
                "plc|PLC|Pte\\.?[ \\t]*Ltd\\.?|Sdn\\.?[ \\t]*Bhd\\.?|Bhd\\.?|K\\.K\\.|Pty\\.?[ \\t]*Ltd\\.?|SAS|SARL|"
                "S\\.r\\.l\\.|Oy|AB)(?![\\w])"),
            QRegularExpression::UseUnicodePropertiesOption);
        return re;
    }

    const QRegularExpression& jaCompanyRe()
    {
        static const QRegularExpression re(QStringLiteral(
            "([^\\s\\x{3000}、。,，:：「」『』()（）【】<>＜＞]{1,24}?)(株式会社|有限会社|合同会社|㈱|\\(株\\)|（株）)"
            "|(株式会社|有限会社|合同会社|㈱|\\(株\\)|（株）)[ "
            "\\x{3000}]?([^\\s\\x{3000}、。,，:：「」『』()（）【】<>＜＞]{1,24})"));
        return re;
    }

    struct FoundCompany {
        QString full;
        QString core; ///< without the legal form
        bool japanese = false;
        bool inSignature = false;
    };

    QList<FoundCompany> companiesIn(const QString& text, bool signatureAware)
    {
        QList<FoundCompany> out;
        const QStringList lines = text.split(QLatin1Char('\n'));
        // The signature: after the last closing line ("Regards,", "--", "よろしくお願いします"),
        // else the last six lines.
        static const QRegularExpression closing(
            QStringLiteral("^\\s*(?:--\\s*|-{3,}.*|_{3,}|(?:best |kind |warm |with best )?regards,?|sincerely,?|yours "
                           "(?:faithfully|sincerely),?|"
                           "thanks?(?: you)?(?: and regards| & regards)?,?|mit freundlichen "
                           "gr(?:ü|ue)(?:ß|ss)en,?|よろしくお願い.*|以上.?|敬具)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        qsizetype sigStart = std::max<qsizetype>(0, lines.size() - 6);
        // The first closing line of the last fifteen: a signature framed by dashes starts at the first.
        for (qsizetype li = std::max<qsizetype>(0, lines.size() - 15); li < lines.size(); ++li) {
            if (closing.match(lines[li]).hasMatch()) {
                sigStart = li + 1;
                break;
            }
        }
        for (qsizetype li = 0; li < lines.size() && out.size() < 50; ++li) {
            const QString& line = lines[li];
            if (line.size() > 400)
                continue;
            QRegularExpressionMatchIterator it = enCompanyRe().globalMatch(line);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                FoundCompany c;
                c.full = m.captured().trimmed();
                c.core = m.captured(1).trimmed();
                c.inSignature = signatureAware && li >= sigStart;
                // "Dear Sir" and friends are not companies: the core needs a non-generic word.
                bool distinctive = false;
                for (const QString& w : c.core.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    distinctive = distinctive || (w.size() >= 3 && !isGeneric(w));
                if (distinctive)
                    out << c;
            }
            QRegularExpressionMatchIterator jt = jaCompanyRe().globalMatch(line);
            while (jt.hasNext()) {
                const QRegularExpressionMatch m = jt.next();
                FoundCompany c;
                c.full = m.captured().trimmed();
                c.core = (m.captured(1).isEmpty() ? m.captured(4) : m.captured(1)).trimmed();
                c.japanese = true;
                c.inSignature = signatureAware && li >= sigStart;
                if (c.core.size() >= 2)
                    out << c;
            }
        }
        return out;
    }

    /// Words of a display name: "Haruka Nishizono" -> {Haruka, Nishizono}; "棚機 茂" -> {棚機, 茂}.
    QStringList nameWords(QString name)
    {
        static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]|<[^>]*>|（[^）]*）"));
        static const QRegularExpression address(QStringLiteral("\\S+@\\S+"));
        name.remove(bracketed);
        name.remove(address);
        name.replace(QChar(0x3000), QLatin1Char(' '));
        QStringList out;
        QString cur;
        auto flush = [&] {
            if (!cur.isEmpty()) {
                const bool cjk = isCjk(cur.front());
                if ((cjk || cur.size() >= 2) && !isGeneric(cur))
                    out << cur;
            }
            cur.clear();
        };
        for (QChar c : std::as_const(name)) {
            if (c.isLetter() || c == u'\'' || (c == u'-' && !cur.isEmpty()))
                cur += c;
            else
                flush();
        }
        flush();
        // "Anne-" from "Anne - x@y": trailing hyphens are separators.
        for (QString& w : out) {
            while (w.endsWith(QLatin1Char('-')))
                w.chop(1);
        }
        out.removeAll(QString());
        return out;
    }

    /// The shorter forms a bank is written in: "Mikawa Shinkin Bank, Sakae Branch" -> "Mikawa
    /// Shinkin Bank", "Mikawa Shinkin"; "Kazamidori Bank, Ltd." -> "Kazamidori Bank", "Kazamidori";
    /// "Banco Atlantico do Tejo S.A." -> "Atlantico do Tejo"; "三河信用金庫" -> "三河信金", "三河".
    /// A short form must keep a distinctive word: "Bank of America" gives no "America".
    QStringList bankShortForms(const QString& name)
    {
        QStringList out;
        QString n = name.section(QLatin1Char(','), 0, 0).simplified();
        if (!n.isEmpty() && isCjk(n.front())) {
            // Only the abbreviation: the name without 銀行 is mostly a place (京都, 横浜, 中国) and
            // would rename it everywhere.
            const QString sfx = QStringLiteral("信用金庫");
            if (n.endsWith(sfx) && n.size() - sfx.size() >= 2)
                out << n.left(n.size() - sfx.size()) + QStringLiteral("信金");
            return out;
        }
        if (n != name.trimmed())
            out << n;
        static const QRegularExpression legal(
            QStringLiteral("[\\s,]+(?:Ltd\\.?|Limited|Berhad|Bhd\\.?|AG|plc|PLC|S\\.A\\.|N\\.A\\.|Co\\.)$"));
        static const QRegularExpression bankWords(
            QStringLiteral("^(?:Banco|Banque|Bank of)\\s+|\\s+(?:Bank|Banking Corporation|Banking Corp\\.?)$"),
            QRegularExpression::CaseInsensitiveOption);
        QString core = n;
        for (int i = 0; i < 3; ++i)
            core = core.remove(legal).trimmed();
        core = core.remove(bankWords).trimmed();
        // The core must name the bank, not a place or a word: several words with one distinctive
        // ("Mikawa Shinkin", "Atlantico do Tejo"), or one word no dictionary lists ("Kazamidori";
        // not "Tokyo" of "Bank of Tokyo", nor "China").
        const QStringList words = core.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool distinctive = false;
        for (const QString& w : words)
            distinctive = distinctive || (w.size() >= 4 && !isGeneric(w) && !CommonWords::isListed(w));
        if (words.size() >= 2) {
            for (const QString& w : words)
                distinctive = distinctive || (w.size() >= 4 && !isGeneric(w) && !CommonWords::isCommon(w));
        }
        if (distinctive && core != n && core.size() >= 4)
            out << core;
        return out;
    }

    /// The part of a display name that is a name: embedded addresses and " - " tails removed.
    QString namePart(const QString& display)
    {
        static const QRegularExpression address(
            QStringLiteral("[\\[(<]?(?:mailto:)?\\S+@\\S+[\\])>]?"), QRegularExpression::CaseInsensitiveOption);
        QString s = display;
        s.remove(address);
        s = s.trimmed();
        while (s.endsWith(QLatin1Char('-')) || s.endsWith(QLatin1Char(',')) || s.endsWith(QLatin1Char('/')))
            s = s.chopped(1).trimmed();
        return s;
    }

} // namespace

// ----------------------------------------------------------------------------------------------

struct Anonymizer::Data {
    AnonymizerOptions options;
    PseudonymMap map;
    Engine engine;
    QHash<QString, QString> orgEn; ///< label -> "Company A" (or the real organisation)
    QHash<QString, QString> orgJa;
    QList<Indicator> indicators;
    QStringList pseudonymDomains; ///< lower-case domains and hosts the pseudonyms are written under
    QList<Party> parties; ///< Anonymizer::parties()
    QList<QList<int>> recipientParties; ///< by message index
};

namespace {

    class Builder {
    public:
        Builder(const CaseAnalysis& a, const AnonymizerOptions& o, const PseudonymMap& ov)
            : m_a(withRecipientParties(a))
            , m_options(o)
            , m_overrides(ov)
        {
        }

        std::shared_ptr<Anonymizer::Data> build()
        {
            auto d = std::make_shared<Anonymizer::Data>();
            d->options = m_options;
            for (const CaseMessage& cm : m_a.messages)
                m_scans << scanOf(cm.message);
            collectParties();
            collectHostsAndIps();
            d->map.caseId = m_overrides.caseId.isEmpty() ? computeCaseId() : m_overrides.caseId;
            if (m_options.anonymize) {
                addOrganisations();
                addCompanyNames();
                addReferenceIssuers();
                addPeople();
                addLookalikes();
                addAttackerPeople();
                addAddresses();
                addHosts();
                addIps();
                addAccounts();
                addMessageIds();
            }
            if (m_options.anonymizeAttacker)
                addAttackerPseudonyms();
            addCustomOverrides();
            rebuildEngine();
            d->map.entries = m_entries;
            d->engine = m_engine;
            if (m_options.anonymize) {
                for (const Pseudonym& p : m_entries) {
                    // Domains and hosts only: an address pseudonym keeps a free-mail party's real
                    // provider (alice@gmx.com), which must stay as it is.
                    if (p.kind != QLatin1String("domain") && p.kind != QLatin1String("lookalike-domain")
                        && p.kind != QLatin1String("host"))
                        continue;
                    const QString domain = p.pseudonym.trimmed().toLower();
                    if (domain.contains(QLatin1Char('.')) && !d->pseudonymDomains.contains(domain))
                        d->pseudonymDomains << domain;
                }
            }
            for (const Party& p : m_a.parties) {
                if (p.role == QLatin1String("attacker"))
                    continue;
                if (m_options.anonymize) {
                    d->orgEn.insert(p.label, companyEn(p.label));
                    d->orgJa.insert(p.label, companyJa(p.label));
                } else {
                    const QString real = m_realCompany.value(p.label, p.name);
                    d->orgEn.insert(p.label, real);
                    d->orgJa.insert(p.label, real);
                }
            }
            d->indicators = collectIndicators();
            d->parties = m_a.parties;
            d->recipientParties.reserve(m_a.messages.size());
            for (const CaseMessage& cm : m_a.messages)
                d->recipientParties.append(cm.recipientParties);
            return d;
        }

    private:
        const CaseAnalysis m_a; ///< the analysis with the attacker's recipients as parties (shared, cheap)
        AnonymizerOptions m_options;
        const PseudonymMap& m_overrides;
        QList<Scan> m_scans;
        QSet<QString> m_vocabulary; ///< caseVocabulary()
        bool m_vocabularyBuilt = false;
        QList<Pseudonym> m_entries;
        QSet<QString> m_keys; ///< case-folded reals already in m_entries
        Engine m_engine;
        bool m_engineDirty = true;

        QHash<QString, int> m_partyOfOrg; ///< org domain -> party index
        QList<QPair<QString, int>> m_partyOrgs; ///< the same in party order (iteration must be deterministic)
        QHash<QString, QString> m_pseudoOrg; ///< real org -> pseudonym org
        QHash<QString, QString> m_realCompany; ///< label -> company name as written (non-anonymized output)
        QStringList m_thirdPartyLabels;
        QSet<QString> m_realIps;
        QSet<QString> m_usedIps;
        QStringList m_partyIps; ///< in order of discovery
        QStringList m_attackerIpList;
        QSet<QString> m_partyIpSet;
        QSet<QString> m_attackerIpSet;
        QStringList m_hosts; ///< every host seen, in order of discovery
        QSet<QString> m_hostSet;
        QStringList m_bareHelo; ///< HELO names without a dot in the parties' own hops
        QSet<QString> m_attackerHosts;
        QSet<QString> m_partyPhones;
        QStringList m_attackerPhones; ///< as written, in order of discovery
        QSet<QString> m_genuinePayment; ///< case-folded accounts, IBANs, BICs, banks a party named first

        struct Person {
            int party = -1;
            QString label;
            QString name; ///< display name as first seen
            QStringList addresses;
            int index = -1; ///< in the cast
            QString given;
            QString family;
        };
        QList<Person> m_people;
        QHash<QString, int> m_personOfAddress; ///< lower address -> person
        QHash<QString, int> m_personOfName; ///< normName -> person
        QHash<QString, int> m_personOfLocal; ///< lower local part -> person
        int m_nextCast = 0;

        // --- entries ---

        const Pseudonym* override(const QString& real) const { return m_overrides.find(real); }

        /// Adds an entry unless the real string is already mapped; an analyst's override wins.
        /// Returns the pseudonym in use for @p real.
        QString add(const QString& kind, const QString& real, const QString& pseudonym, const QString& pseudonymJa = {},
            const QString& party = {})
        {
            const QString r = real.trimmed();
            if (r.isEmpty() || m_entries.size() >= kMaxEntries)
                return pseudonym;
            const QString key = r.toCaseFolded();
            if (m_keys.contains(key)) {
                for (const Pseudonym& p : std::as_const(m_entries)) {
                    if (p.real.toCaseFolded() == key)
                        return p.pseudonym;
                }
                return pseudonym;
            }
            Pseudonym p { kind, r, pseudonym, pseudonymJa, party };
            if (const Pseudonym* o = override(r)) {
                p.pseudonym = o->pseudonym;
                if (!o->pseudonymJa.isEmpty() || o->pseudonym != pseudonym)
                    p.pseudonymJa = o->pseudonymJa;
            }
            m_keys.insert(key);
            m_entries.append(p);
            m_engineDirty = true;
            return p.pseudonym;
        }

        bool has(const QString& real) const { return m_keys.contains(real.trimmed().toCaseFolded()); }
        const Pseudonym* entryOf(const QString& real) const
        {
            const QString key = real.trimmed().toCaseFolded();
            if (!m_keys.contains(key))
                return nullptr;
            for (const Pseudonym& p : m_entries) {
                if (p.real.toCaseFolded() == key)
                    return &p;
            }
            return nullptr;
        }

        void rebuildEngine()
        {
            if (!m_engineDirty)
                return;
            m_engine.build(m_entries);
            m_engine.anonymize = m_options.anonymize;
            for (const Party& p : m_a.parties) {
                if (p.role != QLatin1String("attacker"))
                    m_engine.tokenForm.insert(p.label, tokenFormOf(p.label));
            }
            for (const QString& l : std::as_const(m_thirdPartyLabels))
                m_engine.tokenForm.insert(l, tokenFormOf(l));
            m_engine.attackerHosts = m_attackerHosts;
            m_engine.attackerIps = m_attackerIpSet;
            m_engine.knownHosts = m_hostSet;
            m_engine.partyPhones = m_partyPhones;
            m_engineDirty = false;
        }

        QString replaced(const QString& s)
        {
            rebuildEngine();
            return m_engine.literalOnly(s);
        }

        // --- parties ---

        QString companyEn(const QString& label) const { return QStringLiteral("Company ") + label; }
        QString companyJa(const QString& label) const { return label + QStringLiteral("社"); }
        QString tokenFormOf(const QString& label) const
        {
            // The pseudonym of the party's first domain gives the token ("a-company").
            for (const Party& p : m_a.parties) {
                if (p.label == label && !p.domains.isEmpty()) {
                    const QString org = orgOf(p.domains.first());
                    const QString pseudo = m_pseudoOrg.value(org);
                    if (!pseudo.isEmpty())
                        return firstLabel(pseudo);
                }
            }
            return label.toLower() + QStringLiteral("-company");
        }

        bool isPartyRole(const Party& p) const { return p.role != QLatin1String("attacker"); }
        bool isFreemailParty(const Party& p) const { return p.name.contains(QLatin1Char('@')); }

        void collectParties()
        {
            for (int i = 0; i < m_a.parties.size(); ++i) {
                const Party& p = m_a.parties[i];
                if (!isPartyRole(p) || isFreemailParty(p))
                    continue;
                for (const QString& dom : p.domains) {
                    const QString org = orgOf(dom);
                    if (!org.isEmpty() && !m_partyOfOrg.contains(org)) {
                        m_partyOfOrg.insert(org, i);
                        m_partyOrgs.append({ org, i });
                    }
                }
                const QString org = orgOf(p.name);
                if (!org.isEmpty() && !m_partyOfOrg.contains(org)) {
                    m_partyOfOrg.insert(org, i);
                    m_partyOrgs.append({ org, i });
                }
            }
        }

        int partyOfHost(const QString& host) const { return m_partyOfOrg.value(orgOf(host), -1); }

        QString computeCaseId() const
        {
            QStringList keys;
            for (const CaseMessage& cm : m_a.messages)
                keys << cm.key;
            keys.sort();
            const QByteArray h = QCryptographicHash::hash(
                (QStringLiteral("mailtriage-case-id\n") + keys.join(QLatin1Char('\n'))).toUtf8(),
                QCryptographicHash::Sha256);
            return QStringLiteral("MT-") + QString::fromLatin1(h.toHex().left(8)).toUpper();
        }

        // --- hosts and IPs: who owns them ---

        void noteHost(const QString& hostIn)
        {
            const QString host = DomainUtil::normalizeHost(hostIn);
            if (host.isEmpty() || !host.contains(QLatin1Char('.')) || DomainUtil::isIpAddress(host)
                || host.size() > 253)
                return;
            if (!m_hostSet.contains(host)) {
                m_hostSet.insert(host);
                m_hosts << host;
            }
        }

        void noteIp(const QString& ipIn, bool attackerSide)
        {
            const QString ip = normIp(ipIn);
            if (ip.isEmpty() || !DomainUtil::isIpAddress(ip))
                return;
            m_realIps.insert(ip);
            const bool party = !attackerSide || DomainUtil::isPrivateIp(ip);
            if (party) {
                if (!m_partyIpSet.contains(ip)) {
                    m_partyIpSet.insert(ip);
                    m_partyIps << ip;
                }
            } else if (!m_attackerIpSet.contains(ip)) {
                m_attackerIpSet.insert(ip);
                m_attackerIpList << ip;
            }
        }

        void noteAttackerHost(const QString& hostIn)
        {
            const QString host = DomainUtil::normalizeHost(hostIn);
            if (host.isEmpty() || DomainUtil::isIpAddress(host) || partyOfHost(host) >= 0)
                return;
            m_attackerHosts.insert(host);
            const QString org = orgOf(host);
            if (!org.isEmpty())
                m_attackerHosts.insert(org);
        }

        void collectHostsAndIps()
        {
            // 1. Received hops decide first: a hop's sending side in an attacker message belongs to
            // the attacker, everything the receiving organisation added and every hop of the
            // parties' own mail belongs to the parties.
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                const Message& m = cm.message;
                const bool attacker = cm.actor == QLatin1String("attacker");
                int edge = -1;
                for (int h = 0; h < m.received.size(); ++h) {
                    if (m.received[h].trusted) {
                        edge = h;
                        break;
                    }
                }
                for (int h = 0; h < m.received.size(); ++h) {
                    const ReceivedHop& hop = m.received[h];
                    const bool senderSide = !hop.trusted || h == edge;
                    const bool hostIsParty = partyOfHost(hop.fromHost) >= 0 || partyOfHost(hop.fromRdns) >= 0;
                    const bool attackerFrom = attacker && senderSide && !hostIsParty;
                    noteHost(hop.fromHost);
                    noteHost(hop.fromRdns);
                    noteHost(hop.byHost);
                    noteIp(hop.fromIp, attackerFrom);
                    if (attackerFrom) {
                        noteAttackerHost(hop.fromHost);
                        noteAttackerHost(hop.fromRdns);
                        if (!hop.trusted && partyOfHost(hop.byHost) < 0)
                            noteAttackerHost(hop.byHost);
                    } else if (!attacker && !hop.fromHost.contains(QLatin1Char('.')) && !hop.fromHost.isEmpty()
                        && !DomainUtil::isIpAddress(hop.fromHost)
                        && !hop.fromHost.startsWith(QLatin1String("localhost"), Qt::CaseInsensitive)
                        && !m_bareHelo.contains(hop.fromHost, Qt::CaseInsensitive)) {
                        m_bareHelo << hop.fromHost;
                    }
                }
                for (const HeaderField* f : m.headersNamed("X-Originating-IP"))
                    noteIp(f->value.trimmed(), attacker);
                if (attacker) {
                    // The attacker's own domains: sender, reply-to, return-path, receipts, Message-ID.
                    auto addrHost = [&](const QString& address) {
                        const QString dom = domainOfAddress(address);
                        if (!dom.isEmpty() && partyOfHost(dom) < 0)
                            noteAttackerHost(dom);
                    };
                    addrHost(m.from.address);
                    for (const Mailbox& mb : m.replyTo)
                        addrHost(mb.address);
                    addrHost(m.returnPath);
                    for (const char* h : { "Disposition-Notification-To", "Return-Receipt-To" }) {
                        for (const HeaderField* f : m.headersNamed(h)) {
                            for (const QString& a : AddressParser::findAddressesInText(f->value, 5))
                                addrHost(a);
                        }
                    }
                    for (const Mailbox& mb : m.to + m.cc) {
                        if (ReferenceData::isFreemail(domainOfAddress(mb.address)) && isMimic(mb.address))
                            addrHost(mb.address);
                    }
                    const QString midHost = m.messageId.section(QLatin1Char('@'), -1).remove(QLatin1Char('>'));
                    if (m.messageId.contains(QLatin1Char('@')) && partyOfHost(midHost) < 0
                        && midHost.contains(QLatin1Char('.')))
                        noteAttackerHost(midHost);
                    for (const QString& u :
                        matchesOf(urlRe(), m_scans[i].body + QLatin1Char('\n') + m_scans[i].html, 200))
                        noteAttackerHost(QUrl(u).host());
                }
            }
            // 2. Everything else written in the headers and texts.
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const bool attacker = m_a.messages[i].actor == QLatin1String("attacker");
                for (const QString& t : allTexts(m_scans[i])) {
                    // Already classified by the hops: stays. Otherwise the message's side decides.
                    for (QString ip : matchesOf(ipv4Re(), t) + matchesOf(ipv6Re(), t)) {
                        ip = normIp(ip);
                        if (DomainUtil::isIpAddress(ip) && !m_partyIpSet.contains(ip) && !m_attackerIpSet.contains(ip))
                            noteIp(ip, attacker);
                    }
                    for (const QString& h : matchesOf(hostRe(), t)) {
                        // Free text: "header.from" is not a host; only names under common TLDs count.
                        if (hasCommonTld(h) && !DomainUtil::registrableDomain(h).isEmpty())
                            noteHost(h);
                    }
                    for (const QString& a : AddressParser::findAddressesInText(t, 500))
                        noteHost(domainOfAddress(a));
                }
            }
            // Telephone numbers: the parties' own mail gives theirs; the rest the attacker wrote.
            for (int pass = 0; pass < 2; ++pass) {
                for (int i = 0; i < m_a.messages.size(); ++i) {
                    const bool attacker = m_a.messages[i].actor == QLatin1String("attacker");
                    if (attacker != (pass == 1))
                        continue;
                    // The parties' own words only: a party quoting the attacker's number does not make it theirs.
                    for (const QString& t :
                        QStringList { attacker ? m_scans[i].body : m_scans[i].ownText } + m_scans[i].extracted) {
                        for (const QRegularExpression* re :
                            { &Engine::labelledPhoneRe(), &Engine::internationalPhoneRe() }) {
                            const int group = re == &Engine::labelledPhoneRe() ? 2 : 1;
                            QRegularExpressionMatchIterator it = re->globalMatch(t);
                            while (it.hasNext()) {
                                const QRegularExpressionMatch m = it.next();
                                const QString digits = Engine::digitsOf(m.capturedView(group));
                                if (digits.size() < 6)
                                    continue;
                                if (!attacker)
                                    m_partyPhones.insert(digits);
                                else if (!m_partyPhones.contains(digits)
                                    && !m_attackerPhones.contains(m.captured(group).trimmed()))
                                    m_attackerPhones << m.captured(group).trimmed();
                            }
                        }
                    }
                }
            }
            // The parties win: an IP seen on their side is never printed, even if the attacker used it too.
            QStringList attackerIps;
            for (const QString& ip : std::as_const(m_attackerIpList)) {
                if (!m_partyIpSet.contains(ip))
                    attackerIps << ip;
            }
            m_attackerIpList = attackerIps;
            m_attackerIpSet = QSet<QString>(attackerIps.begin(), attackerIps.end());
        }

        /// A free-mail address whose local part spells a party's name or a person's address.
        bool isMimic(const QString& address) const
        {
            const QString local = localOfAddress(address).toLower();
            for (const auto& [org, party] : m_partyOrgs) {
                const QString label = firstLabel(org);
                if (label.size() >= 4 && local.contains(label))
                    return true;
            }
            return false;
        }

        // --- organisations ---

        void addOrganisations()
        {
            QSet<QString> tokensTaken;
            for (int i = 0; i < m_a.parties.size(); ++i) {
                const Party& p = m_a.parties[i];
                if (!isPartyRole(p))
                    continue;
                add(QStringLiteral("organisation"), QStringLiteral("party:") + p.label, companyEn(p.label),
                    companyJa(p.label), p.label);
                if (isFreemailParty(p))
                    continue;
                QStringList orgs;
                for (const QString& dom : p.domains) {
                    const QString org = orgOf(dom);
                    if (!org.isEmpty() && !orgs.contains(org))
                        orgs << org;
                }
                if (orgs.isEmpty() && !orgOf(p.name).isEmpty())
                    orgs << orgOf(p.name);
                for (int k = 0; k < orgs.size(); ++k) {
                    const QString& org = orgs[k];
                    const QString suffix = afterFirstLabel(org);
                    const QString base
                        = p.label.toLower() + QStringLiteral("-company") + (k > 0 ? QString::number(k + 1) : QString());
                    const QString pseudo
                        = add(QStringLiteral("domain"), org, base + QLatin1Char('.') + suffix, {}, p.label);
                    m_pseudoOrg.insert(org, pseudo);
                    const QString pseudoName = firstLabel(pseudo);
                    const QString label = firstLabel(org);
                    // The name with the second level left out, as free-mail mimics write it:
                    // kumoyuki-fs.co.jp -> kumoyuki-fs.jp.
                    if (suffix.count(QLatin1Char('.')) == 1) {
                        const QString shortOrg = label + QLatin1Char('.') + suffix.section(QLatin1Char('.'), -1);
                        if (m_partyOfOrg.value(shortOrg, i) == i)
                            add(QStringLiteral("domain"), shortOrg,
                                pseudoName + QLatin1Char('.') + suffix.section(QLatin1Char('.'), -1), {}, p.label);
                    }
                    add(QStringLiteral("domain-label"), label, pseudoName, {}, p.label);
                    if (label.contains(QLatin1Char('-')))
                        add(QStringLiteral("domain-label"), withoutHyphens(label), withoutHyphens(pseudoName), {},
                            p.label);
                    // Distinctive words of the label: "kumoyuki" of kumoyuki-fs.
                    for (const QString& tok : label.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
                        if (tok.size() < 4 || isGeneric(tok) || tokensTaken.contains(tok) || tok == label)
                            continue;
                        tokensTaken.insert(tok);
                        add(QStringLiteral("company-word"), tok, companyEn(p.label), companyJa(p.label), p.label);
                    }
                }
            }
        }

        QString labelAfter(const QStringList& used) const
        {
            for (char16_t c = u'A'; c <= u'Z'; ++c) {
                const QString l(QChar { c });
                if (l != QLatin1String("X") && !used.contains(l))
                    return l;
            }
            return QStringLiteral("Z");
        }

        void addCompanyNames()
        {
            QStringList usedLabels;
            for (const Party& p : m_a.parties)
                usedLabels << p.label;
            struct Seen {
                FoundCompany company;
                bool legit = false;
                int senderParty = -1;
            };
            // 1. Every company name written in the case, with where it was written.
            QList<Seen> all;
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                QList<FoundCompany> found = companiesIn(m_scans[i].ownText, true);
                for (const QString& t : std::as_const(m_scans[i].extracted))
                    found += companiesIn(t, false);
                for (const FoundCompany& c : std::as_const(found))
                    all.append({ c, cm.actor != QLatin1String("attacker"), cm.senderParty });
            }
            // 2. Whose it is: a word of the name in a party's domain label, else the signature of a
            // party's own mail. Names only the attacker writes (the mule account's bank, a law-firm
            // pretext) are the attacker's story and stay; other names are third parties.
            QStringList order;
            QHash<QString, QList<int>> byCore;
            for (int k = 0; k < all.size(); ++k) {
                const QString key = all[k].company.core.toCaseFolded();
                if (!byCore.contains(key))
                    order << key;
                byCore[key] << k;
            }
            static const QRegularExpression bankWord(QStringLiteral("\\bBank\\b|銀行|信用金庫|Shinkin|Banco|Banque"),
                QRegularExpression::CaseInsensitiveOption);
            QHash<QString, int> banksOf;
            for (const QString& key : std::as_const(order)) {
                const QList<int>& uses = byCore[key];
                const FoundCompany& c = all[uses.first()].company;
                QString label;
                if (!c.japanese) {
                    for (const QString& w : c.core.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                        if (w.size() < 4 || isGeneric(w))
                            continue;
                        for (const auto& [org, party] : m_partyOrgs) {
                            if (label.isEmpty() && firstLabel(org).contains(w.toLower()))
                                label = m_a.parties[party].label;
                        }
                    }
                }
                bool byAttacker = false;
                int legitSender = -1;
                for (int k : uses) {
                    const Seen& u = all[k];
                    const bool partySender = u.senderParty >= 0 && u.senderParty < m_a.parties.size()
                        && isPartyRole(m_a.parties[u.senderParty]);
                    if (label.isEmpty() && u.legit && u.company.inSignature && partySender)
                        label = m_a.parties[u.senderParty].label;
                    if (u.legit && partySender && legitSender < 0)
                        legitSender = u.senderParty;
                    byAttacker = byAttacker || !u.legit;
                }
                QList<FoundCompany> forms;
                for (int k : uses) {
                    bool dup = false;
                    for (const FoundCompany& f : std::as_const(forms))
                        dup = dup || f.full.compare(all[k].company.full, Qt::CaseInsensitive) == 0;
                    if (!dup)
                        forms << all[k].company;
                }
                if (label.isEmpty()) {
                    if (byAttacker)
                        continue;
                    if (bankWord.match(c.core).hasMatch() && legitSender >= 0) {
                        // The bank a party named in its own invoice: "Bank A1".
                        const QString owner = m_a.parties[legitSender].label;
                        const int n = ++banksOf[owner];
                        for (const FoundCompany& f : std::as_const(forms)) {
                            for (const QString& form : { f.full, f.core })
                                add(QStringLiteral("bank"), form, QStringLiteral("Bank %1%2").arg(owner).arg(n),
                                    QStringLiteral("%1%2銀行").arg(owner).arg(n), owner);
                        }
                        continue;
                    }
                    label = labelAfter(usedLabels);
                    usedLabels << label;
                    m_thirdPartyLabels << label;
                }
                for (const FoundCompany& f : std::as_const(forms)) {
                    if (!m_realCompany.contains(label) && !f.japanese)
                        m_realCompany.insert(label, f.full);
                    add(QStringLiteral("company-name"), f.full, companyEn(label), companyJa(label), label);
                    const QStringList coreWords = f.core.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    if (f.japanese || coreWords.size() >= 2)
                        add(QStringLiteral("company-name"), f.core, companyEn(label), companyJa(label), label);
                    if (f.japanese)
                        continue;
                    QString initials;
                    for (const QString& w : coreWords) {
                        if (w.front().isUpper())
                            initials += w.front();
                        if (w.size() < 4 || isGeneric(w))
                            continue;
                        bool inLabel = false;
                        for (const auto& po : m_partyOrgs)
                            inLabel = inLabel || firstLabel(po.first).contains(w.toLower());
                        if (inLabel)
                            add(QStringLiteral("company-word"), w, companyEn(label), companyJa(label), label);
                    }
                    // "KFS-EX-1907-031", "PTE-PO-19-0412": reference numbers built from the initials.
                    if (initials.size() >= 3 && initials.size() == coreWords.size()
                        && !m_thirdPartyLabels.contains(label))
                        add(QStringLiteral("initials"), initials, label + QStringLiteral("CO"), {}, label);
                }
            }
            for (const QString& l : std::as_const(m_thirdPartyLabels))
                add(QStringLiteral("organisation"), QStringLiteral("party:") + l, companyEn(l), companyJa(l), l);
        }

        // --- people ---

        /// True when @p code ("BWA", "TSK") can be read out of @p label ("brandtwerk-antriebe",
        /// "tsukikage-seimitsu"): its first letter and its letters in order.
        static bool abbreviates(const QString& code, const QString& label)
        {
            if (code.isEmpty() || label.isEmpty() || code.front().toLower() != label.front().toLower())
                return false;
            qsizetype at = 0;
            for (QChar c : code) {
                at = label.indexOf(c.toLower(), at, Qt::CaseInsensitive);
                if (at < 0)
                    return false;
                ++at;
            }
            return true;
        }

        static const QSet<QString>& documentTypes()
        {
            // Invoice, purchase/sales order, quotation, proforma, commercial invoice, packing list,
            // bill of lading, delivery/credit/debit note, export, order, contract, reference.
            static const QSet<QString> t { QStringLiteral("INV"), QStringLiteral("IN"), QStringLiteral("PO"),
                QStringLiteral("SO"), QStringLiteral("Q"), QStringLiteral("QT"), QStringLiteral("QUO"),
                QStringLiteral("QTN"), QStringLiteral("PI"), QStringLiteral("CI"), QStringLiteral("PL"),
                QStringLiteral("BL"), QStringLiteral("DN"), QStringLiteral("CN"), QStringLiteral("DR"),
                QStringLiteral("EX"), QStringLiteral("EXP"), QStringLiteral("ORD"), QStringLiteral("OR"),
                QStringLiteral("CT"), QStringLiteral("CON"), QStringLiteral("REF"), QStringLiteral("RFQ"),
                QStringLiteral("DO"), QStringLiteral("GR"), QStringLiteral("PR") };
            return t;
        }
        static const QSet<QString>& standardsBodies()
        {
            static const QSet<QString> b { QStringLiteral("ISO"), QStringLiteral("IEC"), QStringLiteral("EN"),
                QStringLiteral("DIN"), QStringLiteral("JIS"), QStringLiteral("ANSI"), QStringLiteral("IEEE"),
                QStringLiteral("ASTM"), QStringLiteral("BS"), QStringLiteral("NF"), QStringLiteral("GB"),
                QStringLiteral("RFC"), QStringLiteral("CVE"), QStringLiteral("CWE") };
            return b;
        }

        void addReferenceIssuers()
        {
            // A reference number written ISSUER-TYPE-NUMBER (TSK-INV-24-0412, BWA-PO-24-0356,
            // TSK-Q-24-0187) names its issuer by an abbreviation, and so do the file names built on
            // it (TSK-INV-24-0412_revised.pdf). Found in the parties' own mail (their words,
            // subjects, file names and documents, not quotes), the abbreviation gets the issuing
            // party's token (ACO-INV-24-0412): the party whose domain label it abbreviates, else the
            // party of the first mail that wrote it. A number without a type (INV-2024-0001, a
            // product code BSP-2510) names no one.
            static const QRegularExpression reference(
                QStringLiteral("(?<![A-Za-z0-9])([A-Z]{2,5})-([A-Z]{1,4})-([0-9][0-9-]*)"));
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                if (!fromParty(cm))
                    continue;
                const Scan& sc = m_scans[i];
                QStringList texts { sc.ownText };
                for (const QString& h : sc.headerTexts) {
                    if (h.startsWith(QLatin1String("Subject: ")))
                        texts << h;
                }
                texts += sc.attachmentNames;
                texts += sc.extracted;
                for (const QString& t : std::as_const(texts)) {
                    for (const QString& m : matchesOf(reference, t, 200)) {
                        const QString issuer = m.section(QLatin1Char('-'), 0, 0);
                        const QString type = m.section(QLatin1Char('-'), 1, 1);
                        // The middle part says what the document is; a standard (ISO-IEC-27001,
                        // EN-ISO-9001) or a document type first (PO-INV-2024-0001) names no issuer.
                        if (!documentTypes().contains(type) || documentTypes().contains(issuer)
                            || standardsBodies().contains(issuer) || isGeneric(issuer) || has(issuer))
                            continue;
                        QSet<QString> abbreviated;
                        for (const auto& [org, party] : m_partyOrgs) {
                            const Party& pt = m_a.parties[party];
                            if (isPartyRole(pt) && abbreviates(issuer, firstLabel(org)))
                                abbreviated.insert(pt.label);
                        }
                        const QString label
                            = abbreviated.size() == 1 ? *abbreviated.cbegin() : m_a.parties[cm.senderParty].label;
                        if (m_thirdPartyLabels.contains(label))
                            continue;
                        add(QStringLiteral("initials"), issuer, label + QStringLiteral("CO"), {}, label);
                    }
                }
            }
        }

        int personFor(int party, const Mailbox& mb)
        {
            const QString addr = lower(mb.address);
            if (!addr.isEmpty() && m_personOfAddress.contains(addr))
                return m_personOfAddress.value(addr);
            const QString nn = normName(namePart(mb.name));
            int idx = -1;
            if (!nn.isEmpty() && m_personOfName.contains(nn) && m_people[m_personOfName.value(nn)].party == party)
                idx = m_personOfName.value(nn);
            if (idx < 0) {
                Person p;
                p.party = party;
                p.label = party >= 0 ? m_a.parties[party].label : QStringLiteral("X");
                p.name = namePart(mb.name);
                m_people.append(p);
                idx = int(m_people.size() - 1);
                if (!nn.isEmpty())
                    m_personOfName.insert(nn, idx);
            }
            if (!addr.isEmpty()) {
                m_personOfAddress.insert(addr, idx);
                m_people[idx].addresses << addr;
            }
            if (m_people[idx].name.isEmpty())
                m_people[idx].name = namePart(mb.name);
            return idx;
        }

        void castPerson(Person& p)
        {
            if (p.index >= 0)
                return;
            p.index = m_nextCast++;
            const QString given
                = p.index < kCast ? QString::fromUtf16(kGiven[p.index]) : QStringLiteral("Person%1").arg(p.index + 1);
            const QString family
                = p.index < kCast ? QString::fromUtf16(kFamily[p.index]) : QStringLiteral("Surname%1").arg(p.index + 1);
            QString full = given + QLatin1Char(' ') + family;
            // The analyst may have renamed the person: follow the override of the full name.
            if (!p.name.isEmpty()) {
                if (const Pseudonym* o = override(p.name))
                    full = o->pseudonym;
            }
            const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            p.given = parts.isEmpty() ? given : parts.first();
            p.family = parts.size() > 1 ? parts.last() : family;
        }

        /// True when @p word is an ordinary word here, no part of a name: one the word lists
        /// know only as an ordinary word (CommonWords) that the display name writes in lower case
        /// ("Jonas Weber via Portal") or that the case's own texts use in lower case ("Secured by
        /// Orvelle" beside "your document is secured"). "Tan" of "Tan Wei Ling" stays a name:
        /// "tan" is an ordinary word too, but not one this case writes.
        bool ordinaryInCase(const QString& word, bool writtenLower)
        {
            if (!CommonWords::isCommon(word))
                return false;
            const QString lower = word.toLower();
            return (writtenLower && word == lower) || caseVocabulary().contains(lower);
        }

        QStringList withoutOrdinaryWords(const QStringList& words)
        {
            QStringList out;
            for (const QString& w : words) {
                if (isCjk(w.front()) || !ordinaryInCase(w, true))
                    out << w;
            }
            return out;
        }

        /// The ordinary words (CommonWords) the case's messages write in lower case in their own
        /// text and subjects, addresses and links left out: built once, bounded by the scans.
        const QSet<QString>& caseVocabulary()
        {
            if (m_vocabularyBuilt)
                return m_vocabulary;
            m_vocabularyBuilt = true;
            static const QRegularExpression lowerWord(
                QStringLiteral("(?<![\\p{L}\\p{N}])\\p{Ll}{2,}(?![\\p{L}\\p{N}])"),
                QRegularExpression::UseUnicodePropertiesOption);
            for (qsizetype i = 0; i < m_scans.size() && i < m_a.messages.size(); ++i) {
                // The parties' own words: the attacker's text and a newsletter's say nothing of
                // how the people of this case write.
                if (!fromParty(m_a.messages[i]))
                    continue;
                const Scan& sc = m_scans[i];
                QStringList texts { sc.ownText };
                for (const QString& h : sc.headerTexts) {
                    if (h.startsWith(QLatin1String("Subject: ")))
                        texts << h.mid(9);
                }
                for (QString t : std::as_const(texts)) {
                    // Word by word (split at white space, linear): addresses and links are none.
                    for (QChar& c : t) {
                        if (c.isSpace())
                            c = u' ';
                    }
                    for (const QStringView token : QStringView(t).split(u' ', Qt::SkipEmptyParts)) {
                        if (token.contains(u'@') || token.startsWith(u"http", Qt::CaseInsensitive)
                            || token.startsWith(u"ftp:", Qt::CaseInsensitive)
                            || token.startsWith(u"www.", Qt::CaseInsensitive))
                            continue;
                        for (auto it = lowerWord.globalMatch(token); it.hasNext();) {
                            const QString w = it.next().captured();
                            if (!m_vocabulary.contains(w) && CommonWords::isCommon(w))
                                m_vocabulary.insert(w);
                        }
                    }
                }
            }
            return m_vocabulary;
        }

        void registerName(const Person& p, const QString& display)
        {
            const QString name = namePart(display);
            if (name.isEmpty())
                return;
            const QStringList words = withoutOrdinaryWords(nameWords(name));
            if (words.isEmpty())
                return;
            const QString full = p.given + QLatin1Char(' ') + p.family;
            add(QStringLiteral("person"), name, full, {}, p.label);
            if (isCjk(words.first().front())) {
                // Japanese names: family name first.
                add(QStringLiteral("person"), words.join(QString()), full, {}, p.label);
                add(QStringLiteral("person"), words.join(QChar(0x3000)), full, {}, p.label);
                for (int k = 0; k < words.size(); ++k)
                    add(QStringLiteral("name-word"), words[k], k == 0 && words.size() > 1 ? p.family : p.given, {},
                        p.label);
            } else {
                if (words.size() >= 2) {
                    add(QStringLiteral("person"), words.join(QLatin1Char(' ')), full, {}, p.label);
                    add(QStringLiteral("person"), words.last() + QLatin1Char(' ') + words.first(),
                        p.family + QLatin1Char(' ') + p.given, {}, p.label);
                    add(QStringLiteral("person"), words.last() + QStringLiteral(", ") + words.first(),
                        p.family + QStringLiteral(", ") + p.given, {}, p.label);
                }
                for (int k = 0; k < words.size(); ++k)
                    add(QStringLiteral("name-word"), words[k],
                        (k == words.size() - 1 && words.size() > 1) ? p.family : p.given, {}, p.label);
            }
        }

        QString pseudoLocal(const Person& p) const { return p.given.toLower(); }

        void registerLocal(const Person& p, const QString& address)
        {
            const QString local = localOfAddress(address);
            // A local part that is an ordinary word ("secured@", "orders@") is replaced only as
            // part of its address: mapped on its own it would rename the word in every text.
            if (local.size() >= 3 && !isGeneric(local) && !ordinaryInCase(local, false))
                add(QStringLiteral("local-part"), local, pseudoLocal(p), {}, p.label);
            QStringList tokens;
            for (const QString& t : local.split(QRegularExpression(QStringLiteral("[._\\-+]")), Qt::SkipEmptyParts)) {
                bool alpha = true;
                for (QChar c : t)
                    alpha = alpha && c.isLetter();
                if (alpha && t.size() >= 4 && !isGeneric(t) && !ordinaryInCase(t, false))
                    tokens << t;
            }
            for (int k = 0; k < tokens.size(); ++k) {
                if (has(tokens[k]))
                    continue;
                const bool last = k == tokens.size() - 1;
                add(QStringLiteral("name-word"), tokens[k], (tokens.size() == 1 || last) ? p.family : p.given, {},
                    p.label);
            }
            registerGivenName(p, local);
        }

        // An address written initial.family (k.matsuura) names the family; the given name is the
        // word written next to the family name that starts with that initial ("Kenta Matsuura",
        // "MATSUURA Kenta" in a signature, a name in another script than the display name). A
        // word with another first letter ("Dear Matsuura") is not it.
        void registerGivenName(const Person& p, const QString& local)
        {
            static const QRegularExpression form(QStringLiteral("^([A-Za-z])[._]?([A-Za-z]{4,})$"));
            const QRegularExpressionMatch lm = form.match(local);
            if (!lm.hasMatch() || local.size() < 5)
                return;
            const QChar initial = lm.captured(1).front().toLower();
            const QString family = lm.captured(2);
            if (!local.contains(QLatin1Char('.')) && !local.contains(QLatin1Char('_')))
                return; // kmatsuura: where the family starts is a guess
            // A name stands on its own: a whole line or a part between '/' or '|' ("松浦 健太 /
            // Kenta Matsuura"). "1-2 Hall Street" is an address, not a name of s.hall.
            const QString word = QStringLiteral("(\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{3,})");
            const QString familyAnyCase
                = QStringLiteral("(?i:") + QRegularExpression::escape(family) + QLatin1Char(')');
            const QRegularExpression name(QStringLiteral("^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?:") + word
                + QStringLiteral("\\s+") + familyAnyCase + QStringLiteral("|") + familyAnyCase
                + QStringLiteral(",?\\s+") + word + QStringLiteral(")$"));
            static const QRegularExpression parts(QStringLiteral("[\\r\\n/|]"));
            // The person's own mail (where the signature is), a bounded number of messages.
            int read = 0;
            for (int i = 0; i < m_a.messages.size() && i < m_scans.size() && read < 50; ++i) {
                if (!p.addresses.contains(m_a.messages[i].message.from.address.toLower()))
                    continue;
                ++read;
                for (const QString& part : m_scans[i].ownText.left(1 << 16).split(parts, Qt::SkipEmptyParts)) {
                    const QRegularExpressionMatch m = name.match(part.trimmed());
                    if (!m.hasMatch())
                        continue;
                    const QString given = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                    if (given.front().toLower() != initial || given.compare(family, Qt::CaseInsensitive) == 0
                        || isGeneric(given.toLower()) || ordinaryInCase(given, false) || has(given))
                        continue;
                    add(QStringLiteral("name-word"), given, p.given, {}, p.label);
                }
            }
        }

        // Short forms of English given names ("Rob", "Bobby" of Robert; "Robert" of Bob), from the
        // project's list (ReferenceData::givenNameVariants): a person's name as colleagues write it,
        // in a signature ("Thanks, Rob") or a greeting ("Hi Bob,"). A guess from a list is taken
        // only where the case confirms it: written as a name (capitalised) in mail from or to that
        // person, and nowhere in the case in lower case ("Bill" stays a word in a case that writes
        // "bill"; "Will" in one that writes "will").
        void addShortForms()
        {
            QHash<QString, int> candidate; // short form -> person (the first whose name has it)
            QStringList order;
            for (int i = 0; i < m_people.size(); ++i) {
                const QStringList words = withoutOrdinaryWords(nameWords(namePart(m_people[i].name)));
                if (words.size() < 2 || isCjk(words.first().front()))
                    continue;
                for (const QString& v : ReferenceData::givenNameVariants(words.first())) {
                    if (!candidate.contains(v) && !has(v) && !isGeneric(v.toLower())) {
                        candidate.insert(v, i);
                        order << v;
                    }
                }
            }
            if (candidate.isEmpty())
                return;
            QSet<QString> asName, asWord;
            static const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])\\p{L}{2,}(?![\\p{L}\\p{N}])"),
                QRegularExpression::UseUnicodePropertiesOption);
            for (qsizetype i = 0; i < m_scans.size() && i < m_a.messages.size(); ++i) {
                const Message& m = m_a.messages[i].message;
                QSet<int> involved;
                for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc) {
                    const auto it = m_personOfAddress.constFind(lower(mb.address));
                    if (it != m_personOfAddress.cend())
                        involved.insert(*it);
                }
                const Scan& sc = m_scans[i];
                for (const QString& text : QStringList { sc.body } + sc.extracted + sc.attachmentNames) {
                    for (auto it = word.globalMatch(text); it.hasNext();) {
                        const QString w = it.next().captured();
                        if (w.size() > 11)
                            continue;
                        if (w.front().isLower()) {
                            const QString capital = w.front().toUpper() + w.mid(1);
                            if (candidate.contains(capital))
                                asWord.insert(capital);
                        } else if (const auto c = candidate.constFind(w);
                                   c != candidate.cend() && involved.contains(*c)) {
                            asName.insert(w);
                        }
                    }
                }
            }
            for (const QString& v : std::as_const(order)) {
                if (asName.contains(v) && !asWord.contains(v)) {
                    const Person& p = m_people[candidate.value(v)];
                    add(QStringLiteral("name-word"), v, p.given, {}, p.label);
                }
            }
        }

        void addPeople()
        {
            // Order of appearance: parties in label order, people by their first message.
            for (int pi = 0; pi < m_a.parties.size(); ++pi) {
                const Party& party = m_a.parties[pi];
                if (!isPartyRole(party))
                    continue;
                QStringList order;
                for (const CaseMessage& cm : m_a.messages) {
                    const Message& m = cm.message;
                    for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc) {
                        const QString a = lower(mb.address);
                        if (party.people.contains(a) && !order.contains(a))
                            order << a;
                    }
                }
                for (auto it = party.people.cbegin(); it != party.people.cend(); ++it) {
                    if (!order.contains(it.key()))
                        order << it.key();
                }
                for (const QString& a : std::as_const(order)) {
                    const int idx = personFor(pi, Mailbox { party.people.value(a), a, {} });
                    castPerson(m_people[idx]);
                }
            }
            // Names and addresses, once everyone has a pseudonym.
            for (int pi = 0; pi < m_a.parties.size(); ++pi) {
                const Party& party = m_a.parties[pi];
                if (!isPartyRole(party))
                    continue;
                for (auto it = party.people.cbegin(); it != party.people.cend(); ++it) {
                    const Person& p = m_people[m_personOfAddress.value(it.key())];
                    registerName(p, it.value());
                }
            }
            // Every display name the parties' addresses were written with (Cc lines differ).
            for (const CaseMessage& cm : m_a.messages) {
                const Message& m = cm.message;
                for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc + m.replyTo) {
                    const auto it = m_personOfAddress.constFind(lower(mb.address));
                    if (it != m_personOfAddress.cend() && !mb.name.isEmpty())
                        registerName(m_people[*it], mb.name);
                }
            }
            for (const Person& p : std::as_const(m_people)) {
                for (const QString& a : p.addresses) {
                    registerLocal(p, a);
                    m_personOfLocal.insert(localOfAddress(a).toLower(), int(&p - m_people.constData()));
                }
            }
            addShortForms();
            for (const Person& p : std::as_const(m_people)) {
                for (const QString& a : p.addresses) {
                    const QString dom = domainOfAddress(a);
                    const QString org = orgOf(dom);
                    QString pdom;
                    if (m_pseudoOrg.contains(org))
                        pdom = dom == org ? m_pseudoOrg.value(org) : QString(); // subdomains: addHosts
                    if (pdom.isEmpty())
                        pdom = m_pseudoOrg.contains(org) ? m_pseudoOrg.value(org)
                                                         : dom; // free-mail parties keep the provider
                    add(QStringLiteral("address"), a, pseudoLocal(p) + QLatin1Char('@') + pdom, {}, p.label);
                }
            }
        }

        /// The person an attacker's display name or address imitates, or -1.
        int linkedPerson(const Mailbox& mb) const
        {
            const QString addr = lower(mb.address);
            if (m_personOfAddress.contains(addr))
                return m_personOfAddress.value(addr);
            const QString nn = normName(namePart(mb.name));
            if (!nn.isEmpty() && m_personOfName.contains(nn))
                return m_personOfName.value(nn);
            for (const QString& shown : AddressParser::findAddressesInText(mb.name, 5)) {
                const QString s = shown.toLower();
                if (m_personOfAddress.contains(s))
                    return m_personOfAddress.value(s);
                const QString local = localOfAddress(s);
                if (m_personOfLocal.contains(local))
                    return m_personOfLocal.value(local);
            }
            // A mimic's local part spells a person's local part: kenta.obuchi.kumoyuki-fs.jp@...
            const QString local = localOfAddress(addr);
            int best = -1;
            qsizetype bestLen = 0;
            for (auto it = m_personOfLocal.cbegin(); it != m_personOfLocal.cend(); ++it) {
                // Longest wins; equal lengths by name, so that the choice never depends on hash order.
                const bool better
                    = it.key().size() > bestLen || (it.key().size() == bestLen && best >= 0 && it.value() < best);
                if (it.key().size() >= 5 && better && local.startsWith(it.key())) {
                    best = it.value();
                    bestLen = it.key().size();
                }
            }
            return best;
        }

        void addAttackerPeople()
        {
            // Display names in the attacker's mail: copies of real people, or names of their own
            // making (which may still be a real person's), both replaced.
            for (const CaseMessage& cm : m_a.messages) {
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                const Message& m = cm.message;
                for (const Mailbox& mb : QList<Mailbox> { m.from } + m.replyTo + m.to + m.cc) {
                    const QString name = namePart(mb.name);
                    if (name.isEmpty())
                        continue;
                    int idx = linkedPerson(mb);
                    if (idx < 0) {
                        if (withoutOrdinaryWords(nameWords(name)).isEmpty())
                            continue;
                        Person p;
                        p.party = -1;
                        p.label = QStringLiteral("X");
                        p.name = name;
                        m_people.append(p);
                        idx = int(m_people.size() - 1);
                        castPerson(m_people[idx]);
                        m_personOfName.insert(normName(name), idx);
                    }
                    registerName(m_people[idx], name);
                }
            }
        }

        // --- look-alikes, addresses, hosts ---

        QStringList allDomainsSeen() const
        {
            QStringList out;
            QSet<QString> seen;
            for (const QString& h : m_hosts) {
                const QString org = orgOf(h);
                if (!org.isEmpty() && !seen.contains(org)) {
                    seen.insert(org);
                    out << org;
                }
            }
            return out;
        }

        void addLookalikes()
        {
            Lookalike::Options opt;
            opt.relatedName = true;
            QSet<QString> usedPseudo;
            for (const QString& pseudo : std::as_const(m_pseudoOrg))
                usedPseudo.insert(pseudo);
            for (const QString& org : allDomainsSeen()) {
                if (m_partyOfOrg.contains(org) || has(org))
                    continue;
                for (const auto& [partyOrg, partyIndex] : m_partyOrgs) {
                    const QString partyPseudo = m_pseudoOrg.value(partyOrg);
                    if (partyPseudo.isEmpty())
                        continue;
                    const Lookalike::Match mt = Lookalike::compare(org, partyOrg, opt);
                    if (!mt.matched() || mt.direction < 0)
                        continue;
                    QString pseudo = trickPseudonym(mt, Lookalike::toUnicodeHost(org), partyOrg, partyPseudo);
                    for (int n = 2; usedPseudo.contains(pseudo) && n < 100; ++n)
                        pseudo = firstLabel(pseudo) + QString::number(n) + QLatin1Char('.') + afterFirstLabel(pseudo);
                    usedPseudo.insert(pseudo);
                    const QString party = m_a.parties[partyIndex].label;
                    const QString unicodeOrg = Lookalike::toUnicodeHost(org);
                    add(QStringLiteral("lookalike-domain"), org, pseudo, {}, party);
                    if (unicodeOrg != org)
                        add(QStringLiteral("lookalike-domain"), unicodeOrg, pseudo, {}, party);
                    const QString label = firstLabel(org);
                    if (label.size() >= 4)
                        add(QStringLiteral("domain-label"), label, firstLabel(pseudo), {}, party);
                    m_pseudoOrg.insert(org, pseudo);
                    break;
                }
            }
        }

        void addAddresses()
        {
            // Every address written anywhere in the case that is not a known person's.
            QStringList addresses;
            QSet<QString> seen;
            static const QRegularExpression idHeader(
                QStringLiteral("^(?:Message-ID|In-Reply-To|References|Resent-Message-ID):"),
                QRegularExpression::CaseInsensitiveOption);
            for (int i = 0; i < m_a.messages.size(); ++i) {
                for (const QString& t : allTexts(m_scans[i])) {
                    if (idHeader.match(t).hasMatch())
                        continue;
                    for (const QString& a : AddressParser::findAddressesInText(t, 500)) {
                        const QString l = a.toLower();
                        if (!seen.contains(l)) {
                            seen.insert(l);
                            addresses << a;
                        }
                    }
                }
            }
            int nextUser = 1;
            static const QRegularExpression personLike(QStringLiteral("^[A-Za-z][A-Za-z._\\-]{1,40}$"));
            for (QString a : std::as_const(addresses)) {
                // "smtp.mailfrom=x@y" as free text finds it: the address starts after the '='.
                const qsizetype eq = a.lastIndexOf(QLatin1Char('='), a.indexOf(QLatin1Char('@')));
                if (eq >= 0)
                    a = a.mid(eq + 1);
                if (has(a) || a.contains(QLatin1Char('$')))
                    continue;
                const QString dom = domainOfAddress(a);
                const QString org = orgOf(dom);
                const QString local = localOfAddress(a);
                const bool partyDomain = m_partyOfOrg.contains(org);
                const bool lookalike = !partyDomain && m_pseudoOrg.contains(org);
                if (partyDomain || lookalike) {
                    const QString label = partyDomain ? m_a.parties[m_partyOfOrg.value(org)].label : QString();
                    QString newLocal = replaced(local);
                    // A person's address nobody wrote from (named in a body): a neutral user name.
                    // Message-ID left parts and role addresses stay as they are.
                    if (newLocal == local && partyDomain && !isGeneric(local) && personLike.match(local).hasMatch())
                        newLocal = QStringLiteral("user%1").arg(nextUser++);
                    const QString newDom = dom == org ? m_pseudoOrg.value(org) : replaced(dom);
                    add(QStringLiteral("address"), a, newLocal + QLatin1Char('@') + newDom, {}, label);
                }
                // Free-mail mimics and attacker addresses are left to the text pass: their local
                // parts lose the party's names there and their domains are defanged.
            }
        }

        void addHosts()
        {
            QHash<QString, int> counter; // org -> last host number
            for (const QString& h : std::as_const(m_hosts)) {
                const QString org = orgOf(h);
                if (h == org || !m_partyOfOrg.contains(org) || has(h))
                    continue;
                const int n = ++counter[org];
                add(QStringLiteral("host"), h, QStringLiteral("host%1.").arg(n) + m_pseudoOrg.value(org), {},
                    m_a.parties[m_partyOfOrg.value(org)].label);
            }
            // Bare machine names the parties' own mail shows (HELO "HHD-PC0001").
            for (const QString& h : std::as_const(m_bareHelo)) {
                if (has(h) || h.size() < 3)
                    continue;
                add(QStringLiteral("host"), h, QStringLiteral("pc%1").arg(++counter[QStringLiteral("#helo")]));
            }
        }

        QString nextIp(bool v6, bool attacker)
        {
            // Candidates are tried in order and never twice: the next search starts where the
            // last one stopped (thousands of IPs in one message made this quadratic).
            int& from = m_nextIpCandidate[v6 ? 1 : 0][attacker ? 1 : 0];
            for (int n = qMax(from, 1); n < 65535; ++n) {
                from = n + 1;
                QString c;
                if (v6)
                    c = (attacker ? QStringLiteral("2001:db8:ffff::") : QStringLiteral("2001:db8::"))
                        + QString::number(n, 16);
                else if (attacker)
                    c = n <= 254 ? QStringLiteral("203.0.113.%1").arg(n) : QStringLiteral("203.0.113.0");
                else
                    c = n <= 254   ? QStringLiteral("192.0.2.%1").arg(n)
                        : n <= 508 ? QStringLiteral("198.51.100.%1").arg(n - 254)
                                   : QStringLiteral("192.0.2.0");
                if (!m_realIps.contains(c) && !m_usedIps.contains(c)) {
                    m_usedIps.insert(c);
                    return c;
                }
            }
            return v6 ? QStringLiteral("2001:db8::") : QStringLiteral("192.0.2.0");
        }

        int m_nextIpCandidate[2][2] = { { 1, 1 }, { 1, 1 } }; ///< [v6][attacker]: next candidate number

        void addIps()
        {
            for (const QString& ip : std::as_const(m_partyIps)) {
                if (!has(ip))
                    add(QStringLiteral("ip"), ip, nextIp(isIpv6(ip), false));
            }
            // Networks written as prefixes ("net:203.0.113" in a finding): the pseudonym's prefix.
            for (const QString& ip : std::as_const(m_partyIps)) {
                if (isIpv6(ip))
                    continue;
                const QString prefix = ip.section(QLatin1Char('.'), 0, 2);
                const Pseudonym* p = nullptr;
                for (const Pseudonym& e : std::as_const(m_entries)) {
                    if (e.kind == QLatin1String("ip") && e.real == ip)
                        p = &e;
                }
                if (p && !has(prefix))
                    add(QStringLiteral("ip-prefix"), prefix, p->pseudonym.section(QLatin1Char('.'), 0, 2));
            }
        }

        // A party's message as opposed to the attacker's (the sender's party is known).
        bool fromParty(const CaseMessage& cm) const
        {
            return cm.actor != QLatin1String("attacker") && cm.senderParty >= 0 && cm.senderParty < m_a.parties.size();
        }

        void addAccounts()
        {
            // Whose a payment detail is: whoever named it first, in time order. A party's genuine
            // account that the attacker repeats ("do not pay into ... any more") is the party's and
            // gets a pseudonym; the attacker's new account stays an indicator, even where a victim
            // quotes it back afterwards.
            QHash<QString, bool> firstByAttacker; // case-folded value -> named first by the attacker
            QStringList attackerBanks; // as the attacker wrote them
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                const bool attacker = cm.actor == QLatin1String("attacker");
                if (!attacker && !fromParty(cm))
                    continue;
                QString text = m_scans[i].ownText;
                for (const QString& t : std::as_const(m_scans[i].extracted))
                    text += QLatin1Char('\n') + t;
                const PaymentDetails::Details pd = PaymentDetails::extract(text, 2000);
                for (const QString& v : pd.accounts + pd.ibans + pd.swifts + pd.banks) {
                    if (!firstByAttacker.contains(v.toCaseFolded()))
                        firstByAttacker.insert(v.toCaseFolded(), attacker);
                }
                if (attacker)
                    attackerBanks += pd.banks;
            }
            QSet<QString> attackers;
            for (auto it = firstByAttacker.cbegin(); it != firstByAttacker.cend(); ++it) {
                if (it.value())
                    attackers.insert(it.key());
                else
                    m_genuinePayment.insert(it.key());
            }
            QHash<QString, int> perParty;
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                if (!fromParty(cm))
                    continue;
                const QString label = m_a.parties[cm.senderParty].label;
                QString text = m_scans[i].ownText;
                for (const QString& t : std::as_const(m_scans[i].extracted))
                    text += QLatin1Char('\n') + t;
                const int year = cm.message.date.isValid() ? cm.message.date.date().year() : 2000;
                const PaymentDetails::Details pd = PaymentDetails::extract(text, year);
                for (const QString& acct : pd.accounts + pd.ibans) {
                    if (has(acct) || attackers.contains(acct.toCaseFolded()))
                        continue;
                    const int n = ++perParty[label];
                    add(QStringLiteral("account"), acct, QStringLiteral("ACCT-%1%2").arg(label).arg(n), {}, label);
                }
                for (const QString& swift : pd.swifts) {
                    if (!has(swift) && !attackers.contains(swift.toCaseFolded()))
                        add(QStringLiteral("account"), swift,
                            QStringLiteral("BANK%1%2XX").arg(label).arg(perParty[label] + 1), {}, label);
                }
                for (const QString& bank : pd.banks) {
                    if (bank.size() < 4 || attackers.contains(bank.toCaseFolded()))
                        continue;
                    // The bank as written (its pseudonym from the invoice's company names when it
                    // was found there first) and as the parties also write it ("Mikawa Shinkin").
                    QString en, ja, owner = label;
                    if (const Pseudonym* known = entryOf(bank)) {
                        en = known->pseudonym;
                        ja = known->pseudonymJa;
                        owner = known->party.isEmpty() ? label : known->party;
                    } else {
                        const int n = ++perParty[label + QStringLiteral("#bank")];
                        en = add(QStringLiteral("bank"), bank, QStringLiteral("Bank %1%2").arg(label).arg(n),
                            QStringLiteral("%1%2銀行").arg(label).arg(n), label);
                        ja = entryOf(bank) ? entryOf(bank)->pseudonymJa : QString();
                    }
                    for (const QString& form : bankShortForms(bank)) {
                        // "Mizuho" of the party's "Mizuho Bank, Tokyo Branch" must not rename
                        // the attacker's "Mizuho Trust Bank" (an indicator).
                        const bool inAttackerBank = std::any_of(attackerBanks.cbegin(), attackerBanks.cend(),
                            [&](const QString& b) { return b.contains(form, Qt::CaseInsensitive); });
                        if (!has(form) && !attackers.contains(form.toCaseFolded()) && !inAttackerBank)
                            add(QStringLiteral("bank"), form, en, ja, owner);
                    }
                }
            }
        }

        void addMessageIds()
        {
            int messageIds = 0;
            // A genuine message's Message-ID is the party's: a partner could look its left part up
            // in its own mail logs (the attacker quotes it in In-Reply-To when it hijacks the
            // thread). It becomes "message-N", N the message's number in the report (#N); the
            // domain is replaced as a domain. The attacker's own Message-IDs are evidence and stay.
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                if (cm.actor == QLatin1String("attacker"))
                    continue;
                QString id = cm.message.messageId.trimmed();
                if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
                    id = id.mid(1, id.size() - 2);
                const qsizetype at = id.lastIndexOf(QLatin1Char('@'));
                const QString left = at > 0 ? id.left(at) : QString();
                bool digit = false;
                for (QChar c : left)
                    digit = digit || c.isDigit();
                // Short or word-like left parts would replace ordinary text.
                if (left.size() < 8 || !digit || has(left))
                    continue;
                // A budget of their own: the attacker's pseudonyms and the analyst's terms come
                // after them and must fit in the map (kMaxEntries).
                if (++messageIds > kMaxMessageIds)
                    break;
                add(QStringLiteral("message-id"), left, QStringLiteral("message-%1").arg(i + 1));
            }
        }

        void addAttackerPseudonyms()
        {
            int nextDomain = 1;
            QStringList orgs;
            for (const QString& h : std::as_const(m_attackerHosts)) {
                const QString org = orgOf(h);
                if (!org.isEmpty() && !orgs.contains(org) && !has(org) && !m_partyOfOrg.contains(org))
                    orgs << org;
            }
            orgs.sort();
            for (const QString& org : std::as_const(orgs)) {
                const bool freemail = ReferenceData::isFreemail(org);
                add(QStringLiteral("attacker-domain"), org,
                    (freemail ? QStringLiteral("freemail-%1.example") : QStringLiteral("attacker-%1.example"))
                        .arg(nextDomain++),
                    {}, QStringLiteral("X"));
            }
            for (const QString& ip : std::as_const(m_attackerIpList)) {
                if (!has(ip))
                    add(QStringLiteral("attacker-ip"), ip, nextIp(isIpv6(ip), true), {}, QStringLiteral("X"));
            }
        }

        void addCustomOverrides()
        {
            for (const Pseudonym& o : m_overrides.entries) {
                if (o.real.isEmpty() || has(o.real))
                    continue;
                if (o.kind == QLatin1String("organisation") || !m_options.anonymize) {
                    if (!m_options.anonymize && o.kind != QLatin1String("custom"))
                        continue;
                }
                Pseudonym p = o;
                if (p.kind.isEmpty())
                    p.kind = QStringLiteral("custom");
                m_keys.insert(p.real.toCaseFolded());
                m_entries.append(p);
                m_engineDirty = true;
            }
        }

        // --- indicators ---

        QList<Indicator> collectIndicators()
        {
            rebuildEngine();
            QList<Indicator> out;
            QHash<QString, int> index; // type + value -> position
            int currentMessage = -1; // the index of the message the loops below read (cm)
            // Attachments by who sent them first, in time order: true when a party did.
            QHash<QByteArray, bool> firstSentByParty;
            for (const CaseMessage& cm : m_a.messages) {
                const bool attacker = cm.actor == QLatin1String("attacker");
                if (!attacker && !fromParty(cm))
                    continue;
                for (const Attachment& att : cm.message.attachments) {
                    if (!att.sha256.isEmpty() && !firstSentByParty.contains(att.sha256))
                        firstSentByParty.insert(att.sha256, !attacker);
                }
            }
            auto note = [&](const QString& type, const QString& valueIn, const char* roleEn,
                            const CaseMessage& cm) -> Indicator* {
                const QString value = valueIn.trimmed();
                if (value.isEmpty())
                    return nullptr;
                const QString key = type + QLatin1Char('\n') + value.toLower();
                int at = index.value(key, -1);
                if (at < 0) {
                    Indicator ind;
                    ind.type = type;
                    ind.value = value;
                    ind.shown = m_engine.apply(value, ReportLanguage::English, m_options.defang);
                    ind.plain = m_engine.apply(value, ReportLanguage::English, false);
                    ind.role = QString::fromUtf8(roleEn);
                    at = int(out.size());
                    out.append(ind);
                    index.insert(key, at);
                }
                Indicator& ind = out[at];
                const Message& m = cm.message;
                if (!m.messageId.isEmpty() && !ind.messageIds.contains(m.messageId))
                    ind.messageIds << m.messageId;
                if (currentMessage >= 0 && !ind.messages.contains(currentMessage))
                    ind.messages << currentMessage;
                if (m.date.isValid()) {
                    if (!ind.firstSeen.isValid() || m.date < ind.firstSeen)
                        ind.firstSeen = m.date;
                    if (!ind.lastSeen.isValid() || m.date > ind.lastSeen)
                        ind.lastSeen = m.date;
                }
                return &ind;
            };
            auto isPartyAddress = [&](const QString& a) {
                const QString l = a.toLower();
                return m_personOfAddress.contains(l) && m_people[m_personOfAddress.value(l)].party >= 0;
            };
            for (int i = 0; i < m_a.messages.size(); ++i) {
                const CaseMessage& cm = m_a.messages[i];
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                currentMessage = i;
                const Message& m = cm.message;
                auto addressIndicator = [&](const QString& address, const char* en) {
                    if (address.isEmpty() || isPartyAddress(address) || partyOfHost(domainOfAddress(address)) >= 0)
                        return;
                    const QString dom = domainOfAddress(address);
                    const QString org = orgOf(dom);
                    // A bounce address (VERP, SRS) is made for one recipient: it blocks nothing, and it
                    // carries the victim's address. The e-mail service it belongs to is context.
                    const bool bounce = !AddressParser::embeddedRecipient(address).isEmpty();
                    if (!bounce)
                        note(QStringLiteral("email-addr"), address, en, cm);
                    if (org.isEmpty())
                        return;
                    if (ReferenceData::isEsp(org)) {
                        if (Indicator* ind = note(QStringLiteral("domain-name"), org,
                                QT_TRANSLATE_NOOP("Indicator", "e-mail service the mail was sent through"), cm))
                            ind->context = true;
                        return;
                    }
                    if (bounce)
                        return;
                    if (ReferenceData::isFreemail(org)) {
                        // Where the attacker had an account: context, not something to block.
                        if (Indicator* ind = note(QStringLiteral("domain-name"), org,
                                QT_TRANSLATE_NOOP("Indicator", "free-mail provider"), cm))
                            ind->context = true;
                    } else if (m_pseudoOrg.contains(org) && !m_partyOfOrg.contains(org))
                        note(QStringLiteral("domain-name"), org, QT_TRANSLATE_NOOP("Indicator", "look-alike domain"),
                            cm);
                    else
                        note(QStringLiteral("domain-name"), org, QT_TRANSLATE_NOOP("Indicator", "attacker's domain"),
                            cm);
                };
                addressIndicator(m.from.address, QT_TRANSLATE_NOOP("Indicator", "sender address (From)"));
                for (const QString& shown : AddressParser::findAddressesInText(m.from.name, 5))
                    addressIndicator(shown, QT_TRANSLATE_NOOP("Indicator", "address shown in the display name"));
                for (const Mailbox& mb : m.replyTo)
                    addressIndicator(mb.address, QT_TRANSLATE_NOOP("Indicator", "reply address (Reply-To)"));
                if (!m.returnPath.isEmpty() && m.returnPath.compare(m.from.address, Qt::CaseInsensitive) != 0)
                    addressIndicator(m.returnPath, QT_TRANSLATE_NOOP("Indicator", "envelope sender (Return-Path)"));
                for (const char* h : { "Disposition-Notification-To", "Return-Receipt-To" }) {
                    for (const HeaderField* f : m.headersNamed(h)) {
                        for (const QString& a : AddressParser::findAddressesInText(f->value, 5))
                            addressIndicator(a, QT_TRANSLATE_NOOP("Indicator", "read/delivery receipt address"));
                    }
                }
                for (const Mailbox& mb : m.cc)
                    addressIndicator(mb.address, QT_TRANSLATE_NOOP("Indicator", "rewritten Cc address"));
                for (const Mailbox& mb : m.to) {
                    if (ReferenceData::isFreemail(domainOfAddress(mb.address)) && isMimic(mb.address))
                        addressIndicator(mb.address, QT_TRANSLATE_NOOP("Indicator", "rewritten To address"));
                }
                // Where it came from.
                const QString fromOrg = orgOf(m.from.domain());
                const bool viaFreemail = ReferenceData::isFreemail(fromOrg);
                for (const ReceivedHop& hop : m.received) {
                    const QString ip = normIp(hop.fromIp);
                    if (!m_attackerIpSet.contains(ip))
                        continue;
                    const QString hostOrg = orgOf(hop.fromRdns.isEmpty() ? hop.fromHost : hop.fromRdns);
                    if (viaFreemail && !hostOrg.isEmpty() && hostOrg == fromOrg)
                        continue; // the provider's own relays: not the attacker's
                    note(isIpv6(ip) ? QStringLiteral("ipv6-addr") : QStringLiteral("ipv4-addr"), ip,
                        QT_TRANSLATE_NOOP("Indicator", "sending IP address"), cm);
                    for (const QString& h : { hop.fromHost, hop.fromRdns }) {
                        if (h.isEmpty() || DomainUtil::isIpAddress(h))
                            continue;
                        if (h.startsWith(QLatin1String("localhost"), Qt::CaseInsensitive)
                            || h.compare(u"unknown", Qt::CaseInsensitive) == 0)
                            continue;
                        if (h.contains(QLatin1Char('.')) && !DomainUtil::registrableDomain(h).isEmpty())
                            note(QStringLiteral("domain-name"), DomainUtil::normalizeHost(h),
                                QT_TRANSLATE_NOOP("Indicator", "sending server"), cm);
                        else
                            note(QStringLiteral("hostname"), h,
                                QT_TRANSLATE_NOOP("Indicator", "machine name given by the sender (HELO)"), cm);
                    }
                }
                for (const HeaderField* f : m.headersNamed("X-Originating-IP")) {
                    const QString ip = normIp(f->value);
                    if (m_attackerIpSet.contains(ip))
                        note(isIpv6(ip) ? QStringLiteral("ipv6-addr") : QStringLiteral("ipv4-addr"), ip,
                            QT_TRANSLATE_NOOP("Indicator", "client IP address (X-Originating-IP)"), cm);
                }
                if (m.messageId.contains(QLatin1Char('@'))) {
                    const QString midHost
                        = DomainUtil::normalizeHost(m.messageId.section(QLatin1Char('@'), -1).remove(QLatin1Char('>')));
                    if (m_attackerHosts.contains(midHost) && !DomainUtil::registrableDomain(midHost).isEmpty()
                        && orgOf(midHost) != fromOrg)
                        note(QStringLiteral("domain-name"), midHost,
                            QT_TRANSLATE_NOOP("Indicator", "host named in the Message-ID"), cm);
                }
                // Links and attachments.
                int urls = 0;
                for (const QString& u :
                    matchesOf(urlRe(), m_scans[i].body + QLatin1Char('\n') + m_scans[i].html, 200)) {
                    if (urls >= kMaxUrlsPerMessage)
                        break;
                    QString url = u;
                    while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back()))
                        url.chop(1);
                    if (partyOfHost(QUrl(url).host()) >= 0)
                        continue;
                    ++urls;
                    note(QStringLiteral("url"), url, QT_TRANSLATE_NOOP("Indicator", "link in the body"), cm);
                }
                for (const Attachment& att : m.attachments) {
                    if (att.sha256.isEmpty())
                        continue;
                    // A document a party sent before (the genuine invoice the attacker re-attaches to
                    // look real): its hash would block the party's real mail. Context only.
                    const bool genuine = firstSentByParty.value(att.sha256, false);
                    Indicator* ind = note(QStringLiteral("file"), QString::fromLatin1(att.sha256),
                        genuine ? QT_TRANSLATE_NOOP("Indicator", "genuine document of a party, re-sent by the attacker")
                                : QT_TRANSLATE_NOOP("Indicator", "attachment"),
                        cm);
                    if (ind) {
                        ind->context = genuine;
                        ind->sha256 = QString::fromLatin1(att.sha256);
                        ind->fileName = m_engine.apply(att.filename, ReportLanguage::English, m_options.defang);
                        ind->fileNameAsWritten = att.filename;
                        ind->size = att.size;
                        ind->shown = ind->sha256;
                        ind->plain = ind->sha256;
                    }
                }
                // The account the money was to go to.
                QString text = m_scans[i].ownText;
                for (const QString& t : std::as_const(m_scans[i].extracted))
                    text += QLatin1Char('\n') + t;
                const PaymentDetails::Details pd
                    = PaymentDetails::extract(text, m.date.isValid() ? m.date.date().year() : 2000);
                for (const QString& acct : pd.accounts + pd.ibans) {
                    if (m_genuinePayment.contains(acct.toCaseFolded()))
                        continue; // the party's own account, repeated by the attacker: a pseudonym
                    Indicator* ind = note(QStringLiteral("bank-account"), acct,
                        QT_TRANSLATE_NOOP("Indicator", "bank account in the forged payment instructions"), cm);
                    if (ind && !pd.banks.isEmpty() && ind->fileName.isEmpty()) {
                        ind->fileName = m_engine.apply(pd.banks.first(), ReportLanguage::English, m_options.defang);
                        ind->fileNameAsWritten = pd.banks.first();
                    }
                }
            }
            // Telephone numbers only the attacker gave ("call our settlement desk").
            for (const QString& phone : std::as_const(m_attackerPhones)) {
                for (int i = 0; i < m_a.messages.size(); ++i) {
                    const CaseMessage& cm = m_a.messages[i];
                    currentMessage = i;
                    if (cm.actor == QLatin1String("attacker")
                        && (m_scans[i].body.contains(phone)
                            || std::any_of(m_scans[i].extracted.cbegin(), m_scans[i].extracted.cend(),
                                [&](const QString& t) { return t.contains(phone); })))
                        note(QStringLiteral("phone"), phone,
                            QT_TRANSLATE_NOOP("Indicator", "telephone number in the attacker's mail"), cm);
                }
            }
            // Grouped by kind as the reports' tables list them, in order of appearance within a kind.
            static const QStringList rank { QStringLiteral("email-addr"), QStringLiteral("domain-name"),
                QStringLiteral("ipv4-addr"), QStringLiteral("ipv6-addr"), QStringLiteral("hostname"),
                QStringLiteral("url"), QStringLiteral("file"), QStringLiteral("bank-account"),
                QStringLiteral("phone") };
            std::stable_sort(out.begin(), out.end(),
                [](const Indicator& a, const Indicator& b) { return rank.indexOf(a.type) < rank.indexOf(b.type); });
            return out;
        }
    };

} // namespace

// ----------------------------------------------------------------------------------------------
// PseudonymMap

const Pseudonym* PseudonymMap::find(const QString& real) const
{
    const QString r = real.trimmed();
    for (const Pseudonym& p : entries) {
        if (p.real.compare(r, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QByteArray PseudonymMap::toJson() const
{
    QJsonArray list;
    for (const Pseudonym& p : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), p.kind);
        o.insert(QStringLiteral("real"), p.real);
        o.insert(QStringLiteral("pseudonym"), p.pseudonym);
        if (!p.pseudonymJa.isEmpty())
            o.insert(QStringLiteral("pseudonym_ja"), p.pseudonymJa);
        if (!p.party.isEmpty())
            o.insert(QStringLiteral("party"), p.party);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("case_id"), caseId);
    root.insert(QStringLiteral("entries"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PseudonymMap> PseudonymMap::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<PseudonymMap> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > 64 * 1024 * 1024)
        return fail(QStringLiteral("the map file is larger than 64 MiB"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("the map must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("\"format\" must be \"%1\"").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("unsupported map version %1 (this program reads version 1)")
                        .arg(root.value(QStringLiteral("version")).toVariant().toString()));
    PseudonymMap map;
    map.caseId = root.value(QStringLiteral("case_id")).toString().trimmed();
    const QJsonArray list = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxEntries; ++i) {
        if (!list[i].isObject())
            return fail(QStringLiteral("entry %1 is not an object").arg(i + 1));
        const QJsonObject o = list[i].toObject();
        Pseudonym p;
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.real = o.value(QStringLiteral("real")).toString();
        p.pseudonym = o.value(QStringLiteral("pseudonym")).toString();
        p.pseudonymJa = o.value(QStringLiteral("pseudonym_ja")).toString();
        p.party = o.value(QStringLiteral("party")).toString();
        if (p.real.trimmed().isEmpty())
            return fail(QStringLiteral("entry %1 has no \"real\" string").arg(i + 1));
        if (p.pseudonym.isEmpty())
            return fail(QStringLiteral("entry %1 (%2) has no \"pseudonym\"").arg(i + 1).arg(p.kind));
        map.entries.append(p);
    }
    return map;
}

bool PseudonymMap::save(const QString& path, QString* error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<PseudonymMap> PseudonymMap::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    return fromJson(f.read(64 * 1024 * 1024 + 1), error);
}

// ----------------------------------------------------------------------------------------------
// Anonymizer

Anonymizer::Anonymizer(const CaseAnalysis& analysis, const AnonymizerOptions& options, const PseudonymMap& overrides)
{
    if (overrides.isEmpty()) {
        d = Builder(analysis, options, overrides).build();
        return;
    }
    // Only what the analyst changed counts as an edit: a saved map lists every derived name too
    // (alice@a-company.co.jp), and those must follow an edited base (the domain), not pin the old one.
    const PseudonymMap defaults = Builder(analysis, options, PseudonymMap()).build()->map;
    PseudonymMap edits;
    edits.caseId = overrides.caseId == defaults.caseId ? QString() : overrides.caseId;
    for (const Pseudonym& p : overrides.entries) {
        const Pseudonym* def = defaults.find(p.real);
        if (!def || def->pseudonym != p.pseudonym || (!p.pseudonymJa.isEmpty() && def->pseudonymJa != p.pseudonymJa))
            edits.entries.append(p);
    }
    d = Builder(analysis, options, edits).build();
}

const PseudonymMap& Anonymizer::map() const
{
    return d->map;
}
const AnonymizerOptions& Anonymizer::options() const
{
    return d->options;
}
QString Anonymizer::caseId() const
{
    return d->map.caseId;
}

const QList<Party>& Anonymizer::parties() const
{
    return d->parties;
}

QList<int> Anonymizer::recipientParties(int message) const
{
    return message >= 0 && message < d->recipientParties.size() ? d->recipientParties[message] : QList<int>();
}

QString Anonymizer::text(const QString& input, ReportLanguage language) const
{
    return d->engine.apply(input, language, d->options.defang);
}

QString Anonymizer::textUndefanged(const QString& input, ReportLanguage language) const
{
    return d->engine.apply(input, language, false);
}

QString Anonymizer::reservedNames(const QString& text) const
{
    if (d->pseudonymDomains.isEmpty() || text.isEmpty())
        return text;
    // A host name: labels of letters, digits and inner hyphens, not part of a longer name.
    static const QRegularExpression host(QStringLiteral(
        "(?<![A-Za-z0-9.\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9\\-]{0,62}"
        "(?![A-Za-z0-9\\-]|\\.[A-Za-z0-9])"));
    // RFC 2606 and RFC 6761 names: never anyone's.
    static const QStringList reserved { QStringLiteral(".example"), QStringLiteral(".test"), QStringLiteral(".invalid"),
        QStringLiteral(".localhost"), QStringLiteral("example.com"), QStringLiteral("example.net"),
        QStringLiteral("example.org") };
    QString out;
    qsizetype at = 0;
    for (auto it = host.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Followed by @ it is a local part (bob.a-company.jp@mail.com, a free-mail mimic: an
        // address at the real provider), unless a bounce address wrote a domain there
        // (bounces+1-bob=a-company.co.jp@esp: local=domain).
        if (m.capturedEnd() < text.size() && text[m.capturedEnd()] == u'@') {
            bool bounce = m.capturedStart() > 0 && text[m.capturedStart() - 1] == u'=';
            if (bounce) {
                // The whole address around it must be a bounce address (smtp.mailfrom=x.y@z is not).
                const auto inAddress
                    = [](QChar c) { return c.isLetterOrNumber() || QStringView(u"._%+=-@").contains(c); };
                qsizetype l = m.capturedStart(), r = m.capturedEnd();
                while (l > 0 && inAddress(text[l - 1]) && m.capturedStart() - l < 1024)
                    --l;
                while (r < text.size() && inAddress(text[r]) && r - m.capturedEnd() < 1024)
                    ++r;
                bounce = !AddressParser::embeddedRecipient(text.mid(l, r - l)).isEmpty();
            }
            if (!bounce)
                continue;
        }
        QString h = m.captured(0).toLower();
        // After a percent escape the two hex digits are the escape's, not the host's (%40 is '@').
        const auto hex = [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); };
        if (m.capturedStart() > 0 && text[m.capturedStart() - 1] == u'%' && h.size() > 2 && hex(h[0]) && hex(h[1]))
            h = h.mid(2);
        const bool pseudonym = std::any_of(d->pseudonymDomains.cbegin(), d->pseudonymDomains.cend(),
            [&](const QString& p) { return h == p || h.endsWith(QLatin1Char('.') + p); });
        const bool isReserved = std::any_of(reserved.cbegin(), reserved.cend(), [&](const QString& r) {
            return h.endsWith(r) && (r.startsWith(QLatin1Char('.')) || h == r || h.endsWith(QLatin1Char('.') + r));
        });
        if (!pseudonym || isReserved)
            continue;
        out += QStringView(text).mid(at, m.capturedEnd() - at);
        out += QLatin1String(".example");
        at = m.capturedEnd();
    }
    if (at == 0)
        return text;
    out += QStringView(text).mid(at);
    return out;
}

QString Anonymizer::machineText(const QString& input) const
{
    return reservedNames(textUndefanged(input));
}

QString Anonymizer::machineBody(const Message& m) const
{
    return d->options.anonymize ? QString() : m.bodyText().left(4000);
}

QString Anonymizer::organisation(const QString& label, ReportLanguage language) const
{
    const bool ja = language == ReportLanguage::Japanese;
    const QString code = ja ? QStringLiteral("ja") : QStringLiteral("en");
    if (label == QLatin1String("X"))
        return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Attacker"), code);
    if (label == QLatin1String("?") || label.isEmpty())
        return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Unknown"), code);
    const QString name = (ja ? d->orgJa : d->orgEn).value(label);
    if (!name.isEmpty())
        return d->options.anonymize ? name : text(name, language);
    return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Company %1"), code).arg(label);
}

QString Anonymizer::mailbox(const Mailbox& mb, ReportLanguage language) const
{
    const QString address = text(mb.address, language);
    if (mb.name.isEmpty())
        return address;
    return text(mb.name, language) + QStringLiteral(" <") + address + QLatin1Char('>');
}

const QList<Indicator>& Anonymizer::indicators() const
{
    return d->indicators;
}

bool Anonymizer::isAttackerIndicator(const QString& value) const
{
    const QString v = value.trimmed();
    if (DomainUtil::isIpAddress(v))
        return d->engine.attackerIps.contains(normIp(v));
    if (v.contains(QLatin1String("://")))
        return d->engine.isAttackerHost(QUrl(v).host());
    if (v.contains(QLatin1Char('@')))
        return d->engine.isAttackerHost(domainOfAddress(v));
    return d->engine.isAttackerHost(v);
}

QString Anonymizer::defang(const QString& value)
{
    auto defangHost = [](const QString& host) -> QString {
        if (host.contains(QLatin1String("[.]")) || host.contains(QLatin1String("[:]")))
            return host;
        if (host.contains(QLatin1Char(':')) && DomainUtil::isIpAddress(host)) {
            QString h = host;
            const qsizetype c = h.indexOf(QLatin1Char(':'));
            return h.replace(c, 1, QStringLiteral("[:]"));
        }
        const qsizetype dot = host.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            return host;
        return host.left(dot) + QStringLiteral("[.]") + host.mid(dot + 1);
    };
    const QString v = value;
    const qsizetype scheme = v.indexOf(QLatin1String("://"));
    if (scheme > 0 && scheme < 10) {
        QString s = v.left(scheme).toLower();
        if (s == QLatin1String("http"))
            s = QStringLiteral("hxxp");
        else if (s == QLatin1String("https"))
            s = QStringLiteral("hxxps");
        else if (s == QLatin1String("ftp"))
            s = QStringLiteral("fxp");
        const QString rest = v.mid(scheme + 3);
        qsizetype end = rest.size();
        for (QChar c : { u'/', u'?', u'#' }) {
            const qsizetype at = rest.indexOf(c);
            if (at >= 0 && at < end)
                end = at;
        }
        QString authority = rest.left(end);
        QString userinfo;
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            userinfo = authority.left(at) + QStringLiteral("[@]");
            authority = authority.mid(at + 1);
        }
        QString port;
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !authority.startsWith(QLatin1Char('['))) {
            port = authority.mid(colon);
            authority = authority.left(colon);
        }
        return s + QStringLiteral("://") + userinfo + defangHost(authority) + port + rest.mid(end);
    }
    const qsizetype at = v.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        return v.left(at) + QStringLiteral("[@]") + defangHost(v.mid(at + 1));
    return defangHost(v);
}

} // namespace MailTriage
