// SPDX-License-Identifier: GPL-3.0-or-later
// The case commands of mailtriage-cli as a user runs them: case create, import, search, export
// --original, tag, check; exit statuses and JSON shapes of the contract; one clear line on stderr
// when the case cannot be used (missing, not a case, damaged, read-only location, disk full), and
// the data already in a case intact afterwards.
#include "casestore.h"
#include "messagereader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace MailTriage;

namespace {
const QString kCli = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-cli");
const QString kShared = QStringLiteral(MAILTRIAGE_SHARED_DIR);
const QString kScenarios = kShared + QStringLiteral("/scenarios");
const QString kCorpus = kShared + QStringLiteral("/corpus");
const QString kJapanese = kScenarios + QStringLiteral("/controls/03_japanese_iso2022jp.eml");

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // The "mailtriage-cli: ..." lines (progress lines excluded).
    QList<QByteArray> errorLines() const
    {
        QList<QByteArray> lines;
        for (const QByteArray& l : err.split('\n'))
            if (l.startsWith("mailtriage-cli: "))
                lines << l;
        return lines;
    }
};

Run runCli(const QStringList& args, qint64 fileSizeLimit = 0, int timeoutMs = 600000)
{
    Run r;
    QProcess p;
    if (fileSizeLimit > 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            struct rlimit l;
            l.rlim_cur = l.rlim_max = rlim_t(fileSizeLimit);
            setrlimit(RLIMIT_FSIZE, &l);
        });
    }
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

QByteArray fileSha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Every file that belongs to the case, for "left intact" comparisons.
QByteArray caseFilesSha(const QString& path)
{
    return fileSha(path) + fileSha(path + QStringLiteral("-wal"));
}

// A tmpfs mounted for one test (root only); unmounted when it goes.
class TmpfsMount {
public:
    explicit TmpfsMount(const QString& dir, const QByteArray& options)
        : m_dir(QFile::encodeName(dir))
    {
        m_mounted = geteuid() == 0 && ::mount("tmpfs", m_dir.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", m_dir.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QByteArray m_dir;
    bool m_mounted = false;
};

qint64 messageCount(const QString& casePath)
{
    StoreError e;
    auto s = CaseStore::open(casePath, CaseStore::OpenMode::ReadOnly, &e);
    return s ? s->messages().count() : -1;
}
} // namespace

class TestCliCase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void workflow()
    {
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("case.mtcase"));
        Run r = runCli({ QStringLiteral("case"), QStringLiteral("create"), c, QStringLiteral("--title"),
            QStringLiteral("事例1") });
        QCOMPARE(r.exitCode, 0);
        r = runCli({ QStringLiteral("case"), QStringLiteral("create"), c });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorLines().size(), 1);
        QVERIFY(r.err.contains("already exists"));

        QList<ReadError> errs;
        const qsizetype files = MessageReader::expandPaths({ kScenarios }, &errs).size();
        r = runCli({ QStringLiteral("import"), c, kScenarios, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject j = r.json();
        QCOMPARE(
            j.value(QLatin1String("imported")).toInteger() + j.value(QLatin1String("duplicates")).toInteger(), files);
        QVERIFY(j.value(QLatin1String("errors")).isArray());
        QVERIFY(j.value(QLatin1String("errors")).toArray().isEmpty());
        QVERIFY2(r.err.contains("import: "), r.err.constData()); // plain progress lines off a terminal
        const qint64 stored = j.value(QLatin1String("imported")).toInteger();

        // Again: idempotent. With a missing path: exit 1, the error named, the rest still done.
        r = runCli({ QStringLiteral("import"), c, kScenarios, dir.filePath(QStringLiteral("nope.eml")),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        j = r.json();
        QCOMPARE(j.value(QLatin1String("imported")).toInteger(), 0);
        QCOMPARE(j.value(QLatin1String("duplicates")).toInteger(), files);
        const QJsonArray errors = j.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().toObject().value(QLatin1String("file")).toString().endsWith(QLatin1String("nope.eml")));
        QVERIFY(!errors.first().toObject().value(QLatin1String("reason")).toString().isEmpty());
        QVERIFY(r.err.contains("nope.eml"));
        QCOMPARE(messageCount(c), stored);

        // Search: Japanese (2 characters: LIKE; longer: trigram index), partial address.
        const QString jaSha = QString::fromLatin1(fileSha(kJapanese));
        for (const QString& q :
            { QStringLiteral("納品"), QStringLiteral("納品スケジュール"), QStringLiteral("odagiri@kozue") }) {
            r = runCli({ QStringLiteral("search"), c, q, QStringLiteral("--json") });
            QCOMPARE(r.exitCode, 0);
            bool found = false;
            for (const QJsonValue& v : r.json().value(QLatin1String("results")).toArray())
                found = found || v.toObject().value(QLatin1String("sha256")).toString() == jaSha;
            QVERIFY2(found, qPrintable(q));
        }
        r = runCli({ QStringLiteral("search"), c, QStringLiteral("納品") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(jaSha.toLatin1()));

        // Export the original: byte for byte.
        const QString out = dir.filePath(QStringLiteral("out.eml"));
        r = runCli({ QStringLiteral("export"), c, QStringLiteral("--original"), jaSha, out });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromLatin1(fileSha(out)), jaSha);
        r = runCli({ QStringLiteral("export"), c, QStringLiteral("--original"), QString(64, QLatin1Char('0')), out });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorLines().size(), 1);
        QCOMPARE(
            runCli({ QStringLiteral("export"), c, QStringLiteral("--original"), QStringLiteral("xyz"), out }).exitCode,
            2);

        // Tag: written, shown, audited.
        r = runCli({ QStringLiteral("tag"), c, QStringLiteral("--bec-type"), QStringLiteral("1"),
            QStringLiteral("--damage"), QStringLiteral("no"), QStringLiteral("--tag"), QStringLiteral("請求書"),
            QStringLiteral("--tag"), QStringLiteral("thread-hijack"), QStringLiteral("--note"),
            QStringLiteral("B noticed the From address"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        j = r.json();
        QCOMPARE(j.value(QLatin1String("bec_type")).toInt(), 1);
        QCOMPARE(j.value(QLatin1String("damage")).toString(), QStringLiteral("no"));
        QCOMPARE(j.value(QLatin1String("tags")).toArray().size(), 2);
        QCOMPARE(runCli({ QStringLiteral("tag"), c, QStringLiteral("--bec-type"), QStringLiteral("7") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("tag"), c, QStringLiteral("--damage"), QStringLiteral("maybe") }).exitCode, 2);
        {
            StoreError e;
            auto s = CaseStore::open(c, CaseStore::OpenMode::ReadOnly, &e);
            QVERIFY(s);
            QStringList actions;
            for (const AuditEntry& a : s->audit().entries())
                actions << a.action;
            QCOMPARE(actions.count(QStringLiteral("tag")), 4);
            QCOMPARE(actions.count(QStringLiteral("note")), 1);
            QCOMPARE(actions.count(QStringLiteral("export_original")), 1);
            QCOMPARE(actions.count(QStringLiteral("import")), 2);
        }
        r = runCli({ QStringLiteral("check"), c });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ok: "));
        r = runCli({ QStringLiteral("check"), c, QStringLiteral("--json") });
        QCOMPARE(r.json().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("messages")).toInteger(), stored);
    }

    void usage()
    {
        for (const QStringList& args :
            QList<QStringList> { { QStringLiteral("case") }, { QStringLiteral("case"), QStringLiteral("create") },
                { QStringLiteral("import"), QStringLiteral("x.mtcase") },
                { QStringLiteral("search"), QStringLiteral("x.mtcase") },
                { QStringLiteral("export"), QStringLiteral("x.mtcase") }, { QStringLiteral("tag") },
                { QStringLiteral("check") }, { QStringLiteral("import"), QStringLiteral("--bogus") } }) {
            const Run r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(r.errorLines().size(), 1);
        }
    }

    void caseCannotBeOpened_data()
    {
        QTest::addColumn<QByteArray>("content"); // "" = missing, "corrupt" = a damaged real case
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("case create");
        QTest::newRow("not sqlite") << QByteArray("Subject: hello\r\n\r\nthis is a mail, not a case\r\n")
                                    << QStringLiteral("not a MailTriage case file");
        QTest::newRow("corrupt") << QByteArray("corrupt") << QStringLiteral("damaged");
    }
    void caseCannotBeOpened()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString c = dir.filePath(QStringLiteral("x.mtcase"));
        if (content == "corrupt") {
            QCOMPARE(runCli({ QStringLiteral("case"), QStringLiteral("create"), c }).exitCode, 0);
            QCOMPARE(runCli({ QStringLiteral("import"), c, kJapanese }).exitCode, 0);
            QFile f(c);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(100));
            f.write(QByteArray(400, '\xA5'));
        } else if (!content.isEmpty()) {
            QFile f(c);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = caseFilesSha(c);
        const QString out = dir.filePath(QStringLiteral("o.eml"));
        const QList<QStringList> commands { { QStringLiteral("import"), c, kJapanese, QStringLiteral("--json") },
            { QStringLiteral("search"), c, QStringLiteral("x") },
            { QStringLiteral("tag"), c, QStringLiteral("--tag"), QStringLiteral("x") }, { QStringLiteral("tag"), c },
            { QStringLiteral("check"), c },
            { QStringLiteral("export"), c, QStringLiteral("--original"), QString(64, QLatin1Char('a')), out } };
        for (const QStringList& args : commands) {
            const Run r = runCli(args);
            QVERIFY2(r.exitCode == 3,
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.exitCode)));
            QCOMPARE(r.errorLines().size(), 1);
            QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(caseFilesSha(c), before);
        QVERIFY(!QFile::exists(out));
    }

    // A case on a read-only location: reading works, writing is refused with one line, nothing changes.
    void readOnlyLocation()
    {
        QTemporaryDir dir;
        const QString mnt = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkdir(mnt));
        TmpfsMount tmpfs(mnt, "size=16m");
        if (!tmpfs.isMounted() && geteuid() == 0)
            QSKIP("running as root without permission to mount a tmpfs: no way to make a read-only location");
        const QString c = mnt + QStringLiteral("/case.mtcase");
        QCOMPARE(runCli({ QStringLiteral("case"), QStringLiteral("create"), c }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("import"), c, kJapanese }).exitCode, 0);
        if (tmpfs.isMounted()) {
            QVERIFY(tmpfs.remountReadOnly());
        } else {
            QFile::setPermissions(c, QFile::ReadOwner);
            QFile::setPermissions(mnt, QFile::ReadOwner | QFile::ExeOwner);
        }
        const QByteArray before = caseFilesSha(c);
        for (const QStringList& args : QList<QStringList> { { QStringLiteral("import"), c, kScenarios },
                 { QStringLiteral("tag"), c, QStringLiteral("--damage"), QStringLiteral("yes") } }) {
            const Run r = runCli(args);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(r.errorLines().size(), 1);
            QVERIFY2(r.err.contains("read-only"), r.err.constData());
        }
        Run r = runCli({ QStringLiteral("search"), c, QStringLiteral("納品") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(fileSha(kJapanese)));
        const QString out = dir.filePath(QStringLiteral("out.eml"));
        r = runCli({ QStringLiteral("export"), c, QStringLiteral("--original"), QString::fromLatin1(fileSha(kJapanese)),
            out });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fileSha(out), fileSha(kJapanese));
        r = runCli({ QStringLiteral("check"), c });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(caseFilesSha(c), before);
        r = runCli({ QStringLiteral("case"), QStringLiteral("create"), mnt + QStringLiteral("/new.mtcase") });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorLines().size(), 1);
        QVERIFY(r.err.contains("read-only"));
        if (!tmpfs.isMounted())
            QFile::setPermissions(mnt, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // The disk fills up during an import: one clear line, exit 3, and the case still holds
    // everything that was in it, intact. Once on a tiny tmpfs (root), once with a file size limit.
    void diskFull_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("tmpfs 4 MiB") << true;
        QTest::newRow("RLIMIT_FSIZE") << false;
    }
    void diskFull()
    {
        QFETCH(bool, tmpfs);
        QTemporaryDir dir;
        QString where = dir.path();
        std::unique_ptr<TmpfsMount> mount;
        if (tmpfs) {
            where = dir.filePath(QStringLiteral("small"));
            QVERIFY(QDir().mkdir(where));
            mount = std::make_unique<TmpfsMount>(where, "size=4m"); // the scenarios fit, the corpus does not
            if (!mount->isMounted())
                QSKIP("cannot mount a tmpfs here (needs root)");
        }
        const QString c = where + QStringLiteral("/case.mtcase");
        QCOMPARE(runCli({ QStringLiteral("case"), QStringLiteral("create"), c }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("import"), c, kScenarios }).exitCode, 0);
        QCOMPARE(
            runCli({ QStringLiteral("tag"), c, QStringLiteral("--note"), QStringLiteral("before the disk filled") })
                .exitCode,
            0);
        const qint64 before = messageCount(c);
        QVERIFY(before > 0);
        const qint64 limit = tmpfs ? 0 : QFileInfo(c).size() + QFileInfo(c + QStringLiteral("-wal")).size() + (1 << 20);
        const Run r = runCli({ QStringLiteral("import"), c, kCorpus, QStringLiteral("--json") }, limit);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 3);
        const QList<QByteArray> lines = r.errorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("disk is full"), lines.first().constData());
        // Intact: opens, passes every check, holds what it held (and maybe some of the new).
        const Run check = runCli({ QStringLiteral("check"), c, QStringLiteral("--json") });
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.json().value(QLatin1String("messages")).toInteger() >= before);
        StoreError e;
        auto s = CaseStore::open(c, CaseStore::OpenMode::ReadOnly, &e);
        QVERIFY2(s, qPrintable(e.message));
        QCOMPARE(s->caseInfo().notes.size(), 1);
        QVERIFY(s->evidence().contains(fileSha(kJapanese)));
    }
};

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
