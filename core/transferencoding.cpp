// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferencoding.h"

namespace MailTriage::TransferEncoding {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

namespace {
    // -1: not a base64 character. Both alphabets (RFC 4648 standard and URL-safe) are read.
    struct Base64Table {
        signed char v[256];
        constexpr Base64Table()
            : v()
        {
            for (int i = 0; i < 256; ++i)
                v[i] = -1;
            for (int i = 0; i < 26; ++i) {
                v['A' + i] = static_cast<signed char>(i);
                v['a' + i] = static_cast<signed char>(26 + i);
            }
            for (int i = 0; i < 10; ++i)
                v['0' + i] = static_cast<signed char>(52 + i);
            v[int('+')] = v[int('-')] = 62;
            v[int('/')] = v[int('_')] = 63;
        }
    };
    constexpr Base64Table kBase64;
    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    // One uuencoded line: the first character gives the byte count.
    void decodeUuLine(QByteArrayView line, QByteArray* out)
    {
        if (line.isEmpty())
            return;
        const int count = (static_cast<uchar>(line[0]) - 0x20) & 0x3F;
        qsizetype produced = 0;
        for (qsizetype i = 1; produced < count; i += 4) {
            uchar c[4];
            for (int k = 0; k < 4; ++k) {
                const qsizetype idx = i + k;
                c[k] = idx < line.size() ? static_cast<uchar>((static_cast<uchar>(line[idx]) - 0x20) & 0x3F) : 0;
            }
            const uchar bytes[3] = { static_cast<uchar>((c[0] << 2) | (c[1] >> 4)),
                static_cast<uchar>((c[1] << 4) | (c[2] >> 2)), static_cast<uchar>((c[2] << 6) | c[3]) };
            for (int k = 0; k < 3 && produced < count; ++k, ++produced)
                out->append(static_cast<char>(bytes[k]));
        }
    }
} // namespace

QByteArray decodeBase64(QByteArrayView in, qsizetype* invalidChars)
{
    // Written through a pointer into a buffer of the largest possible size, shrunk at the end:
    // this runs over every attachment of every imported message.
    QByteArray out(in.size() * 3 / 4 + 3, Qt::Uninitialized);
    char* o = out.data();
    const uchar* p = reinterpret_cast<const uchar*>(in.data());
    const uchar* const end = p + in.size();
    quint32 acc = 0;
    int bits = 0;
    qsizetype invalid = 0;
    while (p < end) {
        // Fast path: four data characters in a row (the body of every well-formed line).
        if (bits == 0 && end - p >= 4) {
            const int a = kBase64.v[p[0]], b = kBase64.v[p[1]], c = kBase64.v[p[2]], d = kBase64.v[p[3]];
            if ((a | b | c | d) >= 0) {
                const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
                *o++ = static_cast<char>(v >> 16);
                *o++ = static_cast<char>(v >> 8);
                *o++ = static_cast<char>(v);
                p += 4;
                continue;
            }
        }
        const uchar ch = *p++;
        if (ch == '=')
            continue; // padding (and stray '=') carries no data
        const int v = kBase64.v[ch];
        if (v < 0) {
            if (!isSpace(char(ch)))
                ++invalid;
            continue;
        }
        acc = (acc << 6) | static_cast<quint32>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    out.truncate(o - out.constData());
    if (invalidChars)
        *invalidChars = invalid;
    return out;
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        // Soft line break: '=' followed by optional whitespace then CRLF / LF.
        qsizetype j = i + 1;
        while (j < n && (in[j] == ' ' || in[j] == '\t'))
            ++j;
        if (j < n && (in[j] == '\r' || in[j] == '\n')) {
            if (in[j] == '\r' && j + 1 < n && in[j + 1] == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= n) { // '=' at the very end
            i = n;
            continue;
        }
        if (i + 2 < n) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(c); // malformed: keep as written
    }
    return out;
}

QByteArray decodeUuencode(QByteArrayView in)
{
    const QList<UuFile> files = findUuencoded(in, 1);
    if (!files.isEmpty())
        return files.first().data;
    return in.toByteArray();
}

QList<UuFile> findUuencoded(QByteArrayView text, int maxFiles)
{
    QList<UuFile> files;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n && files.size() < maxFiles) {
        const qsizetype begin = text.indexOf("begin ", pos);
        if (begin < 0)
            break;
        if (begin > 0 && text[begin - 1] != '\n') {
            pos = begin + 6;
            continue;
        }
        qsizetype eol = text.indexOf('\n', begin);
        if (eol < 0)
            break;
        QByteArrayView header = text.sliced(begin + 6, eol - begin - 6).trimmed();
        // "begin MODE NAME": MODE is octal digits.
        qsizetype sp = header.indexOf(' ');
        bool modeOk = sp > 0;
        for (qsizetype k = 0; modeOk && k < sp; ++k)
            modeOk = header[k] >= '0' && header[k] <= '7';
        if (!modeOk) {
            pos = eol;
            continue;
        }
        UuFile f;
        f.name = QString::fromUtf8(header.sliced(sp + 1).trimmed());
        f.beginOffset = begin;
        qsizetype lineStart = eol + 1;
        bool ended = false;
        while (lineStart < n) {
            qsizetype lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = n;
            QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
            if (line.endsWith('\r'))
                line.chop(1);
            lineStart = lineEnd + 1;
            if (line == "end" || line.startsWith("end ")) {
                ended = true;
                break;
            }
            decodeUuLine(line, &f.data);
        }
        f.endOffset = qMin(lineStart, n);
        if (ended)
            files.append(f);
        pos = f.endOffset;
    }
    return files;
}

QByteArray decode(QByteArrayView body, QByteArrayView encoding, bool* unknown)
{
    if (unknown)
        *unknown = false;
    if (encoding == "base64")
        return decodeBase64(body);
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary")
        return body.toByteArray();
    if (encoding == "x-uuencode" || encoding == "uuencode" || encoding == "x-uue")
        return decodeUuencode(body);
    if (unknown)
        *unknown = true;
    return body.toByteArray();
}

} // namespace MailTriage::TransferEncoding
