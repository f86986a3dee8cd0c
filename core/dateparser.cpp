// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include <QList>
#include <QTimeZone>

namespace MailTriage::DateParser {

namespace {
    int monthFromName(QByteArrayView t)
    {
        static const char* const names[]
            = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
        if (t.size() < 3)
            return 0;
        const QByteArray l = t.first(3).toByteArray().toLower();
        for (int i = 0; i < 12; ++i) {
            if (l == names[i])
                return i + 1;
        }
        return 0;
    }

    bool isDayName(QByteArrayView t)
    {
        static const char* const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
        if (t.size() < 3)
            return false;
        const QByteArray l = t.first(3).toByteArray().toLower();
        for (const char* n : names) {
            if (l == n)
                return true;
        }
        return false;
    }

    // Zone names in minutes east of UTC; unknown names give false.
    bool zoneFromName(QByteArrayView t, int* minutes)
    {
        struct Z {
            const char* name;
            int min;
        };
        static const Z zones[] = { { "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "est", -300 },
            { "edt", -240 }, { "cst", -360 }, { "cdt", -300 }, { "mst", -420 }, { "mdt", -360 }, { "pst", -480 },
            { "pdt", -420 }, { "jst", 540 }, { "kst", 540 }, { "cet", 60 }, { "cest", 120 }, { "met", 60 },
            { "mest", 120 }, { "eet", 120 }, { "eest", 180 }, { "bst", 60 }, { "ist", 330 }, { "hkt", 480 },
            { "sgt", 480 }, { "myt", 480 }, { "aest", 600 }, { "aedt", 660 } };
        const QByteArray l = t.toByteArray().toLower();
        for (const Z& z : zones) {
            if (l == z.name) {
                *minutes = z.min;
                return true;
            }
        }
        return false;
    }

    bool allDigits(QByteArrayView t)
    {
        if (t.isEmpty())
            return false;
        for (char c : t) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    bool parseOffset(QByteArrayView t, int* minutes)
    {
        if (t.size() < 2 || (t[0] != '+' && t[0] != '-'))
            return false;
        QByteArray digits;
        for (qsizetype i = 1; i < t.size(); ++i) {
            if (t[i] == ':')
                continue;
            digits.append(t[i]);
        }
        if (!allDigits(digits) || (digits.size() != 4 && digits.size() != 2 && digits.size() != 3))
            return false;
        int h, m;
        if (digits.size() == 2) {
            h = digits.toInt();
            m = 0;
        } else if (digits.size() == 3) {
            h = digits.left(1).toInt();
            m = digits.mid(1).toInt();
        } else {
            h = digits.left(2).toInt();
            m = digits.mid(2).toInt();
        }
        if (h > 18 || m > 59)
            return false;
        *minutes = (h * 60 + m) * (t[0] == '-' ? -1 : 1);
        return true;
    }

    bool parseTime(QByteArrayView t, int* h, int* mi, int* s)
    {
        QList<QByteArrayView> bits;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= t.size(); ++i) {
            if (i == t.size() || t[i] == ':' || t[i] == '.') {
                bits.append(t.sliced(start, i - start));
                start = i + 1;
            }
        }
        if (bits.size() < 2 || bits.size() > 4)
            return false;
        for (qsizetype i = 0; i < qMin<qsizetype>(bits.size(), 3); ++i) {
            if (!allDigits(bits[i]) || bits[i].size() > 2)
                return false;
        }
        *h = bits[0].toInt();
        *mi = bits[1].toInt();
        *s = bits.size() >= 3 ? bits[2].toInt() : 0;
        if (*s == 60)
            *s = 59; // leap second
        return *h < 24 && *mi < 60 && *s < 60;
    }
} // namespace

QDateTime parse(QByteArrayView textIn, bool* zoneMissing)
{
    if (zoneMissing)
        *zoneMissing = false;
    QByteArray text = textIn.trimmed().toByteArray();
    if (text.size() > 200)
        text.truncate(200);
    // ISO 8601 first ("2019-07-31T04:38:51+01:00" or with a space).
    if (text.size() >= 19 && text[4] == '-' && text[7] == '-' && (text[10] == 'T' || text[10] == ' ')) {
        QDateTime dt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
        if (!dt.isValid()) {
            QByteArray t = text;
            t[10] = 'T';
            dt = QDateTime::fromString(QString::fromLatin1(t), Qt::ISODate);
        }
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime) {
                dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
                if (zoneMissing)
                    *zoneMissing = true;
            }
            return dt.toOffsetFromUtc(dt.offsetFromUtc());
        }
    }
    // Tokenise: drop comments, split on white space and commas.
    QList<QByteArray> tokens;
    {
        QByteArray cur;
        int depth = 0;
        for (char c : std::as_const(text)) {
            if (c == '(') {
                ++depth;
                continue;
            }
            if (c == ')') {
                depth = qMax(0, depth - 1);
                continue;
            }
            if (depth > 0)
                continue;
            if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
                if (!cur.isEmpty())
                    tokens.append(cur);
                cur.clear();
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty())
            tokens.append(cur);
    }
    int day = 0, month = 0, year = -1, h = -1, mi = 0, s = 0;
    int offset = 0;
    bool haveZone = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QByteArray t = tokens[i];
        if (isDayName(t) && t.size() <= 9 && !t.contains('-'))
            continue;
        int hh, mm, ss;
        if (h < 0 && t.contains(':') && parseTime(t, &hh, &mm, &ss)) {
            h = hh;
            mi = mm;
            s = ss;
            continue;
        }
        if (h < 0 && t.count('.') >= 1 && t.size() <= 8 && day && month && parseTime(t, &hh, &mm, &ss)) {
            h = hh;
            mi = mm;
            s = ss;
            continue;
        }
        // "31-Jul-2019" or "2019/07/31"
        if (t.count('-') == 2 || t.count('/') == 2) {
            const char sep = t.count('-') == 2 ? '-' : '/';
            const QList<QByteArray> p = t.split(sep);
            if (p.size() == 3) {
                if (allDigits(p[0]) && p[0].size() == 4 && allDigits(p[1]) && allDigits(p[2])) {
                    year = p[0].toInt();
                    month = p[1].toInt();
                    day = p[2].toInt();
                    continue;
                }
                if (allDigits(p[0]) && monthFromName(p[1]) && allDigits(p[2])) {
                    day = p[0].toInt();
                    month = monthFromName(p[1]);
                    year = p[2].toInt();
                    continue;
                }
            }
        }
        if ((t[0] == '+' || t[0] == '-') && h >= 0 && parseOffset(t, &offset)) {
            haveZone = true;
            continue;
        }
        if (!month && monthFromName(t) && t.size() <= 9 && !allDigits(t)) {
            month = monthFromName(t);
            continue;
        }
        if (allDigits(t)) {
            const int v = t.toInt();
            if (!day && t.size() <= 2 && v >= 1 && v <= 31 && year < 0) {
                day = v;
                continue;
            }
            if (year < 0 && (t.size() == 4 || t.size() == 2 || t.size() == 3)) {
                year = v;
                continue;
            }
            if (!haveZone && h >= 0 && t.size() == 4) { // "0900" without sign
                int m;
                if (parseOffset(QByteArray("+" + t), &m)) {
                    offset = m;
                    haveZone = true;
                }
                continue;
            }
            continue;
        }
        int zm;
        if (!haveZone && h >= 0 && zoneFromName(t, &zm)) {
            offset = zm;
            haveZone = true;
            continue;
        }
        // "GMT+0900", "UTC+9"
        if (!haveZone && h >= 0 && (t.startsWith("GMT") || t.startsWith("UTC")) && t.size() > 3) {
            if (parseOffset(t.mid(3), &zm)) {
                offset = zm;
                haveZone = true;
            }
            continue;
        }
    }
    if (year >= 0 && year < 50)
        year += 2000;
    else if (year >= 50 && year < 1000)
        year += 1900;
    if (!day || !month || year < 1900 || year > 9999 || h < 0)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    if (!haveZone && zoneMissing)
        *zoneMissing = true;
    return QDateTime(date, QTime(h, mi, s), Qt::OffsetFromUTC, offset * 60);
}

QString toIso(const QDateTime& dt)
{
    if (!dt.isValid())
        return {};
    QString s = dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODate);
    if (s.endsWith(QLatin1Char('Z')))
        s = s.chopped(1) + QStringLiteral("+00:00");
    return s;
}

} // namespace MailTriage::DateParser
