// SPDX-License-Identifier: GPL-3.0-or-later
// The STIX 2.1 bundle and the CSV of indicators, checked against the structure STIX 2.1 requires
// (identifiers, spec_version, timestamps, required properties, pattern syntax, references).
#include "anonymizer.h"
#include "stixexport.h"
#include "testfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    in.damage = QStringLiteral("no");
    in.tags = { QStringLiteral("bec") };
    in.notes = QStringLiteral("Reported by the partner.");
    in.generatedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30, 15, 250), Qt::UTC);
    return in;
}

const QRegularExpression& timestampRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$"));
    return re;
}

// Domain and relationship objects (created, modified, created_by_ref).
const QSet<QString>& sdoTypes()
{
    static const QSet<QString> s { QStringLiteral("indicator"), QStringLiteral("note"), QStringLiteral("report"),
        QStringLiteral("identity"), QStringLiteral("campaign"), QStringLiteral("observed-data"),
        QStringLiteral("relationship") };
    return s;
}

const QSet<QString>& metaTypes()
{
    static const QSet<QString> s { QStringLiteral("marking-definition"), QStringLiteral("extension-definition") };
    return s;
}

const QSet<QString>& scoTypes()
{
    static const QSet<QString> s { QStringLiteral("email-addr"), QStringLiteral("email-message"),
        QStringLiteral("domain-name"), QStringLiteral("ipv4-addr"), QStringLiteral("ipv6-addr"), QStringLiteral("url"),
        QStringLiteral("file"), QStringLiteral("x-mailtriage-bank-account") };
    return s;
}

const QString kAmber = QStringLiteral("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
const QString kMailTriage = QStringLiteral("identity--e4e6506c-46ee-47de-913f-662c6a74a0a6");

int attackerMessages(const CaseAnalysis& a)
{
    return int(std::count_if(a.messages.cbegin(), a.messages.cend(),
        [](const CaseMessage& cm) { return cm.actor == QLatin1String("attacker"); }));
}

} // namespace

namespace {
// An RFC 4180 reader, as a spreadsheet reads the file: quoted cells, doubled quotes, CRLF rows.
QList<QStringList> readCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

bool startsLikeFormula(const QString& cell)
{
    static const QString leading = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    return !cell.isEmpty() && leading.contains(cell[0]);
}
} // namespace

class TestStixExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void structure_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("live");
        for (const char* c : { "case-2019q3-1", "case-2019q3-2", "demo", "campaign-ceo-fraud" }) {
            QTest::addRow("%s", c) << QString::fromLatin1(c) << false;
            QTest::addRow("%s-live", c) << QString::fromLatin1(c) << true;
        }
    }

    void structure()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, live);
        const ReportInput in = inputOf(scenario);
        const Anonymizer an(in.analysis);
        StixExport::Options o;
        o.liveIndicators = live;
        const QByteArray json = StixExport::bundle(in, an, o);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonObject bundle = doc.object();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        const QRegularExpression idRe(
            QStringLiteral("^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY(idRe.match(bundle.value(QStringLiteral("id")).toString()).hasMatch());
        QVERIFY(bundle.value(QStringLiteral("id")).toString().startsWith(QLatin1String("bundle--")));
        QVERIFY(!bundle.contains(QStringLiteral("spec_version"))); // 2.1 bundles carry none

        const QJsonArray objects = bundle.value(QStringLiteral("objects")).toArray();
        QVERIFY(objects.size() > 3);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : objects) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QVERIFY2(!byId.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
            byId.insert(id, o);
        }
        QMap<QString, int> counts;
        for (const QJsonObject& o : std::as_const(byId)) {
            const QString type = o.value(QStringLiteral("type")).toString();
            const QString id = o.value(QStringLiteral("id")).toString();
            ++counts[type];
            const QRegularExpressionMatch m = idRe.match(id);
            QVERIFY2(m.hasMatch() && m.captured(1) == type, qPrintable(id));
            // STIX 2.1 §2.9: observables UUIDv5 (deterministic), every other object UUIDv4.
            QVERIFY2(QUuid::fromString(id.section(QStringLiteral("--"), 1)).version()
                    == (scoTypes().contains(type) ? QUuid::Sha1 : QUuid::Random),
                qPrintable(id));
            QVERIFY2(
                sdoTypes().contains(type) || scoTypes().contains(type) || metaTypes().contains(type), qPrintable(type));
            // The export's TLP marking on everything but the shared definitions.
            if (!metaTypes().contains(type) && id != kMailTriage)
                QCOMPARE(o.value(QStringLiteral("object_marking_refs")).toArray(), QJsonArray { kAmber });
            QCOMPARE(o.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                static const QRegularExpression propRe(QStringLiteral("^[a-z0-9_]{3,250}$"));
                QVERIFY2(propRe.match(it.key()).hasMatch() || it.key() == QLatin1String("id"), qPrintable(it.key()));
                if (it.key().endsWith(QLatin1String("_ref")))
                    QVERIFY2(byId.contains(it.value().toString()), qPrintable(it.value().toString()));
                if (it.key().endsWith(QLatin1String("_refs"))) {
                    QVERIFY(it.value().isArray());
                    QVERIFY(!it.value().toArray().isEmpty());
                    for (const QJsonValue& r : it.value().toArray()) {
                        bool found = false;
                        for (const QJsonValue& x : objects)
                            found = found || x.toObject().value(QStringLiteral("id")).toString() == r.toString();
                        QVERIFY2(found, qPrintable(QStringLiteral("dangling reference ") + r.toString()));
                    }
                }
            }
            if (sdoTypes().contains(type) && id != kMailTriage) {
                // Stamped with the export time, made by the (unnamed) producer.
                QCOMPARE(o.value(QStringLiteral("created")).toString(), QStringLiteral("2026-12-04T09:30:15.250Z"));
                QCOMPARE(o.value(QStringLiteral("modified")).toString(), QStringLiteral("2026-12-04T09:30:15.250Z"));
                const QString producer = o.value(QStringLiteral("created_by_ref")).toString();
                if (type != QLatin1String("identity") || !producer.isEmpty()) {
                    QVERIFY2(producer.startsWith(QLatin1String("identity--")), qPrintable(id));
                    QVERIFY(!byId.value(producer).contains(QStringLiteral("created_by_ref")));
                }
            }
            if (type == QLatin1String("marking-definition")) {
                QCOMPARE(id, kAmber); // the OASIS TLP 2.0 definition, as published
                QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("TLP:AMBER"));
                QCOMPARE(o.value(QStringLiteral("extensions"))
                             .toObject()
                             .value(QStringLiteral("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"))
                             .toObject()
                             .value(QStringLiteral("tlp_2_0"))
                             .toString(),
                    QStringLiteral("amber"));
            }
            if (o.contains(QStringLiteral("extensions")) && type != QLatin1String("marking-definition")) {
                // Every extension used is defined in the bundle, with the type it is used as.
                const QJsonObject exts = o.value(QStringLiteral("extensions")).toObject();
                for (auto e = exts.constBegin(); e != exts.constEnd(); ++e) {
                    QVERIFY2(byId.contains(e.key()), qPrintable(e.key()));
                    QVERIFY(byId.value(e.key())
                                .value(QStringLiteral("extension_types"))
                                .toArray()
                                .contains(e.value().toObject().value(QStringLiteral("extension_type"))));
                }
            }
            if (type == QLatin1String("relationship")) {
                const QString rel = o.value(QStringLiteral("relationship_type")).toString();
                const QString source = o.value(QStringLiteral("source_ref")).toString();
                const QString target = o.value(QStringLiteral("target_ref")).toString();
                const QString pair = source.section(QStringLiteral("--"), 0, 0) + QLatin1Char(' ') + rel
                    + QLatin1Char(' ') + target.section(QStringLiteral("--"), 0, 0);
                static const QSet<QString> suggested { QStringLiteral("indicator based-on observed-data"),
                    QStringLiteral("indicator indicates campaign"), QStringLiteral("campaign targets identity") };
                QVERIFY2(suggested.contains(pair), qPrintable(pair));
            }
            if (type == QLatin1String("indicator")) {
                for (const char* p : { "pattern", "pattern_type", "valid_from" })
                    QVERIFY2(o.contains(QString::fromLatin1(p)), p);
                QCOMPARE(o.value(QStringLiteral("pattern_type")).toString(), QStringLiteral("stix"));
                QVERIFY(timestampRe().match(o.value(QStringLiteral("valid_from")).toString()).hasMatch());
                QVERIFY(o.value(QStringLiteral("indicator_types")).isArray());
                static const QRegularExpression patternRe(QStringLiteral(
                    "^\\[(?:(?:email-addr|domain-name|ipv4-addr|ipv6-addr|url):value|file:hashes\\.'SHA-256'|"
                    "x-mailtriage-bank-account:(?:iban|account_number)) = "
                    "'(?:[^'\\\\]|\\\\['\\\\])*'\\]$"));
                const QString pattern = o.value(QStringLiteral("pattern")).toString();
                QVERIFY2(patternRe.match(pattern).hasMatch(), qPrintable(pattern));
            }
            if (type == QLatin1String("report")) {
                for (const char* p : { "name", "published", "object_refs", "report_types" })
                    QVERIFY2(o.contains(QString::fromLatin1(p)), p);
                QVERIFY(timestampRe().match(o.value(QStringLiteral("published")).toString()).hasMatch());
            }
            if (type == QLatin1String("note")) {
                QVERIFY(!o.value(QStringLiteral("content")).toString().isEmpty());
                QVERIFY(o.contains(QStringLiteral("object_refs")));
            }
            if (type == QLatin1String("email-message")) {
                QVERIFY(o.value(QStringLiteral("is_multipart")).isBool());
                if (o.contains(QStringLiteral("date")))
                    QVERIFY(timestampRe().match(o.value(QStringLiteral("date")).toString()).hasMatch());
            }
            if (type == QLatin1String("file")) {
                static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
                QVERIFY(
                    sha.match(o.value(QStringLiteral("hashes")).toObject().value(QStringLiteral("SHA-256")).toString())
                        .hasMatch());
            }
            if (type == QLatin1String("email-addr") || type == QLatin1String("domain-name")
                || type == QLatin1String("ipv4-addr") || type == QLatin1String("ipv6-addr")
                || type == QLatin1String("url")) {
                // Deterministic identifiers of STIX 2.1 §2.9: UUIDv5 over the value.
                QJsonObject key;
                key.insert(QStringLiteral("value"), o.value(QStringLiteral("value")));
                const QUuid expected
                    = QUuid::createUuidV5(QUuid(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7")),
                        QJsonDocument(key).toJson(QJsonDocument::Compact));
                QCOMPARE(id, type + QStringLiteral("--") + expected.toString(QUuid::WithoutBraces));
            }
        }
        QCOMPARE(counts.value(QStringLiteral("report")), 1);
        QVERIFY(counts.value(QStringLiteral("indicator")) > 0);
        QVERIFY(counts.value(QStringLiteral("email-message")) > 0);
        QVERIFY(counts.value(QStringLiteral("note")) > 0);
        // Every other object is in the report.
        const QJsonObject report = [&] {
            for (const QJsonObject& o : std::as_const(byId)) {
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("report"))
                    return o;
            }
            return QJsonObject();
        }();
        QSet<QString> expectedRefs;
        for (const QJsonObject& o : std::as_const(byId)) {
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type != QLatin1String("report") && !metaTypes().contains(type)
                && o.value(QStringLiteral("id")).toString() != kMailTriage
                && o.value(QStringLiteral("id")).toString()
                    != report.value(QStringLiteral("created_by_ref")).toString())
                expectedRefs.insert(o.value(QStringLiteral("id")).toString());
        }
        QSet<QString> refs;
        for (const QJsonValue& r : report.value(QStringLiteral("object_refs")).toArray())
            refs.insert(r.toString());
        QCOMPARE(refs, expectedRefs);

        // Each indicator is based on the observed-data of a message that carried its observable, and
        // indicates the campaign when there is one (two attacker messages or more).
        const int attacker = attackerMessages(in.analysis);
        QCOMPARE(counts.value(QStringLiteral("observed-data")), attacker);
        QCOMPARE(counts.value(QStringLiteral("campaign")), attacker >= 2 ? 1 : 0);
        QSet<QString> basedOn, indicates;
        for (const QJsonObject& o : std::as_const(byId)) {
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("relationship"))
                continue;
            const QString source = o.value(QStringLiteral("source_ref")).toString();
            if (o.value(QStringLiteral("relationship_type")).toString() == QLatin1String("based-on"))
                basedOn.insert(source);
            if (o.value(QStringLiteral("relationship_type")).toString() == QLatin1String("indicates"))
                indicates.insert(source);
        }
        for (const QJsonObject& o : std::as_const(byId)) {
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("indicator"))
                continue;
            const QString id = o.value(QStringLiteral("id")).toString();
            QVERIFY2(basedOn.contains(id), qPrintable(id));
            QCOMPARE(indicates.contains(id), attacker >= 2);
        }
        // The attacker's bank account: an observable under its extension and an indicator.
        bool hasBankAccount = false;
        for (const Indicator& ind : an.indicators())
            hasBankAccount = hasBankAccount || ind.type == QLatin1String("bank-account");
        QCOMPARE(counts.value(QStringLiteral("x-mailtriage-bank-account")) > 0, hasBankAccount);
        if (scenario == QLatin1String("demo"))
            QVERIFY(json.contains("[x-mailtriage-bank-account:iban = 'PT50029904170073155209196']"));

        // Every pseudonymous domain in a machine value lives under .example (RFC 2606).
        for (const QJsonObject& o : std::as_const(byId)) {
            if (!scoTypes().contains(o.value(QStringLiteral("type")).toString()))
                continue;
            const QString sco = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            for (const Pseudonym& p : an.map().entries) {
                if (p.kind != QLatin1String("domain") && p.kind != QLatin1String("lookalike-domain"))
                    continue;
                const QRegularExpression outside(QStringLiteral("(?<![\\w.-])")
                        + QRegularExpression::escape(p.pseudonym) + QStringLiteral("(?!\\.example)(?![\\w-]|\\.\\w)"),
                    QRegularExpression::CaseInsensitiveOption);
                QVERIFY2(
                    !outside.match(sco).hasMatch(), qPrintable(p.pseudonym + QStringLiteral(" in ") + sco.left(300)));
            }
        }

        // Defanged unless asked: the indicator values as the report prints them.
        for (const Indicator& ind : an.indicators()) {
            if (ind.type == QLatin1String("file") || ind.type == QLatin1String("hostname")
                || ind.type == QLatin1String("phone") || ind.type == QLatin1String("bank-account"))
                continue;
            const QString pattern = QStringLiteral("[%1:value = %2]")
                                        .arg(ind.type, StixExport::patternLiteral(live ? ind.plain : ind.shown));
            // An anonymized value is an observable (its real value written as the pseudonym), not an indicator.
            const bool pseudonym = ind.plain.compare(ind.value, Qt::CaseInsensitive) != 0;
            const QString machine = an.reservedNames(ind.plain);
            QVERIFY2(
                json.contains(QJsonDocument(QJsonArray { machine }).toJson(QJsonDocument::Compact).mid(2).chopped(2)),
                qPrintable(machine));
            if (!ind.context)
                QVERIFY2(QString::fromUtf8(json).contains(pattern) != pseudonym, qPrintable(pattern));
        }
    }

    // The OASIS STIX 2.1 validator (../shared/tools/stix-validate, Debian packages from
    // scripts/setup.sh) accepts every bundle: scenarios and demo, anonymized or not, defanged or live.
    void oasisValidatorAccepts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("anonymize");
        QTest::addColumn<bool>("live");
        QTest::addColumn<QString>("tlp");
        for (const char* c : { "case-2019q3-1", "case-2019q3-2", "demo" }) {
            QTest::addRow("%s", c) << QString::fromLatin1(c) << true << false << QStringLiteral("TLP:AMBER");
            QTest::addRow("%s-live", c) << QString::fromLatin1(c) << true << true << QStringLiteral("TLP:GREEN");
            QTest::addRow("%s-internal", c) << QString::fromLatin1(c) << false << false << QStringLiteral("TLP:RED");
        }
        QTest::addRow("demo-unmarked") << QStringLiteral("demo") << true << false << QString();
        // A series to five recipient organisations (tests/data/cases).
        QTest::addRow("campaign") << QStringLiteral("campaign-ceo-fraud") << true << false
                                  << QStringLiteral("TLP:AMBER");
        QTest::addRow("campaign-internal")
            << QStringLiteral("campaign-ceo-fraud") << false << false << QStringLiteral("TLP:AMBER");
        QTest::addRow("two-party") << QStringLiteral("two-party-signatures") << true << false
                                   << QStringLiteral("TLP:AMBER");
    }

    void oasisValidatorAccepts()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, anonymize);
        QFETCH(bool, live);
        QFETCH(QString, tlp);
        const QString tool = TestSupport::shared(QStringLiteral("tools/stix-validate"));
        MAILTRIAGE_NEED_SHARED(tool);
        ReportInput in = inputOf(scenario);
        in.tlp = tlp;
        AnonymizerOptions ao;
        ao.anonymize = anonymize;
        const Anonymizer an(in.analysis, ao);
        StixExport::Options o;
        o.liveIndicators = live;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(StixExport::bundle(in, an, o));
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // --strict: the SHOULD checks too; --enforce-refs: every reference resolves in the bundle.
        p.start(tool, { QStringLiteral("--strict"), QStringLiteral("--enforce-refs"), path });
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(!out.contains(QLatin1String("missing Python modules")), qPrintable(out));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("ERROR")), qPrintable(out));
        // One warning is the validator's, not ours: it knows only the built-in observable types,
        // and asks UUIDv4 of the bank account observable, whose id STIX 2.1 §2.9 makes UUIDv5.
        static const QRegularExpression expected(
            QStringLiteral("WARNING x-mailtriage-bank-account--[0-9a-f-]+: \\{103\\}"));
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("WARNING")))
                QVERIFY2(expected.match(line).hasMatch(), qPrintable(out));
        }
        if (!out.contains(QLatin1String("WARNING")))
            QVERIFY2(p.exitCode() == 0, qPrintable(out));
        const QJsonArray objects = QJsonDocument::fromJson(StixExport::bundle(in, an, o))
                                       .object()
                                       .value(QStringLiteral("objects"))
                                       .toArray();
        int markings = 0;
        for (const QJsonValue& v : objects)
            markings += v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("marking-definition");
        QCOMPARE(markings, tlp.isEmpty() ? 0 : 1);
    }

    // The check above notices an invalid bundle: a defanged value in an observable.
    void oasisValidatorRejectsDefangedObservables()
    {
        const QString tool = TestSupport::shared(QStringLiteral("tools/stix-validate"));
        MAILTRIAGE_NEED_SHARED(tool);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type": "bundle", "id": "bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8", "objects": [
            {"type": "domain-name", "spec_version": "2.1",
             "id": "domain-name--6ba7b811-9dad-51d1-80b4-00c04fd430c8", "value": "mail[.]example"}]})");
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(tool, { path });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() != 0, qPrintable(QString::fromUtf8(p.readAll())));
    }

    void identicalExports()
    {
        const ReportInput in = inputOf(QStringLiteral("case-2019q3-2"));
        // The same case exported at the same time: the same bytes (--as-of).
        const QByteArray a = StixExport::bundle(in, Anonymizer(in.analysis));
        const QByteArray b = StixExport::bundle(in, Anonymizer(in.analysis));
        QCOMPARE(a, b);
        // A minute later: another export, stamped with its own time, with its own object ids.
        ReportInput later = in;
        later.generatedAt = in.generatedAt.addSecs(60);
        const QByteArray c = StixExport::bundle(later, Anonymizer(in.analysis));
        QVERIFY(c.contains("\"created\": \"2026-12-04T09:31:15.250Z\""));
        const QJsonArray before = QJsonDocument::fromJson(a).object().value(QStringLiteral("objects")).toArray();
        const QJsonArray after = QJsonDocument::fromJson(c).object().value(QStringLiteral("objects")).toArray();
        QCOMPARE(before.size(), after.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QString type = before[i].toObject().value(QStringLiteral("type")).toString();
            const bool shared = scoTypes().contains(type) || metaTypes().contains(type)
                || before[i].toObject().value(QStringLiteral("id")).toString() == kMailTriage;
            QCOMPARE(
                before[i].toObject().value(QStringLiteral("id")) == after[i].toObject().value(QStringLiteral("id")),
                shared);
        }
        // No time given: the export is stamped now, not with a message's date.
        ReportInput now = in;
        now.generatedAt = {};
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QDateTime stamped = StixExport::asOf(now);
        QVERIFY(stamped >= start && stamped <= QDateTime::currentDateTimeUtc());
    }

    void tlpLabels()
    {
        QCOMPARE(StixExport::normalizedTlp(QStringLiteral("amber")), QStringLiteral("TLP:AMBER"));
        QCOMPARE(StixExport::normalizedTlp(QStringLiteral(" tlp:amber+strict ")), QStringLiteral("TLP:AMBER+STRICT"));
        QCOMPARE(StixExport::normalizedTlp(QStringLiteral("TLP:WHITE")), QStringLiteral("TLP:CLEAR"));
        QCOMPARE(StixExport::normalizedTlp(QStringLiteral("red")), QStringLiteral("TLP:RED"));
        QVERIFY(StixExport::normalizedTlp(QStringLiteral("TLP:PURPLE")).isEmpty());
        QVERIFY(StixExport::normalizedTlp(QString()).isEmpty());
    }

    void csv()
    {
        const ReportInput in = inputOf(QStringLiteral("demo"));
        const Anonymizer an(in.analysis);
        const QByteArray bytes = StixExport::indicatorsCsv(in, an);
        // UTF-8 with a byte order mark: Excel on Japanese Windows reads the ja column right.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes.mid(3));
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.first(),
            QStringLiteral("case_id,tlp,type,value,role,role_ja,first_seen,last_seen,messages,file_name,sha256,size")
                .split(QLatin1Char(',')));
        QCOMPARE(rows.size() - 1, an.indicators().size());
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 12);
            QCOMPARE(row[0], an.caseId());
            QCOMPARE(row[1], in.tlp);
            for (const QString& cell : row)
                QVERIFY2(!startsLikeFormula(cell), qPrintable(cell));
        }
        QVERIFY(!csv.contains(QLatin1String("tsukikage"), Qt::CaseInsensitive));
        QCOMPARE(StixExport::patternLiteral(QStringLiteral("it's a\\b")), QStringLiteral("'it\\'s a\\\\b'"));
    }

    // Identifiers a spreadsheet would read as numbers or dates keep their digits: the cell says
    // "text" (the apostrophe) and the value after it is unchanged.
    void csvIdentifiersAsText()
    {
        const QStringList numeric { QStringLiteral("582417093838"), QStringLiteral("0012345"),
            QStringLiteral("1234567e10"), QStringLiteral("3/4"), QStringLiteral("2024-03-19"), QStringLiteral("12:30"),
            QStringLiteral("1,234"), QStringLiteral("-42"), QStringLiteral("+81312345678") };
        for (const QString& v : numeric) {
            const QList<QStringList> rows = readCsv(StixExport::csvTextCell(v) + QStringLiteral("\r\n"));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().first(), QLatin1Char('\'') + v);
            QVERIFY(!startsLikeFormula(rows.first().first()));
        }
        const QStringList text { QStringLiteral("PT50029904170073155209196"), QStringLiteral("198.51.100.23"),
            QStringLiteral("bob@a-company.co.jp"), QStringLiteral("TSK-INV-24-0412.pdf"),
            QStringLiteral("70d9cfa7e2cb7be2904aeb2c4e14cc840df4b8fd76bdd6195933bf1b1bedc709"),
            QStringLiteral("2001:db8::1") };
        for (const QString& v : text)
            QCOMPARE(StixExport::csvTextCell(v), v);
        // The CSV writes its identifier columns so: the forged account number (2019 Q3 case 1) stays text.
        ReportInput in = inputOf(QStringLiteral("case-2019q3-1"));
        const Anonymizer an(in.analysis);
        const QString csv = QString::fromUtf8(StixExport::indicatorsCsv(in, an).mid(3));
        bool account = false;
        for (const QStringList& row : readCsv(csv).mid(1)) {
            if (row[2] == QLatin1String("bank-account") && row[3] == QLatin1String("'582417093838"))
                account = true;
            for (int c : { 3, 9, 10 }) // value, file_name, sha256
                QVERIFY2(row[c].startsWith(QLatin1Char('\''))
                        || !QRegularExpression(QStringLiteral("^[0-9]+$")).match(row[c]).hasMatch(),
                    qPrintable(row[c]));
            QVERIFY(row[11].isEmpty() || row[11].toLongLong() > 0); // the size stays a number
        }
        QVERIFY(account);
    }

    // An attacker names the attachment: a cell a spreadsheet would run as a formula is text.
    void csvFormulaInjection()
    {
        const QStringList hostile { QStringLiteral("=HYPERLINK(\"http://x.example\",\"invoice\")"),
            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"),
            QStringLiteral("\t=1+1"), QStringLiteral("\uFF1D1+1") };
        for (const QString& h : hostile) {
            QVERIFY(startsLikeFormula(h)); // the check notices the raw value
            const QList<QStringList> rows = readCsv(StixExport::csvCell(h) + QStringLiteral(",x\r\n"));
            QCOMPARE(rows.size(), 1);
            QVERIFY2(!startsLikeFormula(rows.first().first()), qPrintable(rows.first().first()));
            QCOMPARE(rows.first().first(), QLatin1Char('\'') + h); // nothing else is changed
        }
        QCOMPARE(StixExport::csvCell(QStringLiteral("TSK-INV-24-0412.pdf")), QStringLiteral("TSK-INV-24-0412.pdf"));
        QCOMPARE(StixExport::csvCell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestStixExport)
#include "tst_stixexport.moc"
