// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline figure without a widget: layout, hit testing, level of detail, speed at 10,000
// messages, and export to PNG and SVG.

#include "timelineexport.h"
#include "timelinepainter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailTriage;

namespace {
QList<TimelineLane> lanes()
{
    return { { QStringLiteral("A"), QStringLiteral("kumoyuki-fs.co.jp"), QStringLiteral("party"), 0 },
        { QStringLiteral("B"), QStringLiteral("pelangiteguh-eng.com.my"), QStringLiteral("party"), 1 },
        { QStringLiteral("X"), QStringLiteral("attacker"), QStringLiteral("attacker"), 0 },
        { QStringLiteral("?"), QStringLiteral("unknown"), QStringLiteral("unknown"), 0 } };
}

QList<TimelineItem> items(int n)
{
    QRandomGenerator rng(42);
    QList<TimelineItem> out;
    QDateTime t = QDateTime(QDate(2019, 7, 8), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        TimelineItem it;
        it.caseMessage = i;
        const qint64 gap = i == 0 ? -1 : qint64(rng.bounded(1, 36 * 3600));
        t = t.addSecs(std::max<qint64>(gap, 0));
        it.date = t;
        it.gapSeconds = gap;
        it.attacker = rng.bounded(20) == 0;
        it.fromLane = it.attacker ? 2 : int(rng.bounded(2));
        it.toLanes = { it.attacker ? 1 : 1 - it.fromLane };
        if (rng.bounded(10) == 0)
            it.toLanes << it.fromLane;
        it.sender = QStringLiteral("Sender %1").arg(i);
        it.summary = QStringLiteral("RE: Shipping documents and invoice %1").arg(i);
        if (it.attacker)
            it.signalIds = { QStringLiteral("spf_fail"), QStringLiteral("cc_altered_to_freemail") };
        out << it;
    }
    return out;
}

qint64 paintMs(const TimelinePainter& p, const QRectF& exposed)
{
    QImage image(exposed.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.translate(-exposed.topLeft());
    QElapsedTimer timer;
    timer.start();
    p.paint(&painter, exposed);
    return timer.elapsed();
}
} // namespace

class TestTimelinePainter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutAndHitTesting()
    {
        TimelinePainter p;
        p.setWidth(1400);
        p.setData(lanes(), items(50));
        p.setRowHeight(p.fullRowHeight());
        QCOMPARE(p.detail(), TimelinePainter::Detail::Full);
        QVERIFY(p.contentSize().height() >= p.headerHeight() + 50 * p.rowHeight());
        for (int i : { 0, 1, 17, 49 }) {
            const QRectF r = p.itemRect(i);
            QCOMPARE(p.itemAt(r.center()), i);
            QCOMPARE(p.itemAt(p.itemAnchor(i)), i);
        }
        QCOMPARE(p.itemAt(QPointF(10, 2)), -1); // the header
        QCOMPARE(p.itemAt(QPointF(10, p.contentSize().height() + 50)), -1);
        QCOMPARE(p.itemOfCaseMessage(17), 17);
        QVERIFY(p.laneCenter(0) < p.laneCenter(1));
        QVERIFY(p.summaryColumn().left() > p.laneCenter(3));
    }

    void levelOfDetail()
    {
        TimelinePainter p;
        p.setData(lanes(), items(100));
        p.setRowHeight(TimelinePainter::MaxRowHeight);
        QCOMPARE(p.detail(), TimelinePainter::Detail::Full);
        p.setRowHeight(p.fullRowHeight() - 1);
        QCOMPARE(p.detail(), TimelinePainter::Detail::Line);
        p.setRowHeight(5);
        QCOMPARE(p.detail(), TimelinePainter::Detail::Compact);
        p.setRowHeight(0.5);
        QCOMPARE(p.detail(), TimelinePainter::Detail::Cluster);
        p.setRowHeight(0);
        QCOMPARE(p.rowHeight(), TimelinePainter::MinRowHeight);
    }

    void tenThousandEvents()
    {
        TimelinePainter p;
        p.setWidth(1400);
        p.setData(lanes(), items(10000));
        const QSizeF viewport(1400, 900);
        // Full detail: only the visible rows are painted, wherever the view is.
        p.setRowHeight(p.fullRowHeight());
        for (qreal y : { 0.0, p.contentSize().height() / 2, p.contentSize().height() - viewport.height() }) {
            const qint64 ms = paintMs(p, QRectF(QPointF(0, y), viewport));
            qInfo("full detail at y=%.0f: %lld ms", y, ms);
            QVERIFY2(ms < 100, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        }
        // Everything in one screen: clustered.
        p.setRowHeight((viewport.height() - p.headerHeight()) / 10000);
        QCOMPARE(p.detail(), TimelinePainter::Detail::Cluster);
        const qint64 fitMs = paintMs(p, QRectF(QPointF(0, 0), viewport));
        qInfo("all 10,000 in one screen: %lld ms", fitMs);
        QVERIFY2(fitMs < 150, qPrintable(QStringLiteral("%1 ms").arg(fitMs)));
        // Compact.
        p.setRowHeight(4);
        const qint64 compactMs = paintMs(p, QRectF(QPointF(0, 20000), viewport));
        qInfo("compact: %lld ms", compactMs);
        QVERIFY2(compactMs < 100, qPrintable(QStringLiteral("%1 ms").arg(compactMs)));
    }

    void exportPngAndSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TimelinePainter p;
        p.setWidth(1200);
        p.setData(lanes(), items(40));
        p.setRowHeight(p.fullRowHeight());
        QString error;
        const QString png = dir.filePath(QStringLiteral("t.png"));
        QVERIFY2(TimelineExport::toPng(p, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200);
        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY2(TimelineExport::toSvg(p, svg, QStringLiteral("Case"), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.contains("<svg"));
        QVERIFY(data.contains("Shipping documents"));

        // A large case exports clustered within the size bound.
        p.setData(lanes(), items(10000));
        const QImage big = TimelineExport::toImage(p, 1.0, 12000);
        QVERIFY(big.height() <= 12100);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
