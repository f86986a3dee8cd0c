// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "uitext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace MailTriage {

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_painter.setStyle(TimelinePainter::defaultStyle());
    m_painter.setRowHeight(m_painter.fullRowHeight());
}

void TimelineView::setAnalysis(const CaseAnalysis& analysis)
{
    m_painter.setAnalysis(analysis);
    updateGeometryOfContent();
    viewport()->update();
}

void TimelineView::setData(QList<TimelineLane> lanes, QList<TimelineItem> items)
{
    m_painter.setData(std::move(lanes), std::move(items));
    updateGeometryOfContent();
    viewport()->update();
}

void TimelineView::clear()
{
    m_painter.clear();
    updateGeometryOfContent();
    viewport()->update();
}

void TimelineView::setRowHeight(qreal h)
{
    m_painter.setRowHeight(h);
    updateGeometryOfContent();
    viewport()->update();
    Q_EMIT zoomChanged(m_painter.rowHeight());
}

void TimelineView::updateGeometryOfContent()
{
    m_painter.setWidth(viewport()->width());
    const QSizeF size = m_painter.contentSize();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(std::max(1, int(m_painter.rowHeight())));
}

QPointF TimelineView::toContent(const QPoint& viewportPos) const
{
    return QPointF(viewportPos.x() + horizontalScrollBar()->value(), viewportPos.y() + verticalScrollBar()->value());
}

QPoint TimelineView::viewportPointOfItem(int item) const
{
    const QPointF a = m_painter.itemAnchor(item);
    return QPoint(int(a.x()) - horizontalScrollBar()->value(), int(a.y()) - verticalScrollBar()->value());
}

void TimelineView::ensureItemVisible(int item)
{
    const QRectF r = m_painter.itemRect(item);
    if (r.isNull())
        return;
    const int top = int(r.top() - m_painter.headerHeight());
    const int bottom = int(r.bottom()) - viewport()->height();
    const int v = verticalScrollBar()->value();
    if (top < v)
        verticalScrollBar()->setValue(top - int(m_painter.rowHeight()));
    else if (bottom > v)
        verticalScrollBar()->setValue(bottom + int(m_painter.rowHeight()));
}

void TimelineView::selectCaseMessage(int caseMessage)
{
    const int item = m_painter.itemOfCaseMessage(caseMessage);
    m_painter.setSelectedItem(item);
    if (item >= 0)
        ensureItemVisible(item);
    viewport()->update();
}

void TimelineView::zoomBy(qreal factor, const QPoint& anchor)
{
    const qreal old = m_painter.rowHeight();
    const qreal hh = m_painter.headerHeight();
    // Keep the row under the anchor where it is.
    const qreal contentY = anchor.y() + verticalScrollBar()->value() - hh;
    const qreal row = contentY / old;
    m_painter.setRowHeight(old * factor);
    updateGeometryOfContent();
    verticalScrollBar()->setValue(int(row * m_painter.rowHeight() + hh - anchor.y()));
    viewport()->update();
    Q_EMIT zoomChanged(m_painter.rowHeight());
}

void TimelineView::zoomIn()
{
    zoomBy(1.25, QPoint(0, viewport()->height() / 2));
}

void TimelineView::zoomOut()
{
    zoomBy(0.8, QPoint(0, viewport()->height() / 2));
}

void TimelineView::zoomToFit()
{
    const int n = std::max(1, m_painter.itemCount());
    setRowHeight((viewport()->height() - m_painter.headerHeight() - 10) / n);
    verticalScrollBar()->setValue(0);
}

void TimelineView::resetZoom()
{
    setRowHeight(m_painter.fullRowHeight());
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(viewport());
    const int h = horizontalScrollBar()->value();
    const int v = verticalScrollBar()->value();
    const QRectF exposed(h, v, viewport()->width(), viewport()->height());
    p.translate(-h, -v);
    m_painter.paint(&p, exposed);
    // The lane header stays on top while scrolling.
    p.resetTransform();
    p.translate(-h, 0);
    p.setRenderHint(QPainter::Antialiasing, true);
    m_painter.paintHeader(&p, QRectF(h, 0, viewport()->width(), m_painter.headerHeight()));
    if (m_painter.itemCount() == 0) {
        p.resetTransform();
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(0, int(m_painter.headerHeight()), 0, 0), Qt::AlignCenter,
            tr("The timeline appears once the case has messages and has been analysed."));
    }
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryOfContent();
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.2, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::activateItem(int item)
{
    if (item < 0 || item >= m_painter.itemCount())
        return;
    m_painter.setSelectedItem(item);
    viewport()->update();
    Q_EMIT caseMessageActivated(m_painter.items()[item].caseMessage);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && event->position().y() >= m_painter.headerHeight()) {
        activateItem(m_painter.itemAt(toContent(event->position().toPoint())));
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const int item = event->position().y() >= m_painter.headerHeight()
        ? m_painter.itemAt(toContent(event->position().toPoint()))
        : -1;
    viewport()->setCursor(item >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int item = help->pos().y() >= m_painter.headerHeight() ? m_painter.itemAt(toContent(help->pos())) : -1;
        if (item < 0) {
            QToolTip::hideText();
            return true;
        }
        const TimelineItem& it = m_painter.items()[item];
        QString tip = QStringLiteral("%1\n%2\n%3")
                          .arg(UiText::localDateTime(it.date), UiText::visible(it.sender), UiText::visible(it.summary));
        if (it.gapSeconds >= 0)
            tip += QLatin1Char('\n') + tr("%1 after the previous message").arg(UiText::duration(it.gapSeconds));
        for (const QString& s : it.signalIds)
            tip += QStringLiteral("\n• ") + UiText::signalTitle(s);
        QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const int n = m_painter.itemCount();
    int sel = m_painter.selectedItem();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (n == 0)
            break;
        sel = std::clamp(sel + (event->key() == Qt::Key_Down ? 1 : -1), 0, n - 1);
        m_painter.setSelectedItem(sel);
        ensureItemVisible(sel);
        viewport()->update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateItem(sel);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        TimelinePainter::Style style = TimelinePainter::defaultStyle();
        style.font = font();
        m_painter.setStyle(style);
        updateGeometryOfContent();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace MailTriage
