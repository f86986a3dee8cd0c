// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetext.h"

#include <algorithm>

namespace MailTriage {

namespace {
    // Length of a valid UTF-8 sequence at p (bytes available: n), 0 when invalid; *cp receives the
    // code point.
    int utf8Sequence(const uchar* p, qsizetype n, char32_t* cp)
    {
        const uchar b0 = p[0];
        int len = 0;
        char32_t c = 0;
        char32_t min = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            c = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            c = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            c = b0 & 0x07;
            min = 0x10000;
        } else {
            return 0;
        }
        if (n < len)
            return 0;
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        *cp = c;
        return len;
    }
} // namespace

SourceText SourceText::fromBytes(QByteArrayView bytes, qint64 maxBytes)
{
    SourceText s;
    s.m_totalBytes = bytes.size();
    qsizetype n = bytes.size();
    if (maxBytes >= 0 && n > maxBytes)
        n = qsizetype(maxBytes);
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    // Every byte gives at most one UTF-16 unit, except 4-byte sequences (two units for four bytes):
    // n units always suffice. Written through raw pointers: this runs over megabytes.
    s.m_text.resize(n);
    s.m_bytePos.resize(n + 1);
    char16_t* out = reinterpret_cast<char16_t*>(s.m_text.data());
    int* map = s.m_bytePos.data();
    int pos = 0;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        map[i] = pos;
        if (b == '\r' && i + 1 < n && p[i + 1] == '\n') {
            map[i + 1] = pos;
            out[pos++] = u'\n';
            i += 2;
            continue;
        }
        if (b == '\n' || b == '\t' || (b >= 0x20 && b < 0x7F)) {
            out[pos++] = char16_t(b);
            ++i;
            continue;
        }
        if (b < 0x20) {
            out[pos++] = char16_t(0x2400 + b); // control pictures, ␍ for a lone CR
            ++i;
            continue;
        }
        if (b == 0x7F) {
            out[pos++] = char16_t(0x2421);
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = utf8Sequence(p + i, n - i, &cp);
        if (len == 0) {
            out[pos++] = char16_t(QChar::ReplacementCharacter);
            ++i;
            continue;
        }
        for (int k = 1; k < len; ++k)
            map[i + k] = pos;
        // Bidi controls and other invisible characters must not act on the display.
        const bool invisible = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B
            || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029
            || (cp >= 0x80 && cp < 0xA0);
        if (invisible) {
            out[pos++] = char16_t(QChar::ReplacementCharacter);
        } else if (cp > 0xFFFF) {
            out[pos++] = QChar::highSurrogate(cp);
            out[pos++] = QChar::lowSurrogate(cp);
        } else {
            out[pos++] = char16_t(cp);
        }
        i += len;
    }
    map[n] = pos;
    s.m_text.truncate(pos);
    return s;
}

int SourceText::positionOfByte(qint64 offset) const
{
    if (m_bytePos.isEmpty())
        return 0;
    offset = std::clamp<qint64>(offset, 0, m_bytePos.size() - 1);
    return m_bytePos[offset];
}

qint64 SourceText::byteOfPosition(int position) const
{
    const auto it = std::lower_bound(m_bytePos.cbegin(), m_bytePos.cend(), position);
    return qint64(it - m_bytePos.cbegin());
}

bool SourceText::positionRange(qint64 offset, qint64 length, int* start, int* end) const
{
    if (offset < 0 || offset >= shownBytes() || length < 0)
        return false;
    *start = positionOfByte(offset);
    *end = positionOfByte(offset + length);
    return true;
}

} // namespace MailTriage
