// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodedword.h"

#include "charset.h"
#include "transferencoding.h"

namespace MailTriage::EncodedWord {

namespace {
    struct Word {
        QByteArray charset;
        QByteArray bytes;
        qsizetype end = 0; ///< index just past "?="
    };

    // Parses "=?charset?E?payload?=" starting at @p start (which points at "=?").
    bool parseWord(QByteArrayView s, qsizetype start, Word* w)
    {
        // Scans are bounded so that text full of "=?" stays linear.
        constexpr qsizetype kMaxCharset = 80;
        constexpr qsizetype kMaxPayload = 2048;
        const QByteArrayView head = s.sliced(start + 2, qMin(kMaxCharset, s.size() - start - 2));
        const qsizetype rel = head.indexOf('?');
        if (rel <= 0)
            return false;
        const qsizetype q1 = start + 2 + rel;
        if (q1 + 2 >= s.size() || s[q1 + 2] != '?')
            return false;
        const char enc = s[q1 + 1];
        if (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q')
            return false;
        const qsizetype payloadStart = q1 + 3;
        // Payload ends at the next "?=" (payload may not contain '?' or white space by RFC, but
        // many senders put spaces in Q words: accept them as long as the word closes).
        const QByteArrayView window = s.sliced(payloadStart, qMin(kMaxPayload, s.size() - payloadStart));
        const qsizetype relClose = window.indexOf("?=");
        if (relClose < 0)
            return false;
        const qsizetype close = payloadStart + relClose;
        QByteArrayView payload = s.sliced(payloadStart, close - payloadStart);
        if (payload.contains('\n'))
            return false;
        QByteArray charset = s.sliced(start + 2, q1 - start - 2).toByteArray();
        for (char c : charset) {
            if (c == ' ' || c == '\t' || c == '"')
                return false;
        }
        w->charset = charset;
        if (enc == 'B' || enc == 'b')
            w->bytes = TransferEncoding::decodeBase64(payload);
        else
            w->bytes = decodeQ(payload);
        w->end = close + 2;
        return true;
    }

    QString decodeRaw(QByteArrayView raw, QByteArrayView fallback)
    {
        bool ascii = true;
        for (char c : raw) {
            if (static_cast<uchar>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii)
            return QString::fromLatin1(raw);
        if (Charset::isValidUtf8(raw))
            return QString::fromUtf8(raw);
        if (!fallback.isEmpty())
            return Charset::toUnicode(raw, fallback);
        // Japanese mail with raw header bytes is usually Shift_JIS (CP932) or EUC-JP;
        // without a hint windows-1252 at least keeps every byte visible.
        return Charset::toUnicode(raw, "windows-1252");
    }

    bool hasIso2022Escape(QByteArrayView raw)
    {
        return raw.contains("\x1b$B") || raw.contains("\x1b$@");
    }
} // namespace

QByteArray decodeQ(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size());
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < payload.size()) {
            const int hi = TransferEncoding::hexValue(payload[i + 1]);
            const int lo = TransferEncoding::hexValue(payload[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

bool containsEncodedWord(QByteArrayView text)
{
    const qsizetype p = text.indexOf("=?");
    return p >= 0 && text.indexOf("?=", p + 2) > p;
}

QString decode(QByteArrayView text, QByteArrayView fallbackCharset)
{
    // Raw ISO-2022-JP in a header (old Japanese clients) is decoded as such.
    if (hasIso2022Escape(text) && !containsEncodedWord(text))
        return Charset::toUnicode(text, "iso-2022-jp");

    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    const qsizetype n = text.size();
    QByteArray pendingCharset; // adjacent words with the same charset are joined as bytes
    QByteArray pendingBytes;
    qsizetype plainStart = 0;

    auto flushWords = [&]() {
        if (!pendingCharset.isEmpty() || !pendingBytes.isEmpty())
            out += Charset::toUnicode(pendingBytes, pendingCharset);
        pendingCharset.clear();
        pendingBytes.clear();
    };

    while (pos < n) {
        const qsizetype start = text.indexOf("=?", pos);
        if (start < 0)
            break;
        Word w;
        if (!parseWord(text, start, &w)) {
            pos = start + 2;
            continue;
        }
        QByteArrayView between = text.sliced(plainStart, start - plainStart);
        bool onlySpace = true;
        for (char c : between) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                onlySpace = false;
                break;
            }
        }
        const bool adjacent = plainStart > 0 && onlySpace && (!pendingCharset.isEmpty() || !pendingBytes.isEmpty());
        if (adjacent) {
            // RFC 2047 6.2: white space between adjacent encoded words is not displayed.
            if (Charset::canonicalName(w.charset) != Charset::canonicalName(pendingCharset)) {
                flushWords();
            }
        } else {
            flushWords();
            out += decodeRaw(between, fallbackCharset);
        }
        if (pendingBytes.isEmpty() && pendingCharset.isEmpty())
            pendingCharset = w.charset;
        pendingBytes += w.bytes;
        if (pendingCharset.isEmpty())
            pendingCharset = w.charset;
        pos = w.end;
        plainStart = w.end;
    }
    flushWords();
    out += decodeRaw(text.sliced(plainStart), fallbackCharset);
    return out;
}

} // namespace MailTriage::EncodedWord
