// SPDX-License-Identifier: GPL-3.0-or-later
// The worker processes: results equal in-process reading, and a crash or hang in a worker
// becomes an error for that file while the other files are still read.
#include "parseworkerpool.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace MailTriage;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QByteArray simpleMessage(int i)
{
    return "From: a" + QByteArray::number(i) + "@x.example\r\nSubject: message " + QByteArray::number(i)
        + "\r\nDate: Thu, 1 Aug 2019 10:00:00 +0900\r\n\r\nbody\r\n";
}

ParseWorkerPool::Options options()
{
    ParseWorkerPool::Options o;
    o.workerPath = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-worker");
    o.workers = 2;
    return o;
}
} // namespace

class TestParseWorkerPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("MAILTRIAGE_WORKER_FAULT"); }
    void cleanup() { qunsetenv("MAILTRIAGE_WORKER_FAULT"); }

    void sameAsInProcess()
    {
        const QStringList files { QStringLiteral(MAILTRIAGE_SHARED_DIR
                                      "/scenarios/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml"),
            QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/controls/03_japanese_iso2022jp.eml"),
            QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus/spamassassin/nice.mbox") };
        QMap<int, ReadResult> results;
        ParseWorkerPool pool(options());
        QVERIFY2(pool.run(files, [&](int i, const QString&, ReadResult&& r) { results.insert(i, std::move(r)); }),
            qPrintable(pool.lastError()));
        QCOMPARE(results.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const ReadResult local = MessageReader::readFile(files[i]);
            const ReadResult& remote = results[i];
            QCOMPARE(remote.messages.size(), local.messages.size());
            for (int k = 0; k < local.messages.size(); ++k) {
                const Message& a = local.messages[k];
                const Message& b = remote.messages[k];
                QCOMPARE(b.sha256, a.sha256);
                QCOMPARE(b.raw, a.raw);
                QCOMPARE(b.subject, a.subject);
                QCOMPARE(b.from, a.from);
                QCOMPARE(b.to, a.to);
                QCOMPARE(b.date, a.date);
                QCOMPARE(b.parts.size(), a.parts.size());
                QCOMPARE(b.received.size(), a.received.size());
                QCOMPARE(b.auth.spf, a.auth.spf);
                QCOMPARE(b.bodyText(), a.bodyText());
                QCOMPARE(b.findings.size(), a.findings.size());
            }
        }
    }

    void crashInWorkerIsAnErrorForThatFileOnly()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 6; ++i)
            files << writeFile(dir, QStringLiteral("m%1.eml").arg(i), simpleMessage(i));
        files.insert(3, writeFile(dir, QStringLiteral("poison-crash.eml"), simpleMessage(99)));
        qputenv("MAILTRIAGE_WORKER_FAULT", "crash:poison-crash");
        QMap<int, ReadResult> results;
        ParseWorkerPool pool(options());
        QVERIFY(pool.run(files, [&](int i, const QString&, ReadResult&& r) { results.insert(i, std::move(r)); }));
        QCOMPARE(results.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            if (i == 3) {
                QCOMPARE(results[i].messages.size(), 0);
                QCOMPARE(results[i].errors.size(), 1);
                QVERIFY2(results[i].errors[0].reason.startsWith(QLatin1String("could not be parsed safely")),
                    qPrintable(results[i].errors[0].reason));
            } else {
                QCOMPARE(results[i].errors.size(), 0);
                QCOMPARE(results[i].messages.size(), 1);
            }
        }
    }

    void hangInWorkerTimesOut()
    {
        QTemporaryDir dir;
        QStringList files;
        files << writeFile(dir, QStringLiteral("a.eml"), simpleMessage(1));
        files << writeFile(dir, QStringLiteral("poison-hang.eml"), simpleMessage(2));
        files << writeFile(dir, QStringLiteral("b.eml"), simpleMessage(3));
        qputenv("MAILTRIAGE_WORKER_FAULT", "hang:poison-hang");
        ParseWorkerPool::Options o = options();
        o.timeoutMs = 1500;
        o.workers = 1; // the same worker slot must recover for the next file
        QMap<int, ReadResult> results;
        ParseWorkerPool pool(o);
        QVERIFY(pool.run(files, [&](int i, const QString&, ReadResult&& r) { results.insert(i, std::move(r)); }));
        QCOMPARE(results[0].messages.size(), 1);
        QCOMPARE(results[1].errors.size(), 1);
        QVERIFY(results[1].errors[0].reason.contains(QLatin1String("longer than")));
        QCOMPARE(results[2].messages.size(), 1);
    }

    void memoryLimitKillsOnlyThatFile()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("RLIMIT_AS is not applied under AddressSanitizer");
#endif
        // A worker allowed 150 MB cannot hold a 120 MB file twice over: it dies, the run goes on.
        QTemporaryDir dir;
        QByteArray big = "Content-Transfer-Encoding: base64\r\n\r\n";
        big += QByteArray(120 << 20, 'A');
        ParseWorkerPool::Options o = options();
        o.memoryLimitBytes = qint64(150) << 20;
        o.limits.maxFileBytes = qint64(200) << 20;
        o.workers = 1;
        const QStringList files { writeFile(dir, QStringLiteral("big.eml"), big),
            writeFile(dir, QStringLiteral("ok.eml"), simpleMessage(1)) };
        QMap<int, ReadResult> results;
        ParseWorkerPool pool(o);
        QVERIFY(pool.run(files, [&](int i, const QString&, ReadResult&& r) { results.insert(i, std::move(r)); }));
        QCOMPARE(results[0].messages.size(), 0);
        QCOMPARE(results[0].errors.size(), 1);
        QCOMPARE(results[1].messages.size(), 1);
    }

    void missingWorkerIsReported()
    {
        ParseWorkerPool::Options o = options();
        o.workerPath = QStringLiteral("/nonexistent/mailtriage-worker");
        ParseWorkerPool pool(o);
        QVERIFY(!pool.run({ QStringLiteral("x") }, [](int, const QString&, ReadResult&&) {}));
        QVERIFY(!pool.lastError().isEmpty());
    }

    void cancelStopsEarly()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 50; ++i)
            files << writeFile(dir, QStringLiteral("m%1.eml").arg(i), simpleMessage(i));
        std::atomic<bool> cancel { false };
        int seen = 0;
        ParseWorkerPool::Options o = options();
        o.workers = 1;
        ParseWorkerPool pool(o);
        QVERIFY(pool.run(
            files,
            [&](int, const QString&, ReadResult&&) {
                if (++seen == 5)
                    cancel = true;
            },
            &cancel));
        QVERIFY(seen >= 5 && seen < 50);
    }
};

QTEST_GUILESS_MAIN(TestParseWorkerPool)
#include "tst_parseworkerpool.moc"
