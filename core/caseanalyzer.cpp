// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseanalyzer.h"

#include "addressparser.h"
#include "dateparser.h"
#include "domainutil.h"
#include "lookalike.h"
#include "paymentdetails.h"
#include "referencedata.h"
#include "serialization.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace MailTriage {

int CaseAnalysis::partyIndexOfLabel(const QString& label) const
{
    for (int i = 0; i < parties.size(); ++i) {
        if (parties[i].label == label)
            return i;
    }
    return -1;
}

QString becTypeName(int type, QStringView language)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("BecType", "none"),
        QT_TRANSLATE_NOOP("BecType", "Type 1: invoice fraud impersonating a trading partner"),
        QT_TRANSLATE_NOOP("BecType", "Type 2: executive impersonation"),
        QT_TRANSLATE_NOOP("BecType", "Type 3: abuse of a compromised account"),
        QT_TRANSLATE_NOOP("BecType", "Type 4: impersonation of lawyers or authorities"),
        QT_TRANSLATE_NOOP("BecType", "Type 5: theft of information that prepares fraud"),
    };
    return Catalog::lookup("BecType", names[type >= 1 && type <= 5 ? type : 0], language);
}

QString becTypeNameEn(int type)
{
    return becTypeName(type, u"en");
}

namespace CaseAnalyzer {

    namespace {

        // Sender-deception signals: a message carrying one of these at medium or above is not
        // used to learn who the parties are or what they normally look like.
        bool isDeceptionSignal(const QString& s)
        {
            static const QSet<QString> set { QStringLiteral("spf_fail"), QStringLiteral("dmarc_fail"),
                QStringLiteral("dkim_missing_or_fail"), QStringLiteral("lookalike_domain"),
                QStringLiteral("freemail_lookalike_of_known_party"),
                QStringLiteral("display_name_address_domain_mismatch"), QStringLiteral("display_name_contains_address"),
                QStringLiteral("from_replyto_mismatch"), QStringLiteral("returnpath_mismatch"),
                QStringLiteral("cosmic_lynx_pattern"), QStringLiteral("jp_ceo_fraud_pattern"),
                QStringLiteral("dkim_domain_mismatch"), QStringLiteral("message_id_domain_mismatch"),
                QStringLiteral("notification_headers_to_foreign_address"),
                QStringLiteral("freemail_claims_recipient_org") };
            return set.contains(s);
        }

        bool hasSignal(const Message& m, const QString& s)
        {
            return std::any_of(m.findings.cbegin(), m.findings.cend(), [&](const Finding& f) { return f.signal == s; });
        }

        bool isSuspicious(const Message& m)
        {
            for (const Finding& f : m.findings) {
                if (f.severity == Severity::High)
                    return true;
                if (f.severity == Severity::Medium && isDeceptionSignal(f.signal))
                    return true;
            }
            return false;
        }

        QString lower(const QString& s)
        {
            return s.trimmed().toLower();
        }

        // An organisation: the organisational domain; a free-mail user is an organisation of one.
        QString orgOf(const QString& address)
        {
            const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
            if (at < 0)
                return {};
            const QString domain = address.mid(at + 1).toLower();
            if (ReferenceData::isFreemail(domain))
                return address.toLower();
            const QString org = Lookalike::organisationalDomain(domain);
            return org.isEmpty() ? domain : org;
        }

        QString normName(const QString& name)
        {
            QString n = name.toLower();
            n.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            return n.simplified();
        }

        QString contentKey(const Message& m)
        {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(m.from.address.toLower().toUtf8());
            h.addData(normalizeSubject(m.subject).toUtf8());
            h.addData(DateParser::toIso(m.date).toUtf8());
            h.addData(m.bodyText().simplified().left(4096).toUtf8());
            return QStringLiteral("content:") + QString::fromLatin1(h.result().toHex().left(32));
        }

        /// The header fields case findings point at: trimForAnalysis() keeps these (the first of
        /// each name) and the Received fields of the hops.
        constexpr QByteArrayView kFindingHeaders[] = { "From", "To", "Cc", "In-Reply-To", "Received" };

        Finding makeFinding(const QString& signal, Severity sev, const Message& m, QByteArrayView header,
            const QString& evidence, const Text& text, const QString& related = {})
        {
            Q_ASSERT(header == "body"
                || std::any_of(std::begin(kFindingHeaders), std::end(kFindingHeaders),
                    [&](QByteArrayView h) { return h.compare(header, Qt::CaseInsensitive) == 0; }));
            Finding f;
            f.signal = signal;
            f.severity = sev;
            f.header = QString::fromLatin1(header.toByteArray());
            if (const HeaderField* h = m.header(header)) {
                f.offset = h->offset;
                f.length = h->length;
            }
            f.evidence = evidence.left(300);
            f.text = text;
            f.relatedMessageId = related;
            return f;
        }

        void addFinding(Message& m, const Finding& f)
        {
            for (const Finding& g : m.findings) {
                if (g.signal == f.signal && g.header == f.header && g.evidence == f.evidence)
                    return;
            }
            m.findings.append(f);
        }

        // Union-find for threads.
        struct Dsu {
            QList<int> p;
            explicit Dsu(qsizetype n)
                : p(n)
            {
                for (int i = 0; i < n; ++i)
                    p[i] = i;
            }
            int find(int x)
            {
                while (p[x] != x) {
                    p[x] = p[p[x]];
                    x = p[x];
                }
                return x;
            }
            void unite(int a, int b)
            {
                a = find(a);
                b = find(b);
                if (a != b)
                    p[qMax(a, b)] = qMin(a, b);
            }
        };

        // Where a delivered message entered the receiving organisation, as written by it.
        struct Origin {
            QString receiver; ///< organisation of the receiving side
            QString org; ///< organisation of the sending host (reverse DNS or HELO)
            QString ip;
            bool valid = false;
        };

        Origin originOf(const Message& m)
        {
            Origin o;
            const ReceivedHop* entry = nullptr;
            for (const ReceivedHop& h : m.received) { // oldest first: the oldest trusted hop
                if (h.trusted) {
                    entry = &h;
                    break;
                }
            }
            if (!entry && !m.received.isEmpty())
                entry = &m.received.last();
            if (!entry)
                return o;
            o.receiver = Lookalike::organisationalDomain(entry->byHost);
            if (o.receiver.isEmpty())
                o.receiver = m.auth.authservId.toLower();
            const QString host = !entry->fromRdns.isEmpty() && !DomainUtil::isIpAddress(entry->fromRdns)
                ? entry->fromRdns
                : entry->fromHost;
            o.org = DomainUtil::isIpAddress(host) ? QString() : Lookalike::organisationalDomain(host);
            o.ip = entry->fromIp;
            o.valid = !o.ip.isEmpty() || !o.org.isEmpty();
            return o;
        }

        QString ipPrefix(const QString& ip)
        {
            if (ip.contains(QLatin1Char(':')))
                return ip.section(QLatin1Char(':'), 0, 3);
            return ip.section(QLatin1Char('.'), 0, 2);
        }

        bool authPassed(const Message& m)
        {
            return m.auth.dmarc == QLatin1String("pass") || m.auth.spf == QLatin1String("pass");
        }
        bool authFailed(const Message& m)
        {
            return m.auth.dmarc == QLatin1String("fail") || m.auth.spf == QLatin1String("fail")
                || m.auth.spf == QLatin1String("softfail");
        }

        QString fmtGap(qint64 secs)
        {
            if (secs < 60)
                return QStringLiteral("%1 s").arg(secs);
            const qint64 mins = secs / 60;
            if (mins < 60)
                return QStringLiteral("%1 min").arg(mins);
            const qint64 hours = mins / 60;
            if (hours < 48)
                return mins % 60 ? QStringLiteral("%1 h %2 min").arg(hours).arg(mins % 60)
                                 : QStringLiteral("%1 h").arg(hours);
            return QStringLiteral("%1 days").arg(hours / 24);
        }

        // Text the case reads for payment details: the message's own words and its invoices.
        QString paymentText(const Message& m)
        {
            QString t = PaymentDetails::ownText(m.bodyText());
            for (const MimePart& p : m.parts) {
                if (!p.extractedText.isEmpty())
                    t += QLatin1Char('\n') + p.extractedText;
            }
            return t;
        }

        bool mentionsAny(const QString& text, const QRegularExpression& re)
        {
            return re.match(text.left(64 * 1024)).hasMatch();
        }

    } // namespace

    bool assignStoredIds(CaseAnalysis& analysis, const QHash<QByteArray, qint64>& idOfSha)
    {
        bool filled = false;
        for (CaseMessage& cm : analysis.messages) {
            for (MessageCopy& c : cm.copies) {
                if (c.storedId <= 0 && (c.storedId = idOfSha.value(c.sha256, 0)) > 0)
                    filled = true;
            }
        }
        return filled;
    }

    QString normalizeSubject(const QString& subjectIn)
    {
        static const QRegularExpression prefix(
            QStringLiteral("^\\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|antw|doorst|答复|回复|转发|返信|転送|Ｒｅ|ＲＥ|Ｆｗ|"
                           "ＦＷ)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]|\\[[^\\]]{1,40}\\]|【[^】]{1,40}】)\\s*"),
            QRegularExpression::CaseInsensitiveOption);
        QString s = subjectIn.left(1000);
        for (int i = 0; i < 20; ++i) {
            const QRegularExpressionMatch m = prefix.match(s);
            if (!m.hasMatch() || m.capturedLength() == 0)
                break;
            s = s.mid(m.capturedEnd());
        }
        return s.simplified().toLower();
    }

    void trimForAnalysis(Message& m)
    {
        if (!m.parts.isEmpty()) {
            QList<MimePart> parts;
            MimePart root;
            // Only the fields analyze() points its findings at (makeFinding() looks up the first of
            // a name) and the Received fields of the hops, names and places without values, in
            // their order; the hops' indexes follow.
            const QList<HeaderField>& all = m.parts.constFirst().headers;
            QList<int> newIndex(all.size(), -1);
            QSet<int> keep;
            for (const ReceivedHop& h : std::as_const(m.received)) {
                if (h.headerIndex >= 0 && h.headerIndex < all.size())
                    keep.insert(h.headerIndex);
            }
            for (const QByteArrayView name : kFindingHeaders) {
                for (int i = 0; i < all.size(); ++i) {
                    if (all[i].is(name)) {
                        keep.insert(i);
                        break;
                    }
                }
            }
            for (int i = 0; i < all.size(); ++i) {
                if (!keep.contains(i))
                    continue;
                HeaderField f;
                f.name = all[i].name;
                f.offset = all[i].offset;
                f.length = all[i].length;
                newIndex[i] = int(root.headers.size());
                root.headers.append(std::move(f));
            }
            const auto remap = [&](int index) { return index >= 0 && index < all.size() ? newIndex[index] : -1; };
            for (ReceivedHop& h : m.received)
                h.headerIndex = remap(h.headerIndex);
            m.auth.headerIndex = remap(m.auth.headerIndex); // -1 unless kept: nothing may point elsewhere
            root.contentType = QByteArrayLiteral("multipart/mixed");
            parts.append(std::move(root));
            const auto addChild = [&parts](MimePart p) {
                p.parent = 0;
                p.depth = 1;
                parts[0].children.append(int(parts.size()));
                parts.append(std::move(p));
            };
            if (const QString body = m.bodyText(); !body.isEmpty()) {
                MimePart text;
                text.contentType = QByteArrayLiteral("text/plain");
                text.text = body;
                addChild(std::move(text));
            }
            for (const MimePart& p : std::as_const(m.parts)) {
                if (p.extractedText.isEmpty())
                    continue;
                MimePart extracted;
                extracted.contentType = p.contentType;
                extracted.isAttachment = true;
                extracted.extractedText = p.extractedText;
                addChild(std::move(extracted));
            }
            m.parts = std::move(parts);
        }
        // What the stored analysis drops goes here too (makeLean()), except what analyze() reads
        // beyond it: the trimmed parts, the hops (without their lines) and the authentication summary.
        QList<MimePart> parts = std::move(m.parts);
        QList<ReceivedHop> received = std::move(m.received);
        AuthSummary auth = std::move(m.auth);
        makeLean(m);
        for (ReceivedHop& h : received)
            h.raw = QString();
        m.parts = std::move(parts);
        m.received = std::move(received);
        m.auth = std::move(auth);
    }

    CaseAnalysis analyze(const QList<Message>& input, const ActorOverrides& overrides)
    {
        CaseAnalysis a;

        // 1. Merge copies of the same message.
        QHash<QString, int> byKey;
        for (const Message& m : input) {
            QString key = m.messageId.trimmed().toLower();
            if (key.isEmpty() || !key.contains(QLatin1Char('@')))
                key = contentKey(m);
            MessageCopy copy { m.file, m.index, m.sha256, !m.received.isEmpty() };
            const auto it = byKey.constFind(key);
            if (it == byKey.cend()) {
                CaseMessage cm;
                cm.message = m;
                cm.key = key;
                cm.copies.append(copy);
                byKey.insert(key, int(a.messages.size()));
                a.messages.append(cm);
                continue;
            }
            CaseMessage& cm = a.messages[it.value()];
            cm.copies.append(copy);
            // Prefer a delivered copy (its transport headers are the evidence); keep every
            // message finding either copy raised.
            QList<Finding> other = m.findings;
            if (copy.delivered && cm.message.received.isEmpty()) {
                other = cm.message.findings;
                cm.message = m;
            }
            for (const Finding& f : other) {
                if (!hasSignal(cm.message, f.signal))
                    cm.message.findings.append(f);
            }
        }
        for (CaseMessage& cm : a.messages) {
            std::sort(cm.copies.begin(), cm.copies.end(), [](const MessageCopy& x, const MessageCopy& y) {
                return std::tie(x.file, x.index) < std::tie(y.file, y.index);
            });
        }

        // 2. True time order (UTC); ties and missing dates by key, so input order never matters.
        std::sort(a.messages.begin(), a.messages.end(), [](const CaseMessage& x, const CaseMessage& y) {
            const bool xv = x.message.date.isValid();
            const bool yv = y.message.date.isValid();
            if (xv != yv)
                return xv;
            if (xv && x.message.date.toMSecsSinceEpoch() != y.message.date.toMSecsSinceEpoch())
                return x.message.date.toMSecsSinceEpoch() < y.message.date.toMSecsSinceEpoch();
            return x.key < y.key;
        });
        const qsizetype n = a.messages.size();
        byKey.clear();
        for (int i = 0; i < n; ++i)
            byKey.insert(a.messages[i].key, i);

        // 3. Whose sent folders the case holds.
        QHash<QString, QSet<QString>> sentBy; // address -> keys of messages found in their sent folder
        for (const CaseMessage& cm : std::as_const(a.messages)) {
            for (const MessageCopy& c : cm.copies) {
                if (!c.delivered && !cm.message.from.address.isEmpty())
                    sentBy[lower(cm.message.from.address)].insert(cm.key);
            }
        }

        // 4. Parties from the messages that show no sign of deception.
        QList<bool> suspicious(n);
        QHash<QString, int> partyOfOrg;
        auto addParty = [&](const QString& org, const Mailbox& person) {
            if (org.isEmpty())
                return;
            int idx = partyOfOrg.value(org, -1);
            if (idx < 0) {
                Party p;
                p.name = org;
                p.domains << (org.contains(QLatin1Char('@')) ? org.section(QLatin1Char('@'), 1) : org);
                p.role = QStringLiteral("party");
                idx = int(a.parties.size());
                a.parties.append(p);
                partyOfOrg.insert(org, idx);
            }
            if (!person.address.isEmpty() && !a.parties[idx].people.contains(lower(person.address)))
                a.parties[idx].people.insert(lower(person.address), person.name);
        };
        for (int i = 0; i < n; ++i) {
            const Message& m = a.messages[i].message;
            suspicious[i] = isSuspicious(m);
            if (suspicious[i])
                continue;
            addParty(orgOf(m.from.address), m.from);
            for (const Mailbox& r : m.to + m.cc) {
                const QString org = orgOf(r.address);
                // A free-mail recipient is a party only once it has written itself. A bounce
                // address (VERP, SRS) is mail-system plumbing: a delivery report goes back to the
                // service that sent the mail, not to a party.
                if (!org.contains(QLatin1Char('@')) && AddressParser::embeddedRecipient(r.address).isEmpty())
                    addParty(org, r);
            }
        }
        for (int i = 0; i < a.parties.size(); ++i)
            a.parties[i].label = i < 26 ? QString(QChar(u'A' + i)) : QStringLiteral("P%1").arg(i + 1);

        // The impersonated party of a domain that imitates one of the parties' domains.
        // Each party domain is prepared once and each host compared once: a case of thousands
        // of messages has few distinct hosts, and preparing a domain (public suffix list, ICU
        // skeleton) costs more than comparing two prepared ones.
        QList<std::optional<Lookalike::Domain>> partyDomains;
        for (const Party& party : std::as_const(a.parties))
            partyDomains.append(
                party.name.contains(QLatin1Char('@')) ? std::nullopt : std::optional(Lookalike::prepare(party.name)));
        QHash<QString, QPair<int, Lookalike::Match>> lookalikeOfHost;
        auto lookalikeParty = [&](const QString& host, Lookalike::Match* match) -> int {
            if (host.isEmpty())
                return -1;
            auto known = lookalikeOfHost.constFind(host);
            if (known == lookalikeOfHost.cend()) {
                Lookalike::Options opt;
                opt.relatedName = true;
                QPair<int, Lookalike::Match> found { -1, {} };
                const Lookalike::Domain candidate = Lookalike::prepare(host);
                for (int p = 0; p < partyDomains.size(); ++p) {
                    if (!partyDomains[p])
                        continue;
                    const Lookalike::Match mt = Lookalike::compare(candidate, *partyDomains[p], opt);
                    if (mt.matched() && mt.direction >= 0) {
                        found = { p, mt };
                        break;
                    }
                }
                known = lookalikeOfHost.insert(host, found);
            }
            if (known->first >= 0 && match)
                *match = known->second;
            return known->first;
        };
        // A free-mail local part that spells a party's domain ("alice.a-company.jp@...").
        auto freemailMimic = [&](const QString& address) -> int {
            const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
            if (at < 0 || !ReferenceData::isFreemail(address.mid(at + 1)))
                return -1;
            const QString local = address.left(at).toLower();
            for (int p = 0; p < a.parties.size(); ++p) {
                const QString org = a.parties[p].name;
                if (org.contains(QLatin1Char('@')))
                    continue;
                const QString label = org.section(QLatin1Char('.'), 0, 0);
                if (label.size() >= 4 && local.contains(label))
                    return p;
            }
            return -1;
        };

        // 5. Who sent each message: a party, the attacker, or someone unknown.
        QHash<QString, QString> knownAddresses; // lower address -> name, from trusted messages
        for (int i = 0; i < n; ++i) {
            if (suspicious[i])
                continue;
            const Message& m = a.messages[i].message;
            for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc)
                if (!mb.address.isEmpty())
                    knownAddresses.insert(lower(mb.address), mb.name);
        }
        for (int i = 0; i < n; ++i) {
            CaseMessage& cm = a.messages[i];
            Message& m = cm.message;
            const QString fromOrg = orgOf(m.from.address);
            const int ownParty = partyOfOrg.value(fromOrg, -1);
            Lookalike::Match match;
            if (ownParty < 0) {
                const int p = lookalikeParty(m.from.domain(), &match);
                if (p >= 0) {
                    cm.senderParty = p;
                    cm.attackerReasons << Text(QT_TRANSLATE_NOOP("Finding", "sender domain %1 imitates %2's %3 (%4)"))
                                              .arg(m.from.domain(), a.parties[p].label, a.parties[p].name,
                                                  Lookalike::describe(match));
                    addFinding(m,
                        makeFinding(QStringLiteral("lookalike_domain"), Severity::High, m, "From", m.from.address,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "The sender's domain %1 imitates %2, the domain of party %3 in this case (%4)."))
                                .arg(m.from.domain(), a.parties[p].name, a.parties[p].label,
                                    Lookalike::describe(match))));
                }
                const int fp = freemailMimic(m.from.address);
                if (fp >= 0) {
                    cm.senderParty = fp;
                    cm.attackerReasons << Text(QT_TRANSLATE_NOOP("Finding", "free-mail address %1 spells %2's domain"))
                                              .arg(m.from.address, a.parties[fp].name);
                    addFinding(m,
                        makeFinding(QStringLiteral("freemail_lookalike_of_known_party"), Severity::High, m, "From",
                            m.from.address,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "The free-mail address %1 is made to look like an address of party %2 (%3)."))
                                .arg(m.from.address, a.parties[fp].label, a.parties[fp].name)));
                }
                // A display name carrying a party's address (or a look-alike of it).
                for (const QString& shown : AddressParser::findAddressesInText(m.from.name, 5)) {
                    const QString shownOrg = orgOf(shown);
                    int p = partyOfOrg.value(shownOrg, -1);
                    if (p < 0)
                        p = lookalikeParty(shown.section(QLatin1Char('@'), 1), nullptr);
                    if (p >= 0 && p != ownParty) {
                        cm.senderParty = p;
                        cm.attackerReasons
                            << Text(QT_TRANSLATE_NOOP("Finding",
                                        "display name shows %1, an address of %2, but the mail comes from %3"))
                                   .arg(shown, a.parties[p].label, m.from.address);
                        if (!hasSignal(m, QStringLiteral("lookalike_domain")) && orgOf(shown) != a.parties[p].name) {
                            addFinding(m,
                                makeFinding(QStringLiteral("lookalike_domain"), Severity::High, m, "From", shown,
                                    Text(QT_TRANSLATE_NOOP("Finding",
                                             "The display name shows %1, whose domain imitates %2, the domain of party "
                                             "%3."))
                                        .arg(shown, a.parties[p].name, a.parties[p].label)));
                        }
                    }
                }
                if (cm.attackerReasons.isEmpty() && suspicious[i])
                    cm.attackerReasons << Text(
                        QT_TRANSLATE_NOOP("Finding", "an unknown sender whose message carries deception findings"));
            } else {
                cm.senderParty = ownParty;
                if (suspicious[i]) {
                    QStringList why;
                    for (const Finding& f : m.findings) {
                        if (f.severity >= Severity::Medium && isDeceptionSignal(f.signal) && !why.contains(f.signal))
                            why << f.signal;
                    }
                    cm.attackerReasons << Text(QT_TRANSLATE_NOOP("Finding", "claims %1's address %2 but: %3"))
                                              .arg(a.parties[ownParty].label, m.from.address,
                                                  why.join(QStringLiteral(", ")));
                }
            }
            for (const Mailbox& r : m.to + m.cc) {
                const int p = partyOfOrg.value(orgOf(r.address), -1);
                if (p >= 0 && !cm.recipientParties.contains(p))
                    cm.recipientParties.append(p);
            }
        }

        // 6. Threads: references first, then the normalised subject.
        Dsu dsu(n);
        QHash<QString, int> bySubject;
        for (int i = 0; i < n; ++i) {
            const Message& m = a.messages[i].message;
            QStringList refs = m.references;
            if (!m.inReplyTo.isEmpty())
                refs << m.inReplyTo;
            for (const QString& r : std::as_const(refs)) {
                const int j = byKey.value(r.trimmed().toLower(), -1);
                if (j >= 0)
                    dsu.unite(i, j);
            }
            const QString subj = normalizeSubject(m.subject);
            if (subj.size() >= 4) {
                const int j = bySubject.value(subj, -1);
                if (j >= 0)
                    dsu.unite(i, j);
                else
                    bySubject.insert(subj, i);
            }
        }
        for (int i = 0; i < n; ++i)
            a.messages[i].thread = dsu.find(i);

        // 7. Case findings, walking the case in time order with what was seen before.
        QHash<QString, QSet<QString>> addressesOfName; // normalised display name -> addresses
        QHash<QString, QSet<QString>> originsOf; // sender|receiver -> origin orgs and IP prefixes
        QHash<QString, bool> passedBefore; // sender|receiver -> authentication passed before
        QHash<QString, QString> lastFromSender; // sender|receiver -> Message-ID of the last such message
        QHash<int, PaymentDetails::Details> baselinePayment; // party -> first payment details
        QHash<int, QString> baselinePaymentMessage;
        QList<QDate> agreedDates; // payment dates written by the parties so far
        QString agreedDateMessage;

        for (int i = 0; i < n; ++i) {
            CaseMessage& cm = a.messages[i];
            Message& m = cm.message;
            const bool attacker = !cm.attackerReasons.isEmpty();

            // cc_altered: a display name seen before, now with another address.
            for (const QByteArrayView header : { QByteArrayView("To"), QByteArrayView("Cc") }) {
                const QList<Mailbox>& list = header == "To" ? m.to : m.cc;
                for (const Mailbox& mb : list) {
                    const QString name = normName(mb.name);
                    if (name.size() < 3 || mb.address.isEmpty() || name.contains(QLatin1Char('@')))
                        continue;
                    const auto it = addressesOfName.constFind(name);
                    if (it == addressesOfName.cend() || it->contains(lower(mb.address)))
                        continue;
                    const bool freemail = ReferenceData::isFreemail(mb.domain());
                    QStringList earlier = it->values();
                    earlier.sort(); // a set's order differs from one process to the next
                    const QString before = earlier.join(QStringLiteral(", "));
                    addFinding(m,
                        makeFinding(freemail ? QStringLiteral("cc_altered_to_freemail") : QStringLiteral("cc_altered"),
                            freemail ? Severity::High : Severity::Medium, m, header,
                            QStringLiteral("%1 <%2> (earlier: %3)").arg(mb.name, mb.address, before),
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "%1 was written to as %2 earlier in this case; here the same name has the "
                                     "address %3%4. "
                                     "Replies to all would reach someone else."))
                                .arg(mb.name, before, mb.address,
                                    freemail ? Text(QT_TRANSLATE_NOOP("Finding", ", a free-mail address")) : Text())));
                }
            }

            // sender_infrastructure_changed: a known sender from an origin never seen for it.
            const Origin origin = originOf(m);
            const QString senderKey = lower(m.from.address) + QLatin1Char('|') + origin.receiver;
            if (origin.valid && !m.from.address.isEmpty()) {
                const auto seen = originsOf.constFind(senderKey);
                if (seen != originsOf.cend()) {
                    const bool newOrg = origin.org.isEmpty() || !seen->contains(QStringLiteral("org:") + origin.org);
                    const bool newNet
                        = origin.ip.isEmpty() || !seen->contains(QStringLiteral("net:") + ipPrefix(origin.ip));
                    const bool authWorse = passedBefore.value(senderKey) && authFailed(m);
                    if ((newOrg && newNet) || authWorse) {
                        QStringList what; // the evidence, as written in the headers
                        QList<Text> whatText;
                        if (newOrg && newNet) {
                            const QString org = origin.org.isEmpty() ? QStringLiteral("?") : origin.org;
                            what << QStringLiteral("sent from %1 [%2]").arg(org, origin.ip);
                            whatText << Text(QT_TRANSLATE_NOOP("Finding", "sent from %1 [%2]")).arg(org, origin.ip);
                        }
                        if (authWorse) {
                            const QString spf = m.auth.spf.isEmpty() ? QStringLiteral("none") : m.auth.spf;
                            const QString dmarc = m.auth.dmarc.isEmpty() ? QStringLiteral("none") : m.auth.dmarc;
                            what << QStringLiteral("authentication failed where it passed before (spf=%1, dmarc=%2)")
                                        .arg(spf, dmarc);
                            whatText << Text(QT_TRANSLATE_NOOP("Finding",
                                                 "authentication failed where it passed before (spf=%1, dmarc=%2)"))
                                            .arg(spf, dmarc);
                        }
                        QStringList before;
                        for (const QString& v : *seen) {
                            if (v.startsWith(QLatin1String("org:")))
                                before << v.mid(4);
                            else if (v.startsWith(QLatin1String("net:")))
                                before << v.mid(4)
                                        + (v.mid(4).contains(QLatin1Char(':')) ? QStringLiteral("::/64")
                                                                               : QStringLiteral(".0/24"));
                        }
                        before.sort();
                        Finding f = makeFinding(QStringLiteral("sender_infrastructure_changed"), Severity::High, m,
                            "Received", what.join(QStringLiteral("; ")),
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "%1 has written before in this case, always from %2. This message was %3: "
                                     "someone else may be sending in their name."))
                                .arg(m.from.address, before.join(QStringLiteral(", ")), Text::list(whatText)),
                            lastFromSender.value(senderKey));
                        if (!m.received.isEmpty() && m.received.first().headerIndex >= 0) {
                            // Point at the hop where the message entered the receiving side.
                            for (const ReceivedHop& h : m.received) {
                                if (h.trusted && h.headerIndex >= 0 && h.headerIndex < m.headers().size()) {
                                    f.offset = m.headers()[h.headerIndex].offset;
                                    f.length = m.headers()[h.headerIndex].length;
                                    break;
                                }
                            }
                        }
                        addFinding(m, f);
                        if (cm.attackerReasons.isEmpty())
                            cm.attackerReasons << Text(
                                QT_TRANSLATE_NOOP("Finding", "%1 sent from infrastructure never seen for this sender"))
                                                      .arg(m.from.address);
                    }
                }
            }

            // reply_quotes_unsent_message: a reply to a message its claimed sender never sent.
            if (!m.inReplyTo.isEmpty()) {
                const int j = byKey.value(m.inReplyTo.trimmed().toLower(), -1);
                // Only a quoted message that is itself the attacker's counts: mailboxes are often
                // exported in part, so a message missing from a sent folder proves nothing alone.
                if (j >= 0 && j != i && !a.messages[j].attackerReasons.isEmpty()) {
                    const CaseMessage& quoted = a.messages[j];
                    // Who the quoted message claims to be: its address, or (for a look-alike) the
                    // party's person of the same name. We need that person's sent folder.
                    QStringList claimed { lower(quoted.message.from.address) };
                    if (quoted.senderParty >= 0 && quoted.senderParty < a.parties.size()) {
                        const QString qn = normName(quoted.message.from.name);
                        const QMap<QString, QString>& people = a.parties[quoted.senderParty].people;
                        for (auto p = people.cbegin(); p != people.cend(); ++p) {
                            if (!qn.isEmpty() && normName(p.value()) == qn && !claimed.contains(p.key()))
                                claimed << p.key();
                        }
                    }
                    bool haveFolder = false;
                    bool wasSent = false;
                    for (const QString& c : std::as_const(claimed)) {
                        const auto sent = sentBy.constFind(c);
                        if (sent == sentBy.cend())
                            continue;
                        haveFolder = true;
                        wasSent = wasSent || sent->contains(quoted.key);
                    }
                    if (haveFolder && !wasSent) {
                        addFinding(m,
                            makeFinding(QStringLiteral("reply_quotes_unsent_message"), Severity::Low, m, "In-Reply-To",
                                quoted.message.messageId,
                                Text(
                                    QT_TRANSLATE_NOOP("Finding",
                                        "This is a reply to %1 \"from\" %2, but that message is not in %2's sent mail: "
                                        "%2 never sent it. The message being answered was forged."))
                                    .arg(quoted.message.messageId, quoted.message.from.address),
                                quoted.message.messageId));
                    }
                }
            }

            // bank_account_changed / remittance_date_changed against the party's first details.
            const int party = cm.senderParty;
            if (party >= 0) {
                const PaymentDetails::Details d
                    = PaymentDetails::extract(paymentText(m), m.date.isValid() ? m.date.date().year() : 2000);
                const auto base = baselinePayment.constFind(party);
                if (!d.isEmpty()) {
                    if (base == baselinePayment.cend()) {
                        if (!attacker) {
                            baselinePayment.insert(party, d);
                            baselinePaymentMessage.insert(party, m.messageId);
                        }
                    } else {
                        auto differs = [](const QStringList& now, const QStringList& before) {
                            if (now.isEmpty() || before.isEmpty())
                                return false;
                            for (const QString& v : now) {
                                if (before.contains(v))
                                    return false;
                            }
                            return true;
                        };
                        QStringList changed;
                        if (differs(d.accounts, base->accounts))
                            changed << QStringLiteral("account %1 (was %2)")
                                           .arg(d.accounts.join(QStringLiteral("/")),
                                               base->accounts.join(QStringLiteral("/")));
                        if (differs(d.ibans, base->ibans))
                            changed << QStringLiteral("IBAN %1 (was %2)")
                                           .arg(d.ibans.join(QStringLiteral("/")),
                                               base->ibans.join(QStringLiteral("/")));
                        if (differs(d.swifts, base->swifts))
                            changed << QStringLiteral("SWIFT %1 (was %2)")
                                           .arg(d.swifts.join(QStringLiteral("/")),
                                               base->swifts.join(QStringLiteral("/")));
                        if (!changed.isEmpty() && differs(d.banks, base->banks))
                            changed << QStringLiteral("bank %1 (was %2)")
                                           .arg(d.banks.join(QStringLiteral("/")),
                                               base->banks.join(QStringLiteral("/")));
                        if (!changed.isEmpty()) {
                            addFinding(m,
                                makeFinding(QStringLiteral("bank_account_changed"), Severity::High, m, "body",
                                    changed.join(QStringLiteral("; ")),
                                    Text(QT_TRANSLATE_NOOP("Finding",
                                             "The payment details for %1 differ from those given earlier in this case: "
                                             "%2. "
                                             "Confirm by phone with a known contact before paying."))
                                        .arg(a.parties[party].label, changed.join(QStringLiteral("; "))),
                                    baselinePaymentMessage.value(party)));
                        }
                    }
                }
                // A payment date only matters in a message that gives payment instructions.
                const bool instructs = !d.isEmpty() || hasSignal(m, QStringLiteral("payment_change_request"));
                if (!d.dueDates.isEmpty() && instructs && !agreedDates.isEmpty()) {
                    QStringList asked;
                    for (qsizetype k = 0; k < d.dueDates.size(); ++k) {
                        if (!agreedDates.contains(d.dueDates[k]))
                            asked << d.dueDateTexts.value(k);
                    }
                    if (!asked.isEmpty()) {
                        QStringList was;
                        for (const QDate& x : std::as_const(agreedDates))
                            was << x.toString(Qt::ISODate);
                        addFinding(m,
                            makeFinding(QStringLiteral("remittance_date_changed"), Severity::Medium, m, "body",
                                QStringLiteral("%1 (agreed: %2)")
                                    .arg(asked.join(QStringLiteral(", ")), was.join(QStringLiteral(", "))),
                                Text(QT_TRANSLATE_NOOP("Finding",
                                         "The payment date asked for here (%1) differs from the dates given "
                                         "earlier in this case (%2)."))
                                    .arg(asked.join(QStringLiteral(", ")), was.join(QStringLiteral(", "))),
                                agreedDateMessage));
                    }
                }
                if (!attacker) {
                    for (const QDate& x : d.dueDates) {
                        if (!agreedDates.contains(x))
                            agreedDates.append(x);
                    }
                    if (!d.dueDates.isEmpty())
                        agreedDateMessage = m.messageId;
                }
            }

            // thread_interjection: an attacker message inside a thread between the parties.
            if (!cm.attackerReasons.isEmpty()) {
                int previous = -1;
                QSet<int> partiesInThread;
                for (int j = 0; j < i; ++j) {
                    if (a.messages[j].thread == cm.thread && a.messages[j].attackerReasons.isEmpty()) {
                        previous = j;
                        if (a.messages[j].senderParty >= 0)
                            partiesInThread.insert(a.messages[j].senderParty);
                        for (int p : a.messages[j].recipientParties)
                            partiesInThread.insert(p);
                    }
                }
                if (previous >= 0 && partiesInThread.size() >= 2) {
                    const Message& prev = a.messages[previous].message;
                    addFinding(m,
                        makeFinding(QStringLiteral("thread_interjection"), Severity::High, m, "In-Reply-To",
                            QStringLiteral("after %1 (%2)").arg(prev.messageId, prev.subject.left(80)),
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "This message steps into an ongoing conversation between the parties, right after "
                                     "%1's "
                                     "message \"%2\". It is where the attacker joins the thread."))
                                .arg(prev.from.name.isEmpty() ? prev.from.address : prev.from.name,
                                    prev.subject.left(80)),
                            prev.messageId));
                }
            }

            // Learn from this message only when nothing about it is suspicious.
            if (cm.attackerReasons.isEmpty()) {
                for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc) {
                    const QString name = normName(mb.name);
                    if (name.size() >= 3 && !mb.address.isEmpty())
                        addressesOfName[name].insert(lower(mb.address));
                }
                if (origin.valid && !m.from.address.isEmpty()) {
                    QSet<QString>& set = originsOf[senderKey];
                    if (!origin.org.isEmpty())
                        set.insert(QStringLiteral("org:") + origin.org);
                    if (!origin.ip.isEmpty())
                        set.insert(QStringLiteral("net:") + ipPrefix(origin.ip));
                    if (authPassed(m))
                        passedBefore[senderKey] = true;
                    lastFromSender[senderKey] = m.messageId;
                }
            }
        }

        // 8. Actors (the analyst's verdict wins over what was found), and the attacker's lane.
        bool anyAttacker = false;
        for (CaseMessage& cm : a.messages) {
            if (!cm.attackerReasons.isEmpty())
                cm.actorComputed = QStringLiteral("attacker");
            else if (cm.senderParty >= 0)
                cm.actorComputed = QStringLiteral("party");
            else
                cm.actorComputed = QStringLiteral("unknown");
            cm.actor = cm.actorComputed;
            const auto verdict = overrides.constFind(cm.key);
            if (verdict != overrides.cend()
                && (*verdict == QLatin1String("party") || *verdict == QLatin1String("attacker")
                    || *verdict == QLatin1String("unknown"))) {
                cm.actor = *verdict;
                cm.actorOverridden = true;
            }
            anyAttacker = anyAttacker || cm.actor == QLatin1String("attacker");
        }
        if (anyAttacker) {
            Party x;
            x.label = QStringLiteral("X");
            x.name = QStringLiteral("attacker");
            x.role = QStringLiteral("attacker");
            for (const CaseMessage& cm : std::as_const(a.messages)) {
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                const QString d = cm.message.from.domain();
                if (!d.isEmpty() && !x.domains.contains(d) && partyOfOrg.value(orgOf(cm.message.from.address), -1) < 0)
                    x.domains << d;
                x.people.insert(lower(cm.message.from.address), cm.message.from.name);
            }
            a.parties.append(x);
        }

        // 9. The BEC type, with reasons a person can check.
        if (anyAttacker) {
            static const QRegularExpression lawyer(
                QStringLiteral(
                    "\\b(?:lawyer|attorney|law firm|solicitor|legal counsel|barrister|regulator|authority|tax "
                    "office|police)\\b|弁護士|法律事務所|当局|税務署|警察"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression infoRequest(
                QStringLiteral("\\b(?:send|provide|share)\\b[^.\\n]{0,60}\\b(?:list|contact "
                               "details|employee|organi[sz]ation chart|W-2|directory|aging report)\\b|"
                               "(?:一覧|名簿|連絡先|組織図)[^。\\n]{0,30}(?:送|提供|共有)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression executive(
                QStringLiteral("\\b(?:CEO|CFO|COO|president|chairman|managing "
                               "director|executive|confidential|urgent)\\b|社長|代表取締役|会長|役員|極秘|至急"),
                QRegularExpression::CaseInsensitiveOption);
            bool payment = false, lawyerWords = false, infoWords = false, execWords = false, displayTrick = false,
                 genuineAddressPass = false, impersonatesParty = false;
            QString impersonated, pretext;
            for (const CaseMessage& cm : std::as_const(a.messages)) {
                if (cm.actor != QLatin1String("attacker"))
                    continue;
                const Message& m = cm.message;
                const QString text = m.subject + QLatin1Char('\n') + PaymentDetails::ownText(m.bodyText());
                for (const QString& s : { QStringLiteral("bank_account_changed"),
                         QStringLiteral("payment_change_request"), QStringLiteral("remittance_date_changed") })
                    payment = payment || hasSignal(m, s);
                for (const MimePart& p : m.parts) {
                    if (payment || p.extractedText.isEmpty())
                        continue;
                    const PaymentDetails::Details d = PaymentDetails::extract(p.extractedText, 2000);
                    payment = !d.accounts.isEmpty() || !d.ibans.isEmpty();
                }
                lawyerWords = lawyerWords || mentionsAny(text, lawyer);
                infoWords = infoWords || mentionsAny(text, infoRequest);
                execWords = execWords || mentionsAny(text + QLatin1Char(' ') + m.from.name, executive);
                displayTrick = displayTrick || hasSignal(m, QStringLiteral("display_name_address_domain_mismatch"))
                    || hasSignal(m, QStringLiteral("display_name_contains_address"))
                    || hasSignal(m, QStringLiteral("jp_ceo_fraud_pattern"))
                    || hasSignal(m, QStringLiteral("cosmic_lynx_pattern"));
                const int own = partyOfOrg.value(orgOf(m.from.address), -1);
                if (own >= 0 && m.auth.dmarc == QLatin1String("pass")
                    && !hasSignal(m, QStringLiteral("sender_infrastructure_changed")))
                    genuineAddressPass = true;
                if (cm.senderParty >= 0 && cm.senderParty < a.parties.size()) {
                    impersonatesParty = true;
                    if (impersonated.isEmpty())
                        impersonated = a.parties[cm.senderParty].label + QStringLiteral(" (")
                            + a.parties[cm.senderParty].name + QLatin1Char(')');
                    // Executive impersonation targets someone inside the same group: sender and
                    // recipient parties share a company name stem or the mail targets the group's own staff.
                }
                if (pretext.isEmpty())
                    pretext = m.subject.left(80);
            }
            int type = 0;
            if (lawyerWords && !payment) {
                type = 4;
                a.becTypeReasons << Text(
                    QT_TRANSLATE_NOOP("Finding", "the attacker's mail invokes a lawyer or an authority"));
            } else if (genuineAddressPass && payment) {
                type = 3;
                a.becTypeReasons << Text(QT_TRANSLATE_NOOP("Finding",
                    "payment instructions changed from a party's genuine, "
                    "authenticated address: the account may be compromised"));
            } else if (payment && impersonatesParty) {
                type = 1;
                a.becTypeReasons << Text(
                    QT_TRANSLATE_NOOP("Finding", "invoice or payment change impersonating trading partner %1"))
                                        .arg(impersonated);
            } else if (displayTrick || execWords) {
                type = 2;
                a.becTypeReasons << Text(QT_TRANSLATE_NOOP("Finding",
                                             "a person of %1 is impersonated with a display-name trick or executive "
                                             "wording, without an invoice"))
                                        .arg(impersonated.isEmpty()
                                                ? Text(QT_TRANSLATE_NOOP("Finding", "the organisation"))
                                                : Text::value(impersonated));
            } else if (infoWords) {
                type = 5;
                a.becTypeReasons << Text(
                    QT_TRANSLATE_NOOP("Finding", "the attacker asks for internal information, not for money"));
            } else if (impersonatesParty) {
                type = 1;
                a.becTypeReasons << Text(
                    QT_TRANSLATE_NOOP("Finding", "a trading partner %1 is impersonated inside the business thread"))
                                        .arg(impersonated);
            }
            if (type != 0 && !pretext.isEmpty()) {
                a.becTypeReasons << Text(QT_TRANSLATE_NOOP("Finding", "first attacker message: \"%1\"")).arg(pretext);
            }
            a.becTypeSuggested = type;
        }

        // 10. The timeline.
        for (int i = 0; i < n; ++i) {
            const CaseMessage& cm = a.messages[i];
            const Message& m = cm.message;
            TimelineEvent e;
            e.message = i;
            e.messageId = m.messageId;
            e.date = m.date;
            e.from = m.from;
            e.to = m.to + m.cc;
            e.actor = cm.actor;
            if (cm.actor == QLatin1String("attacker"))
                e.partyFrom = QStringLiteral("X");
            else if (cm.senderParty >= 0)
                e.partyFrom = a.parties[cm.senderParty].label;
            else
                e.partyFrom = QStringLiteral("?");
            for (const Mailbox& r : e.to) {
                const int p = partyOfOrg.value(orgOf(r.address), -1);
                const QString label = p >= 0 ? a.parties[p].label : QStringLiteral("?");
                if (!e.partyTo.contains(label))
                    e.partyTo << label;
            }
            for (const Finding& f : m.findings) {
                if (f.severity >= Severity::Low && !e.signals.contains(f.signal))
                    e.signals << f.signal;
            }
            e.summary = m.subject.left(120);
            if (cm.actor == QLatin1String("attacker") && !cm.attackerReasons.isEmpty())
                e.summary += QStringLiteral(" — ") + cm.attackerReasons.first().render(u"en");
            if (i > 0 && m.date.isValid() && a.messages[i - 1].message.date.isValid()) {
                const CaseMessage& prev = a.messages[i - 1];
                e.gapSeconds = prev.message.date.secsTo(m.date);
                const QString who = prev.actor == QLatin1String("attacker") ? QStringLiteral("the attacker's message")
                    : prev.senderParty >= 0 ? a.parties[prev.senderParty].label + QStringLiteral("'s message")
                                            : QStringLiteral("the previous message");
                e.gapText = QStringLiteral("%1 after %2").arg(fmtGap(e.gapSeconds), who);
            }
            a.timeline.append(e);
        }
        return a;
    }

} // namespace CaseAnalyzer

} // namespace MailTriage
