// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

namespace MailTriage {

/// @brief The header section of a message or MIME part, split into fields with byte offsets.
struct HeaderBlock {
    QList<HeaderField> fields;
    qint64 bodyOffset = 0; ///< first byte after the blank line (or end of data)
    bool hasSeparator = false; ///< a blank line ended the header section
    QStringList defects;

    /// Splits @p data (a header section followed by a body) into fields. Offsets are relative to
    /// data.begin() + @p base. Stops at the blank line, at a line that is not a header field, at
    /// @p maxFields fields or @p maxBytes bytes (each a defect). Never reads past data.
    static HeaderBlock parse(QByteArrayView data, qint64 base = 0, int maxFields = 10000, qint64 maxBytes = 4 << 20);

    /// Removes folding (CRLF/LF followed by white space keeps the white space).
    static QByteArray unfold(QByteArrayView folded);
};

} // namespace MailTriage
