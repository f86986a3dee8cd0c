// SPDX-License-Identifier: GPL-3.0-or-later
// "No network, ever" (issue 9): every message of the shared corpus that has an HTML body is shown in
// the real body view, in every mode it offers, twice: as it is, and with every URL the test can find
// pointed at a counting HTTP server of its own on 127.0.0.1. Then the whole lot is analysed and
// written out as the PDF report (English and Japanese), STIX and CSV. The server must see no
// connection; under libmailtriage_netlog.so (LD_PRELOAD, as ctest runs it) no name lookup and no
// connection to a network address may happen either. Self-checks first show that the server counts a
// request and the preload logs a lookup; a control at the end shows that the URLs the body asked for
// do reach the server when something really fetches them.
#include "bodyview.h"
#include "caseanalyzer.h"
#include "linklistmodel.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "reportwriter.h"
#include "safetextbrowser.h"
#include "stixexport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QNetworkProxy>
#include <QPainter>
#include <QPicture>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <atomic>
#include <dlfcn.h>
#include <netdb.h>

using namespace MailTriage;

namespace {

const QString kCorpus = QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus");

/// An HTTP server on 127.0.0.1 (random port) in a thread of its own, so that it answers even while
/// the GUI thread is busy, counting every connection and every request.
class CountingServer : public QObject {
public:
    CountingServer()
    {
        m_thread.setObjectName(QStringLiteral("counting-server"));
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                m_server->setProxy(QNetworkProxy::NoProxy);
                connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~CountingServer() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    int connections() const { return m_connections.load(); }
    int requests() const { return m_requests.load(); }
    QStringList requestLines() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    /// Forgets what was counted (after the self-check).
    void reset()
    {
        const QMutexLocker lock(&m_mutex);
        m_connections = 0;
        m_requests = 0;
        m_lines.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            ++m_connections;
            {
                const QMutexLocker lock(&m_mutex);
                m_lines << QStringLiteral("connection from port %1").arg(socket->peerPort());
            }
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                qsizetype end;
                while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray head = buffer.left(end);
                    buffer.remove(0, end + 4);
                    ++m_requests;
                    {
                        const QMutexLocker lock(&m_mutex);
                        m_lines << QString::fromLatin1(head.left(head.indexOf('\r')).left(300));
                    }
                    // A real answer (a 1x1 GIF), so that a client that fetched would get something to show.
                    static const QByteArray gif
                        = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\nContent-Length: "
                        + QByteArray::number(gif.size()) + "\r\nConnection: close\r\n\r\n" + gif);
                    socket->disconnectFromHost();
                }
                socket->setProperty("buffer", buffer);
            });
        }
    }

    QThread m_thread;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_connections { 0 };
    std::atomic<int> m_requests { 0 };
    mutable QMutex m_mutex;
    QStringList m_lines;
};

/// Fetches @p path from 127.0.0.1:@p port the way a browser would (one GET); the answer's first line.
QByteArray fetch(quint16 port, const QByteArray& path)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    return answer.left(answer.indexOf('\r'));
}

/// Points every URL it finds in an HTML text at one base ("http://127.0.0.1:PORT"): absolute http,
/// https, ftp and ftps URLs (in attributes, CSS url(), @import, srcset, meta refresh, text) and
/// protocol-relative ones after =, url(, @import, url= and srcset commas. Character references that
/// encode URL characters (&#104;ttp&#58;//, &colon;, &sol;) are decoded first, so obfuscated
/// schemes are found too; '<', '&' and quotes stay encoded.
class UrlRewriter {
public:
    explicit UrlRewriter(const QString& base)
        : m_base(base)
    {
    }

    QString rewrite(const QString& html)
    {
        QString s = decodeUrlCharacters(html);
        static const QString host = QStringLiteral("(?:[^/\\\\\\s\"'<>()?#&,]|&#?[a-z0-9]+;?)*");
        static const QRegularExpression absolute(
            QStringLiteral("\\b(?:https?|ftps?)[\\t\\n\\r ]*:[\\t\\n\\r ]*[/\\\\][\\t\\n\\r ]*[/\\\\]") + host,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression relative(
            QStringLiteral("((?:=|\\burl\\(|@import|\\burl=|,)[\\t\\n\\r ]*[\"']?[\\t\\n\\r ]*)[/\\\\]{2}") + host,
            QRegularExpression::CaseInsensitiveOption);
        s = replaceAll(s, absolute, false);
        s = replaceAll(s, relative, true);
        return s;
    }

    int count() const { return m_count; }

private:
    static QString decodeUrlCharacters(const QString& html)
    {
        static const QRegularExpression ref(
            QStringLiteral("&(?:#(x[0-9a-f]+|[0-9]+)|(colon|sol|bsol|period|lpar|rpar));?"),
            QRegularExpression::CaseInsensitiveOption);
        QString out;
        out.reserve(html.size());
        qsizetype last = 0;
        for (QRegularExpressionMatchIterator it = ref.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            char32_t c = 0;
            if (m.capturedLength(1) > 0) {
                const QString n = m.captured(1);
                bool ok = false;
                const uint v = n.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) ? n.mid(1).toUInt(&ok, 16)
                                                                                   : n.toUInt(&ok, 10);
                c = ok ? char32_t(v) : 0;
            } else {
                static const QHash<QString, char32_t> named { { QStringLiteral("colon"), U':' },
                    { QStringLiteral("sol"), U'/' }, { QStringLiteral("bsol"), U'\\' },
                    { QStringLiteral("period"), U'.' }, { QStringLiteral("lpar"), U'(' },
                    { QStringLiteral("rpar"), U')' } };
                c = named.value(m.captured(2).toLower(), 0);
            }
            const bool urlChar = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')
                || c == U':' || c == U'/' || c == U'\\' || c == U'.' || c == U'-' || c == U'(' || c == U')';
            if (!urlChar)
                continue;
            out += QStringView(html).mid(last, m.capturedStart() - last);
            out += QChar(char16_t(c));
            last = m.capturedEnd();
        }
        out += QStringView(html).mid(last);
        return out;
    }

    QString replaceAll(const QString& s, const QRegularExpression& re, bool keepPrefix)
    {
        QString out;
        out.reserve(s.size());
        qsizetype last = 0;
        for (QRegularExpressionMatchIterator it = re.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(s).mid(last, m.capturedStart() - last);
            if (keepPrefix)
                out += m.captured(1);
            out += m_base;
            last = m.capturedEnd();
            ++m_count;
        }
        out += QStringView(s).mid(last);
        return out;
    }

    QString m_base;
    int m_count = 0;
};

bool preloadActive()
{
    return dlsym(RTLD_DEFAULT, "mailtriage_netlog_active") != nullptr;
}

QString netlogPath()
{
    return qEnvironmentVariable("MAILTRIAGE_NETLOG");
}

QByteArray readNetlog()
{
    QFile f(netlogPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void clearNetlog()
{
    QFile f(netlogPath());
    if (f.exists())
        QVERIFY(f.resize(0));
}

/// Resource requests that reached QTextDocument's default resource provider: only documents that
/// do not answer themselves get there (the report's documents answer "nothing" that way).
std::atomic<int> g_providerRequests { 0 };
QMutex g_providerMutex;
QStringList g_providerUrls;

} // namespace

class TestNoNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir(kCorpus).exists(), qPrintable(kCorpus));
        m_server = std::make_unique<CountingServer>();
        QVERIFY(m_server->port() != 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
        QTextDocument::setDefaultResourceProvider([](const QUrl& url) -> QVariant {
            ++g_providerRequests;
            const QMutexLocker lock(&g_providerMutex);
            g_providerUrls << url.toString();
            return {};
        });
        if (qEnvironmentVariableIntValue("MAILTRIAGE_NETLOG_EXPECTED") == 1)
            QVERIFY2(preloadActive(), "ctest runs this test under libmailtriage_netlog.so, but it is not loaded");
        if (preloadActive()) {
            // Everything since the program started (QApplication, fonts, the platform plugin).
            QVERIFY2(readNetlog().isEmpty(), readNetlog().constData());
        }
    }

    // ---- Self-checks: the probes see what they are meant to see. ----

    void selfCheckServerCountsRequests()
    {
        QCOMPARE(m_server->connections(), 0);
        const QByteArray status = fetch(m_server->port(), "/self-check.gif");
        QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        QTRY_COMPARE(m_server->connections(), 1);
        QTRY_COMPARE(m_server->requests(), 1);
        QVERIFY(m_server->requestLines().contains(QStringLiteral("GET /self-check.gif HTTP/1.1")));
    }

    void selfCheckPreloadLogsLookupsAndConnections()
    {
        if (!preloadActive())
            QSKIP("libmailtriage_netlog.so is not preloaded (ctest preloads it): DNS and connect() are not watched");
        const QByteArray log = readNetlog();
        QVERIFY2(log.contains(QByteArray("connect AF_INET 127.0.0.1:" + QByteArray::number(m_server->port()))),
            log.constData());
        addrinfo* res = nullptr;
        addrinfo hints {};
        hints.ai_flags = AI_NUMERICSERV;
        if (getaddrinfo("localhost", "9", &hints, &res) == 0)
            freeaddrinfo(res);
        QVERIFY2(readNetlog().contains("getaddrinfo localhost 9"), readNetlog().constData());
    }

    void resetAfterSelfChecks()
    {
        // From here on every connection, request or log line is the product's.
        QTest::qWait(50);
        m_server->reset();
        clearNetlog();
        QCOMPARE(m_server->connections(), 0);
        QCOMPARE(m_server->requests(), 0);
        QVERIFY(readNetlog().isEmpty());
        g_providerRequests = 0;
    }

    // ---- The product at work. ----

    void readCorpus()
    {
        QElapsedTimer t;
        t.start();
        QList<ReadError> errors;
        const QStringList files = MessageReader::expandPaths({ kCorpus }, &errors);
        QVERIFY(files.size() > 800);
        int messages = 0;
        UrlRewriter rewriter(m_base);
        for (const QString& file : files) {
            ReadResult r = MessageReader::readFile(file);
            for (Message& m : r.messages) {
                ++messages;
                if (m.htmlBody().isEmpty())
                    continue;
                m.file = QDir(kCorpus).relativeFilePath(file);
                Message rewritten = m;
                for (MimePart& p : rewritten.parts) {
                    if (p.contentType == "text/html" && !p.text.isEmpty())
                        p.text = rewriter.rewrite(p.text);
                }
                // A message of its own for the case analysis, not a copy of the original.
                rewritten.messageId = QStringLiteral("<rewritten.%1.%2@nonetwork.test>")
                                          .arg(m_originals.size())
                                          .arg(QString::fromLatin1(m.sha256.left(16)));
                rewritten.file = m.file + QStringLiteral(" (URLs rewritten)");
                m_originals.append(m);
                m_rewritten.append(rewritten);
            }
        }
        m_urlsRewritten = rewriter.count();
        qInfo("corpus: %d files, %d messages, %lld with an HTML body; %d URLs pointed at %s (%lld ms)",
            int(files.size()), messages, m_originals.size(), m_urlsRewritten, qPrintable(m_base), t.elapsed());
        QVERIFY(m_originals.size() > 100);
        // The rewriter found something to rewrite (phishing_pot alone has thousands of remote URLs).
        QVERIFY2(m_urlsRewritten > 1000, qPrintable(QString::number(m_urlsRewritten)));
    }

    void bodyViewShowsEveryVariant()
    {
        QVERIFY(!m_originals.isEmpty());
        QElapsedTimer t;
        t.start();
        BodyView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QRadioButton* plainButton = nullptr;
        QRadioButton* htmlButton = nullptr;
        const QList<QRadioButton*> buttons = view.findChildren<QRadioButton*>();
        QCOMPARE(buttons.size(), 2); // the view's modes: plain text and HTML; nothing else to switch on
        for (QRadioButton* b : buttons)
            (b->text().contains(QStringLiteral("HTML")) ? htmlButton : plainButton) = b;
        QVERIFY(plainButton && htmlButton);

        int shown = 0;
        int blocked = 0;
        int blockedAtServer = 0;
        QStringList missed; // remote URLs of rewritten bodies that the rewriter did not catch
        const QString serverHost = QStringLiteral("127.0.0.1");
        for (int variant = 0; variant < 2; ++variant) {
            const QList<Message>& list = variant == 0 ? m_originals : m_rewritten;
            for (const Message& m : list) {
                view.setMessage(m);
                // Plain text first (the view's default), painted.
                QVERIFY(!view.htmlMode());
                (void)view.grab();
                // HTML, as a user switches to it.
                htmlButton->click();
                QVERIFY2(view.htmlMode(), qPrintable(m.file));
                (void)view.grab();
                // Everything the document would draw, beyond the visible part too (background
                // images of cells further down are asked for when painted).
                SafeTextBrowser* browser = view.browser();
                {
                    QPicture picture;
                    QPainter painter(&picture);
                    browser->document()->drawContents(&painter);
                }
                // Clicking links is refused whatever openLinks says; try the first few directly.
                for (int i = 0; i < std::min(3, view.linkModel()->rowCount()); ++i)
                    browser->setSource(QUrl(view.linkModel()->index(i, 0).data(LinkListModel::TargetRole).toString()));
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                // And back to plain text.
                plainButton->click();
                QVERIFY(!view.htmlMode());
                (void)view.grab();
                ++shown;
                for (const QUrl& u : browser->safeDocument()->blocked()) {
                    ++blocked;
                    if (u.host() == serverHost && u.port() == m_server->port()) {
                        ++blockedAtServer;
                        if (m_serverUrl.isEmpty())
                            m_serverUrl = u.path(QUrl::FullyEncoded).toLatin1();
                    } else if (variant == 1 && !u.host().isEmpty() && missed.size() < 20) {
                        missed << m.file + QStringLiteral(": ") + u.toString();
                    }
                }
            }
        }
        view.clear();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        qInfo("body view: %d messages x 2 variants = %d bodies shown as plain text and HTML; %d resource requests "
              "refused, %d of them for the local server (%lld ms)",
            int(m_originals.size()), shown, blocked, blockedAtServer, t.elapsed());
        QCOMPARE(shown, 2 * m_originals.size());
        // The hostile bodies did ask for remote resources, and the rewritten ones asked the server.
        QVERIFY(blockedAtServer > 100);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
    }

    void bodyViewReadsNoLocalFiles()
    {
        // Qt's image handler loads an image by its name itself (a local file, file: or qrc:) when the
        // document's answer is not an image: an <img src="/net/host/x.png"> would then reach an
        // automounted share. The view must answer every image request itself.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QImage red(40, 40, QImage::Format_RGB32);
        red.fill(Qt::red);
        const QString file = dir.filePath(QStringLiteral("red.png"));
        QVERIFY(red.save(file));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        Message m;
        MimePart html;
        html.contentType = "text/html";
        html.text = QStringLiteral("<p>local</p><img src=\"%1\"><img src=\"%2\"><img src=\"red.png\">"
                                   "<table background=\"%1\"><tr><td>cell</td></tr></table>")
                        .arg(file, QUrl::fromLocalFile(file).toString());
        m.parts = { html };
        BodyView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMessage(m);
        view.setHtmlMode(true);
        const QImage shot = view.browser()->viewport()->grab().toImage();
        QVERIFY(QDir::setCurrent(previous));
        int redPixels = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QRgb c = shot.pixel(x, y);
                redPixels += qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
            }
        QVERIFY(view.browser()->safeDocument()->blockedCount() >= 3);
        QVERIFY2(redPixels == 0, qPrintable(QStringLiteral("%1 pixels of the local file shown").arg(redPixels)));
    }

    void reportsAndExports()
    {
        QElapsedTimer t;
        t.start();
        QList<Message> messages;
        for (const QList<Message>* list : { &m_originals, &m_rewritten }) {
            for (Message m : *list) {
                MessageAnalyzer::analyze(m);
                messages.append(m);
            }
        }
        ReportInput input;
        input.analysis = CaseAnalyzer::analyze(messages);
        input.title = QStringLiteral("No network, ever");
        const qint64 analysed = t.elapsed();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        struct Run {
            const char* name;
            ReportLanguage language;
            bool anonymize;
        };
        for (const Run& run :
            { Run { "en", ReportLanguage::English, false }, Run { "ja", ReportLanguage::Japanese, true } }) {
            AnonymizerOptions ao;
            ao.anonymize = run.anonymize;
            const Anonymizer anonymizer(input.analysis, ao);
            ReportWriter::Options ro;
            ro.language = run.language;
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(QLatin1String(run.name)));
            QString error;
            QVERIFY2(ReportWriter::writePdf(pdf, input, anonymizer, ro, &error), qPrintable(error));
            QVERIFY(QFileInfo(pdf).size() > 10000);
            const QByteArray stix = StixExport::bundle(input, anonymizer);
            const QByteArray csv = StixExport::indicatorsCsv(input, anonymizer);
            QVERIFY(stix.size() > 1000);
            QVERIFY(csv.size() > 100);
            for (const auto& [name, bytes] : { std::pair { QStringLiteral("stix-%1.json"), stix },
                     std::pair { QStringLiteral("indicators-%1.csv"), csv } }) {
                QFile f(dir.filePath(name.arg(QLatin1String(run.name))));
                QVERIFY(f.open(QIODevice::WriteOnly));
                QCOMPARE(f.write(bytes), bytes.size());
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        qInfo("reports: %lld messages analysed (%lld ms), PDF en + ja, STIX and CSV written (%lld ms in all)",
            messages.size(), analysed, t.elapsed());
    }

    // ---- The verdicts. ----

    void noConnectionReachedTheServer()
    {
        QTest::qWait(300); // anything still on its way
        QVERIFY2(m_server->connections() == 0 && m_server->requests() == 0,
            qPrintable(QStringLiteral("%1 connection(s), %2 request(s):\n")
                           .arg(m_server->connections())
                           .arg(m_server->requests())
                + m_server->requestLines().join(QLatin1Char('\n'))));
    }

    void noLookupAndNoConnection()
    {
        if (!preloadActive())
            QSKIP("libmailtriage_netlog.so is not preloaded (ctest preloads it)");
        const QByteArray log = readNetlog();
        QVERIFY2(log.isEmpty(), log.left(4000).constData());
    }

    void reportDocumentsAskedForNothing()
    {
        const QMutexLocker lock(&g_providerMutex);
        QVERIFY2(g_providerRequests == 0, qPrintable(g_providerUrls.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // ---- Control: had the view fetched, the server would have counted it. ----

    void controlRequestedUrlsReachTheServer()
    {
        QVERIFY(!m_serverUrl.isEmpty());
        m_server->reset();
        QCOMPARE(fetch(m_server->port(), m_serverUrl), QByteArray("HTTP/1.1 200 OK"));
        QTRY_COMPARE(m_server->requests(), 1);
    }

    void cleanupTestCase()
    {
        QTextDocument::setDefaultResourceProvider({});
        m_server.reset();
    }

private:
    std::unique_ptr<CountingServer> m_server;
    QString m_base;
    QList<Message> m_originals;
    QList<Message> m_rewritten;
    int m_urlsRewritten = 0;
    QByteArray m_serverUrl; ///< the path of one URL the body view asked for at the server
};

int main(int argc, char** argv)
{
    // A log of this run's own, before QApplication starts: the preload reads the variable at each call.
    const QString log = QDir::tempPath()
        + QStringLiteral("/mailtriage-netlog-tst_nonetwork-%1.log").arg(QCoreApplication::applicationPid());
    QFile::remove(log);
    qputenv("MAILTRIAGE_NETLOG", QFile::encodeName(log));
    int status = 0;
    {
        QApplication app(argc, argv);
        TestNoNetwork test;
        status = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(log);
    return status;
}
#include "tst_nonetwork.moc"
