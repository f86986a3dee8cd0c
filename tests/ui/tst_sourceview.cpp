// SPDX-License-Identifier: GPL-3.0-or-later
// The raw source view: the byte <-> text map, kate-syntax-highlighter's HTML read back, the
// highlighter running off the UI thread, finding ranges, and the HTML body that loads nothing.

#include "bodyview.h"
#include "linklistmodel.h"
#include "processsourcehighlighter.h"
#include "safetextbrowser.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTimer>
#include <QtTest>

using namespace MailTriage;

class TestSourceView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byteMap_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf") << QByteArray("From: a@b\r\nSubject: x\r\n\r\nbody\r\n");
        QTest::newRow("lf") << QByteArray("From: a@b\nSubject: x\n\nbody\n");
        QTest::newRow("utf8") << QByteArray("Subject: \xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8 \xf0\x9f\x98\x80\r\n");
        QTest::newRow("invalid") << QByteArray("A\x80\xff\xc3(B\x1b$B\r\x00Z", 14);
        QTest::newRow("truncated utf8") << QByteArray("x\xe8\xab");
    }

    void byteMap()
    {
        QFETCH(QByteArray, bytes);
        const SourceText t = SourceText::fromBytes(bytes);
        QCOMPARE(t.shownBytes(), bytes.size());
        QVERIFY(!t.truncated());
        // Non-decreasing, ends at the text's end, and every position maps back to a byte at or before.
        int last = 0;
        for (qint64 b = 0; b <= bytes.size(); ++b) {
            const int pos = t.positionOfByte(b);
            QVERIFY(pos >= last);
            last = pos;
            QVERIFY(t.byteOfPosition(pos) <= b);
        }
        QCOMPARE(t.positionOfByte(bytes.size()), t.text().size());
        QVERIFY(!t.text().contains(QLatin1Char('\r')));
        QCOMPARE(t.text().count(QLatin1Char('\n')), bytes.count('\n'));
    }

    void byteRangesMatchText()
    {
        const QByteArray bytes("Received: from x\r\n\tby y; Tue, 30 Jul 2019\r\nFrom: \"A\" <a@b.example>\r\n\r\nhi");
        const SourceText t = SourceText::fromBytes(bytes);
        const qint64 off = bytes.indexOf("From:");
        const qint64 len = bytes.indexOf("\r\n", off) - off;
        int s = 0;
        int e = 0;
        QVERIFY(t.positionRange(off, len, &s, &e));
        QCOMPARE(t.text().mid(s, e - s), QStringLiteral("From: \"A\" <a@b.example>"));
        QCOMPARE(t.byteOfPosition(s), off);
        QCOMPARE(t.byteOfPosition(e), off + len);
        // A folded field: its CRLF inside becomes one line break.
        QVERIFY(t.positionRange(0, bytes.indexOf("\r\nFrom"), &s, &e));
        QCOMPARE(t.text().mid(s, e - s), QStringLiteral("Received: from x\n\tby y; Tue, 30 Jul 2019"));
    }

    void cap()
    {
        const QByteArray big(3 * 1024 * 1024, 'a');
        const SourceText t = SourceText::fromBytes(big, SourceView::MaxDisplayBytes);
        QVERIFY(t.truncated());
        QCOMPARE(t.shownBytes(), SourceView::MaxDisplayBytes);
        int s = 0;
        int e = 0;
        QVERIFY(!t.positionRange(SourceView::MaxDisplayBytes + 10, 5, &s, &e));
    }

    void parseKateHtml()
    {
        const QString html = QStringLiteral("<!DOCTYPE html>\n<html><body style=\"background-color:#ffffff\"><pre>\n"
                                            "<span style=\"color:#644a9b;font-weight:bold;\">From:</span> <span "
                                            "style=\"color:#0057ae;\">&quot;A&quot; &lt;a@b&gt;</span>\n"
                                            "<span style=\"color:#644a9b;font-weight:bold;\">Subject:</span> x\n"
                                            "\n"
                                            "body &amp; more\n"
                                            "</pre></body></html>\n");
        const QList<HighlightRun> runs = ProcessSourceHighlighter::parseHtml(html);
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[0].line, 0);
        QCOMPARE(runs[0].start, 0);
        QCOMPARE(runs[0].length, 5);
        QVERIFY(runs[0].bold);
        QCOMPARE(runs[0].foreground, QColor(QStringLiteral("#644a9b")));
        QCOMPARE(runs[1].line, 0);
        QCOMPARE(runs[1].start, 6);
        QCOMPARE(runs[1].length, 9); // "A" <a@b>
        QCOMPARE(runs[2].line, 1);
        QCOMPARE(runs[2].length, 8);
    }

    void kateProcess()
    {
        ProcessSourceHighlighter h;
        if (!h.isAvailable())
            QSKIP("kate-syntax-highlighter is not installed (libkf5syntaxhighlighting-tools)");
        const QString text = QStringLiteral("From: \"A\" <a@b.example>\nSubject: 請求書\nX-Long: a\n\tb\n\nbody\n");
        QString error;
        const QList<HighlightRun> runs = h.highlight(text, false, &error);
        QVERIFY2(!runs.isEmpty(), qPrintable(error));
        const QStringList lines = text.split(QLatin1Char('\n'));
        bool headerName = false;
        for (const HighlightRun& r : runs) {
            QVERIFY(r.line >= 0 && r.line < lines.size());
            QVERIFY(r.start + r.length <= lines[r.line].size());
            headerName
                = headerName || (r.line == 1 && lines[1].mid(r.start, r.length).startsWith(QLatin1String("Subject")));
        }
        QVERIFY(headerName);
        // The dark theme works too.
        QVERIFY(!h.highlight(text, true, &error).isEmpty());
    }

    void missingKate()
    {
        ProcessSourceHighlighter h(QStringLiteral("/nonexistent/kate-syntax-highlighter"));
        QVERIFY(!h.isAvailable());
        QString error;
        QVERIFY(h.highlight(QStringLiteral("From: a"), false, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void viewHighlightsOffThread()
    {
        const QByteArray src(
            "Return-Path: <x@evil.example>\r\nFrom: \"A\" <a@b.example>\r\nReply-To: <x@evil.example>\r\n"
            "Content-Type: multipart/mixed; boundary=\"BOUNDARY-12345\"\r\n\r\n--BOUNDARY-12345\r\n"
            "Content-Type: text/plain\r\n\r\n> quoted\r\nhello\r\n--BOUNDARY-12345--\r\n");
        Finding f;
        f.signal = QStringLiteral("from_replyto_mismatch");
        f.offset = src.indexOf("Reply-To");
        f.length = src.indexOf("\r\n", f.offset) - f.offset;
        SourceView view;
        view.resize(800, 400);
        QSignalSpy done(&view, &SourceView::syntaxHighlightingFinished);
        view.setSource(src, { f }, { QByteArray("BOUNDARY-12345") });
        QVERIFY(view.highlightRange(f.offset, f.length));
        const auto [s, e] = view.highlightedTextRange();
        QCOMPARE(view.sourceText().byteOfPosition(s), f.offset);
        QCOMPARE(view.sourceText().byteOfPosition(e), f.offset + f.length);
        QCOMPARE(view.editor()->document()->toPlainText().mid(s, e - s), QStringLiteral("Reply-To: <x@evil.example>"));
        if (ProcessSourceHighlighter().isAvailable()) {
            QVERIFY(done.wait(10000));
            QVERIFY(view.isSyntaxHighlighted());
        }
        // The boundary overlay formats the boundary line.
        const QTextBlock boundary = view.editor()->document()->findBlockByNumber(5);
        QCOMPARE(boundary.text(), QStringLiteral("--BOUNDARY-12345"));
        QVERIFY(!boundary.layout()->formats().isEmpty());
        QVERIFY(!view.highlightRange(src.size() + 10, 2));
        QCOMPARE(view.highlightedTextRange(), qMakePair(-1, -1));
    }

    void largeMessage()
    {
        // A message above the display cap: decoded on a worker thread and put into the editor in
        // slices, so no event-loop turn takes long; then the view says it shows only the beginning.
        QByteArray src("From: a@b.example\r\nSubject: big\r\nContent-Type: text/plain\r\n\r\n");
        while (src.size() < 3 * 1024 * 1024)
            src += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor 0123456789\r\n";
        SourceView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        qint64 maxGap = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer meter;
        meter.setInterval(10);
        connect(&meter, &QTimer::timeout, &view, [&] {
            maxGap = std::max(maxGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        meter.start();
        QSignalSpy ready(&view, &SourceView::sourceReady);
        QSignalSpy highlighted(&view, &SourceView::syntaxHighlightingFinished);
        QElapsedTimer t;
        t.start();
        view.setSource(src, {}, {});
        const qint64 setMs = t.elapsed();
        QVERIFY(view.isLoading());
        QVERIFY(view.highlightRange(2, 5)); // remembered until the text is in
        QVERIFY(ready.wait(30000));
        const qint64 readyMs = t.elapsed();
        if (ProcessSourceHighlighter().isAvailable())
            QVERIFY(highlighted.wait(30000));
        QTest::qWait(20);
        qInfo("setSource returned after %lld ms; text in after %lld ms; highlighted after %lld ms; longest "
              "event-loop stall %lld ms",
            setMs, readyMs, t.elapsed(), maxGap);
        QVERIFY(view.sourceText().truncated());
        QCOMPARE(view.sourceText().shownBytes(), SourceView::MaxDisplayBytes);
        QCOMPARE(view.editor()->document()->characterCount() - 1, view.sourceText().text().size());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("sourceBanner"))->isVisibleTo(&view));
        QCOMPARE(view.highlightedTextRange(), qMakePair(2, 7));
        QVERIFY2(setMs < 100, qPrintable(QStringLiteral("%1 ms").arg(setMs)));
        QVERIFY2(maxGap < 250, qPrintable(QStringLiteral("stall of %1 ms").arg(maxGap)));
    }

    void htmlLoadsNothing()
    {
        SafeTextBrowser browser;
        browser.resize(600, 400);
        browser.setHtml(
            QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"https://evil.example/a.css\"></head>"
                           "<body><img src=\"https://track.example/pixel.gif\" width=1 height=1>"
                           "<img src=\"file:///etc/hostname\"><img src=\"/etc/passwd\">"
                           "<a href=\"https://evil.example/login\">https://bank.example</a></body></html>"));
        (void)browser.document()->size();
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(browser.safeDocument()->blockedCount() >= 2);
        for (const QUrl& u : browser.safeDocument()->blocked())
            QVERIFY(!u.isEmpty());
        QVERIFY(!browser.openLinks());
        QVERIFY(!browser.openExternalLinks());
        const QUrl before = browser.source();
        browser.setSource(QUrl(QStringLiteral("https://evil.example/login")));
        QCOMPARE(browser.source(), before);
        QVERIFY(browser.toPlainText().contains(QStringLiteral("https://bank.example")));
    }

    void bodyViewListsLinks()
    {
        Message m;
        MimePart root;
        root.contentType = "multipart/alternative";
        MimePart plain;
        plain.contentType = "text/plain";
        plain.text = QStringLiteral("Please log in.");
        MimePart html;
        html.contentType = "text/html";
        html.text
            = QStringLiteral("<p>Please <a href=\"https://evil.example/login\">https://www.bank.example/login</a></p>"
                             "<img src=\"https://track.example/o.gif\">");
        root.children = { 1, 2 };
        plain.parent = 0;
        html.parent = 0;
        m.parts = { root, plain, html };
        BodyView view;
        view.setMessage(m);
        QVERIFY(!view.htmlMode());
        QCOMPARE(view.plainView()->toPlainText(), QStringLiteral("Please log in."));
        view.setHtmlMode(true);
        QVERIFY(view.htmlMode());
        QVERIFY(view.browser()->safeDocument()->blockedCount() >= 1);
        QCOMPARE(view.linkModel()->rowCount(), 1);
        QCOMPARE(view.linkModel()->mismatchCount(), 1);
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
