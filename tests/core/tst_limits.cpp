// SPDX-License-Identifier: GPL-3.0-or-later
// Every limit of docs/parsing.md ("Limits") at its real value: exceeding it gives a per-file error
// or a defect that says what was left out, never a silent truncation. (Worker time, memory and
// crash limits: tst_parseworkerpool.)
#include "caseanalysis.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "parselimits.h"
#include "serialization.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QTest>

using namespace MailTriage;

namespace {
bool hasNote(const QStringList& notes, const QString& needle)
{
    for (const QString& n : notes) {
        if (n.contains(needle))
            return true;
    }
    return false;
}

QString errorsOf(const ReadResult& r)
{
    QStringList out;
    for (const ReadError& e : r.errors)
        out << e.reason;
    return out.join(QLatin1Char('\n'));
}

Message readOne(const QByteArray& bytes)
{
    const ReadResult r = MessageReader::readBytes(bytes, QStringLiteral("limits.eml"));
    if (r.messages.size() != 1)
        qFatal("expected one message, got %d (%s)", int(r.messages.size()), qPrintable(errorsOf(r)));
    return r.messages.first();
}
} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storedCaseAnalysisIsHostileData()
    {
        // A stored case analysis (case_state.analysis) round-trips lean, and a damaged, foreign or
        // inconsistent one is refused (the session then analyses the case again).
        CaseAnalysis a;
        a.parties.append({ QStringLiteral("A"), QStringLiteral("a.example"), { QStringLiteral("a.example") },
            QStringLiteral("party"), { { QStringLiteral("x@a.example"), QStringLiteral("X") } } });
        for (int i = 0; i < 5000; ++i) { // more than one chunk
            CaseMessage cm;
            cm.message.raw = QByteArray(100, 'x');
            cm.message.subject = QStringLiteral("subject %1").arg(i);
            cm.message.sha256 = QByteArray::number(i);
            cm.message.received.append(ReceivedHop());
            cm.message.findings.append({ QStringLiteral("cc_altered"), Severity::High, QStringLiteral("Cc"), 5, 7,
                Text::value(QStringLiteral("en")), QStringLiteral("e"), {} });
            cm.key = QStringLiteral("<%1@a.example>").arg(i);
            cm.actor = QStringLiteral("party");
            cm.actorComputed = QStringLiteral("attacker");
            cm.actorOverridden = true;
            cm.senderParty = 0;
            a.messages.append(cm);
            TimelineEvent e;
            e.message = i;
            a.timeline.append(e);
        }
        a.becTypeSuggested = 1;
        const QByteArray data = serializeCaseAnalysis(a);
        CaseAnalysis back;
        QVERIFY(deserializeCaseAnalysis(data, &back));
        QCOMPARE(back.messages.size(), 5000);
        QCOMPARE(back.messages[4321].message.subject, QStringLiteral("subject 4321"));
        QCOMPARE(back.messages[7].message.findings.first().signal, QStringLiteral("cc_altered"));
        QVERIFY(back.messages[7].actorOverridden);
        QVERIFY(back.messages[7].message.raw.isEmpty()); // lean: the evidence stays in the case
        QVERIFY(back.messages[7].message.received.isEmpty());
        QCOMPARE(back.parties.first().people.value(QStringLiteral("x@a.example")), QStringLiteral("X"));

        for (const int cut : { 0, 3, 10, int(data.size() / 2), int(data.size() - 1) })
            QVERIFY2(!deserializeCaseAnalysis(data.left(cut), &back), qPrintable(QString::number(cut)));
        QByteArray flipped = data;
        for (qsizetype i = 40; i < flipped.size(); i += 997)
            flipped[i] = char(flipped[i] ^ 0x5a);
        QVERIFY(!deserializeCaseAnalysis(flipped, &back));
        // Chunks that declare more than 4 GiB in all are refused before any is unpacked.
        {
            QByteArray bomb;
            QDataStream s(&bomb, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_4);
            const QByteArray huge("\x3f\xff\xff\xff", 4); // ~1 GiB declared, nothing behind it
            s << quint32(0x4D544341) << caseAnalysisRevision() << huge << QList<QByteArray>(8, huge);
            QElapsedTimer t;
            t.start();
            QVERIFY(!deserializeCaseAnalysis(bomb, &back));
            QVERIFY(t.elapsed() < 2000);
        }
        CaseAnalysis bad = a;
        bad.timeline[3].message = 99999; // points outside
        QVERIFY(!deserializeCaseAnalysis(serializeCaseAnalysis(bad), &back));
        bad = a;
        bad.messages[2].senderParty = 7;
        QVERIFY(!deserializeCaseAnalysis(serializeCaseAnalysis(bad), &back));
    }

    void defaultsAreTheDocumentedOnes()
    {
        const ParseLimits l;
        QCOMPARE(l.maxFileBytes, qint64(100) << 20);
        QCOMPARE(l.maxMessageBytes, qint64(64) << 20);
        QCOMPARE(l.maxHeaderBytes, qint64(4) << 20);
        QCOMPARE(l.maxHeaderFields, 10000);
        QCOMPARE(l.maxDepth, 64);
        QCOMPARE(l.maxParts, 10000);
        QCOMPARE(l.maxAttachments, 2000);
        QCOMPARE(l.maxMboxMessages, 1000000);
        QCOMPARE(MessageAnalyzer::MaxBodyChars, qsizetype(256 * 1024));
    }

    void messageLargerThanTheLimitIsAnError()
    {
        QByteArray big = "Subject: big\r\n\r\n";
        big.append(QByteArray((qint64(64) << 20) + 1, 'a'));
        const ReadResult r = MessageReader::readBytes(big, QStringLiteral("big.eml"));
        QVERIFY(r.messages.isEmpty());
        QVERIFY2(errorsOf(r).contains(QStringLiteral("larger than the 64.0 MiB limit"))
                || errorsOf(r).contains(QStringLiteral("limit")),
            qPrintable(errorsOf(r)));
    }

    void tooManyHeaderFieldsIsADefect()
    {
        QByteArray m;
        for (int i = 0; i < 10001; ++i)
            m += "X-H: " + QByteArray::number(i) + "\r\n";
        m += "\r\nbody\r\n";
        const Message msg = readOne(m);
        QVERIFY2(
            hasNote(msg.defects, QStringLiteral("more than 10000 header fields")), qPrintable(msg.defects.join(u'|')));
    }

    void headerSectionLargerThanTheLimitIsADefect()
    {
        QByteArray m = "Subject: s\r\n";
        const QByteArray line = "X-Long: " + QByteArray(1000, 'x') + "\r\n";
        while (m.size() <= (4 << 20) + 10000)
            m += line;
        m += "\r\nbody\r\n";
        const Message msg = readOne(m);
        QVERIFY2(
            hasNote(msg.defects, QStringLiteral("header section is larger than")), qPrintable(msg.defects.join(u'|')));
    }

    void nestingDeeperThanTheLimitIsADefect()
    {
        QByteArray m = "Subject: deep\r\nMIME-Version: 1.0\r\n";
        for (int i = 0; i < 70; ++i)
            m += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        m += "Content-Type: text/plain\r\n\r\ninnermost\r\n";
        const Message msg = readOne(m);
        QVERIFY2(hasNote(msg.defects, QStringLiteral("MIME nesting deeper than 64 levels"))
                || hasNote(
                    [&] {
                        QStringList all;
                        for (const MimePart& p : msg.parts)
                            all += p.defects;
                        return all;
                    }(),
                    QStringLiteral("MIME nesting deeper than 64 levels")),
            "no nesting defect");
    }

    void morePartsThanTheLimitIsADefect()
    {
        QByteArray m = "Subject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n";
        for (int i = 0; i < 10005; ++i)
            m += "--p\r\n\r\nx\r\n";
        m += "--p--\r\n";
        const Message msg = readOne(m);
        QVERIFY2(
            hasNote(msg.defects, QStringLiteral("more than 10000 MIME parts")), qPrintable(msg.defects.join(u'|')));
        QVERIFY(msg.parts.size() <= 10000 + 1);
    }

    void moreAttachmentsThanTheLimitIsADefect()
    {
        QByteArray m = "Subject: att\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n";
        for (int i = 0; i < 2005; ++i)
            m += "--p\r\nContent-Type: application/octet-stream; name=\"f" + QByteArray::number(i)
                + ".bin\"\r\nContent-Disposition: attachment\r\n\r\nx\r\n";
        m += "--p--\r\n";
        const Message msg = readOne(m);
        QVERIFY2(
            hasNote(msg.defects, QStringLiteral("more than 2000 attachments")), qPrintable(msg.defects.join(u'|')));
        QCOMPARE(msg.attachments.size(), 2000);
    }

    void mboxWithMoreMessagesThanTheLimitSaysSo()
    {
        // The real limit (1,000,000) is too slow for a unit test; the same code path with 3.
        QByteArray mbox;
        for (int i = 0; i < 5; ++i)
            mbox += "From a@b.example Mon Jul  1 10:00:00 2019\nSubject: " + QByteArray::number(i) + "\n\nbody\n\n";
        ParseLimits limits;
        limits.maxMboxMessages = 3;
        const ReadResult r = MessageReader::readBytes(mbox, QStringLiteral("box.mbox"), limits);
        QCOMPARE(r.messages.size(), 3);
        QVERIFY2(errorsOf(r).contains(QStringLiteral("more than 3 messages")), qPrintable(errorsOf(r)));
    }

    void analysisLimitsAreRecordedAsDefects()
    {
        // A text body longer than MaxBodyChars, more than 500 links, more than 16 text parts.
        QByteArray m = "Subject: long\r\nFrom: a@example.com\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n";
        m += "--p\r\nContent-Type: text/plain\r\n\r\n" + QByteArray(300 * 1024, 'a') + "\r\n";
        m += "--p\r\nContent-Type: text/plain\r\n\r\n";
        for (int i = 0; i < 600; ++i)
            m += "http://l" + QByteArray::number(i) + ".example.com/\r\n";
        for (int i = 0; i < 20; ++i)
            m += "--p\r\nContent-Type: text/plain\r\n\r\npart " + QByteArray::number(i) + "\r\n";
        m += "--p--\r\n";
        Message msg = readOne(m);
        MessageAnalyzer::analyze(msg);
        const QString all = msg.defects.join(u'|');
        QVERIFY2(hasNote(msg.defects, QStringLiteral("only the first 256 KiB characters of part")), qPrintable(all));
        QVERIFY2(hasNote(msg.defects, QStringLiteral("only the first 500 links")), qPrintable(all));
        QVERIFY2(hasNote(msg.defects, QStringLiteral("only the first 16 text parts")), qPrintable(all));
        // Analysing again adds nothing.
        const qsizetype n = msg.defects.size();
        MessageAnalyzer::analyze(msg);
        QCOMPARE(msg.defects.size(), n);
    }

    // A worker's pipe and a case file's reading cache are read as hostile: element counts that
    // the data cannot hold, zlib bombs and cut data are refused, fast and without a crash.
    void hostileSerializedDataIsRefused()
    {
        const ReadResult one
            = MessageReader::readBytes("Subject: s\r\nFrom: a@b.example\r\n\r\nbody\r\n", QStringLiteral("x.eml"));
        const QByteArray good = serializeReading(one.messages.first());
        Message back;
        QVERIFY(deserializeReading(good, one.messages.first().raw, &back));
        QCOMPARE(back.subject, QStringLiteral("s"));

        // A list count of four billion right where the message's parts begin.
        QByteArray hostile;
        {
            QDataStream s(&hostile, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_4);
            s << quint32(0x4D54524D) << readingRevision() << true // header, revision, source is raw
              << QByteArray() << QByteArray(64, 'a') << QStringLiteral("eml") << QString() << 0 << true << QString()
              << quint32(0xFFFFFFF0);
        }
        QElapsedTimer t;
        t.start();
        QVERIFY(!deserializeReading(qCompress(hostile), {}, &back));
        // The pipe's format: a count of messages no pipe could carry.
        QByteArray pipe;
        {
            QDataStream s(&pipe, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_4);
            s << quint32(0x4D545231) << quint16(1) << quint32(0xFFFFFFF0);
        }
        ReadResult r;
        QVERIFY(!deserializeReadResult(pipe, &r));
        // A zlib bomb: 64 MiB of zeros declared as 1 KiB, and a declared size over the cap.
        QByteArray bomb = qCompress(QByteArray(64 << 20, '\0'), 9);
        bomb[0] = 0;
        bomb[1] = 0;
        bomb[2] = 4;
        bomb[3] = 0;
        QVERIFY(!deserializeReading(bomb, {}, &back));
        bomb[0] = char(0x7f);
        QVERIFY(!deserializeReading(bomb, {}, &back));
        // A count of two billion DKIM results in the authentication summary (found by fuzz_stored:
        // Qt's own list reader reserved it before reading one).
        QByteArray auth;
        {
            QDataStream s(&auth, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_4);
            s << QStringLiteral("pass") << QString() << QString() << quint32(0x7FFFFFF0);
        }
        {
            QDataStream in(auth);
            in.setVersion(QDataStream::Qt_6_4);
            AuthSummary summary;
            in >> summary;
            QCOMPARE(in.status(), QDataStream::ReadCorruptData);
            QVERIFY(summary.dkim.isEmpty());
        }
        // Cut in half.
        QVERIFY(!deserializeReading(good.left(good.size() / 2), {}, &back));
        QVERIFY2(
            t.elapsed() < 30000, "refusing took a long time"); // generous: only a hang or a huge allocation gets here
    }

    void ordinaryMessageReachesNoLimit()
    {
        Message msg = readOne("Subject: hi\r\nFrom: a@example.com\r\n\r\nSee http://example.com/ today.\r\n");
        MessageAnalyzer::analyze(msg);
        QVERIFY2(!hasNote(msg.defects, QStringLiteral("limit")), qPrintable(msg.defects.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
