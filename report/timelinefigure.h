// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QTextObjectInterface>

class QPainter;

namespace MailTriage {

/// @brief The timeline figure of the report (the reports' Fig. 2/3): one lane per party and one for
/// the attacker, one row per message in true time order, an arrow from the sender's lane to the
/// recipients' lanes, the attacker's messages in a warning colour, the time since the previous
/// message beside each row. Painted with QPainter, so it stays vector in the PDF.
class TimelineFigure {
public:
    struct Lane {
        QString label; ///< "A", "B", "X", "?"
        QString title; ///< "Company A" / "A社" / "Attacker" / "攻撃者"
        bool attacker = false;
    };
    struct Row {
        int number = 0; ///< the message number used in the whole report (#8)
        QString time; ///< "07-31 11:09" in the figure's time zone
        QString gap; ///< "+1 h 31 min"
        int from = -1; ///< lane index
        QList<int> to; ///< lane indexes
        QString label; ///< "#8 RE: Shipping documents"
        QString note; ///< attacker rows: "posing as Company A · SPF failed · …"
        bool attacker = false;
    };

    QList<Lane> lanes;
    QList<Row> rows;
    QString timeZone; ///< "UTC+09:00"
    ReportLanguage language = ReportLanguage::English;

    static constexpr qreal RowHeight = 37; ///< points
    static constexpr qreal HeaderHeight = 40;
    static constexpr qreal LegendHeight = 24;

    /// The figure of a whole case, its texts anonymized by @p anonymizer. Times are shown in the
    /// offset of the case's first message.
    static TimelineFigure build(const CaseAnalysis& analysis, const Anonymizer& anonymizer, ReportLanguage language);

    /// The figure cut into parts of at most @p maxRows rows (the lanes repeat on every part).
    QList<TimelineFigure> split(int maxRows) const;

    qreal heightPt() const { return HeaderHeight + RowHeight * rows.size() + 8 + LegendHeight; }

    /// Paints into @p rect (device units) of @p painter; @p unitsPerPoint converts points to them.
    void paint(QPainter* painter, const QRectF& rect, qreal unitsPerPoint, const QString& fontFamily) const;
};

/// @brief Puts TimelineFigure parts into a QTextDocument as inline objects (vector in a PDF).
class TimelineTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;
    static constexpr int FigureProperty = QTextFormat::UserProperty + 1;

    TimelineTextObject(QList<TimelineFigure> figures, qreal widthPt, qreal unitsPerPoint, QString fontFamily,
        QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
        const QTextFormat& format) override;

private:
    QList<TimelineFigure> m_figures;
    qreal m_widthPt;
    qreal m_unitsPerPoint;
    QString m_fontFamily;
};

} // namespace MailTriage
