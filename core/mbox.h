// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace MailTriage::Mbox {

/// @brief Where one message of an mbox file lies (without its "From " separator line).
struct Range {
    qint64 offset = 0;
    qint64 length = 0;
};

/// True when the data starts like an mbox ("From " + sender + date on the first line).
bool looksLikeMbox(QByteArrayView head);

/// Splits mboxo/mboxrd data at "From " separator lines. Messages keep their bytes exactly
/// (">From " quoting is not undone: the evidence stays as written). At most @p maxMessages.
QList<Range> split(QByteArrayView data, int maxMessages, bool* truncated = nullptr);

} // namespace MailTriage::Mbox
