// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

namespace MailTriage {

/// @brief One swimlane: a party of the case, the attacker (X) or unknown senders (?).
struct TimelineLane {
    QString label; ///< "A", "B", "X", "?"
    QString title; ///< organisation name, "attacker", "unknown"
    QString role; ///< "party", "attacker", "unknown"
    int colorIndex = 0; ///< party colour for party lanes
};

/// @brief One message of the figure: an arrow from the sender's lane to the recipients' lanes.
struct TimelineItem {
    int caseMessage = -1; ///< index in CaseAnalysis::messages
    QDateTime date; ///< invalid when unknown
    int fromLane = -1;
    QList<int> toLanes; ///< distinct; may hold fromLane (internal mail)
    bool attacker = false;
    QString sender; ///< display name or address
    QString summary; ///< subject
    QStringList signalIds;
    qint64 gapSeconds = -1; ///< since the previous item, -1 for the first
};

/// @brief Lays out and paints the case timeline as a sequence diagram: one vertical lifeline per
/// lane (party A, party B, ..., attacker X, unknown ?), messages as horizontal arrows in time
/// order from top to bottom, attacker messages in the warning colour, time gaps labelled. Paints
/// on any QPainter (widget, QImage, QSvgGenerator, QPdfWriter) in content coordinates, and only
/// what intersects the exposed rectangle, so 10,000 messages stay fast. The level of detail
/// follows the row height (the zoom): full rows with subject and signals, single lines, arrows
/// with every n-th time label, or clusters of messages per few pixels with counts.
class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    enum class Detail { Full, Line, Compact, Cluster };

    struct Style {
        QFont font;
        QColor background;
        QColor text;
        QColor muted;
        QColor grid;
        QColor selection;
        QColor attacker;
        QColor unknown;
        QColor attackerLaneTint;
        QList<QColor> parties;
    };

    TimelinePainter();

    /// The workbench's colours for the current palette (UiColors) and the application font.
    static Style defaultStyle();
    void setStyle(const Style& style);
    const Style& style() const { return m_style; }

    /// Takes the lanes and events of @p analysis.
    void setAnalysis(const CaseAnalysis& analysis);
    void setData(QList<TimelineLane> lanes, QList<TimelineItem> items);
    void clear();
    const QList<TimelineLane>& lanes() const { return m_lanes; }
    const QList<TimelineItem>& items() const { return m_items; }
    int itemCount() const { return int(m_items.size()); }

    static constexpr qreal MinRowHeight = 0.02;
    static constexpr qreal MaxRowHeight = 160;
    void setRowHeight(qreal h); ///< clamped to [MinRowHeight, MaxRowHeight]
    qreal rowHeight() const { return m_rowHeight; }
    /// The row height at which every row shows its subject and signals.
    qreal fullRowHeight() const;
    /// Width the figure may use; lanes and the summary column share it.
    void setWidth(qreal width);
    Detail detail() const;

    QSizeF contentSize() const;
    qreal headerHeight() const;
    qreal timeColumnWidth() const;
    qreal laneWidth() const;
    qreal laneCenter(int lane) const;
    QRectF summaryColumn() const;

    /// Paints the part of the figure within @p exposed (content coordinates), header included
    /// when @p exposed reaches it.
    void paint(QPainter* painter, const QRectF& exposed) const;
    /// Paints the lane header at the top of the painter's current coordinates (sticky header).
    void paintHeader(QPainter* painter, const QRectF& exposed) const;

    /// The item under @p pos (content coordinates), -1 when none.
    int itemAt(const QPointF& pos) const;
    /// The row band of item @p i (content coordinates).
    QRectF itemRect(int i) const;
    /// Where item @p i's arrow starts (content coordinates).
    QPointF itemAnchor(int i) const;
    int itemOfCaseMessage(int caseMessage) const;
    void setSelectedItem(int i) { m_selected = i; }
    int selectedItem() const { return m_selected; }

    QString gapText(qint64 seconds) const;

private:
    QColor laneColor(int lane) const;
    QColor itemColor(const TimelineItem& item) const;
    void paintArrow(QPainter* p, const TimelineItem& item, qreal y, qreal width, bool emphasize) const;
    void paintRows(QPainter* p, const QRectF& exposed) const;
    void paintClusters(QPainter* p, const QRectF& exposed) const;
    qreal lineHeight() const;
    void updateLayout();

    Style m_style;
    QList<TimelineLane> m_lanes;
    QList<TimelineItem> m_items;
    qreal m_rowHeight = 40;
    qreal m_width = 1000;
    qreal m_laneWidth = 120; ///< from the lane titles and the width (updateLayout())
    qreal m_timeWidth = 140;
    int m_selected = -1;
};

} // namespace MailTriage
