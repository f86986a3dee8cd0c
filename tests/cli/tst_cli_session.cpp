// SPDX-License-Identifier: GPL-3.0-or-later
// Every mailtriage-cli command run in-process (Cli::run, the dispatcher main() calls) over the
// bundled demo case: the commands are thin wrappers over the application layer, so their output is
// checked here without spawning the binary. The demo case's analyze/timeline JSON, STIX bundle
// and CSV are compared with golden files in tests/data/golden (MAILTRIAGE_UPDATE_GOLDEN=1 rewrites
// them: review the diff before committing it).

#include "caseanalysisprocess.h"
#include "caseexport.h"
#include "casesession.h"
#include "casestore.h"
#include "commands.h"
#include "messagesource.h"
#include "serialization.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

using namespace MailTriage;

namespace {
const QString kGolden = QStringLiteral(MAILTRIAGE_TESTDATA_DIR "/golden");

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    Cli::CapturedOutput capture;
    Run r;
    r.status = Cli::run(args);
    r.out = capture.out();
    r.err = capture.err();
    return r;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/// Compares @p actual with tests/data/golden/@p name (or writes it with MAILTRIAGE_UPDATE_GOLDEN=1).
bool matchesGolden(const QString& name, const QByteArray& actual, QString* why)
{
    const QString path = kGolden + QLatin1Char('/') + name;
    if (qEnvironmentVariable("MAILTRIAGE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(kGolden);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(actual) != actual.size()) {
            *why = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    const QByteArray expected = TestSupport::fileBytes(path);
    if (expected.isEmpty()) {
        *why = QStringLiteral("%1 is missing: run with MAILTRIAGE_UPDATE_GOLDEN=1 to make it").arg(path);
        return false;
    }
    if (expected == actual)
        return true;
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            *why = QStringLiteral("%1 differs at line %2:\n  golden: %3\n  now:    %4")
                       .arg(name)
                       .arg(i + 1)
                       .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
            break;
        }
    }
    return false;
}

/// Paths of the checkout written as ${SOURCE}, so the golden files hold in any clone.
QByteArray portable(QByteArray json)
{
    return json.replace(QByteArray(MAILTRIAGE_SOURCE_DIR), QByteArrayLiteral("${SOURCE}"));
}

/// The parts of analyze --json that depend on where and when the case was made.
QByteArray stable(QJsonObject doc)
{
    QJsonObject c = doc.value(QLatin1String("case")).toObject();
    c.remove(QStringLiteral("path"));
    c.remove(QStringLiteral("created"));
    doc.insert(QStringLiteral("case"), c);
    return portable(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}
} // namespace

class TestCliSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(QStringLiteral("demo.mtcase"));
    }

    void usageAndUnknownCommands()
    {
        Run r = cli({});
        QCOMPARE(r.status, int(Cli::Usage));
        QVERIFY(r.err.contains(QLatin1String("Usage:")));
        r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.status, int(Cli::Ok));
        for (const char* c : { "inspect", "case create", "import", "analyze", "timeline", "search", "export", "tag",
                 "verdict", "check" })
            QVERIFY2(r.out.contains(QLatin1String("mailtriage-cli ") + QLatin1String(c)), c);
        r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.status, int(Cli::Usage));
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
        r = cli({ QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("missing.mtcase")) });
        QCOMPARE(r.status, int(Cli::CaseUnavailable));
        QVERIFY2(r.err.contains(QLatin1String("case create")), qPrintable(r.err)); // says what to do
    }

    void createAndImport()
    {
        Run r = cli({ QStringLiteral("case"), QStringLiteral("create"), m_case, QStringLiteral("--title"),
            QStringLiteral("Demo: hijacked invoice thread (fictional)") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(r.out.startsWith(QLatin1String("created ")));
        QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("create"), m_case }).status, int(Cli::CaseUnavailable));
        r = cli({ QStringLiteral("import"), m_case, TestSupport::demoDir() + QStringLiteral("/mailbox-A"),
            TestSupport::demoDir() + QStringLiteral("/mailbox-B"), QStringLiteral("--json"),
            QStringLiteral("--quiet") });
        QCOMPARE(r.status, int(Cli::Ok));
        QCOMPARE(json(r).value(QLatin1String("imported")).toInt(), 20);
        // Importing again stores nothing twice.
        r = cli({ QStringLiteral("import"), m_case, TestSupport::demoDir(), QStringLiteral("--json"),
            QStringLiteral("--quiet") });
        QCOMPARE(json(r).value(QLatin1String("imported")).toInt(), 0);
        QCOMPARE(json(r).value(QLatin1String("duplicates")).toInt(), 20);
    }

    void analyzeStoresTheAnalysisAndMatchesGolden()
    {
        Run first = cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") });
        QCOMPARE(first.status, int(Cli::Ok));
        const QJsonObject doc = json(first);
        QCOMPARE(doc.value(QLatin1String("bec_type_suggested")).toInt(), 1);
        // The analysis is now stored with the case; the next command reads it back the same.
        {
            CaseSession s;
            QVERIFY(s.openCase(m_case, nullptr, CaseSession::Access::Read));
            QVERIFY(!s.store()->storedAnalysis(CaseSession::analysisKey(s.store()->stateRevision())).isEmpty());
        }
        Run second = cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") });
        QCOMPARE(second.out, first.out);
        QString why;
        QVERIFY2(matchesGolden(QStringLiteral("demo-analyze.json"), stable(doc), &why), qPrintable(why));
        Run text = cli({ QStringLiteral("analyze"), m_case });
        QVERIFY(text.out.contains(QLatin1String("Suggested BEC type: Type 1")));
    }

    void rowsFromTheStoredAnalysisNameTheStoredCopies()
    {
        // The stored analysis carries each copy's stored id: the rows read back from it name
        // exactly the case's stored messages, each once, without a look-up by SHA-256.
        CaseSession s;
        QVERIFY(s.openCase(m_case, nullptr, CaseSession::Access::Read));
        QVERIFY(s.loadNow());
        QVERIFY(s.analysisWasStored());
        const QHash<QByteArray, qint64> ids = s.store()->messages().idsBySha256();
        QCOMPARE(s.storedCount(), qint64(ids.size()));
        QSet<qint64> seen;
        for (const MessageRow& r : s.rows()) {
            QCOMPARE(r.storedId, ids.value(r.sha256)); // the row's own message, not another copy
            QVERIFY(r.copyIds.contains(r.storedId));
            for (qint64 id : r.copyIds) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), ids.size());

        // A blob whose copies lack their ids (data, not what the session writes): the ids are
        // looked up and the rows are the same, no stored message listed twice.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.mtcase"));
        QVERIFY(QFile::copy(m_case, copy));
        {
            std::unique_ptr<CaseStore> store = CaseStore::open(copy, CaseStore::OpenMode::ReadWrite, nullptr);
            QVERIFY(store);
            CaseAnalysis a = *s.analysis();
            for (CaseMessage& cm : a.messages) {
                for (MessageCopy& c : cm.copies)
                    c.storedId = 0;
            }
            const qint64 revision = store->stateRevision();
            QVERIFY(store->storeAnalysis(revision, CaseSession::analysisKey(revision), serializeCaseAnalysis(a)));
        }
        CaseSession again;
        QVERIFY(again.openCase(copy, nullptr, CaseSession::Access::Read));
        QVERIFY(again.loadNow());
        QVERIFY(again.analysisWasStored());
        QCOMPARE(again.rows().size(), s.rows().size());
        for (qsizetype i = 0; i < s.rows().size(); ++i) {
            QCOMPARE(again.rows()[i].storedId, s.rows()[i].storedId);
            QCOMPARE(again.rows()[i].copyIds, s.rows()[i].copyIds);
        }
    }

    // A case without its stored analysis is analysed in the case-analysis process; when that
    // process fails (here: a worker whose --case-analysis mode exits at once) the session analyses
    // the case itself. Both store the same analysis, byte for byte.
    void analysisInItsProcessOrHere()
    {
        QTemporaryDir dir;
        const auto staleCopy = [&](const QString& name) {
            const QString copy = dir.filePath(name);
            if (!QFile::copy(m_case, copy))
                return QString();
            std::unique_ptr<CaseStore> store = CaseStore::open(copy, CaseStore::OpenMode::ReadWrite, nullptr);
            const qint64 revision = store->stateRevision();
            store->storeAnalysis(revision, QByteArrayLiteral("no-such-key"), QByteArrayLiteral("x"));
            return copy;
        };
        const auto storedOf = [](const QString& location) {
            std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, nullptr);
            return store->storedAnalysis(CaseSession::analysisKey(store->stateRevision()));
        };
        const QString viaHelper = staleCopy(QStringLiteral("helper.mtcase"));
        QVERIFY(!viaHelper.isEmpty() && storedOf(viaHelper).isEmpty());
        const qint64 helpers = CaseAnalysisProcess::started();
        {
            CaseSession s;
            QVERIFY(s.openCase(viaHelper, nullptr));
            QString error;
            QVERIFY2(s.loadNow(&error), qPrintable(error));
            QVERIFY(!s.analysisWasStored());
            QCOMPARE(s.analysis()->messages.size(), 12); // the demo: 20 copies of 12 messages
        }
        QCOMPARE(CaseAnalysisProcess::started(), helpers + 1);
        const QByteArray expected = storedOf(viaHelper);
        QVERIFY(!expected.isEmpty());

        const QString wrapper = dir.filePath(QStringLiteral("worker.sh"));
        {
            QFile f(wrapper);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n[ \"$1\" = --case-analysis ] && exit 9\nexec '" MAILTRIAGE_BIN_DIR
                    "/mailtriage-worker' \"$@\"\n");
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        }
        const QString here = staleCopy(QStringLiteral("here.mtcase"));
        {
            CaseSession s;
            ParseWorkerPool::Options options;
            options.workerPath = wrapper;
            s.setWorkerOptions(options);
            QVERIFY(s.openCase(here, nullptr));
            QString error;
            QVERIFY2(s.loadNow(&error), qPrintable(error));
            QCOMPARE(s.analysis()->messages.size(), 12); // the demo: 20 copies of 12 messages
        }
        QCOMPARE(CaseAnalysisProcess::started(), helpers + 2);
        QCOMPARE(storedOf(here), expected);
    }

    void timelineMatchesGolden()
    {
        Run r = cli({ QStringLiteral("timeline"), m_case, QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QString why;
        QVERIFY2(matchesGolden(QStringLiteral("demo-timeline.json"), portable(r.out.toUtf8()), &why), qPrintable(why));
        r = cli({ QStringLiteral("timeline"), m_case });
        QVERIFY(r.out.contains(QLatin1String("ATTACKER")));
    }

    void searchFindsJapaneseAndAddresses()
    {
        Run r = cli({ QStringLiteral("search"), m_case, QStringLiteral("請求書"), QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(!json(r).value(QLatin1String("results")).toArray().isEmpty());
        r = cli({ QStringLiteral("search"), m_case, QStringLiteral("no-such-word-anywhere-xyz") });
        QCOMPARE(r.status, int(Cli::Ok));
    }

    void tagAndCheck()
    {
        Run r = cli({ QStringLiteral("tag"), m_case, QStringLiteral("--bec-type"), QStringLiteral("1"),
            QStringLiteral("--tag"), QStringLiteral("invoice"), QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QCOMPARE(json(r).value(QLatin1String("bec_type")).toInt(), 1);
        r = cli({ QStringLiteral("check"), m_case, QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(json(r).value(QLatin1String("ok")).toBool());
    }

    void verdictOverridesTheActor()
    {
        // Mark the attacker's first message as a party's (a wrong call an analyst corrects), then undo it.
        const QJsonObject doc = json(cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") }));
        QString attackerId;
        for (const QJsonValue& v : doc.value(QLatin1String("messages")).toArray()) {
            if (v.toObject().value(QLatin1String("actor")).toString() == QLatin1String("attacker")) {
                attackerId = v.toObject().value(QLatin1String("message_id")).toString();
                break;
            }
        }
        QVERIFY(!attackerId.isEmpty());
        Run r = cli({ QStringLiteral("verdict"), m_case, attackerId, QStringLiteral("--actor"), QStringLiteral("party"),
            QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QCOMPARE(json(r).value(QLatin1String("verdicts")).toArray().size(), 1);
        const QJsonObject after = json(cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") }));
        bool seen = false;
        for (const QJsonValue& v : after.value(QLatin1String("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("message_id")).toString() == attackerId) {
                QCOMPARE(m.value(QLatin1String("actor")).toString(), QStringLiteral("party"));
                QCOMPARE(m.value(QLatin1String("actor_computed")).toString(), QStringLiteral("attacker"));
                QVERIFY(m.value(QLatin1String("actor_overridden")).toBool());
                seen = true;
            }
        }
        QVERIFY(seen);
        QCOMPARE(
            cli({ QStringLiteral("verdict"), m_case, attackerId, QStringLiteral("--actor"), QStringLiteral("robot") })
                .status,
            int(Cli::Usage));
        QCOMPARE(cli({ QStringLiteral("verdict"), m_case, QStringLiteral("<nope@x>"), QStringLiteral("--actor"),
                         QStringLiteral("party") })
                     .status,
            int(Cli::SomeInputsFailed));
        r = cli({ QStringLiteral("verdict"), m_case, attackerId, QStringLiteral("--actor"), QStringLiteral("none") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(r.out.contains(QLatin1String("no verdicts")));
        QCOMPARE(cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") }).out.toUtf8(),
            cli({ QStringLiteral("analyze"), m_case, QStringLiteral("--json") }).out.toUtf8());
        // Each change went to the audit log.
        CaseSession s;
        QVERIFY(s.openCase(m_case, nullptr, CaseSession::Access::Read));
        int verdicts = 0;
        for (const AuditEntry& e : s.store()->audit().entries())
            verdicts += e.action == QLatin1String("actor_override");
        QCOMPARE(verdicts, 2);
    }

    void exportsMatchGolden()
    {
        const QString stix = m_dir.filePath(QStringLiteral("demo.stix.json"));
        const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        const QString misp = m_dir.filePath(QStringLiteral("demo.misp.json"));
        // --as-of: the export time every output is stamped with (else now) and STIX ids are drawn from.
        Run r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--stix"), stix,
            QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("ja"),
            QStringLiteral("--misp"), misp, QStringLiteral("--as-of"), QStringLiteral("2026-12-04T09:00:00Z") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(r.out.contains(QLatin1String("anonymized")));
        QString why;
        QVERIFY2(matchesGolden(QStringLiteral("demo-stix.json"), TestSupport::fileBytes(stix), &why), qPrintable(why));
        QVERIFY2(
            matchesGolden(QStringLiteral("demo-indicators.csv"), TestSupport::fileBytes(csv), &why), qPrintable(why));
        QVERIFY2(matchesGolden(QStringLiteral("demo-misp.json"), TestSupport::fileBytes(misp), &why), qPrintable(why));
        const QString text = TestSupport::pdfText(pdf);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QLatin1String("tsukikage"), Qt::CaseInsensitive)); // the real company is gone

        // A map given with --map goes on top of the case's: the renamed company shows.
        const QString map = m_dir.filePath(QStringLiteral("map.json"));
        QVERIFY(cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--stix"), stix,
                        QStringLiteral("--save-map"), map })
                    .status
            == Cli::Ok);
        QByteArray edited = TestSupport::fileBytes(map);
        QVERIFY(edited.contains("\"Company A\""));
        edited.replace("\"Company A\"", "\"Harbour Works\"");
        QFile f(map);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(edited) == edited.size());
        f.close();
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--map"), map, QStringLiteral("--pdf"), pdf });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(TestSupport::pdfText(pdf).contains(QLatin1String("Harbour Works")));

        // Bad outcomes are one line each.
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--stix"),
            m_dir.filePath(QStringLiteral("no/such/dir/x.json")) });
        QCOMPARE(r.status, int(Cli::SomeInputsFailed));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--lang"), QStringLiteral("fr"),
            QStringLiteral("--pdf"), pdf });
        QCOMPARE(r.status, int(Cli::Usage));
    }

    // --misp on its own, and the report's timeline figure as an image (SVG, PNG): anonymized like
    // the report, so the real company is gone from it, and there when not anonymized.
    void exportsMispAndTimelineAlone()
    {
        const QString misp = m_dir.filePath(QStringLiteral("alone.misp.json"));
        Run r
            = cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--misp"), misp });
        QVERIFY2(r.status == Cli::Ok, qPrintable(r.err));
        QVERIFY(TestSupport::fileBytes(misp).contains("\"Event\""));
        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--lang"),
            QStringLiteral("ja"), QStringLiteral("--timeline"), svg });
        QVERIFY2(r.status == Cli::Ok, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("timeline figure, anonymized")), qPrintable(r.out));
        const QString shared = QString::fromUtf8(TestSupport::fileBytes(svg));
        QVERIFY(shared.contains(QStringLiteral("攻撃者"))); // the attacker's lane, in Japanese
        QVERIFY(shared.contains(QLatin1String(">#1 ")));
        QVERIFY(!shared.contains(QLatin1String("tsukikage"), Qt::CaseInsensitive));
        const QString internal = m_dir.filePath(QStringLiteral("internal.svg"));
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--timeline"), internal });
        QVERIFY2(r.status == Cli::Ok, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("NOT anonymized")));
        QVERIFY(QString::fromUtf8(TestSupport::fileBytes(internal))
                    .contains(QLatin1String("tsukikage"), Qt::CaseInsensitive));
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--timeline"), png });
        QVERIFY2(r.status == Cli::Ok, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull() && image.width() >= 1000 && image.height() > 300);
        r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--timeline"),
            m_dir.filePath(QStringLiteral("no/such/dir/t.png")) });
        QCOMPARE(r.status, int(Cli::SomeInputsFailed));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    // The Indicators tab on the command line: the list the exports write, defanged unless --live.
    void indicatorsAsTheExportsWriteThem()
    {
        QString error;
        const std::optional<CaseExport::Context> context = CaseExport::prepare(m_case, &error);
        QVERIFY2(context, qPrintable(error));
        const QList<Indicator> expected = CaseExport::indicators(*context);
        QVERIFY(!expected.isEmpty());
        for (bool live : { false, true }) {
            QStringList args { QStringLiteral("indicators"), m_case, QStringLiteral("--json") };
            if (live)
                args << QStringLiteral("--live");
            const Run r = cli(args);
            QCOMPARE(r.status, int(Cli::Ok));
            const QJsonArray items = json(r).value(QStringLiteral("indicators")).toArray();
            QCOMPARE(items.size(), expected.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject o = items[i].toObject();
                const Indicator& e = expected[i];
                QCOMPARE(o.value(QStringLiteral("type")).toString(), e.type);
                QCOMPARE(o.value(QStringLiteral("value")).toString(),
                    e.type == QLatin1String("file") ? e.sha256
                        : live                      ? e.value
                                                    : e.shown);
                QCOMPARE(o.value(QStringLiteral("context")).toBool(), e.context);
            }
        }
        // The same entries, in the same order and roles, as the CSV export of the case lists.
        const QString csvPath = m_dir.filePath(QStringLiteral("indicators.csv"));
        QCOMPARE(
            cli({ QStringLiteral("export"), m_case, QStringLiteral("--anonymize"), QStringLiteral("--csv"), csvPath })
                .status,
            int(Cli::Ok));
        const QStringList csvRows = QString::fromUtf8(TestSupport::fileBytes(csvPath))
                                        .mid(1)
                                        .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QJsonArray listed = json(cli({ QStringLiteral("indicators"), m_case, QStringLiteral("--json") }))
                                      .value(QStringLiteral("indicators"))
                                      .toArray();
        QCOMPARE(csvRows.size() - 1, listed.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QStringList cells = csvRows[i + 1].split(QLatin1Char(','));
            QCOMPARE(cells.value(2), listed[i].toObject().value(QStringLiteral("type")).toString());
            QCOMPARE(cells.value(4), listed[i].toObject().value(QStringLiteral("role")).toString());
        }
        const Run text = cli({ QStringLiteral("indicators"), m_case });
        QCOMPARE(text.status, int(Cli::Ok));
        QVERIFY2(
            text.out.contains(QStringLiteral("%1 indicators (defanged)").arg(expected.size())), qPrintable(text.out));
        QVERIFY(!text.out.contains(QLatin1String("@outlook.com"))); // no live address in the default output
        QCOMPARE(cli({ QStringLiteral("indicators") }).status, int(Cli::Usage));
    }

    // Two reads at once, each from a task of a busy global thread pool (the window loading a message
    // while the export dialog or the Indicators tab reads the case): neither may wait for map work
    // that no pool thread is left to run. On two cores this deadlocked.
    void readsFromPoolTasksDoNotStarveEachOther()
    {
        QThreadPool* global = QThreadPool::globalInstance();
        const int before = global->maxThreadCount();
        global->setMaxThreadCount(2);
        const QString location = m_case;
        const auto readEverything = [location] {
            std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, nullptr);
            return store ? int(MessageSource::readAll(*store).messages.size()) : -1;
        };
        QFuture<int> a = QtConcurrent::run(readEverything);
        QFuture<int> b = QtConcurrent::run(readEverything);
        QDeadlineTimer deadline(120000);
        while (!(a.isFinished() && b.isFinished()) && !deadline.hasExpired())
            QThread::msleep(20);
        global->setMaxThreadCount(before);
        QVERIFY2(a.isFinished() && b.isFinished(), "two reads from pool tasks are stuck");
        QVERIFY(a.result() > 0);
        QCOMPARE(a.result(), b.result());
    }

    void exportOriginalByteForByte()
    {
        const QJsonObject doc
            = json(cli({ QStringLiteral("search"), m_case, QStringLiteral("Invoice"), QStringLiteral("--json") }));
        const QJsonArray hits = doc.value(QLatin1String("results")).toArray();
        QVERIFY(!hits.isEmpty());
        const QString sha = hits.first().toObject().value(QLatin1String("sha256")).toString();
        QCOMPARE(sha.size(), 64);
        const QString out = m_dir.filePath(QStringLiteral("original.eml"));
        Run r = cli({ QStringLiteral("export"), m_case, QStringLiteral("--original"), sha, out });
        QCOMPARE(r.status, int(Cli::Ok));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(TestSupport::fileBytes(out), QCryptographicHash::Sha256).toHex()),
            sha);
    }

    void inspectReadsFilesWithoutACase()
    {
        Run r = cli({ QStringLiteral("inspect"), TestSupport::demoDir() + QStringLiteral("/mailbox-A"),
            QStringLiteral("--json") });
        QCOMPARE(r.status, int(Cli::Ok));
        QVERIFY(json(r).value(QLatin1String("messages")).toArray().size() >= 5);
    }

    void aCaseOpenElsewhereIsReadOnly()
    {
        // The window (or another process) holds the case: reads work, writes say who holds it.
        CaseSession window;
        QVERIFY(window.openCase(m_case, nullptr));
        QVERIFY(!window.isReadOnly());
        Run r = cli({ QStringLiteral("analyze"), m_case });
        QCOMPARE(r.status, int(Cli::Ok));
        r = cli({ QStringLiteral("tag"), m_case, QStringLiteral("--tag"), QStringLiteral("x") });
        QCOMPARE(r.status, int(Cli::CaseUnavailable));
        QVERIFY2(r.err.contains(QLatin1String("is open in")), qPrintable(r.err));
        CaseSession second;
        QVERIFY(second.openCase(m_case, nullptr));
        QVERIFY(second.isReadOnly());
        QVERIFY(second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())));
        window.closeCase();
        QCOMPARE(
            cli({ QStringLiteral("tag"), m_case, QStringLiteral("--tag"), QStringLiteral("x") }).status, int(Cli::Ok));
    }

private:
    QTemporaryDir m_dir;
    QString m_case;
};

QTEST_MAIN(TestCliSession)
#include "tst_cli_session.moc"
