// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

#include "uicolors.h"
#include "uitext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace MailTriage {

namespace {
    constexpr qreal kClusterPixels = 3.0; ///< below this row height, items are drawn in clusters
    constexpr qint64 kLongGapSeconds = 12 * 3600; ///< gaps drawn as a separator line

    QColor withAlpha(QColor c, int alpha)
    {
        c.setAlpha(alpha);
        return c;
    }

    QString signalTitles(const QStringList& ids)
    {
        QStringList titles;
        for (const QString& id : ids)
            titles << UiText::signalTitle(id);
        return titles.join(QStringLiteral(" · "));
    }
} // namespace

TimelinePainter::TimelinePainter()
    : m_style(defaultStyle())
{
    updateLayout();
}

TimelinePainter::Style TimelinePainter::defaultStyle()
{
    const QPalette pal = QGuiApplication::palette();
    Style s;
    s.font = QGuiApplication::font();
    s.background = pal.color(QPalette::Base);
    s.text = pal.color(QPalette::Text);
    s.muted = UiColors::mutedForeground();
    s.grid = pal.color(QPalette::Mid);
    s.selection = withAlpha(pal.color(QPalette::Highlight), 70);
    s.attacker = UiColors::attacker();
    s.unknown = UiColors::unknown();
    s.attackerLaneTint = withAlpha(UiColors::attacker(), UiColors::isDark() ? 40 : 22);
    for (int i = 0; i < 6; ++i)
        s.parties << UiColors::party(i);
    return s;
}

void TimelinePainter::setStyle(const Style& style)
{
    m_style = style;
    updateLayout();
}

void TimelinePainter::updateLayout()
{
    const QFontMetricsF fm(m_style.font);
    m_timeWidth = std::ceil(fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    // Lanes as wide as their titles need (within bounds), leaving room for the message column.
    qreal widest = fm.horizontalAdvance(tr("attacker"));
    for (const TimelineLane& l : std::as_const(m_lanes))
        widest = std::max(widest, fm.horizontalAdvance(UiText::visible(l.title)));
    const qreal n = std::max<qsizetype>(m_lanes.size(), 1);
    const qreal wanted = std::clamp(widest + 28, 90.0, 230.0);
    const qreal fit = (m_width - m_timeWidth - 420) / n;
    m_laneWidth = std::clamp(std::min(wanted, fit), 84.0, 230.0);
}

void TimelinePainter::clear()
{
    m_lanes.clear();
    m_items.clear();
    m_selected = -1;
    updateLayout();
}

void TimelinePainter::setData(QList<TimelineLane> lanes, QList<TimelineItem> items)
{
    m_lanes = std::move(lanes);
    m_items = std::move(items);
    m_selected = -1;
    updateLayout();
}

void TimelinePainter::setAnalysis(const CaseAnalysis& a)
{
    QList<TimelineLane> lanes;
    QHash<QString, int> laneOf;
    int partyLanes = 0;
    for (const Party& p : a.parties) {
        if (p.role == QLatin1String("attacker") || p.label == QLatin1String("X") || p.label == QLatin1String("?")
            || laneOf.contains(p.label))
            continue;
        laneOf.insert(p.label, int(lanes.size()));
        lanes.append({ p.label, p.name, QStringLiteral("party"), partyLanes++ });
    }
    bool unknownUsed = false;
    QStringList extra;
    for (const TimelineEvent& e : a.timeline) {
        QStringList labels = e.partyTo;
        labels << e.partyFrom;
        for (const QString& l : std::as_const(labels)) {
            if (l == QLatin1String("?"))
                unknownUsed = true;
            else if (l != QLatin1String("X") && !l.isEmpty() && !laneOf.contains(l) && !extra.contains(l))
                extra << l;
        }
    }
    for (const QString& l : std::as_const(extra)) {
        laneOf.insert(l, int(lanes.size()));
        lanes.append({ l, QString(), QStringLiteral("party"), partyLanes++ });
    }
    laneOf.insert(QStringLiteral("X"), int(lanes.size()));
    lanes.append({ QStringLiteral("X"), tr("attacker"), QStringLiteral("attacker"), 0 });
    if (unknownUsed) {
        laneOf.insert(QStringLiteral("?"), int(lanes.size()));
        lanes.append({ QStringLiteral("?"), tr("unknown"), QStringLiteral("unknown"), 0 });
    }

    QList<TimelineItem> items;
    items.reserve(a.timeline.size());
    for (const TimelineEvent& e : a.timeline) {
        TimelineItem it;
        it.caseMessage = e.message;
        it.date = e.date;
        it.fromLane = laneOf.value(e.partyFrom.isEmpty() ? QStringLiteral("?") : e.partyFrom, -1);
        for (const QString& l : e.partyTo) {
            const int lane = laneOf.value(l, -1);
            if (lane >= 0 && !it.toLanes.contains(lane))
                it.toLanes << lane;
        }
        it.attacker = e.actor == QLatin1String("attacker") || e.partyFrom == QLatin1String("X");
        it.sender = e.from.name.isEmpty() ? e.from.address : e.from.name;
        if (e.message >= 0 && e.message < a.messages.size())
            it.summary = a.messages[e.message].message.subject;
        else
            it.summary = e.summary;
        it.signalIds = e.signals;
        it.gapSeconds = e.gapSeconds;
        items.append(it);
    }
    setData(std::move(lanes), std::move(items));
}

void TimelinePainter::setRowHeight(qreal h)
{
    m_rowHeight = std::clamp(h, MinRowHeight, MaxRowHeight);
}

qreal TimelinePainter::lineHeight() const
{
    return QFontMetricsF(m_style.font).height();
}

qreal TimelinePainter::fullRowHeight() const
{
    return std::ceil(2 * lineHeight() + 12);
}

void TimelinePainter::setWidth(qreal width)
{
    m_width = std::max<qreal>(width, 200);
    updateLayout();
}

TimelinePainter::Detail TimelinePainter::detail() const
{
    if (m_rowHeight >= fullRowHeight())
        return Detail::Full;
    if (m_rowHeight >= lineHeight() + 4)
        return Detail::Line;
    if (m_rowHeight >= kClusterPixels)
        return Detail::Compact;
    return Detail::Cluster;
}

qreal TimelinePainter::headerHeight() const
{
    return std::ceil(2 * lineHeight() + 18);
}

qreal TimelinePainter::timeColumnWidth() const
{
    return m_timeWidth;
}

qreal TimelinePainter::laneWidth() const
{
    return m_laneWidth;
}

qreal TimelinePainter::laneCenter(int lane) const
{
    return timeColumnWidth() + (lane + 0.5) * laneWidth();
}

QRectF TimelinePainter::summaryColumn() const
{
    const qreal x = timeColumnWidth() + m_lanes.size() * laneWidth() + 12;
    const qreal w = std::max<qreal>(m_width - x - 8, 260);
    return QRectF(x, headerHeight(), w, m_items.size() * m_rowHeight);
}

QSizeF TimelinePainter::contentSize() const
{
    const QRectF s = summaryColumn();
    return QSizeF(std::max(m_width, s.right() + 8), headerHeight() + m_items.size() * m_rowHeight + 8);
}

QColor TimelinePainter::laneColor(int lane) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return m_style.unknown;
    const TimelineLane& l = m_lanes[lane];
    if (l.role == QLatin1String("attacker"))
        return m_style.attacker;
    if (l.role == QLatin1String("unknown") || m_style.parties.isEmpty())
        return m_style.unknown;
    return m_style.parties[l.colorIndex % m_style.parties.size()];
}

QColor TimelinePainter::itemColor(const TimelineItem& item) const
{
    return item.attacker ? m_style.attacker : laneColor(item.fromLane);
}

QString TimelinePainter::gapText(qint64 seconds) const
{
    if (seconds < 0)
        return QString();
    return tr("+%1").arg(UiText::duration(seconds));
}

QRectF TimelinePainter::itemRect(int i) const
{
    if (i < 0 || i >= m_items.size())
        return {};
    return QRectF(0, headerHeight() + i * m_rowHeight, contentSize().width(), m_rowHeight);
}

QPointF TimelinePainter::itemAnchor(int i) const
{
    if (i < 0 || i >= m_items.size())
        return {};
    const QRectF r = itemRect(i);
    return QPointF(laneCenter(std::max(0, m_items[i].fromLane)), r.center().y());
}

int TimelinePainter::itemAt(const QPointF& pos) const
{
    const qreal y = pos.y() - headerHeight();
    if (y < 0 || pos.x() < 0 || pos.x() > contentSize().width() || m_items.isEmpty())
        return -1;
    const qsizetype i = qsizetype(std::floor(y / m_rowHeight));
    return i < m_items.size() ? int(i) : -1;
}

int TimelinePainter::itemOfCaseMessage(int caseMessage) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].caseMessage == caseMessage)
            return i;
    }
    return -1;
}

void TimelinePainter::paintArrow(QPainter* p, const TimelineItem& item, qreal y, qreal width, bool emphasize) const
{
    const QColor color = itemColor(item);
    const qreal x0 = laneCenter(std::max(0, item.fromLane));
    const qreal head = std::clamp(m_rowHeight * 0.3, 0.0, 7.0);
    QPen pen(color, (item.attacker ? 2.6 : 1.6) * width);
    if (emphasize)
        pen.setWidthF(pen.widthF() + 1.2);
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(color);

    QList<qreal> left, right;
    bool self = item.toLanes.isEmpty();
    for (int t : item.toLanes) {
        if (t == item.fromLane)
            self = true;
        else if (laneCenter(t) < x0)
            left << laneCenter(t);
        else
            right << laneCenter(t);
    }
    auto headAt = [&](qreal x, qreal dir) {
        if (head < 2.5)
            return;
        QPainterPath path;
        path.moveTo(x, y);
        path.lineTo(x - dir * head * 1.6, y - head);
        path.lineTo(x - dir * head * 1.6, y + head);
        path.closeSubpath();
        p->setPen(Qt::NoPen);
        p->drawPath(path);
        p->setPen(pen);
    };
    if (!left.isEmpty()) {
        const qreal far = *std::min_element(left.cbegin(), left.cend());
        p->drawLine(QPointF(x0, y), QPointF(far + head, y));
        for (qreal x : std::as_const(left))
            headAt(x, -1);
    }
    if (!right.isEmpty()) {
        const qreal far = *std::max_element(right.cbegin(), right.cend());
        p->drawLine(QPointF(x0, y), QPointF(far - head, y));
        for (qreal x : std::as_const(right))
            headAt(x, 1);
    }
    if (self && left.isEmpty() && right.isEmpty()) {
        // Internal mail: a small loop on the sender's lifeline.
        const qreal w = std::min(laneWidth() * 0.28, 22.0);
        const qreal h = std::clamp(m_rowHeight * 0.22, 1.0, 7.0);
        QPainterPath loop;
        loop.moveTo(x0, y - h);
        loop.lineTo(x0 + w, y - h);
        loop.lineTo(x0 + w, y + h);
        loop.lineTo(x0 + head, y + h);
        p->setBrush(Qt::NoBrush);
        p->drawPath(loop);
        p->setBrush(color);
        if (head >= 2.5) {
            QPainterPath path;
            path.moveTo(x0, y + h);
            path.lineTo(x0 + head * 1.6, y + h - head);
            path.lineTo(x0 + head * 1.6, y + h + head);
            path.closeSubpath();
            p->setPen(Qt::NoPen);
            p->drawPath(path);
        }
    }
    const qreal r = std::clamp(m_rowHeight * 0.16, 1.0, 4.0) * (emphasize ? 1.3 : 1.0);
    p->setPen(Qt::NoPen);
    p->drawEllipse(QPointF(x0, y), r, r);
}

void TimelinePainter::paintHeader(QPainter* p, const QRectF& exposed) const
{
    const qreal hh = headerHeight();
    const qreal lh = lineHeight();
    const QRectF band(exposed.left(), 0, exposed.width(), hh);
    QColor bg = m_style.background;
    bg = UiColors::isDark() ? bg.lighter(125) : bg.darker(104);
    p->fillRect(band, bg);
    p->setPen(QPen(m_style.grid, 1));
    p->drawLine(QPointF(band.left(), hh - 0.5), QPointF(band.right(), hh - 0.5));

    QFont bold = m_style.font;
    bold.setBold(true);
    const QFontMetricsF fm(m_style.font);
    p->setFont(m_style.font);
    p->setPen(m_style.muted);
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    p->drawText(QRectF(8, 6, timeColumnWidth() - 12, lh), Qt::AlignLeft | Qt::AlignVCenter, tr("Local time"));
    p->drawText(QRectF(8, 6 + lh, timeColumnWidth() - 12, lh), Qt::AlignLeft | Qt::AlignVCenter, zone);

    const qreal lw = laneWidth();
    for (int i = 0; i < m_lanes.size(); ++i) {
        const TimelineLane& l = m_lanes[i];
        const QColor c = laneColor(i);
        const qreal x = timeColumnWidth() + i * lw;
        const QRectF badge(x + 6, 5, lw - 12, hh - 10);
        p->setPen(QPen(c, 1.2));
        p->setBrush(withAlpha(c, 28));
        p->drawRoundedRect(badge, 5, 5);
        p->setFont(bold);
        p->setPen(c);
        p->drawText(
            QRectF(badge.left(), badge.top() + 2, badge.width(), lh), Qt::AlignHCenter | Qt::AlignVCenter, l.label);
        p->setFont(m_style.font);
        p->setPen(m_style.text);
        QString title = l.title;
        if (l.role == QLatin1String("attacker"))
            title = tr("attacker");
        else if (l.role == QLatin1String("unknown"))
            title = tr("unknown");
        p->drawText(QRectF(badge.left() + 3, badge.top() + 2 + lh, badge.width() - 6, lh),
            Qt::AlignHCenter | Qt::AlignVCenter,
            fm.elidedText(UiText::visible(title), Qt::ElideMiddle, badge.width() - 8));
    }
    p->setPen(m_style.muted);
    const QRectF s = summaryColumn();
    p->drawText(QRectF(s.left(), 6, s.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, tr("Message"));
    p->drawText(QRectF(s.left(), 6 + lh, s.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%n message(s)", nullptr, int(m_items.size())));
}

void TimelinePainter::paint(QPainter* p, const QRectF& exposed) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(exposed, m_style.background);
    const qreal hh = headerHeight();
    const qreal bottom = hh + m_items.size() * m_rowHeight;
    const qreal lw = laneWidth();

    // Lane backgrounds and lifelines.
    for (int i = 0; i < m_lanes.size(); ++i) {
        const qreal x = timeColumnWidth() + i * lw;
        const QRectF col(x, hh, lw, bottom - hh);
        if (!col.intersects(exposed))
            continue;
        if (m_lanes[i].role == QLatin1String("attacker"))
            p->fillRect(col.intersected(exposed), m_style.attackerLaneTint);
        else if (i % 2 == 1)
            p->fillRect(col.intersected(exposed), withAlpha(m_style.grid, 22));
        QPen pen(withAlpha(laneColor(i), 110), 1, Qt::DashLine);
        p->setPen(pen);
        const qreal cx = x + lw / 2;
        p->drawLine(QPointF(cx, std::max(hh, exposed.top())), QPointF(cx, std::min(bottom, exposed.bottom())));
    }

    if (detail() == Detail::Cluster)
        paintClusters(p, exposed);
    else
        paintRows(p, exposed);

    if (exposed.top() < hh)
        paintHeader(p, exposed);
    p->restore();
}

void TimelinePainter::paintRows(QPainter* p, const QRectF& exposed) const
{
    const qsizetype n = m_items.size();
    if (n == 0)
        return;
    const qreal hh = headerHeight();
    const qreal rh = m_rowHeight;
    const qreal lh = lineHeight();
    const Detail d = detail();
    const qsizetype first = std::clamp<qsizetype>(qsizetype(std::floor((exposed.top() - hh) / rh)), 0, n - 1);
    const qsizetype last = std::clamp<qsizetype>(qsizetype(std::floor((exposed.bottom() - hh) / rh)), 0, n - 1);
    const QFontMetricsF fm(m_style.font);
    QFont bold = m_style.font;
    bold.setBold(true);
    QFont small = m_style.font;
    small.setPointSizeF(std::max(6.0, m_style.font.pointSizeF() * 0.88));
    const QFontMetricsF fmSmall(small);
    const QRectF summary = summaryColumn();
    const qreal lanesRight = timeColumnWidth() + m_lanes.size() * laneWidth();
    // Compact rows: a time label every `step` rows, so labels never overlap.
    const qsizetype step = d == Detail::Compact ? std::max<qsizetype>(1, qsizetype(std::ceil((lh + 2) / rh))) : 1;

    for (qsizetype i = first; i <= last; ++i) {
        const TimelineItem& it = m_items[i];
        const qreal y0 = hh + i * rh;
        const qreal ym = y0 + rh / 2;
        if (i == m_selected)
            p->fillRect(QRectF(exposed.left(), y0, exposed.width(), rh), m_style.selection);
        if (it.gapSeconds >= kLongGapSeconds && i > 0) {
            p->setPen(QPen(withAlpha(m_style.muted, 150), 1, Qt::DotLine));
            p->drawLine(QPointF(timeColumnWidth(), y0), QPointF(lanesRight, y0));
        }
        paintArrow(p, it, ym, d == Detail::Compact ? 0.8 : 1.0, i == m_selected);

        if (d == Detail::Full) {
            p->setFont(m_style.font);
            p->setPen(m_style.text);
            const QRectF line1(8, ym - lh, timeColumnWidth() - 12, lh);
            const QRectF line2(8, ym, timeColumnWidth() - 12, lh);
            p->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter,
                it.date.isValid() ? it.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QStringLiteral("—"));
            if (it.gapSeconds > 0) {
                p->setFont(small);
                p->setPen(it.gapSeconds >= kLongGapSeconds ? m_style.text : m_style.muted);
                p->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, gapText(it.gapSeconds));
            }
            const QString head = it.sender.isEmpty()
                ? UiText::visible(it.summary)
                : UiText::visible(it.sender) + QStringLiteral(": ") + UiText::visible(it.summary);
            p->setFont(it.attacker ? bold : m_style.font);
            p->setPen(it.attacker ? m_style.attacker : m_style.text);
            const QFontMetricsF& fmHead = it.attacker ? QFontMetricsF(bold) : fm;
            p->drawText(QRectF(summary.left(), ym - lh, summary.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                fmHead.elidedText(head, Qt::ElideRight, summary.width()));
            if (!it.signalIds.isEmpty()) {
                p->setFont(small);
                p->setPen(it.attacker ? m_style.attacker : m_style.muted);
                p->drawText(QRectF(summary.left(), ym, summary.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                    fmSmall.elidedText(signalTitles(it.signalIds), Qt::ElideRight, summary.width()));
            }
        } else if (d == Detail::Line) {
            p->setFont(m_style.font);
            p->setPen(m_style.text);
            p->drawText(QRectF(8, y0, timeColumnWidth() - 12, rh), Qt::AlignLeft | Qt::AlignVCenter,
                it.date.isValid() ? it.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QStringLiteral("—"));
            p->setFont(it.attacker ? bold : m_style.font);
            p->setPen(it.attacker ? m_style.attacker : m_style.text);
            QString text = UiText::visible(it.summary);
            if (!it.signalIds.isEmpty())
                text += QStringLiteral("  [") + QString::number(it.signalIds.size()) + QStringLiteral("]");
            p->drawText(QRectF(summary.left(), y0, summary.width(), rh), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(text, Qt::ElideRight, summary.width()));
        } else if (i % step == 0) {
            p->setFont(small);
            p->setPen(m_style.muted);
            p->drawText(QRectF(8, ym - lh / 2, timeColumnWidth() - 12, lh), Qt::AlignLeft | Qt::AlignVCenter,
                it.date.isValid() ? it.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QStringLiteral("—"));
            if (it.attacker) {
                p->setPen(m_style.attacker);
                p->drawText(QRectF(summary.left(), ym - lh / 2, summary.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                    fmSmall.elidedText(UiText::visible(it.summary), Qt::ElideRight, summary.width()));
            }
        }
    }
}

void TimelinePainter::paintClusters(QPainter* p, const QRectF& exposed) const
{
    const qsizetype n = m_items.size();
    if (n == 0)
        return;
    const qreal hh = headerHeight();
    const qreal rh = m_rowHeight;
    const qreal lh = lineHeight();
    const qsizetype perBucket = std::max<qsizetype>(1, qsizetype(std::ceil(kClusterPixels / rh)));
    const qreal bucketH = perBucket * rh;
    const qsizetype buckets = (n + perBucket - 1) / perBucket;
    const qsizetype firstB
        = std::clamp<qsizetype>(qsizetype(std::floor((exposed.top() - hh) / bucketH)), 0, buckets - 1);
    const qsizetype lastB
        = std::clamp<qsizetype>(qsizetype(std::floor((exposed.bottom() - hh) / bucketH)), 0, buckets - 1);
    // Labels every `labelEvery` buckets, each telling how many messages its group holds.
    const qsizetype labelEvery = std::max<qsizetype>(1, qsizetype(std::ceil((lh + 4) / bucketH)));
    QFont small = m_style.font;
    small.setPointSizeF(std::max(6.0, m_style.font.pointSizeF() * 0.88));
    const QFontMetricsF fmSmall(small);
    const QRectF summary = summaryColumn();

    struct Combo {
        int from;
        quint64 to;
        bool attacker;
        bool operator==(const Combo&) const = default;
    };
    const qsizetype groupStart = firstB - firstB % labelEvery;
    for (qsizetype b = groupStart; b <= lastB; ++b) {
        const qsizetype i0 = b * perBucket;
        const qsizetype i1 = std::min(n, i0 + perBucket);
        const qreal ym = hh + (i0 + (i1 - i0) / 2.0) * rh;
        if (b >= firstB) {
            QList<Combo> combos;
            QList<qsizetype> examples;
            for (qsizetype i = i0; i < i1; ++i) {
                const TimelineItem& it = m_items[i];
                quint64 mask = 0;
                for (int t : it.toLanes)
                    mask |= t < 64 ? (quint64(1) << t) : 0;
                const Combo c { it.fromLane, mask, it.attacker };
                if (!combos.contains(c)) {
                    combos << c;
                    examples << i;
                }
            }
            // Party traffic first, attacker arrows on top.
            for (int pass = 0; pass < 2; ++pass) {
                for (qsizetype k = 0; k < combos.size(); ++k) {
                    if (combos[k].attacker != (pass == 1))
                        continue;
                    paintArrow(p, m_items[examples[k]], ym, 0.9, false);
                }
            }
        }
        if (b % labelEvery == 0) {
            const qsizetype g1 = std::min(n, (b + labelEvery) * perBucket);
            int attackers = 0;
            for (qsizetype i = i0; i < g1; ++i)
                attackers += m_items[i].attacker ? 1 : 0;
            const qreal y = hh + i0 * rh;
            const TimelineItem& first = m_items[i0];
            p->setFont(small);
            p->setPen(m_style.muted);
            p->drawText(QRectF(8, y, timeColumnWidth() - 12, lh), Qt::AlignLeft | Qt::AlignTop,
                first.date.isValid() ? first.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QStringLiteral("—"));
            QString text = tr("%n message(s)", nullptr, int(g1 - i0));
            if (attackers > 0) {
                text += QStringLiteral(", ") + tr("%n from the attacker", nullptr, attackers);
                p->setPen(m_style.attacker);
            }
            p->drawText(QRectF(summary.left(), y, summary.width(), lh), Qt::AlignLeft | Qt::AlignTop,
                fmSmall.elidedText(text, Qt::ElideRight, summary.width()));
        }
    }
}

} // namespace MailTriage
