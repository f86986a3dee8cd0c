// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageanalyzer.h"

#include "addressparser.h"
#include "domainutil.h"
#include "htmltext.h"
#include "lookalike.h"
#include "messageparser.h"
#include "referencedata.h"

#include <QByteArrayMatcher>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

// The message-scope analysis. Each check reads the Message (headers as parsed, the receiving
// side's authentication verdicts, the decoded text parts, attachments) and adds findings with a
// severity, plain-language English and Japanese text, a short evidence value and the byte range
// of the header field or body part it comes from. docs/findings.md describes every rule.
//
// Severity policy: medium/high only where the message itself shows deception (an identity that
// does not hold, a failed authentication of the From domain, a look-alike, a disguised file);
// info/low for features with a usual benign explanation (mailing lists, bulk-mail services,
// forwarding, newsletters' tracking pixels, free-mail senders).

namespace MailTriage::MessageAnalyzer {

namespace {

    constexpr int MaxMailboxes = 200; // per address list examined
    constexpr int MaxCandidateDomains = 32;
    constexpr int MaxReferenceDomains = 64;
    constexpr int MaxTextParts = 16;
    constexpr int MaxUrls = 500;
    constexpr int MaxLinkFindings = 5;
    constexpr qsizetype MaxAttachmentScan = qint64(16) << 20;
    constexpr int MaxAttachmentsScanned = 64;
    constexpr qsizetype EvidenceChars = 160;

    // ------------------------------------------------------------------------------------------
    // Small helpers

    QString clip(const QString& s, qsizetype n = EvidenceChars)
    {
        QString t = s.simplified();
        if (t.size() > n)
            t = t.left(n - 1) + QChar(0x2026);
        return t;
    }

    QString quoted(const QString& s)
    {
        return QChar(0x201c) + clip(s) + QChar(0x201d);
    }

    QString orgOf(const QString& host)
    {
        return DomainUtil::registrableDomain(host);
    }

    QString domainOfAddress(const QString& address)
    {
        const qsizetype at = address.lastIndexOf(u'@');
        if (at < 0)
            return {};
        QString d = address.mid(at + 1).trimmed().toLower();
        while (d.endsWith(u'.') || d.endsWith(u'>') || d.endsWith(u']') || d.endsWith(u'"') || d.endsWith(u'\''))
            d.chop(1);
        if (d.startsWith(u'['))
            d.remove(0, 1);
        return d;
    }

    // An address with a domain after its last '@' (a quoted local part such as
    // "delivery@brand.example" without "@domain" behind it is only text, not an address).
    bool hasDomainPart(const QString& address)
    {
        const qsizetype at = address.lastIndexOf(u'@');
        return at > 0 && at + 1 < address.size() && at > address.lastIndexOf(u'"');
    }

    QString localOfAddress(const QString& address)
    {
        const qsizetype at = address.lastIndexOf(u'@');
        return (at < 0 ? address : address.left(at)).toLower();
    }

    // Same organisation: same registrable domain, or the same provider family (gmail/google).
    bool sameOrg(const QString& hostA, const QString& hostB)
    {
        if (hostA.isEmpty() || hostB.isEmpty())
            return false;
        if (DomainUtil::sameOrganisation(hostA, hostB))
            return true;
        const QString ka = DomainUtil::organisationKey(hostA);
        return !ka.isEmpty() && ka == DomainUtil::organisationKey(hostB);
    }

    bool isHttpScheme(QStringView s)
    {
        return s == u"http" || s == u"https";
    }

    struct Url {
        QString scheme; // lower-cased; "http" for bare www. links
        QString userinfo;
        QString host; // lower-cased, no port, no brackets
        QString rest; // path, query and fragment
        bool hasAuthority = false;
    };

    int hexDigit(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    QString percentDecodeAscii(QStringView s)
    {
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == u'%' && i + 2 < s.size()) {
                const int a = hexDigit(s[i + 1]);
                const int b = hexDigit(s[i + 2]);
                if (a >= 0 && b >= 0 && a * 16 + b >= 0x20 && a * 16 + b < 0x7f) {
                    out += QChar(char16_t(a * 16 + b));
                    i += 2;
                    continue;
                }
            }
            out += s[i];
        }
        return out;
    }

    Url splitUrl(QStringView in)
    {
        Url u;
        QStringView s = in.trimmed();
        if (s.size() > 4096)
            s = s.first(4096);
        if (s.startsWith(u"www.", Qt::CaseInsensitive)) {
            u.scheme = QStringLiteral("http");
        } else {
            qsizetype k = 0;
            while (k < s.size() && k < 32 && (s[k].isLetterOrNumber() || s[k] == u'+' || s[k] == u'.' || s[k] == u'-')
                && s[k].unicode() < 0x80)
                ++k;
            if (k == 0 || k >= s.size() || s[k] != u':')
                return u;
            u.scheme = s.first(k).toString().toLower();
            s = s.sliced(k + 1);
            if (!(s.startsWith(u"//") || s.startsWith(u"\\\\") || s.startsWith(u"/\\") || s.startsWith(u"\\/"))) {
                u.rest = s.toString();
                return u;
            }
            s = s.sliced(2);
        }
        u.hasAuthority = true;
        qsizetype end = 0;
        while (end < s.size() && s[end] != u'/' && s[end] != u'?' && s[end] != u'#' && s[end] != u'\\')
            ++end;
        QStringView authority = s.first(end);
        u.rest = s.sliced(end).toString();
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            u.userinfo = authority.first(at).toString();
            authority = authority.sliced(at + 1);
        }
        QString host;
        if (authority.startsWith(u'[')) {
            const qsizetype close = authority.indexOf(u']');
            host = (close < 0 ? authority.sliced(1) : authority.sliced(1, close - 1)).toString();
        } else {
            const qsizetype colon = authority.lastIndexOf(u':');
            host = (colon >= 0 ? authority.first(colon) : authority).toString();
        }
        host = percentDecodeAscii(host).toLower();
        while (host.endsWith(u'.'))
            host.chop(1);
        u.host = host;
        return u;
    }

    // URLs written in plain text: http(s)://... and www.... (at most MaxUrls + 1: the caller trims to MaxUrls and says
    // so).
    QStringList urlsInText(QStringView text)
    {
        QStringList out;
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n && out.size() <= MaxUrls) { // one more than examined: shows the limit was reached
            qsizetype hit = -1;
            for (qsizetype j = i; j < n; ++j) {
                const QChar c = text[j];
                if ((c == u'h' || c == u'H')
                    && (text.sliced(j).startsWith(u"http://", Qt::CaseInsensitive)
                        || text.sliced(j).startsWith(u"https://", Qt::CaseInsensitive))) {
                    hit = j;
                    break;
                }
                if ((c == u'w' || c == u'W') && text.sliced(j).startsWith(u"www.", Qt::CaseInsensitive)
                    && (j == 0 || !text[j - 1].isLetterOrNumber())) {
                    hit = j;
                    break;
                }
            }
            if (hit < 0)
                break;
            qsizetype e = hit;
            while (e < n && !text[e].isSpace() && text[e] != u'<' && text[e] != u'>' && text[e] != u'"'
                && text[e] != u'\'' && text[e] != u'`' && e - hit < 2048)
                ++e;
            QStringView url = text.sliced(hit, e - hit);
            while (!url.isEmpty()
                && (url.back() == u'.' || url.back() == u',' || url.back() == u';' || url.back() == u':'
                    || url.back() == u')' || url.back() == u']' || url.back() == u'!' || url.back() == u'?'))
                url.chop(1);
            if (url.size() > 8)
                out << url.toString();
            i = e;
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Context shared by the checks

    enum class Role { From, Sender, ReplyTo, ReturnPath, Notification, DisplayName, To, Cc };

    int roleRank(Role r)
    {
        switch (r) {
        case Role::To:
        case Role::Cc:
            return 0;
        case Role::From:
        case Role::Sender:
            return 1;
        case Role::ReplyTo:
        case Role::ReturnPath:
        case Role::Notification:
        case Role::DisplayName:
            return 2;
        }
        return 0;
    }

    int pinPreference(Role r)
    {
        switch (r) {
        case Role::From:
            return 0;
        case Role::DisplayName:
            return 1;
        case Role::ReplyTo:
            return 2;
        case Role::Sender:
            return 3;
        case Role::ReturnPath:
            return 4;
        case Role::Notification:
            return 5;
        case Role::Cc:
            return 6;
        case Role::To:
            return 7;
        }
        return 8;
    }

    const char* roleHeader(Role r)
    {
        switch (r) {
        case Role::From:
        case Role::DisplayName:
            return "From";
        case Role::Sender:
            return "Sender";
        case Role::ReplyTo:
            return "Reply-To";
        case Role::ReturnPath:
            return "Return-Path";
        case Role::Notification:
            return "Disposition-Notification-To";
        case Role::To:
            return "To";
        case Role::Cc:
            return "Cc";
        }
        return "From";
    }

    struct AddressUse {
        QString address;
        QString host;
        Role role;
        const HeaderField* field = nullptr;
        QString org; // Lookalike::organisationalDomain(host), filled once
    };

    struct TextPart {
        int partIndex = -1;
        QString text; // plain text (HTML rendered)
        bool html = false;
        bool embedded = false; // inside an attached message: quoted context
        HtmlText::Document doc; // for HTML parts
    };

    struct Ctx {
        explicit Ctx(const Message& msg)
            : m(msg)
        {
        }
        const Message& m;
        QList<Finding> out;
        QStringList limits; // analysis limits this message reached (analyze() records them as defects)
        void limitReached(const QString& note)
        {
            if (!limits.contains(note))
                limits.append(note);
        }

        Mailbox fromMailbox; // the first From mailbox with an address
        QString fromAddress;
        QString fromHost;
        QString fromOrg;
        bool fromFreemail = false;
        QString senderHost;

        bool isList = false; // List-Id / List-Post / Mailing-List
        bool isBulk = false; // List-Unsubscribe, Precedence: bulk/list, Feedback-ID
        QString listPostAddress;
        QString listHost; // List-Post domain, else List-Id domain

        bool hasVerdicts = false;
        bool spfPass = false;
        bool spfFail = false; // fail (not softfail)
        bool spfSoftfail = false;
        QString spfDomain; // the domain SPF was checked for (smtp.mailfrom / envelope-from)
        bool spfAligned = false; // spfDomain is the From organisation
        bool fromAuthFailed = false; // DMARC fail, or SPF fail for the From organisation itself
        bool dmarcPass = false;
        bool dmarcFail = false;
        bool arcPass = false;
        bool alignedDkimPass = false;
        bool anyDkimPass = false;

        QList<AddressUse> addresses; // every mailbox of the sender/recipient headers (bounded)
        QStringList referenceIdHosts; // Message-ID domains of In-Reply-To/References, oldest first
        QList<TextPart> texts;
    };

    const HeaderField* field(const Message& m, const char* name)
    {
        return m.header(QByteArrayView(name));
    }

    void pin(Finding& f, const HeaderField* h, const QString& headerName)
    {
        f.header = headerName;
        if (h && h->offset >= 0) {
            f.offset = h->offset;
            f.length = h->length;
        }
    }

    void pinPart(Finding& f, const Message& m, int partIndex)
    {
        f.header = QStringLiteral("body");
        if (partIndex >= 0 && partIndex < m.parts.size()) {
            const MimePart& p = m.parts[partIndex];
            if (p.bodyOffset >= 0 && p.bodyOffset + p.bodyLength <= m.source.size()) {
                f.offset = p.bodyOffset;
                f.length = p.bodyLength;
            }
        }
    }

    Finding make(const QString& signal, Severity s, const QString& evidence, const Text& text)
    {
        Finding f;
        f.signal = signal;
        f.severity = s;
        f.evidence = clip(evidence, EvidenceChars + 2);
        f.text = text;
        return f;
    }

    // ------------------------------------------------------------------------------------------
    // Preparation

    void collectAddresses(Ctx& c)
    {
        const Message& m = c.m;
        auto add = [&](const QList<Mailbox>& list, Role role, const char* header) {
            const HeaderField* h = field(m, header);
            int n = 0;
            for (const Mailbox& mb : list) {
                if (++n > MaxMailboxes) {
                    c.limitReached(QStringLiteral("analysis limit: only the first %1 addresses of %2 were examined")
                                       .arg(MaxMailboxes)
                                       .arg(QLatin1String(header)));
                    break;
                }
                const QString host = domainOfAddress(mb.address);
                if (host.isEmpty())
                    continue;
                c.addresses.append({ mb.address, host, role, h, {} });
            }
        };
        add(m.fromAll, Role::From, "From");
        if (!m.sender.address.isEmpty())
            add({ m.sender }, Role::Sender, "Sender");
        add(m.replyTo, Role::ReplyTo, "Reply-To");
        if (!m.returnPath.isEmpty()) {
            Mailbox rp;
            rp.address = m.returnPath;
            add({ rp }, Role::ReturnPath, "Return-Path");
        }
        for (const char* name : { "Disposition-Notification-To", "Return-Receipt-To", "X-Confirm-Reading-To" }) {
            const HeaderField* h = field(m, name);
            if (!h)
                continue;
            const AddressParser::Result r = AddressParser::parseList(h->rawValue, {}, 20);
            for (const Mailbox& mb : r.mailboxes) {
                const QString host = domainOfAddress(mb.address);
                if (!host.isEmpty())
                    c.addresses.append({ mb.address, host, Role::Notification, h, {} });
            }
        }
        // Addresses written inside display names ("CEO - ceo@a.co.jp" <x@evil>).
        for (const Mailbox& mb : m.fromAll) {
            for (const QString& a : AddressParser::findAddressesInText(mb.name, 5)) {
                const QString host = domainOfAddress(a);
                if (!host.isEmpty())
                    c.addresses.append({ a, host, Role::DisplayName, field(m, "From"), {} });
            }
        }
        add(m.to, Role::To, "To");
        add(m.cc, Role::Cc, "Cc");
        QHash<QString, QString> orgs;
        for (AddressUse& a : c.addresses) {
            auto it = orgs.constFind(a.host);
            if (it == orgs.constEnd())
                it = orgs.insert(a.host, Lookalike::organisationalDomain(a.host));
            a.org = it.value();
        }

        QStringList ids = m.references;
        if (!m.inReplyTo.isEmpty() && !ids.contains(m.inReplyTo))
            ids.append(m.inReplyTo);
        for (const QString& id : std::as_const(ids)) {
            if (c.referenceIdHosts.size() >= 200)
                break;
            QString host = domainOfAddress(id);
            if (host.isEmpty() || !host.contains(u'.'))
                continue;
            c.referenceIdHosts.append(host);
        }
    }

    bool isDeliveryStatus(const MimePart& p)
    {
        return p.contentType == "message/delivery-status" || p.contentType == "message/disposition-notification"
            || p.contentType == "message/feedback-report";
    }

    void collectTexts(Ctx& c)
    {
        const Message& m = c.m;
        for (int i = 0; i < m.parts.size(); ++i) {
            const MimePart& p = m.parts[i];
            if (!p.children.isEmpty() || p.isAttachment || p.text.isEmpty() || !p.contentType.startsWith("text/")
                || isDeliveryStatus(p))
                continue;
            if (c.texts.size() >= MaxTextParts) {
                c.limitReached(
                    QStringLiteral("analysis limit: only the first %1 text parts were examined").arg(MaxTextParts));
                break;
            }
            if (p.text.size() > MaxBodyChars)
                c.limitReached(
                    QStringLiteral("analysis limit: only the first %1 KiB characters of part %2 were examined")
                        .arg(MaxBodyChars / 1024)
                        .arg(i));
            TextPart t;
            t.partIndex = i;
            for (int a = p.parent; a >= 0 && a < m.parts.size(); a = m.parts[a].parent) {
                if (m.parts[a].isEmbeddedMessage) {
                    t.embedded = true;
                    break;
                }
            }
            const QStringView raw = QStringView(p.text).first(qMin(p.text.size(), MaxBodyChars));
            if (p.contentType == "text/html") {
                t.html = true;
                t.doc = HtmlText::parse(raw);
                t.text = t.doc.text;
                if (t.doc.truncated)
                    c.limitReached(QStringLiteral("analysis limit: the HTML of part %1 has more text, links, images or "
                                                  "forms than are read; the rest was not examined")
                                       .arg(i));
            } else {
                t.text = raw.toString();
            }
            c.texts.append(std::move(t));
        }
    }

    void prepare(Ctx& c)
    {
        const Message& m = c.m;
        // The first From mailbox with an address ("Name" <> followed by a real one is a trick).
        c.fromMailbox = m.from;
        // A quoted "delivery@brand.example" without a domain is passed over for a real address
        // after it; alone it is still read as the address it shows.
        for (const bool strict : { true, false }) {
            bool found = false;
            for (const Mailbox& mb : m.fromAll) {
                if (!mb.address.isEmpty() && (strict ? hasDomainPart(mb.address) : mb.address.contains(u'@'))) {
                    c.fromMailbox = mb;
                    if (c.fromMailbox.name.isEmpty())
                        c.fromMailbox.name = m.from.name;
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        c.fromAddress = c.fromMailbox.address;
        c.fromHost = domainOfAddress(c.fromAddress);
        c.fromOrg = orgOf(c.fromHost);
        c.fromFreemail = !c.fromHost.isEmpty() && ReferenceData::isFreemail(c.fromHost);
        c.senderHost = domainOfAddress(m.sender.address);

        c.isList = field(m, "List-Id") || field(m, "List-Post") || field(m, "Mailing-List")
            || field(m, "X-Mailman-Version") || field(m, "X-BeenThere");
        const HeaderField* prec = field(m, "Precedence");
        const QString precedence = prec ? prec->value.trimmed().toLower() : QString();
        const HeaderField* mailer = field(m, "X-Mailer");
        static const QRegularExpression listManager(
            QStringLiteral("listmanager|lyris|mailman|majordomo|listserv|sympa|ezmlm"),
            QRegularExpression::CaseInsensitiveOption);
        c.isBulk = c.isList || field(m, "List-Unsubscribe") || field(m, "Feedback-ID") || precedence == u"bulk"
            || precedence == u"list" || precedence == u"junk" || (mailer && listManager.match(mailer->value).hasMatch())
            || (!m.returnPath.isEmpty() && localOfAddress(m.returnPath).contains(QStringLiteral("bounce")));
        if (const HeaderField* lp = field(m, "List-Post")) {
            const qsizetype mt = lp->value.indexOf(QStringLiteral("mailto:"), 0, Qt::CaseInsensitive);
            if (mt >= 0) {
                static const QRegularExpression stop(QStringLiteral("[>?,\\s]"));
                QString a = lp->value.mid(mt + 7);
                const qsizetype end = a.indexOf(stop);
                if (end >= 0)
                    a.truncate(end);
                c.listPostAddress = a.trimmed().toLower();
                c.listHost = domainOfAddress(c.listPostAddress);
            }
        }
        if (c.listHost.isEmpty()) {
            if (const HeaderField* li = field(m, "List-Id")) {
                const qsizetype lt = li->value.lastIndexOf(u'<');
                QString id = lt >= 0 ? li->value.mid(lt + 1) : li->value;
                id = id.section(u'>', 0, 0).trimmed().toLower();
                // "valve-users.lists.example.org": the list name is the first label.
                const qsizetype dot = id.indexOf(u'.');
                if (dot > 0)
                    c.listHost = id.mid(dot + 1);
            }
        }

        const AuthSummary& a = m.auth;
        c.hasVerdicts = !a.spf.isEmpty() || !a.dmarc.isEmpty() || !a.dkim.isEmpty() || !a.arc.isEmpty();
        c.spfPass = a.spf == u"pass";
        c.spfFail = a.spf == u"fail" || a.spf == u"hardfail";
        c.spfSoftfail = a.spf == u"softfail";
        c.dmarcPass = a.dmarc == u"pass" || a.dmarc == u"bestguesspass";
        c.dmarcFail = a.dmarc == u"fail";
        c.arcPass = a.arc == u"pass";
        for (const AuthMethodResult& r : a.all) {
            if (r.method == u"spf" && !r.domain.isEmpty()) {
                c.spfDomain = r.domain;
                break;
            }
        }
        if (c.spfDomain.isEmpty()) {
            for (const HeaderField& h : m.headers()) {
                if (!h.is("Received-SPF"))
                    continue;
                static const QRegularExpression env(
                    QStringLiteral("envelope-from=\"?[^\"@;\\s]*@([^\">;\\s]+)|domain of [^\\s@]*@([^\\s)]+)"),
                    QRegularExpression::CaseInsensitiveOption);
                const QRegularExpressionMatch em = env.match(h.value);
                if (em.hasMatch())
                    c.spfDomain = (em.captured(1).isEmpty() ? em.captured(2) : em.captured(1)).toLower();
                break;
            }
        }
        if (c.spfDomain.isEmpty() && !m.returnPath.isEmpty())
            c.spfDomain = domainOfAddress(m.returnPath);
        c.spfAligned = !c.fromHost.isEmpty() && sameOrg(c.spfDomain, c.fromHost);
        c.fromAuthFailed = c.dmarcFail || (c.spfFail && c.spfAligned);
        for (const AuthMethodResult& r : a.dkim) {
            if (r.result != u"pass")
                continue;
            c.anyDkimPass = true;
            if (!c.fromHost.isEmpty() && !r.domain.isEmpty() && sameOrg(r.domain, c.fromHost))
                c.alignedDkimPass = true;
        }
        collectAddresses(c);
        collectTexts(c);
    }

    bool isListAddress(const Ctx& c, const QString& address)
    {
        if (!c.isList)
            return false;
        const QString host = domainOfAddress(address);
        if (!c.listPostAddress.isEmpty() && address.compare(c.listPostAddress, Qt::CaseInsensitive) == 0)
            return true;
        return (!c.listHost.isEmpty() && sameOrg(host, c.listHost))
            || (!c.senderHost.isEmpty() && sameOrg(host, c.senderHost));
    }

    // The Authentication-Results (or Received-SPF) field that holds a verdict, for pinning.
    const HeaderField* verdictField(const Message& m, QStringView method)
    {
        const QList<HeaderField>& h = m.headers();
        if (m.auth.headerIndex >= 0 && m.auth.headerIndex < h.size()) {
            const HeaderField& f = h[m.auth.headerIndex];
            if (f.value.contains(method + u'=', Qt::CaseInsensitive))
                return &f;
        }
        for (const HeaderField& f : h) {
            if ((f.is("Authentication-Results") || f.is("ARC-Authentication-Results"))
                && f.value.contains(method + u'=', Qt::CaseInsensitive))
                return &f;
        }
        if (method == u"spf") {
            for (const HeaderField& f : h) {
                if (f.is("Received-SPF"))
                    return &f;
            }
        }
        return nullptr;
    }

    QString verdictHeaderName(const HeaderField* f)
    {
        return f ? QString::fromLatin1(f->name) : QStringLiteral("Authentication-Results");
    }

    // ------------------------------------------------------------------------------------------
    // Sender identity: Reply-To, Return-Path, DKIM d=

    bool localEmbedsOrg(const QString& local, const QString& org);

    bool isRecipient(const Message& m, const QString& address)
    {
        int n = 0;
        for (const QList<Mailbox>* list : { &m.to, &m.cc }) {
            for (const Mailbox& mb : *list) {
                if (++n > MaxMailboxes)
                    return false;
                if (mb.address.compare(address, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }

    // Role mailboxes that many organisations have (their sameness says nothing about a person).
    bool isRoleLocal(const QString& local)
    {
        static const QStringList roles = { QStringLiteral("info"), QStringLiteral("support"), QStringLiteral("admin"),
            QStringLiteral("sales"), QStringLiteral("contact"), QStringLiteral("office"), QStringLiteral("service"),
            QStringLiteral("billing"), QStringLiteral("accounts"), QStringLiteral("finance"), QStringLiteral("mail"),
            QStringLiteral("noreply"), QStringLiteral("no-reply"), QStringLiteral("help"), QStringLiteral("team"),
            QStringLiteral("hello"), QStringLiteral("news"), QStringLiteral("newsletter"), QStringLiteral("webmaster"),
            QStringLiteral("postmaster"), QStringLiteral("ceo"), QStringLiteral("board"), QStringLiteral("payment"),
            QStringLiteral("payments"), QStringLiteral("invoice"), QStringLiteral("accounting") };
        return roles.contains(local);
    }

    bool isNoReply(const QString& address)
    {
        static const QRegularExpression re(
            QStringLiteral("^(?:no-?reply|do-?not-?reply|donotreply|nobody|noreply[-_.].*|.*[-_.]no-?reply)$"),
            QRegularExpression::CaseInsensitiveOption);
        return re.match(localOfAddress(address)).hasMatch();
    }

    void checkReplyTo(Ctx& c)
    {
        const Message& m = c.m;
        const HeaderField* h = field(m, "Reply-To");
        if (c.fromHost.isEmpty()) {
            // No usable From address at all: only the Reply-To can be answered.
            for (const Mailbox& rt : m.replyTo) {
                if (domainOfAddress(rt.address).isEmpty())
                    continue;
                Finding f = make(QStringLiteral("from_replyto_mismatch"), Severity::Medium,
                    QStringLiteral("Reply-To: %1 / From: %2")
                        .arg(rt.address, m.from.name.isEmpty() ? QStringLiteral("(no address)") : m.from.name),
                    Text(QT_TRANSLATE_NOOP("Finding",
                             "The From header has no usable address, but Reply-To names %1: every reply goes "
                             "there, and nothing shows who really sent the message."))
                        .arg(rt.address));
                pin(f, h, QStringLiteral("Reply-To"));
                c.out.append(f);
                break;
            }
            return;
        }
        int n = 0;
        QSet<QString> seen;
        for (const Mailbox& rt : m.replyTo) {
            if (++n > 20)
                break;
            const QString host = domainOfAddress(rt.address);
            if (host.isEmpty())
                continue;
            // At a free-mail provider the organisation says nothing: compare the accounts.
            const bool rtFree = ReferenceData::isFreemail(host);
            if (sameOrg(host, c.fromHost)
                && !(rtFree && c.fromFreemail && rt.address.compare(c.fromAddress, Qt::CaseInsensitive) != 0))
                continue;
            const QString org = rtFree ? rt.address.toLower() : (orgOf(host).isEmpty() ? host : orgOf(host));
            if (seen.contains(org))
                continue;
            seen.insert(org);
            Severity sev = Severity::Medium;
            const bool sameFreemail = rtFree && c.fromFreemail && sameOrg(host, c.fromHost);
            Text en = sameFreemail
                ? Text(QT_TRANSLATE_NOOP("Finding",
                           "Reply-To (%1) is another free-mail account than From (%2): a reply would go to %1, "
                           "not to the sender."))
                      .arg(rt.address, c.fromAddress)
                : Text(QT_TRANSLATE_NOOP("Finding",
                           "Reply-To (%1) is at another domain than From (%2): a reply would go to %1, not to the "
                           "sender."))
                      .arg(rt.address, c.fromAddress);
            if (isListAddress(c, rt.address)) {
                sev = Severity::Info;
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "Reply-To (%1) is the mailing list's address while From is %2; replies go to the "
                              "list. This is how mailing lists work."))
                         .arg(rt.address, c.fromAddress);
            } else if (!rtFree && localOfAddress(rt.address) == localOfAddress(c.fromAddress)
                && localOfAddress(rt.address).size() >= 4 && !isRoleLocal(localOfAddress(rt.address))) {
                sev = Severity::Low;
                en += Text(QT_TRANSLATE_NOOP("Finding",
                               " Both addresses have the same personal name part (%1): probably the same person's "
                               "other mailbox."))
                          .arg(localOfAddress(rt.address));
            } else if (!rtFree && isNoReply(c.fromAddress)) {
                sev = Severity::Low;
                en += Text(QT_TRANSLATE_NOOP("Finding",
                               " The From address says not to reply (%1), so a separate reply address is expected."))
                          .arg(c.fromAddress);
            } else if (isRecipient(m, rt.address)) {
                sev = Severity::Low;
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "Reply-To (%1) differs from From (%2) but is one of the recipients of this "
                              "message, so replies stay with a known party."))
                         .arg(rt.address, c.fromAddress);
            } else if (!c.senderHost.isEmpty() && sameOrg(host, c.senderHost)) {
                sev = Severity::Low;
                en += Text(
                    QT_TRANSLATE_NOOP("Finding",
                        " The Reply-To domain is that of the Sender header (%1): mail sent on someone's behalf."))
                          .arg(m.sender.address);
            } else if (c.isBulk && !rtFree && (!c.hasVerdicts || c.anyDkimPass || c.dmarcPass)) {
                sev = Severity::Low;
                en += Text(QT_TRANSLATE_NOOP("Finding",
                    " The message is bulk mail (List-Unsubscribe/Precedence); organisations often "
                    "point replies to a help desk."));
            } else {
                if (rtFree && !c.fromFreemail) {
                    sev = Severity::High;
                    en += Text(QT_TRANSLATE_NOOP(
                        "Finding", " The reply address is a free-mail account while the sender's domain is not."));
                }
                const Lookalike::Match lm = Lookalike::compare(host, c.fromHost);
                if (lm.matched() || (rtFree && localEmbedsOrg(localOfAddress(rt.address), c.fromOrg))) {
                    sev = Severity::High;
                    en += Text(QT_TRANSLATE_NOOP("Finding", " The reply address imitates the sender's."));
                }
            }
            Finding f = make(QStringLiteral("from_replyto_mismatch"), sev,
                QStringLiteral("Reply-To: %1 / From: %2").arg(rt.address, c.fromAddress), en);
            pin(f, h, QStringLiteral("Reply-To"));
            c.out.append(f);
        }
    }

    bool looksLikeBounceAddress(const QString& address)
    {
        const QString local = localOfAddress(address);
        const QString host = domainOfAddress(address);
        if (host.contains(QStringLiteral("bounce")) || host.startsWith(QStringLiteral("bnc."))
            || host.startsWith(QStringLiteral("return.")))
            return true;
        static const QRegularExpression re(QStringLiteral(
            "^(?:srs[01][=+-]|prvs=|msprvs\\d*=|btv1==|bnc[+\\-_.]|return[+\\-_.]|mailer-daemon|postmaster)"));
        return local.contains(QStringLiteral("bounce")) || re.match(local).hasMatch()
            || (local.contains(u'=') && (local.contains(u'+') || local.contains(u'-')));
    }

    void checkReturnPath(Ctx& c)
    {
        const Message& m = c.m;
        const QString rp = m.returnPath.trimmed();
        if (rp.isEmpty() || c.fromHost.isEmpty())
            return;
        const QString host = domainOfAddress(rp);
        if (host.isEmpty() || sameOrg(host, c.fromHost))
            return;
        const HeaderField* h = field(m, "Return-Path");
        const QString local = localOfAddress(rp);
        Severity sev = Severity::Low;
        Text en = Text(QT_TRANSLATE_NOOP("Finding",
                           "The envelope sender (Return-Path %1) is unrelated to the From domain (%2): "
                           "bounces and the SPF check go to another organisation."))
                      .arg(rp, c.fromHost);
        Text whyEn;
        const bool rpFree = ReferenceData::isFreemail(host) && !c.fromFreemail;
        const bool imitates
            = Lookalike::compare(host, c.fromHost).matched() || (rpFree && localEmbedsOrg(local, c.fromOrg));
        if (c.isList || isListAddress(c, rp)) {
            sev = Severity::Info;
            whyEn = Text(
                QT_TRANSLATE_NOOP("Finding", " This is mailing-list mail: the list's bounce address is normal."));
        } else if (local.startsWith(QStringLiteral("srs0")) || local.startsWith(QStringLiteral("srs1"))) {
            sev = Severity::Info;
            whyEn = Text(QT_TRANSLATE_NOOP("Finding", " The address is an SRS rewrite: the message was forwarded."));
        } else if (c.dmarcPass || c.alignedDkimPass) {
            sev = Severity::Info;
            whyEn = Text(QT_TRANSLATE_NOOP("Finding",
                " DMARC/DKIM of the From domain passed, so a sending service's bounce address is explained."));
        } else if (imitates) {
            sev = Severity::High;
            whyEn = Text(QT_TRANSLATE_NOOP("Finding", " The envelope sender imitates the From address."));
        } else if (rpFree) {
            sev = Severity::Medium;
            whyEn = Text(QT_TRANSLATE_NOOP(
                "Finding", " The envelope sender is a free-mail account while the From domain is not."));
        } else if (c.dmarcFail || (c.hasVerdicts && !c.anyDkimPass)) {
            sev = Severity::Medium;
            whyEn = c.dmarcFail
                ? Text(QT_TRANSLATE_NOOP("Finding",
                    " DMARC failed for the From domain, so nothing ties the envelope sender to it (the "
                    "pattern of J-CSIP 2020 case 1)."))
                : Text(QT_TRANSLATE_NOOP("Finding",
                    " No DKIM signature and no DMARC pass authenticate the From domain; only the envelope sender's "
                    "domain was checked. The From address may be forged (the pattern of J-CSIP 2020 case 1)."));
        } else if (ReferenceData::isEsp(host) || (!c.senderHost.isEmpty() && sameOrg(host, c.senderHost))) {
            whyEn = Text(QT_TRANSLATE_NOOP("Finding",
                " The domain belongs to a mail service provider or the Sender: usual for mail sent through a "
                "service."));
        } else if (c.isBulk || looksLikeBounceAddress(rp)) {
            whyEn = Text(QT_TRANSLATE_NOOP("Finding", " It looks like a bulk-mail bounce address."));
        } else {
            whyEn = Text(QT_TRANSLATE_NOOP("Finding",
                " No authentication result ties the two domains together; compare with earlier mail from this "
                "sender."));
        }
        Finding f = make(QStringLiteral("returnpath_mismatch"), sev,
            QStringLiteral("Return-Path: %1 / From: %2").arg(rp, c.fromAddress), en + whyEn);
        pin(f, h, QStringLiteral("Return-Path"));
        c.out.append(f);
    }

    void checkDkimDomain(Ctx& c)
    {
        const Message& m = c.m;
        if (c.fromHost.isEmpty())
            return;
        QStringList domains;
        int headerIndex = -1;
        for (const DkimSignature& s : m.dkimSignatures) {
            if (s.domain.isEmpty())
                continue;
            if (!domains.contains(s.domain))
                domains << s.domain;
            if (headerIndex < 0)
                headerIndex = s.headerIndex;
        }
        for (const AuthMethodResult& r : m.auth.dkim) {
            if (!r.domain.isEmpty() && !domains.contains(r.domain))
                domains << r.domain;
        }
        if (domains.isEmpty())
            return;
        for (const QString& d : std::as_const(domains)) {
            if (sameOrg(d, c.fromHost))
                return;
        }
        const QString d = domains.first();
        Severity sev = Severity::Low;
        Text en = Text(
            QT_TRANSLATE_NOOP("Finding",
                "The message is DKIM-signed by %1, not by the From domain %2: the signature vouches for %1 only."))
                      .arg(domains.join(QStringLiteral(", ")), c.fromHost);
        bool esp = false;
        for (const QString& x : std::as_const(domains))
            esp = esp || ReferenceData::isEsp(x);
        if (c.isList || c.dmarcPass || esp || (!c.senderHost.isEmpty() && sameOrg(d, c.senderHost))) {
            sev = Severity::Info;
            en += Text(QT_TRANSLATE_NOOP(
                "Finding", " Usual for mailing lists and mail sending services (DMARC or the service explains it)."));
        } else if (ReferenceData::isFreemail(d) && !c.fromFreemail) {
            sev = Severity::Medium;
            en += Text(QT_TRANSLATE_NOOP(
                "Finding", " It was sent through a free-mail account while claiming another domain."));
        }
        Finding f = make(
            QStringLiteral("dkim_domain_mismatch"), sev, QStringLiteral("d=%1 / From: %2").arg(d, c.fromHost), en);
        const HeaderField* hf
            = (headerIndex >= 0 && headerIndex < m.headers().size()) ? &m.headers()[headerIndex] : nullptr;
        if (hf)
            pin(f, hf, QStringLiteral("DKIM-Signature"));
        else
            pin(f, verdictField(m, u"dkim"), verdictHeaderName(verdictField(m, u"dkim")));
        c.out.append(f);
    }

    // ------------------------------------------------------------------------------------------
    // Authentication verdicts of the receiving side

    // Providers and brands that sign all their mail with DKIM: the large mailbox families and
    // the brand lists (domains, and the organisation names of brand-names.txt of 4+ letters).
    bool signsAllMail(const QString& host)
    {
        const QString key = DomainUtil::organisationKey(host);
        if (key == u"google.com" || key == u"outlook.com" || key == u"yahoo.com" || key == u"apple.com"
            || ReferenceData::isBrand(host))
            return true;
        const QString label = orgOf(host).section(u'.', 0, 0);
        if (label.size() < 4)
            return false;
        for (const ReferenceData::BrandName& b : ReferenceData::brandNames()) {
            if (b.labels.contains(label))
                return true;
        }
        return false;
    }

    void checkAuth(Ctx& c)
    {
        const Message& m = c.m;
        const AuthSummary& a = m.auth;
        const bool forwardedExplained = c.alignedDkimPass || c.dmarcPass || c.arcPass;

        if (c.spfFail || c.spfSoftfail) {
            const HeaderField* h = verdictField(m, u"spf");
            Severity sev = c.spfFail && (c.spfAligned || c.dmarcFail) ? Severity::Medium : Severity::Low;
            const QString dom = c.spfDomain.isEmpty() ? QStringLiteral("?") : c.spfDomain;
            Text en = Text(QT_TRANSLATE_NOOP("Finding",
                               "The receiving server recorded SPF %1 for %2: the sending server is not authorised by "
                               "that domain."))
                          .arg(a.spf, dom);
            if (forwardedExplained || c.isList) {
                sev = Severity::Low;
                en += Text(QT_TRANSLATE_NOOP(
                    "Finding", " DKIM/DMARC/ARC passed or this is list mail, which explains it by forwarding."));
            } else if (sev == Severity::Medium) {
                en += Text(QT_TRANSLATE_NOOP("Finding",
                    " It is the From domain's own policy that rejects the server: the From address is "
                    "probably forged."));
            } else {
                en += Text(QT_TRANSLATE_NOOP("Finding",
                    " The checked domain is not the From domain, or the result is only a soft fail: "
                    "often a forwarding or configuration problem."));
            }
            Finding f = make(QStringLiteral("spf_fail"), sev,
                c.spfDomain.isEmpty() ? QStringLiteral("spf=%1").arg(a.spf)
                                      : QStringLiteral("spf=%1 (%2)").arg(a.spf, c.spfDomain),
                en);
            pin(f, h, verdictHeaderName(h));
            c.out.append(f);
        }

        if (c.dmarcFail) {
            const HeaderField* h = verdictField(m, u"dmarc");
            Severity sev = Severity::High;
            Text en = Text(QT_TRANSLATE_NOOP("Finding",
                               "The receiving server recorded DMARC fail for the From domain %1: neither SPF "
                               "nor DKIM confirms that the mail comes from that domain."))
                          .arg(c.fromHost);
            if (c.isList || c.arcPass) {
                sev = Severity::Low;
                en += Text(QT_TRANSLATE_NOOP("Finding",
                    " The message went through a mailing list or forwarder (List-Id or ARC pass), "
                    "which often breaks DMARC."));
            } else if (c.alignedDkimPass) {
                sev = Severity::Medium;
            } else {
                en += Text(QT_TRANSLATE_NOOP("Finding", " The From address is probably forged."));
            }
            Finding f = make(
                QStringLiteral("dmarc_fail"), sev, QStringLiteral("dmarc=fail header.from=%1").arg(c.fromHost), en);
            pin(f, h, verdictHeaderName(h));
            c.out.append(f);
        }

        // DKIM: only when the receiving side recorded verdicts at all.
        const bool dkimEvaluated = !a.dkim.isEmpty() || !a.dmarc.isEmpty();
        if (dkimEvaluated && !c.alignedDkimPass && !c.dmarcPass && !c.fromHost.isEmpty()) {
            const HeaderField* h = verdictField(m, u"dkim");
            QString failed;
            for (const AuthMethodResult& r : a.dkim) {
                if (r.result != u"pass" && r.result != u"none" && !r.domain.isEmpty() && sameOrg(r.domain, c.fromHost))
                    failed = r.result;
            }
            Severity sev = Severity::Low;
            Text en;
            QString evidence;
            if (!failed.isEmpty()) {
                sev = (c.isList || c.arcPass) ? Severity::Low : Severity::Medium;
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "The DKIM signature of the From domain %1 did not verify (%2): the message was "
                              "changed after signing or the signature is forged."))
                         .arg(c.fromHost, failed);
                evidence = QStringLiteral("dkim=%1 (d=%2)").arg(failed, c.fromHost);
            } else {
                const QString key = DomainUtil::organisationKey(c.fromHost);
                const bool strongSigner = key == u"google.com" || key == u"outlook.com" || key == u"yahoo.com"
                    || key == u"apple.com" || ReferenceData::isBrand(c.fromHost);
                if (c.fromAuthFailed || strongSigner)
                    sev = Severity::Medium;
                if (c.isList || c.arcPass)
                    sev = c.isList ? Severity::Info : Severity::Low;
                en = Text(QT_TRANSLATE_NOOP("Finding", "There is no valid DKIM signature of the From domain %1."))
                         .arg(c.fromHost);
                if (strongSigner) {
                    en += Text(QT_TRANSLATE_NOOP(
                        "Finding", " This provider signs all its mail, so the message did not come from it."));
                } else if (sev == Severity::Medium) {
                    en += Text(QT_TRANSLATE_NOOP("Finding", " With the failed SPF/DMARC nothing confirms the sender."));
                } else {
                    en += Text(QT_TRANSLATE_NOOP("Finding",
                        " Whether this sender normally signs is not known from one message; compare "
                        "with earlier mail from it."));
                }
                QStringList parts;
                for (const AuthMethodResult& r : a.dkim)
                    parts << QStringLiteral("dkim=%1%2")
                                 .arg(r.result,
                                     r.domain.isEmpty() ? QString() : QStringLiteral(" (d=%1)").arg(r.domain));
                evidence = parts.isEmpty() ? QStringLiteral("dkim: no result") : parts.join(QStringLiteral(", "));
            }
            Finding f = make(QStringLiteral("dkim_missing_or_fail"), sev, evidence, en);
            pin(f, h, verdictHeaderName(h));
            c.out.append(f);
        }

        // The Sender field names a mailbox of a brand or large provider at another organisation
        // than From ("newsletter@norton.com on behalf of ..."), and nothing the receiving side
        // recorded authenticates that domain: such senders sign all their mail, so it is forged.
        if (dkimEvaluated && !c.isList && !c.arcPass && !c.senderHost.isEmpty() && hasDomainPart(m.sender.address)
            && (c.fromHost.isEmpty() || !sameOrg(c.senderHost, c.fromHost)) && signsAllMail(c.senderHost)) {
            bool authenticated = (c.spfPass && sameOrg(c.spfDomain, c.senderHost));
            QString result = QStringLiteral("none");
            for (const AuthMethodResult& r : a.dkim) {
                if (r.domain.isEmpty() || !sameOrg(r.domain, c.senderHost))
                    continue;
                if (r.result == u"pass")
                    authenticated = true;
                else
                    result = r.result;
            }
            if (!authenticated) {
                Finding f = make(QStringLiteral("dkim_missing_or_fail"), Severity::Medium,
                    QStringLiteral("Sender: %1; dkim=%2").arg(m.sender.address, result),
                    Text(QT_TRANSLATE_NOOP("Finding",
                             "The Sender field claims the message was sent by %1, but there is no valid DKIM "
                             "signature of %2 (dkim=%3) and SPF did not confirm it either. This sender signs "
                             "all its mail, so the Sender field is forged to borrow its name."))
                        .arg(m.sender.address, c.senderHost, result));
                pin(f, field(m, "Sender"), QStringLiteral("Sender"));
                c.out.append(f);
            }
        }

        // ARC: the summary verdict, else a broken seal of the newest instance.
        QString arcEvidence;
        const HeaderField* arcField = nullptr;
        if (a.arc == u"fail") {
            arcEvidence = QStringLiteral("arc=fail");
            arcField = verdictField(m, u"arc");
        } else if (a.arc.isEmpty()) {
            int best = -1;
            for (const HeaderField& hf : m.headers()) {
                if (!hf.is("ARC-Seal"))
                    continue;
                static const QRegularExpression inst(QStringLiteral("\\bi\\s*=\\s*(\\d+)"));
                const QRegularExpressionMatch im = inst.match(hf.value);
                const int i = im.hasMatch() ? im.captured(1).toInt() : 0;
                if (i > best) {
                    best = i;
                    arcField = &hf;
                }
            }
            static const QRegularExpression cvFail(
                QStringLiteral("\\bcv\\s*=\\s*fail\\b"), QRegularExpression::CaseInsensitiveOption);
            if (arcField && cvFail.match(arcField->value).hasMatch())
                arcEvidence = QStringLiteral("ARC-Seal cv=fail");
            else
                arcField = nullptr;
        }
        if (!arcEvidence.isEmpty()) {
            const Severity sev = c.dmarcFail ? Severity::Medium : Severity::Low;
            Finding f = make(QStringLiteral("arc_fail"), sev, arcEvidence,
                Text(QT_TRANSLATE_NOOP("Finding",
                    "The ARC chain is broken: an intermediary's seal does not verify, so what earlier hops "
                    "saw cannot be trusted.")));
            pin(f, arcField, verdictHeaderName(arcField));
            c.out.append(f);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Display names

    void checkDisplayNames(Ctx& c)
    {
        const Message& m = c.m;
        struct Item {
            const Mailbox* mb;
            const char* header;
        };
        QList<Item> items;
        for (const Mailbox& mb : m.fromAll)
            items.append({ &mb, "From" });
        if (m.fromAll.isEmpty() && !m.from.name.isEmpty())
            items.append({ &m.from, "From" }); // a From with a name (or comment) only
        if (!m.sender.isEmpty())
            items.append({ &m.sender, "Sender" });
        for (const Mailbox& mb : m.replyTo)
            items.append({ &mb, "Reply-To" });
        int done = 0;
        for (const Item& it : std::as_const(items)) {
            if (done >= 4)
                break;
            Mailbox mb = *it.mb;
            const bool isFrom = QByteArrayView(it.header) == "From";
            // "delivery@brand.example" written as a quoted local part without a domain: text.
            if (isFrom && !mb.address.isEmpty() && !hasDomainPart(mb.address) && hasDomainPart(c.fromAddress)) {
                QString shown = mb.address;
                shown.remove(u'"');
                mb.name = mb.name.isEmpty() ? shown : mb.name + u' ' + shown;
                mb.address.clear();
            }
            // "delivery@brand.example" <> followed by the real mailbox: the name stands for it.
            // Without any From address the Sender is the mailbox that sent it (RFC 5322 3.6.2).
            bool noRealFrom = false;
            if (mb.address.isEmpty() && isFrom) {
                mb.address = c.fromAddress;
                if (mb.address.isEmpty() && hasDomainPart(m.sender.address))
                    mb.address = m.sender.address;
                noRealFrom = c.fromAddress.isEmpty();
            }
            if (mb.name.isEmpty() || (mb.address.isEmpty() && !noRealFrom))
                continue;
            const QStringList inName = AddressParser::findAddressesInText(mb.name, 5);
            const bool mailto = mb.name.contains(QStringLiteral("mailto:"), Qt::CaseInsensitive);
            if (inName.isEmpty())
                continue;
            ++done;
            const QString embedded = inName.first();
            const QString eHost = domainOfAddress(embedded);
            const QString realHost = domainOfAddress(mb.address);
            const bool same = embedded.compare(mb.address, Qt::CaseInsensitive) == 0;
            const bool sameOrganisation = sameOrg(eHost, realHost);
            const HeaderField* h = field(m, it.header);
            const QString headerName = QString::fromLatin1(it.header);
            const bool listRewrite = c.isList && isListAddress(c, mb.address);

            Severity sev = Severity::Medium;
            Text en = Text(QT_TRANSLATE_NOOP("Finding",
                               "The display name of %1 contains an e-mail address (%2) while the real address "
                               "is %3: mail programs that show only the name show the wrong address."))
                          .arg(headerName, embedded, mb.address);
            if (same) {
                sev = Severity::Info;
                en = Text(
                    QT_TRANSLATE_NOOP("Finding", "The display name of %1 repeats its own address (%2); harmless."))
                         .arg(headerName, mb.address);
            } else if (sameOrganisation) {
                sev = Severity::Low;
            } else if (listRewrite) {
                sev = Severity::Low;
                en += Text(
                    QT_TRANSLATE_NOOP("Finding", " The real address is the mailing list's, which rewrites senders."));
            } else if (mailto) {
                sev = Severity::High;
                en += Text(
                    QT_TRANSLATE_NOOP("Finding", " The name imitates a mail client's \"[mailto:...]\" rendering."));
            }
            if (noRealFrom && mb.address.isEmpty()) {
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "The From field has no real address: the only address it shows (%1) is text in "
                              "its name or comment, which no server checks (DMARC cannot apply to it)."))
                         .arg(embedded);
            } else if (noRealFrom && !same) {
                en += Text(QT_TRANSLATE_NOOP("Finding",
                               " The From field itself has no address; the message names the Sender %1 as the "
                               "mailbox that sent it."))
                          .arg(mb.address);
            }
            Finding f = make(QStringLiteral("display_name_contains_address"), sev, mb.name, en);
            pin(f, h, headerName);
            c.out.append(f);

            if (!same && !sameOrganisation && !eHost.isEmpty() && !realHost.isEmpty()) {
                const Severity sev2 = listRewrite ? Severity::Low : Severity::High;
                Finding g = make(QStringLiteral("display_name_address_domain_mismatch"), sev2,
                    QStringLiteral("%1 <%2>").arg(mb.name, mb.address),
                    Text(QT_TRANSLATE_NOOP("Finding",
                             "The address shown in the display name (%1) belongs to another domain than the real "
                             "sender address (%2): the name claims an identity the message does not come from."))
                        .arg(embedded, mb.address));
                pin(g, h, headerName);
                c.out.append(g);
            }
        }
    }

    // A word that mixes Latin letters with Cyrillic or Greek ones ("Раypal", "Sеcurity").
    // Returns 0 when there is none, 1 for a mixed word that still reads as another script (a
    // typing slip such as a Russian name with one Latin letter), 2 for a word written in
    // look-alike letters (its TR39 skeleton is plain ASCII: a disguised Latin word).
    int mixedScriptWord(QStringView text, QString* word)
    {
        int best = 0;
        qsizetype start = 0;
        const qsizetype n = std::min<qsizetype>(text.size(), 1024);
        for (qsizetype i = 0; i <= n; ++i) {
            if (i < n && text[i].isLetter())
                continue;
            bool latin = false;
            bool other = false;
            for (qsizetype k = start; k < i; ++k) {
                const QChar::Script sc = text[k].script();
                latin = latin || sc == QChar::Script_Latin;
                other = other || sc == QChar::Script_Cyrillic || sc == QChar::Script_Greek
                    || sc == QChar::Script_Armenian || sc == QChar::Script_Cherokee;
            }
            if (other && i - start >= 2) {
                const QString w = text.sliced(start, i - start).toString();
                const QString sk = Lookalike::skeleton(w);
                bool ascii = !sk.isEmpty();
                for (QChar ch : sk)
                    ascii = ascii && ch.unicode() < 0x80;
                const int level = latin ? (ascii ? 2 : 1) : 0;
                if (level > best) {
                    best = level;
                    if (word)
                        *word = w;
                }
            }
            start = i + 1;
        }
        return best;
    }

    // Invisible characters between letters ("E͏V͏R͏i͏", variation selectors, zero-width spaces):
    // text that reads normally but does not match any filter.
    bool hasInvisibleInWord(QStringView text)
    {
        const qsizetype n = std::min<qsizetype>(text.size(), 1024);
        for (qsizetype i = 1; i + 1 < n; ++i) {
            const char16_t u = text[i].unicode();
            const bool invisible = u == 0x034f || u == 0x00ad || (u >= 0x200b && u <= 0x200d) || u == 0x2060
                || (u >= 0xfe00 && u <= 0xfe0f) || u == 0xfeff
                || (u == 0xdb40 && i + 1 < n && text[i + 1].unicode() >= 0xdd00 && text[i + 1].unicode() <= 0xddef);
            if (invisible && text[i - 1].isLetter())
                return true;
        }
        return false;
    }

    // Finds @p needle in @p hay as a whole word (ASCII letters and digits around it do not count
    // as a boundary); CJK needles as plain substrings.
    bool containsWord(const QString& hay, const QString& needle, Qt::CaseSensitivity cs)
    {
        if (needle.isEmpty())
            return false;
        const bool cjk = needle.front().unicode() >= 0x3000;
        qsizetype from = 0;
        while (from < hay.size()) {
            const qsizetype at = hay.indexOf(needle, from, cs);
            if (at < 0)
                return false;
            if (cjk)
                return true;
            const qsizetype end = at + needle.size();
            const bool startOk = at == 0 || !hay[at - 1].isLetterOrNumber();
            const bool endOk = end >= hay.size() || !hay[end].isLetterOrNumber();
            if (startOk && endOk)
                return true;
            from = at + 1;
        }
        return false;
    }

    // Display names that claim a brand or authority the address does not belong to, or that are
    // written with look-alike letters of another script.
    void checkDisplayNameImpersonation(Ctx& c)
    {
        const Message& m = c.m;
        const Mailbox& mb = c.fromMailbox;
        if (mb.name.isEmpty() || c.fromHost.isEmpty())
            return;
        const QString name = mb.name.left(256);
        const QString label = c.fromOrg.section(u'.', 0, 0);
        const QString lower = name.toLower();
        const QString skel = Lookalike::skeleton(lower);
        QString mixedWord;
        const int mixedLevel = mixedScriptWord(name, &mixedWord);
        const bool mixed = mixedLevel > 0;
        const bool invisible = hasInvisibleInWord(name);
        const ReferenceData::BrandName* hit = nullptr;
        bool viaLookalike = false;
        for (const ReferenceData::BrandName& b : ReferenceData::brandNames()) {
            if (b.labels.contains(label))
                continue;
            if (containsWord(
                    b.caseSensitive ? name : lower, b.caseSensitive ? b.name : b.name.toLower(), Qt::CaseSensitive)) {
                hit = &b;
                break;
            }
            if (mixed && !b.caseSensitive) {
                const QString bs = Lookalike::skeleton(b.name.toLower());
                if (!bs.isEmpty() && containsWord(skel, bs, Qt::CaseSensitive)) {
                    hit = &b;
                    viaLookalike = true;
                    break;
                }
            }
        }
        if (!hit && !mixed && !invisible)
            return;
        Severity sev = Severity::Medium;
        Text en;
        if (hit) {
            en = Text(QT_TRANSLATE_NOOP(
                          "Finding", "The display name \"%1\" names %2, but the address %3 does not belong to it."))
                     .arg(clip(name, 80), hit->name, mb.address);
            if (viaLookalike || mixed || invisible) {
                sev = Severity::High;
                en += invisible ? Text(QT_TRANSLATE_NOOP(
                          "Finding", " Invisible characters are inserted between its letters to evade filters."))
                                : Text(QT_TRANSLATE_NOOP("Finding",
                                           " The name is written with look-alike letters of another script (%1)."))
                                      .arg(mixedWord);
            } else if (c.fromFreemail || c.fromAuthFailed) {
                sev = Severity::High;
                en += c.fromFreemail ? Text(QT_TRANSLATE_NOOP("Finding", " It is a free-mail address."))
                                     : Text(QT_TRANSLATE_NOOP("Finding", " The sender's authentication failed."));
            }
        } else if (invisible) {
            en = Text(QT_TRANSLATE_NOOP("Finding",
                          "The display name \"%1\" has invisible characters between its letters: it reads "
                          "normally but matches no filter, a trick of phishing mail."))
                     .arg(clip(name, 80));
        } else if (mixedLevel == 2) {
            en = Text(QT_TRANSLATE_NOOP("Finding",
                          "The display name \"%1\" writes a Latin-looking word with letters of another script "
                          "(%2), a trick to pass filters and to imitate a name."))
                     .arg(clip(name, 80), mixedWord);
        } else {
            sev = Severity::Low;
            en = Text(QT_TRANSLATE_NOOP("Finding",
                          "The display name \"%1\" mixes Latin letters with another script in one word (%2); "
                          "often a typing slip, sometimes a trick to pass filters."))
                     .arg(clip(name, 80), mixedWord);
        }
        if (c.isList && isListAddress(c, mb.address))
            sev = Severity::Low;
        Finding f = make(
            QStringLiteral("display_name_impersonation"), sev, QStringLiteral("%1 <%2>").arg(name, mb.address), en);
        pin(f, field(m, "From"), QStringLiteral("From"));
        c.out.append(f);
    }

    // ------------------------------------------------------------------------------------------
    // Free mail, look-alikes

    bool isBoundary(QChar ch)
    {
        return ch == u'.' || ch == u'_' || ch == u'-' || ch == u'+' || ch == u'=';
    }

    // How clearly @p local embeds the name label of @p org ("kumoyuki-fs"): 0 not at all; 1 as a
    // word of its own ("acme.sales"); 2 unmistakably: a hyphenated label or one followed by a
    // domain ending ("haruka.kumoyuki-fs.jp", "bob.acme.co.jp", "bob.acme-com").
    int embedStrength(const QString& local, const QString& org)
    {
        if (org.isEmpty())
            return 0;
        const QString label = org.section(u'.', 0, 0);
        if (label.size() < 4)
            return 0;
        static const QRegularExpression tldAfter(
            QStringLiteral("^[.\\-_](?:co|com|ne|net|or|org|jp|go|ac|biz|info|[a-z]{2})(?:$|[.\\-_+])"));
        int best = 0;
        qsizetype from = 0;
        while (from < local.size()) {
            const qsizetype at = local.indexOf(label, from);
            if (at < 0)
                break;
            const qsizetype end = at + label.size();
            const bool startOk = at == 0 || isBoundary(local[at - 1]);
            const bool endOk = end == local.size() || isBoundary(local[end]);
            if (startOk && endOk) {
                int strength = 1;
                if (label.contains(u'-') || tldAfter.match(QStringView(local).sliced(end)).hasMatch())
                    strength = 2;
                best = std::max(best, strength);
            }
            from = at + 1;
        }
        return best;
    }

    bool localEmbedsOrg(const QString& local, const QString& org)
    {
        return embedStrength(local, org) > 0;
    }

    void checkFreemail(Ctx& c)
    {
        const Message& m = c.m;
        if (c.fromFreemail) {
            Finding f = make(QStringLiteral("freemail_sender"), Severity::Info, c.fromAddress,
                Text(QT_TRANSLATE_NOOP("Finding",
                         "The sender uses a free-mail address (%1). Normal for private persons and some small "
                         "businesses; check it is the address you know for this person."))
                    .arg(c.fromAddress));
            pin(f, field(m, "From"), QStringLiteral("From"));
            c.out.append(f);
        } else {
            for (const Mailbox& rt : m.replyTo) {
                if (ReferenceData::isFreemail(domainOfAddress(rt.address))) {
                    Finding f = make(QStringLiteral("freemail_sender"), Severity::Info, rt.address,
                        Text(QT_TRANSLATE_NOOP("Finding", "The reply address is a free-mail address (%1)."))
                            .arg(rt.address));
                    pin(f, field(m, "Reply-To"), QStringLiteral("Reply-To"));
                    c.out.append(f);
                    break;
                }
            }
        }

        // Free-mail addresses whose local part embeds a party's domain name.
        QStringList partyOrgs;
        auto addParty = [&](const QString& host) {
            const QString org = orgOf(host);
            if (org.isEmpty() || partyOrgs.contains(org) || partyOrgs.size() >= MaxReferenceDomains)
                return;
            if (ReferenceData::isFreemail(org) || ReferenceData::isEsp(org))
                return;
            partyOrgs << org;
        };
        for (const AddressUse& a : std::as_const(c.addresses))
            addParty(a.host);
        for (const QString& h : std::as_const(c.referenceIdHosts))
            addParty(h);

        QSet<QString> reported;
        for (const AddressUse& a : std::as_const(c.addresses)) {
            if (a.role == Role::DisplayName || !ReferenceData::isFreemail(a.host))
                continue;
            const QString addrKey = a.address.toLower();
            if (reported.contains(addrKey) || reported.size() >= 8)
                continue;
            const QString local = localOfAddress(a.address);
            QString party;
            int strength = 0;
            for (const QString& org : std::as_const(partyOrgs)) {
                const int st = embedStrength(local, org);
                if (st > strength) {
                    party = org;
                    strength = st;
                }
            }
            Severity sev;
            Text en;
            // Mail from someone's private account to their own work address ("ogawa.acme@freemail"
            // to ogawa@acme.example) imitates nobody.
            bool toSelf = false;
            if (!party.isEmpty()) {
                for (const AddressUse& r : std::as_const(c.addresses)) {
                    if ((r.role == Role::To || r.role == Role::Cc) && orgOf(r.host) == party) {
                        const QString rl = localOfAddress(r.address);
                        if (rl.size() >= 3 && local.contains(rl))
                            toSelf = true;
                    }
                }
            }
            if (!party.isEmpty()) {
                sev = strength < 2 || toSelf ? Severity::Low
                                             : (roleRank(a.role) >= 1 ? Severity::High : Severity::Medium);
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "The free-mail address %1 (%2) carries the name of %3, a party of this message: it "
                              "imitates an address of that organisation."))
                         .arg(a.address, QString::fromLatin1(roleHeader(a.role)), party);
                if (toSelf) {
                    en += Text(QT_TRANSLATE_NOOP("Finding",
                        " It is written to the same person's address at that organisation, which "
                        "suggests the person's own private account."));
                }
            } else {
                // A domain-like tail without a matching party: "alice.a-company.jp@freemail".
                static const QRegularExpression tail(
                    QStringLiteral("[._]([a-z0-9][a-z0-9-]{3,}(?:\\.[a-z]{2,6}){1,2})$"));
                const QRegularExpressionMatch tm = tail.match(local);
                if (!tm.hasMatch())
                    continue;
                const QString dom = tm.captured(1);
                const QString org = orgOf(dom);
                if (org.isEmpty() || org != dom || !dom.section(u'.', 0, 0).contains(u'-'))
                    continue;
                sev = Severity::Low;
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "The free-mail address %1 ends in a company-like domain name (%2); such addresses "
                              "imitate company mail (alice.a-company.jp@freemail)."))
                         .arg(a.address, dom);
            }
            reported.insert(addrKey);
            Finding f = make(QStringLiteral("freemail_lookalike_of_known_party"), sev, a.address, en);
            pin(f, a.field, QString::fromLatin1(roleHeader(a.role)));
            c.out.append(f);
        }
    }

    // Brand names used as one word of another domain ("abuse-twitter.com", "paypal-secure.net",
    // "paypal.account-verify.example"): combosquatting. Only distinctive brand labels count, and
    // the brand's own hyphenated domains (paypal-community.com) are listed in brand-names.txt.
    struct ComboBrand {
        QString label;
        QStringList legit;
    };

    const QList<ComboBrand>& comboBrands()
    {
        static const QList<ComboBrand> list = [] {
            static const QStringList generic
                = { QStringLiteral("office"), QStringLiteral("outlook"), QStringLiteral("orange"),
                      QStringLiteral("saison"), QStringLiteral("sagawa"), QStringLiteral("yamato") };
            QList<ComboBrand> l;
            QSet<QString> seen;
            for (const ReferenceData::BrandName& b : ReferenceData::brandNames()) {
                for (const QString& label : b.labels) {
                    if (label.size() < 5 || label.contains(u'-') || generic.contains(label) || seen.contains(label))
                        continue;
                    seen.insert(label);
                    l.append({ label, b.labels });
                }
            }
            return l;
        }();
        return list;
    }

    // The brand label a host uses as one of its words, or empty.
    QString comboBrandOf(const QString& host)
    {
        const QString reg = DomainUtil::registrableDomain(host);
        if (reg.isEmpty() || ReferenceData::isBrand(host) || ReferenceData::isEsp(host))
            return {};
        const QString name = reg.section(u'.', 0, 0);
        QStringList words = name.split(u'-', Qt::SkipEmptyParts);
        const QString sub = host.size() > reg.size() ? host.left(host.size() - reg.size() - 1) : QString();
        const QStringList subLabels = sub.split(u'.', Qt::SkipEmptyParts);
        if (words.size() < 2 && subLabels.isEmpty())
            return {};
        if (words.size() < 2)
            words.clear();
        words += subLabels;
        for (const ComboBrand& cb : comboBrands()) {
            if (words.contains(cb.label) && !cb.legit.contains(name))
                return cb.label;
        }
        return {};
    }

    struct PreparedBrand {
        QString domain;
        Lookalike::Domain prepared;
    };

    const QList<PreparedBrand>& preparedBrands()
    {
        static const QList<PreparedBrand> list = [] {
            QList<PreparedBrand> l;
            for (const QString& b : ReferenceData::brandDomains())
                l.append({ b, Lookalike::prepare(b) });
            return l;
        }();
        return list;
    }

    void checkLookalikes(Ctx& c)
    {
        struct Ref {
            Lookalike::Domain prepared;
            QString host;
            QString org;
            int rank = -1; // role rank of an address reference; -1: References only; 3: brand
            int firstIdIndex = -1; // first index in References / In-Reply-To
        };
        QList<Ref> refs;
        auto refIndex = [&](const QString& org) {
            for (int i = 0; i < refs.size(); ++i) {
                if (refs[i].org == org)
                    return i;
            }
            return -1;
        };
        for (const AddressUse& a : std::as_const(c.addresses)) {
            const QString& org = a.org;
            if (org.isEmpty())
                continue;
            const int i = refIndex(org);
            if (i >= 0) {
                refs[i].rank = std::max(refs[i].rank, roleRank(a.role));
            } else if (refs.size() < MaxReferenceDomains) {
                refs.append({ Lookalike::prepare(a.host), a.host, org, roleRank(a.role), -1 });
            }
        }
        for (int k = 0; k < c.referenceIdHosts.size(); ++k) {
            const QString& h = c.referenceIdHosts[k];
            const QString org = Lookalike::organisationalDomain(h);
            if (org.isEmpty())
                continue;
            const int i = refIndex(org);
            if (i >= 0) {
                if (refs[i].firstIdIndex < 0)
                    refs[i].firstIdIndex = k;
            } else if (refs.size() < MaxReferenceDomains) {
                refs.append({ Lookalike::prepare(h), h, org, -1, k });
            }
        }

        auto refRankOf = [&](const QString& org) {
            const int i = refIndex(org);
            return i >= 0 ? refs[i].rank : -1;
        };
        QSet<QString> doneOrgs;
        int candidates = 0;
        for (const AddressUse& a : std::as_const(c.addresses)) {
            const QString& corg = a.org;
            if (corg.isEmpty() || doneOrgs.contains(corg))
                continue;
            if (++candidates > MaxCandidateDomains)
                break;
            doneOrgs.insert(corg);
            if (ReferenceData::isFreemail(a.host) || ReferenceData::isBrand(a.host) || ReferenceData::isEsp(a.host))
                continue;
            const int crank = roleRank(a.role);
            // The strongest role this organisation plays in the message, and the header to pin
            // (From first: that is where a reader sees it).
            int bestRank = crank;
            Role bestRole = a.role;
            const HeaderField* bestField = a.field;
            bool displayName = a.role == Role::DisplayName;
            for (const AddressUse& b : std::as_const(c.addresses)) {
                if (b.org != corg)
                    continue;
                bestRank = std::max(bestRank, roleRank(b.role));
                displayName = displayName || b.role == Role::DisplayName;
                if (pinPreference(b.role) < pinPreference(bestRole)) {
                    bestRole = b.role;
                    bestField = b.field;
                }
            }
            const int ci = refIndex(corg);
            const int candidateIdIndex = ci >= 0 ? refs[ci].firstIdIndex : -1;
            const Lookalike::Domain cand = Lookalike::prepare(a.host);

            Lookalike::Match best;
            QString bestRef;
            bool bestBrand = false;
            for (const Ref& r : std::as_const(refs)) {
                if (r.org == corg)
                    continue;
                Lookalike::Options o;
                o.relatedName = displayName;
                const Lookalike::Match lm = Lookalike::compare(cand, r.prepared, o);
                if (!lm.matched() || lm.direction < 0)
                    continue;
                if (lm.direction == 0) {
                    if (r.rank < 0) {
                        // Only seen in References: the older one is the established one.
                        if (candidateIdIndex >= 0 && candidateIdIndex <= r.firstIdIndex)
                            continue;
                    } else if (bestRank <= r.rank) {
                        continue; // both sides equally placed: cannot tell which imitates which
                    }
                }
                if (bestRank == 0 && lm.direction <= 0)
                    continue;
                best = lm;
                bestRef = r.org;
                break;
            }
            if (!best.matched() && bestRank >= 1) {
                Lookalike::Options o;
                o.tldSwap = false;
                for (const PreparedBrand& brand : preparedBrands()) {
                    const Lookalike::Match lm = Lookalike::compare(cand, brand.prepared, o);
                    if (lm.matched() && lm.direction >= 0) {
                        best = lm;
                        bestRef = brand.domain;
                        bestBrand = true;
                        break;
                    }
                }
            }
            if (!best.matched()) {
                const QString combo = bestRank >= 1 ? comboBrandOf(a.host) : QString();
                if (combo.isEmpty())
                    continue;
                const QString header = QString::fromLatin1(roleHeader(bestRole));
                Finding f = make(QStringLiteral("lookalike_domain"), Severity::Medium,
                    QStringLiteral("%1 ~ %2").arg(corg, combo),
                    Text(QT_TRANSLATE_NOOP("Finding",
                             "The domain %1 (%2) is the brand name \"%3\" with added words, a domain that does "
                             "not belong to the brand (combosquatting)."))
                        .arg(corg, header, combo));
                pin(f, bestField, header);
                c.out.append(f);
                continue;
            }
            const bool strongTrick = best.tricks.testFlag(Lookalike::Trick::Confusable)
                || best.tricks.testFlag(Lookalike::Trick::CharSwap)
                || best.tricks.testFlag(Lookalike::Trick::SuffixMoved)
                || best.tricks.testFlag(Lookalike::Trick::Punycode);
            Severity sev = Severity::Medium;
            if (bestRank >= 1 && strongTrick)
                sev = Severity::High;
            // The same name under another ending between addresses of this message is often one
            // organisation's national domains; it counts when the thread or a display name says so.
            const bool tldOnly = best.tricks == Lookalike::Tricks(Lookalike::Trick::TldSwap);
            if (tldOnly && !bestBrand && !displayName && refRankOf(bestRef) >= 0)
                sev = Severity::Low;
            const Text header = bestRole == Role::DisplayName ? Text(QT_TRANSLATE_NOOP("Finding", "From display name"))
                                                              : Text::value(QString::fromLatin1(roleHeader(bestRole)));
            const Text who = bestBrand
                ? Text(QT_TRANSLATE_NOOP("Finding", "the well-known domain %1")).arg(bestRef)
                : Text(QT_TRANSLATE_NOOP("Finding", "%1, a domain seen in this message")).arg(bestRef);
            Finding f = make(QStringLiteral("lookalike_domain"), sev,
                QStringLiteral("%1 ≈ %2").arg(best.candidate, best.reference),
                Text(QT_TRANSLATE_NOOP("Finding", "The domain %1 (%2) imitates %3: %4."))
                    .arg(best.candidate, header, who, Lookalike::describe(best)));
            pin(f, bestField, QString::fromLatin1(roleHeader(bestRole)));
            c.out.append(f);
        }
    }

    void checkNotificationHeaders(Ctx& c)
    {
        if (c.fromHost.isEmpty())
            return;
        QSet<QString> seen;
        for (const AddressUse& a : std::as_const(c.addresses)) {
            if (a.role != Role::Notification || sameOrg(a.host, c.fromHost))
                continue;
            const QString key = a.address.toLower();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const QString header
                = a.field ? QString::fromLatin1(a.field->name) : QStringLiteral("Disposition-Notification-To");
            Severity sev = Severity::Medium;
            Text en = Text(QT_TRANSLATE_NOOP("Finding",
                               "%1 asks for a delivery/read notification to %2, outside the sender's domain %3: the "
                               "notice would tell a third party when the message arrived or was opened."))
                          .arg(header, a.address, c.fromHost);
            if (ReferenceData::isFreemail(a.host) && !c.fromFreemail) {
                sev = Severity::High;
                en += Text(QT_TRANSLATE_NOOP("Finding", " It is a free-mail address."));
            } else if (c.isBulk || (!c.senderHost.isEmpty() && sameOrg(a.host, c.senderHost))) {
                sev = Severity::Low;
            }
            Finding f = make(QStringLiteral("notification_headers_to_foreign_address"), sev,
                QStringLiteral("%1: %2").arg(header, a.address), en);
            pin(f, a.field, header);
            c.out.append(f);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Campaign naming patterns

    QStringList wordsOf(const QString& s)
    {
        static const QRegularExpression split(QStringLiteral("[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])"));
        QStringList out = s.toLower().split(split, Qt::SkipEmptyParts);
        if (out.size() > 64)
            out.resize(64);
        return out;
    }

    bool anyOf(const QStringList& words, std::initializer_list<const char16_t*> set)
    {
        for (const QString& w : words) {
            for (const char16_t* s : set) {
                if (w == QStringView(s))
                    return true;
            }
        }
        return false;
    }

    int countOf(const QStringList& words, std::initializer_list<const char16_t*> set)
    {
        int n = 0;
        for (const QString& w : words) {
            for (const char16_t* s : set) {
                if (w == QStringView(s)) {
                    ++n;
                    break;
                }
            }
        }
        return n;
    }

    const std::initializer_list<const char16_t*> Celestial = { u"mercury", u"venus", u"mars", u"jupiter", u"saturn",
        u"uranus", u"neptune", u"pluto", u"sirius", u"tucana", u"taurus", u"orion", u"atlas", u"nexus", u"pegasus",
        u"andromeda", u"polaris", u"vega", u"lyra", u"nova", u"luna", u"titan", u"europa", u"callisto", u"ganymede",
        u"triton", u"gemini", u"cassiopeia", u"centauri", u"draco", u"aquila", u"cygnus", u"perseus", u"hydra",
        u"phoenix", u"helios", u"cosmos", u"galaxy", u"nebula", u"comet", u"eclipse", u"zenith", u"aurora", u"rigel",
        u"vesta", u"ceres", u"io", u"oberon", u"phobos", u"deimos", u"capella", u"altair", u"antares", u"arcturus" };
    const std::initializer_list<const char16_t*> Tech = { u"secure", u"secured", u"tls", u"ssl", u"smtp", u"mx",
        u"gateway", u"encrypted", u"encrypt", u"server", u"servers", u"host", u"provider", u"transport", u"agent",
        u"relay", u"fortinet", u"protection", u"mta", u"crypt", u"cipher" };

    void checkCampaignPatterns(Ctx& c)
    {
        QSet<QString> doneCosmic;
        QSet<QString> doneCeo;
        for (const AddressUse& a : std::as_const(c.addresses)) {
            if (a.role != Role::From && a.role != Role::ReplyTo && a.role != Role::Sender && a.role != Role::ReturnPath)
                continue;
            const QString local = localOfAddress(a.address);
            const QStringList lw = wordsOf(local);
            const QStringList dw = wordsOf(a.host);
            const QString header = QString::fromLatin1(roleHeader(a.role));
            const QString key = a.address.toLower();

            // Cosmic Lynx: secure/tls/smtp/gateway/mx + a celestial word.
            if (!doneCosmic.contains(key) && !ReferenceData::isFreemail(a.host)) {
                const bool celestial = anyOf(lw, Celestial);
                const int techLocal = countOf(lw, Tech);
                const int techDomain = countOf(dw, Tech);
                Severity sev = Severity::Info;
                bool hit = false;
                if (celestial && techLocal + techDomain >= 1) {
                    hit = true;
                    sev = techLocal + techDomain >= 2 ? Severity::Medium : Severity::Low;
                } else if (techLocal >= 1 && techDomain >= 2 && lw.size() <= 3) {
                    hit = true; // "ssl@secure-smtp-servers.com"
                    sev = Severity::Low;
                }
                if (hit) {
                    doneCosmic.insert(key);
                    Finding f = make(QStringLiteral("cosmic_lynx_pattern"), sev, a.address,
                        Text(QT_TRANSLATE_NOOP("Finding",
                                 "The %1 address %2 follows the naming of the Cosmic Lynx BEC campaign (mail-security "
                                 "words "
                                 "such as secure/tls/smtp/gateway/mx combined with a celestial name)."))
                            .arg(header, a.address));
                    pin(f, a.field, header);
                    c.out.append(f);
                }
            }

            // Japanese CEO fraud: board / board-1 / relay at intern/mobile/server-style domains.
            static const QRegularExpression ceoLocal(QStringLiteral("^(?:board|relay)(?:[-_.]?\\d{1,3})?$"));
            if (!doneCeo.contains(key) && ceoLocal.match(local).hasMatch()) {
                const bool domainWords = anyOf(dw,
                    { u"intern", u"mobile", u"server", u"ssl", u"dmarc", u"365", u"sec", u"gov", u"outlook", u"office",
                        u"host", u"secure" });
                const QString tld = a.host.section(u'.', -1);
                if (domainWords || tld == u"host") {
                    doneCeo.insert(key);
                    const bool replyTo = a.role == Role::ReplyTo;
                    const Severity sev = replyTo || countOf(dw, { u"intern", u"mobile", u"server" }) >= 1
                        ? Severity::Medium
                        : Severity::Low;
                    Finding f = make(QStringLiteral("jp_ceo_fraud_pattern"), sev, a.address,
                        Text(QT_TRANSLATE_NOOP("Finding",
                                 "The %1 address %2 follows the naming of the Japanese-language CEO fraud campaign "
                                 "(board / "
                                 "board-1 / relay at intern/mobile/server-style domains) reported by IPA J-CSIP."))
                            .arg(header, a.address));
                    pin(f, a.field, header);
                    c.out.append(f);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Text: payment change requests

    // Where quoted or forwarded text starts in a plain-text body (its length when nowhere).
    qsizetype quoteStart(const QString& text)
    {
        static const QRegularExpression markers(
            QStringLiteral(
                "^(?:-{2,}\\s*(?:original message|forwarded message|forwarded text|ursprüngliche "
                "nachricht|元のメッセージ|転送メッセージ)"
                "|begin forwarded "
                "message|-{5,}\\s*original|差出人\\s*[:：]|from:\\s.+\\n(?:.*\\n){0,3}?(?:sent|date|送信日時)\\s*[:：]"
                "|.*\\b(?:wrote|schrieb|a "
                "écrit|escribió|scrisse)\\s*:\\s*$|.*(?:のメッセージ|さんは書きました|のメール)\\s*[:：]\\s*$|.*>\\s*[:"
                "：]\\s*$"
                "|>)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        const QRegularExpressionMatch mm = markers.match(text);
        return mm.hasMatch() ? mm.capturedStart() : text.size();
    }

    struct PaymentHit {
        QString phrase;
        bool quoted = false;
        int partIndex = -1; // -1: the Subject
    };

    const QList<QRegularExpression>& paymentPatterns()
    {
        static const QList<QRegularExpression> list = [] {
            const auto opts
                = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
            const QString bankWords = QStringLiteral("(?:bank(?:ing)?\\s+(?:account|details|information|info|"
                                                     "instructions|data|coordinates)|bank\\s+acc(?:oun)?t"
                                                     "|account\\s+(?:details|number|information|info)|beneficiary(?:"
                                                     "\\s+(?:account|details|bank))?|iban|swift(?:/bic)?"
                                                     "|remittance\\s+(?:account|details|information|instructions)|"
                                                     "payment\\s+(?:account|details|information|instructions)"
                                                     "|receiving\\s+account|settlement\\s+account|wire\\s+(?:"
                                                     "instructions|details)|vendor\\s+master\\s+data)");
            QList<QRegularExpression> l;
            // English: a change word before or after the bank words, in one sentence.
            l << QRegularExpression(
                QStringLiteral("\\b(?:new|updated|update|change(?:d)?|change\\s+of|changing|alternative|alternate"
                               "|different|another|revised|amended|modified|temporary|replacement)\\b[^.\\n]{0,60}?\\b")
                    + bankWords + QStringLiteral("\\b"),
                opts);
            l << QRegularExpression(QStringLiteral("\\b") + bankWords
                    + QStringLiteral(
                        "\\b[^.\\n]{0,40}?\\b(?:has|have|had|was|were|is|are|will\\s+be)\\s+(?:been\\s+|now\\s+)?(?:"
                        "changed|updated|moved|replaced|modified|amended|closed|suspended|frozen)\\b"),
                opts);
            l << QRegularExpression(QStringLiteral("\\b(?:bank\\s+account|account)\\b[^.\\n]{0,60}?\\b(?:revised|new|"
                                                   "updated|amended|corrected)\\s+invoice\\b"),
                opts);
            l << QRegularExpression(
                QStringLiteral("\\b(?:to|into)\\s+(?:the|our)\\s+new\\s+(?:bank\\s+)?account\\b"), opts);
            // Holding or advancing a payment.
            l << QRegularExpression(
                QStringLiteral("\\b(?:hold|suspend|postpone|delay|stop|withhold|freeze)\\b(?:\\s+(?:off|on))?\\s+(?:"
                               "the\\s+|your\\s+|all\\s+|any\\s+|our\\s+|this\\s+)?"
                               "(?:pending\\s+)?(?:payments?|remittances?|transfers?|wires?|settlements?)\\b"),
                opts);
            l << QRegularExpression(QStringLiteral("\\b(?:payments?|remittances?|transfers?)\\b[^.\\n]{0,30}?\\b(?:"
                                                   "on\\s+hold|be\\s+held|be\\s+suspended|be\\s+postponed)\\b"),
                opts);
            l << QRegularExpression(QStringLiteral("\\b(?:advance|bring\\s+forward|expedite)\\b[^.\\n]{0,30}?\\b(?:"
                                                   "payments?|remittances?|transfers?)\\b"),
                opts);
            // Japanese.
            l << QRegularExpression(QStringLiteral("(?:口座|振込先|振り込み先|振込み先|送金先|支払先|支払い先|"
                                                   "お支払い先|入金先|受取口座|銀行口座|口座情報|振込口座)"
                                                   "[^。\\n]{0,15}?(?:変更|更新|切り替え|切替|変わ)"),
                opts);
            l << QRegularExpression(
                QStringLiteral("(?:新しい|新規の?|別の|代替の?|新)(?:銀行)?(?:口座|振込先|送金先)"), opts);
            l << QRegularExpression(QStringLiteral("(?:支払|支払い|お支払い|送金|振込|振り込み|入金)[^。\\n]{0,10}?(?:"
                                                   "保留|停止|延期|見合わせ|一時停止|待って)"),
                opts);
            l << QRegularExpression(
                QStringLiteral("(?:支払|支払い|お支払い|送金|振込|振り込み)[^。\\n]{0,12}?(?:前倒し|早め)"), opts);
            return l;
        }();
        return list;
    }

    // "our account has NOT changed", "no change", "変更はありません": the sentence denies a change.
    bool negated(QStringView sentence)
    {
        static const QRegularExpression neg(
            QStringLiteral("\\b(?:not|never|no)\\s+(?:been\\s+)?(?:change|changed|changes|update|updated)\\b|\\bhas\\s+"
                           "not\\b|\\bhave\\s+not\\b|\\bunchanged\\b"
                           "|\\bremains?\\s+(?:the\\s+same|unchanged)\\b|\\bas\\s+before\\b|\\bwill\\s+never\\b|"
                           "\\bdo\\s+not\\s+(?:pay|change|update)\\b"
                           "|\\bnever\\s+(?:ask|request|change)"
                           "|(?:ありません|ございません|しません|いたしません|しておりません|されておりません|はない|"
                           "変更なし|従来どおり|従来通り|ことはありません)"),
            QRegularExpression::CaseInsensitiveOption);
        return neg.match(sentence).hasMatch();
    }

    QStringView sentenceAround(QStringView text, qsizetype start, qsizetype end)
    {
        qsizetype s = start;
        int steps = 0;
        while (s > 0 && steps < 200) {
            const QChar ch = text[s - 1];
            if (ch == u'.' || ch == u'。' || ch == u'!' || ch == u'?'
                || (ch == u'\n' && s >= 2 && text[s - 2] == u'\n'))
                break;
            --s;
            ++steps;
        }
        qsizetype e = end;
        steps = 0;
        while (e < text.size() && steps < 200) {
            const QChar ch = text[e];
            if (ch == u'.' || ch == u'。' || ch == u'!' || ch == u'?')
                break;
            ++e;
            ++steps;
        }
        return text.sliced(s, e - s);
    }

    // Flattens line breaks inside paragraphs so that phrases broken over lines still match.
    QString joinLines(QStringView text)
    {
        QString out;
        out.reserve(text.size());
        bool lineStart = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text[i];
            if (lineStart && (ch == u'>' || ch == u' ' || ch == u'\t'))
                continue; // quote marks ("> > ") at the start of a line
            lineStart = false;
            if (ch == u'\r')
                continue;
            if (ch == u'\n') {
                const bool paragraph = i + 1 < text.size() && text[i + 1] == u'\n';
                lineStart = true;
                if (paragraph) {
                    out += u'\n';
                    ++i;
                    out += u'\n';
                } else {
                    // Japanese text runs on without a space.
                    const bool cjk = !out.isEmpty() && out.back().unicode() >= 0x3000;
                    if (!cjk)
                        out += u' ';
                }
                continue;
            }
            out += ch;
        }
        return out;
    }

    void findPaymentPhrases(QStringView text, bool quotedContext, int partIndex, QList<PaymentHit>* hits)
    {
        for (const QRegularExpression& re : paymentPatterns()) {
            QRegularExpressionMatchIterator it = re.globalMatch(text);
            int n = 0;
            while (it.hasNext() && n < 20) {
                ++n;
                const QRegularExpressionMatch mm = it.next();
                const QStringView sentence = sentenceAround(text, mm.capturedStart(), mm.capturedEnd());
                if (negated(sentence))
                    continue;
                hits->append({ mm.captured(0), quotedContext, partIndex });
                break;
            }
        }
    }

    // The exact bytes of @p phrase inside a part's raw body, when the body is not transfer-encoded.
    bool pinPhrase(Finding& f, const Message& m, int partIndex, const QString& phrase)
    {
        if (partIndex < 0 || partIndex >= m.parts.size())
            return false;
        const MimePart& p = m.parts[partIndex];
        if (p.bodyOffset < 0 || p.bodyOffset + p.bodyLength > m.source.size())
            return false;
        const bool identity
            = p.transferEncoding == "7bit" || p.transferEncoding == "8bit" || p.transferEncoding == "binary";
        if (!identity || phrase.contains(u' ') || phrase.isEmpty())
            return false;
        const QByteArray needle = phrase.toUtf8();
        const QByteArrayView body = QByteArrayView(m.source).sliced(p.bodyOffset, p.bodyLength);
        const qsizetype at = body.indexOf(needle);
        if (at < 0)
            return false;
        f.header = QStringLiteral("body");
        f.offset = p.bodyOffset + at;
        f.length = needle.size();
        return true;
    }

    bool isDeceptionSignal(const QString& s)
    {
        static const QSet<QString> set = { QStringLiteral("from_replyto_mismatch"),
            QStringLiteral("returnpath_mismatch"), QStringLiteral("spf_fail"), QStringLiteral("dkim_missing_or_fail"),
            QStringLiteral("dmarc_fail"), QStringLiteral("display_name_contains_address"),
            QStringLiteral("display_name_address_domain_mismatch"), QStringLiteral("freemail_lookalike_of_known_party"),
            QStringLiteral("lookalike_domain"), QStringLiteral("notification_headers_to_foreign_address"),
            QStringLiteral("cosmic_lynx_pattern"), QStringLiteral("jp_ceo_fraud_pattern"),
            QStringLiteral("message_id_domain_mismatch"), QStringLiteral("dkim_domain_mismatch"),
            QStringLiteral("display_name_impersonation"), QStringLiteral("freemail_claims_recipient_org") };
        return set.contains(s);
    }

    void checkPaymentRequest(Ctx& c)
    {
        const Message& m = c.m;
        QList<PaymentHit> hits;
        findPaymentPhrases(m.subject, false, -1, &hits);
        bool havePlain = false;
        for (const TextPart& t : std::as_const(c.texts))
            havePlain = havePlain || (!t.html && !t.embedded);
        for (const TextPart& t : std::as_const(c.texts)) {
            if (t.html && havePlain && !t.embedded)
                continue; // the text/plain alternative says the same
            const qsizetype q = t.embedded ? 0 : quoteStart(t.text);
            if (q > 0)
                findPaymentPhrases(joinLines(QStringView(t.text).first(q)), false, t.partIndex, &hits);
            if (q < t.text.size())
                findPaymentPhrases(joinLines(QStringView(t.text).sliced(q)), true, t.partIndex, &hits);
        }
        if (hits.isEmpty())
            return;
        // Own text first.
        std::stable_sort(
            hits.begin(), hits.end(), [](const PaymentHit& a, const PaymentHit& b) { return !a.quoted && b.quoted; });
        const PaymentHit& h = hits.first();
        Severity deception = Severity::Info;
        for (const Finding& f : std::as_const(c.out)) {
            if (isDeceptionSignal(f.signal) && f.severity > deception)
                deception = f.severity;
        }
        Severity sev = h.quoted ? Severity::Info : Severity::Low;
        Text en = h.quoted
            ? Text(QT_TRANSLATE_NOOP("Finding",
                "Quoted or forwarded text asks to change the bank account or to hold or advance a "
                "payment. Check whether the quoted message really came from the party."))
            : Text(QT_TRANSLATE_NOOP("Finding",
                "The message asks to change the bank account, to pay a new account, or to hold or advance a payment. "
                "Confirm any such change by telephone with a number you already know, never by replying."));
        if (!h.quoted && deception >= Severity::Medium) {
            sev = deception;
            en += Text(QT_TRANSLATE_NOOP("Finding",
                " The sender's identity is doubtful (see the other findings): typical of business e-mail compromise."));
        }
        Finding f = make(QStringLiteral("payment_change_request"), sev, h.phrase, en);
        if (h.partIndex < 0) {
            pin(f, field(m, "Subject"), QStringLiteral("Subject"));
        } else if (!pinPhrase(f, m, h.partIndex, h.phrase)) {
            pinPart(f, m, h.partIndex);
        }
        c.out.append(f);
    }

    // ------------------------------------------------------------------------------------------
    // Text: a free-mail sender signing as an executive of the recipient's organisation

    // "Kenji Arai / CEO, Hoshizora Robotics" from kenji.arai.office@gmail.com to
    // m.sato@hoshizora-robotics.co.jp: executives write from their company's domain; a request in their name from a
    // private account is the CEO-fraud pattern (J-CSIP 2020 §3.6). Only signature-like lines count: a short line near
    // the end of the sender's own text (or after "-- ") that holds an executive title and the name of a recipient's
    // organisation (its domain label, spaces and hyphens ignored).
    void checkFreemailClaimsRecipientOrg(Ctx& c)
    {
        const Message& m = c.m;
        if (!c.fromFreemail || c.isList)
            return;
        struct Org {
            QString compact; // "hoshizorarobotics"
            QString host;
            QString local;
        };
        QList<Org> orgs;
        for (const AddressUse& a : std::as_const(c.addresses)) {
            if ((a.role != Role::To && a.role != Role::Cc) || ReferenceData::isFreemail(a.host))
                continue;
            QString label = orgOf(a.host).section(u'.', 0, 0);
            label.remove(u'-');
            if (label.size() < 5 || sameOrg(a.host, c.fromHost))
                continue;
            bool dup = false;
            for (const Org& o : std::as_const(orgs))
                dup = dup || o.compact == label;
            if (!dup)
                orgs.append({ label, a.host, localOfAddress(a.address) });
            if (orgs.size() >= 8)
                break;
        }
        if (orgs.isEmpty())
            return;
        static const QRegularExpression title(
            QStringLiteral(
                "\\b(?:ceo|cfo|coo|cto|cio|chief\\s+\\w+\\s+officer|(?:vice[\\s-]+)?president|chair(?:man|woman|"
                "person)?|managing\\s+director|executive\\s+director|director|(?:co-?)?founder|owner|"
                "general\\s+manager|head\\s+of\\s+\\w+)\\b|社長|代表取締役|取締役|専務|常務|会長|部長"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QString fromLocal = localOfAddress(c.fromAddress);
        bool havePlain = false;
        for (const TextPart& t : std::as_const(c.texts))
            havePlain = havePlain || (!t.html && !t.embedded);
        for (const TextPart& t : std::as_const(c.texts)) {
            if (t.embedded || (t.html && havePlain))
                continue;
            const QStringView own = QStringView(t.text).first(quoteStart(t.text));
            const QList<QStringView> lines = own.split(u'\n');
            // The last 12 non-empty lines of the own text, and everything after a "-- " line.
            qsizetype tailStart = lines.size();
            for (int nonEmpty = 0; tailStart > 0 && nonEmpty < 12;) {
                --tailStart;
                if (!lines[tailStart].trimmed().isEmpty())
                    ++nonEmpty;
            }
            bool inSignature = false;
            for (qsizetype i = 0; i < lines.size() && i < 2000; ++i) {
                const QStringView line = lines[i].trimmed();
                if (line == u"--" || line == u"__" || line == u"---") {
                    inSignature = true;
                    continue;
                }
                if (!(inSignature || i >= tailStart) || line.isEmpty() || line.size() > 100 || line.count(u' ') > 7)
                    continue;
                QString compact;
                compact.reserve(line.size());
                for (QChar ch : line) {
                    if (ch.isLetterOrNumber())
                        compact += ch.toLower();
                }
                for (const Org& o : std::as_const(orgs)) {
                    if (!compact.contains(o.compact) || !title.match(line).hasMatch())
                        continue;
                    // Someone's private account writing to their own work address.
                    if (o.local.size() >= 3 && fromLocal.contains(o.local))
                        continue;
                    const QString shown = line.toString();
                    Finding f = make(QStringLiteral("freemail_claims_recipient_org"), Severity::Medium,
                        QStringLiteral("%1 <%2>").arg(shown, c.fromAddress),
                        Text(QT_TRANSLATE_NOOP("Finding",
                                 "The sender writes from a free-mail address (%1) but signs as an executive of "
                                 "the recipient's own organisation (\"%2\", %3). Executives write from their "
                                 "company's domain; a request in their name from a private account is the "
                                 "typical CEO-fraud pattern. Confirm it through a channel you already know."))
                            .arg(c.fromAddress, clip(shown, 80), o.host));
                    pinPart(f, m, t.partIndex);
                    if (t.partIndex >= 0 && t.partIndex < m.parts.size()) {
                        const MimePart& p = m.parts[t.partIndex];
                        const bool identity = p.transferEncoding == "7bit" || p.transferEncoding == "8bit"
                            || p.transferEncoding == "binary" || p.transferEncoding.isEmpty();
                        if (identity && p.bodyOffset >= 0 && p.bodyOffset + p.bodyLength <= m.source.size()) {
                            const QByteArray needle = shown.toUtf8();
                            const qsizetype at
                                = QByteArrayView(m.source).sliced(p.bodyOffset, p.bodyLength).indexOf(needle);
                            if (at >= 0) {
                                f.offset = p.bodyOffset + at;
                                f.length = needle.size();
                            }
                        }
                    }
                    c.out.append(f);
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Links and images

    bool remoteUrl(const QString& src)
    {
        const QString s = src.trimmed();
        return s.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
            || s.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) || s.startsWith(QStringLiteral("//"));
    }

    bool trackerUrl(const QString& src)
    {
        static const QRegularExpression re(
            QStringLiteral("(?:/wf/open|/track/open|/trk/|/open\\.php|/open\\.aspx|/open\\?|/open/|/e/o/|/beacon|/"
                           "pixel|pixel\\.(?:gif|png)"
                           "|/o\\.gif|/t\\.gif|/1x1|spacer\\.gif\\?|emailtrack|mailtrack|/tracking/|/imp\\?|/wf/"
                           "click\\?upn=|sendgrid\\.net/wf"
                           "|list-manage\\.com/track|/mo/\\w+/o\\b|/ss/o/)"),
            QRegularExpression::CaseInsensitiveOption);
        return re.match(src).hasMatch();
    }

    void checkTrackingBeacon(Ctx& c)
    {
        const Message& m = c.m;
        for (const TextPart& t : std::as_const(c.texts)) {
            if (!t.html)
                continue;
            for (const HtmlText::Image& im : t.doc.images) {
                if (!remoteUrl(im.src))
                    continue;
                const bool tiny = im.width >= 0 && im.width <= 2 && im.height >= 0 && im.height <= 2;
                if (!(tiny || im.hidden || trackerUrl(im.src)))
                    continue;
                const Url u
                    = splitUrl(im.src.startsWith(QStringLiteral("//")) ? QStringLiteral("http:") + im.src : im.src);
                const Severity sev = c.isBulk ? Severity::Info : Severity::Low;
                Text en = Text(QT_TRANSLATE_NOOP("Finding",
                                   "The HTML body loads a remote image from %1 that is %2: an open-tracking "
                                   "beacon that tells the sender when and where the message was opened."))
                              .arg(u.host,
                                  tiny ? Text(QT_TRANSLATE_NOOP("Finding", "1x1 pixel"))
                                       : (im.hidden ? Text(QT_TRANSLATE_NOOP("Finding", "hidden"))
                                                    : Text(QT_TRANSLATE_NOOP("Finding", "a tracking URL"))));
                if (c.isBulk) {
                    en += Text(QT_TRANSLATE_NOOP("Finding", " Usual in newsletters (List-Unsubscribe present)."));
                } else {
                    en += Text(QT_TRANSLATE_NOOP("Finding",
                        " Not a newsletter: someone wants to know whether this message is read (seen "
                        "in CEO-fraud mail sent through SendGrid)."));
                }
                Finding f = make(QStringLiteral("tracking_beacon"), sev, im.src, en);
                pinPart(f, m, t.partIndex);
                c.out.append(f);
                return;
            }
        }
    }

    // The host a link's visible text names ("www.paypal.com", "https://x.y/z"), or empty.
    QString hostNamedByText(const QString& text)
    {
        QString t = text.trimmed();
        while (!t.isEmpty() && (t.front() == u'<' || t.front() == u'[' || t.front() == u'(' || t.front() == u'"'))
            t.remove(0, 1);
        while (!t.isEmpty()
            && (t.back() == u'>' || t.back() == u']' || t.back() == u')' || t.back() == u'"' || t.back() == u'.'))
            t.chop(1);
        if (t.isEmpty() || t.size() > 300 || t.contains(u' ') || t.contains(u'@'))
            return {};
        QString host;
        if (t.contains(QStringLiteral("://")) || t.startsWith(QStringLiteral("www."), Qt::CaseInsensitive)) {
            const Url u = splitUrl(t);
            if (!isHttpScheme(u.scheme))
                return {};
            host = u.host;
        } else {
            static const QRegularExpression bare(
                QStringLiteral(
                    "^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?:[/:?#].*)?$"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch mm = bare.match(t);
            if (!mm.hasMatch())
                return {};
            host = mm.captured(1).toLower();
            // "file.pdf", "v2.1": the last label must be a real top-level domain with a name before it.
            const QString last = host.section(u'.', -1);
            if (last.size() < 2 || last.front().isDigit() || DomainUtil::registrableDomain(host).isEmpty())
                return {};
            static const QStringList fileExts = { QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
                QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("zip"), QStringLiteral("exe"),
                QStringLiteral("txt"), QStringLiteral("jpg"), QStringLiteral("png"), QStringLiteral("htm"),
                QStringLiteral("html"), QStringLiteral("php") };
            if (fileExts.contains(last))
                return {};
        }
        if (DomainUtil::registrableDomain(host).isEmpty() && !DomainUtil::isIpAddress(host))
            return {};
        return host;
    }

    void checkLinkText(Ctx& c)
    {
        const Message& m = c.m;
        int reported = 0;
        QSet<QString> seen;
        for (const TextPart& t : std::as_const(c.texts)) {
            if (!t.html)
                continue;
            for (const HtmlText::Link& l : t.doc.links) {
                if (reported >= MaxLinkFindings)
                    return;
                const Url target = splitUrl(l.href);
                Severity sev = Severity::Medium;
                Text en;
                QString evidence;
                if (target.scheme == u"mailto") {
                    const QStringList shown = AddressParser::findAddressesInText(l.text, 1);
                    const QString real = target.rest.section(u'?', 0, 0).trimmed();
                    if (shown.isEmpty() || real.isEmpty() || shown.first().compare(real, Qt::CaseInsensitive) == 0)
                        continue;
                    if (sameOrg(domainOfAddress(shown.first()), domainOfAddress(real)))
                        continue;
                    evidence = QStringLiteral("%1 -> mailto:%2").arg(l.text, real);
                    en = Text(QT_TRANSLATE_NOOP("Finding", "A link shows the address %1 but writes to %2."))
                             .arg(shown.first(), real);
                } else {
                    if (!isHttpScheme(target.scheme) || target.host.isEmpty())
                        continue;
                    const QString shownHost = hostNamedByText(l.text);
                    if (shownHost.isEmpty() || sameOrg(shownHost, target.host) || shownHost == target.host)
                        continue;
                    evidence = QStringLiteral("%1 -> %2").arg(l.text, l.href);
                    en = Text(QT_TRANSLATE_NOOP("Finding", "A link shows %1 but goes to %2."))
                             .arg(shownHost, target.host);
                    const bool tracker = ReferenceData::isEsp(target.host) || ReferenceData::isUrlShortener(target.host)
                        || (!c.fromHost.isEmpty() && sameOrg(target.host, c.fromHost));
                    if (c.isBulk && tracker) {
                        sev = Severity::Info;
                        en += Text(QT_TRANSLATE_NOOP("Finding",
                            " In bulk mail this is usually a click-tracking redirect of the sending service."));
                    } else if (c.isBulk || tracker) {
                        sev = Severity::Low;
                        en += Text(QT_TRANSLATE_NOOP("Finding",
                            " It may be a click-tracking redirect; check where it finally leads before trusting it."));
                    } else {
                        if (ReferenceData::isBrand(shownHost))
                            sev = Severity::High;
                        en += Text(
                            QT_TRANSLATE_NOOP("Finding", " Clicking it leads somewhere else than the reader expects."));
                    }
                }
                const QString key = evidence.left(200);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                ++reported;
                Finding f = make(QStringLiteral("link_text_mismatch"), sev, evidence, en);
                pinPart(f, m, t.partIndex);
                c.out.append(f);
            }
        }
    }

    // "paypal.com.secure-login.xyz", "www.paypal.com-verify.net": a brand's domain written as
    // labels in front of another domain.
    bool brandInFront(const QString& host, const QString& brand)
    {
        qsizetype from = 0;
        while (from < host.size()) {
            const qsizetype at = host.indexOf(brand, from);
            if (at < 0)
                return false;
            const qsizetype end = at + brand.size();
            if ((at == 0 || host[at - 1] == u'.') && end < host.size() && (host[end] == u'.' || host[end] == u'-'))
                return true;
            from = at + 1;
        }
        return false;
    }

    struct LinkRef {
        QString url;
        int partIndex = -1;
        bool form = false;
    };

    void checkRiskyLinks(Ctx& c)
    {
        const Message& m = c.m;
        QList<LinkRef> links;
        for (const TextPart& t : std::as_const(c.texts)) {
            if (links.size() >= MaxUrls)
                break;
            if (t.html) {
                for (const HtmlText::Link& l : t.doc.links)
                    links.append({ l.href, t.partIndex, false });
                for (const HtmlText::Form& f : t.doc.forms) {
                    if (f.hasPassword) {
                        Finding g = make(QStringLiteral("risky_link"), Severity::High,
                            f.action.isEmpty() ? QStringLiteral("<input type=password>") : f.action,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "The HTML body contains a form asking for a password%1. Legitimate services "
                                     "never ask for a password inside an e-mail."))
                                .arg(f.action.isEmpty() ? Text()
                                                        : Text(QT_TRANSLATE_NOOP("Finding", " that is sent to %1"))
                                                              .arg(clip(f.action, 80))));
                        pinPart(g, m, t.partIndex);
                        c.out.append(g);
                    }
                    if (!f.action.isEmpty())
                        links.append({ f.action, t.partIndex, true });
                }
            } else {
                for (const QString& u : urlsInText(t.text))
                    links.append({ u, t.partIndex, false });
            }
        }
        if (links.size() > MaxUrls) {
            c.limitReached(QStringLiteral("analysis limit: only the first %1 links were examined").arg(MaxUrls));
            links.resize(MaxUrls);
        }

        // Every web link of the message goes through a public URL shortener, and the HTML body's
        // buttons and texts lead to one: the reader cannot see any destination before clicking.
        // Senders link to their own site or to their mailing service's click tracker; hiding all
        // targets is done to pass filters. (A short link written out in plain text stays low.)
        int webLinks = 0;
        int shortened = 0;
        bool htmlShortened = false;
        for (const LinkRef& l : std::as_const(links)) {
            const Url u = splitUrl(l.url);
            if (!isHttpScheme(u.scheme) || u.host.isEmpty())
                continue;
            ++webLinks;
            if (ReferenceData::isUrlShortener(u.host)) {
                ++shortened;
                if (!l.form && l.partIndex >= 0 && l.partIndex < m.parts.size()
                    && m.parts[l.partIndex].contentType == "text/html")
                    htmlShortened = true;
            }
        }
        const bool allShortened = webLinks > 0 && shortened == webLinks && htmlShortened;

        static const QRegularExpression lure(
            QStringLiteral(
                "(?:log-?in|sign-?in|logon|verif|account|passw|webscr|wp-admin|/"
                "auth|oauth|sso\\b|owa\\b|office365|outlook|mailbox"
                "|wallet|unlock|suspend|confirm|secure|update|billing|invoice|docusign|sharepoint|onedrive)"),
            QRegularExpression::CaseInsensitiveOption);

        QSet<QString> seenHosts;
        int reported = 0;
        for (qsizetype li = 0; li < links.size(); ++li) {
            if (reported >= MaxLinkFindings)
                break;
            const LinkRef l = links[li];
            const QString href = l.url.trimmed();
            const Url u = splitUrl(href);
            // A redirect that carries its real target inside (google.com/amp/host, /url?q=https://...,
            // click trackers): the target is examined as a link of its own.
            QString embedded;
            if (isHttpScheme(u.scheme) && !u.host.isEmpty()) {
                const QString rest = percentDecodeAscii(u.rest);
                const qsizetype at = rest.indexOf(QStringLiteral("http"), 1, Qt::CaseInsensitive);
                if (at > 0
                    && (rest.mid(at).startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
                        || rest.mid(at).startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)
                        || rest.mid(at).startsWith(QStringLiteral("http:/"), Qt::CaseInsensitive)
                        || rest.mid(at).startsWith(QStringLiteral("https:/"), Qt::CaseInsensitive)))
                    embedded = rest.mid(at);
                else if (u.host.contains(QStringLiteral("google.")) && rest.startsWith(QStringLiteral("/amp/")))
                    embedded = QStringLiteral("http://") + rest.mid(rest.startsWith(QStringLiteral("/amp/s/")) ? 7 : 5);
                if (!embedded.isEmpty()) {
                    embedded.replace(QStringLiteral(":/"), QStringLiteral("://"));
                    embedded.replace(QStringLiteral(":///"), QStringLiteral("://"));
                    if (links.size() < MaxUrls + 50)
                        links.append({ embedded, l.partIndex, false });
                }
            }
            Severity sev = Severity::Info;
            QList<Text> why;
            auto raise = [&](Severity s, const Text& reason) {
                if (s > sev)
                    sev = s;
                why << reason;
            };
            if (u.scheme == u"javascript" || u.scheme == u"vbscript" || u.scheme == u"data") {
                raise(Severity::Medium,
                    Text(QT_TRANSLATE_NOOP("Finding", "a %1: link runs code or carries its own page")).arg(u.scheme));
            }
            if (!isHttpScheme(u.scheme) && u.scheme != u"ftp" && sev == Severity::Info)
                continue;
            const QString host = u.host;
            const QString key = host.isEmpty() ? href.left(64) : host;
            if (seenHosts.contains(key))
                continue;
            seenHosts.insert(key);
            if (!host.isEmpty()) {
                if (!u.userinfo.isEmpty() && u.userinfo.contains(u'.')) {
                    raise(Severity::High,
                        Text(QT_TRANSLATE_NOOP(
                                 "Finding", "the part before '@' (%1) is not where the link goes; it goes to %2"))
                            .arg(clip(u.userinfo, 60), host));
                }
                if (DomainUtil::isIpAddress(host)) {
                    raise(Severity::Medium, Text(QT_TRANSLATE_NOOP("Finding", "the link goes to a bare IP address")));
                } else {
                    if (Lookalike::isInternationalized(host)) {
                        raise(Severity::Medium,
                            Text(QT_TRANSLATE_NOOP("Finding", "an internationalised (punycode) host name %1"))
                                .arg(Lookalike::toUnicodeHost(host)));
                    }
                    const bool knownGood = ReferenceData::isBrand(host) || ReferenceData::isEsp(host);
                    const QString reg = DomainUtil::registrableDomain(host);
                    if (!knownGood) {
                        Lookalike::Options o;
                        o.tldSwap = false;
                        const Lookalike::Domain hostDomain = Lookalike::prepare(host);
                        for (const PreparedBrand& pb : preparedBrands()) {
                            const QString& brand = pb.domain;
                            const Lookalike::Match lm = Lookalike::compare(hostDomain, pb.prepared, o);
                            if (lm.matched() && lm.direction >= 0) {
                                raise(Severity::High,
                                    Text(QT_TRANSLATE_NOOP("Finding", "%1 imitates %2 (%3)"))
                                        .arg(lm.candidate, brand, Lookalike::describe(lm)));
                                break;
                            }
                            // A brand's domain used as a label of another host: paypal.com.secure-login.xyz
                            if (brandInFront(host, brand)) {
                                if (!reg.isEmpty() && !sameOrg(reg, brand)) {
                                    raise(Severity::High,
                                        Text(QT_TRANSLATE_NOOP(
                                                 "Finding", "the host %1 puts %2 in front of another domain (%3)"))
                                            .arg(host, brand, reg));
                                    break;
                                }
                            }
                        }
                    }
                    const bool lureInUrl
                        = lure.match(u.rest).hasMatch() || lure.match(host.section(u'.', 0, -3)).hasMatch();
                    const bool risky = ReferenceData::isRiskyTld(host);
                    const bool freeHost = ReferenceData::isFreeHosting(host);
                    if (risky) {
                        raise(lureInUrl ? Severity::Medium : Severity::Low,
                            Text(QT_TRANSLATE_NOOP("Finding", "the top-level domain .%1 is much abused"))
                                .arg(host.section(u'.', -1)));
                    }
                    if (freeHost) {
                        raise(lureInUrl ? Severity::Medium : Severity::Low,
                            Text(QT_TRANSLATE_NOOP(
                                     "Finding", "%1 is a free hosting or form service often used for fake login pages"))
                                .arg(host));
                    }
                    static const QRegularExpression wpInternals(
                        QStringLiteral("/wp-(?:admin|includes)/|/wp-content/(?:plugins|themes|upgrade)/"),
                        QRegularExpression::CaseInsensitiveOption);
                    if (wpInternals.match(u.rest).hasMatch()) {
                        raise(Severity::Medium,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "the link points into the program folders of a web site (%1), where "
                                     "phishing pages are planted on hacked sites"))
                                .arg(host));
                    }
                    static const QRegularExpression cloudPage(
                        QStringLiteral("\\.(?:html?|php|svg)(?:$|[?#])"), QRegularExpression::CaseInsensitiveOption);
                    const bool cloudStorage = host.endsWith(QStringLiteral(".amazonaws.com"))
                        || host == u"storage.googleapis.com" || host.endsWith(QStringLiteral(".blob.core.windows.net"))
                        || host.endsWith(QStringLiteral(".r2.dev"))
                        || host.endsWith(QStringLiteral(".digitaloceanspaces.com"))
                        || host == u"firebasestorage.googleapis.com" || u.rest.startsWith(QStringLiteral("/ipfs/"));
                    if (cloudStorage && cloudPage.match(u.rest).hasMatch()) {
                        raise(Severity::Medium,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                     "the link opens a web page stored on a cloud storage service (%1), a common "
                                     "home of fake login pages"))
                                .arg(host));
                    }
                    const QString combo = knownGood ? QString() : comboBrandOf(host);
                    if (!combo.isEmpty()) {
                        raise(Severity::Medium,
                            Text(QT_TRANSLATE_NOOP(
                                     "Finding", "the host %1 uses the brand name \"%2\" without belonging to it"))
                                .arg(host, combo));
                    }
                    if (!embedded.isEmpty()) {
                        const Url t = splitUrl(embedded);
                        if (!t.host.isEmpty() && !sameOrg(t.host, host) && ReferenceData::isBrand(host)) {
                            raise(Severity::Low,
                                Text(QT_TRANSLATE_NOOP("Finding",
                                         "the link passes through a redirect at %1 to %2, hiding the real target "
                                         "behind a trusted name"))
                                    .arg(host, t.host));
                        }
                    }
                    if (ReferenceData::isUrlShortener(host)) {
                        if (allShortened) {
                            raise(Severity::Medium,
                                Text(QT_TRANSLATE_NOOP("Finding",
                                         "%1 is a URL shortener, and every link of the message goes through one, "
                                         "so no real destination is visible before clicking"))
                                    .arg(host));
                        } else {
                            raise(Severity::Low,
                                Text(QT_TRANSLATE_NOOP("Finding", "%1 is a URL shortener that hides the real target"))
                                    .arg(host));
                        }
                    }
                    if (l.form && !c.fromHost.isEmpty() && !sameOrg(host, c.fromHost)) {
                        raise(Severity::Low,
                            Text(QT_TRANSLATE_NOOP("Finding", "a form in the message sends what is typed to %1"))
                                .arg(host));
                    }
                }
            }
            if (sev == Severity::Info)
                continue;
            if (c.isBulk && sev == Severity::Low)
                sev = Severity::Info;
            ++reported;
            Finding f = make(QStringLiteral("risky_link"), sev, href,
                Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1.")).arg(Text::list(why)));
            pinPart(f, m, l.partIndex);
            c.out.append(f);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Attachments

    QString extOf(const QString& name)
    {
        const qsizetype dot = name.lastIndexOf(u'.');
        if (dot < 0 || dot == name.size() - 1)
            return {};
        return name.mid(dot + 1).trimmed().toLower();
    }

    bool inSet(const QString& ext, std::initializer_list<const char16_t*> set)
    {
        for (const char16_t* s : set) {
            if (ext == QStringView(s))
                return true;
        }
        return false;
    }

    const std::initializer_list<const char16_t*> ExecExts
        = { u"exe", u"scr", u"pif", u"com", u"bat", u"cmd", u"vbs", u"vbe", u"js", u"jse", u"wsf", u"wsh", u"wsc",
              u"ws", u"hta", u"msi", u"msp", u"lnk", u"cpl", u"jar", u"ps1", u"psm1", u"reg", u"dll", u"application",
              u"gadget", u"msc", u"scf", u"sct", u"chm", u"inf", u"xll", u"appx", u"appxbundle", u"msix", u"msixbundle",
              u"vb", u"jnlp", u"iqy", u"slk", u"settingcontent-ms", u"library-ms", u"url", u"one", u"xlam" };
    const std::initializer_list<const char16_t*> ContainerExts = { u"iso", u"img", u"vhd", u"vhdx", u"udf" };
    const std::initializer_list<const char16_t*> MacroExts
        = { u"docm", u"dotm", u"xlsm", u"xltm", u"pptm", u"potm", u"ppam", u"ppsm", u"sldm", u"xlsb" };
    const std::initializer_list<const char16_t*> LegacyOfficeExts
        = { u"doc", u"dot", u"xls", u"xlt", u"ppt", u"pps", u"pot" };
    const std::initializer_list<const char16_t*> DocExts = { u"pdf", u"doc", u"docx", u"xls", u"xlsx", u"ppt", u"pptx",
        u"txt", u"rtf", u"jpg", u"jpeg", u"png", u"gif", u"bmp", u"zip", u"rar", u"7z", u"htm", u"html", u"csv", u"mp3",
        u"mp4", u"wav", u"avi", u"tif", u"tiff", u"odt", u"ods", u"eml", u"msg" };

    bool hasBidiControl(const QString& s)
    {
        for (QChar ch : s) {
            const char16_t u = ch.unicode();
            if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f
                || u == 0x061c)
                return true;
        }
        return false;
    }

    bool containsVba(QByteArrayView data)
    {
        static const QByteArrayMatcher ooxml(QByteArrayLiteral("vbaProject.bin"));
        static const QByteArray oleName = QByteArray("_\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0", 24);
        static const QByteArrayMatcher ole(oleName);
        return ooxml.indexIn(data) >= 0 || ole.indexIn(data) >= 0;
    }

    struct ZipInfo {
        bool encrypted = false;
        QString executable; // first member with an executable extension
    };

    ZipInfo scanZip(QByteArrayView data)
    {
        ZipInfo z;
        static const QByteArrayMatcher sig(QByteArray("PK\x03\x04", 4));
        qsizetype pos = 0;
        int entries = 0;
        while (entries < 2000) {
            const qsizetype at = sig.indexIn(data, pos);
            if (at < 0 || at + 30 > data.size())
                break;
            ++entries;
            const auto u8 = [&](qsizetype o) { return quint32(quint8(data[at + o])); };
            const quint32 flags = u8(6) | (u8(7) << 8);
            const quint32 nameLen = u8(26) | (u8(27) << 8);
            if (flags & 1)
                z.encrypted = true;
            if (at + 30 + qsizetype(nameLen) <= data.size() && nameLen > 0 && nameLen < 1024) {
                const QString name = QString::fromUtf8(data.sliced(at + 30, nameLen));
                const QString ext = extOf(name);
                if (z.executable.isEmpty()
                    && (inSet(ext, ExecExts) || inSet(ext, ContainerExts) || inSet(ext, MacroExts)))
                    z.executable = name;
            }
            pos = at + 4;
        }
        return z;
    }

    const HeaderField* filenameField(const MimePart& p)
    {
        const HeaderField* ct = nullptr;
        for (const HeaderField& h : p.headers) {
            if (h.is("Content-Disposition") && h.value.contains(QStringLiteral("filename"), Qt::CaseInsensitive))
                return &h;
            if (h.is("Content-Type") && !ct)
                ct = &h;
        }
        return ct;
    }

    void checkAttachments(Ctx& c)
    {
        const Message& m = c.m;
        int scanned = 0;
        for (const Attachment& a : m.attachments) {
            const QString name = a.filename;
            const QString ext = extOf(name);
            Severity sev = Severity::Info;
            QList<Text> why;
            auto raise = [&](Severity s, const Text& reason) {
                if (s > sev)
                    sev = s;
                why << reason;
            };
            if (hasBidiControl(name)) {
                raise(Severity::High,
                    Text(QT_TRANSLATE_NOOP("Finding",
                        "the name contains a right-to-left override or other bidi control character, so it "
                        "is displayed differently from its real extension")));
            }
            if (!ext.isEmpty()) {
                const QString base = name.left(name.size() - ext.size() - 1);
                const QString innerExt = extOf(base.trimmed());
                const bool padded = base.size() - base.trimmed().size() >= 3;
                const bool dangerous = inSet(ext, ExecExts) || inSet(ext, MacroExts) || inSet(ext, ContainerExts);
                if (dangerous && (inSet(innerExt, DocExts) || padded)) {
                    raise(Severity::High,
                        Text(QT_TRANSLATE_NOOP("Finding", "a double extension (.%1.%2) hides the real file type"))
                            .arg(innerExt, ext));
                }
                if (ext == u"mobileconfig" || ext == u"ppkg" || ext == u"provisionprofile") {
                    raise(Severity::High,
                        Text(QT_TRANSLATE_NOOP("Finding",
                                 "a .%1 configuration profile installs mail accounts, VPNs or certificates on "
                                 "the device when opened"))
                            .arg(ext));
                } else if (inSet(ext, ExecExts)) {
                    raise(Severity::High,
                        Text(QT_TRANSLATE_NOOP("Finding", "a .%1 file runs as a program when opened")).arg(ext));
                } else if (inSet(ext, ContainerExts)) {
                    raise(Severity::Medium,
                        Text(QT_TRANSLATE_NOOP(
                                 "Finding", "a .%1 disk image can carry programs past download protections"))
                            .arg(ext));
                } else if (inSet(ext, MacroExts)) {
                    raise(Severity::Medium,
                        Text(QT_TRANSLATE_NOOP("Finding", "a macro-enabled Office file (.%1)")).arg(ext));
                } else if (ext == u"htm" || ext == u"html" || ext == u"shtml" || ext == u"xhtml" || ext == u"svg") {
                    raise(Severity::Low,
                        Text(QT_TRANSLATE_NOOP(
                            "Finding", "an HTML/SVG file opens in the browser, where it can show a fake login page")));
                }
            }
            // Content checks on the decoded bytes (bounded).
            const bool scanKinds = inSet(ext, LegacyOfficeExts) || inSet(ext, MacroExts) || ext == u"zip"
                || ext == u"htm" || ext == u"html" || ext == u"shtml" || ext == u"svg" || !inSet(ext, ExecExts);
            const bool scannable = a.partIndex >= 0 && a.partIndex < m.parts.size() && scanKinds
                && m.parts[a.partIndex].isAttachment && !m.parts[a.partIndex].isEmbeddedMessage;
            if (scannable && scanned >= MaxAttachmentsScanned)
                c.limitReached(
                    QStringLiteral("analysis limit: the content of only the first %1 attachments was examined")
                        .arg(MaxAttachmentsScanned));
            if (scannable && m.parts[a.partIndex].bodyLength > MaxAttachmentScan)
                c.limitReached(
                    QStringLiteral("analysis limit: the content of attachment \"%1\" (over %2 MiB) was not examined")
                        .arg(clip(name, 80))
                        .arg(MaxAttachmentScan >> 20));
            if (scannable && scanned < MaxAttachmentsScanned && m.parts[a.partIndex].bodyLength <= MaxAttachmentScan) {
                ++scanned;
                const QByteArray data = MessageParser::decodedBody(m, a.partIndex);
                if (data.startsWith("MZ") && data.size() > 64 && !inSet(ext, ExecExts)) {
                    raise(Severity::High,
                        Text(QT_TRANSLATE_NOOP(
                                 "Finding", "the content is a Windows program (MZ header) although the name says .%1"))
                            .arg(ext.isEmpty() ? Text(QT_TRANSLATE_NOOP("Finding", "(none)")) : Text::value(ext)));
                }
                if ((inSet(ext, LegacyOfficeExts) || inSet(ext, MacroExts) || ext == u"docx" || ext == u"xlsx"
                        || ext == u"pptx")
                    && containsVba(data)) {
                    raise(
                        Severity::High, Text(QT_TRANSLATE_NOOP("Finding", "the Office document contains VBA macros")));
                }
                if (data.startsWith("PK\x03\x04") && (ext == u"zip" || ext.isEmpty())) {
                    const ZipInfo z = scanZip(data);
                    if (!z.executable.isEmpty()) {
                        raise(Severity::High,
                            Text(QT_TRANSLATE_NOOP("Finding", "the archive contains %1")).arg(z.executable));
                    }
                    if (z.encrypted) {
                        raise(Severity::Medium,
                            Text(QT_TRANSLATE_NOOP("Finding",
                                "the archive is password-protected, which hides its content from virus scanners")));
                    }
                }
                if ((ext == u"htm" || ext == u"html" || ext == u"shtml" || ext == u"svg")) {
                    const QString html = QString::fromUtf8(data.left(1 << 20));
                    const HtmlText::Document d = HtmlText::parse(html);
                    for (const HtmlText::Form& f : d.forms) {
                        if (f.hasPassword) {
                            raise(Severity::High, Text(QT_TRANSLATE_NOOP("Finding", "the file holds a password form")));
                            break;
                        }
                    }
                }
            }
            if (sev == Severity::Info)
                continue;
            const QString shown
                = name.isEmpty() ? QStringLiteral("(no name, %1)").arg(QString::fromLatin1(a.contentType)) : name;
            Finding f = make(QStringLiteral("attachment_risky"), sev, shown,
                Text(QT_TRANSLATE_NOOP("Finding", "Risky attachment %1: %2.")).arg(quoted(shown), Text::list(why)));
            bool pinned = false;
            if (a.partIndex >= 0 && a.partIndex < m.parts.size()) {
                const MimePart& p = m.parts[a.partIndex];
                const HeaderField* h = filenameField(p);
                if (p.isAttachment && h && h->offset >= 0) {
                    pin(f, h, QString::fromLatin1(h->name));
                    pinned = true;
                } else if (!p.isAttachment) {
                    pinPart(f, m, a.partIndex); // a uuencoded file inside a text body
                    pinned = true;
                }
            }
            if (!pinned)
                f.header = QStringLiteral("attachment");
            c.out.append(f);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Message-ID and the Received chain

    void checkMessageId(Ctx& c)
    {
        const Message& m = c.m;
        if (c.fromHost.isEmpty() || m.messageId.isEmpty())
            return;
        const QString midHost = domainOfAddress(m.messageId);
        if (midHost.isEmpty() || DomainUtil::isIpAddress(midHost) || DomainUtil::registrableDomain(midHost).isEmpty())
            return;
        if (sameOrg(midHost, c.fromHost) || ReferenceData::isEsp(midHost))
            return;
        const bool authFailed = c.fromAuthFailed;
        QStringList infra;
        infra << c.fromHost;
        if (!c.senderHost.isEmpty())
            infra << c.senderHost;
        if (!m.returnPath.isEmpty() && !c.spfFail)
            infra << domainOfAddress(m.returnPath);
        for (const DkimSignature& s : m.dkimSignatures)
            infra << s.domain;
        for (const AuthMethodResult& r : m.auth.dkim) {
            if (r.result == u"pass")
                infra << r.domain;
        }
        for (const ReceivedHop& h : m.received) {
            if (authFailed && !h.trusted)
                continue;
            infra << h.byHost;
            if (!authFailed) {
                infra << h.fromHost << h.fromRdns;
            } else if (h.trusted) {
                // the receiving organisation may have added the Message-ID itself
            }
        }
        for (const QString& i : std::as_const(infra)) {
            if (!i.isEmpty() && sameOrg(midHost, i))
                return;
        }
        const Severity sev = authFailed ? Severity::Medium : Severity::Low;
        Text en = Text(QT_TRANSLATE_NOOP("Finding",
                           "The Message-ID was made at %1, which is neither the From domain (%2) nor a server "
                           "that handled the message for it."))
                      .arg(midHost, c.fromHost);
        if (authFailed) {
            en += Text(QT_TRANSLATE_NOOP(
                "Finding", " With the failed authentication it points to the machine that really wrote the message."));
        } else {
            en += Text(
                QT_TRANSLATE_NOOP("Finding", " Mail programs and services sometimes do this; alone it proves little."));
        }
        Finding f = make(QStringLiteral("message_id_domain_mismatch"), sev, m.messageId, en);
        pin(f, field(m, "Message-ID"), QStringLiteral("Message-ID"));
        c.out.append(f);
    }

    Text durationText(qint64 s)
    {
        s = qAbs(s);
        if (s >= 2 * 86400)
            return Text(QT_TRANSLATE_NOOP("Finding", "%1 days")).arg(s / 86400);
        if (s >= 7200)
            return Text(QT_TRANSLATE_NOOP("Finding", "%1 hours")).arg(s / 3600);
        if (s >= 120)
            return Text(QT_TRANSLATE_NOOP("Finding", "%1 minutes")).arg(s / 60);
        return Text(QT_TRANSLATE_NOOP("Finding", "%1 seconds")).arg(s);
    }

    const HeaderField* hopField(const Message& m, const ReceivedHop& h)
    {
        const QList<HeaderField>& hs = m.headers();
        return (h.headerIndex >= 0 && h.headerIndex < hs.size()) ? &hs[h.headerIndex] : nullptr;
    }

    void checkReceivedChain(Ctx& c)
    {
        const Message& m = c.m;
        const QList<ReceivedHop>& hops = m.received;
        if (hops.isEmpty())
            return;
        constexpr qint64 Tolerance = 10 * 60;
        // Hops out of time order.
        int worst = -1;
        qint64 worstDelay = 0;
        for (int i = 1; i < hops.size(); ++i) {
            if (hops[i].hasDelay && hops[i].delaySeconds < -Tolerance && hops[i].delaySeconds < worstDelay) {
                worst = i;
                worstDelay = hops[i].delaySeconds;
            }
        }
        if (worst >= 0) {
            const ReceivedHop& h = hops[worst];
            const bool forged = !hops[worst - 1].trusted && worstDelay < -86400;
            const Severity sev = forged ? Severity::Medium : Severity::Low;
            Text en = Text(QT_TRANSLATE_NOOP("Finding",
                               "Received hops are out of time order: the hop by %1 is dated %2 before the hop "
                               "that handed it the message."))
                          .arg(h.byHost.isEmpty() ? QStringLiteral("?") : h.byHost, durationText(worstDelay));
            if (forged) {
                en += Text(QT_TRANSLATE_NOOP(
                    "Finding", " The earlier line was written on the sender's side and may be forged."));
            } else {
                en += Text(QT_TRANSLATE_NOOP("Finding", " Usually a wrong server clock."));
            }
            Finding f = make(QStringLiteral("received_chain_anomaly"), sev, h.raw, en);
            pin(f, hopField(m, h), QStringLiteral("Received"));
            c.out.append(f);
        }
        // Lines that match no known form.
        for (const ReceivedHop& h : hops) {
            if (h.parsed)
                continue;
            Finding f = make(QStringLiteral("received_chain_anomaly"), Severity::Low, h.raw,
                Text(QT_TRANSLATE_NOOP("Finding",
                    "A Received line matches no known server format; it may have been written by hand or damaged.")));
            pin(f, hopField(m, h), QStringLiteral("Received"));
            c.out.append(f);
            break;
        }
        // Date far from the first hop.
        const ReceivedHop& first = hops.first();
        if (m.date.isValid() && first.date.isValid()) {
            const qint64 diff = m.date.secsTo(first.date); // > 0: Date before the first hop
            Text en;
            if (diff < -2 * 3600) {
                en = Text(QT_TRANSLATE_NOOP("Finding",
                              "The Date header is %1 later than the first Received hop: the message claims to be "
                              "written after it was already on its way."))
                         .arg(durationText(diff));
            } else if (diff > 3 * 86400) {
                en = Text(QT_TRANSLATE_NOOP("Finding", "The Date header is %1 earlier than the first Received hop."))
                         .arg(durationText(diff));
            }
            if (!en.isEmpty()) {
                Finding f = make(QStringLiteral("received_chain_anomaly"), Severity::Low,
                    QStringLiteral("Date: %1 / first hop: %2")
                        .arg(m.dateRaw.left(60), first.raw.section(u';', -1).trimmed().left(60)),
                    en);
                pin(f, field(m, "Date"), QStringLiteral("Date"));
                c.out.append(f);
            }
        }
    }

    bool sameFinding(const Finding& a, const Finding& b)
    {
        return a.signal == b.signal && a.header == b.header && a.offset == b.offset && a.evidence == b.evidence;
    }

} // namespace

namespace {
    // Each of these alone is weak (legitimate mail shows one or two of them); three or more
    // independent ones in a message that has nothing stronger are worth a look. Measured on the
    // corpus: phishing +26, legitimate mail +2 (docs/findings.md).
    void checkCombinedWeakSignals(Ctx& c)
    {
        static const QStringList weak { QStringLiteral("spf_fail"), QStringLiteral("dkim_missing_or_fail"),
            QStringLiteral("dmarc_fail"), QStringLiteral("dkim_domain_mismatch"), QStringLiteral("returnpath_mismatch"),
            QStringLiteral("from_replyto_mismatch"), QStringLiteral("message_id_domain_mismatch"),
            QStringLiteral("risky_link"), QStringLiteral("link_text_mismatch"),
            QStringLiteral("display_name_contains_address"), QStringLiteral("tracking_beacon"),
            QStringLiteral("freemail_sender"), QStringLiteral("received_chain_anomaly") };
        QStringList seen;
        for (const Finding& f : std::as_const(c.out)) {
            if (f.severity >= Severity::Medium)
                return;
            // Info means "present but explained" (a mailing list, an ESP): not a sign.
            if (f.severity == Severity::Low && weak.contains(f.signal) && !seen.contains(f.signal))
                seen << f.signal;
        }
        for (const Finding& f : c.m.findings) {
            if (f.severity >= Severity::Medium)
                return;
        }
        if (seen.size() < 3)
            return;
        Finding f = make(QStringLiteral("weak_signals_combined"), Severity::Medium, seen.join(QStringLiteral(", ")),
            Text(QT_TRANSLATE_NOOP("Finding",
                     "%1 weak signs come together in this message (%2). Each can have an innocent reason; "
                     "together they are typical of unsolicited or deceptive mail."))
                .arg(seen.size())
                .arg(seen.join(QStringLiteral(", "))));
        f.header = QStringLiteral("(several)");
        c.out.append(f);
    }
} // namespace

namespace {
    QList<Finding> run(const Message& m, QStringList* limits)
    {
        Ctx c(m);
        if (m.parts.isEmpty())
            return {};
        prepare(c);
        checkReplyTo(c);
        checkReturnPath(c);
        checkDkimDomain(c);
        checkAuth(c);
        checkDisplayNames(c);
        checkDisplayNameImpersonation(c);
        checkFreemail(c);
        checkFreemailClaimsRecipientOrg(c);
        checkLookalikes(c);
        checkNotificationHeaders(c);
        checkCampaignPatterns(c);
        checkMessageId(c);
        checkReceivedChain(c);
        checkTrackingBeacon(c);
        checkLinkText(c);
        checkRiskyLinks(c);
        checkAttachments(c);
        checkPaymentRequest(c); // its severity depends on the other findings
        checkCombinedWeakSignals(c); // last: it reads all the others
        if (limits)
            *limits = c.limits;
        return c.out;
    }
} // namespace

QList<Finding> findings(const Message& m)
{
    return run(m, nullptr);
}

QList<Finding> findings(const Message& m, QStringList* limits)
{
    return run(m, limits);
}

void analyze(Message& m)
{
    QStringList limits;
    const QList<Finding> found = run(m, &limits);
    // A limit reached is said, never silent: it goes with the parser's defects.
    for (const QString& note : std::as_const(limits)) {
        if (!m.defects.contains(note))
            m.defects.append(note);
    }
    for (const Finding& f : found) {
        bool dup = false;
        for (const Finding& e : std::as_const(m.findings)) {
            if (sameFinding(e, f)) {
                dup = true;
                break;
            }
        }
        if (!dup)
            m.findings.append(f);
    }
}

} // namespace MailTriage::MessageAnalyzer
