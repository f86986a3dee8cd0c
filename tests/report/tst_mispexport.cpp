// SPDX-License-Identifier: GPL-3.0-or-later
// The MISP event: the misp-objects templates (../shared/tools/misp-email-check), the TLP tag and
// distribution, detection only for the attacker's real values, nothing raw when anonymized.
#include "anonymizer.h"
#include "mispexport.h"
#include "referencedata.h"
#include "stixexport.h"
#include "testfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace MailTriage;

namespace {

ReportInput inputOf(const QString& scenario)
{
    ReportInput in;
    in.analysis = TestFixture::analyzeFolder(scenario);
    in.title = QStringLiteral("Forged invoice");
    in.tags = { QStringLiteral("bec") };
    in.notes = QStringLiteral("Reported by the partner.");
    in.generatedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    return in;
}

// Runs misp-email-check --strict on @p json: (exit code, output).
std::pair<int, QString> check(const QString& tool, const QByteArray& json)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return { -1, QStringLiteral("cannot write") };
    f.write(json);
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, { QStringLiteral("--strict"), path });
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return { -1, QStringLiteral("did not finish") };
    return { p.exitCode(), QString::fromUtf8(p.readAll()) };
}

QList<QJsonObject> allAttributes(const QJsonObject& event)
{
    QList<QJsonObject> out;
    for (const QJsonValue& a : event.value(QStringLiteral("Attribute")).toArray())
        out << a.toObject();
    for (const QJsonValue& o : event.value(QStringLiteral("Object")).toArray()) {
        for (const QJsonValue& a : o.toObject().value(QStringLiteral("Attribute")).toArray())
            out << a.toObject();
    }
    return out;
}

} // namespace

class TestMispExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void templatesAccept_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("anonymize");
        for (const char* c :
            { "case-2019q3-1", "case-2019q3-2", "demo", "campaign-ceo-fraud", "two-party-signatures" }) {
            QTest::addRow("%s", c) << QString::fromLatin1(c) << true;
            QTest::addRow("%s-internal", c) << QString::fromLatin1(c) << false;
        }
    }

    // Every object follows its misp-objects template: relations, attribute types, categories,
    // values MISP accepts (no defanged address), template uuid and version.
    void templatesAccept()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, anonymize);
        const QString tool = TestSupport::shared(QStringLiteral("tools/misp-email-check"));
        MAILTRIAGE_NEED_SHARED(tool);
        const ReportInput in = inputOf(scenario);
        AnonymizerOptions ao;
        ao.anonymize = anonymize;
        const auto [code, out] = check(tool, MispExport::event(in, Anonymizer(in.analysis, ao)));
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("VALID")) && out.contains(QLatin1String("0 warnings")), qPrintable(out));
    }

    // The check notices an event MISP would refuse: a defanged sender address.
    void checkerRejectsDefangedValues()
    {
        const QString tool = TestSupport::shared(QStringLiteral("tools/misp-email-check"));
        MAILTRIAGE_NEED_SHARED(tool);
        const ReportInput in = inputOf(QStringLiteral("demo"));
        QByteArray json = MispExport::event(in, Anonymizer(in.analysis));
        QVERIFY(json.contains("\"value\": \"alice@a-cornpany.co.jp.example\""));
        json.replace("\"value\": \"alice@a-cornpany.co.jp.example\"", "\"value\": \"alice[@]a-cornpany[.]co[.]jp\"");
        const auto [code, out] = check(tool, json);
        QVERIFY2(code != 0, qPrintable(out));
    }

    void structure()
    {
        const ReportInput in = inputOf(QStringLiteral("demo"));
        const Anonymizer an(in.analysis);
        const QByteArray json = MispExport::event(in, an);
        const QJsonObject event = QJsonDocument::fromJson(json).object().value(QStringLiteral("Event")).toObject();
        QVERIFY(!event.isEmpty());
        QVERIFY(event.value(QStringLiteral("info")).toString().contains(an.caseId()));
        QCOMPARE(event.value(QStringLiteral("distribution")).toString(), QStringLiteral("0")); // AMBER
        QCOMPARE(event.value(QStringLiteral("published")).toBool(true), false);
        QCOMPARE(
            event.value(QStringLiteral("timestamp")).toString(), QString::number(in.generatedAt.toSecsSinceEpoch()));
        QCOMPARE(event.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-19")); // the first attack
        QSet<QString> tags;
        for (const QJsonValue& t : event.value(QStringLiteral("Tag")).toArray())
            tags.insert(t.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(tags.contains(QStringLiteral("tlp:amber")));
        QVERIFY(tags.contains(QStringLiteral("ipa-bec-type-1")));

        // Unique UUIDv4s for the event, objects and attributes.
        QSet<QString> uuids { event.value(QStringLiteral("uuid")).toString() };
        int emails = 0;
        for (const QJsonValue& v : event.value(QStringLiteral("Object")).toArray()) {
            const QJsonObject o = v.toObject();
            emails += o.value(QStringLiteral("name")).toString() == QLatin1String("email");
            uuids.insert(o.value(QStringLiteral("uuid")).toString());
            for (const QJsonValue& r : o.value(QStringLiteral("ObjectReference")).toArray()) {
                bool found = false;
                for (const QJsonValue& x : event.value(QStringLiteral("Object")).toArray())
                    found = found
                        || x.toObject().value(QStringLiteral("uuid"))
                            == r.toObject().value(QStringLiteral("referenced_uuid"));
                QVERIFY(found);
            }
        }
        const QList<QJsonObject> attributes = allAttributes(event);
        for (const QJsonObject& a : attributes)
            uuids.insert(a.value(QStringLiteral("uuid")).toString());
        QCOMPARE(uuids.size(), 1 + event.value(QStringLiteral("Object")).toArray().size() + attributes.size());
        for (const QString& u : std::as_const(uuids))
            QCOMPARE(QUuid::fromString(u).version(), QUuid::Random);
        int attacker = 0;
        for (const CaseMessage& cm : in.analysis.messages)
            attacker += cm.actor == QLatin1String("attacker");
        QCOMPARE(emails, attacker);

        // Detection (to_ids) only for the attacker's own real values: a value for detection is the
        // same in the internal (not anonymized) event, is no pseudonym under .example, no free-mail
        // provider and no party's document (the genuine invoice another party sent).
        AnonymizerOptions internal;
        internal.anonymize = false;
        const QByteArray internalJson = MispExport::event(in, Anonymizer(in.analysis, internal));
        int detectable = 0;
        for (const QJsonObject& a : attributes) {
            if (!a.value(QStringLiteral("to_ids")).toBool())
                continue;
            ++detectable;
            const QString v = a.value(QStringLiteral("value")).toString();
            const QByteArray quoted = QByteArray("\"").append(v.toUtf8()).append('"');
            QVERIFY2(internalJson.contains(quoted), qPrintable(v));
            QVERIFY2(!v.endsWith(QLatin1String(".example")), qPrintable(v));
            QVERIFY2(!ReferenceData::isFreemail(v), qPrintable(v)); // the provider, not an account at it
        }
        QVERIFY(detectable > 0);
        // The attacker's receipt address is in the event too; it carries party A's abbreviation
        // (TSK, of its reference numbers TSK-INV-24-0412), so it is printed anonymized, as a
        // free-mail mimic is, and is no detection attribute: it matches nothing real.
        QVERIFY(!json.contains("tsk.remittance.desk") && !json.contains("TSK-INV"));
        QVERIFY(json.contains("\"aco.remittance.desk@outlook.com\""));
        QVERIFY(internalJson.contains("\"tsk.remittance.desk@outlook.com\""));
        // The forged account is there for detection; nothing raw, no body, no real company name.
        QVERIFY(json.contains("\"type\": \"iban\""));
        for (const QJsonObject& a : attributes) {
            const QString relation = a.value(QStringLiteral("object_relation")).toString();
            QVERIFY(relation != QLatin1String("eml") && relation != QLatin1String("msg")
                && relation != QLatin1String("email-body"));
        }
        QVERIFY(!json.contains("tsukikage") && !json.contains("Tsukikage"));
        // Pseudonymous domains live under .example (RFC 2606); the attacker's real ones stay.
        QVERIFY(json.contains("\"alice@a-cornpany.co.jp.example\""));
        for (const QJsonObject& a : attributes) {
            const QString v = a.value(QStringLiteral("value")).toString();
            for (const Pseudonym& p : an.map().entries) {
                if (p.kind != QLatin1String("domain") && p.kind != QLatin1String("lookalike-domain"))
                    continue;
                const QRegularExpression outside(QStringLiteral("(?<![\\w.-])")
                        + QRegularExpression::escape(p.pseudonym) + QStringLiteral("(?!\\.example)(?![\\w-]|\\.\\w)"),
                    QRegularExpression::CaseInsensitiveOption);
                QVERIFY2(!outside.match(v).hasMatch(), qPrintable(v));
            }
        }

        // The same export time gives the same bytes.
        QCOMPARE(MispExport::event(in, an), json);
    }

    void tlpAndDistribution()
    {
        using D = MispExport::Distribution;
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:CLEAR")), D::All);
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:WHITE")), D::All);
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:GREEN")), D::Community);
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:AMBER")), D::Organisation);
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:AMBER+STRICT")), D::Organisation);
        QCOMPARE(MispExport::distributionFor(QStringLiteral("TLP:RED")), D::Organisation);
        QCOMPARE(MispExport::distributionFor(QString()), D::Organisation);
        QCOMPARE(MispExport::tlpTag(QStringLiteral("amber+strict")), QStringLiteral("tlp:amber+strict"));
        QVERIFY(MispExport::tlpTag(QString()).isEmpty());
        ReportInput in = inputOf(QStringLiteral("demo"));
        in.tlp = QStringLiteral("TLP:GREEN");
        const QJsonObject event = QJsonDocument::fromJson(MispExport::event(in, Anonymizer(in.analysis)))
                                      .object()
                                      .value(QStringLiteral("Event"))
                                      .toObject();
        QCOMPARE(event.value(QStringLiteral("distribution")).toString(), QStringLiteral("1"));
        QCOMPARE(
            event.value(QStringLiteral("Tag")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("tlp:green"));
    }
};

QTEST_GUILESS_MAIN(TestMispExport)
#include "tst_mispexport.moc"
