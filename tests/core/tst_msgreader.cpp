// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageparser.h"
#include "msgreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace MailTriage;

namespace {

const QString kCorpus = QStringLiteral(MAILTRIAGE_SHARED_DIR) + QStringLiteral("/corpus/");
const QString kData = QStringLiteral(MAILTRIAGE_TESTDATA_DIR) + QStringLiteral("/msg/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Message parseFile(const QString& path, QString* error = nullptr, const ParseLimits& limits = {})
{
    QString e;
    Message m = MsgReader::parse(readFile(path), limits, &e);
    if (error)
        *error = e;
    return m;
}

// The text a person reads: the plain body, else the HTML body without markup.
QString readableText(const Message& m)
{
    for (const MimePart& p : m.parts) {
        if (!p.isAttachment && p.contentType == "text/plain" && p.children.isEmpty() && !p.text.trimmed().isEmpty())
            return m.bodyText().simplified();
    }
    QString html = m.htmlBody();
    html.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*?</style>|<!--.*?-->|<head[^>]*>.*?</head>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    html.replace(QChar(0xA0), QLatin1Char(' '));
    return html.simplified();
}

QStringList attachmentNames(const Message& m)
{
    QStringList out;
    for (const Attachment& a : m.attachments)
        out << a.filename;
    return out;
}

// Structural promises every .msg result keeps.
void checkInvariants(const Message& m, const QByteArray& raw)
{
    QCOMPARE(m.format, QStringLiteral("msg"));
    QVERIFY(m.raw.isSharedWith(raw) || m.raw == raw);
    QCOMPARE(m.sha256, QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    QVERIFY(!m.parts.isEmpty());
    QCOMPARE(m.parts[0].parent, -1);
    for (int i = 0; i < m.parts.size(); ++i) {
        const MimePart& p = m.parts[i];
        QCOMPARE(p.bodyOffset, qint64(-1));
        for (const int c : p.children) {
            QVERIFY(c > i && c < m.parts.size());
            QCOMPARE(m.parts[c].parent, i);
            QCOMPARE(m.parts[c].depth, p.depth + 1);
        }
    }
    for (const HeaderField& f : m.headers()) {
        if (f.offset < 0)
            continue;
        QVERIFY(f.offset + f.length <= m.source.size());
        QVERIFY2(m.source.mid(f.offset, f.length).startsWith(f.name), f.name.constData());
    }
    for (const Attachment& a : m.attachments) {
        QVERIFY(a.partIndex > 0 && a.partIndex < m.parts.size());
        QVERIFY(m.parts[a.partIndex].isAttachment);
        QCOMPARE(a.sha256.size(), 64);
    }
}

} // namespace

class TestMsgReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void looksLikeMsg()
    {
        QVERIFY(MsgReader::looksLikeMsg(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10)));
        QVERIFY(!MsgReader::looksLikeMsg(QByteArrayView("\xD0\xCF\x11\xE0", 4)));
        QVERIFY(!MsgReader::looksLikeMsg("From: a@b\r\n"));
        QVERIFY(!MsgReader::looksLikeMsg({}));
    }

    // Every .msg of the shared corpus, with values checked by hand against an independent
    // reader of the property streams and msgconvert.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("messageClass");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("recipients");
        QTest::addColumn<QString>("attachments");
        QTest::addColumn<QString>("body");
        auto row = [](const char16_t* file, const char16_t* cls, const char16_t* subject, const char16_t* from,
                       int recipients, const char16_t* attachments, const char16_t* body) {
            const QString f = QString::fromUtf16(file);
            QTest::newRow(f.toUtf8().constData())
                << f << QString::fromUtf16(cls) << QString::fromUtf16(subject) << QString::fromUtf16(from) << recipients
                << QString::fromUtf16(attachments) << QString::fromUtf16(body);
        };
        row(u"kenjiuno-msgreader/200_recipients.msg", u"IPM.Note", u"200 recipients", u"", 200, u"", u"");
        row(u"kenjiuno-msgreader/7_days_everyday.msg", u"IPM.Appointment", u"7 days, everyday", u"", 1, u"", u"");
        row(u"kenjiuno-msgreader/A_black_friday_w_tz_.msg", u"IPM.Appointment", u"A black friday", u"", 0, u"",
            u"Dec 02, 2012");
        row(u"kenjiuno-msgreader/A_black_friday_wo_tz_.msg", u"IPM.Appointment", u"A black friday", u"", 0, u"",
            u"Dec 02, 2012");
        row(u"kenjiuno-msgreader/A_daily_1.msg", u"IPM.Appointment", u"A daily 1", u"", 0, u"", u"");
        row(u"kenjiuno-msgreader/A_memo.msg", u"IPM.StickyNote", u"A memo.", u"", 0, u"", u"A memo.");
        row(u"kenjiuno-msgreader/A_monthly_1.msg", u"IPM.Appointment", u"A monthly 1", u"", 0, u"", u"");
        row(u"kenjiuno-msgreader/A_schedule.msg", u"IPM.Appointment", u"A schedule", u"", 1, u"", u"A message body.");
        row(u"kenjiuno-msgreader/A_weekly_1.msg", u"IPM.Appointment", u"A weekly 1", u"", 0, u"", u"");
        row(u"kenjiuno-msgreader/A_yearly_1.msg", u"IPM.Appointment", u"A yearly 1", u"", 0, u"", u"");
        row(u"kenjiuno-msgreader/Appointment_sample_EST.msg", u"IPM.Appointment", u"Appointment sample EST", u"", 0,
            u"", u"");
        row(u"kenjiuno-msgreader/Attach_sample_eml_received.msg", u"IPM.Note", u"Attach sample.eml",
            u"hmailuser@hmailserver.test", 1, u"sample.eml (555 バイト)", u"Sent from my Windows 10");
        row(u"kenjiuno-msgreader/Attach_sample_eml_sent.msg", u"IPM.Note", u"Attach sample.eml",
            u"hmailuser@hmailserver.test", 1, u"sample.eml", u"Sent from my Windows 10");
        row(u"kenjiuno-msgreader/Friday_Lunch.msg", u"IPM.Appointment", u"Friday Lunch", u"", 1, u"無題|無題", u"");
        row(u"kenjiuno-msgreader/Hello_CJK.msg", u"IPM.Note", u"Hello +CJK", u"", 0, u"",
            u"Hello C 你好 J こんにちは K 안녕하세요");
        row(u"kenjiuno-msgreader/Lanch_time_every_friday_in_2023_chgs1.msg", u"IPM.Appointment",
            u"Lanch time, every friday, in 2023", u"", 1, u"無題", u"Changes: - Jan 6 cancel");
        row(u"kenjiuno-msgreader/Lanch_time_every_friday_in_2023_chgs2.msg", u"IPM.Appointment",
            u"Lanch time, every friday, in 2023", u"", 1, u"無題|JSCoffeeScript_64x.png", u"Changes: - Jan 6 cancel");
        row(u"kenjiuno-msgreader/Lanch_time_every_friday_in_2023_org.msg", u"IPM.Appointment",
            u"Lanch time, every friday, in 2023", u"", 0, u"", u"");
        row(u"kenjiuno-msgreader/Many_entities.msg", u"IPM.Note", u"Many entities", u"", 0,
            u"ワークフロー通知 (最終承認済み)|ワークフロー通知 (最終承認済み)|ワークフロー通知 (最終承認済み)|"
            u"ワークフロー通知 (承認依頼)|ワークフロー通知 (差戻し)|ワークフロー通知 (承認依頼)|ワークフロー通知 "
            u"(却下)|"
            u"ワークフロー通知 (最終承認済み)|ワークフロー通知 (承認依頼)|テストメール|ワークフロー通知 (差し戻し)|"
            u"ワークフロー通知 (承認依頼)|ワークフロー通知 (承認依頼)|ワークフロー通知 (却下)|ワークフロー通知 "
            u"(差し戻し)|"
            u"ワークフロー通知 (却下)|ワークフロー通知 (最終承認済み)|ワークフロー通知 "
            u"(承認依頼)|テストメール|テストメール|"
            u"テストメール|テストメール",
            u"Many entities!!!");
        row(u"kenjiuno-msgreader/Outer_mail.msg", u"IPM.Note", u"Outer mail", u"", 0,
            u"OUTER 1.pdf|OUTER 2.pdf|Inner mail|INNER 1.pdf|INNER 2.pdf", u"Outer mail");
        row(u"kenjiuno-msgreader/Simple.msg", u"IPM.Note", u"Simple", u"", 0, u"", u"Simple");
        row(u"kenjiuno-msgreader/Subject.msg", u"IPM.Note", u"Subject", u"", 3, u"", u"Message");
        row(u"kenjiuno-msgreader/attachAndInline.msg", u"IPM.Note", u"Attach and inline", u"", 1,
            u"attach.png|image001.png", u"");
        row(u"kenjiuno-msgreader/attachmentFiles.msg", u"IPM.Note", u"attachmentFiles", u"hmailuser@hmailserver.test",
            1, u"jpg.jpg|png.png|tif.tif", u"attachmentFiles");
        row(u"kenjiuno-msgreader/attachmentsOrder.msg", u"IPM.Note", u"Attachments order", u"", 0,
            u"A.docx|B.docx|C.docx|D.docx", u"Attachments order");
        row(u"kenjiuno-msgreader/contactAnsi.msg", u"IPM.Contact", u"コム ドット イグザンプル 殿",
            u"xmailuser@xmailserver.test", 0, u"", u"");
        row(u"kenjiuno-msgreader/contactUnicode.msg", u"IPM.Contact", u"コム ドット イグザンプル 殿",
            u"xmailuser@xmailserver.test", 0, u"", u"");
        row(u"kenjiuno-msgreader/data__test.msg", u"IPM.Note", u"asdf", u"christoph@freiraum.xyz", 1,
            u"5AAoPFgV-nJ965R7o-98C38840-4454-4750-9AEF-F53DB3E37548.jpg", u"");
        row(u"kenjiuno-msgreader/htmlLink.msg", u"IPM.Note", u"htmlLink", u"", 0, u"",
            u"https://google.com/ mailto:test@example.com");
        row(u"kenjiuno-msgreader/htmlLink2.msg", u"IPM.Note", u"htmlLink2", u"", 0, u"",
            u"This is a link to Google <https://google.com/>");
        row(u"kenjiuno-msgreader/longerFat.msg", u"IPM.Note", u"Has Has 64KB bin.msg", u"", 0, u"Has 64KB.bin|64KB.bin",
            u"");
        row(u"kenjiuno-msgreader/msgInMsg.msg", u"IPM.Note", u"I have attachments!", u"", 0,
            u"Microsoft Outlook テスト メッセージ|green.png", u"I have attachments!");
        row(u"kenjiuno-msgreader/msgInMsgInMsg.msg", u"IPM.Note", u"I have sub attachments!", u"", 0,
            u"I have attachments!|blue.png|Microsoft Outlook テスト メッセージ|green.png", u"I have sub attachments!");
        row(u"kenjiuno-msgreader/newOutlook_Microsoft_Outlook_test.msg", u"IPM.Note",
            u"Microsoft Outlook テスト メッセージ", u"ku@digitaldolphins.jp", 1, u"",
            u"この電子メール メッセージは、アカウントの設定のテスト中に、Microsoft Outlook から自動送信されたもの");
        row(u"kenjiuno-msgreader/nonUnicodeCP932.msg", u"IPM.Note", u"日本語 Non Unicode タイトル", u"", 1, u"",
            u"日本語 Non Unicode 本文");
        row(u"kenjiuno-msgreader/nonUnicodeMail.msg", u"IPM.Note", u"Non Unicode mail subject", u"", 1, u"",
            u"Non Unicode mail body!");
        row(u"kenjiuno-msgreader/sent.msg", u"IPM.Note", u"Sent time", u"xmailuser@xmailserver.test", 1, u"",
            u"Test mail");
        row(u"kenjiuno-msgreader/sent2.msg", u"IPM.Note", u"Sending test", u"", 1, u"", u"Hello.");
        row(u"kenjiuno-msgreader/test1.msg", u"IPM.Note", u"title", u"", 2, u"", u"body");
        row(u"kenjiuno-msgreader/test2.msg", u"IPM.Note", u"", u"", 0, u"A.txt", u"");
        row(u"kenjiuno-msgreader/unicode1.msg", u"IPM.Note", u"畑㵲応ｲ瑤㵨㠱", u"", 0, u"",
            u"The subject having “畑㵲応イ瑤㵨㠱” text.");
        row(u"kenjiuno-msgreader/voteItems.msg", u"IPM.Note", u"3 vote items: はい;いいえ;たぶん",
            u"xmailuser@xmailserver.test", 1, u"", u"");
        row(u"kenjiuno-msgreader/voteNo.msg", u"IPM.Note", u"いいえ: 3 vote items: はい;いいえ;たぶん",
            u"xmailuser@xmailserver.test", 1, u"", u"");
        row(u"kenjiuno-msgreader/voteYes.msg", u"IPM.Note", u"はい: 3 vote items: はい;いいえ;たぶん",
            u"xmailuser@xmailserver.test", 1, u"", u"");
        row(u"spamscope-mail-parser/mail_outlook_1.msg", u"IPM.Note",
            u"Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz", u"NueblingV@w-vwa.de", 1,
            u"newsletter.png|spacer.gif|image004.jpg|image006.jpg|image008.jpg",
            u"Wenn Sie diesen Newsletter nicht lesen können");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, messageClass);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QFETCH(int, recipients);
        QFETCH(QString, attachments);
        QFETCH(QString, body);
        const QByteArray raw = readFile(kCorpus + file);
        QVERIFY2(!raw.isEmpty(), qPrintable(file));
        QElapsedTimer t;
        t.start();
        QString error;
        const Message m = MsgReader::parse(raw, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(t.elapsed() < 5000);
        checkInvariants(m, raw);
        QCOMPARE(m.messageClass, messageClass);
        QCOMPARE(m.subject, subject);
        QCOMPARE(m.from.address, from);
        QCOMPARE(int(m.to.size() + m.cc.size() + m.bcc.size()), recipients);
        QCOMPARE(attachmentNames(m).join(QLatin1Char('|')), attachments);
        const QString text = readableText(m);
        if (body.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text.left(200)));
        else
            QVERIFY2(text.startsWith(body), qPrintable(text.left(200)));
    }

    // The table above covers every .msg of the corpus.
    void corpusIsComplete()
    {
        int count = 0;
        for (const QString& dir : { QStringLiteral("kenjiuno-msgreader"), QStringLiteral("spamscope-mail-parser") })
            count += int(QDir(kCorpus + dir).entryList({ QStringLiteral("*.msg") }, QDir::Files).size());
        QCOMPARE(count, 45);
    }

    void japaneseCp932()
    {
        // PT_STRING8 properties in code page 932 (PR_MESSAGE_CODEPAGE / PR_INTERNET_CPID).
        const Message m = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/nonUnicodeCP932.msg"));
        QCOMPARE(m.subject, QStringLiteral("日本語 Non Unicode タイトル"));
        QCOMPARE(m.bodyText().trimmed(), QStringLiteral("日本語 Non Unicode 本文"));
        QCOMPARE(m.header("Subject")->value, QStringLiteral("日本語 Non Unicode タイトル"));

        const Message c = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/contactAnsi.msg"));
        QCOMPARE(c.messageClass, QStringLiteral("IPM.Contact"));
        QCOMPARE(c.subject, QStringLiteral("コム ドット イグザンプル 殿"));

        const Message cjk = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/Hello_CJK.msg"));
        QVERIFY(cjk.bodyText().contains(QStringLiteral("こんにちは")));
        QVERIFY(cjk.bodyText().contains(QStringLiteral("안녕하세요")));
        QVERIFY(cjk.htmlBody().contains(QStringLiteral("你好")));
    }

    void synthesisedHeadersHaveRealOffsets()
    {
        const Message m = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/sent.msg"));
        QVERIFY(!m.source.isEmpty());
        QVERIFY(m.source.endsWith("\r\n\r\n"));
        const HeaderField* subject = m.header("Subject");
        QVERIFY(subject);
        QVERIFY(subject->offset >= 0);
        QCOMPARE(m.source.mid(subject->offset, subject->length), QByteArray("Subject: Sent time"));
        QCOMPARE(m.from.name, QStringLiteral("xmailuser"));
        QVERIFY(m.date.isValid());
        QCOMPARE(m.date.toUTC(), QDateTime(QDate(2021, 2, 15), QTime(8, 19, 4), Qt::UTC));
    }

    void onBehalfReplyToAndRtfHtml()
    {
        QString error;
        const Message m = parseFile(kData + QStringLiteral("on_behalf.msg"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.subject, QStringLiteral("【至急】お支払い口座の変更"));
        QCOMPARE(m.from.name, QStringLiteral("山田 太郎"));
        QCOMPARE(m.from.address, QStringLiteral("ceo@example.co.jp"));
        QCOMPARE(m.sender.name, QStringLiteral("Mallory"));
        QCOMPARE(m.sender.address, QStringLiteral("mallory@examp1e.co.jp"));
        QCOMPARE(m.replyTo.size(), 1);
        QCOMPARE(m.replyTo[0].address, QStringLiteral("ceo.reply@freemail.example"));
        QCOMPARE(m.to.size(), 1);
        QCOMPARE(m.to[0].name, QStringLiteral("経理部"));
        QCOMPARE(m.to[0].address, QStringLiteral("keiri@example.co.jp"));
        QCOMPARE(m.cc.size(), 1);
        QCOMPARE(m.bcc.size(), 1);
        QCOMPARE(m.messageId, QStringLiteral("<bec-1@examp1e.co.jp>"));
        QCOMPARE(m.date.toUTC(), QDateTime(QDate(2023, 5, 1), QTime(9, 30), Qt::UTC));
        bool onBehalf = false;
        for (const QString& d : m.defects)
            onBehalf |= d.contains(QStringLiteral("on behalf of ceo@example.co.jp"));
        QVERIFY2(onBehalf, qPrintable(m.defects.join(QLatin1Char('\n'))));
        // The only body is compressed RTF encapsulating HTML (CP932 text escapes).
        QCOMPARE(m.htmlBody(),
            QStringLiteral("<html><head><meta "
                           "charset=\"shift_jis\"></head><body><p>お支払い口座の変更のお知らせ</p></body></html>"));
        checkInvariants(m, readFile(kData + QStringLiteral("on_behalf.msg")));
    }

    void plainRtfBody()
    {
        const Message m = parseFile(kData + QStringLiteral("rtf_only.msg"));
        QCOMPARE(m.parts.size(), 1);
        QCOMPARE(m.parts[0].contentType, QByteArray("text/plain"));
        QCOMPARE(m.bodyText(), QStringLiteral("Please wire the funds today.\nCaf\u00e9 \u20ac100\nclick here"));
        QVERIFY(m.htmlBody().isEmpty());
        QVERIFY(!m.parts[0].defects.isEmpty());
        QCOMPARE(m.date.toUTC(), QDateTime(QDate(2022, 2, 3), QTime(4, 5, 6), Qt::UTC));
    }

    void version4AndByReference()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        QString error;
        const Message m = MsgReader::parse(raw, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        checkInvariants(m, raw);
        QCOMPARE(m.subject, QStringLiteral("Version 4 file"));
        QCOMPARE(m.from.address, QStringLiteral("alice@example.com"));
        QCOMPARE(m.attachments.size(), 2);
        QByteArray payload;
        for (int i = 0; i < 10000; ++i)
            payload.append(char((i * 7) % 251));
        QCOMPARE(m.attachments[0].filename, QStringLiteral("payload.bin"));
        QCOMPARE(m.attachments[0].size, qint64(10000));
        QCOMPARE(m.attachments[0].sha256, QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        QVERIFY(!m.attachments[0].byReference);
        QCOMPARE(m.attachments[1].filename, QStringLiteral("invoice.pdf"));
        QVERIFY(m.attachments[1].byReference);
        QCOMPARE(m.attachments[1].size, qint64(0));
    }

    void embeddedMessages()
    {
        const Message m = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/msgInMsg.msg"));
        const Attachment& a = m.attachments[0];
        QCOMPARE(a.contentType, QByteArray("message/rfc822"));
        const MimePart& p = m.parts[a.partIndex];
        QVERIFY(p.isEmbeddedMessage);
        QCOMPARE(p.children.size(), 1);
        const MimePart& inner = m.parts[p.children[0]];
        bool subjectFound = false;
        for (const HeaderField& f : inner.headers) {
            QCOMPARE(f.offset, qint64(-1)); // not in Message::source
            if (f.is("Subject"))
                subjectFound = f.value == QStringLiteral("Microsoft Outlook テスト メッセージ");
        }
        QVERIFY(subjectFound);
        QCOMPARE(a.sha256.size(), 64);
        QVERIFY(a.size > 0);
        // The outer message's own fields are not taken from the inner one.
        QCOMPARE(m.subject, QStringLiteral("I have attachments!"));

        // Three levels: the innermost item and green.png belong to the middle message.
        const Message mm = parseFile(kCorpus + QStringLiteral("kenjiuno-msgreader/msgInMsgInMsg.msg"));
        QCOMPARE(mm.attachments.size(), 4);
        auto enclosingItems = [&](int part) {
            int n = 0;
            for (int i = mm.parts[part].parent; i >= 0; i = mm.parts[i].parent)
                n += mm.parts[i].isEmbeddedMessage ? 1 : 0;
            return n;
        };
        QCOMPARE(mm.attachments[0].filename, QStringLiteral("I have attachments!"));
        QCOMPARE(enclosingItems(mm.attachments[0].partIndex), 0);
        QCOMPARE(mm.attachments[1].filename, QStringLiteral("blue.png"));
        QCOMPARE(enclosingItems(mm.attachments[1].partIndex), 0);
        QCOMPARE(mm.attachments[2].filename, QStringLiteral("Microsoft Outlook テスト メッセージ"));
        QCOMPARE(enclosingItems(mm.attachments[2].partIndex), 1);
        QVERIFY(mm.parts[mm.attachments[2].partIndex].isEmbeddedMessage);
        QCOMPARE(mm.attachments[3].filename, QStringLiteral("green.png"));
        QCOMPARE(enclosingItems(mm.attachments[3].partIndex), 1);
    }

    void nestingIsCapped()
    {
        QString error;
        const Message m = parseFile(kData + QStringLiteral("deep_nesting.msg"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(m.subject, QStringLiteral("Level 1"));
        // Items down to ParseLimits::maxMsgDepth (8) are read; the 9th attached item is listed, unread.
        QCOMPARE(m.attachments.size(), 9);
        QCOMPARE(m.attachments.last().filename, QStringLiteral("Level 10"));
        QVERIFY(!m.parts[m.attachments.last().partIndex].isEmbeddedMessage);
        QVERIFY(m.defects.join(QLatin1Char('\n')).contains(QStringLiteral("nested deeper than 8")));

        ParseLimits shallow;
        shallow.maxMsgDepth = 2;
        const Message s = parseFile(kData + QStringLiteral("deep_nesting.msg"), &error, shallow);
        QCOMPARE(s.attachments.size(), 3);
    }

    // The same message as .msg (transport headers) and as .eml gives the same header chain.
    void transportHeadersMatchEmlTwin()
    {
        const Message msg = parseFile(kData + QStringLiteral("transport.msg"));
        const Message eml = MessageParser::parseEml(readFile(kData + QStringLiteral("transport.eml")));
        QVERIFY(msg.source.startsWith("Received: from mx.example.net"));
        QCOMPARE(msg.headers().size(), eml.headers().size());
        for (int i = 0; i < eml.headers().size(); ++i) {
            QCOMPARE(msg.headers()[i].name, eml.headers()[i].name);
            QCOMPARE(msg.headers()[i].value, eml.headers()[i].value);
            QCOMPARE(msg.headers()[i].offset, eml.headers()[i].offset);
        }
        compareChains(msg, eml);
        QCOMPARE(msg.received.size(), 2);
        QCOMPARE(msg.auth.spf, QStringLiteral("fail"));
        QCOMPARE(msg.subject, eml.subject);
        QCOMPARE(msg.from, eml.from);
        QCOMPARE(msg.replyTo, eml.replyTo);
        QCOMPARE(msg.messageId, eml.messageId);
        QCOMPARE(msg.date, eml.date);
        QCOMPARE(msg.bodyText().trimmed(), eml.bodyText().trimmed());
    }

    void corpusTransportHeaders()
    {
        const Message msg = parseFile(kCorpus + QStringLiteral("spamscope-mail-parser/mail_outlook_1.msg"));
        QVERIFY(msg.source.startsWith("Received: "));
        QCOMPARE(msg.received.size(), 10);
        const Message eml = MessageParser::parseEml(msg.source.trimmed() + "\r\n\r\n");
        compareChains(msg, eml);
        QCOMPARE(msg.from.address, QStringLiteral("NueblingV@w-vwa.de"));
        QCOMPARE(msg.messageId, QStringLiteral("<20170918100018.6AE0948009C@www.w-vwa.de>"));
        QCOMPARE(msg.date, QDateTime(QDate(2017, 9, 18), QTime(10, 0, 18), Qt::UTC));
    }

    void malformedInputGivesErrors()
    {
        const QByteArray good = readFile(kCorpus + QStringLiteral("kenjiuno-msgreader/Outer_mail.msg"));
        QElapsedTimer t;
        t.start();
        // Truncated anywhere before its last sector.
        for (qsizetype len = 0; len < good.size() - 512; len += 4093) {
            QString error;
            const Message m = MsgReader::parse(good.left(len), {}, &error);
            QVERIFY2(!error.isEmpty(), qPrintable(QString::number(len)));
            QVERIFY(m.parts.isEmpty());
            QVERIFY(m.raw.isEmpty());
        }
        QVERIFY(t.elapsed() < 3000);

        QString error;
        MsgReader::parse(readFile(kData + QStringLiteral("not_outlook.cfb")), {}, &error);
        QVERIFY(error.contains(QStringLiteral("not an Outlook item")));
        MsgReader::parse("From: a@b.example\r\n\r\nhello", {}, &error);
        QVERIFY(!error.isEmpty());
        ParseLimits small;
        small.maxFileBytes = 1000;
        MsgReader::parse(good, small, &error);
        QVERIFY(error.contains(QStringLiteral("limit")));
    }

    void cyclicFat()
    {
        QByteArray d = readFile(kCorpus + QStringLiteral("kenjiuno-msgreader/Outer_mail.msg"));
        // The directory's first sector points to itself in the FAT.
        const quint32 dirStart = qFromLittleEndian<quint32>(d.constData() + 48);
        const quint32 fat0 = qFromLittleEndian<quint32>(d.constData() + 76);
        qToLittleEndian<quint32>(dirStart, d.data() + (fat0 + 1) * 512 + 4 * dirStart);
        QElapsedTimer t;
        t.start();
        QString error;
        const Message m = MsgReader::parse(d, {}, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(m.parts.isEmpty());
        QVERIFY(t.elapsed() < 1000);
    }

    void hugeDeclaredSizes()
    {
        // Every directory entry of a corpus file declaring a 4 GiB stream: the item still opens
        // (each unreadable property is a defect), quickly and without huge allocations.
        QByteArray d = readFile(kCorpus + QStringLiteral("kenjiuno-msgreader/attachmentFiles.msg"));
        const quint32 dirStart = qFromLittleEndian<quint32>(d.constData() + 48);
        const quint32 fat0 = qFromLittleEndian<quint32>(d.constData() + 76);
        QList<quint32> dirSectors;
        for (quint32 s = dirStart; s < 0xFFFFFFFAu && dirSectors.size() < 100;
             s = qFromLittleEndian<quint32>(d.constData() + (fat0 + 1) * 512 + 4 * s))
            dirSectors.append(s);
        QVERIFY(!dirSectors.isEmpty());
        for (const quint32 s : dirSectors) {
            for (int e = 1; e < 4; ++e) { // keep entry 0 (the root) intact
                const qint64 off = (qint64(s) + 1) * 512 + e * 128;
                if (d[off + 66] == 2)
                    qToLittleEndian<quint32>(0xFFFFFFF0u, d.data() + off + 120);
            }
        }
        QElapsedTimer t;
        t.start();
        QString error;
        const Message m = MsgReader::parse(d, {}, &error);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m.defects.isEmpty());
    }

    void randomDamageIsBounded()
    {
        const QByteArray good = readFile(kCorpus + QStringLiteral("kenjiuno-msgreader/msgInMsgInMsg.msg"));
        QRandomGenerator rng(20240601);
        QElapsedTimer t;
        t.start();
        for (int round = 0; round < 300; ++round) {
            QByteArray d = good;
            const int edits = 1 + int(rng.bounded(20));
            for (int i = 0; i < edits; ++i) {
                // Mostly the header, FAT and directory region, where damage matters most.
                const qsizetype pos
                    = rng.bounded(2) ? qsizetype(rng.bounded(4096)) : qsizetype(rng.bounded(int(d.size())));
                d[pos] = char(rng.bounded(256));
            }
            QString error;
            const Message m = MsgReader::parse(d, {}, &error);
            QVERIFY(error.isEmpty() || m.parts.isEmpty());
        }
        QVERIFY(t.elapsed() < 20000);
    }

private:
    static void compareChains(const Message& a, const Message& b)
    {
        QCOMPARE(a.received.size(), b.received.size());
        for (int i = 0; i < a.received.size(); ++i) {
            QCOMPARE(a.received[i].fromHost, b.received[i].fromHost);
            QCOMPARE(a.received[i].fromIp, b.received[i].fromIp);
            QCOMPARE(a.received[i].byHost, b.received[i].byHost);
            QCOMPARE(a.received[i].date, b.received[i].date);
            QCOMPARE(a.received[i].trusted, b.received[i].trusted);
        }
        QCOMPARE(a.auth.spf, b.auth.spf);
        QCOMPARE(a.auth.dmarc, b.auth.dmarc);
        QCOMPARE(a.auth.dkim.size(), b.auth.dkim.size());
        QCOMPARE(a.auth.authservId, b.auth.authservId);
    }
};

QTEST_GUILESS_MAIN(TestMsgReader)
#include "tst_msgreader.moc"
