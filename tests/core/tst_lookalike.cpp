// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookalike.h"

#include <QElapsedTimer>
#include <QTest>

using namespace MailTriage;
using Lookalike::Trick;
using Lookalike::Tricks;

Q_DECLARE_METATYPE(Lookalike::Tricks)

class TestLookalike : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void noMatch_data();
    void noMatch();
    void relatedNameOnlyWhenAllowed();
    void brandOptions();
    void direction();
    void swapsNamed();
    void descriptions();
    void damerauLevenshtein_data();
    void damerauLevenshtein();
    void skeletonAndIdna();
    void organisationalDomain();
    void hostileInput();
};

void TestLookalike::compare_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<Tricks>("expected");

    // J-CSIP 2020 case 2 and the demo: "m" written as "rn".
    QTest::newRow("rn for m") << QStringLiteral("mail.tsukikage-seirnitsu.co.jp")
                              << QStringLiteral("tsukikage-seimitsu.co.jp") << Tricks(Trick::CharSwap);
    QTest::newRow("1 for l") << QStringLiteral("paypa1.com") << QStringLiteral("paypal.com") << Tricks(Trick::CharSwap);
    QTest::newRow("0 for o") << QStringLiteral("micros0ft.com") << QStringLiteral("microsoft.com")
                             << Tricks(Trick::CharSwap);
    QTest::newRow("vv for w") << QStringLiteral("vvellsfargo.com") << QStringLiteral("wellsfargo.com")
                              << Tricks(Trick::CharSwap);
    QTest::newRow("cl for d") << QStringLiteral("clropbox.com") << QStringLiteral("dropbox.com")
                              << Tricks(Trick::CharSwap);
    // J-CSIP 2020 case 2: "com.cc" moved into the name as "-cc.com".
    QTest::newRow("com.cc to -cc.com") << QStringLiteral("b-companys-cc.com") << QStringLiteral("b-companys.com.cc")
                                       << Tricks(Trick::SuffixMoved);
    QTest::newRow("suffix moved and rn") << QStringLiteral("b-cornpanysgroup-cc.com")
                                         << QStringLiteral("b-companysgroup.com.cc")
                                         << (Trick::SuffixMoved | Trick::CharSwap);
    // 2019 case 2: the same name under another ending.
    QTest::newRow("tld swap") << QStringLiteral("hinagiku-hd.com") << QStringLiteral("hinagiku-hd.co.jp")
                              << Tricks(Trick::TldSwap);
    QTest::newRow("hyphen inserted") << QStringLiteral("acme-corp.com") << QStringLiteral("acmecorp.com")
                                     << Tricks(Trick::Hyphen);
    QTest::newRow("hyphen removed") << QStringLiteral("kumoyukifs.co.jp") << QStringLiteral("kumoyuki-fs.co.jp")
                                    << Tricks(Trick::Hyphen);
    QTest::newRow("hyphen moved") << QStringLiteral("kumoyu-kifs.co.jp") << QStringLiteral("kumoyuki-fs.co.jp")
                                  << Tricks(Trick::Hyphen);
    QTest::newRow("hyphen and tld") << QStringLiteral("kumoyukifs.com") << QStringLiteral("kumoyuki-fs.co.jp")
                                    << (Trick::Hyphen | Trick::TldSwap);
    QTest::newRow("transposition") << QStringLiteral("mircosoft.com") << QStringLiteral("microsoft.com")
                                   << Tricks(Trick::EditDistance);
    QTest::newRow("one letter added") << QStringLiteral("pelangiteguh-engg.com.my")
                                      << QStringLiteral("pelangiteguh-eng.com.my") << Tricks(Trick::EditDistance);
    QTest::newRow("two letters, long name") << QStringLiteral("brandtverk-antrieve.de")
                                            << QStringLiteral("brandtwerk-antriebe.de") << Tricks(Trick::EditDistance);
    // Cyrillic "а" (U+0430) in a punycode name.
    QTest::newRow("punycode confusable") << QStringLiteral("xn--pypal-4ve.com") << QStringLiteral("paypal.com")
                                         << (Trick::Confusable | Trick::Punycode);
    QTest::newRow("unicode confusable") << QStringLiteral("\u0430pple.com") << QStringLiteral("apple.com")
                                        << Tricks(Trick::Confusable);
}

void TestLookalike::compare()
{
    QFETCH(QString, candidate);
    QFETCH(QString, reference);
    QFETCH(Tricks, expected);
    const Lookalike::Match m = Lookalike::compare(candidate, reference);
    QVERIFY2(m.matched(), qPrintable(candidate + QStringLiteral(" vs ") + reference));
    QCOMPARE(m.tricks, expected);
    QVERIFY(!Lookalike::describe(m).render(u"en").isEmpty());
    QVERIFY(!Lookalike::describe(m).render(u"ja").isEmpty());
    // The prepared overload agrees.
    QCOMPARE(Lookalike::compare(Lookalike::prepare(candidate), Lookalike::prepare(reference)).tricks, expected);
}

void TestLookalike::noMatch_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("reference");
    QTest::newRow("same organisation") << QStringLiteral("mx1.kumoyuki-fs.co.jp")
                                       << QStringLiteral("kumoyuki-fs.co.jp");
    QTest::newRow("same host") << QStringLiteral("example.com") << QStringLiteral("EXAMPLE.com.");
    QTest::newRow("provider family") << QStringLiteral("hotmail.com") << QStringLiteral("outlook.com");
    QTest::newRow("unrelated") << QStringLiteral("exec-mailbridge.com") << QStringLiteral("hinagiku-bs.co.jp");
    // Group companies: the names differ in one short word.
    QTest::newRow("sibling companies") << QStringLiteral("hinagiku-hd.co.jp") << QStringLiteral("hinagiku-bs.co.jp");
    QTest::newRow("regional sites") << QStringLiteral("acme-us.com") << QStringLiteral("acme-uk.com");
    QTest::newRow("short names") << QStringLiteral("abc.com") << QStringLiteral("abd.com");
    QTest::newRow("two edits short name") << QStringLiteral("contoso.com") << QStringLiteral("contazo.com");
    QTest::newRow("gmail vs mail") << QStringLiteral("mail.com") << QStringLiteral("gmail.com");
    QTest::newRow("ip literal") << QStringLiteral("[192.0.2.1]") << QStringLiteral("example.com");
    QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("example.com");
    QTest::newRow("public suffix") << QStringLiteral("co.jp") << QStringLiteral("example.co.jp");
    QTest::newRow("empty") << QString() << QStringLiteral("example.com");
    QTest::newRow("related name not allowed")
        << QStringLiteral("hinagiku-hd.com") << QStringLiteral("hinagiku-bs.co.jp");
}

void TestLookalike::noMatch()
{
    QFETCH(QString, candidate);
    QFETCH(QString, reference);
    const Lookalike::Match m = Lookalike::compare(candidate, reference);
    QVERIFY2(!m.matched(), qPrintable(Lookalike::describe(m).render(u"en")));
}

void TestLookalike::relatedNameOnlyWhenAllowed()
{
    // 2019 case 2: the display name claims s-tanabata@hinagiku-hd.com to hinagiku-bs.co.jp.
    Lookalike::Options o;
    o.relatedName = true;
    const Lookalike::Match m
        = Lookalike::compare(QStringLiteral("hinagiku-hd.com"), QStringLiteral("hinagiku-bs.co.jp"), o);
    QCOMPARE(m.tricks, Tricks(Trick::RelatedName));
    QVERIFY(!Lookalike::compare(QStringLiteral("hinagiku-hd.co.jp"), QStringLiteral("hinagiku-bs.co.jp"), o).matched());
    QVERIFY(!Lookalike::compare(QStringLiteral("hina.com"), QStringLiteral("hina-bs.co.jp"), o)
                 .matched()); // word too short
}

void TestLookalike::brandOptions()
{
    Lookalike::Options brand;
    brand.tldSwap = false;
    // Brands run many country domains: neither a TLD swap nor an edit with another ending.
    QVERIFY(!Lookalike::compare(QStringLiteral("amazon.de"), QStringLiteral("amazon.co.jp"), brand).matched());
    QVERIFY(!Lookalike::compare(QStringLiteral("paypall.de"), QStringLiteral("paypal.com"), brand).matched());
    // A character trick still counts.
    QVERIFY(Lookalike::compare(QStringLiteral("paypa1.net"), QStringLiteral("paypal.com"), brand).matched());
    Lookalike::Options noEdit;
    noEdit.editDistance = false;
    QVERIFY(!Lookalike::compare(QStringLiteral("mircosoft.com"), QStringLiteral("microsoft.com"), noEdit).matched());
}

void TestLookalike::direction()
{
    QCOMPARE(Lookalike::compare(QStringLiteral("tsukikage-seirnitsu.co.jp"), QStringLiteral("tsukikage-seimitsu.co.jp"))
                 .direction,
        1);
    QCOMPARE(Lookalike::compare(QStringLiteral("tsukikage-seimitsu.co.jp"), QStringLiteral("tsukikage-seirnitsu.co.jp"))
                 .direction,
        -1);
    QCOMPARE(Lookalike::compare(QStringLiteral("b-companys-cc.com"), QStringLiteral("b-companys.com.cc")).direction, 1);
    QCOMPARE(
        Lookalike::compare(QStringLiteral("b-companys.com.cc"), QStringLiteral("b-companys-cc.com")).direction, -1);
    QCOMPARE(Lookalike::compare(QStringLiteral("xn--pypal-4ve.com"), QStringLiteral("paypal.com")).direction, 1);
    QCOMPARE(Lookalike::compare(QStringLiteral("paypal.com"), QStringLiteral("xn--pypal-4ve.com")).direction, -1);
    QCOMPARE(Lookalike::compare(QStringLiteral("hinagiku-hd.com"), QStringLiteral("hinagiku-hd.co.jp")).direction, 0);
}

void TestLookalike::swapsNamed()
{
    QCOMPARE(Lookalike::compare(QStringLiteral("tsukikage-seirnitsu.co.jp"), QStringLiteral("tsukikage-seimitsu.co.jp"))
                 .swaps,
        QStringLiteral("rn→m"));
    QCOMPARE(Lookalike::compare(QStringLiteral("micros0ft.com"), QStringLiteral("microsoft.com")).swaps,
        QStringLiteral("0→o"));
    const Lookalike::Match m = Lookalike::compare(QStringLiteral("mircosoft.com"), QStringLiteral("microsoft.com"));
    QCOMPARE(m.distance, 1);
}

void TestLookalike::descriptions()
{
    const Lookalike::Match m
        = Lookalike::compare(QStringLiteral("tsukikage-seirnitsu.co.jp"), QStringLiteral("tsukikage-seimitsu.co.jp"));
    QVERIFY(Lookalike::describe(m).render(u"en").contains(QStringLiteral("rn→m")));
    QVERIFY(Lookalike::describe(m).render(u"ja").contains(QStringLiteral("似た文字")));
    QCOMPARE(m.candidate, QStringLiteral("tsukikage-seirnitsu.co.jp"));
    QCOMPARE(m.reference, QStringLiteral("tsukikage-seimitsu.co.jp"));
    const Lookalike::Match p = Lookalike::compare(QStringLiteral("xn--pypal-4ve.com"), QStringLiteral("paypal.com"));
    QCOMPARE(p.candidate, QStringLiteral("p\u0430ypal.com"));
    QVERIFY(Lookalike::describe(p).render(u"en").contains(QStringLiteral("punycode")));
}

void TestLookalike::damerauLevenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("insert") << QStringLiteral("abc") << QStringLiteral("abxc") << 1;
    QTest::newRow("transpose") << QStringLiteral("abc") << QStringLiteral("acb") << 1;
    QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("all different") << QStringLiteral("abc") << QStringLiteral("xyz") << 3;
    QTest::newRow("too long") << QString(65, u'a') << QStringLiteral("a") << -1;
}

void TestLookalike::damerauLevenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(Lookalike::damerauLevenshtein(a, b), distance);
    QCOMPARE(Lookalike::damerauLevenshtein(b, a), distance);
}

void TestLookalike::skeletonAndIdna()
{
    QCOMPARE(Lookalike::skeleton(QStringLiteral("p\u0430ypal")), Lookalike::skeleton(QStringLiteral("paypal")));
    QVERIFY(Lookalike::skeleton(QStringLiteral("paypal")) != Lookalike::skeleton(QStringLiteral("paypai")));
    QCOMPARE(Lookalike::toUnicodeHost(QStringLiteral("XN--PYPAL-4VE.com")), QStringLiteral("p\u0430ypal.com"));
    QCOMPARE(Lookalike::toUnicodeHost(QStringLiteral("Example.COM")), QStringLiteral("example.com"));
    QCOMPARE(Lookalike::toUnicodeHost(QStringLiteral("xn--.com")), QStringLiteral("xn--.com")); // invalid punycode kept
    QVERIFY(Lookalike::isInternationalized(QStringLiteral("xn--pypal-4ve.com")));
    QVERIFY(Lookalike::isInternationalized(QStringLiteral("日本.jp")));
    QVERIFY(!Lookalike::isInternationalized(QStringLiteral("paypal.com")));
}

void TestLookalike::organisationalDomain()
{
    QCOMPARE(
        Lookalike::organisationalDomain(QStringLiteral("mx.kumoyuki-fs.co.jp")), QStringLiteral("kumoyuki-fs.co.jp"));
    // "com.cc" is not a public suffix, but used as one.
    QCOMPARE(
        Lookalike::organisationalDomain(QStringLiteral("mail.b-companys.com.cc")), QStringLiteral("b-companys.com.cc"));
    QCOMPARE(Lookalike::organisationalDomain(QStringLiteral("b-companys-cc.com")), QStringLiteral("b-companys-cc.com"));
    QCOMPARE(Lookalike::organisationalDomain(QStringLiteral("192.0.2.1")), QString());
}

void TestLookalike::hostileInput()
{
    QElapsedTimer t;
    t.start();
    const QString longLabel = QString(300, u'a') + QStringLiteral(".com");
    QVERIFY(!Lookalike::compare(longLabel, QStringLiteral("aaaa.com")).matched());
    const QString manyLabels = QStringLiteral("a.").repeated(200) + QStringLiteral("com");
    Lookalike::compare(manyLabels, QStringLiteral("a.com"));
    Lookalike::compare(
        QStringLiteral("xn--") + QString(500, u'z') + QStringLiteral(".com"), QStringLiteral("paypal.com"));
    Lookalike::compare(QString(63, u'-') + QStringLiteral(".com"), QStringLiteral("paypal.com"));
    for (int i = 0; i < 2000; ++i)
        Lookalike::compare(QStringLiteral("host%1.example-corp.co.jp").arg(i), QStringLiteral("examp1e-corp.co.jp"));
    QVERIFY2(t.elapsed() < 10000, "comparisons must stay cheap");
}

QTEST_GUILESS_MAIN(TestLookalike)
#include "tst_lookalike.moc"
