// SPDX-License-Identifier: GPL-3.0-or-later
// The text helpers of the anonymizer: names, domains, addresses, IPs, company and bank names.
#include "addressparser.h"
#include "anonymizerbuilder.h"
#include "commonwords.h"
#include "domainutil.h"
#include "lookalike.h"
#include "paymentdetails.h"
#include "referencedata.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace MailTriage::AnonymizerDetail {

const QSet<QString>& genericWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : { "mail", "email", "group", "corp", "corporation", "company", "japan", "global", "tech",
                 "technology", "technologies", "info", "net", "web", "online", "service", "services", "system",
                 "systems", "industries", "industry", "industrial", "holdings", "holding", "trading", "engineering",
                 "eng", "international", "intl", "inc", "ltd", "limited", "the", "and", "bank", "trust", "office",
                 "dept", "department", "team", "desk", "finance", "accounts", "account", "sales", "support", "admin",
                 "ceo", "cfo", "coo", "cto", "president", "director", "manager", "chairman", "board", "mr", "mrs", "ms",
                 "miss", "dr", "san", "sama", "precision", "flow", "logistics", "solutions", "solution", "partners",
                 "consulting", "co", "hd", "asia", "europe", "america", "pacific", "trade", "express", "secure",
                 "server", "relay", "gateway", "smtp", "mx", "noreply", "no-reply", "postmaster", "webmaster",
                 "billing", "contact", "hello", "hr", "it", "legal", "purchasing", "export", "import", "overseas",
                 "business", "section", "division", "general", "affairs", "accounting", "payable", "receivable",
                 "manufacturing", "works", "factory", "products", "electric", "electronics", "motors", "machinery",
                 "metal", "metals", "kinzoku", "seimitsu", "butsuryu", "shoji", "sangyo", "kogyo", "sdn", "bhd", "gmbh",
                 "llc", "plc", "kk", "pte", "pty", "sa", "ag", "kg", "bv", "nv", "srl", "user", "users", "list",
                 "lists", "news", "newsletter", "notification", "notifications", "alert", "alerts", "security" })
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
        const QString bounce
            = AddressParser::embeddedRecipient(QString(m.returnPath).remove(QLatin1Char('<')).remove(QLatin1Char('>')));
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

const QRegularExpression& ipv4Re()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\d|\\.\\d)"));
    return re;
}

const QRegularExpression& ipv6Re()
{
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=IPv6:)|(?<![0-9A-Za-z:]))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])"));
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
        for (const char* t : { "com", "net", "org", "info", "biz", "io", "co", "jp", "my", "de", "cc", "ru", "cn", "uk",
                 "hk", "sg", "tw", "kr", "in", "us", "eu", "fr", "it", "nl", "au", "ca", "br", "ch", "se", "no", "es",
                 "pl", "vn", "th", "id", "ph", "xyz", "top", "online", "site", "club", "shop", "app", "dev", "pt", "at",
                 "be", "dk", "fi", "ie", "nz", "mx", "ar", "za", "tr", "ae", "sa", "il", "gr", "cz", "hu", "ro", "ua",
                 "ws", "me", "tk", "ml", "ga", "cf", "gq", "pw", "live", "work", "link", "email", "tech", "store",
                 "cloud", "space", "website", "icu", "buzz", "gov", "edu", "mil", "int" })
            s.insert(QString::fromLatin1(t));
        return s;
    }();
    return tlds.contains(host.section(QLatin1Char('.'), -1).toLower());
}

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

QStringList matchesOf(const QRegularExpression& re, const QString& text, int max)
{
    QStringList out;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext() && out.size() < max)
        out << it.next().captured();
    return out;
}

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

QStringList katakanaReadings(const QString& romajiIn, int max)
{
    // Hepburn (and the common Kunrei spellings: si, ti, tu, hu, zi) syllable by syllable.
    struct Syllable {
        const char* romaji;
        const char16_t* kana;
    };
    static const Syllable table[] = { { "kya", u"キャ" }, { "kyu", u"キュ" }, { "kyo", u"キョ" }, { "sha", u"シャ" },
        { "shu", u"シュ" }, { "sho", u"ショ" }, { "she", u"シェ" }, { "cha", u"チャ" }, { "chu", u"チュ" },
        { "cho", u"チョ" }, { "che", u"チェ" }, { "nya", u"ニャ" }, { "nyu", u"ニュ" }, { "nyo", u"ニョ" },
        { "hya", u"ヒャ" }, { "hyu", u"ヒュ" }, { "hyo", u"ヒョ" }, { "mya", u"ミャ" }, { "myu", u"ミュ" },
        { "myo", u"ミョ" }, { "rya", u"リャ" }, { "ryu", u"リュ" }, { "ryo", u"リョ" }, { "gya", u"ギャ" },
        { "gyu", u"ギュ" }, { "gyo", u"ギョ" }, { "bya", u"ビャ" }, { "byu", u"ビュ" }, { "byo", u"ビョ" },
        { "pya", u"ピャ" }, { "pyu", u"ピュ" }, { "pyo", u"ピョ" }, { "shi", u"シ" }, { "chi", u"チ" },
        { "tsu", u"ツ" }, { "ja", u"ジャ" }, { "ju", u"ジュ" }, { "jo", u"ジョ" }, { "je", u"ジェ" }, { "ji", u"ジ" },
        { "fu", u"フ" }, { "ka", u"カ" }, { "ki", u"キ" }, { "ku", u"ク" }, { "ke", u"ケ" }, { "ko", u"コ" },
        { "sa", u"サ" }, { "si", u"シ" }, { "su", u"ス" }, { "se", u"セ" }, { "so", u"ソ" }, { "ta", u"タ" },
        { "ti", u"チ" }, { "tu", u"ツ" }, { "te", u"テ" }, { "to", u"ト" }, { "na", u"ナ" }, { "ni", u"ニ" },
        { "nu", u"ヌ" }, { "ne", u"ネ" }, { "no", u"ノ" }, { "ha", u"ハ" }, { "hi", u"ヒ" }, { "hu", u"フ" },
        { "he", u"ヘ" }, { "ho", u"ホ" }, { "ma", u"マ" }, { "mi", u"ミ" }, { "mu", u"ム" }, { "me", u"メ" },
        { "mo", u"モ" }, { "ya", u"ヤ" }, { "yu", u"ユ" }, { "yo", u"ヨ" }, { "ra", u"ラ" }, { "ri", u"リ" },
        { "ru", u"ル" }, { "re", u"レ" }, { "ro", u"ロ" }, { "wa", u"ワ" }, { "wo", u"ヲ" }, { "ga", u"ガ" },
        { "gi", u"ギ" }, { "gu", u"グ" }, { "ge", u"ゲ" }, { "go", u"ゴ" }, { "za", u"ザ" }, { "zi", u"ジ" },
        { "zu", u"ズ" }, { "ze", u"ゼ" }, { "zo", u"ゾ" }, { "da", u"ダ" }, { "de", u"デ" }, { "do", u"ド" },
        { "ba", u"バ" }, { "bi", u"ビ" }, { "bu", u"ブ" }, { "be", u"ベ" }, { "bo", u"ボ" }, { "pa", u"パ" },
        { "pi", u"ピ" }, { "pu", u"プ" }, { "pe", u"ペ" }, { "po", u"ポ" }, { "a", u"ア" }, { "i", u"イ" },
        { "u", u"ウ" }, { "e", u"エ" }, { "o", u"オ" } };
    const QString romaji = romajiIn.toLower();
    if (romaji.isEmpty() || romaji.size() > 24)
        return {};
    // Each syllable, and whether a long vowel may follow it unwritten: Sato is サトウ as often
    // as サト, Yuki ユウキ or ユキ (Hepburn drops the u of a long o or u).
    QList<QString> syllables;
    QList<bool> mayBeLong;
    for (qsizetype i = 0; i < romaji.size();) {
        const QChar c = romaji[i];
        if (c < u'a' || c > u'z')
            return {};
        const QChar next = i + 1 < romaji.size() ? romaji[i + 1] : QChar();
        // n before a consonant or at the end (and written n' or nn before a vowel): ン.
        if (c == u'n' && (next.isNull() || (!QStringLiteral("aiueoy").contains(next) && next != u'n'))) {
            syllables << QStringLiteral("ン");
            mayBeLong << false;
            ++i;
            continue;
        }
        if (c == u'n' && next == u'n') {
            syllables << QStringLiteral("ン");
            mayBeLong << false;
            ++i;
            continue;
        }
        // A doubled consonant (tt, kk, ss, pp; tch): ッ.
        if (!QStringLiteral("aiueon").contains(c) && (next == c || (c == u't' && next == u'c'))) {
            syllables << QStringLiteral("ッ");
            mayBeLong << false;
            ++i;
            continue;
        }
        bool matched = false;
        for (const Syllable& s : table) {
            const QLatin1StringView r(s.romaji);
            if (QStringView(romaji).mid(i).startsWith(r)) {
                syllables << QString::fromUtf16(s.kana);
                mayBeLong << (r.size() > 1 && (r.back() == u'o' || r.back() == u'u')); // a bare vowel is the long one
                i += r.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            return {};
    }
    QStringList out { QString() };
    for (int k = 0; k < syllables.size(); ++k) {
        const bool longVowel = mayBeLong[k] && !(k + 1 < syllables.size() && syllables[k + 1] == QStringLiteral("ウ"));
        QStringList next;
        for (const QString& o : std::as_const(out)) {
            next << o + syllables[k];
            if (longVowel && next.size() < max)
                next << o + syllables[k] + QStringLiteral("ウ");
        }
        out = next.mid(0, max);
    }
    return out;
}

} // namespace MailTriage::AnonymizerDetail
