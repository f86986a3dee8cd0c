// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressparser.h"

#include <QTest>

using namespace MailTriage;

class TestAddressParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lists_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("bare") << QByteArray("a@b.example") << QStringList { QString() }
                              << QStringList { QStringLiteral("a@b.example") };
        QTest::newRow("name and angle") << QByteArray("Haruka Nishizono <haruka@a.example>")
                                        << QStringList { QStringLiteral("Haruka Nishizono") }
                                        << QStringList { QStringLiteral("haruka@a.example") };
        QTest::newRow("quoted with comma")
            << QByteArray("\"Doe, John\" <j@x.example>, b@y.example")
            << QStringList { QStringLiteral("Doe, John"), QString() }
            << QStringList { QStringLiteral("j@x.example"), QStringLiteral("b@y.example") };
        QTest::newRow("unquoted comma merged")
            << QByteArray("Doe, John <j@x.example>") << QStringList { QStringLiteral("Doe, John") }
            << QStringList { QStringLiteral("j@x.example") };
        QTest::newRow("display name holds an address")
            << QByteArray("\"CEO - ceo@a.co.jp\" <x@evil.example>")
            << QStringList { QStringLiteral("CEO - ceo@a.co.jp") } << QStringList { QStringLiteral("x@evil.example") };
        QTest::newRow("unquoted address in name")
            << QByteArray("ceo@a.co.jp <x@evil.example>") << QStringList { QStringLiteral("ceo@a.co.jp") }
            << QStringList { QStringLiteral("x@evil.example") };
        QTest::newRow("encoded name") << QByteArray("=?ISO-2022-JP?B?GyRCQyo1IRsoQiAbJEJMUBsoQg==?= <t@a.example>")
                                      << QStringList { QStringLiteral("棚機 茂") }
                                      << QStringList { QStringLiteral("t@a.example") };
        QTest::newRow("comment name") << QByteArray("a@b.example (Alice Example)")
                                      << QStringList { QStringLiteral("Alice Example") }
                                      << QStringList { QStringLiteral("a@b.example") };
        QTest::newRow("group") << QByteArray("Team: a@b.example, C <c@d.example>;, e@f.example")
                               << QStringList { QString(), QStringLiteral("C"), QString() }
                               << QStringList { QStringLiteral("a@b.example"), QStringLiteral("c@d.example"),
                                      QStringLiteral("e@f.example") };
        QTest::newRow("empty group") << QByteArray("undisclosed-recipients:;") << QStringList {} << QStringList {};
        QTest::newRow("mimetic crasher 'a:'") << QByteArray("a:") << QStringList {} << QStringList {};
        QTest::newRow("obsolete route") << QByteArray("<@relay.example,@r2.example:joe@x.example>")
                                        << QStringList { QString() } << QStringList { QStringLiteral("joe@x.example") };
        QTest::newRow("folded") << QByteArray("A <a@x.example>,\r\n B <b@y.example>")
                                << QStringList { QStringLiteral("A"), QStringLiteral("B") }
                                << QStringList { QStringLiteral("a@x.example"), QStringLiteral("b@y.example") };
        QTest::newRow("quoted local part") << QByteArray("\"john doe\"@x.example") << QStringList { QString() }
                                           << QStringList { QStringLiteral("\"john doe\"@x.example") };
        QTest::newRow("unclosed angle") << QByteArray("Bob <bob@x.example") << QStringList { QStringLiteral("Bob") }
                                        << QStringList { QStringLiteral("bob@x.example") };
        QTest::newRow("escaped quote in name")
            << QByteArray("\"A \\\"B\\\" C\" <a@x.example>") << QStringList { QStringLiteral("A \"B\" C") }
            << QStringList { QStringLiteral("a@x.example") };
        QTest::newRow("empty") << QByteArray("") << QStringList {} << QStringList {};
    }
    void lists()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, names);
        QFETCH(QStringList, addresses);
        const AddressParser::Result r = AddressParser::parseList(raw);
        QStringList gotNames, gotAddresses;
        for (const Mailbox& m : r.mailboxes) {
            gotNames << m.name;
            gotAddresses << m.address;
        }
        QCOMPARE(gotAddresses, addresses);
        QCOMPARE(gotNames, names);
    }
    void groupMembersKnowTheirGroup()
    {
        const auto r = AddressParser::parseList("Team: a@b.example;");
        QCOMPARE(r.groups, QStringList { QStringLiteral("Team") });
        QCOMPARE(r.mailboxes.size(), 1);
        QCOMPARE(r.mailboxes.first().group, QStringLiteral("Team"));
    }
    void domainAndLocalPart()
    {
        const Mailbox m = AddressParser::parseMailbox("X <Alice.B@Mail.Example.>");
        QCOMPARE(m.domain(), QStringLiteral("mail.example"));
        QCOMPARE(m.localPart(), QStringLiteral("Alice.B"));
    }
    void path()
    {
        QCOMPARE(AddressParser::parsePath("<bounce+x@em.example>"), QStringLiteral("bounce+x@em.example"));
        QCOMPARE(AddressParser::parsePath("<>"), QString());
        QCOMPARE(AddressParser::parsePath(" a@b.example "), QStringLiteral("a@b.example"));
    }
    // The recipient a mail system wrote into a bounce address (VERP, SRS), which otherwise only an
    // analyst who knows the convention would see.
    void embeddedRecipient()
    {
        using AddressParser::embeddedRecipient;
        QCOMPARE(embeddedRecipient(QStringLiteral("bounces+44710-r.ubukata=hoshizora-kikai.co.jp@em4471.sendgrid.net")),
            QStringLiteral("r.ubukata@hoshizora-kikai.co.jp"));
        QCOMPARE(embeddedRecipient(QStringLiteral("owner-list+alice=example.org@lists.example.net")),
            QStringLiteral("alice@example.org"));
        QCOMPARE(embeddedRecipient(QStringLiteral("list-return-17-bob=b.example@lists.example.net")),
            QStringLiteral("bob@b.example"));
        QCOMPARE(embeddedRecipient(QStringLiteral("SRS0=HHH=TT=victim.co.jp=taro@forwarder.example")),
            QStringLiteral("taro@victim.co.jp"));
        QCOMPARE(embeddedRecipient(QStringLiteral("SRS1=HHH=fwd1.example==HHH=TT=victim.co.jp=taro@fwd2.example")),
            QStringLiteral("taro@victim.co.jp"));
        // Local parts with a '-' or '+' of their own come out whole (the prefix is found by its form).
        QCOMPARE(embeddedRecipient(QStringLiteral("bounces+44710-s-tanabata=hinagiku-hd.com@em4471.sendgrid.net")),
            QStringLiteral("s-tanabata@hinagiku-hd.com"));
        QCOMPARE(embeddedRecipient(QStringLiteral("list-bounces+mary-jane.smith=b.example@lists.example.net")),
            QStringLiteral("mary-jane.smith@b.example"));
        QCOMPARE(embeddedRecipient(QStringLiteral("list-return-17-s-tanabata=b.example@lists.example.net")),
            QStringLiteral("s-tanabata@b.example"));
        // mlmmj (list+bounces-NUM-user) and Mailman (list-bounces+user) with a '+' in the user.
        QCOMPARE(embeddedRecipient(QStringLiteral("dev+bounces-1117-lists+linux-dev=b.example@lists.example.dev")),
            QStringLiteral("lists+linux-dev@b.example"));
        QCOMPARE(embeddedRecipient(QStringLiteral("dev+bounces-2893-lists=b.example@lists.example.dev")),
            QStringLiteral("lists@b.example"));
        QCOMPARE(embeddedRecipient(QStringLiteral("kx-bounces+lists+kx=b.example@lists.example.org")),
            QStringLiteral("lists+kx@b.example"));
        QCOMPARE(embeddedRecipient(QStringLiteral("bounces+44710-alice+tag=b.example@esp.example")),
            QStringLiteral("alice+tag@b.example"));
        // An unknown scheme: the domain is certain, the user after the last '-'.
        QCOMPARE(
            embeddedRecipient(QStringLiteral("bounce-x-bob=b.example@esp.example")), QStringLiteral("bob@b.example"));
        // Not bounce addresses: nothing.
        for (const char* a : { "alice@a-company.co.jp", "bounces+4471@esp.example", "a=b@c.example",
                 "x-y=notadomain@esp.example", "SRS0=short@f.example", "=@x.example", "bounces-x=@esp.example", "" })
            QVERIFY2(embeddedRecipient(QString::fromLatin1(a)).isEmpty(), a);
    }

    void messageIds()
    {
        QCOMPARE(AddressParser::parseMessageIds("<a@b> <c@d>\r\n <e$f@g>"),
            (QStringList { QStringLiteral("<a@b>"), QStringLiteral("<c@d>"), QStringLiteral("<e$f@g>") }));
        QCOMPARE(AddressParser::parseMessageIds("1234@host"), QStringList { QStringLiteral("<1234@host>") });
    }
    void manyAddressesAreBounded()
    {
        QByteArray raw;
        for (int i = 0; i < 20000; ++i)
            raw += "a" + QByteArray::number(i) + "@x.example, ";
        const auto r = AddressParser::parseList(raw, {}, 5000);
        QCOMPARE(r.mailboxes.size(), 5000);
        QVERIFY(!r.defects.isEmpty());
    }
    void addressesInText()
    {
        const QStringList found
            = AddressParser::findAddressesInText(QStringLiteral("Shigeru Tanabata - s-tanabata@hinagiku-hd.com"));
        QCOMPARE(found, QStringList { QStringLiteral("s-tanabata@hinagiku-hd.com") });
    }
};

QTEST_GUILESS_MAIN(TestAddressParser)
#include "tst_addressparser.moc"
