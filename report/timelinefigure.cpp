// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefigure.h"

#include "reportfonts.h"
#include "reporttexts.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QTimeZone>
#include <algorithm>

namespace MailTriage {

namespace {

    const QColor kInk(0x1f, 0x2d, 0x3d);
    const QColor kParty(0x1f, 0x3a, 0x5f);
    const QColor kPartyFill(0xe8, 0xee, 0xf6);
    const QColor kAttacker(0xc0, 0x39, 0x2b);
    const QColor kAttackerFill(0xfb, 0xe9, 0xe7);
    const QColor kGrid(0xb0, 0xb7, 0xc3);
    const QColor kMuted(0x6b, 0x75, 0x85);
    const QColor kStripe(0xf5, 0xf7, 0xfa);

    QFont font(const QString& family, qreal pt, bool bold = false)
    {
        return ReportFonts::reportFont(family, pt, bold);
    }

    void arrowHead(QPainter* p, QPointF tip, qreal dir, qreal size, const QColor& c)
    {
        QPainterPath path;
        path.moveTo(tip);
        path.lineTo(tip + QPointF(-dir * size, -size * 0.55));
        path.lineTo(tip + QPointF(-dir * size, size * 0.55));
        path.closeSubpath();
        p->fillPath(path, c);
    }

} // namespace

TimelineFigure TimelineFigure::build(const CaseAnalysis& a, const Anonymizer& an, ReportLanguage l)
{
    using ReportTexts::t;
    TimelineFigure fig;
    fig.language = l;
    // Lanes: the parties in label order with the attacker's lane after the first party (between
    // the two sides, as the reports draw it), an "unknown" lane only when needed.
    QStringList labels;
    bool attacker = false, unknown = false;
    // The organisations the attacker wrote to have lanes too (a series to several companies):
    // the anonymizer's parties, whose first ones are case analysis's.
    const auto partyTo = [&](const TimelineEvent& e) {
        QStringList to = e.partyTo;
        if (e.actor == QLatin1String("attacker")) {
            bool added = false;
            for (int p : an.recipientParties(e.message)) {
                if (p >= 0 && p < an.parties().size() && !to.contains(an.parties()[p].label)) {
                    to << an.parties()[p].label;
                    added = true;
                }
            }
            // "?" stood for the organisations now named; with none added it may still be the
            // attacker's own address in Cc (drawn to the attacker's lane below).
            if (added && e.partyTo.size() == 1 && e.partyTo.first() == QLatin1String("?"))
                to.removeAll(QStringLiteral("?"));
        }
        return to;
    };
    for (const Party& p : an.parties()) {
        if (p.role == QLatin1String("attacker"))
            attacker = true;
        else
            labels << p.label;
    }
    for (const TimelineEvent& e : a.timeline)
        unknown = unknown || e.partyFrom == QLatin1String("?");
    QStringList order;
    if (!labels.isEmpty())
        order << labels.first();
    if (attacker)
        order << QStringLiteral("X");
    for (qsizetype i = 1; i < labels.size(); ++i)
        order << labels[i];
    if (unknown)
        order << QStringLiteral("?");
    // Lanes of parties nobody wrote to or from in the timeline add nothing.
    QSet<QString> used;
    for (const TimelineEvent& e : a.timeline) {
        used.insert(e.partyFrom);
        for (const QString& to : partyTo(e))
            used.insert(to);
    }
    for (const QString& label : std::as_const(order)) {
        if (label != QLatin1String("X") && !used.contains(label))
            continue;
        fig.lanes.append({ label, an.organisation(label, l), label == QLatin1String("X") });
    }
    auto laneOf = [&](const QString& label) {
        for (int i = 0; i < fig.lanes.size(); ++i) {
            if (fig.lanes[i].label == label)
                return i;
        }
        return -1;
    };
    const int xLane = laneOf(QStringLiteral("X"));

    int offset = 0;
    for (const TimelineEvent& e : a.timeline) {
        if (e.date.isValid()) {
            offset = e.date.offsetFromUtc();
            break;
        }
    }
    const QTimeZone zone(offset);
    fig.timeZone = QStringLiteral("UTC%1%2:%3")
                       .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                       .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));

    for (const TimelineEvent& e : a.timeline) {
        Row r;
        r.number = e.message + 1;
        r.attacker = e.actor == QLatin1String("attacker");
        r.time
            = e.date.isValid() ? e.date.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")) : QStringLiteral("--");
        if (e.gapSeconds >= 0)
            r.gap = QStringLiteral("+") + ReportTexts::duration(e.gapSeconds, l);
        r.from = laneOf(e.partyFrom);
        for (const QString& to : partyTo(e)) {
            int lane = laneOf(to);
            if (to == QLatin1String("?")) {
                lane = -1;
                for (const Mailbox& mb : e.to) {
                    if (xLane >= 0 && an.isAttackerIndicator(mb.address))
                        lane = xLane;
                }
            }
            if (lane >= 0 && !r.to.contains(lane))
                r.to << lane;
        }
        if (r.to.size() > 1)
            r.to.removeAll(r.from);
        const QString subject = an.text(
            e.message >= 0 && e.message < a.messages.size() ? a.messages[e.message].message.subject : e.summary, l);
        r.label = QStringLiteral("#%1  %2").arg(r.number).arg(
            subject.isEmpty() ? t(l, QT_TRANSLATE_NOOP("Report", "(no subject)")) : subject);
        if (r.attacker && e.message >= 0 && e.message < a.messages.size()) {
            const CaseMessage& cm = a.messages[e.message];
            QStringList notes;
            if (cm.senderParty >= 0 && cm.senderParty < a.parties.size())
                notes << t(l, QT_TRANSLATE_NOOP("Report", "posing as %1"))
                             .arg(an.organisation(a.parties[cm.senderParty].label, l));
            for (const QString& s : e.signals) {
                if (notes.size() >= 5)
                    break;
                notes << ReportTexts::signalTitle(s, l);
            }
            r.note = notes.join(QStringLiteral(" · "));
        }
        fig.rows.append(r);
    }
    return fig;
}

QList<TimelineFigure> TimelineFigure::split(int maxRows) const
{
    QList<TimelineFigure> parts;
    maxRows = std::max(1, maxRows);
    if (rows.size() <= maxRows)
        return { *this };
    // Parts of even size: 20 rows in two parts of 10, not 14 and 6.
    const qsizetype count = (rows.size() + maxRows - 1) / maxRows;
    const qsizetype per = (rows.size() + count - 1) / count;
    for (qsizetype i = 0; i < rows.size(); i += per) {
        TimelineFigure f = *this;
        f.rows = rows.mid(i, per);
        parts.append(f);
    }
    return parts;
}

void TimelineFigure::paint(QPainter* p, const QRectF& rect, qreal u, const QString& family) const
{
    using ReportTexts::t;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    auto P = [u](qreal v) { return v * u; };
    const qreal timeCol = P(74);
    const qreal left = rect.left() + timeCol;
    const qreal laneW = lanes.isEmpty() ? rect.width() - timeCol : (rect.width() - timeCol) / lanes.size();
    auto cx = [&](int lane) { return left + laneW * (lane + 0.5); };
    const qreal top = rect.top();
    const qreal rowsTop = top + P(HeaderHeight);
    const qreal rowsBottom = rowsTop + P(RowHeight) * rows.size();

    // Stripes, so that a row can be followed across the lanes.
    for (int i = 0; i < rows.size(); ++i) {
        if (i % 2 == 1)
            p->fillRect(QRectF(rect.left(), rowsTop + P(RowHeight) * i, rect.width(), P(RowHeight)), kStripe);
    }
    // Lane heads and lane lines.
    p->setFont(font(family, 8.5, true));
    for (int i = 0; i < lanes.size(); ++i) {
        const Lane& lane = lanes[i];
        const QRectF box(cx(i) - laneW / 2 + P(6), top + P(4), laneW - P(12), P(22));
        QPainterPath path;
        path.addRoundedRect(box, P(4), P(4));
        p->fillPath(path, lane.attacker ? kAttackerFill : kPartyFill);
        p->setPen(QPen(lane.attacker ? kAttacker : kParty, P(0.8)));
        p->drawPath(path);
        p->setPen(lane.attacker ? kAttacker : kParty);
        p->drawText(box, Qt::AlignCenter,
            QFontMetricsF(p->font(), p->device()).elidedText(lane.title, Qt::ElideRight, box.width() - P(6)));
        QPen dash(lane.attacker ? kAttacker.lighter(150) : kGrid, P(0.7), Qt::DashLine);
        p->setPen(dash);
        p->drawLine(QPointF(cx(i), box.bottom()), QPointF(cx(i), rowsBottom + P(2)));
    }
    p->setFont(font(family, 6.5));
    p->setPen(kMuted);
    p->drawText(QRectF(rect.left(), top + P(4), timeCol - P(4), P(22)),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        t(language, QT_TRANSLATE_NOOP("Report", "Time (%1)")).arg(timeZone));

    const QFont labelFont = font(family, 7);
    const QFont noteFont = font(family, 6.3);
    const QFont timeFont = font(family, 7.2, true);
    const QFont gapFont = font(family, 6.3);
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const qreal y0 = rowsTop + P(RowHeight) * i;
        const qreal ay = y0 + P(17);
        const QColor ink = r.attacker ? kAttacker : kInk;
        // Time and gap.
        p->setFont(timeFont);
        p->setPen(r.attacker ? kAttacker : kInk);
        p->drawText(QRectF(rect.left(), y0 + P(5), timeCol - P(4), P(12)), Qt::AlignLeft | Qt::AlignVCenter, r.time);
        if (!r.gap.isEmpty()) {
            p->setFont(gapFont);
            p->setPen(r.attacker ? kAttacker : kMuted);
            p->drawText(
                QRectF(rect.left(), y0 + P(18), timeCol - P(4), P(11)), Qt::AlignLeft | Qt::AlignVCenter, r.gap);
        }
        if (r.from < 0)
            continue;
        const qreal x0 = cx(r.from);
        qreal minX = x0, maxX = x0;
        const qreal lw = P(r.attacker ? 1.7 : 1.1);
        p->setPen(QPen(ink, lw, Qt::SolidLine, Qt::FlatCap));
        QList<int> targets = r.to;
        if (targets.isEmpty() || (targets.size() == 1 && targets.first() == r.from)) {
            // Internal mail (or nobody known): a small loop beside the lane.
            QPainterPath loop;
            loop.moveTo(x0, ay - P(4));
            loop.cubicTo(x0 + P(22), ay - P(9), x0 + P(22), ay + P(9), x0 + P(3), ay + P(4));
            p->setBrush(Qt::NoBrush);
            p->drawPath(loop);
            arrowHead(p, QPointF(x0 + P(2), ay + P(4)), -1, P(4.5), ink);
            maxX = x0 + P(24);
        } else {
            // One line per side, heads at every target lane.
            for (int side : { -1, 1 }) {
                qreal far = x0;
                for (int tl : std::as_const(targets)) {
                    const qreal tx = cx(tl);
                    if ((tx - x0) * side > 0 && qAbs(tx - x0) > qAbs(far - x0))
                        far = tx;
                }
                if (far == x0)
                    continue;
                p->drawLine(QPointF(x0, ay), QPointF(far - side * P(5), ay));
                for (int tl : std::as_const(targets)) {
                    const qreal tx = cx(tl);
                    if ((tx - x0) * side > 0)
                        arrowHead(p, QPointF(tx, ay), side, P(6), ink);
                }
                minX = std::min(minX, far);
                maxX = std::max(maxX, far);
            }
        }
        // The sender's dot; the attacker's marked with "!".
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        if (r.attacker) {
            p->drawEllipse(QPointF(x0, ay), P(5), P(5));
            p->setPen(Qt::white);
            p->setFont(font(family, 6.5, true));
            p->drawText(QRectF(x0 - P(5), ay - P(5), P(10), P(10)), Qt::AlignCenter, QStringLiteral("!"));
        } else {
            p->drawEllipse(QPointF(x0, ay), P(2.4), P(2.4));
        }
        p->setBrush(Qt::NoBrush);
        // Label above the arrow, note below it: centred on the arrow, at least two lanes wide.
        // As wide as the text needs (up to all lanes), centred on the arrow, kept inside the lanes.
        QFontMetricsF fm(labelFont, p->device());
        QFontMetricsF nfm0(noteFont, p->device());
        const qreal lanesW = rect.right() - left - P(4);
        const qreal need
            = std::max(fm.horizontalAdvance(r.label), r.note.isEmpty() ? 0.0 : nfm0.horizontalAdvance(r.note)) + P(8);
        const qreal span = std::min(lanesW, std::max({ maxX - minX, laneW * 1.9, need }));
        qreal lx = (minX + maxX) / 2 - span / 2;
        lx = std::clamp(lx, left + P(2), rect.right() - span - P(2));
        const QRectF labelRect(lx, y0 + P(2), span, P(10));
        p->setFont(labelFont);
        const QString label = fm.elidedText(r.label, Qt::ElideRight, span - P(4));
        const qreal textW = fm.horizontalAdvance(label);
        const QRectF textBox(
            labelRect.center().x() - textW / 2 - P(2), labelRect.top(), textW + P(4), labelRect.height());
        p->fillRect(textBox, i % 2 == 1 ? kStripe : QColor(Qt::white));
        p->setPen(r.attacker ? kAttacker : kInk);
        p->drawText(labelRect, Qt::AlignCenter, label);
        if (!r.note.isEmpty()) {
            p->setFont(noteFont);
            QFontMetricsF nfm(noteFont, p->device());
            const QString note = nfm.elidedText(r.note, Qt::ElideRight, span - P(4));
            const qreal nw = nfm.horizontalAdvance(note);
            const QRectF noteRect(lx, ay + P(4), span, P(10));
            p->fillRect(QRectF(noteRect.center().x() - nw / 2 - P(2), noteRect.top() + P(1), nw + P(4),
                            noteRect.height() - P(1)),
                i % 2 == 1 ? kStripe : QColor(Qt::white));
            p->setPen(kAttacker);
            p->drawText(noteRect, Qt::AlignCenter, note);
        }
    }

    // Legend.
    const qreal ly = rowsBottom + P(8) + P(LegendHeight) / 2;
    p->setFont(font(family, 6.8));
    qreal x = rect.left();
    auto legendArrow = [&](const QColor& c, qreal width, bool bang, const QString& text) {
        p->setPen(QPen(c, P(width)));
        p->drawLine(QPointF(x, ly), QPointF(x + P(22), ly));
        arrowHead(p, QPointF(x + P(26), ly), 1, P(5.5), c);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(QPointF(x, ly), P(bang ? 4 : 2.2), P(bang ? 4 : 2.2));
        p->setBrush(Qt::NoBrush);
        if (bang) {
            p->setPen(Qt::white);
            p->setFont(font(family, 5.5, true));
            p->drawText(QRectF(x - P(4), ly - P(4), P(8), P(8)), Qt::AlignCenter, QStringLiteral("!"));
            p->setFont(font(family, 6.8));
        }
        p->setPen(kInk);
        const qreal w = QFontMetricsF(p->font(), p->device()).horizontalAdvance(text);
        p->drawText(QRectF(x + P(32), ly - P(6), w + P(4), P(12)), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += P(32) + w + P(18);
    };
    legendArrow(kAttacker, 1.7, true, t(language, QT_TRANSLATE_NOOP("Report", "message from the attacker")));
    legendArrow(kInk, 1.1, false, t(language, QT_TRANSLATE_NOOP("Report", "message between the parties")));
    p->setPen(kMuted);
    p->drawText(QRectF(x, ly - P(6), rect.right() - x, P(12)), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(p->font(), p->device())
            .elidedText(
                t(language, QT_TRANSLATE_NOOP("Report", "#n message number · +time since the previous message")),
                Qt::ElideRight, rect.right() - x));
    p->restore();
}

TimelineTextObject::TimelineTextObject(
    QList<TimelineFigure> figures, qreal widthPt, qreal unitsPerPoint, QString fontFamily, QObject* parent)
    : QObject(parent)
    , m_figures(std::move(figures))
    , m_widthPt(widthPt)
    , m_unitsPerPoint(unitsPerPoint)
    , m_fontFamily(std::move(fontFamily))
{
}

QSizeF TimelineTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const int i = format.property(FigureProperty).toInt();
    if (i < 0 || i >= m_figures.size())
        return {};
    return QSizeF(m_widthPt * m_unitsPerPoint, m_figures[i].heightPt() * m_unitsPerPoint);
}

void TimelineTextObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const int i = format.property(FigureProperty).toInt();
    if (i < 0 || i >= m_figures.size())
        return;
    m_figures[i].paint(painter, rect, m_unitsPerPoint, m_fontFamily);
}

qreal TimelineFigure::naturalWidthPt() const
{
    // 74 pt of times, then at least 105 pt a lane: the width of A4 between the report's margins
    // for up to four lanes.
    return std::max<qreal>(515, 74 + 105 * lanes.size());
}

bool TimelineFigure::writeImage(const QString& path, const QString& title, QString* error) const
{
    using ReportTexts::t;
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (rows.isEmpty())
        return fail(t(language, QT_TRANSLATE_NOOP("Report", "The case has no message to draw.")));
    if (rows.size() > (svg ? MaxSvgRows : MaxPngRows))
        return fail(t(language,
            QT_TRANSLATE_NOOP("Report",
                "The timeline has %1 messages, more than one image can hold (%2): export the PDF report, "
                "which splits the figure over pages."))
                        .arg(rows.size())
                        .arg(svg ? MaxSvgRows : MaxPngRows));
    QString fontError;
    const ReportFonts::Families fonts = ReportFonts::load(&fontError);
    if (fonts.sans.isEmpty())
        return fail(fontError);
    const QSizeF size = imageSizePt();
    const QRectF figureRect(ImageMargin, ImageMargin, naturalWidthPt(), heightPt());
    const QString cannotWrite
        = t(language, QT_TRANSLATE_NOOP("Report", "Could not write %1: check that the folder exists and is writable."))
              .arg(path);
    if (svg) {
        // One SVG unit a point: the painter works in points at 72 dpi.
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setResolution(72);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(t(language, QT_TRANSLATE_NOOP("Report", "Case timeline exported by MailTriage")));
        QPainter p;
        if (!p.begin(&generator))
            return fail(cannotWrite);
        p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        paint(&p, figureRect, 1, fonts.sans);
        if (!p.end() || !QFile::exists(path))
            return fail(cannotWrite);
        return true;
    }
    // Two pixels a point (144 dpi) for a sharp image, down to one for long figures.
    const qreal scale = std::clamp(32000 / size.height(), 1.0, 2.0);
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return fail(cannotWrite);
    // The fonts are sized in points: the image's resolution makes a point `scale` pixels.
    const int dotsPerMeter = qRound(72 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paint(&p, QRectF(figureRect.topLeft() * scale, figureRect.size() * scale), scale, fonts.sans);
    }
    if (!image.save(path, "PNG"))
        return fail(cannotWrite);
    return true;
}

} // namespace MailTriage
