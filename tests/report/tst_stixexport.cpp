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
    return in;
}

const QRegularExpression& timestampRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$"));
    return re;
}

const QSet<QString>& sdoTypes()
{
    static const QSet<QString> s { QStringLiteral("indicator"), QStringLiteral("note"), QStringLiteral("report") };
    return s;
}

const QSet<QString>& scoTypes()
{
    static const QSet<QString> s { QStringLiteral("email-addr"), QStringLiteral("email-message"),
        QStringLiteral("domain-name"), QStringLiteral("ipv4-addr"), QStringLiteral("ipv6-addr"), QStringLiteral("url"),
        QStringLiteral("file") };
    return s;
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
        for (const char* c : { "case-2019q3-1", "case-2019q3-2", "demo" }) {
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
            QVERIFY2(QUuid::fromString(id.section(QStringLiteral("--"), 1)).version() == QUuid::Sha1, qPrintable(id));
            QVERIFY2(sdoTypes().contains(type) || scoTypes().contains(type), qPrintable(type));
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
            if (sdoTypes().contains(type)) {
                const QString created = o.value(QStringLiteral("created")).toString();
                const QString modified = o.value(QStringLiteral("modified")).toString();
                QVERIFY2(timestampRe().match(created).hasMatch(), qPrintable(created));
                QVERIFY2(timestampRe().match(modified).hasMatch(), qPrintable(modified));
                QVERIFY(modified >= created);
            }
            if (type == QLatin1String("indicator")) {
                for (const char* p : { "pattern", "pattern_type", "valid_from" })
                    QVERIFY2(o.contains(QString::fromLatin1(p)), p);
                QCOMPARE(o.value(QStringLiteral("pattern_type")).toString(), QStringLiteral("stix"));
                QVERIFY(timestampRe().match(o.value(QStringLiteral("valid_from")).toString()).hasMatch());
                QVERIFY(o.value(QStringLiteral("indicator_types")).isArray());
                static const QRegularExpression patternRe(QStringLiteral(
                    "^\\[(?:(?:email-addr|domain-name|ipv4-addr|ipv6-addr|url):value|file:hashes\\.'SHA-256') = "
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
        QCOMPARE(report.value(QStringLiteral("object_refs")).toArray().size(), objects.size() - 1);

        // Defanged unless asked: the indicator values as the report prints them.
        for (const Indicator& ind : an.indicators()) {
            if (ind.type == QLatin1String("file") || ind.type == QLatin1String("hostname")
                || ind.type == QLatin1String("phone") || ind.type == QLatin1String("bank-account"))
                continue;
            QVERIFY2(QString::fromUtf8(json).contains(live ? ind.plain : ind.shown), qPrintable(ind.shown));
        }
    }

    // The OASIS STIX 2.1 validator (../shared/tools/stix-validate, Debian packages from
    // scripts/setup.sh) accepts every bundle: scenarios and demo, anonymized or not, defanged or live.
    void oasisValidatorAccepts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("anonymize");
        QTest::addColumn<bool>("live");
        for (const char* c : { "case-2019q3-1", "case-2019q3-2", "demo" }) {
            QTest::addRow("%s", c) << QString::fromLatin1(c) << true << false;
            QTest::addRow("%s-live", c) << QString::fromLatin1(c) << true << true;
            QTest::addRow("%s-internal", c) << QString::fromLatin1(c) << false << false;
        }
    }

    void oasisValidatorAccepts()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, anonymize);
        QFETCH(bool, live);
        const QString tool = TestSupport::shared(QStringLiteral("tools/stix-validate"));
        MAILTRIAGE_NEED_SHARED(tool);
        const ReportInput in = inputOf(scenario);
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
        p.start(tool, { path });
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(!out.contains(QLatin1String("missing Python modules")), qPrintable(out));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
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
        const QByteArray a = StixExport::bundle(in, Anonymizer(in.analysis));
        const QByteArray b = StixExport::bundle(in, Anonymizer(in.analysis));
        QCOMPARE(a, b);
        QCOMPARE(StixExport::asOf(in), in.analysis.messages.last().message.date.toUTC());
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
