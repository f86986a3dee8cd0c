// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the workbench on case-2019q3-1 (the header chain of the attacker's first message and
// the timeline), in English and in Japanese, to PNGs under the build folder
// (MAILTRIAGE_SCREENSHOT_DIR) for people to look at; docs/images/ holds the chosen ones.

#include "casesession.h"
#include "exportreportdialog.h"
#include "findinglistmodel.h"
#include "headerchainview.h"
#include "importcontroller.h"
#include "indicatorlistmodel.h"
#include "indicatorsview.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistpanel.h"
#include "testsupport.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace MailTriage;

namespace {
const QString kCase = QStringLiteral(MAILTRIAGE_SHARED_DIR) + QStringLiteral("/scenarios/case-2019q3-1");
const QString kOut = QStringLiteral(MAILTRIAGE_SCREENSHOT_DIR);
} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        MAILTRIAGE_NEED_SHARED(kCase);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailTriageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir().mkpath(kOut);
        m_case = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("case-2019q3-1.mtcase"));
    }

    void render_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("ja") << QStringLiteral("ja") << false;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
    }

    void render()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QVERIFY(UiLanguage::install(language));
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        const QString name = dark ? language + QStringLiteral("-dark") : language;
        MainWindow w;
        w.setQuiet(true);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (!QFileInfo::exists(m_case)) {
            QVERIFY(w.createCase(m_case, QStringLiteral("J-CSIP 2019Q3 case 1 (reconstruction)")));
            w.importPaths({ kCase + QStringLiteral("/mailbox-A"), kCase + QStringLiteral("/mailbox-B") });
            QTRY_VERIFY_WITH_TIMEOUT(!w.importController()->isRunning(), 120000);
        } else {
            QVERIFY(w.openCase(m_case));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isLoading() && w.session()->analysis(), 120000);

        // The attacker's first interjection (M08) with its first finding selected.
        const QList<MessageRow>& rows = w.messageList()->model()->rows();
        int caseIndex = -1;
        for (const MessageRow& r : rows) {
            for (const QString& s : r.sources) {
                if (s.contains(QLatin1String("M08_")))
                    caseIndex = r.caseIndex;
            }
        }
        QVERIFY(caseIndex >= 0);
        QVERIFY(w.messageList()->selectCaseIndex(caseIndex));
        QTRY_COMPARE(w.currentMessage().caseIndex, caseIndex);
        w.headerChainView()->selectFinding(0);
        w.tabs()->setCurrentIndex(MainWindow::HeaderChainTab);
        QTest::qWait(300);
        QVERIFY(w.grab().save(kOut + QStringLiteral("/header-chain-%1.png").arg(name)));

        w.tabs()->setCurrentIndex(MainWindow::SourceTab);
        QTest::qWait(800); // the highlighter runs on a worker thread
        QVERIFY(w.grab().save(kOut + QStringLiteral("/source-%1.png").arg(name)));
        w.tabs()->setCurrentIndex(MainWindow::BodyTab);
        QTest::qWait(100);
        QVERIFY(w.grab().save(kOut + QStringLiteral("/body-%1.png").arg(name)));

        // The timeline the way an analyst reads it: the message list made small.
        w.tabs()->setCurrentIndex(MainWindow::TimelineTab);
        auto* splitter = w.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({ 120, 880 });
        w.timelinePanel()->view()->resetZoom();
        QTest::qWait(100);
        w.timelinePanel()->view()->verticalScrollBar()->setValue(0);
        QTest::qWait(300);
        QVERIFY(w.grab().save(kOut + QStringLiteral("/timeline-%1.png").arg(name)));
        QString error;
        QVERIFY2(w.timelinePanel()->exportTo(kOut + QStringLiteral("/timeline-export-%1.png").arg(name), &error),
            qPrintable(error));
        QVERIFY2(w.timelinePanel()->exportTo(kOut + QStringLiteral("/timeline-export-%1.svg").arg(name), &error),
            qPrintable(error));
        // The attacker's indicators, as the exports write them.
        w.tabs()->setCurrentIndex(MainWindow::IndicatorsTab);
        QTRY_VERIFY_WITH_TIMEOUT(w.indicatorsView()->model()->rowCount() > 0, 120000);
        QTest::qWait(100);
        QVERIFY(w.grab().save(kOut + QStringLiteral("/indicators-%1.png").arg(name)));

        // File > Export Report…: the dialog with its map read and the first page previewed.
        w.exportReportAction()->trigger();
        ExportReportDialog* dialog = w.exportDialog();
        QVERIFY(dialog);
        QSignalSpy preview(dialog, &ExportReportDialog::previewUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(preview.size() >= 1, 120000);
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(kOut + QStringLiteral("/export-dialog-%1.png").arg(name)));
        dialog->close();
        qInfo("screenshots in %s", qPrintable(kOut));
        UiLanguage::install(QStringLiteral("en"));
        QApplication::setPalette(light);
    }

private:
    /// A dark system palette, as a dark desktop theme would hand to Qt.
    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        return p;
    }

    QString m_case;
};

int main(int argc, char** argv)
{
    // A Japanese analyst's clock, so local times differ from UTC in the pictures.
    qputenv("TZ", "Asia/Tokyo");
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_screenshots.moc"
