// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-gui-bench: opens a case in the real main window (run it with -platform offscreen)
// and prints, as Markdown rows:
//  - open: from openCase() until the message list holds every stored message and the window has
//    been painted (the analyst can scroll, filter, search and select);
//  - analysed: until the case analysis has arrived in the window: on a case's first open it is
//    made (messages rebuilt from the reading cache, threads, parties, case findings, timeline) and
//    stored in the case; on later opens the stored analysis is read back (bench.sh runs both);
//  - timeline layout: TimelinePainter::setAnalysis() over the whole case plus painting one
//    1200x800 viewport, at the default zoom and at "whole case in view";
//  - peak RSS of the process.
// bench/bench.sh drives it on a case made by mailtriage-import-bench --keep-case.
#include "allocatortuning.h"
#include "casesession.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistpanel.h"
#include "timeline/timelinepainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QThread>
#include <sys/resource.h>

using namespace MailTriage;

namespace {
qint64 peakRssKib(int who = RUSAGE_SELF)
{
    struct rusage u;
    getrusage(who, &u);
    return u.ru_maxrss;
}

// Processes events until @p done or @p timeoutMs; false on time-out.
template <typename F> bool spin(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

QString ms(qint64 nsecs)
{
    return QString::number(double(nsecs) / 1e6, 'f', 0) + QStringLiteral(" ms");
}
} // namespace

int main(int argc, char* argv[])
{
    // As the window program starts (app/gui/main.cpp).
    MailTriage::AllocatorTuning::reexecIfUseful(argv);
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: mailtriage-gui-bench [-platform offscreen] CASE.mtcase\n";
        return 2;
    }
    QTextStream out(stdout);

    MainWindow w;
    w.setQuiet(true);
    w.resize(1400, 900);
    w.show();
    QApplication::processEvents();

    QElapsedTimer t;
    t.start();
    if (!w.openCase(args.first())) {
        QTextStream(stderr) << "could not open the case: " << w.lastError() << "\n";
        return 1;
    }
    CaseSession* session = w.session();
    MessageListModel* model = w.messageList()->model();
    // Listed: the model shows the session's rows (the stored messages, or with a stored analysis
    // at once the distinct messages).
    const bool listed
        = spin([&] { return !session->rows().isEmpty() && model->rowCount() == session->rows().size(); }, 120000);
    (void)w.grab(); // the window painted with its list
    const qint64 openNs = t.nsecsElapsed();
    const bool analysed = spin([&] { return !session->isLoading() && session->analysis(); }, 600000);
    (void)w.grab();
    const qint64 analysedNs = t.nsecsElapsed();
    if (!listed || !analysed) {
        QTextStream(stderr) << "time-out waiting for the case (listed " << listed << ", analysed " << analysed << ")\n";
        return 1;
    }
    const std::shared_ptr<const CaseAnalysis> analysis = session->analysis();
    const int messages = int(session->storedCount());

    // Timeline layout as the timeline tab does it, then one viewport painted.
    QImage viewport(1200, 800, QImage::Format_ARGB32_Premultiplied);
    auto layoutAndPaint = [&](bool wholeCase) {
        QElapsedTimer lt;
        lt.start();
        TimelinePainter p;
        p.setStyle(TimelinePainter::defaultStyle());
        p.setAnalysis(*analysis);
        p.setWidth(viewport.width());
        if (wholeCase && p.itemCount() > 0)
            p.setRowHeight((viewport.height() - p.headerHeight()) / p.itemCount());
        QPainter painter(&viewport);
        p.paint(&painter, QRectF(0, 0, viewport.width(), viewport.height()));
        return lt.nsecsElapsed();
    };
    const qint64 layoutNs = layoutAndPaint(false);
    const qint64 layoutAllNs = layoutAndPaint(true);

    out << "| GUI (offscreen), " << messages << " messages | time |\n|---|---:|\n";
    out << "| open: message list filled and window painted | " << ms(openNs) << " |\n";
    out << (session->analysisWasStored()
            ? "| case analysis ready in the window (the analysis stored in the case, read back) | "
            : "| case analysis ready in the window (messages from the reading cache, analysed, then stored) | ")
        << ms(analysedNs) << " |\n";
    out << "| timeline layout + first 1200x800 viewport, default zoom | " << ms(layoutNs) << " |\n";
    out << "| timeline layout + paint, whole case in one viewport | " << ms(layoutAllNs) << " |\n";
    out << "| peak RSS of the window process | " << QString::number(double(peakRssKib()) / 1024.0, 'f', 0)
        << " MiB |\n";
    if (!session->analysisWasStored()) {
        // The largest process the window started: the case-analysis process (CaseAnalysisProcess),
        // or a parser worker when that was larger.
        out << "| peak RSS of its largest helper process (the case analysis) | "
            << QString::number(double(peakRssKib(RUSAGE_CHILDREN)) / 1024.0, 'f', 0) << " MiB |\n";
    }
    out.flush();
    return 0;
}
