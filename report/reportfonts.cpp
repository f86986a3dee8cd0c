// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QStringList>
#include <algorithm>

namespace MailTriage::ReportFonts {

namespace {

    // --- big-endian helpers over a byte array, bounds-checked ---

    struct Reader {
        const QByteArray& d;
        bool ok = true;

        quint32 u32(qint64 at)
        {
            if (at < 0 || at + 4 > d.size()) {
                ok = false;
                return 0;
            }
            const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
            return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        }
        quint16 u16(qint64 at)
        {
            if (at < 0 || at + 2 > d.size()) {
                ok = false;
                return 0;
            }
            const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
            return quint16((quint16(p[0]) << 8) | quint16(p[1]));
        }
    };

    void put16(QByteArray& d, qint64 at, quint16 v)
    {
        if (at < 0 || at + 2 > d.size())
            return;
        d[at] = char(v >> 8);
        d[at + 1] = char(v & 0xff);
    }
    void put32(QByteArray& d, qint64 at, quint32 v)
    {
        if (at < 0 || at + 4 > d.size())
            return;
        for (int i = 0; i < 4; ++i)
            d[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    }
    void append16(QByteArray& d, quint16 v)
    {
        d.append(char(v >> 8));
        d.append(char(v & 0xff));
    }
    void append32(QByteArray& d, quint32 v)
    {
        append16(d, quint16(v >> 16));
        append16(d, quint16(v & 0xffff));
    }

    quint32 checksum(const QByteArray& t)
    {
        quint32 sum = 0;
        QByteArray padded = t;
        while (padded.size() % 4)
            padded.append('\0');
        Reader r { padded };
        for (qint64 i = 0; i < padded.size(); i += 4)
            sum += r.u32(i);
        return sum;
    }

    struct Table {
        QByteArray tag;
        QByteArray data;
    };

    bool isRadical(quint32 c)
    {
        return c >= 0x2E80 && c <= 0x2FDF;
    }

    /// Points the CJK radical code points that share a glyph with another code point at glyph 0.
    QByteArray patchCmap(QByteArray cmap)
    {
        Reader r { cmap };
        const quint16 count = r.u16(2);
        QList<quint32> subtables;
        for (quint16 i = 0; i < count && r.ok; ++i) {
            const quint32 off = r.u32(4 + 8 * i + 4);
            if (!subtables.contains(off))
                subtables << off;
        }
        for (quint32 off : std::as_const(subtables)) {
            const quint16 format = r.u16(off);
            if (format == 12) {
                const quint32 groups = r.u32(off + 12);
                if (qint64(off) + 16 + qint64(groups) * 12 > cmap.size())
                    continue;
                // Which glyphs are reached from outside the radical blocks?
                QHash<quint32, bool> usedElsewhere;
                for (quint32 g = 0; g < groups; ++g) {
                    const qint64 at = off + 16 + qint64(g) * 12;
                    const quint32 start = r.u32(at), end = r.u32(at + 4), glyph = r.u32(at + 8);
                    if (end - start > 0x20000)
                        continue;
                    for (quint32 c = start; c <= end; ++c) {
                        if (!isRadical(c))
                            usedElsewhere.insert(glyph + (c - start), true);
                    }
                }
                for (quint32 g = 0; g < groups; ++g) {
                    const qint64 at = off + 16 + qint64(g) * 12;
                    const quint32 start = r.u32(at), end = r.u32(at + 4), glyph = r.u32(at + 8);
                    if (start == end && isRadical(start) && usedElsewhere.contains(glyph))
                        put32(cmap, at + 8, 0);
                }
            } else if (format == 4) {
                const quint16 segX2 = r.u16(off + 6);
                const qint64 ends = off + 14;
                const qint64 starts = ends + segX2 + 2;
                const qint64 deltas = starts + segX2;
                const qint64 rangeOffsets = deltas + segX2;
                if (rangeOffsets + segX2 > cmap.size())
                    continue;
                auto glyphOf = [&](int seg, quint32 c) -> std::pair<quint16, qint64> {
                    const quint16 start = r.u16(starts + 2 * seg);
                    const quint16 delta = r.u16(deltas + 2 * seg);
                    const quint16 ro = r.u16(rangeOffsets + 2 * seg);
                    if (ro == 0)
                        return { quint16((c + delta) & 0xffff), -1 };
                    const qint64 at = rangeOffsets + 2 * seg + ro + 2 * (c - start);
                    const quint16 g = r.u16(at);
                    return { g == 0 ? quint16(0) : quint16((g + delta) & 0xffff), at };
                };
                QHash<quint16, bool> usedElsewhere;
                for (int seg = 0; seg < segX2 / 2; ++seg) {
                    const quint16 end = r.u16(ends + 2 * seg), start = r.u16(starts + 2 * seg);
                    for (quint32 c = start; c <= end && c != 0xffff; ++c) {
                        if (!isRadical(c))
                            usedElsewhere.insert(glyphOf(seg, c).first, true);
                    }
                }
                for (int seg = 0; seg < segX2 / 2; ++seg) {
                    const quint16 end = r.u16(ends + 2 * seg), start = r.u16(starts + 2 * seg);
                    if (end < 0x2E80 || start > 0x2FDF)
                        continue;
                    for (quint32 c = std::max<quint32>(start, 0x2E80); c <= std::min<quint32>(end, 0x2FDF); ++c) {
                        const auto [glyph, at] = glyphOf(seg, c);
                        if (glyph == 0 || !usedElsewhere.contains(glyph))
                            continue;
                        if (at >= 0)
                            put16(cmap, at, 0);
                        else if (start == end)
                            put16(cmap, deltas + 2 * seg, quint16((0x10000 - c) & 0xffff));
                    }
                }
            }
        }
        return cmap;
    }

    QByteArray nameTable(const QString& family, const QString& subfamily, const QString& postScript)
    {
        const QList<QPair<quint16, QString>> names { { 1, family }, { 2, subfamily },
            { 3, family + QLatin1Char(' ') + subfamily + QStringLiteral("; derived from Noto Sans CJK JP") },
            { 4, family + QLatin1Char(' ') + subfamily }, { 6, postScript } };
        QByteArray strings;
        QByteArray t;
        append16(t, 0);
        append16(t, quint16(names.size()));
        append16(t, quint16(6 + 12 * names.size()));
        for (const auto& [id, text] : names) {
            QByteArray utf16;
            for (QChar c : text)
                append16(utf16, c.unicode());
            append16(t, 3); // Windows
            append16(t, 1); // Unicode BMP
            append16(t, 0x409); // en-US
            append16(t, id);
            append16(t, quint16(utf16.size()));
            append16(t, quint16(strings.size()));
            strings += utf16;
        }
        return t + strings;
    }

    QString familyOf(const QByteArray& d, qint64 face)
    {
        Reader r { d };
        const quint16 n = r.u16(face + 4);
        for (quint16 i = 0; i < n && r.ok; ++i) {
            const qint64 rec = face + 12 + 16 * qint64(i);
            if (d.mid(rec, 4) != "name")
                continue;
            const qint64 off = r.u32(rec + 8);
            const quint16 count = r.u16(off + 2);
            const quint16 stringOffset = r.u16(off + 4);
            for (quint16 k = 0; k < count && r.ok; ++k) {
                const qint64 nr = off + 6 + 12 * qint64(k);
                if (r.u16(nr) != 3 || r.u16(nr + 2) != 1 || r.u16(nr + 6) != 1)
                    continue;
                const quint16 len = r.u16(nr + 8);
                const qint64 at = off + stringOffset + r.u16(nr + 10);
                if (at + len > d.size())
                    return {};
                QString s;
                for (qint64 c = 0; c + 1 < len; c += 2)
                    s += QChar(r.u16(at + c));
                if (r.u16(nr + 4) == 0x409)
                    return s;
            }
        }
        return {};
    }

    QStringList fontDirs()
    {
        QStringList dirs;
        const QString env = qEnvironmentVariable("MAILTRIAGE_REPORT_FONT_DIR");
        if (!env.isEmpty())
            dirs << env;
        dirs << QStringLiteral("/usr/share/fonts/opentype/noto") << QStringLiteral("/usr/share/fonts/google-noto-cjk")
             << QStringLiteral("/usr/share/fonts/noto-cjk") << QStringLiteral("/usr/share/fonts/opentype/noto-cjk")
             << QStringLiteral("/usr/local/share/fonts");
        return dirs;
    }

    QByteArray readFont(const QString& file, QString* where)
    {
        for (const QString& dir : fontDirs()) {
            QFile f(dir + QLatin1Char('/') + file);
            if (f.open(QIODevice::ReadOnly)) {
                *where = f.fileName();
                return f.read(64 * 1024 * 1024);
            }
        }
        return {};
    }

} // namespace

QByteArray extractFace(const QByteArray& d, const QString& family, const QString& newFamily, const QString& subfamily,
    const QString& newPostScriptName)
{
    Reader r { d };
    QList<qint64> faces;
    if (d.startsWith("ttcf")) {
        const quint32 n = r.u32(8);
        for (quint32 i = 0; i < n && i < 64 && r.ok; ++i)
            faces << r.u32(12 + 4 * i);
    } else {
        faces << 0;
    }
    for (qint64 face : std::as_const(faces)) {
        if (familyOf(d, face) != family)
            continue;
        const quint16 n = r.u16(face + 4);
        QList<Table> tables;
        for (quint16 i = 0; i < n && r.ok; ++i) {
            const qint64 rec = face + 12 + 16 * qint64(i);
            Table t;
            t.tag = d.mid(rec, 4);
            const qint64 off = r.u32(rec + 8);
            const qint64 len = r.u32(rec + 12);
            if (off + len > d.size())
                return {};
            t.data = d.mid(off, len);
            if (t.tag == "name")
                t.data = nameTable(newFamily, subfamily, newPostScriptName);
            else if (t.tag == "cmap")
                t.data = patchCmap(t.data);
            else if (t.tag == "head" && t.data.size() >= 12)
                put32(t.data, 8, 0); // checkSumAdjustment, set below
            tables << t;
        }
        if (!r.ok || tables.isEmpty())
            return {};
        std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.tag < b.tag; });
        QByteArray out;
        append32(out, r.u32(face)); // sfnt version ('OTTO' for CFF outlines)
        const quint16 count = quint16(tables.size());
        quint16 pow2 = 1, log2 = 0;
        while (pow2 * 2 <= count) {
            pow2 *= 2;
            ++log2;
        }
        append16(out, count);
        append16(out, quint16(pow2 * 16));
        append16(out, log2);
        append16(out, quint16(count * 16 - pow2 * 16));
        qint64 offset = 12 + 16 * qint64(count);
        for (const Table& t : std::as_const(tables)) {
            out += t.tag;
            append32(out, checksum(t.data));
            append32(out, quint32(offset));
            append32(out, quint32(t.data.size()));
            offset += (t.data.size() + 3) / 4 * 4;
        }
        qint64 headAt = -1;
        for (const Table& t : std::as_const(tables)) {
            if (t.tag == "head")
                headAt = out.size();
            out += t.data;
            while (out.size() % 4)
                out.append('\0');
        }
        if (headAt >= 0)
            put32(out, headAt + 8, 0xB1B0AFBAu - checksum(out));
        return out;
    }
    return {};
}

QFont reportFont(const QString& family, qreal pointSize, bool bold)
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferAntialias));
    return f;
}

Families load(QString* error)
{
    static QMutex mutex;
    static Families loaded;
    static QString loadError;
    static bool tried = false;
    QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        struct Want {
            const char* file;
            const char* face;
            const char* family;
            const char* style;
            const char* ps;
            QString* target;
        };
        QString sans, mono;
        const Want wants[] = {
            { "NotoSansCJK-Regular.ttc", "Noto Sans CJK JP", "MailTriage Report Sans", "Regular",
                "MailTriageReportSans-Regular", &sans },
            { "NotoSansCJK-Bold.ttc", "Noto Sans CJK JP", "MailTriage Report Sans", "Bold", "MailTriageReportSans-Bold",
                nullptr },
            { "NotoSansCJK-Regular.ttc", "Noto Sans Mono CJK JP", "MailTriage Report Mono", "Regular",
                "MailTriageReportMono-Regular", &mono },
        };
        QHash<QString, QByteArray> files;
        for (const Want& w : wants) {
            const QString file = QString::fromLatin1(w.file);
            if (!files.contains(file)) {
                QString where;
                files.insert(file, readFont(file, &where));
            }
            const QByteArray& data = files[file];
            if (data.isEmpty()) {
                loadError = QStringLiteral("%1 not found (install the package fonts-noto-cjk, or set "
                                           "MAILTRIAGE_REPORT_FONT_DIR to the folder that holds it)")
                                .arg(file);
                break;
            }
            const QByteArray face = extractFace(data, QString::fromLatin1(w.face), QString::fromLatin1(w.family),
                QString::fromLatin1(w.style), QString::fromLatin1(w.ps));
            const int id = face.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(face);
            if (id < 0) {
                loadError = QStringLiteral("the face \"%1\" of %2 could not be loaded")
                                .arg(QString::fromLatin1(w.face), file);
                break;
            }
            if (w.target) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                *w.target = families.isEmpty() ? QString::fromLatin1(w.family) : families.first();
            }
        }
        files.clear();
        if (loadError.isEmpty())
            loaded = Families { sans, mono };
    }
    if (error)
        *error = loadError;
    return loaded;
}

} // namespace MailTriage::ReportFonts
