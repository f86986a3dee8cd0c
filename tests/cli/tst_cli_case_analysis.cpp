// SPDX-License-Identifier: GPL-3.0-or-later
// The case commands end to end, as a script would use them: import case-2019q3-1's two
// mailboxes in any order, then `timeline --json` and `analyze --json` against expected.json.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCli = QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-cli");
const QString kCase1 = QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/case-2019q3-1");

QByteArray run(const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(kCli, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QJsonObject expected(const QString& dir)
{
    QFile f(dir + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString makeCase(const QTemporaryDir& tmp, const QString& name, const QStringList& folders)
{
    const QString path = tmp.filePath(name);
    run({ QStringLiteral("case"), QStringLiteral("create"), path });
    for (const QString& f : folders)
        run({ QStringLiteral("import"), path, f });
    return path;
}

QStringList timelineSignature(const QString& casePath)
{
    const QJsonObject t
        = QJsonDocument::fromJson(run({ QStringLiteral("timeline"), casePath, QStringLiteral("--json") })).object();
    QStringList out;
    for (const QJsonValue& v : t.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        QStringList sig;
        for (const QJsonValue& s : e.value(QLatin1String("signals")).toArray())
            sig << s.toString();
        sig.sort();
        out << e.value(QLatin1String("message_id")).toString() + QLatin1Char('|')
                + e.value(QLatin1String("actor")).toString() + QLatin1Char('|')
                + e.value(QLatin1String("party_from")).toString() + QLatin1Char('|') + sig.join(QLatin1Char(','));
    }
    return out;
}
} // namespace

class TestCliCaseAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timelineOfCase1()
    {
        QTemporaryDir tmp;
        const QString c = makeCase(tmp, QStringLiteral("c1.mtcase"),
            { kCase1 + QStringLiteral("/mailbox-A"), kCase1 + QStringLiteral("/mailbox-B") });
        int code = -1;
        const QJsonObject t
            = QJsonDocument::fromJson(run({ QStringLiteral("timeline"), c, QStringLiteral("--json") }, &code)).object();
        QCOMPARE(code, 0);
        const QJsonArray events = t.value(QLatin1String("events")).toArray();
        const QJsonObject exp = expected(kCase1);
        QStringList order;
        for (const QJsonValue& v : events)
            order << v.toObject().value(QLatin1String("message_id")).toString();
        QStringList expectedOrder;
        for (const QJsonValue& v : exp.value(QLatin1String("timeline_order")).toArray())
            expectedOrder << v.toString();
        QCOMPARE(order.size(), 14);
        QCOMPARE(order, expectedOrder);
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            for (const char* key :
                { "message_id", "date", "from", "to", "party_from", "party_to", "actor", "signals", "summary" })
                QVERIFY2(e.contains(QLatin1String(key)), key);
        }
        // The three attacker messages and their case signals.
        for (const QJsonValue& v : exp.value(QLatin1String("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("actor")).toString() != QLatin1String("attacker"))
                continue;
            const QString id = m.value(QLatin1String("message_id")).toString();
            const QJsonObject e = events.at(order.indexOf(id)).toObject();
            QCOMPARE(e.value(QLatin1String("actor")).toString(), QStringLiteral("attacker"));
            const QJsonArray got = e.value(QLatin1String("signals")).toArray();
            for (const QJsonValue& s : m.value(QLatin1String("signals")).toArray())
                QVERIFY2(got.contains(s), qPrintable(id + QStringLiteral(" lacks ") + s.toString()));
        }
        // M09 (B's reply to the forged M08) carries reply_quotes_unsent_message.
        const QJsonObject m09
            = events.at(order.indexOf(QStringLiteral("<0a3467be-13a9-4888-b1db-8422de615465@pelangiteguh-eng.com.my>")))
                  .toObject();
        QVERIFY(m09.value(QLatin1String("signals")).toArray().contains(QStringLiteral("reply_quotes_unsent_message")));
        QCOMPARE(m09.value(QLatin1String("copies")).toArray().size(), 2);
    }

    void analyzeOfCase1()
    {
        QTemporaryDir tmp;
        const QString c = makeCase(tmp, QStringLiteral("c1.mtcase"), { kCase1 });
        int code = -1;
        const QJsonObject a
            = QJsonDocument::fromJson(run({ QStringLiteral("analyze"), c, QStringLiteral("--json") }, &code)).object();
        QCOMPARE(code, 0);
        QCOMPARE(a.value(QLatin1String("bec_type_suggested")).toInt(), 1);
        QVERIFY(!a.value(QLatin1String("bec_type_reasons")).toArray().isEmpty());
        QVERIFY(a.value(QLatin1String("bec_type")).isNull());
        QCOMPARE(a.value(QLatin1String("messages")).toArray().size(), 14);
        bool attackerParty = false;
        for (const QJsonValue& p : a.value(QLatin1String("parties")).toArray())
            attackerParty
                = attackerParty || p.toObject().value(QLatin1String("role")).toString() == QLatin1String("attacker");
        QVERIFY(attackerParty);
        // The analyst's tag is stored apart and wins in the output's bec_type.
        run({ QStringLiteral("tag"), c, QStringLiteral("--bec-type"), QStringLiteral("3") });
        const QJsonObject b
            = QJsonDocument::fromJson(run({ QStringLiteral("analyze"), c, QStringLiteral("--json") })).object();
        QCOMPARE(b.value(QLatin1String("bec_type")).toInt(), 3);
        QCOMPARE(b.value(QLatin1String("bec_type_suggested")).toInt(), 1);
    }

    void suggestionsForTheOtherCases()
    {
        QTemporaryDir tmp;
        const QString c2 = makeCase(
            tmp, QStringLiteral("c2.mtcase"), { QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/case-2019q3-2") });
        QCOMPARE(QJsonDocument::fromJson(run({ QStringLiteral("analyze"), c2, QStringLiteral("--json") }))
                     .object()
                     .value(QLatin1String("bec_type_suggested"))
                     .toInt(),
            2);
        const QString ctl = makeCase(
            tmp, QStringLiteral("ctl.mtcase"), { QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/controls") });
        QVERIFY(QJsonDocument::fromJson(run({ QStringLiteral("analyze"), ctl, QStringLiteral("--json") }))
                    .object()
                    .value(QLatin1String("bec_type_suggested"))
                    .isNull());
    }

    void mergeDoesNotDependOnImportOrder()
    {
        QTemporaryDir tmp;
        const QString a = kCase1 + QStringLiteral("/mailbox-A");
        const QString b = kCase1 + QStringLiteral("/mailbox-B");
        const QStringList ab = timelineSignature(makeCase(tmp, QStringLiteral("ab.mtcase"), { a, b }));
        QCOMPARE(ab.size(), 14);
        QCOMPARE(timelineSignature(makeCase(tmp, QStringLiteral("ba.mtcase"), { b, a })), ab);
        QCOMPARE(timelineSignature(makeCase(tmp, QStringLiteral("twice.mtcase"), { a, b, a, b })), ab);
    }

    void unopenableCase()
    {
        QTemporaryDir tmp;
        int code = -1;
        run({ QStringLiteral("timeline"), tmp.filePath(QStringLiteral("missing.mtcase")) }, &code);
        QCOMPARE(code, 3);
        run({ QStringLiteral("analyze") }, &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCaseAnalysis)
#include "tst_cli_case_analysis.moc"
