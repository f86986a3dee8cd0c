// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench driven like an analyst would: drop the scenario mailboxes on the window, watch
// them import without the window stalling, pick a finding and see its bytes marked in the raw
// source, click the timeline and see the message open, tag the case, undo and redo.

#include "caseoverviewwidget.h"
#include "casesession.h"
#include "democase.h"
#include "exportreportdialog.h"
#include "findinglistmodel.h"
#include "headerchainview.h"
#include "importcontroller.h"
#include "importerrorsdialog.h"
#include "indicatorlistmodel.h"
#include "indicatorsview.h"
#include "mainwindow.h"
#include "messagefilterproxymodel.h"
#include "messagelistmodel.h"
#include "messagelistpanel.h"
#include "messagereader.h"
#include "messagesource.h"
#include "parseworkerpool.h"
#include "pseudonymmapmodel.h"
#include "serialization.h"
#include "sourceview.h"
#include "testsupport.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>
#include <sqlite3.h>

using namespace MailTriage;

namespace {
const QString kCase = QStringLiteral(MAILTRIAGE_SHARED_DIR) + QStringLiteral("/scenarios/case-2019q3-1");

/// Records the longest time the event loop did not get to run a 10 ms timer.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
        m_timer.start();
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

void dropFiles(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A report made without --as-of stamps the minute it was written ("作成 2026-12-03 18:25 UTC"):
// two exports a few seconds apart may straddle a minute. Returns the text with the stamp blanked
// and how many stamps it had.
std::pair<QString, int> withoutExportTime(QString text)
{
    static const QRegularExpression stamp(QStringLiteral("(作成|generated) \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"));
    int count = 0;
    for (auto it = stamp.globalMatch(text); it.hasNext(); it.next())
        ++count;
    text.replace(stamp, QStringLiteral("\\1 <time> UTC"));
    return { text, count };
}

// A STIX bundle without what only says when it was exported: the export time (created, modified,
// published) and the UUIDv4 ids drawn from it, numbered in order of appearance instead.
QByteArray withoutExportStamp(const QByteArray& bundle)
{
    QString text = QString::fromUtf8(bundle);
    const QRegularExpression created(QStringLiteral("\"published\": \"([^\"]+)\""));
    const QString stamp = created.match(text).captured(1);
    if (!stamp.isEmpty())
        text.replace(stamp, QStringLiteral("<export time>"));
    static const QRegularExpression v4(
        QStringLiteral("--([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"));
    QHash<QString, int> number;
    QString out;
    qsizetype at = 0;
    for (auto it = v4.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString id = m.captured(1);
        if (!number.contains(id))
            number.insert(id, int(number.size()));
        out += QStringView(text).mid(at, m.capturedStart() - at) + QStringLiteral("--<id %1>").arg(number.value(id));
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out.toUtf8();
}

// A MISP event without what only says when it was exported: uuids and timestamps.
QJsonValue withoutMispStamp(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& x : v.toArray())
            out.append(withoutMispStamp(x));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != QLatin1String("uuid") && it.key() != QLatin1String("referenced_uuid")
            && it.key() != QLatin1String("timestamp"))
            out.insert(it.key(), withoutMispStamp(it.value()));
    }
    return out;
}

QByteArray withoutMispStamp(const QByteArray& json)
{
    return QJsonDocument(withoutMispStamp(QJsonDocument::fromJson(json).object()).toObject()).toJson();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void waitForAnalysis(MainWindow* w)
{
    QTRY_VERIFY_WITH_TIMEOUT(!w->importController()->isRunning(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isLoading() && w->session()->analysis(), 120000);
}

int rowOfFile(MessageListPanel* list, const QString& fileName)
{
    const QList<MessageRow>& rows = list->model()->rows();
    for (int i = 0; i < rows.size(); ++i) {
        for (const QString& s : rows[i].sources) {
            if (s.endsWith(fileName))
                return i;
        }
    }
    return -1;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        MAILTRIAGE_NEED_SHARED(kCase);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailTriageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
        UiLanguage::install(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        m_window->setQuiet(true);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void dropImportsScenarioFiles()
    {
        MainWindow* w = m_window.get();
        QVERIFY(!w->session()->isOpen());
        QTemporaryDir bad;
        QFile empty(bad.filePath(QStringLiteral("empty.eml")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        StallMeter meter;
        QElapsedTimer t;
        t.start();
        dropFiles(w, { kCase + QStringLiteral("/mailbox-A"), kCase + QStringLiteral("/mailbox-B"), empty.fileName() });
        // No case was open: the drop created one and started the import in the background.
        QVERIFY(w->session()->isOpen());
        QVERIFY(w->session()->location().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QTRY_VERIFY_WITH_TIMEOUT(!w->importController()->isRunning(), 120000);
        QCOMPARE(w->lastImportSummary().imported, 22);
        QCOMPARE(w->lastImportSummary().errors.size(), 1);
        QVERIFY(w->lastImportSummary().errors.first().file.endsWith(QLatin1String("empty.eml")));
        QVERIFY(!w->lastImportSummary().errors.first().reason.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isLoading() && w->session()->analysis(), 120000);
        qInfo("import + analysis: %lld ms; longest event-loop stall: %lld ms", t.elapsed(), meter.maxGap());
        QVERIFY2(meter.maxGap() < 500, qPrintable(QStringLiteral("UI thread stalled for %1 ms").arg(meter.maxGap())));

        // Copies of the same message in both mailboxes are one row.
        QCOMPARE(w->session()->storedCount(), 22);
        QCOMPARE(w->messageList()->model()->rowCount(), w->session()->analysis()->messages.size());
        QVERIFY(w->messageList()->model()->rowCount() < 22);
        QVERIFY(w->session()->analysis()->becTypeSuggested == 1);

        // The failure dialog lists the bad file with its reason.
        ImportErrorsDialog dialog(w->lastImportSummary().errors, QStringLiteral("1 failed"));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.table()->item(0, 1)->text().size() > 3);

        // Dropping the same files again adds nothing.
        dropFiles(w, { kCase + QStringLiteral("/mailbox-B") });
        QTRY_VERIFY_WITH_TIMEOUT(!w->importController()->isRunning(), 120000);
        QCOMPARE(w->lastImportSummary().imported, 0);
        QCOMPARE(w->lastImportSummary().duplicates, 11);
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isLoading(), 120000);
    }

    void filtersAndSearch()
    {
        MainWindow* w = m_window.get();
        MessageListPanel* list = w->messageList();
        const int all = list->proxy()->rowCount();
        QComboBox* actor = list->actorCombo();
        const int attackerIndex = actor->findData(QStringLiteral("attacker"));
        QVERIFY(attackerIndex > 0);
        actor->setCurrentIndex(attackerIndex);
        QCOMPARE(list->proxy()->rowCount(), 3); // M08, M11, M12
        list->clearFilters();
        QCOMPARE(list->proxy()->rowCount(), all);

        QTest::keyClicks(list->searchEdit(), QStringLiteral("consultant.com"));
        QTRY_VERIFY(list->proxy()->hasSearchResult());
        QVERIFY(list->proxy()->rowCount() >= 1);
        QVERIFY(list->proxy()->rowCount() < all);
        list->clearFilters();
        QCOMPARE(list->proxy()->rowCount(), all);
    }

    void findingMarksItsBytesInTheSource()
    {
        MainWindow* w = m_window.get();
        MessageListPanel* list = w->messageList();
        const int row = rowOfFile(list, QStringLiteral("M08_inbox_2019-07-31_FAKE-revised-docs.eml"));
        QVERIFY(row >= 0);
        const int caseIndex = list->model()->rows()[row].caseIndex;
        QVERIFY(list->selectCaseIndex(caseIndex));
        QTRY_COMPARE(w->currentMessage().caseIndex, caseIndex);
        QVERIFY(!w->currentMessage().message.source.isEmpty());

        HeaderChainView* chain = w->headerChainView();
        FindingListModel* findings = chain->findingModel();
        QVERIFY(findings->rowCount() >= 3);
        int tested = 0;
        for (int r = 0; r < findings->rowCount(); ++r) {
            const Finding* f = findings->findingAt(r);
            if (f->offset < 0)
                continue;
            chain->selectFinding(r);
            QCOMPARE(w->sourceView()->highlightedByteRange(), qMakePair(f->offset, f->length));
            const auto [start, end] = w->sourceView()->highlightedTextRange();
            QVERIFY(start >= 0);
            QCOMPARE(w->sourceView()->sourceText().byteOfPosition(start), f->offset);
            QCOMPARE(w->sourceView()->sourceText().byteOfPosition(end), f->offset + f->length);
            // The marked text is the finding's bytes (line breaks shown as one).
            const QString marked = w->sourceView()->editor()->document()->toPlainText().mid(start, end - start);
            QCOMPARE(marked,
                QString::fromUtf8(w->currentMessage().message.source.mid(f->offset, f->length))
                    .remove(QLatin1Char('\r')));
            ++tested;
        }
        QVERIFY(tested >= 1);
        // Double-click (Enter) shows it in the Source tab.
        chain->findingsView()->setFocus();
        QTest::keyClick(chain->findingsView(), Qt::Key_Return);
        QCOMPARE(w->tabs()->currentWidget(), w->sourceView());
        w->tabs()->setCurrentIndex(MainWindow::HeaderChainTab);
    }

    void timelineClickOpensMessage()
    {
        MainWindow* w = m_window.get();
        w->tabs()->setCurrentIndex(MainWindow::TimelineTab);
        TimelineView* tv = w->timelinePanel()->view();
        QVERIFY(tv->painter().itemCount() >= 10);
        QTest::qWait(50);
        for (int item : { 2, tv->painter().itemCount() - 1 }) {
            tv->ensureItemVisible(item);
            const QPoint p = tv->viewportPointOfItem(item);
            QVERIFY(tv->viewport()->rect().contains(p));
            const int expected = tv->painter().items()[item].caseMessage;
            QTest::mouseClick(tv->viewport(), Qt::LeftButton, {}, p);
            QTRY_COMPARE(w->currentMessage().caseIndex, expected);
            QCOMPARE(w->messageList()->currentCaseIndex(), expected);
            QCOMPARE(tv->painter().selectedItem(), item);
        }
        // Zoom keeps working down to the clustered view.
        const qreal before = tv->rowHeight();
        w->timelinePanel()->zoomOutAction()->trigger();
        QVERIFY(tv->rowHeight() < before);
        w->timelinePanel()->zoomFitAction()->trigger();
        w->timelinePanel()->zoomResetAction()->trigger();
        QCOMPARE(tv->rowHeight(), tv->painter().fullRowHeight());
    }

    void tagUndoRedo()
    {
        MainWindow* w = m_window.get();
        CaseSession* s = w->session();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        const qint64 audit0 = s->store()->audit().count();
        QVERIFY(!s->info().becType.has_value());

        // BEC type 1 by its shortcut (Edit > BEC Type), then undo and redo by keyboard.
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
        QCOMPARE(s->info().becType.value_or(0), 1);
        QCOMPARE(w->overview()->becTypeCombo()->currentIndex(), 1);
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(s->info().becType.value_or(0), 0);
        QCOMPARE(w->overview()->becTypeCombo()->currentIndex(), 0);
        QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(s->info().becType.value_or(0), 1);

        // Damage through the combo box, a free tag through the tag field.
        QComboBox* damage = w->overview()->damageCombo();
        damage->setCurrentIndex(damage->findData(int(Damage::No)));
        Q_EMIT damage->activated(damage->currentIndex());
        QCOMPARE(s->info().damage, Damage::No);
        QLineEdit* tag = w->overview()->tagEdit();
        tag->setFocus();
        QTest::keyClicks(tag, QStringLiteral("thread-hijack"));
        QTest::keyClick(tag, Qt::Key_Return);
        QVERIFY(s->info().tags.contains(QStringLiteral("thread-hijack")));
        QCOMPARE(w->overview()->tagList()->count(), 1);
        w->undoStack()->undo();
        QVERIFY(!s->info().tags.contains(QStringLiteral("thread-hijack")));
        w->undoStack()->redo();
        QVERIFY(s->info().tags.contains(QStringLiteral("thread-hijack")));

        // Notes are appended, not undone.
        QPlainTextEdit* note = w->overview()->noteEdit();
        note->setPlainText(QStringLiteral("Called B back; genuine account confirmed."));
        w->overview()->addNote();
        QCOMPARE(s->info().notes.size(), 1);

        // Every step is in the audit log: bec, undo, redo, damage, tag, undo, redo, note.
        QCOMPARE(s->store()->audit().count(), audit0 + 8);
        QCOMPARE(w->undoStack()->count(), 3);
    }

    void layoutIsSavedAndRestored()
    {
        MainWindow* w = m_window.get();
        w->overviewDock()->hide();
        w->saveLayout();
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
        MainWindow other;
        other.restoreLayout();
        QVERIFY(other.overviewDock()->isHidden());
        w->overviewDock()->show();
        w->saveLayout();
    }

    void demoCase()
    {
        MainWindow* w = m_window.get();
        w->closeCase();
        QVERIFY(!w->session()->isOpen());
        QCOMPARE(DemoCase::fileCount(), 20);
        // First use: the bundled files are imported into the application data folder.
        w->openDemo();
        QCOMPARE(w->session()->location(), DemoCase::caseLocation());
        QTRY_VERIFY_WITH_TIMEOUT(!w->importController()->isRunning(), 120000);
        QCOMPARE(w->lastImportSummary().imported, 20);
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isLoading() && w->session()->analysis(), 120000);
        QCOMPARE(w->session()->storedCount(), 20);
        QCOMPARE(w->session()->analysis()->becTypeSuggested, 1);
        // Later: the same case opens, nothing is imported again.
        w->closeCase();
        w->openDemo();
        QVERIFY(!w->importController()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isLoading() && w->session()->analysis(), 120000);
        QCOMPARE(w->session()->storedCount(), 20);
    }

    void closingACaseLeavesNothingOfIt()
    {
        MainWindow* w = m_window.get();
        if (w->session()->location() != DemoCase::caseLocation()) {
            w->closeCase();
            w->openDemo();
        }
        waitForAnalysis(w);
        // Open a message with attachments and sender fields, then close the case.
        QTreeView* view = w->messageList()->view();
        int withAttachment = -1;
        for (int r = 0; r < view->model()->rowCount() && withAttachment < 0; ++r) {
            view->setCurrentIndex(view->model()->index(r, 0));
            QTRY_VERIFY_WITH_TIMEOUT(!w->currentMessage().message.raw.isEmpty()
                    && w->currentMessage().caseIndex
                        == view->currentIndex().data(MessageListModel::CaseIndexRole).toInt(),
                20000);
            if (!w->currentMessage().message.attachments.isEmpty())
                withAttachment = r;
        }
        QVERIFY(withAttachment >= 0);
        QVERIFY(w->tabs()->tabText(MainWindow::AttachmentsTab).contains(QLatin1Char('(')));
        QVERIFY(w->exportReportAction()->isEnabled());
        w->closeCase();
        QVERIFY(!w->tabs()->tabText(MainWindow::AttachmentsTab).contains(QLatin1Char('(')));
        for (QLabel* l : w->headerChainView()->findChildren<QLabel*>())
            QVERIFY2(!l->text().contains(QLatin1String("mismatch")) && !l->text().contains(QLatin1String("hop(s)")),
                qPrintable(l->text()));
        QCOMPARE(w->messageList()->model()->rowCount(), 0);
        // Actions that need a case (or its analysis, or a message) are off without one.
        QVERIFY(!w->exportReportAction()->isEnabled());
        QVERIFY(!w->timelinePanel()->exportPngAction()->isEnabled());
        for (QAction* a : w->findChildren<QAction*>()) {
            if (a->text().contains(QLatin1String("Attacker")) || a->text().startsWith(QLatin1String("Damage")))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        }
        // Open Recent names the case by its title and folder.
        bool titled = false;
        QStringList texts;
        for (QAction* a : w->recentMenu()->actions()) {
            texts << a->text();
            titled = titled || a->text().contains(QLatin1String("Demo")) || a->text().contains(QLatin1String("デモ"));
        }
        QVERIFY2(titled, qPrintable(texts.join(QLatin1Char('|'))));
    }

    void layoutHoldsWithALargerFont()
    {
        const QFont before = QApplication::font();
        for (const int points : { 12, 16 }) {
            QFont f = before;
            f.setPointSize(points);
            QApplication::setFont(f);
            MainWindow w;
            w.setQuiet(true);
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const int ch = QFontMetrics(f).averageCharWidth();
            QVERIFY2(w.overviewDock()->width() >= ch * 30,
                qPrintable(QStringLiteral("%1 pt: dock %2 px").arg(points).arg(w.overviewDock()->width())));
        }
        QApplication::setFont(before);
    }

    void qtDialogsSpeakJapanese()
    {
        // Qt's own dialogs and standard buttons come from qtbase_ja.qm (qt6-translations-l10n).
        QVERIFY(UiLanguage::install(QStringLiteral("ja")));
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        UiLanguage::install(QStringLiteral("en"));
        QCOMPARE(cancel, QStringLiteral("キャンセル"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void exportReportAnonymizedJa()
    {
        MainWindow* w = m_window.get();
        if (w->session()->location() != DemoCase::caseLocation()) {
            w->closeCase();
            w->openDemo();
        }
        waitForAnalysis(w);
        QVERIFY(w->exportReportAction()->isEnabled());
        QCOMPARE(w->exportReportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        w->exportReportAction()->trigger();
        ExportReportDialog* dialog = w->exportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
        QVERIFY2(dialog->exportButton()->isEnabled(), qPrintable(dialog->statusText()));

        // Japanese, anonymized, every format.
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("ja")));
        QVERIFY(dialog->anonymizeCheck()->isChecked());
        QVERIFY(dialog->pdfCheck()->isChecked() && dialog->stixCheck()->isChecked() && dialog->csvCheck()->isChecked());
        QVERIFY(!dialog->mispCheck()->isChecked()); // MISP only when asked
        dialog->mispCheck()->setChecked(true);
        QVERIFY(!dialog->timelineCheck()->isChecked() && !dialog->timelineFormatCombo()->isEnabled());
        dialog->timelineCheck()->setChecked(true); // the report's figure on its own, as a PNG
        QVERIFY(dialog->timelineFormatCombo()->isEnabled());

        // The analyst renames one person: the impersonated sender, whose name the report prints.
        PseudonymMapModel* map = dialog->mapModel();
        QAbstractItemModelTester tester(map, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int row = -1;
        for (int r = 0; r < map->rowCount(); ++r) {
            const QModelIndex places = map->index(r, PseudonymMapModel::PlacesColumn);
            if (places.data(PseudonymMapModel::KindRole).toString() == QLatin1String("person")
                && places.data().toString().contains(QLatin1String("sender"))) {
                row = r;
                break;
            }
        }
        QVERIFY2(row >= 0, "the demo case's map names the people who sent mail");
        const QString real = map->index(row, PseudonymMapModel::RealColumn).data().toString();
        const QString edited = QStringLiteral("Zebulon Quartermaine");
        QVERIFY(map->setData(map->index(row, PseudonymMapModel::PseudonymJaColumn), edited));
        QVERIFY(map->setData(map->index(row, PseudonymMapModel::PseudonymColumn), edited));
        QVERIFY(map->isEdited());

        QTemporaryDir out;
        dialog->folderEdit()->setText(out.path());
        dialog->baseNameEdit()->setText(QStringLiteral("demo-report"));
        QSignalSpy finished(dialog, &ExportReportDialog::exportFinished);
        QVERIFY(dialog->exportButton()->isEnabled());
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto result = finished.first().first().value<CaseExport::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString pdf = out.filePath(QStringLiteral("demo-report.pdf"));
        const QString stix = out.filePath(QStringLiteral("demo-report.stix.json"));
        const QString csv = out.filePath(QStringLiteral("demo-report.csv"));
        const QString misp = out.filePath(QStringLiteral("demo-report.misp.json"));
        const QString figure = out.filePath(QStringLiteral("demo-report.timeline.png"));
        QCOMPARE(result.written, QStringList({ stix, csv, misp, figure, pdf }));

        // The PDF shows the edited pseudonym, and not the real name it replaces.
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) reads the report");
        QVERIFY2(text.contains(edited), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(real, Qt::CaseInsensitive));
        QVERIFY(text.contains(QStringLiteral("インシデント")) || text.contains(QStringLiteral("報告")));

        // The map went with the case, audit-logged, and the CLI's export of the case uses it.
        const PseudonymMap saved = w->session()->savedPseudonymMap();
        QVERIFY(saved.find(real) && saved.find(real)->pseudonym == edited);
        QCOMPARE(w->session()->store()->audit().entries().last().action, QStringLiteral("pseudonym_map_saved"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(MAILTRIAGE_BIN_DIR) + QStringLiteral("/mailtriage-cli"),
            { QStringLiteral("export"), DemoCase::caseLocation(), QStringLiteral("--anonymize"),
                QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--pdf"),
                out.filePath(QStringLiteral("cli.pdf")), QStringLiteral("--stix"),
                out.filePath(QStringLiteral("cli.json")), QStringLiteral("--csv"),
                out.filePath(QStringLiteral("cli.csv")), QStringLiteral("--misp"),
                out.filePath(QStringLiteral("cli.misp.json")), QStringLiteral("--timeline"),
                out.filePath(QStringLiteral("cli.png")) });
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const auto [cliText, cliStamps] = withoutExportTime(pdfText(out.filePath(QStringLiteral("cli.pdf"))));
        const auto [dialogText, dialogStamps] = withoutExportTime(text);
        QVERIFY2(dialogStamps > 0, "the report says when it was made");
        QCOMPARE(cliStamps, dialogStamps);
        QCOMPARE(cliText, dialogText);
        QVERIFY(fileBytes(stix).contains("\"published\""));
        QCOMPARE(withoutExportStamp(fileBytes(out.filePath(QStringLiteral("cli.json")))),
            withoutExportStamp(fileBytes(stix)));
        QCOMPARE(fileBytes(out.filePath(QStringLiteral("cli.csv"))), fileBytes(csv));
        QVERIFY(fileBytes(misp).contains("\"tlp:amber\""));
        QCOMPARE(withoutMispStamp(fileBytes(out.filePath(QStringLiteral("cli.misp.json")))),
            withoutMispStamp(fileBytes(misp)));
        const QImage dialogFigure(figure);
        QVERIFY(!dialogFigure.isNull());
        QCOMPARE(QImage(out.filePath(QStringLiteral("cli.png"))), dialogFigure);
        dialog->close();
        QTRY_VERIFY(!w->exportDialog());
    }

    // The Indicators tab lists the attacker's indicators, the same list the exports write; copies
    // them defanged or live; a double-click shows the message an indicator came from.
    void indicatorsTab()
    {
        MainWindow* w = m_window.get();
        if (w->session()->location() != DemoCase::caseLocation()) {
            w->closeCase();
            w->openDemo();
        }
        waitForAnalysis(w);
        IndicatorsView* view = w->indicatorsView();
        QTabWidget* tabs = w->findChild<QTabWidget*>(QStringLiteral("workbenchTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->indexOf(view), int(MainWindow::IndicatorsTab));
        // Not read until shown (it reads every message in full): nothing listed before.
        QVERIFY(tabs->currentWidget() != view);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->isLoading());
        const QList<QAction*> tabActions = w->findChildren<QAction*>();
        QAction* show = nullptr;
        for (QAction* a : tabActions) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_6))
                show = a;
        }
        QVERIFY(show);
        show->trigger();
        QCOMPARE(tabs->currentWidget(), view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 120000);
        QVERIFY2(
            view->statusText().contains(QString::number(view->model()->rowCount())), qPrintable(view->statusText()));

        // The same indicators, in the same order, as an anonymized export of the case writes.
        QString error;
        const std::optional<CaseExport::Context> context = CaseExport::prepare(DemoCase::caseLocation(), &error);
        QVERIFY2(context, qPrintable(error));
        const QList<Indicator> exported = CaseExport::anonymizerFor(*context, CaseExport::Request()).indicators();
        const QList<Indicator>& shown = view->model()->indicators();
        QCOMPARE(shown.size(), exported.size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown[i].type, exported[i].type);
            QCOMPARE(shown[i].value, exported[i].value);
            QCOMPARE(shown[i].context, exported[i].context);
            QCOMPARE(shown[i].role, exported[i].role); // "look-alike domain" in both, not only in the export
        }

        // Copy: defanged by default (Ctrl+C), live on request (Ctrl+Shift+C).
        int address = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (shown[r].type == QLatin1String("email-addr") && !shown[r].context) {
                address = r;
                break;
            }
        }
        QVERIFY(address >= 0);
        QTableView* table = view->view();
        table->setFocus();
        table->selectionModel()->select(
            table->model()->index(address, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(view->copyDefangedAction()->isEnabled());
        QCOMPARE(view->copyDefangedAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        view->copyDefangedAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), shown[address].shown);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("[@]")));
        view->copyLiveAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), shown[address].value);

        // Copy Live leaves context entries (a free-mail provider) out: never onto a block list.
        int contextRow = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (shown[r].context)
                contextRow = r;
        }
        QVERIFY(contextRow >= 0);
        table->selectionModel()->select(
            table->model()->index(contextRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->copyLiveAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), shown[address].value);
        view->copyDefangedAction()->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(shown[contextRow].shown));

        // Double-click (activate): the first message it came from is shown.
        QVERIFY(!shown[address].messages.isEmpty());
        Q_EMIT table->activated(table->model()->index(address, IndicatorListModel::ValueColumn));
        QTRY_COMPARE(w->messageList()->currentCaseIndex(), shown[address].messages.first());

        tabs->setCurrentIndex(MainWindow::HeaderChainTab);
    }

    void exportReportBadOutcomes()
    {
        MainWindow* w = m_window.get();
        waitForAnalysis(w);
        w->exportReportAction()->trigger();
        ExportReportDialog* dialog = w->exportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
        // No format: nothing to do, and the dialog says so.
        for (QCheckBox* c : { dialog->pdfCheck(), dialog->stixCheck(), dialog->csvCheck() })
            c->setChecked(false);
        QVERIFY(!dialog->exportButton()->isEnabled());
        dialog->stixCheck()->setChecked(true);
        // An unwritable place: one clear message, nothing written.
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        dialog->folderEdit()->setText(out.filePath(QStringLiteral("not-a-folder")));
        dialog->baseNameEdit()->setText(QStringLiteral("x"));
        dialog->startExport();
        QVERIFY2(dialog->statusText().contains(QLatin1String("cannot be created")), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->isExporting());
        dialog->close();
        QTRY_VERIFY(!w->exportDialog());
    }

    void showingMessagesParsesNothing()
    {
        MainWindow* w = m_window.get();
        w->closeCase();
        // A reopened case: its analysis is stored and every message's reading is cached.
        w->openDemo();
        waitForAnalysis(w);
        QVERIFY(w->session()->analysisWasStored());
        const qint64 reads = MessageReader::readsInThisProcess();
        const qint64 workers = ParseWorkerPool::workersStarted();
        QTreeView* view = w->messageList()->view();
        const int rows = view->model()->rowCount();
        QVERIFY(rows >= 10);
        for (int r = 0; r < rows; ++r) {
            view->setCurrentIndex(view->model()->index(r, 0));
            QTRY_VERIFY_WITH_TIMEOUT(!w->currentMessage().message.raw.isEmpty()
                    && w->currentMessage().caseIndex
                        == view->currentIndex().data(MessageListModel::CaseIndexRole).toInt(),
                20000);
            QVERIFY(w->currentMessage().error.isEmpty());
            QVERIFY(!w->currentMessage().message.parts.isEmpty());
        }
        QCOMPARE(MessageReader::readsInThisProcess(), reads); // nothing parsed in the window's process
        QCOMPARE(ParseWorkerPool::workersStarted(), workers); // and no worker was needed

        // The counters notice a read that needs the worker: a message without its cached reading.
        {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QStringLiteral("copy.mtcase"));
            QVERIFY(QFile::copy(DemoCase::caseLocation(), copy));
            std::unique_ptr<CaseStore> store = CaseStore::open(copy, CaseStore::OpenMode::ReadWrite, nullptr);
            QVERIFY(store);
            const StoredMessage first = store->messages().list().first();
            QVERIFY(!store->messages().readingsOf({ first.id }, readingRevision()).value(first.id).isEmpty());
            QVERIFY(store->evidence().original(first.sha256));
            store.reset();
            {
                sqlite3* db = nullptr;
                QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
                const QByteArray sql
                    = "DELETE FROM message_readings WHERE message_id = " + QByteArray::number(first.id);
                QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
                sqlite3_close(db);
            }
            store = CaseStore::open(copy, CaseStore::OpenMode::ReadOnly, nullptr);
            QVERIFY(store);
            QString error;
            QVERIFY2(MessageSource::readOne(*store, first.id, &error), qPrintable(error));
            QVERIFY(ParseWorkerPool::workersStarted() > workers);
            QCOMPARE(MessageReader::readsInThisProcess(), reads); // the worker parsed it, not this process
        }
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
