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

    /// The width the whole figure is drawn at on its own: an A4 column, wider when many lanes
    /// would squeeze the labels (points).
    qreal naturalWidthPt() const;
    /// The size of the image writeImage() draws: the figure at its natural width with a margin
    /// around it (points).
    QSizeF imageSizePt() const { return { naturalWidthPt() + 2 * ImageMargin, heightPt() + 2 * ImageMargin }; }
    static constexpr qreal ImageMargin = 12; ///< points

    /// The most rows one image file holds: a PNG stays under 32,000 pixels high at one pixel a
    /// point (viewers and Qt's raster engine refuse taller images); an SVG of more would be
    /// tens of megabytes nobody can open. Larger cases: the PDF report, which splits the figure.
    static constexpr int MaxPngRows = 860;
    static constexpr int MaxSvgRows = 5000;

    /// Writes the whole figure (not split) to @p path, the format following the suffix: ".svg" a
    /// vector image whose texts stay text, anything else a PNG at two pixels a point (fewer for
    /// long figures, never under one). The fonts are the report's (ReportFonts::load; needs a
    /// QGuiApplication). @p title goes into the SVG's metadata. False and @p error when the
    /// fonts cannot be loaded, the figure has too many rows or the file cannot be written.
    bool writeImage(const QString& path, const QString& title, QString* error = nullptr) const;
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
