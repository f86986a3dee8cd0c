// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainutil.h"

#include <QTest>
#include <thread>
#include <vector>

using namespace MailTriage;
using namespace Qt::StringLiterals;

class TestDomainUtil : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registrable_data();
    void registrable();
    void organisationKey_data();
    void organisationKey();
    void publicSuffix_data();
    void publicSuffix();
    void sameOrganisation_data();
    void sameOrganisation();
    void ipAddress_data();
    void ipAddress();
    void hostileInput();
    void threads();
};

void TestDomainUtil::registrable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("co.jp") << u"mx.kumoyuki-fs.co.jp"_s << u"kumoyuki-fs.co.jp"_s;
    QTest::newRow("co.jp bare") << u"kumoyuki-fs.co.jp"_s << u"kumoyuki-fs.co.jp"_s;
    QTest::newRow("com.my") << u"imap1.pelangiteguh-eng.com.my"_s << u"pelangiteguh-eng.com.my"_s;
    QTest::newRow("com") << u"mail-sor-f41.google.com"_s << u"google.com"_s;
    QTest::newRow("outlook deep") << u"DM6NAM11FT010.eop-nam11.prod.protection.outlook.com"_s << u"outlook.com"_s;
    QTest::newRow("upper case, trailing dot") << u"MX.Example.ORG."_s << u"example.org"_s;
    QTest::newRow("brackets and spaces") << u"  [mail.example.net]  "_s << u"example.net"_s;
    QTest::newRow("ne.jp") << u"ezweb.ne.jp"_s << u"ezweb.ne.jp"_s;
    QTest::newRow("unknown tld") << u"mail03.quanta.corp"_s << u"quanta.corp"_s;
    QTest::newRow("suffix itself") << u"co.jp"_s << QString();
    QTest::newRow("tld") << u"com"_s << QString();
    QTest::newRow("single label") << u"localhost"_s << QString();
    QTest::newRow("ipv4") << u"192.0.2.1"_s << QString();
    QTest::newRow("ipv4 bracket") << u"[192.0.2.1]"_s << QString();
    QTest::newRow("ipv6") << u"2001:db8::1"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("double dot") << u"a..example.com"_s << QString();
    QTest::newRow("garbage") << u"<x@y>"_s << QString();
    QTest::newRow("punycode") << u"www.xn--r8jz45g.jp"_s << u"xn--r8jz45g.jp"_s;
}

void TestDomainUtil::registrable()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DomainUtil::registrableDomain(host), expected);
}

void TestDomainUtil::organisationKey_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"mx1.kumoyuki-fs.co.jp"_s << u"kumoyuki-fs.co.jp"_s;
    QTest::newRow("office365") << u"SJ0PR03CA0042.outlook.office365.com"_s << u"outlook.com"_s;
    QTest::newRow("outlook") << u"DM6NAM11FT010.eop-nam11.prod.protection.outlook.com"_s << u"outlook.com"_s;
    QTest::newRow("exchangelabs") << u"TYZPR01MB4113.apcprd01.prod.exchangelabs.com"_s << u"outlook.com"_s;
    QTest::newRow("gmail submission") << u"smtp.gmail.com"_s << u"google.com"_s;
    QTest::newRow("google") << u"mx.google.com"_s << u"google.com"_s;
    QTest::newRow("not a member by suffix") << u"notgmail.com"_s << u"notgmail.com"_s;
    QTest::newRow("ip") << u"10.0.0.1"_s << QString();
    QTest::newRow("bare") << u"localhost"_s << QString();
}

void TestDomainUtil::organisationKey()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DomainUtil::organisationKey(host), expected);
}

void TestDomainUtil::publicSuffix_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("expected");
    QTest::newRow("com") << u"com"_s << true;
    QTest::newRow("co.jp") << u"co.jp"_s << true;
    QTest::newRow("CO.JP.") << u"CO.JP."_s << true;
    QTest::newRow("com.my") << u"com.my"_s << true;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("kumoyuki-fs.co.jp") << u"kumoyuki-fs.co.jp"_s << false;
    QTest::newRow("ip") << u"10.0.0.1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDomainUtil::publicSuffix()
{
    QFETCH(QString, domain);
    QFETCH(bool, expected);
    QCOMPARE(DomainUtil::isPublicSuffix(domain), expected);
}

void TestDomainUtil::sameOrganisation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("same org") << u"mx1.kumoyuki-fs.co.jp"_s << u"mbox1.kumoyuki-fs.co.jp"_s << true;
    QTest::newRow("case") << u"MX.google.com"_s << u"mail-sor-f41.GOOGLE.com."_s << true;
    QTest::newRow("look-alike") << u"kumoyuki-fs.co.jp"_s << u"kumoyuki-fs.jp"_s << false;
    QTest::newRow("siblings under suffix") << u"a.co.jp"_s << u"b.co.jp"_s << false;
    QTest::newRow("one empty") << u"example.com"_s << QString() << false;
    QTest::newRow("both empty") << QString() << QString() << false;
    QTest::newRow("same bare") << u"EXCH01"_s << u"exch01"_s << true;
    QTest::newRow("bare vs domain") << u"exch01"_s << u"example.com"_s << false;
    QTest::newRow("same ip") << u"10.0.0.1"_s << u"[10.0.0.1]"_s << true;
    QTest::newRow("different ip") << u"10.0.0.1"_s << u"10.0.0.2"_s << false;
}

void TestDomainUtil::sameOrganisation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(DomainUtil::sameOrganisation(a, b), expected);
    QCOMPARE(DomainUtil::sameOrganisation(b, a), expected);
}

void TestDomainUtil::ipAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isIp");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("10/8") << u"10.1.2.3"_s << true << true;
    QTest::newRow("172.16/12 low") << u"172.16.0.1"_s << true << true;
    QTest::newRow("172.31") << u"172.31.255.255"_s << true << true;
    QTest::newRow("172.32 public") << u"172.32.0.1"_s << true << false;
    QTest::newRow("172.15 public") << u"172.15.0.1"_s << true << false;
    QTest::newRow("192.168") << u"192.168.66.6"_s << true << true;
    QTest::newRow("loopback") << u"127.0.0.1"_s << true << true;
    QTest::newRow("link-local") << u"169.254.10.1"_s << true << true;
    QTest::newRow("shared 100.64/10") << u"100.127.140.120"_s << true << true;
    QTest::newRow("100.128 public") << u"100.128.0.1"_s << true << false;
    QTest::newRow("documentation") << u"198.51.100.211"_s << true << false;
    QTest::newRow("public") << u"209.85.220.41"_s << true << false;
    QTest::newRow("bracketed") << u"[192.168.1.1]"_s << true << true;
    QTest::newRow("v6 loopback") << u"::1"_s << true << true;
    QTest::newRow("v6 unspecified") << u"::"_s << true << true;
    QTest::newRow("v6 ula") << u"fd12:3456::1"_s << true << true;
    QTest::newRow("v6 fc") << u"fc00::1"_s << true << true;
    QTest::newRow("v6 link-local zone") << u"fe80::1234%12"_s << true << true;
    QTest::newRow("v6 prefixed") << u"[IPv6:fe80::1]"_s << true << true;
    QTest::newRow("v6 public") << u"2603:10b6:208:2bc::12"_s << true << false;
    QTest::newRow("v6 documentation") << u"2001:db8:40::23"_s << true << false;
    QTest::newRow("v6 full") << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << true << false;
    QTest::newRow("v4-mapped private") << u"::ffff:10.0.0.1"_s << true << true;
    QTest::newRow("v4-mapped public") << u"::ffff:8.8.8.8"_s << true << false;
    QTest::newRow("v6 embedded v4 tail") << u"64:ff9b::192.0.2.33"_s << true << false;
    QTest::newRow("leading zeros v4") << u"010.1.2.3"_s << true << true;
    QTest::newRow("v4 too big") << u"256.1.1.1"_s << false << false;
    QTest::newRow("v4 short") << u"1.2.3"_s << false << false;
    QTest::newRow("v4 long") << u"1.2.3.4.5"_s << false << false;
    QTest::newRow("v4 empty octet") << u"1..3.4"_s << false << false;
    QTest::newRow("v6 two gaps") << u"1::2::3"_s << false << false;
    QTest::newRow("v6 too many groups") << u"1:2:3:4:5:6:7:8:9"_s << false << false;
    QTest::newRow("v6 short without gap") << u"1:2:3"_s << false << false;
    QTest::newRow("v6 bad hex") << u"12345::1"_s << false << false;
    QTest::newRow("v6 trailing colon") << u"1:2:3:4:5:6:7:"_s << false << false;
    QTest::newRow("v6 leading colon") << u":1:2:3:4:5:6:7"_s << false << false;
    QTest::newRow("host") << u"mail.example.com"_s << false << false;
    QTest::newRow("words") << u"Authid:"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestDomainUtil::ipAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, isIp);
    QFETCH(bool, isPrivate);
    QCOMPARE(DomainUtil::isIpAddress(text), isIp);
    QCOMPARE(DomainUtil::isPrivateIp(text), isPrivate);
}

void TestDomainUtil::hostileInput()
{
    const QString longName = QString(100000, u'a') + u".example.com"_s;
    QVERIFY(DomainUtil::registrableDomain(longName).isEmpty());
    QVERIFY(!DomainUtil::isIpAddress(QString(100000, u':')));
    QVERIFY(!DomainUtil::isPrivateIp(QString(100000, u'1')));
    QString dots;
    for (int i = 0; i < 200; ++i)
        dots += u"a."_s;
    dots += u"com"_s;
    QVERIFY(DomainUtil::registrableDomain(dots).isEmpty()); // longer than 253
    QCOMPARE(DomainUtil::registrableDomain(u"x.\u00e9xample.com"_s), u"\u00e9xample.com"_s);
    QVERIFY(DomainUtil::registrableDomain(QString(QChar(0)) + u".com"_s).isEmpty());
}

void TestDomainUtil::threads()
{
    // The first call loads the list; many threads at once must all see the same answers.
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (size_t t = 0; t < failures.size(); ++t) {
        threads.emplace_back([t, &failures]() {
            for (int i = 0; i < 500; ++i) {
                if (DomainUtil::registrableDomain(QStringLiteral("h%1.mx.kumoyuki-fs.co.jp").arg(i))
                    != u"kumoyuki-fs.co.jp"_s)
                    ++failures[t];
                if (!DomainUtil::isPublicSuffix(u"co.jp"_s))
                    ++failures[t];
            }
        });
    }
    for (std::thread& th : threads)
        th.join();
    for (int f : failures)
        QCOMPARE(f, 0);
}

QTEST_GUILESS_MAIN(TestDomainUtil)
#include "tst_domainutil.moc"
