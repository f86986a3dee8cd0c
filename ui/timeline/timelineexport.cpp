// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

namespace MailTriage::TimelineExport {

qreal exportRowHeight(const TimelinePainter& painter, qreal maxHeight)
{
    const qreal rows = std::max(1, painter.itemCount());
    const qreal fit = (maxHeight - painter.headerHeight() - 8) / rows;
    return std::min(painter.rowHeight(), std::max(fit, TimelinePainter::MinRowHeight));
}

QImage toImage(TimelinePainter painter, qreal scale, qreal maxHeight)
{
    painter.setSelectedItem(-1);
    painter.setRowHeight(exportRowHeight(painter, maxHeight));
    const QSizeF size = painter.contentSize();
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(painter.style().background);
    QPainter p(&image);
    painter.paint(&p, QRectF(QPointF(0, 0), size));
    p.end();
    return image;
}

bool toPng(const TimelinePainter& painter, const QString& path, QString* error)
{
    const QImage image = toImage(painter);
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("TimelinePainter", "Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool toSvg(TimelinePainter painter, const QString& path, const QString& title, QString* error)
{
    painter.setSelectedItem(-1);
    // SVG viewers choke on huge documents too; keep the same bound as PNG.
    painter.setRowHeight(exportRowHeight(painter, 12000));
    const QSizeF size = painter.contentSize();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QCoreApplication::translate("TimelinePainter", "Case timeline exported by MailTriage"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = QCoreApplication::translate("TimelinePainter", "Could not write %1.").arg(path);
        return false;
    }
    painter.paint(&p, QRectF(QPointF(0, 0), size));
    p.end();
    return true;
}

} // namespace MailTriage::TimelineExport
