// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is lost or half-stored when the program dies mid-import. A folder of >= 2,000 distinct
// messages (corpus and scenario mails, each with its own X-Seq header) is imported by
// mailtriage-cli, which is SIGKILLed at random moments several times. After every kill the case
// opens, PRAGMA integrity_check and the case checks pass and every stored message has all its
// findings; importing the same folder again then ends with exactly one copy of each message.
#include "casestore.h"
#include "messagereader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace MailTriage;

namespace {
const QString kCli = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-cli");
constexpr int kMessages = 2400;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// kMessages distinct .eml files below @p dir; returns their SHA-256s.
QSet<QByteArray> generate(const QString& dir)
{
    QList<ReadError> errs;
    QList<QByteArray> sources;
    const QStringList files = MessageReader::expandPaths(
        { QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios"), QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus") }, &errs);
    for (const QString& f : files) {
        if (!f.endsWith(QLatin1String(".eml")))
            continue;
        const QByteArray b = readAll(f);
        if (b.size() > 0 && b.size() < 96 * 1024 && !b.startsWith("From "))
            sources << b;
    }
    QSet<QByteArray> shas;
    for (int i = 0; i < kMessages; ++i) {
        const QByteArray& src = sources[i % sources.size()];
        const QByteArray eol = src.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        const QByteArray data = "X-Seq: " + QByteArray::number(i) + eol + src;
        const QString sub = QStringLiteral("%1/batch%2").arg(dir).arg(i / 400);
        QDir().mkpath(sub);
        QFile out(QStringLiteral("%1/m%2.eml").arg(sub).arg(i, 5, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
        shas.insert(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
    return shas;
}

void verifyCase(const QString& path, qint64* count)
{
    StoreError e;
    auto s = CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &e);
    QVERIFY2(s, qPrintable(e.message));
    const IntegrityReport r = s->integrityCheck(true);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.messageCount, r.evidenceCount);
    // The same as integrityCheck's completeness rule, read through the API once more.
    for (const StoredMessage& m : s->messages().list())
        QCOMPARE(s->findings().forMessage(m.id, FindingRepository::Scope::Message).size(), m.findingCount);
    *count = r.messageCount;
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringImport()
    {
        QTemporaryDir dir;
        const QString mails = dir.filePath(QStringLiteral("mails"));
        const QSet<QByteArray> shas = generate(mails);
        QCOMPARE(shas.size(), kMessages);
        const QString c = dir.filePath(QStringLiteral("case.mtcase"));
        QProcess create;
        create.start(kCli, { QStringLiteral("case"), QStringLiteral("create"), c });
        QVERIFY(create.waitForFinished(60000));
        QCOMPARE(create.exitCode(), 0);

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        qint64 previous = 0;
        for (int round = 0; round < 12 && kills < 5; ++round) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.setStandardErrorFile(QProcess::nullDevice());
            p.start(kCli, { QStringLiteral("import"), c, mails, QStringLiteral("--json") });
            QVERIFY(p.waitForStarted());
            // Early rounds die soon after the start (opening, first batches); later ones anywhere.
            const int ms = int(random.bounded(round < 2 ? 200 : 300, round < 2 ? 1200 : 6000));
            QThread::msleep(ms);
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL: no handler, no cleanup
                ++kills;
            }
            p.waitForFinished(60000);
            qint64 count = 0;
            verifyCase(c, &count);
            if (QTest::currentTestFailed())
                return;
            qInfo("round %d: killed after %d ms, %lld messages stored", round, ms, count);
            QVERIFY(count >= previous);
            previous = count;
        }
        QVERIFY2(kills >= 3, "the import finished before it could be killed; make the folder bigger");

        // Import to the end, then once more: exactly one copy of each message.
        QProcess finish;
        finish.start(kCli, { QStringLiteral("import"), c, mails, QStringLiteral("--json") });
        QVERIFY(finish.waitForFinished(900000));
        QVERIFY2(finish.exitCode() == 0 || finish.exitCode() == 1, finish.readAllStandardError().constData());
        const QJsonObject first = QJsonDocument::fromJson(finish.readAllStandardOutput()).object();
        const qint64 failed = first.value(QLatin1String("errors")).toArray().size();

        QProcess again;
        again.start(kCli, { QStringLiteral("import"), c, mails, QStringLiteral("--json") });
        QVERIFY(again.waitForFinished(900000));
        const QJsonObject second = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
        QCOMPARE(second.value(QLatin1String("imported")).toInteger(), 0);
        QCOMPARE(second.value(QLatin1String("duplicates")).toInteger()
                + second.value(QLatin1String("errors")).toArray().size(),
            qint64(kMessages));

        qint64 count = 0;
        verifyCase(c, &count);
        QCOMPARE(count, qint64(kMessages) - failed);
        StoreError e;
        auto s = CaseStore::open(c, CaseStore::OpenMode::ReadOnly, &e);
        QVERIFY(s);
        QSet<QByteArray> stored = s->evidence().allSha256();
        QCOMPARE(stored.size(), count);
        QVERIFY(stored.subtract(shas).isEmpty()); // nothing stored that is not one of ours
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
