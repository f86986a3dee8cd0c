// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepainter.h"

#include <QImage>
#include <QString>

namespace MailTriage::TimelineExport {

/// Row height used for an exported figure: the painter's own, reduced so that the whole figure
/// stays within @p maxHeight pixels (large cases then export at a clustered level of detail).
qreal exportRowHeight(const TimelinePainter& painter, qreal maxHeight);

/// The whole figure as an image (device pixel ratio @p scale), at most about @p maxHeight
/// logical pixels tall.
QImage toImage(TimelinePainter painter, qreal scale = 2.0, qreal maxHeight = 12000);

bool toPng(const TimelinePainter& painter, const QString& path, QString* error = nullptr);
bool toSvg(TimelinePainter painter, const QString& path, const QString& title, QString* error = nullptr);

} // namespace MailTriage::TimelineExport
