// SPDX-License-Identifier: GPL-3.0-or-later
#include "charset.h"

#include <QHash>
#include <QMutex>
#include <QStringDecoder>

namespace MailTriage::Charset {

namespace {

    // Labels seen in real mail that ICU does not know under that name, or that must be widened
    // to the superset real senders actually use.
    const QHash<QByteArray, QByteArray>& aliases()
    {
        static const QHash<QByteArray, QByteArray> table = {
            { "shift_jis", "windows-31j" },
            { "shift-jis", "windows-31j" },
            { "sjis", "windows-31j" },
            { "x-sjis", "windows-31j" },
            { "x-shift_jis", "windows-31j" },
            { "x-shift-jis", "windows-31j" },
            { "ms_kanji", "windows-31j" },
            { "csshiftjis", "windows-31j" },
            { "cp932", "windows-31j" },
            { "ms932", "windows-31j" },
            { "windows-932", "windows-31j" },
            { "x-ms-cp932", "windows-31j" },
            { "euc_jp", "euc-jp" },
            { "eucjp", "euc-jp" },
            { "x-euc-jp", "euc-jp" },
            { "x-euc", "euc-jp" },
            { "cseucpkdfmtjapanese", "euc-jp" },
            { "eucjp-ms", "euc-jp" },
            { "iso2022jp", "iso-2022-jp" },
            { "iso-2022-jp-ms", "iso-2022-jp" },
            { "csiso2022jp", "iso-2022-jp" },
            { "jis", "iso-2022-jp" },
            { "gb2312", "gbk" },
            { "gb_2312-80", "gbk" },
            { "csgb2312", "gbk" },
            { "x-gbk", "gbk" },
            { "euc-cn", "gbk" },
            { "cp936", "gbk" },
            { "big5", "big5" },
            { "x-big5", "big5" },
            { "cn-big5", "big5" },
            { "ks_c_5601-1987", "windows-949" },
            { "ks_c_5601", "windows-949" },
            { "ksc5601", "windows-949" },
            { "euc-kr", "windows-949" },
            { "cp949", "windows-949" },
            { "utf8", "utf-8" },
            { "x-utf-8", "utf-8" },
            { "unicode-1-1-utf-7", "utf-7" },
            { "ascii", "us-ascii" },
            { "ansi_x3.4-1968", "us-ascii" },
            { "us", "us-ascii" },
            { "iso-8859-1", "windows-1252" },
            { "iso8859-1", "windows-1252" },
            { "latin1", "windows-1252" },
            { "latin-1", "windows-1252" },
            { "cp1252", "windows-1252" },
            { "x-user-defined", "windows-1252" },
            { "default", "windows-1252" },
            { "unknown-8bit", "windows-1252" },
            { "x-unknown", "windows-1252" },
            { "koi8r", "koi8-r" },
            { "koi8u", "koi8-u" },
            { "tis-620", "windows-874" },
            { "iso-8859-11", "windows-874" },
            { "ucs-2", "utf-16be" },
        };
        return table;
    }

    QByteArray normalise(QByteArrayView label)
    {
        QByteArray l = label.trimmed().toByteArray().toLower();
        while (l.size() >= 2 && (l.front() == '"' || l.front() == '\'') && l.back() == l.front())
            l = l.mid(1, l.size() - 2).trimmed();
        // RFC 2231 language suffix ("iso-2022-jp*ja") is not part of the charset.
        const qsizetype star = l.indexOf('*');
        if (star > 0)
            l.truncate(star);
        // "cp1251" and "win-1251" style labels.
        if (l.startsWith("cp125") && l.size() == 6)
            l = "windows-" + l.mid(2);
        else if (l.startsWith("win-125") || l.startsWith("win125"))
            l = "windows-" + l.right(4);
        else if (l.startsWith("iso8859-") || l.startsWith("iso_8859-"))
            l = "iso-8859-" + l.mid(l.indexOf('-') + 1);
        else if (l.startsWith("iso8859") && l.size() > 7 && l.at(7) != '-')
            l = "iso-8859-" + l.mid(7);
        const auto it = aliases().constFind(l);
        return it == aliases().cend() ? l : it.value();
    }

    // QStringDecoder opens ICU converters by name; cache which labels work (thread-safe).
    bool decoderWorks(const QByteArray& name)
    {
        static QMutex mutex;
        static QHash<QByteArray, bool> known;
        QMutexLocker lock(&mutex);
        const auto it = known.constFind(name);
        if (it != known.cend())
            return it.value();
        QStringDecoder d(name.constData());
        const bool ok = d.isValid();
        known.insert(name, ok);
        return ok;
    }

    // Decodes with QStringDecoder; reports invalid input. Qt/ICU mark invalid bytes with U+001A
    // (ENVIRONMENT.md); we show them as U+FFFD so a person sees a replacement character.
    QString runDecoder(const QByteArray& name, QByteArrayView bytes, bool* clean)
    {
        QStringDecoder d(name.constData(), QStringConverter::Flag::Stateless);
        QString s = d.decode(bytes);
        *clean = !d.hasError();
        if (name != "utf-8" && s.contains(QChar(0x1A)) && !bytes.contains('\x1a')) {
            s.replace(QChar(0x1A), QChar(QChar::ReplacementCharacter));
            *clean = false;
        }
        return s;
    }

    // JIS X 0208 row/cell (0x21..0x7E each) to Shift_JIS bytes.
    void jisToSjis(uchar c1, uchar c2, QByteArray* out)
    {
        const uchar s1 = static_cast<uchar>(((c1 + 1) >> 1) + (c1 <= 0x5E ? 0x70 : 0xB0));
        uchar s2;
        if (c1 & 1)
            s2 = static_cast<uchar>(c2 + (c2 <= 0x5F ? 0x1F : 0x20));
        else
            s2 = static_cast<uchar>(c2 + 0x7E);
        out->append(static_cast<char>(s1));
        out->append(static_cast<char>(s2));
    }

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    // Own check: QStringDecoder does not flag a truncated final sequence as an error.
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = static_cast<uchar>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uint cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = static_cast<uchar>(bytes[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool iso2022jpToCp932(QByteArrayView in, QByteArray* out)
{
    enum Mode { Ascii, Jis0208, Kana };
    Mode mode = Ascii;
    out->reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = static_cast<uchar>(in[i]);
        if (c == 0x1B) {
            if (i + 2 < n && in[i + 1] == '(' && (in[i + 2] == 'B' || in[i + 2] == 'J' || in[i + 2] == 'H')) {
                mode = Ascii;
                i += 2;
                continue;
            }
            if (i + 2 < n && in[i + 1] == '(' && in[i + 2] == 'I') {
                mode = Kana;
                i += 2;
                continue;
            }
            if (i + 2 < n && in[i + 1] == '$' && (in[i + 2] == '@' || in[i + 2] == 'B')) {
                mode = Jis0208;
                i += 2;
                continue;
            }
            if (i + 5 < n && in[i + 1] == '&' && in[i + 2] == '@' && in[i + 3] == 0x1B && in[i + 4] == '$'
                && in[i + 5] == 'B') {
                mode = Jis0208; // JIS X 0208-1990 announcer
                i += 5;
                continue;
            }
            if (i + 1 < n && (in[i + 1] == '$' || in[i + 1] == '.' || in[i + 1] == 'N'))
                return false; // JIS X 0212, ISO-2022-JP-2 extras: let ICU handle it
            out->append(static_cast<char>(c));
            continue;
        }
        if (c == '\r' || c == '\n') {
            // Lines are supposed to end in ASCII mode; tolerate senders that forget.
            mode = Ascii;
            out->append(static_cast<char>(c));
            continue;
        }
        if (c == 0x0E) { // SO: half-width katakana shift used by some old senders
            mode = Kana;
            continue;
        }
        if (c == 0x0F) {
            mode = Ascii;
            continue;
        }
        switch (mode) {
        case Ascii:
            out->append(static_cast<char>(c));
            break;
        case Kana:
            if (c >= 0x21 && c <= 0x5F)
                out->append(static_cast<char>(c + 0x80));
            else
                out->append(static_cast<char>(c));
            break;
        case Jis0208:
            if (c >= 0x21 && c <= 0x7E && i + 1 < n) {
                const uchar c2 = static_cast<uchar>(in[i + 1]);
                if (c2 >= 0x21 && c2 <= 0x7E) {
                    jisToSjis(c, c2, out);
                    ++i;
                    break;
                }
            }
            out->append('?');
            break;
        }
    }
    return true;
}

QByteArray canonicalName(QByteArrayView label)
{
    return normalise(label);
}

bool isSupported(QByteArrayView label)
{
    const QByteArray name = normalise(label);
    if (name.isEmpty())
        return false;
    if (name == "iso-2022-jp" || name == "us-ascii")
        return true;
    return decoderWorks(name);
}

DecodeResult decode(QByteArrayView bytes, QByteArrayView label)
{
    DecodeResult r;
    QByteArray name = normalise(label);
    if (name == "iso-2022-jp") {
        QByteArray sjis;
        if (iso2022jpToCp932(bytes, &sjis)) {
            bool clean = true;
            r.text = runDecoder("windows-31j", sjis, &clean);
            if (!clean) {
                r.ok = false;
                r.problem = QStringLiteral("invalid ISO-2022-JP bytes were replaced");
            }
            return r;
        }
        name = "iso-2022-jp-2";
    }
    if (name == "us-ascii") {
        // 8-bit bytes under an ASCII label are nearly always UTF-8 (or else windows-1252).
        name = isValidUtf8(bytes) ? QByteArray("utf-8") : QByteArray("windows-1252");
    }
    if (!name.isEmpty() && decoderWorks(name)) {
        bool clean = true;
        r.text = runDecoder(name, bytes, &clean);
        if (!clean) {
            r.ok = false;
            r.problem = QStringLiteral("invalid bytes for charset %1 were replaced").arg(QString::fromLatin1(name));
        }
        return r;
    }
    // Unknown or missing label: UTF-8 when it is valid, else windows-1252 (never fails).
    const bool unknown = !name.isEmpty();
    if (isValidUtf8(bytes)) {
        r.text = QString::fromUtf8(bytes);
    } else {
        bool clean = true;
        r.text = runDecoder("windows-1252", bytes, &clean);
    }
    if (unknown) {
        r.ok = false;
        r.problem = QStringLiteral("unknown charset \"%1\"; read as UTF-8 or windows-1252")
                        .arg(QString::fromLatin1(label.toByteArray().left(60)));
    }
    return r;
}

QString toUnicode(QByteArrayView bytes, QByteArrayView label)
{
    return decode(bytes, label).text;
}

} // namespace MailTriage::Charset
