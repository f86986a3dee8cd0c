// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerparameters.h"

#include <QTest>

using namespace MailTriage;

class TestHeaderParameters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simple()
    {
        const auto p = HeaderParameters::parse("Text/Plain; charset=\"ISO-2022-JP\"; format=flowed");
        QCOMPARE(p.value, QByteArray("text/plain"));
        QCOMPARE(p.rawParam("charset"), QByteArray("ISO-2022-JP"));
        QCOMPARE(p.param("format"), QStringLiteral("flowed"));
    }
    void quotedSpecials()
    {
        const auto p = HeaderParameters::parse("multipart/mixed; boundary=\"----=_Part;0\\\"x\"");
        QCOMPARE(p.rawParam("boundary"), QByteArray("----=_Part;0\"x"));
    }
    void commentsAndSpaces()
    {
        const auto p = HeaderParameters::parse("text/plain (a comment) ; charset = us-ascii (Plain text)");
        QCOMPARE(p.value, QByteArray("text/plain"));
        QCOMPARE(p.rawParam("charset"), QByteArray("us-ascii"));
    }
    void rfc2231Continuations()
    {
        // RFC 2231 section 3 and 4 examples combined.
        const auto p = HeaderParameters::parse("message/external-body; access-type=URL; URL*0=\"ftp://\"; "
                                               "URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"");
        QCOMPARE(p.param("url"), QStringLiteral("ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar"));
    }
    void rfc2231CharsetAndLanguage()
    {
        const auto p
            = HeaderParameters::parse("application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A");
        QCOMPARE(p.param("title"), QStringLiteral("This is ***fun***"));
        QCOMPARE(p.params.first().language, QByteArray("en-us"));
    }
    void rfc2231MixedSections()
    {
        const auto p = HeaderParameters::parse("application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; "
                                               "title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2=\"isn't it!\"");
        QCOMPARE(p.param("title"), QStringLiteral("This is even more ***fun*** isn't it!"));
    }
    void rfc2231OutOfOrderJapanese()
    {
        // A long Japanese file name, UTF-8 percent-encoded, sections written out of order.
        const auto p
            = HeaderParameters::parse("attachment; filename*1*=%E3%83%88.pdf; filename*0*=UTF-8''%E3%83%86%E3%82%B9");
        QCOMPARE(p.value, QByteArray("attachment"));
        QCOMPARE(p.param("filename"), QStringLiteral("テスト.pdf"));
    }
    void rfc2231WinsOverPlain()
    {
        const auto p
            = HeaderParameters::parse("attachment; filename=\"fallback.txt\"; filename*=utf-8''real%20name.txt");
        // The plain one and the extended one are the same parameter; the extended one is read.
        QCOMPARE(p.param("filename"), QStringLiteral("real name.txt"));
    }
    void encodedWordInQuotedValue()
    {
        const auto p = HeaderParameters::parse("attachment; filename=\"=?UTF-8?B?44OG44K544OI?=.pdf\"");
        QCOMPARE(p.param("filename"), QStringLiteral("テスト.pdf"));
    }
    void missingValueIsDefect()
    {
        const auto p = HeaderParameters::parse("text/plain; charset");
        QVERIFY(!p.defects.isEmpty());
        QVERIFY(!p.has("charset"));
    }
    void hugeSectionNumberRejected()
    {
        const auto p = HeaderParameters::parse("attachment; filename*99999999=x");
        QVERIFY(!p.defects.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderParameters)
#include "tst_headerparameters.moc"
