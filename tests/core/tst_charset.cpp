// SPDX-License-Identifier: GPL-3.0-or-later
#include "charset.h"

#include <QTest>

using namespace MailTriage;

class TestCharset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalNames_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("shift_jis is cp932") << QByteArray("Shift_JIS") << QByteArray("windows-31j");
        QTest::newRow("x-sjis") << QByteArray("x-sjis") << QByteArray("windows-31j");
        QTest::newRow("quoted") << QByteArray("\"ISO-2022-JP\"") << QByteArray("iso-2022-jp");
        QTest::newRow("euc_jp") << QByteArray("euc_jp") << QByteArray("euc-jp");
        QTest::newRow("gb2312 widened") << QByteArray("GB2312") << QByteArray("gbk");
        QTest::newRow("ks_c_5601") << QByteArray("ks_c_5601-1987") << QByteArray("windows-949");
        QTest::newRow("cp1251") << QByteArray("cp1251") << QByteArray("windows-1251");
        QTest::newRow("iso8859-1") << QByteArray("iso8859-1") << QByteArray("windows-1252");
        QTest::newRow("rfc2231 language") << QByteArray("iso-2022-jp*ja") << QByteArray("iso-2022-jp");
    }
    void canonicalNames()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, canonical);
        QCOMPARE(Charset::canonicalName(label), canonical);
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("text");
        // "テスト" in each Japanese encoding.
        QTest::newRow("iso-2022-jp") << QByteArray("\x1b$B%F%9%H\x1b(B") << QByteArray("ISO-2022-JP")
                                     << QStringLiteral("テスト");
        QTest::newRow("shift_jis") << QByteArray("\x83\x65\x83\x58\x83\x67") << QByteArray("Shift_JIS")
                                   << QStringLiteral("テスト");
        QTest::newRow("euc-jp") << QByteArray("\xa5\xc6\xa5\xb9\xa5\xc8") << QByteArray("EUC-JP")
                                << QStringLiteral("テスト");
        QTest::newRow("utf-8") << QByteArray("\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88") << QByteArray("utf-8")
                               << QStringLiteral("テスト");
        // CP932 extensions carried under Shift_JIS and ISO-2022-JP labels: ① (NEC row 13) and ㈱.
        QTest::newRow("cp932 circled one") << QByteArray("\x87\x40") << QByteArray("shift_jis") << QStringLiteral("①");
        QTest::newRow("cp932 kabu") << QByteArray("\x87\x8a") << QByteArray("Shift_JIS") << QStringLiteral("㈱");
        QTest::newRow("jis circled one") << QByteArray("\x1b$B-!\x1b(B") << QByteArray("iso-2022-jp")
                                         << QStringLiteral("①");
        QTest::newRow("jis half-width kana")
            << QByteArray("\x1b(I1\x1b(B") << QByteArray("iso-2022-jp") << QStringLiteral("ｱ");
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r")
                                << QStringLiteral("Привет");
        QTest::newRow("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2") << QByteArray("windows-1251")
                                      << QStringLiteral("Привет");
        QTest::newRow("iso-8859-2") << QByteArray("\xb3\xf3\xbf") << QByteArray("iso-8859-2") << QStringLiteral("łóż");
        QTest::newRow("big5") << QByteArray("\xa4\xa4\xa4\xe5") << QByteArray("big5") << QStringLiteral("中文");
        QTest::newRow("gb2312") << QByteArray("\xd6\xd0\xce\xc4") << QByteArray("gb2312") << QStringLiteral("中文");
        QTest::newRow("ks_c_5601") << QByteArray("\xc7\xd1\xb1\xdb") << QByteArray("ks_c_5601-1987")
                                   << QStringLiteral("한글");
        QTest::newRow("utf-16le bom") << QByteArray("\xff\xfe\x41\x00\x42\x00", 6) << QByteArray("utf-16")
                                      << QStringLiteral("AB");
        QTest::newRow("ascii label utf-8 bytes")
            << QByteArray("caf\xc3\xa9") << QByteArray("us-ascii") << QStringLiteral("café");
        QTest::newRow("ascii label latin bytes")
            << QByteArray("caf\xe9") << QByteArray("us-ascii") << QStringLiteral("café");
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, label);
        QFETCH(QString, text);
        QCOMPARE(Charset::toUnicode(bytes, label), text);
    }

    void unknownCharsetFallsBack()
    {
        const Charset::DecodeResult r = Charset::decode("caf\xc3\xa9", "x-no-such-charset");
        QCOMPARE(r.text, QStringLiteral("café"));
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QLatin1String("unknown charset")));
        const Charset::DecodeResult r2 = Charset::decode("caf\xe9", "x-no-such-charset");
        QCOMPARE(r2.text, QStringLiteral("café"));
    }

    void invalidBytesAreMarked()
    {
        const Charset::DecodeResult r = Charset::decode("ab\xff\xff", "euc-jp");
        QVERIFY(!r.ok);
        QVERIFY(r.text.startsWith(QLatin1String("ab")));
        QVERIFY(!r.text.contains(QChar(0x1A)));
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
