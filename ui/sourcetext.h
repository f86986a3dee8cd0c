// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace MailTriage {

/// @brief A message's raw bytes as text for the source view, with an exact map between byte
/// offsets (what findings carry) and positions in the text document. Valid UTF-8 is shown as
/// such; every other byte as U+FFFD; CRLF and LF end lines; a lone CR and other control
/// characters are shown as their Unicode control pictures so nothing is hidden.
class SourceText {
public:
    SourceText() = default;
    /// Reads at most @p maxBytes of @p bytes (the rest is not shown: truncated()).
    static SourceText fromBytes(QByteArrayView bytes, qint64 maxBytes = -1);

    const QString& text() const { return m_text; }
    qint64 shownBytes() const { return qint64(m_bytePos.size()) - 1; }
    qint64 totalBytes() const { return m_totalBytes; }
    bool truncated() const { return m_totalBytes > shownBytes(); }
    bool isEmpty() const { return m_text.isEmpty(); }

    /// Text position of byte @p offset (clamped to the shown bytes).
    int positionOfByte(qint64 offset) const;
    /// The first byte shown at or after text position @p position.
    qint64 byteOfPosition(int position) const;
    /// The text range [start, end) of the byte range; false when it lies beyond the shown bytes.
    bool positionRange(qint64 offset, qint64 length, int* start, int* end) const;

private:
    QString m_text;
    QList<int> m_bytePos; ///< size shownBytes()+1, non-decreasing
    qint64 m_totalBytes = 0;
};

} // namespace MailTriage
