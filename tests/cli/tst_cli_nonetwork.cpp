// SPDX-License-Identifier: GPL-3.0-or-later
// "No network, ever" (issue 9) for mailtriage-cli and its sandboxed parsing workers: every command
// that reads hostile mail runs over the whole shared corpus (and the scenarios) under
// libmailtriage_netlog.so (LD_PRELOAD, inherited by the workers), which logs every name lookup
// (getaddrinfo, gethostbyname*, getnameinfo, res_*) and every connection or datagram to a network
// address. Each command's log must stay empty. Self-checks first: the library logs a probe's lookup
// and TCP connection (and not its AF_UNIX one), and it is loaded into the CLI and its workers.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCli = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-cli");
const QString kNetlog = QStringLiteral(MAILTRIAGE_NETLOG_LIB);
const QString kProbe = QStringLiteral(MAILTRIAGE_NETLOG_PROBE);
const QString kCorpus = QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus");
const QString kScenarios = QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios");

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QByteArray log; ///< what libmailtriage_netlog.so wrote
    qint64 ms = 0;
    QString what; ///< the command line, for messages
};
} // namespace

/// The command finished with 0 (or 1: some inputs were unreadable) and looked nothing up.
#define VERIFY_CLEAN(run_)                                                                                             \
    do {                                                                                                               \
        const Run r_ = (run_);                                                                                         \
        QVERIFY2(r_.finished, qPrintable(r_.what));                                                                    \
        QVERIFY2(r_.exitCode == 0 || r_.exitCode == 1,                                                                 \
            qPrintable(                                                                                                \
                r_.what + QStringLiteral(": exit %1\n").arg(r_.exitCode) + QString::fromUtf8(r_.err.left(2000))));     \
        QVERIFY2(r_.log.isEmpty(),                                                                                     \
            qPrintable(                                                                                                \
                r_.what + QStringLiteral(" looked up names or connected:\n") + QString::fromUtf8(r_.log.left(4000)))); \
    } while (false)

class TestCliNoNetwork : public QObject {
    Q_OBJECT
private:
    /// Runs @p program under the preload with a log file of its own.
    Run run(const QString& program, const QStringList& args, bool announce = false)
    {
        const QString log = m_dir.filePath(QStringLiteral("netlog-%1.log").arg(++m_runs));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), kNetlog);
        env.insert(QStringLiteral("MAILTRIAGE_NETLOG"), log);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0"));
        if (announce)
            env.insert(QStringLiteral("MAILTRIAGE_NETLOG_ANNOUNCE"), QStringLiteral("1"));
        else
            env.remove(QStringLiteral("MAILTRIAGE_NETLOG_ANNOUNCE"));
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        r.finished = p.waitForFinished(300000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.ms = t.elapsed();
        QFile f(log);
        if (f.open(QIODevice::ReadOnly))
            r.log = f.readAll();
        return r;
    }

    /// Runs a mailtriage-cli command under the preload (check it with VERIFY_CLEAN).
    Run cli(const QStringList& args)
    {
        Run r = run(kCli, args);
        r.what = args.join(QLatin1Char(' '));
        qInfo("mailtriage-cli %s: exit %d, %lld ms, %lld bytes out", qPrintable(args.first()), r.exitCode, r.ms,
            r.out.size());
        return r;
    }

    QTemporaryDir m_dir;
    int m_runs = 0;
    QString m_case;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
        QVERIFY2(QFile::exists(kNetlog), qPrintable(kNetlog));
        QVERIFY2(QDir(kCorpus).exists(), qPrintable(kCorpus));
        m_case = m_dir.filePath(QStringLiteral("corpus.mtcase"));
    }

    // ---- Self-checks: the preload sees lookups and connections, in the CLI and its workers. ----

    void selfCheckProbeIsLogged()
    {
        const Run r = run(kProbe, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.log.contains("getaddrinfo localhost 9"), r.log.constData());
        QVERIFY2(r.log.contains("connect AF_INET 127.0.0.1:"), r.log.constData());
        QVERIFY2(r.out.startsWith("connected to 127.0.0.1:"), r.out.constData());
        // The port the probe connected to is the one logged.
        const QByteArray port = r.out.mid(r.out.lastIndexOf(':') + 1).trimmed();
        QVERIFY2(r.log.contains(QByteArray("127.0.0.1:" + port)), r.log.constData());
        // Local sockets (D-Bus, nscd) are no network traffic and are not reported.
        QCOMPARE(r.log.count('\n'), 2);
    }

    void selfCheckGetentIsLogged()
    {
        const QString getent = QStandardPaths::findExecutable(QStringLiteral("getent"));
        if (getent.isEmpty())
            QSKIP("getent is not installed");
        const Run r = run(getent, { QStringLiteral("hosts"), QStringLiteral("localhost") });
        QVERIFY2(r.log.contains("gethostbyname") || r.log.contains("getaddrinfo"), r.log.constData());
    }

    void selfCheckPreloadReachesTheWorkers()
    {
        const Run r = run(kCli,
            { QStringLiteral("inspect"), QStringLiteral("--json"), kScenarios + QStringLiteral("/case-2019q3-1") },
            true);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.log.contains("mailtriage-cli["), r.log.constData());
        QVERIFY2(r.log.contains("mailtriage-worker["), r.log.constData());
        // Only "loaded" lines: the run itself looked nothing up.
        for (const QByteArray& line : r.log.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.endsWith("] loaded"), line.constData());
        }
    }

    // ---- The commands, each over hostile mail. ----

    void inspectCorpusInWorkers()
    {
        const Run r = cli({ QStringLiteral("inspect"), QStringLiteral("--json"), kCorpus, kScenarios });
        VERIFY_CLEAN(r);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const qsizetype messages = doc.value(QLatin1String("messages")).toArray().size();
        qInfo("inspect: %lld messages", messages);
        QVERIFY(messages > 900);
    }

    void inspectCorpusInProcess()
    {
        const Run r
            = cli({ QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--in-process"), kCorpus });
        VERIFY_CLEAN(r);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QLatin1String("messages")).toArray().size() > 900);
    }

    void importCorpusIntoACase()
    {
        VERIFY_CLEAN(cli({ QStringLiteral("case"), QStringLiteral("create"), m_case, QStringLiteral("--title"),
            QStringLiteral("no network") }));
        VERIFY_CLEAN(cli({ QStringLiteral("import"), m_case, kCorpus, kScenarios, QStringLiteral("--quiet") }));
    }

    void caseCommands()
    {
        const Run analysis = cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") });
        VERIFY_CLEAN(analysis);
        // Distinct messages: copies of one message in several folders are merged.
        QVERIFY(QJsonDocument::fromJson(analysis.out).object().value(QLatin1String("messages")).toArray().size() > 600);
        VERIFY_CLEAN(cli({ QStringLiteral("timeline"), m_case, QStringLiteral("--json") }));
        VERIFY_CLEAN(cli({ QStringLiteral("search"), m_case, QStringLiteral("password"), QStringLiteral("--json") }));
        VERIFY_CLEAN(cli(
            { QStringLiteral("tag"), m_case, QStringLiteral("--bec-type"), QStringLiteral("2"), QStringLiteral("--tag"),
                QStringLiteral("phishing"), QStringLiteral("--note"), QStringLiteral("http://evil.example/ seen") }));
        VERIFY_CLEAN(cli({ QStringLiteral("check"), m_case, QStringLiteral("--json") }));
    }

    void reportExports()
    {
        const QString out = m_dir.path();
        VERIFY_CLEAN(cli({ QStringLiteral("export"), m_case, QStringLiteral("--pdf"),
            out + QStringLiteral("/report-en.pdf"), QStringLiteral("--stix"), out + QStringLiteral("/stix.json"),
            QStringLiteral("--csv"), out + QStringLiteral("/indicators.csv") }));
        VERIFY_CLEAN(
            cli({ QStringLiteral("export"), m_case, QStringLiteral("--pdf"), out + QStringLiteral("/report-ja.pdf"),
                QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--csv"),
                out + QStringLiteral("/indicators-live.csv"), QStringLiteral("--live-indicators") }));
        // From a folder: parsed in the workers, PDF invoices read by Poppler there; anonymized (the
        // anonymizer over the whole corpus case would take a minute in a debug build).
        VERIFY_CLEAN(cli(
            { QStringLiteral("export"), QStringLiteral("--from-folder"), kScenarios + QStringLiteral("/case-2019q3-1"),
                QStringLiteral("--anonymize"), QStringLiteral("--lang"), QStringLiteral("ja"),
                QStringLiteral("--save-map"), out + QStringLiteral("/map.json"), QStringLiteral("--pdf"),
                out + QStringLiteral("/folder.pdf"), QStringLiteral("--stix"), out + QStringLiteral("/folder.json") }));
        for (const char* name : { "report-en.pdf", "report-ja.pdf", "stix.json", "indicators.csv",
                 "indicators-live.csv", "folder.pdf", "folder.json", "map.json" })
            QVERIFY2(QFileInfo(out + QLatin1Char('/') + QLatin1String(name)).size() > 0, name);
    }
};

QTEST_GUILESS_MAIN(TestCliNoNetwork)
#include "tst_cli_nonetwork.moc"
