// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodedword.h"

#include <QTest>

using namespace MailTriage;

class TestEncodedWord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("Hello world") << QStringLiteral("Hello world");
        QTest::newRow("B utf-8") << QByteArray("=?UTF-8?B?44OG44K544OI?=") << QStringLiteral("テスト");
        QTest::newRow("Q underscore") << QByteArray("=?iso-8859-1?Q?caf=E9_au_lait?=")
                                      << QStringLiteral("café au lait");
        QTest::newRow("lower-case encoding letter") << QByteArray("=?utf-8?q?a=C3=A9?=") << QStringLiteral("aé");
        QTest::newRow("adjacent words join") << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("adjacent across fold") << QByteArray("=?UTF-8?Q?a?=\t  =?UTF-8?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("text between keeps space")
            << QByteArray("=?UTF-8?Q?a?= x =?UTF-8?Q?b?=") << QStringLiteral("a x b");
        // A multi-byte character split over two words (bad but common): bytes rejoined.
        QTest::newRow("split utf-8 char") << QByteArray("=?UTF-8?B?4w==?= =?UTF-8?B?g4Y=?=") << QStringLiteral("テ");
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=") << QStringLiteral("テスト");
        QTest::newRow("iso-2022-jp circled digit (cp932)")
            << QByteArray("=?iso-2022-jp?B?GyRCJUYlOSVILSEbKEI=?=") << QStringLiteral("テスト①");
        QTest::newRow("shift_jis") << QByteArray("=?Shift_JIS?B?g2WDWINn?=") << QStringLiteral("テスト");
        QTest::newRow("language tag") << QByteArray("=?US-ASCII*EN?Q?Keith_Moore?=") << QStringLiteral("Keith Moore");
        QTest::newRow("broken word kept") << QByteArray("=?UTF-8?X?abc?=") << QStringLiteral("=?UTF-8?X?abc?=");
        QTest::newRow("unterminated kept") << QByteArray("=?UTF-8?B?44OG") << QStringLiteral("=?UTF-8?B?44OG");
        QTest::newRow("empty charset kept") << QByteArray("=??B?44OG?=") << QStringLiteral("=??B?44OG?=");
        QTest::newRow("word inside text")
            << QByteArray("Re: =?UTF-8?B?44OG44K544OI?= (2)") << QStringLiteral("Re: テスト (2)");
        QTest::newRow("raw utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("café");
        QTest::newRow("raw iso-2022-jp") << QByteArray("\x1b$B%F%9%H\x1b(B") << QStringLiteral("テスト");
        QTest::newRow("Q with spaces (lenient)") << QByteArray("=?utf-8?Q?a b?=") << QStringLiteral("a b");
        QTest::newRow("unknown charset") << QByteArray("=?x-unknown-cs?Q?abc?=") << QStringLiteral("abc");
    }
    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(EncodedWord::decode(input), expected);
    }

    void hostileInputIsBounded()
    {
        // Many unterminated words must not be quadratic or crash.
        QByteArray s;
        for (int i = 0; i < 40000; ++i)
            s += "=?a?B";
        const QString out = EncodedWord::decode(s);
        QCOMPARE(out.size(), s.size()); // nothing forms a word: all kept as written
        QByteArray t;
        for (int i = 0; i < 20000; ++i)
            t += "=?a?B?";
        QVERIFY(!EncodedWord::decode(t).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEncodedWord)
#include "tst_encodedword.moc"
