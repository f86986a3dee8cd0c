// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the workbench under QAbstractItemModelTester, fed with real scenario data.

#include "attachmentlistmodel.h"
#include "caseanalyzer.h"
#include "findingcountmodel.h"
#include "findinglistmodel.h"
#include "headerchainmodel.h"
#include "htmltext.h"
#include "linklistmodel.h"
#include "messageanalyzer.h"
#include "messagefilterproxymodel.h"
#include "messagelistmodel.h"
#include "messagereader.h"
#include "partylistmodel.h"
#include "pseudonymmapmodel.h"
#include "senderfieldsmodel.h"
#include "testsupport.h"
#include "uitext.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLocale>
#include <QtTest>

using namespace MailTriage;

namespace {
const QString kShared = QStringLiteral(MAILTRIAGE_SHARED_DIR);

QList<Message> readCase(const QString& dir)
{
    QList<Message> out;
    QDirIterator it(dir, { QStringLiteral("*.eml") }, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& f : std::as_const(files)) {
        ReadResult r = MessageReader::readFile(f);
        for (Message& m : r.messages) {
            MessageAnalyzer::analyze(m);
            out << m;
        }
    }
    return out;
}

QList<MessageRow> rowsOf(const CaseAnalysis& a)
{
    QList<MessageRow> rows;
    for (int i = 0; i < a.messages.size(); ++i) {
        const CaseMessage& cm = a.messages[i];
        MessageRow r;
        r.storedId = i + 1;
        r.copyIds = { i + 1, 1000 + i };
        r.caseIndex = i;
        r.date = cm.message.date;
        r.subject = cm.message.subject;
        r.from = cm.message.from;
        r.actor = cm.actor;
        for (const TimelineEvent& e : a.timeline) {
            if (e.message == i)
                r.lane = e.partyFrom;
        }
        for (const Finding& f : cm.message.findings) {
            if (!r.signalIds.contains(f.signal))
                r.signalIds << f.signal;
            r.maxSeverity = std::max(r.maxSeverity, int(f.severity));
        }
        r.findingCount = int(cm.message.findings.size());
        rows << r;
    }
    return rows;
}
} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = kShared + QStringLiteral("/scenarios/case-2019q3-1");
        MAILTRIAGE_NEED_SHARED(dir);
        m_messages = readCase(dir);
        QVERIFY(m_messages.size() >= 20);
        m_analysis = CaseAnalyzer::analyze(m_messages);
        QVERIFY(!m_analysis.timeline.isEmpty());
    }

    void messageList()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rowsOf(m_analysis));
        QCOMPARE(model.rowCount(), m_analysis.messages.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole),
                         int(Qt::FontRole), int(MessageListModel::SortRole) })
                    (void)i.data(role);
            }
        }
        QVERIFY(model.rowOfCaseIndex(3) == 3);
        QCOMPARE(model.rowOfStoredId(1002), 2);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void analystVerdictIsShownAsOverride()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageRow found, overridden;
        found.actor = found.actorComputed = QStringLiteral("attacker");
        overridden.actor = QStringLiteral("party");
        overridden.actorComputed = QStringLiteral("attacker");
        overridden.actorOverridden = true;
        model.setRows({ found, overridden });
        const QModelIndex a = model.index(0, MessageListModel::ActorColumn);
        const QModelIndex b = model.index(1, MessageListModel::ActorColumn);
        QVERIFY(!a.data().toString().contains(QLatin1String("analyst")));
        QVERIFY(!a.data(Qt::ToolTipRole).isValid());
        QVERIFY(b.data().toString().contains(QLatin1String("(analyst)")));
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(a.data().toString()));
        QCOMPARE(b.data(MessageListModel::ActorRole).toString(), QStringLiteral("party"));
    }

    void pseudonymMapEditing()
    {
        PseudonymMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseExport::MapUse person;
        person.entry = { QStringLiteral("person"), QStringLiteral("Emi Katagiri"), QStringLiteral("Alice Anderson"), {},
            QStringLiteral("A") };
        person.count = 3;
        person.places = { QStringLiteral("sender"), QStringLiteral("body") };
        CaseExport::MapUse org;
        org.entry = { QStringLiteral("organisation"), QStringLiteral("party:A"), QStringLiteral("Company A"),
            QStringLiteral("A社"), QStringLiteral("A") };
        model.setUsage(QStringLiteral("MT-1"), { person, org });
        QVERIFY(!model.isEdited());
        QCOMPARE(model.index(1, PseudonymMapModel::RealColumn).data().toString(),
            QStringLiteral("the organisation of party A"));
        QCOMPARE(model.index(0, PseudonymMapModel::CountColumn).data().toInt(), 3);
        // Generated entries: the pseudonyms change, the real values do not.
        QVERIFY(!(model.flags(model.index(0, PseudonymMapModel::RealColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, PseudonymMapModel::RealColumn), QStringLiteral("x")));
        QVERIFY(!model.setData(model.index(0, PseudonymMapModel::PseudonymColumn), QString())); // never empty
        QVERIFY(model.setData(model.index(0, PseudonymMapModel::PseudonymColumn), QStringLiteral("Zed")));
        QVERIFY(model.isEdited());
        QCOMPARE(model.map().find(QStringLiteral("emi katagiri"))->pseudonym, QStringLiteral("Zed"));
        QCOMPARE(model.map().caseId, QStringLiteral("MT-1"));
        // Terms the analyst adds can be removed again; generated ones cannot.
        QVERIFY(model.addTerm(QStringLiteral("Project Kestrel"), QStringLiteral("Project P")));
        QVERIFY(!model.addTerm(QStringLiteral("project kestrel"), {}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.map().entries.last().kind, QStringLiteral("custom"));
        QVERIFY(!model.removeTerm(0));
        QVERIFY(model.removeTerm(2));
        QCOMPARE(model.rowCount(), 2);
    }

    void filterProxy()
    {
        MessageListModel model;
        MessageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rowsOf(m_analysis));
        const int all = proxy.rowCount();
        QCOMPARE(all, model.rowCount());

        proxy.setActor(QStringLiteral("attacker"));
        QVERIFY(proxy.rowCount() >= 3); // M08, M11, M12
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(MessageListModel::ActorRole).toString(), QStringLiteral("attacker"));
        proxy.setActor({});
        proxy.setLane(QStringLiteral("X"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setLane({});
        proxy.setSignal(QStringLiteral("cc_altered_to_freemail"));
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setSignal(QStringLiteral("*"));
        const int withFindings = proxy.rowCount();
        QVERIFY(withFindings > 0 && withFindings <= all);
        proxy.setSignal({});
        proxy.setMinimumSeverity(int(Severity::High));
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(MessageListModel::MaxSeverityRole).toInt() >= int(Severity::High));
        proxy.setMinimumSeverity(-1);
        proxy.setSearchResult(QSet<qint64> { 1000 }); // a copy id of the first message
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchResult(QSet<qint64> {});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), all);

        // Sorting by date (the sort role carries milliseconds), both directions.
        proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        qint64 last = std::numeric_limits<qint64>::max();
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const qint64 v = proxy.index(r, MessageListModel::DateColumn).data(MessageListModel::SortRole).toLongLong();
            QVERIFY(v <= last);
            last = v;
        }
        // The numeric columns compare the rows directly (lessThan): the order is the sort role's.
        for (const int column : { int(MessageListModel::FindingsColumn), int(MessageListModel::CopiesColumn),
                 int(MessageListModel::DateColumn) }) {
            proxy.sort(column, Qt::AscendingOrder);
            qint64 previous = std::numeric_limits<qint64>::min();
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const qint64 v = proxy.index(r, column).data(MessageListModel::SortRole).toLongLong();
                QVERIFY2(v >= previous, qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
                previous = v;
            }
        }
        proxy.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    }

    void perMessageModels_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_messages.size(); ++i)
            QTest::newRow(qPrintable(QFileInfo(m_messages[i].file).fileName())) << i;
    }

    void perMessageModels()
    {
        QFETCH(int, index);
        const Message& m = m_messages[index];

        HeaderChainModel hops;
        QAbstractItemModelTester t1(&hops, QAbstractItemModelTester::FailureReportingMode::QtTest);
        hops.setMessage(m);
        QCOMPARE(hops.rowCount(), m.received.size());
        for (int r = 0; r < hops.rowCount(); ++r) {
            const qint64 offset = hops.index(r, 0).data(HeaderChainModel::OffsetRole).toLongLong();
            if (offset >= 0)
                QVERIFY(m.source.mid(offset, 9).compare("Received:", Qt::CaseInsensitive) == 0);
            QCOMPARE(hops.index(r, 0).data(HeaderChainModel::TrustedRole).toBool(), m.received[r].trusted);
        }
        if (hops.boundaryRow() > 0) {
            QVERIFY(m.received[hops.boundaryRow()].trusted);
            QVERIFY(!m.received[hops.boundaryRow() - 1].trusted);
        }

        SenderFieldsModel senders;
        QAbstractItemModelTester t2(&senders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        senders.setMessage(m);
        QVERIFY(senders.rowCount() >= 5);
        QCOMPARE(senders.index(0, SenderFieldsModel::FieldColumn).data().toString(), QStringLiteral("From"));

        FindingListModel findings;
        QAbstractItemModelTester t3(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        findings.setFindings(m.findings);
        QCOMPARE(findings.rowCount(), m.findings.size());
        for (int r = 1; r < findings.rowCount(); ++r)
            QVERIFY(findings.index(r - 1, 0).data(FindingListModel::SeverityRole).toInt()
                >= findings.index(r, 0).data(FindingListModel::SeverityRole).toInt());

        AttachmentListModel attachments;
        QAbstractItemModelTester t4(&attachments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        attachments.setAttachments(m.attachments);
        QCOMPARE(attachments.rowCount(), m.attachments.size());
        for (int r = 0; r < attachments.rowCount(); ++r)
            QCOMPARE(attachments.index(r, AttachmentListModel::Sha256Column).data().toString().size(), 64);

        LinkListModel links;
        QAbstractItemModelTester t5(&links, QAbstractItemModelTester::FailureReportingMode::QtTest);
        links.setLinks(HtmlText::parse(m.htmlBody()).links);
        for (QAbstractItemModel* model :
            std::initializer_list<QAbstractItemModel*> { &hops, &senders, &findings, &attachments, &links }) {
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole),
                             int(Qt::BackgroundRole), int(Qt::FontRole) })
                        (void)model->index(r, c).data(role);
                }
            }
        }
    }

    void senderMismatchIsMarked()
    {
        // M11: free-mail look-alike of A's sender; its Return-Path and DKIM domain are the
        // free-mail provider's, but From is too, so look for a message whose Reply-To differs.
        Message m;
        m.from.name = QStringLiteral("Alice");
        m.from.address = QStringLiteral("alice@a-company.co.jp");
        Mailbox replyTo;
        replyTo.name = QStringLiteral("Alice");
        replyTo.address = QStringLiteral("alice.a-company@freemail.example");
        m.replyTo = { replyTo };
        m.returnPath = QStringLiteral("<bounce@mx.a-company.co.jp>");
        m.messageId = QStringLiteral("<1@a-company.co.jp>");
        SenderFieldsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessage(m);
        QCOMPARE(model.mismatchCount(), 1);
        bool replyToMismatch = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == QLatin1String("Reply-To"))
                replyToMismatch = model.index(r, 0).data(SenderFieldsModel::MismatchRole).toBool();
            if (model.index(r, 0).data().toString() == QLatin1String("Return-Path"))
                QVERIFY(!model.index(r, 0).data(SenderFieldsModel::MismatchRole).toBool());
        }
        QVERIFY(replyToMismatch);
    }

    void caseModels()
    {
        PartyListModel parties;
        QAbstractItemModelTester t1(&parties, QAbstractItemModelTester::FailureReportingMode::QtTest);
        parties.setParties(m_analysis.parties);
        QCOMPARE(parties.rowCount(), m_analysis.parties.size());
        QVERIFY(parties.rowCount() >= 2);

        QHash<QString, int> counts;
        QHash<QString, int> sev;
        for (const CaseMessage& cm : std::as_const(m_analysis.messages)) {
            QSet<QString> seen;
            for (const Finding& f : cm.message.findings) {
                if (!seen.contains(f.signal))
                    counts[f.signal] += 1;
                seen.insert(f.signal);
                sev[f.signal] = std::max(sev.value(f.signal, -1), int(f.severity));
            }
        }
        FindingCountModel countModel;
        QAbstractItemModelTester t2(&countModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        countModel.setCounts(counts, sev);
        QCOMPARE(countModel.rowCount(), counts.size());
        QVERIFY(countModel.rowCount() > 0);
        // Highest severity first.
        for (int r = 1; r < countModel.rowCount(); ++r)
            QVERIFY(countModel.index(r - 1, 0).data(FindingCountModel::SeverityRole).toInt()
                >= countModel.index(r, 0).data(FindingCountModel::SeverityRole).toInt());
    }

    void linkMismatch()
    {
        LinkListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const HtmlText::Document doc
            = HtmlText::parse(u"<a href=\"https://evil.example/login\">https://www.bank.example/login</a> <a "
                              u"href=\"https://www.bank.example/x\">here</a>"
                              u" <a href=\"https://login.bank.example/\">bank.example</a>");
        model.setLinks(doc.links);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, 0).data(LinkListModel::MismatchRole).toBool());
        QVERIFY(!model.index(1, 0).data(LinkListModel::MismatchRole).toBool());
        QVERIFY(!model.index(2, 0).data(LinkListModel::MismatchRole).toBool());
        QCOMPARE(model.mismatchCount(), 1);
    }

    void hiddenCharactersAreShown()
    {
        const QString name = QStringLiteral("invoice") + QChar(0x202E) + QStringLiteral("fdp.exe");
        QVERIFY(UiText::hasHiddenCharacters(name));
        QCOMPARE(UiText::visible(name), QStringLiteral("invoice[U+202E]fdp.exe"));
        QCOMPARE(UiText::visible(QStringLiteral("plain")), QStringLiteral("plain"));
        Attachment a;
        a.filename = name;
        a.sha256 = QByteArray(64, 'a');
        AttachmentListModel model;
        model.setAttachments({ a });
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("invoice[U+202E]fdp.exe"));
        QVERIFY(model.index(0, 0).data(AttachmentListModel::HiddenCharactersRole).toBool());
    }

    void japaneseTexts()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(UiText::japanese());
        QCOMPARE(UiText::becType(1).contains(QStringLiteral("取引先との請求書の偽装")), true);
        Finding f;
        f.signal = QStringLiteral("spf_fail");
        // A text of the analyser, rendered in the UI language from the one catalog.
        f.text = Text(QT_TRANSLATE_NOOP(
            "Finding", " The reply address is a free-mail account while the sender's domain is not."));
        FindingListModel model;
        model.setFindings({ f });
        const QString ja = model.index(0, 0).data(FindingListModel::ExplanationRole).toString();
        QVERIFY2(ja.contains(QStringLiteral("フリーメール")), qPrintable(ja));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.index(0, 0).data(FindingListModel::ExplanationRole).toString(),
            QStringLiteral(" The reply address is a free-mail account while the sender's domain is not."));
        QCOMPARE(UiText::becType(3).contains(becTypeNameEn(3)), true);
    }

    void durations()
    {
        QCOMPARE(UiText::duration(45), QStringLiteral("45 s"));
        QCOMPARE(UiText::duration(7 * 60), QStringLiteral("7 min"));
        QCOMPARE(UiText::duration(91 * 60), QStringLiteral("1 h 31 min"));
        QCOMPARE(UiText::duration(3 * 86400 + 3600), QStringLiteral("3 d 1 h"));
    }

private:
    QList<Message> m_messages;
    CaseAnalysis m_analysis;
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
