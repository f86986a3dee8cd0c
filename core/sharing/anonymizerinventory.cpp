// SPDX-License-Identifier: GPL-3.0-or-later
// The identifier inventory: what the case names of each party, read from its messages.
#include "addressparser.h"
#include "anonymizerbuilder.h"
#include "commonwords.h"
#include "domainutil.h"
#include "referencedata.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace MailTriage::AnonymizerDetail {

void Builder::collectParties()
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

void Builder::noteHost(const QString& hostIn)
{
    const QString host = DomainUtil::normalizeHost(hostIn);
    if (host.isEmpty() || !host.contains(QLatin1Char('.')) || DomainUtil::isIpAddress(host) || host.size() > 253)
        return;
    if (!m_hostSet.contains(host)) {
        m_hostSet.insert(host);
        m_hosts << host;
    }
}

void Builder::noteIp(const QString& ipIn, bool attackerSide)
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

void Builder::noteAttackerHost(const QString& hostIn)
{
    const QString host = DomainUtil::normalizeHost(hostIn);
    if (host.isEmpty() || DomainUtil::isIpAddress(host) || partyOfHost(host) >= 0)
        return;
    m_attackerHosts.insert(host);
    const QString org = orgOf(host);
    if (!org.isEmpty())
        m_attackerHosts.insert(org);
}

void Builder::collectHostsAndIps()
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
            for (const QString& u : matchesOf(urlRe(), m_scans[i].body + QLatin1Char('\n') + m_scans[i].html, 200))
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
                for (const QRegularExpression* re : { &Engine::labelledPhoneRe(), &Engine::internationalPhoneRe() }) {
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
bool Builder::isMimic(const QString& address) const
{
    const QString local = localOfAddress(address).toLower();
    for (const auto& [org, party] : m_partyOrgs) {
        const QString label = firstLabel(org);
        if (label.size() >= 4 && local.contains(label))
            return true;
    }
    return false;
}

QString Builder::labelAfter(const QStringList& used) const
{
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        const QString l(QChar { c });
        if (l != QLatin1String("X") && !used.contains(l))
            return l;
    }
    return QStringLiteral("Z");
}

/// True when @p code ("BWA", "TSK") can be read out of @p label ("brandtwerk-antriebe",
/// "tsukikage-seimitsu"): its first letter and its letters in order.
bool Builder::abbreviates(const QString& code, const QString& label)
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

const QSet<QString>& Builder::documentTypes()
{
    // Invoice, purchase/sales order, quotation, proforma, commercial invoice, packing list,
    // bill of lading, delivery/credit/debit note, export, order, contract, reference.
    static const QSet<QString> t { QStringLiteral("INV"), QStringLiteral("IN"), QStringLiteral("PO"),
        QStringLiteral("SO"), QStringLiteral("Q"), QStringLiteral("QT"), QStringLiteral("QUO"), QStringLiteral("QTN"),
        QStringLiteral("PI"), QStringLiteral("CI"), QStringLiteral("PL"), QStringLiteral("BL"), QStringLiteral("DN"),
        QStringLiteral("CN"), QStringLiteral("DR"), QStringLiteral("EX"), QStringLiteral("EXP"), QStringLiteral("ORD"),
        QStringLiteral("OR"), QStringLiteral("CT"), QStringLiteral("CON"), QStringLiteral("REF"), QStringLiteral("RFQ"),
        QStringLiteral("DO"), QStringLiteral("GR"), QStringLiteral("PR") };
    return t;
}

const QSet<QString>& Builder::standardsBodies()
{
    static const QSet<QString> b { QStringLiteral("ISO"), QStringLiteral("IEC"), QStringLiteral("EN"),
        QStringLiteral("DIN"), QStringLiteral("JIS"), QStringLiteral("ANSI"), QStringLiteral("IEEE"),
        QStringLiteral("ASTM"), QStringLiteral("BS"), QStringLiteral("NF"), QStringLiteral("GB"), QStringLiteral("RFC"),
        QStringLiteral("CVE"), QStringLiteral("CWE") };
    return b;
}

int Builder::personFor(int party, const Mailbox& mb)
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

/// True when @p word is an ordinary word here, no part of a name: one the word lists
/// know only as an ordinary word (CommonWords) that the display name writes in lower case
/// ("Jonas Weber via Portal") or that the case's own texts use in lower case ("Secured by
/// Orvelle" beside "your document is secured"). "Tan" of "Tan Wei Ling" stays a name:
/// "tan" is an ordinary word too, but not one this case writes.
bool Builder::ordinaryInCase(const QString& word, bool writtenLower)
{
    if (!CommonWords::isCommon(word))
        return false;
    const QString lower = word.toLower();
    return (writtenLower && word == lower) || caseVocabulary().contains(lower);
}

QStringList Builder::withoutOrdinaryWords(const QStringList& words)
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
const QSet<QString>& Builder::caseVocabulary()
{
    if (m_vocabularyBuilt)
        return m_vocabulary;
    m_vocabularyBuilt = true;
    static const QRegularExpression lowerWord(QStringLiteral("(?<![\\p{L}\\p{N}])\\p{Ll}{2,}(?![\\p{L}\\p{N}])"),
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
                    || token.startsWith(u"ftp:", Qt::CaseInsensitive) || token.startsWith(u"www.", Qt::CaseInsensitive))
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

/// The person an attacker's display name or address imitates, or -1.
int Builder::linkedPerson(const Mailbox& mb) const
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
        const bool better = it.key().size() > bestLen || (it.key().size() == bestLen && best >= 0 && it.value() < best);
        if (it.key().size() >= 5 && better && local.startsWith(it.key())) {
            best = it.value();
            bestLen = it.key().size();
        }
    }
    return best;
}

QStringList Builder::allDomainsSeen() const
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

// A party's message as opposed to the attacker's (the sender's party is known).
bool Builder::fromParty(const CaseMessage& cm) const
{
    return cm.actor != QLatin1String("attacker") && cm.senderParty >= 0 && cm.senderParty < m_a.parties.size();
}

} // namespace MailTriage::AnonymizerDetail
