// SPDX-License-Identifier: GPL-3.0-or-later
// The attacker's indicators: what to block or search for, and what is context.
#include "addressparser.h"
#include "anonymizerbuilder.h"
#include "domainutil.h"
#include "paymentdetails.h"
#include "referencedata.h"

#include <QHash>
#include <QUrl>
#include <algorithm>

namespace MailTriage::AnonymizerDetail {

QList<Indicator> Builder::collectIndicators()
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
    auto note
        = [&](const QString& type, const QString& valueIn, const char* roleEn, const CaseMessage& cm) -> Indicator* {
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
                if (Indicator* ind = note(
                        QStringLiteral("domain-name"), org, QT_TRANSLATE_NOOP("Indicator", "free-mail provider"), cm))
                    ind->context = true;
            } else if (m_pseudoOrg.contains(org) && !m_partyOfOrg.contains(org))
                note(QStringLiteral("domain-name"), org, QT_TRANSLATE_NOOP("Indicator", "look-alike domain"), cm);
            else
                note(QStringLiteral("domain-name"), org, QT_TRANSLATE_NOOP("Indicator", "attacker's domain"), cm);
        };
        addressIndicator(m.from.address, QT_TRANSLATE_NOOP("Indicator", "sender address (From)"));
        // The attacker's mail from a party's own address (its people or its domain, a third party
        // included): the account was taken over, or the address forged. Context the partner should
        // know of, never something to block: it would block that organisation's real mail. Which
        // of the two the receiving side's DMARC verdict tells.
        if (!m.from.address.isEmpty()
            && (isPartyAddress(m.from.address) || partyOfHost(domainOfAddress(m.from.address)) >= 0)) {
            const bool forged = m.auth.dmarc == QLatin1String("fail") || m.auth.spf == QLatin1String("fail");
            if (Indicator* ind = note(QStringLiteral("email-addr"), m.from.address,
                    forged
                        ? QT_TRANSLATE_NOOP("Indicator", "a party's address forged in From (spoofed)")
                        : QT_TRANSLATE_NOOP("Indicator", "a party's own mailbox the attacker wrote from (taken over)"),
                    cm))
                ind->context = true;
        }
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
        for (const QString& u : matchesOf(urlRe(), m_scans[i].body + QLatin1Char('\n') + m_scans[i].html, 200)) {
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
        QStringLiteral("ipv4-addr"), QStringLiteral("ipv6-addr"), QStringLiteral("hostname"), QStringLiteral("url"),
        QStringLiteral("file"), QStringLiteral("bank-account"), QStringLiteral("phone") };
    std::stable_sort(out.begin(), out.end(),
        [](const Indicator& a, const Indicator& b) { return rank.indexOf(a.type) < rank.indexOf(b.type); });
    return out;
}

} // namespace MailTriage::AnonymizerDetail
