// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli inspect --json over every file of the shared corpus and scenarios, one process
// per file as a user would run it: exit status 0 or 1, never a crash, always valid JSON.
#include "messagereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace MailTriage;

namespace {
const QString kCli = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-cli");

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args, int timeoutMs = 60000)
{
    Run r;
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestCliInspect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("mailtriage-cli "));
    }
    void usageErrors()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("inspect") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("no-such-command") }).exitCode, 2);
    }
    void missingFileIsExitOne()
    {
        const Run r
            = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("/nonexistent.eml") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QLatin1String("errors")).toArray().size(), 1);
        QVERIFY(r.err.contains("/nonexistent.eml"));
    }
    void scenarioMessageFields()
    {
        const Run r = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"),
            QStringLiteral(MAILTRIAGE_SHARED_DIR
                "/scenarios/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject m
            = QJsonDocument::fromJson(r.out).object().value(QLatin1String("messages")).toArray().at(0).toObject();
        QCOMPARE(m.value(QLatin1String("format")).toString(), QStringLiteral("eml"));
        QCOMPARE(m.value(QLatin1String("message_id")).toString(),
            QStringLiteral("<727e01d58153$51674411$2dd6dbef$@srv211.hostmoor-vps.net>"));
        QCOMPARE(m.value(QLatin1String("date")).toString(), QStringLiteral("2019-07-31T04:38:51+01:00"));
        QCOMPARE(m.value(QLatin1String("from")).toObject().value(QLatin1String("address")).toString(),
            QStringLiteral("haruka.nishizono@kumoyuki-fs.co.jp"));
        QCOMPARE(m.value(QLatin1String("cc")).toArray().size(), 2);
        QCOMPARE(
            m.value(QLatin1String("return_path")).toString(), QStringLiteral("haruka.nishizono@kumoyuki-fs.co.jp"));
        QCOMPARE(m.value(QLatin1String("references")).toArray().size(), 3);
        const QJsonArray hops = m.value(QLatin1String("received")).toArray();
        QCOMPARE(hops.size(), 3);
        QCOMPARE(hops.at(0).toObject().value(QLatin1String("from_ip")).toString(), QStringLiteral("198.51.100.211"));
        const QJsonObject auth = m.value(QLatin1String("auth")).toObject();
        QCOMPARE(auth.value(QLatin1String("spf")).toString(), QStringLiteral("fail"));
        QCOMPARE(auth.value(QLatin1String("dmarc")).toString(), QStringLiteral("fail"));
        QVERIFY(m.value(QLatin1String("attachments")).toArray().size() >= 1);
        QCOMPARE(m.value(QLatin1String("sha256")).toString().size(), 64);
    }

    void everyFile_data()
    {
        QTest::addColumn<QString>("file");
        QList<ReadError> errors;
        const QStringList files = MessageReader::expandPaths(
            { QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus"), QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios") },
            &errors);
        QVERIFY(files.size() > 900);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -2))) << f;
    }
    void everyFile()
    {
        QFETCH(QString, file);
        const Run r = runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), file });
        QVERIFY2(!r.crashed, "mailtriage-cli crashed or hung");
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(QString::fromUtf8(r.err)));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonArray messages = doc.object().value(QLatin1String("messages")).toArray();
        const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
        QVERIFY(!messages.isEmpty() || !errors.isEmpty());
        QCOMPARE(r.exitCode == 0, errors.isEmpty());
        for (const QJsonValue& v : messages) {
            const QJsonObject m = v.toObject();
            for (const char* key : { "file", "index", "format", "sha256", "message_id", "date", "subject", "from",
                     "sender", "reply_to", "to", "cc", "return_path", "in_reply_to", "references", "received", "auth",
                     "parts", "attachments", "findings" })
                QVERIFY2(m.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
