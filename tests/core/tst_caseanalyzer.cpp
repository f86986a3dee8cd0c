// SPDX-License-Identifier: GPL-3.0-or-later
// Case analysis on the reconstructed BEC scenarios and the demo case, driven by their
// expected.json files: the timeline, the actors, the case signals and the BEC type.
#include "caseanalysisprocess.h"
#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "pdftext.h"
#include "serialization.h"
#include "testfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace MailTriage;

namespace {
QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

using TestFixture::readFolder; // tests/support: read in place and analysed as the product does

const QSet<QString>& caseSignals()
{
    static const QSet<QString> s { QStringLiteral("cc_altered"), QStringLiteral("cc_altered_to_freemail"),
        QStringLiteral("sender_infrastructure_changed"), QStringLiteral("reply_quotes_unsent_message"),
        QStringLiteral("bank_account_changed"), QStringLiteral("remittance_date_changed"),
        QStringLiteral("thread_interjection"), QStringLiteral("freemail_lookalike_of_known_party"),
        QStringLiteral("lookalike_domain") };
    return s;
}

QStringList signalsOf(const Message& m)
{
    QStringList s;
    for (const Finding& f : m.findings)
        s << f.signal;
    return s;
}

QString caseDir(const QString& name)
{
    if (name == QLatin1String("demo"))
        return QStringLiteral(MAILTRIAGE_SOURCE_DIR "/resources/demo");
    return QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/") + name;
}
} // namespace

class TestCaseAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { PdfText::install(); }

    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("case-2019q3-1") << QStringLiteral("case-2019q3-1");
        QTest::newRow("case-2019q3-2") << QStringLiteral("case-2019q3-2");
        QTest::newRow("controls") << QStringLiteral("controls");
        QTest::newRow("demo") << QStringLiteral("demo");
    }
    void scenario()
    {
        QFETCH(QString, name);
        const QString dir = caseDir(name);
        const QJsonObject expected = readJson(dir + QStringLiteral("/expected.json"));
        QVERIFY(!expected.isEmpty());
        const CaseAnalysis a = CaseAnalyzer::analyze(readFolder(dir));

        // The timeline: each distinct message once, in the expected order.
        QStringList order;
        for (const TimelineEvent& e : a.timeline)
            order << e.messageId;
        QStringList expectedOrder;
        for (const QJsonValue& v : expected.value(QLatin1String("timeline_order")).toArray())
            expectedOrder << v.toString();
        QCOMPARE(order, expectedOrder);

        // Per file: actor, case signals, and nothing above low on legitimate mail.
        QHash<QString, const CaseMessage*> byId;
        for (const CaseMessage& cm : a.messages)
            byId.insert(cm.message.messageId, &cm);
        for (const QJsonValue& v : expected.value(QLatin1String("messages")).toArray()) {
            const QJsonObject em = v.toObject();
            const QString id = em.value(QLatin1String("message_id")).toString();
            const CaseMessage* cm = byId.value(id);
            QVERIFY2(cm, qPrintable(id));
            const QString actor = em.value(QLatin1String("actor")).toString();
            const QString file = em.value(QLatin1String("file")).toString();
            if (actor == QLatin1String("attacker")) {
                QVERIFY2(cm->actor == QLatin1String("attacker"), qPrintable(file + QStringLiteral(" is ") + cm->actor));
            } else {
                QVERIFY2(cm->actor != QLatin1String("attacker"),
                    qPrintable(
                        file + QStringLiteral(": ") + render(cm->attackerReasons, u"en").join(QStringLiteral("; "))));
                for (const Finding& f : cm->message.findings)
                    QVERIFY2(f.severity <= Severity::Low,
                        qPrintable(file + QStringLiteral(": ") + f.signal + QStringLiteral(" ")
                            + severityName(f.severity) + QStringLiteral(" ") + f.evidence));
            }
            const QStringList got = signalsOf(cm->message);
            for (const QJsonValue& s : em.value(QLatin1String("signals")).toArray()) {
                const QString sig = s.toString();
                if (sig == QLatin1String("none") || !caseSignals().contains(sig))
                    continue;
                QVERIFY2(got.contains(sig),
                    qPrintable(file + QStringLiteral(" lacks ") + sig + QStringLiteral("; has ")
                        + got.join(QLatin1Char(','))));
            }
        }
        // The suggested BEC type.
        const QJsonValue bec = expected.value(QLatin1String("bec_type"));
        QCOMPARE(a.becTypeSuggested, bec.isNull() ? 0 : bec.toInt());
        if (a.becTypeSuggested)
            QVERIFY(!a.becTypeReasons.isEmpty() && !a.becTypeReasons.first().render(u"ja").isEmpty());
    }

    void storedAnalysisKeepsWhatTheWindowReads_data() { scenario_data(); }
    void storedAnalysisKeepsWhatTheWindowReads()
    {
        // The case analysis stored in a case file (values once per chunk, events sharing their
        // message's) reads back equal in every field makeLean() keeps, and an event's values are
        // its message's own strings, not copies.
        QFETCH(QString, name);
        CaseAnalysis a = CaseAnalyzer::analyze(readFolder(caseDir(name)));
        QVERIFY(!a.messages.isEmpty());
        a.messages[0].copies.append({ QStringLiteral("other.mbox"), 3, QByteArrayLiteral("ab12"), true, 42 });
        a.timeline[0].summary = QStringLiteral("not the subject"); // kept when it differs
        for (CaseMessage& cm : a.messages)
            makeLean(cm.message);
        CaseAnalysis back;
        QVERIFY(deserializeCaseAnalysis(serializeCaseAnalysis(a), &back));

        QCOMPARE(back.becTypeSuggested, a.becTypeSuggested);
        QCOMPARE(back.becTypeReasons, a.becTypeReasons);
        QCOMPARE(back.parties.size(), a.parties.size());
        for (qsizetype i = 0; i < a.parties.size(); ++i) {
            const Party &x = a.parties[i], &y = back.parties[i];
            QCOMPARE(y.label, x.label);
            QCOMPARE(y.name, x.name);
            QCOMPARE(y.domains, x.domains);
            QCOMPARE(y.role, x.role);
            QCOMPARE(y.people, x.people);
        }
        QCOMPARE(back.messages.size(), a.messages.size());
        for (qsizetype i = 0; i < a.messages.size(); ++i) {
            const CaseMessage &x = a.messages[i], &y = back.messages[i];
            const Message &m = x.message, &n = y.message;
            QCOMPARE(n.sha256, m.sha256);
            QCOMPARE(n.format, m.format);
            QCOMPARE(n.file, m.file);
            QCOMPARE(n.index, m.index);
            QCOMPARE(n.messageId, m.messageId);
            QCOMPARE(n.inReplyTo, m.inReplyTo);
            QCOMPARE(n.references, m.references);
            QCOMPARE(n.date, m.date);
            QCOMPARE(n.date.offsetFromUtc(), m.date.offsetFromUtc());
            QCOMPARE(n.subject, m.subject);
            QCOMPARE(n.from, m.from);
            QCOMPARE(n.replyTo, m.replyTo);
            QCOMPARE(n.to, m.to);
            QCOMPARE(n.cc, m.cc);
            QCOMPARE(n.returnPath, m.returnPath);
            QCOMPARE(n.findings.size(), m.findings.size());
            for (qsizetype f = 0; f < m.findings.size(); ++f) {
                const Finding &p = m.findings[f], &q = n.findings[f];
                QCOMPARE(q.signal, p.signal);
                QCOMPARE(q.severity, p.severity);
                QCOMPARE(q.header, p.header);
                QCOMPARE(q.offset, p.offset);
                QCOMPARE(q.length, p.length);
                QVERIFY(q.text == p.text);
                QCOMPARE(q.evidence, p.evidence);
                QCOMPARE(q.relatedMessageId, p.relatedMessageId);
            }
            QCOMPARE(y.copies.size(), x.copies.size());
            for (qsizetype c = 0; c < x.copies.size(); ++c) {
                QCOMPARE(y.copies[c].file, x.copies[c].file);
                QCOMPARE(y.copies[c].index, x.copies[c].index);
                QCOMPARE(y.copies[c].sha256, x.copies[c].sha256);
                QCOMPARE(y.copies[c].delivered, x.copies[c].delivered);
                QCOMPARE(y.copies[c].storedId, x.copies[c].storedId);
            }
            QCOMPARE(y.key, x.key);
            QCOMPARE(y.actor, x.actor);
            QCOMPARE(y.actorComputed, x.actorComputed);
            QCOMPARE(y.actorOverridden, x.actorOverridden);
            QCOMPARE(y.senderParty, x.senderParty);
            QCOMPARE(y.recipientParties, x.recipientParties);
            QCOMPARE(y.thread, x.thread);
            QVERIFY(y.attackerReasons == x.attackerReasons);
        }
        QCOMPARE(back.timeline.size(), a.timeline.size());
        for (qsizetype i = 0; i < a.timeline.size(); ++i) {
            const TimelineEvent &x = a.timeline[i], &y = back.timeline[i];
            QCOMPARE(y.message, x.message);
            QCOMPARE(y.messageId, x.messageId);
            QCOMPARE(y.date, x.date);
            QCOMPARE(y.from, x.from);
            QCOMPARE(y.to, x.to);
            QCOMPARE(y.partyFrom, x.partyFrom);
            QCOMPARE(y.partyTo, x.partyTo);
            QCOMPARE(y.actor, x.actor);
            QCOMPARE(y.signals, x.signals);
            QCOMPARE(y.summary, x.summary);
            QCOMPARE(y.gapSeconds, x.gapSeconds);
            QCOMPARE(y.gapText, x.gapText);
            const Message& m = back.messages[y.message].message;
            if (!y.messageId.isEmpty())
                QVERIFY(y.messageId.isSharedWith(m.messageId));
            if (!y.from.address.isEmpty())
                QVERIFY(y.from.address.isSharedWith(m.from.address));
            if (i > 0 && !y.summary.isEmpty() && y.summary == m.subject)
                QVERIFY(y.summary.isSharedWith(m.subject));
        }
        // One string for one value: a copy's file name is its message's own.
        int shared = 0;
        for (const CaseMessage& cm : std::as_const(back.messages)) {
            for (const MessageCopy& c : cm.copies) {
                if (c.file == cm.message.file) {
                    QVERIFY(c.file.isSharedWith(cm.message.file));
                    ++shared;
                }
            }
        }
        QVERIFY(shared >= back.messages.size() / 2);
    }

    void trimmedMessagesGiveTheSameAnalysis_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("readsTheBody");
        QTest::newRow("case-2019q3-1") << caseDir(QStringLiteral("case-2019q3-1")) << true;
        QTest::newRow("case-2019q3-2") << caseDir(QStringLiteral("case-2019q3-2")) << false;
        QTest::newRow("controls") << caseDir(QStringLiteral("controls")) << false;
        QTest::newRow("demo") << caseDir(QStringLiteral("demo")) << true;
        QTest::newRow("campaign-ceo-fraud") << TestFixture::scenarioDir(QStringLiteral("campaign-ceo-fraud")) << false;
        QTest::newRow("two-party-signatures")
            << TestFixture::scenarioDir(QStringLiteral("two-party-signatures")) << false;
        // Every corpus message as one case: newsletters, lists, bounces, .msg, malformed MIME.
        QTest::newRow("corpus") << QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus") << false;
    }
    void trimmedMessagesGiveTheSameAnalysis()
    {
        // The window analyses a case from trimmed messages (CaseAnalyzer::trimForAnalysis) so a
        // 100,000-message case fits in memory: the analysis stored must be the one the full
        // messages give, byte for byte.
        QFETCH(QString, dir);
        QFETCH(bool, readsTheBody);
        const QList<Message> full = readFolder(dir);
        QVERIFY(!full.isEmpty());
        QList<Message> trimmed = full;
        qint64 fullBytes = 0, trimmedBytes = 0;
        for (Message& m : trimmed) {
            fullBytes += serializeReading(m).size();
            CaseAnalyzer::trimForAnalysis(m);
            trimmedBytes += serializeReading(m).size();
            QVERIFY(m.raw.isEmpty() && m.source.isEmpty());
            for (const HeaderField& h : m.headers())
                QVERIFY(h.value.isEmpty() && h.rawValue.isEmpty() && !h.name.isEmpty());
        }
        QVERIFY2(trimmedBytes < fullBytes, qPrintable(QStringLiteral("%1 of %2").arg(trimmedBytes).arg(fullBytes)));
        const auto stored = [](CaseAnalysis a) {
            for (CaseMessage& cm : a.messages)
                makeLean(cm.message);
            return serializeCaseAnalysis(a);
        };
        const QByteArray expected = stored(CaseAnalyzer::analyze(full));
        QCOMPARE(stored(CaseAnalyzer::analyze(trimmed)), expected);
        // The comparison sees what the body contributes: without it these cases analyse otherwise.
        if (readsTheBody) {
            QList<Message> bodiless = full;
            for (Message& m : bodiless) {
                CaseAnalyzer::trimForAnalysis(m);
                if (!m.parts.isEmpty()) {
                    m.parts.resize(1);
                    m.parts[0].children.clear();
                }
            }
            QVERIFY(stored(CaseAnalyzer::analyze(bodiless)) != expected);
        }
    }

    void analysisProcessGivesTheSameAnalysis_data() { trimmedMessagesGiveTheSameAnalysis_data(); }
    void analysisProcessGivesTheSameAnalysis()
    {
        // The window streams the trimmed messages to the case-analysis process and stores what it
        // sends back: byte for byte what CaseAnalyzer::analyze() gives here, verdicts and stored ids
        // included.
        QFETCH(QString, dir);
        QList<Message> trimmed = readFolder(dir);
        QVERIFY(!trimmed.isEmpty());
        QHash<QByteArray, qint64> ids;
        for (Message& m : trimmed) {
            CaseAnalyzer::trimForAnalysis(m);
            ids.insert(m.sha256, 1000 + ids.size());
        }
        const auto expectedOf = [&](const ActorOverrides& overrides) {
            CaseAnalysis a = CaseAnalyzer::analyze(trimmed, overrides);
            CaseAnalyzer::assignStoredIds(a, ids);
            for (CaseMessage& cm : a.messages)
                makeLean(cm.message);
            return serializeCaseAnalysis(a);
        };
        const auto helperOf = [&](const ActorOverrides& overrides) {
            CaseAnalysisProcess helper(QStringLiteral(MAILTRIAGE_BIN_DIR "/mailtriage-worker"));
            QString error;
            QByteArray out;
            bool ok = helper.start(trimmed.size(), overrides, &error);
            // Sent in another order than the case's (as when some messages are parsed again):
            // the helper analyses them in the order given.
            for (int i = int(trimmed.size()) - 1; i >= 0; --i)
                ok = ok && helper.add(ids.value(trimmed[i].sha256), i, trimmed[i], &error);
            ok = ok && helper.finish(&out, &error);
            return ok ? out : error.toUtf8();
        };
        const qint64 before = CaseAnalysisProcess::started();
        const QByteArray plain = expectedOf({});
        // Another process, another hash seed: nothing may follow the order of a set (it did once:
        // the addresses of cc_altered's "earlier:").
        QCOMPARE(helperOf({}), plain);
        QCOMPARE(CaseAnalysisProcess::started(), before + 1);
        CaseAnalysis a;
        QVERIFY(deserializeCaseAnalysis(plain, &a));
        for (const CaseMessage& cm : std::as_const(a.messages)) {
            for (const MessageCopy& c : cm.copies)
                QVERIFY(c.storedId >= 1000);
        }
        // The analyst's verdicts reach the helper: one message called the attacker's changes it.
        ActorOverrides overrides;
        overrides.insert(a.messages.constFirst().key,
            a.messages.constFirst().actor == QLatin1String("attacker") ? QStringLiteral("party")
                                                                       : QStringLiteral("attacker"));
        const QByteArray withVerdict = expectedOf(overrides);
        QVERIFY(withVerdict != plain);
        QCOMPARE(helperOf(overrides), withVerdict);
    }

    void analysisProcessFailureIsReported()
    {
        // A helper that stops (here: a program that is no helper) is an error, never an analysis.
        CaseAnalysisProcess helper(QStringLiteral("/bin/true"));
        QString error;
        QByteArray out;
        const bool ok = helper.start(1, {}, &error) && helper.finish(&out, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("analysis process")), qPrintable(error));
        QVERIFY(out.isEmpty());
        QVERIFY(!CaseAnalysisProcess::available(QStringLiteral("/nonexistent/mailtriage-worker")));
    }

    void mergeIsOrderIndependent()
    {
        const QString dir = caseDir(QStringLiteral("case-2019q3-1"));
        const QList<Message> a = readFolder(dir + QStringLiteral("/mailbox-A"));
        const QList<Message> b = readFolder(dir + QStringLiteral("/mailbox-B"));
        auto signature = [](const CaseAnalysis& c) {
            QStringList s;
            for (const TimelineEvent& e : c.timeline)
                s << e.messageId + QLatin1Char('|') + e.actor + QLatin1Char('|') + e.partyFrom + QLatin1Char('|')
                        + e.signals.join(QLatin1Char(','));
            return s;
        };
        const QStringList ab = signature(CaseAnalyzer::analyze(a + b));
        QCOMPARE(signature(CaseAnalyzer::analyze(b + a)), ab);
        QCOMPARE(signature(CaseAnalyzer::analyze(a + b + a + b)), ab);
        QList<Message> shuffled = a + b;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        QCOMPARE(signature(CaseAnalyzer::analyze(shuffled)), ab);
        const CaseAnalysis merged = CaseAnalyzer::analyze(a + b);
        QCOMPARE(merged.timeline.size(), 14);
        int twoCopies = 0;
        for (const CaseMessage& cm : merged.messages)
            twoCopies += cm.copies.size() == 2;
        QCOMPARE(twoCopies, 8); // M01, M05, M06, M07, M09, M10, M13, M14 are in both mailboxes
    }

    void replyToForgedMessageOnlyWithTheSendersMailbox()
    {
        // M09 quotes the forged M08; only A's sent folder proves Haruka never sent M08.
        const QString dir = caseDir(QStringLiteral("case-2019q3-1"));
        const CaseAnalysis onlyB = CaseAnalyzer::analyze(readFolder(dir + QStringLiteral("/mailbox-B")));
        for (const CaseMessage& cm : onlyB.messages)
            QVERIFY(!signalsOf(cm.message).contains(QStringLiteral("reply_quotes_unsent_message")));
    }

    void normalizeSubject()
    {
        QCOMPARE(
            CaseAnalyzer::normalizeSubject(QStringLiteral("RE: Fw: AW:  Invoice  42")), QStringLiteral("invoice 42"));
        QCOMPARE(CaseAnalyzer::normalizeSubject(QStringLiteral("Re[2]: [EXT] 転送: 返信：納品の件")),
            QStringLiteral("納品の件"));
        QCOMPARE(CaseAnalyzer::normalizeSubject(QStringLiteral("【重要】RE: 請求書")), QStringLiteral("請求書"));
    }
};

QTEST_GUILESS_MAIN(TestCaseAnalyzer)
#include "tst_caseanalyzer.moc"
