// SPDX-License-Identifier: GPL-3.0-or-later
// Japanese mail read as a person reads it: subjects, display names and bodies of real
// ISO-2022-JP, Shift_JIS/CP932 and EUC-JP messages, checked against hand-verified text.
#include "messagereader.h"

#include <QTest>

using namespace MailTriage;

class TestJapanese : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("bodyStart");
        const QString corpus = QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus/");
        const QString scenarios = QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/");
        QTest::newRow("docomo iso-2022-jp") << corpus + QStringLiteral("jpmobile/docomo-jis.eml")
                                            << QStringLiteral("テスト") << QString() << QStringLiteral("テスト本文");
        QTest::newRow("au iso-2022-jp") << corpus + QStringLiteral("jpmobile/au-email.eml")
                                        << QStringLiteral("※本文はこのままで送信してね") << QString() << QString();
        QTest::newRow("pc long subject") << corpus + QStringLiteral("jpmobile/pc-mail-single.eml")
                                         << QStringLiteral("タイトルの長いメールの場合の対処を実装するためのテストケー"
                                                           "スとしてのメールに含まれている件名であるサブジェクト部分")
                                         << QStringLiteral("Shin-ichiro OGAWA") << QStringLiteral("本文です");
        QTest::newRow("iphone cp932 (㈱)")
            << corpus + QStringLiteral("jpmobile/iphone-cp932.eml") << QStringLiteral("Re: 【NKSC】test")
            << QStringLiteral("cp932@ezweb.ne.jp") << QStringLiteral("テストです。㈱");
        QTest::newRow("iso-2022-jp with circled digits (CP932 extension)")
            << corpus + QStringLiteral("jpmobile/iphone-circled-numbers-in-jis.eml") << QStringLiteral("テスト①")
            << QString() << QStringLiteral("丸数字のテストです②ⅱ"); // as CP932 maps JIS 0x2D22 and 0x7C72
        QTest::newRow("shift_jis body") << corpus + QStringLiteral("mikel-mail/multi_charset/japanese_shift_jis.eml")
                                        << QStringLiteral("test") << QString()
                                        << QStringLiteral("あいうえお\r\n\r\nこのメールはテスト用のメールです。");
        QTest::newRow("iso-2022-jp subject and body")
            << corpus + QStringLiteral("mikel-mail/multi_charset/japanese_iso_2022.eml") << QStringLiteral("まみむめも")
            << QStringLiteral("Mikel Lindsaar") << QStringLiteral("すみません。");
        QTest::newRow("unlabelled raw iso-2022-jp body")
            << corpus + QStringLiteral("cyrus-cassandane/iso-2022-jp.eml") << QStringLiteral("RE: Hello")
            << QStringLiteral("Private Bar") << QStringLiteral("シニアソフトウェアエンジニア");
        QTest::newRow("scenario control 03")
            << scenarios + QStringLiteral("controls/03_japanese_iso2022jp.eml")
            << QStringLiteral("【ご確認】9月度納品スケジュールの件") << QStringLiteral("小田切 俊介")
            << QStringLiteral("株式会社雲雪フローシステムズ\r\n西園様\r\n\r\nいつも大変お世話になっております。");
        QTest::newRow("scenario CEO mail")
            << scenarios + QStringLiteral("case-2019q3-2/mailbox-B/01_inbox_2019-08-06_legit-parent-CEO.eml")
            << QString() << QStringLiteral("棚機 茂") << QString();
    }
    void decodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, fromName);
        QFETCH(QString, bodyStart);
        const ReadResult r = MessageReader::readFile(file);
        QVERIFY2(r.errors.isEmpty(), qPrintable(file));
        QCOMPARE(r.messages.size(), 1);
        const Message& m = r.messages.first();
        if (!subject.isEmpty())
            QCOMPARE(m.subject, subject);
        if (!fromName.isEmpty())
            QCOMPARE(m.from.name, fromName);
        if (!bodyStart.isEmpty()) {
            const QString body = m.bodyText();
            QVERIFY2(body.startsWith(bodyStart), qPrintable(body.left(120)));
            QVERIFY2(!body.contains(QChar(QChar::ReplacementCharacter)), qPrintable(body.left(120)));
        }
    }

    void auEmojiInJisIsNotFatal()
    {
        // au phones put carrier emoji in JIS rows 0x75-0x7B, which CP932 leaves unassigned:
        // the text around them reads right and the emoji shows as a replacement character.
        const ReadResult r
            = MessageReader::readFile(QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus/jpmobile/au-email.eml"));
        QCOMPARE(r.messages.size(), 1);
        const QString body = r.messages.first().bodyText();
        QVERIFY(body.startsWith(QStringLiteral("本文")));
        QVERIFY(body.contains(QLatin1String("For au")));
    }

    void everyJapaneseCorpusMessageDecodesCleanly_data()
    {
        // Every message tagged "japanese" in the corpus manifest: subject and body decode
        // without replacement characters or leftover escape sequences.
        QTest::addColumn<QString>("file");
        QFile manifest(QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus/MANIFEST.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        while (!manifest.atEnd()) {
            const QList<QByteArray> cols = manifest.readLine().trimmed().split('\t');
            if (cols.size() < 5 || !cols[4].contains("japanese") || !cols[0].endsWith(".eml"))
                continue;
            const QString path = QString::fromUtf8(cols[0]);
            QTest::newRow(qPrintable(path)) << QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus/") + path;
        }
    }
    void everyJapaneseCorpusMessageDecodesCleanly()
    {
        QFETCH(QString, file);
        const ReadResult r = MessageReader::readFile(file);
        QVERIFY(!r.messages.isEmpty());
        for (const Message& m : r.messages) {
            QVERIFY2(!m.subject.contains(QChar(0x1B)), qPrintable(m.subject));
            QVERIFY2(!m.bodyText().contains(QChar(0x1B)), qPrintable(m.bodyText().left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestJapanese)
#include "tst_japanese.moc"
