// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace MailTriage::DateParser {

/// Parses an RFC 5322 date and the broken forms real mail carries: missing day name or seconds,
/// two-digit years, named and military zones, "+09:00" offsets, ISO 8601, asctime
/// ("Thu Aug  1 10:00:00 2019"), month before day, dots instead of colons, trailing comments.
/// Returns a QDateTime with its offset from UTC kept (Qt::OffsetFromUTC), invalid when unreadable.
/// A missing zone is read as UTC and reported through @p zoneMissing.
QDateTime parse(QByteArrayView text, bool* zoneMissing = nullptr);

/// ISO 8601 with offset ("2019-07-31T04:38:51+01:00"), the form every JSON output uses.
QString toIso(const QDateTime& dt);

} // namespace MailTriage::DateParser
