// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepainter.h"

#include <QAbstractScrollArea>

namespace MailTriage {

/// @brief The timeline as a scrollable, zoomable widget over TimelinePainter: Ctrl+wheel or
/// +/- zoom around the pointer, the lane header stays on top, a click opens the message.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setAnalysis(const CaseAnalysis& analysis);
    void setData(QList<TimelineLane> lanes, QList<TimelineItem> items);
    void clear();
    const TimelinePainter& painter() const { return m_painter; }

    void setRowHeight(qreal h);
    qreal rowHeight() const { return m_painter.rowHeight(); }
    /// Selects the item of case message @p caseMessage and scrolls it into view.
    void selectCaseMessage(int caseMessage);
    /// Where item @p item's arrow starts, in viewport coordinates (tests click there).
    QPoint viewportPointOfItem(int item) const;
    void ensureItemVisible(int item);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

Q_SIGNALS:
    void caseMessageActivated(int caseMessage);
    void zoomChanged(qreal rowHeight);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void updateGeometryOfContent();
    void zoomBy(qreal factor, const QPoint& anchor);
    QPointF toContent(const QPoint& viewportPos) const;
    void activateItem(int item);

    TimelinePainter m_painter;
};

} // namespace MailTriage
