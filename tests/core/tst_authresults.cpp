// SPDX-License-Identifier: GPL-3.0-or-later
#include "authresults.h"
#include "headerblock.h"
#include "receivedparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace MailTriage;
using namespace Qt::StringLiterals;

namespace {

QString sharedDir()
{
    return QString::fromUtf8(MAILTRIAGE_SHARED_DIR);
}

QList<HeaderField> fields(const QStringList& lines)
{
    QByteArray data;
    for (const QString& l : lines)
        data += l.toUtf8() + "\r\n";
    data += "\r\nbody\r\n";
    return HeaderBlock::parse(data).fields;
}

QList<HeaderField> headersOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > (64 << 20))
        return {};
    return HeaderBlock::parse(f.readAll()).fields;
}

// "method|result|domain|selector" per result.
QStringList describe(const QList<AuthMethodResult>& results)
{
    QStringList out;
    for (const AuthMethodResult& r : results)
        out << r.method + u'|' + r.result + u'|' + r.domain + u'|' + r.selector;
    return out;
}

AuthSummary summaryOf(const QList<HeaderField>& h)
{
    return AuthResults::summarize(h, ReceivedParser::parseChain(h));
}

} // namespace

class TestAuthResults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void reasons();
    void hostileInput_data();
    void hostileInput();
    void summaryScenarioM08();
    void summaryScenarioFiles();
    void summaryIgnoresForgedBelowBoundary();
    void summaryGmailLayout();
    void summaryOffice365();
    void summaryWithoutReceived();
    void summaryReceivedSpf();
    void summaryArc();
    void summaryEmpty();
    void dkimSignatures();
    void dkimSignaturesScenario();
};

void TestAuthResults::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("authservId");
    QTest::addColumn<QStringList>("results");

    QTest::newRow("scenario M08")
        << u"mx.pelangiteguh-eng.com.my;\r\n\tspf=fail (mx.pelangiteguh-eng.com.my: domain of haruka.nishizono@kumoyuki-fs.co.jp does not designate 198.51.100.211 as permitted sender) smtp.mailfrom=haruka.nishizono@kumoyuki-fs.co.jp;\tdkim=none (message not signed);\tdmarc=fail (p=NONE sp=NONE dis=NONE) header.from=kumoyuki-fs.co.jp"_s
        << true << u"mx.pelangiteguh-eng.com.my"_s
        << QStringList { u"spf|fail|kumoyuki-fs.co.jp|"_s, u"dkim|none||"_s, u"dmarc|fail|kumoyuki-fs.co.jp|"_s };
    QTest::newRow("gmail")
        << u"mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601 header.b=abcd1234; spf=pass (google.com: domain of x@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=x@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"_s
        << true << u"mx.google.com"_s
        << QStringList { u"dkim|pass|gmail.com|20230601"_s, u"spf|pass|gmail.com|"_s, u"dmarc|pass|gmail.com|"_s };
    QTest::newRow("office365 without authserv-id")
        << u"spf=pass (sender IP is 51.75.86.68) smtp.mailfrom=mail.shilopar.com; dkim=pass (signature was verified) header.d=shilopar.com;dmarc=pass action=none header.from=mail.shilopar.com;compauth=pass reason=100"_s
        << true << QString()
        << QStringList { u"spf|pass|mail.shilopar.com|"_s, u"dkim|pass|shilopar.com|"_s,
               u"dmarc|pass|mail.shilopar.com|"_s, u"compauth|pass||"_s };
    QTest::newRow("office365 dkim none header.d=none")
        << u"spf=fail (sender IP is 176.119.156.60) smtp.mailfrom=team.mobile.de; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=team.mobile.de;compauth=fail reason=001"_s
        << true << QString()
        << QStringList { u"spf|fail|team.mobile.de|"_s, u"dkim|none||"_s, u"dmarc|none|team.mobile.de|"_s,
               u"compauth|fail||"_s };
    QTest::newRow("office365 helo, empty header.from")
        << u"spf=none (sender IP is 103.139.193.110) smtp.helo=ip103-139-193-110.cloudhost.web.id; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=;"_s
        << true << QString()
        << QStringList { u"spf|none|ip103-139-193-110.cloudhost.web.id|"_s, u"dkim|none||"_s, u"dmarc|none||"_s };
    QTest::newRow("none") << u"mx.example.org; none"_s << true << u"mx.example.org"_s << QStringList();
    QTest::newRow("version") << u"mx.example.org 1; spf=pass smtp.mailfrom=a@b.example"_s << true << u"mx.example.org"_s
                             << QStringList { u"spf|pass|b.example|"_s };
    QTest::newRow("arc google")
        << u"i=1; mx.google.com;       dkim=pass header.i=@a.example header.s=s1 header.b=x;       arc=none"_s << true
        << u"mx.google.com"_s << QStringList { u"dkim|pass|a.example|s1"_s, u"arc|none||"_s };
    QTest::newRow("arc microsoft")
        << u"i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=a.example; dmarc=pass action=none header.from=a.example; dkim=pass header.d=a.example; arc=none"_s
        << true << u"mx.microsoft.com"_s
        << QStringList { u"spf|pass|a.example|"_s, u"dmarc|pass|a.example|"_s, u"dkim|pass|a.example|"_s,
               u"arc|none||"_s };
    QTest::newRow("quoted values, nested comment")
        << u"example.net; dkim=pass (good signature (2048-bit key; secure)) header.d=\"A.Example\" header.s=\"sel;1\" header.b=\"ab=\""_s
        << true << u"example.net"_s << QStringList { u"dkim|pass|a.example|sel;1"_s };
    QTest::newRow("spaces around =") << u"example.net; spf = pass smtp.mailfrom = x@y.example"_s << true
                                     << u"example.net"_s << QStringList { u"spf|pass|y.example|"_s };
    QTest::newRow("base64 padding kept") << u"example.net; dkim=pass header.b=abc= header.s=sel header.d=d.example"_s
                                         << true << u"example.net"_s << QStringList { u"dkim|pass|d.example|sel"_s };
    QTest::newRow("old draft propspec segment")
        << u"somewhere.someplace.org; header.From=mickey@someplace.org; dkim=pass ( message from someplace.org verified; );"_s
        << true << u"somewhere.someplace.org"_s << QStringList { u"dkim|pass||"_s };
    QTest::newRow("smtp.mail")
        << u"mx.google.com; spf=neutral (google.com: 203.12.160.161 is neither permitted nor denied by domain of test@lindsaar.net) smtp.mail=test@lindsaar.net"_s
        << true << u"mx.google.com"_s << QStringList { u"spf|neutral|lindsaar.net|"_s };
    QTest::newRow("header.i only")
        << u"mx.google.com; dkim=fail header.i=@deliver-fedex-com.20150623.gappssmtp.com header.s=20150623 header.b=1fkkHD25"_s
        << true << u"mx.google.com"_s
        << QStringList { u"dkim|fail|deliver-fedex-com.20150623.gappssmtp.com|20150623"_s };
    QTest::newRow("two methods in one segment")
        << u"mx.example.org; spf=pass smtp.mailfrom=a@b.example dkim=pass header.d=b.example"_s << true
        << u"mx.example.org"_s << QStringList { u"spf|pass|b.example|"_s, u"dkim|pass|b.example|"_s };
    QTest::newRow("upper case") << u"SPF=PASS smtp.mailfrom=A@B.EXAMPLE"_s << true << QString()
                                << QStringList { u"spf|pass|b.example|"_s };
    QTest::newRow("method version") << u"x.example; dkim/1=pass header.d=a.example"_s << true << u"x.example"_s
                                    << QStringList { u"dkim|pass|a.example|"_s };
    QTest::newRow("iprev and auth")
        << u"x.example; iprev=pass policy.iprev=192.0.2.1; auth=pass smtp.auth=u@example.com"_s << true
        << u"x.example"_s << QStringList { u"iprev|pass||"_s, u"auth|pass||"_s };
    QTest::newRow("authserv-id only") << u"authrestest2int"_s << true << u"authrestest2int"_s << QStringList();
    QTest::newRow("empty") << QString() << false << QString() << QStringList();
    QTest::newRow("garbage parens") << u"((("_s << false << QString() << QStringList();
    QTest::newRow("semicolons only") << u";;;;"_s << false << QString() << QStringList();
}

void TestAuthResults::parse()
{
    QFETCH(QString, value);
    const AuthResults::Parsed p = AuthResults::parse(value);
    QTEST(p.valid, "valid");
    QTEST(p.authservId, "authservId");
    QTEST(describe(p.results), "results");
}

void TestAuthResults::reasons()
{
    AuthResults::Parsed p = AuthResults::parse(
        u"example.net; dmarc=fail reason=\"policy says no\" header.from=z.example; dkim=none (message not signed)"_s);
    QCOMPARE(p.results.size(), 2);
    QCOMPARE(p.results[0].reason, u"policy says no"_s);
    QCOMPARE(p.results[1].reason, u"message not signed"_s);
    p = AuthResults::parse(u"example.net; dkim=pass (good signature (2048-bit key; secure)) header.d=a.example"_s);
    QCOMPARE(p.results[0].reason, u"good signature (2048-bit key; secure)"_s);
    p = AuthResults::parse(u"compauth=pass reason=100"_s);
    QCOMPARE(p.results[0].reason, u"100"_s);
}

void TestAuthResults::hostileInput_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("open parens") << QString(1 << 20, u'(');
    QTest::newRow("quote") << u"x; spf=\""_s + QString(1 << 20, u'a');
    QTest::newRow("semicolons") << QString(1 << 20, u';');
    QTest::newRow("equals") << QString(1 << 20, u'=');
    QString many;
    for (int i = 0; i < 20000; ++i)
        many += u"dkim=pass header.d=a.example; "_s;
    QTest::newRow("many results") << many;
    QString props;
    for (int i = 0; i < 100000; ++i)
        props += u"a = "_s;
    QTest::newRow("many equals words") << u"x; spf=pass "_s + props;
    QTest::newRow("backslashes") << u"x; (\\"_s + QString(100001, u'\\');
    QTest::newRow("controls") << u"\u0000; \u0001=\u0002; (\u0000)"_s;
}

void TestAuthResults::hostileInput()
{
    QFETCH(QString, value);
    QElapsedTimer t;
    t.start();
    const AuthResults::Parsed p = AuthResults::parse(value);
    QVERIFY(p.results.size() <= 200);
    const QList<HeaderField> h
        = fields({ u"Authentication-Results: "_s + value, u"DKIM-Signature: "_s + value, u"Received-SPF: "_s + value });
    const AuthSummary s = AuthResults::summarize(h, {});
    QVERIFY(s.all.size() <= 200);
    const QList<DkimSignature> sigs = AuthResults::dkimSignatures(h);
    QCOMPARE(sigs.size(), 1);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
}

void TestAuthResults::summaryScenarioM08()
{
    const QString path
        = sharedDir() + u"/scenarios/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml"_s;
    MAILTRIAGE_NEED_SHARED(path);
    const QList<HeaderField> h = headersOfFile(path);
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 3);
    QCOMPARE(hops[0].fromIp, u"198.51.100.211"_s);
    const AuthSummary s = AuthResults::summarize(h, hops);
    QCOMPARE(s.spf, u"fail"_s);
    QCOMPARE(s.dmarc, u"fail"_s);
    QVERIFY(s.arc.isEmpty());
    QVERIFY(s.dkim.isEmpty() || (s.dkim.size() == 1 && s.dkim[0].result == u"none"_s));
    QCOMPARE(s.authservId, u"mx.pelangiteguh-eng.com.my"_s);
    QVERIFY(s.headerIndex >= 0);
    QVERIFY(h[s.headerIndex].is("Authentication-Results"));
    QCOMPARE(s.all.size(), 3);
    QVERIFY(AuthResults::dkimSignatures(h).isEmpty());
}

void TestAuthResults::summaryScenarioFiles()
{
    const QString dir = sharedDir() + u"/scenarios"_s;
    MAILTRIAGE_NEED_SHARED(dir);
    struct Expect {
        const char16_t* file;
        const char16_t* spf;
        const char16_t* dmarc;
        QStringList dkim;
    };
    const Expect expects[] = {
        { u"case-2019q3-1/mailbox-B/M11_inbox_2019-08-01_FAKE-freemail-invoice.eml", u"pass", u"pass",
            { u"dkim|pass|consultant.com|"_s } },
        { u"case-2019q3-2/mailbox-B/03_inbox_2019-08-26_FAKE-CEO.eml", u"pass", u"none", { u"dkim|none||"_s } },
        { u"case-2019q3-1/mailbox-A/M02_inbox_2019-07-12_comments.eml", u"pass", u"pass",
            { u"dkim|pass|pelangiteguh-eng.com.my|"_s } },
    };
    for (const Expect& e : expects) {
        const QList<HeaderField> h = headersOfFile(dir + u'/' + QStringView(e.file));
        QVERIFY2(!h.isEmpty(), qPrintable(QStringView(e.file).toString()));
        const AuthSummary s = summaryOf(h);
        QCOMPARE(s.spf, QStringView(e.spf).toString());
        QCOMPARE(s.dmarc, QStringView(e.dmarc).toString());
        QCOMPARE(describe(s.dkim), e.dkim);
    }
    // Every delivered copy has verdicts; sent-folder copies (no trace headers) have none.
    int delivered = 0, sent = 0;
    QDirIterator it(dir, { u"*.eml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QList<HeaderField> h = headersOfFile(path);
        const AuthSummary s = summaryOf(h);
        bool hasAr = false;
        for (const HeaderField& f : h)
            hasAr = hasAr || f.is("Authentication-Results");
        if (hasAr) {
            ++delivered;
            QVERIFY2(!s.spf.isEmpty() && !s.dmarc.isEmpty() && !s.authservId.isEmpty(), qPrintable(path));
        } else {
            ++sent;
            QVERIFY2(s.spf.isEmpty() && s.headerIndex == -1, qPrintable(path));
        }
    }
    QVERIFY(delivered >= 5);
    qInfo("scenario files: %d with Authentication-Results, %d without", delivered, sent);
}

void TestAuthResults::summaryIgnoresForgedBelowBoundary()
{
    const QList<HeaderField> h = fields({
        u"Received: from mx.victim.example (mx.victim.example [10.1.1.1]) by mbox.victim.example with LMTP id A; Wed, 31 Jul 2019 10:00:03 +0000"_s,
        u"Authentication-Results: mx.victim.example; spf=fail smtp.mailfrom=ceo@victim.example; dmarc=fail header.from=victim.example"_s,
        u"Received: from attacker.example (attacker.example [203.0.113.66]) by mx.victim.example with ESMTP id B; Wed, 31 Jul 2019 10:00:02 +0000"_s,
        u"Authentication-Results: evil.example; spf=pass smtp.mailfrom=ceo@victim.example; dkim=pass header.d=victim.example header.s=x; dmarc=pass header.from=victim.example; arc=pass"_s,
        u"Received-SPF: pass (evil.example: trust me) client-ip=203.0.113.66;"_s,
        u"Received: from pc (pc [192.168.0.2]) by attacker.example with ESMTPSA id C; Wed, 31 Jul 2019 10:00:01 +0000"_s,
    });
    const AuthSummary s = summaryOf(h);
    QCOMPARE(s.spf, u"fail"_s);
    QCOMPARE(s.dmarc, u"fail"_s);
    QVERIFY(s.dkim.isEmpty());
    QVERIFY(s.arc.isEmpty());
    QCOMPARE(s.headerIndex, 1);
    QCOMPARE(s.authservId, u"mx.victim.example"_s);
    QCOMPARE(s.all.size(), 2);

    // Only the forged one: no verdicts at all (and not the forged Received-SPF either).
    QList<HeaderField> h2 = h;
    h2.removeAt(1);
    const AuthSummary s2 = summaryOf(h2);
    QVERIFY(s2.spf.isEmpty());
    QVERIFY(s2.dmarc.isEmpty());
    QCOMPARE(s2.headerIndex, -1);
    QVERIFY(s2.all.isEmpty());

    // A bare authserv-id names no organisation, even when a trusted hop says "by localhost".
    const QList<HeaderField> h3 = fields({
        u"Received: from mx.example.org (mx.example.org [10.0.0.1]) by localhost with LMTP; Wed, 31 Jul 2019 10:00:03 +0000"_s,
        u"Received: from evil.example (evil.example [203.0.113.1]) by mx.example.org with ESMTP; Wed, 31 Jul 2019 10:00:02 +0000"_s,
        u"Authentication-Results: localhost; spf=pass smtp.mailfrom=a@b.example"_s,
        u"Received: from pc (pc [192.168.0.2]) by evil.example with ESMTPSA; Wed, 31 Jul 2019 10:00:01 +0000"_s,
    });
    const QList<ReceivedHop> hops3 = ReceivedParser::parseChain(h3);
    QVERIFY(hops3[1].trusted && hops3[2].trusted && !hops3[0].trusted);
    QVERIFY(AuthResults::summarize(h3, hops3).spf.isEmpty());
}

void TestAuthResults::summaryGmailLayout()
{
    // Gmail writes Received-SPF and Authentication-Results below its own Received line.
    const QList<HeaderField> h = fields({
        u"Received: by 2002:a05:6a10:8a07:b0:4b1:2d5e:1b23 with SMTP id ab7csp123456pxb; Wed, 31 Jul 2019 04:38:56 -0700 (PDT)"_s,
        u"X-Received: by 2002:a17:90a:1234::5 with SMTP id x; Wed, 31 Jul 2019 04:38:56 -0700 (PDT)"_s,
        u"ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@example.net header.s=arcsel; spf=pass smtp.mailfrom=a@example.net; dmarc=pass header.from=example.net"_s,
        u"Return-Path: <a@example.net>"_s,
        u"Received: from mail.example.net (mail.example.net. [192.0.2.10]) by mx.google.com with ESMTPS id z1si123 for <b@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Wed, 31 Jul 2019 04:38:55 -0700 (PDT)"_s,
        u"Received-SPF: softfail (google.com: domain of transitioning a@example.net does not designate 192.0.2.10 as permitted sender) client-ip=192.0.2.10;"_s,
        u"Authentication-Results: mx.google.com; dkim=pass header.i=@example.net header.s=sel1 header.b=abc; dkim=fail header.i=@other.example header.s=s2; spf=softfail (google.com: ...) smtp.mailfrom=a@example.net; dmarc=pass (p=REJECT) header.from=example.net"_s,
        u"Received: from pc (pc [192.168.0.2]) by mail.example.net with ESMTPSA id C; Wed, 31 Jul 2019 13:38:54 +0200"_s,
        u"Authentication-Results: mail.example.net; spf=pass smtp.mailfrom=a@example.net; arc=pass"_s,
    });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 3);
    QVERIFY(!hops[0].trusted);
    QVERIFY(hops[1].trusted);
    QVERIFY(hops[2].trusted);
    const AuthSummary s = AuthResults::summarize(h, hops);
    QCOMPARE(s.spf, u"softfail"_s);
    QCOMPARE(s.dmarc, u"pass"_s);
    QVERIFY(s.arc.isEmpty()); // the sender's own "arc=pass" does not count
    QCOMPARE(describe(s.dkim), (QStringList { u"dkim|pass|example.net|sel1"_s, u"dkim|fail|other.example|s2"_s }));
    QCOMPARE(s.headerIndex, 6);
    QCOMPARE(s.authservId, u"mx.google.com"_s);
    QCOMPARE(s.all.size(), 4);
}

void TestAuthResults::summaryOffice365()
{
    const QList<HeaderField> h = fields({
        u"Received: from SJ0PR19MB6655.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Mon, 7 Aug 2023 05:11:54 +0000"_s,
        u"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=fail action=none header.from=bradesco.com.br; dkim=none; arc=none"_s,
        u"Received: from DM6NAM11FT010.eop-nam11.prod.protection.outlook.com (2603:10b6:a03:33e:cafe::4e) by SJ0PR19MB6655.namprd19.prod.outlook.com (2603:10b6:a03:33e::17) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6652.26 via Frontend Transport; Mon, 7 Aug 2023 05:11:54 +0000"_s,
        u"Authentication-Results: spf=none (sender IP is 137.184.191.184) smtp.mailfrom=ubuntu-s-1vcpu-512mb-10gb-sfo3-01; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=bradesco.com.br;compauth=fail reason=001"_s,
        u"Received-SPF: None (protection.outlook.com: ubuntu-s-1vcpu-512mb-10gb-sfo3-01 does not designate permitted sender hosts)"_s,
        u"Received: from ubuntu-s-1vcpu-512mb-10gb-sfo3-01 (137.184.191.184) by DM6NAM11FT010.mail.protection.outlook.com (10.13.172.222) with Microsoft SMTP Server id 15.20.6652.20 via Frontend Transport; Mon, 7 Aug 2023 05:11:53 +0000"_s,
        u"Received: by ubuntu-s-1vcpu-512mb-10gb-sfo3-01 (Postfix, from userid 0) id 1402B446AB; Mon,  7 Aug 2023 02:47:20 +0000 (UTC)"_s,
    });
    const AuthSummary s = summaryOf(h);
    QCOMPARE(s.spf, u"none"_s);
    QCOMPARE(s.dmarc, u"fail"_s);
    QCOMPARE(describe(s.dkim), QStringList { u"dkim|none||"_s });
    QCOMPARE(s.headerIndex, 3);
    QVERIFY(s.authservId.isEmpty());
}

void TestAuthResults::summaryWithoutReceived()
{
    const QList<HeaderField> h = fields({
        u"Subject: x"_s,
        u"Authentication-Results: top.example; spf=pass smtp.mailfrom=a@b.example; dmarc=pass header.from=b.example"_s,
        u"Authentication-Results: lower.example; spf=fail smtp.mailfrom=a@b.example; dkim=pass header.d=b.example"_s,
    });
    const AuthSummary s = AuthResults::summarize(h, {});
    QCOMPARE(s.spf, u"pass"_s);
    QCOMPARE(s.dmarc, u"pass"_s);
    QVERIFY(s.dkim.isEmpty()); // only the topmost header counts
    QCOMPARE(s.headerIndex, 1);
    QCOMPARE(s.authservId, u"top.example"_s);
}

void TestAuthResults::summaryReceivedSpf()
{
    // Received-SPF of the receiving MX (identified by its comment), no Authentication-Results.
    {
        const QList<HeaderField> h = fields({
            u"Received-SPF: SoftFail (mx.example.org: domain of a@b.example is not designated) client-ip=203.0.113.5"_s,
            u"Received: from b.example (b.example [203.0.113.5]) by mx.example.org with ESMTP; Wed, 31 Jul 2019 10:00:00 +0000"_s,
        });
        const AuthSummary s = summaryOf(h);
        QCOMPARE(s.spf, u"softfail"_s);
        QCOMPARE(s.headerIndex, -1);
    }
    // receiver= names the receiving side, below its Received line.
    {
        const QList<HeaderField> h = fields({
            u"Received: from x.outlook.com (::1) by y.outlook.com with HTTPS; Wed, 31 Jul 2019 10:00:01 +0000"_s,
            u"Received: from b.example (203.0.113.5) by z.mail.protection.outlook.com (10.0.0.1) with Microsoft SMTP Server id 15.20.1; Wed, 31 Jul 2019 10:00:00 +0000"_s,
            u"Received-SPF: Fail (protection.outlook.com: domain of b.example does not designate 203.0.113.5 as permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.5; helo=b.example;"_s,
            u"Received: from pc by b.example with SMTP; Wed, 31 Jul 2019 09:59:00 +0000"_s,
        });
        QCOMPARE(summaryOf(h).spf, u"fail"_s);
    }
    // Not from the receiving side: ignored.
    {
        const QList<HeaderField> h = fields({
            u"Received: from b.example (b.example [203.0.113.5]) by mx.example.org with ESMTP; Wed, 31 Jul 2019 10:00:00 +0000"_s,
            u"Received-SPF: pass (b.example: trust me) client-ip=203.0.113.5"_s,
            u"Received: from pc (pc [192.168.1.1]) by b.example with ESMTP; Wed, 31 Jul 2019 09:00:00 +0000"_s,
        });
        QVERIFY(summaryOf(h).spf.isEmpty());
    }
    // An Authentication-Results spf verdict wins over Received-SPF.
    {
        const QList<HeaderField> h = fields({
            u"Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=a@b.example"_s,
            u"Received-SPF: fail (mx.example.org: no) client-ip=203.0.113.5"_s,
            u"Received: from b.example (b.example [203.0.113.5]) by mx.example.org with ESMTP; Wed, 31 Jul 2019 10:00:00 +0000"_s,
        });
        QCOMPARE(summaryOf(h).spf, u"pass"_s);
    }
    // No trace headers at all: the topmost Received-SPF.
    {
        const QList<HeaderField> h = fields({ u"Received-SPF: Neutral (x.example: hm)"_s, u"Received-SPF: pass"_s });
        QCOMPARE(AuthResults::summarize(h, {}).spf, u"neutral"_s);
    }
}

void TestAuthResults::summaryArc()
{
    const QList<HeaderField> h = fields({
        u"Authentication-Results: mx.example.org; arc=fail (i=2 broken); spf=pass smtp.mailfrom=l@lists.example; dkim=pass header.d=lists.example header.s=k"_s,
        u"Received: from lists.example (lists.example [203.0.113.7]) by mx.example.org with ESMTPS; Wed, 31 Jul 2019 10:00:00 +0000"_s,
    });
    const AuthSummary s = summaryOf(h);
    QCOMPARE(s.arc, u"fail"_s);
    QCOMPARE(s.spf, u"pass"_s);
    QVERIFY(s.dmarc.isEmpty());
    QCOMPARE(describe(s.dkim), QStringList { u"dkim|pass|lists.example|k"_s });

    // Only an ARC-Authentication-Results of the receiving side: used when nothing else exists.
    const QList<HeaderField> h2 = fields({
        u"ARC-Authentication-Results: i=1; mx.example.org; arc=none; spf=pass smtp.mailfrom=a@b.example"_s,
        u"Received: from b.example (b.example [203.0.113.7]) by mx.example.org with ESMTPS; Wed, 31 Jul 2019 10:00:00 +0000"_s,
    });
    const AuthSummary s2 = summaryOf(h2);
    QCOMPARE(s2.arc, u"none"_s);
    QCOMPARE(s2.spf, u"pass"_s);
    QCOMPARE(s2.headerIndex, 0);
}

void TestAuthResults::summaryEmpty()
{
    const AuthSummary s = AuthResults::summarize({}, {});
    QVERIFY(s.spf.isEmpty() && s.dmarc.isEmpty() && s.arc.isEmpty() && s.dkim.isEmpty() && s.all.isEmpty());
    QCOMPARE(s.headerIndex, -1);
    // "none": the header is known, with no verdicts.
    const QList<HeaderField> h = fields({ u"Authentication-Results: mx.example.org; none"_s });
    const AuthSummary s2 = AuthResults::summarize(h, {});
    QVERIFY(s2.spf.isEmpty());
    QCOMPARE(s2.authservId, u"mx.example.org"_s);
    QCOMPARE(s2.headerIndex, 0);
}

void TestAuthResults::dkimSignatures()
{
    const QList<HeaderField> h = fields({
        u"DKIM-Signature: v=1; a=RSA-SHA256; c=relaxed/relaxed; d=Example.COM;"_s,
        u"\ts=sel"_s,
        u"\t 1; h=From : To:"_s,
        u"\tSubject::Date; bh=abc=; b=def"_s,
        u"Subject: x"_s,
        u"dkim-signature: v=1; d=other.example; s=s2; a=ed25519-sha256; h=from"_s,
        u"DKIM-Signature: garbage without tags"_s,
    });
    const QList<DkimSignature> sigs = AuthResults::dkimSignatures(h);
    QCOMPARE(sigs.size(), 3);
    QCOMPARE(sigs[0].domain, u"example.com"_s);
    QCOMPARE(sigs[0].selector, u"sel1"_s);
    QCOMPARE(sigs[0].algorithm, u"rsa-sha256"_s);
    QCOMPARE(sigs[0].signedHeaders, (QStringList { u"From"_s, u"To"_s, u"Subject"_s, u"Date"_s }));
    QCOMPARE(sigs[0].headerIndex, 0);
    QCOMPARE(sigs[1].domain, u"other.example"_s);
    QCOMPARE(sigs[1].selector, u"s2"_s);
    QCOMPARE(sigs[1].algorithm, u"ed25519-sha256"_s);
    QCOMPARE(sigs[1].signedHeaders, QStringList { u"from"_s });
    QCOMPARE(sigs[1].headerIndex, 2);
    QVERIFY(sigs[2].domain.isEmpty());
    QCOMPARE(sigs[2].headerIndex, 3);
}

void TestAuthResults::dkimSignaturesScenario()
{
    const QString path
        = sharedDir() + u"/scenarios/case-2019q3-1/mailbox-B/M11_inbox_2019-08-01_FAKE-freemail-invoice.eml"_s;
    MAILTRIAGE_NEED_SHARED(path);
    const QList<HeaderField> h = headersOfFile(path);
    const QList<DkimSignature> sigs = AuthResults::dkimSignatures(h);
    QCOMPARE(sigs.size(), 1);
    QCOMPARE(sigs[0].domain, u"consultant.com"_s);
    QCOMPARE(sigs[0].selector, u"s1024"_s);
    QCOMPARE(sigs[0].algorithm, u"rsa-sha256"_s);
    QCOMPARE(sigs[0].signedHeaders,
        (QStringList { u"From"_s, u"To"_s, u"Cc"_s, u"Subject"_s, u"Date"_s, u"Message-ID"_s, u"MIME-Version"_s,
            u"Content-Type"_s }));
    QVERIFY(h[sigs[0].headerIndex].is("DKIM-Signature"));
}

QTEST_GUILESS_MAIN(TestAuthResults)
#include "tst_authresults.moc"
