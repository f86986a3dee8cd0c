// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerparameters.h"

#include "charset.h"
#include "encodedword.h"
#include "transferencoding.h"

#include <QMap>
#include <algorithm>

namespace MailTriage {

namespace {
    constexpr int kMaxParams = 256;
    constexpr int kMaxSections = 1000;

    QByteArray percentDecode(QByteArrayView in)
    {
        QByteArray out;
        out.reserve(in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in[i] == '%' && i + 2 < in.size()) {
                const int hi = TransferEncoding::hexValue(in[i + 1]);
                const int lo = TransferEncoding::hexValue(in[i + 2]);
                if (hi >= 0 && lo >= 0) {
                    out.append(static_cast<char>(hi * 16 + lo));
                    i += 2;
                    continue;
                }
            }
            out.append(in[i]);
        }
        return out;
    }

    struct RawParam {
        QByteArray name; // full, lower-cased, e.g. "filename*1*"
        QByteArray value; // unquoted
        bool quoted = false;
    };

    // Skips a (nested) comment starting at '('; returns the index after it.
    qsizetype skipComment(QByteArrayView s, qsizetype i)
    {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\\') {
                ++i;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return s.size();
    }
} // namespace

QString HeaderParameters::param(QByteArrayView name) const
{
    for (const Param& p : params) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

QByteArray HeaderParameters::rawParam(QByteArrayView name) const
{
    for (const Param& p : params) {
        if (p.name == name)
            return p.rawValue;
    }
    return {};
}

bool HeaderParameters::has(QByteArrayView name) const
{
    return std::any_of(params.cbegin(), params.cend(), [&](const Param& p) { return p.name == name; });
}

HeaderParameters HeaderParameters::parse(QByteArrayView s, QByteArrayView fallbackCharset)
{
    HeaderParameters result;
    const qsizetype n = s.size();
    qsizetype i = 0;
    // The value: up to the first ';' outside quotes, comments stripped.
    QByteArray value;
    while (i < n && s[i] != ';') {
        if (s[i] == '(') {
            i = skipComment(s, i);
            continue;
        }
        if (s[i] == '"') {
            ++i;
            continue;
        }
        value.append(s[i]);
        ++i;
    }
    result.value = value.trimmed().toLower();
    // Collapse inner white space ("text / plain").
    result.value.replace(' ', QByteArray()).replace('\t', QByteArray());

    QList<RawParam> raws;
    while (i < n && raws.size() < kMaxParams) {
        ++i; // past ';'
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ';'))
            ++i;
        if (i < n && s[i] == '(') {
            i = skipComment(s, i);
            --i;
            if (i < n && s[i] != ';')
                ++i;
            continue;
        }
        const qsizetype nameStart = i;
        while (i < n && s[i] != '=' && s[i] != ';')
            ++i;
        QByteArray name = s.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        if (i >= n || s[i] == ';') {
            if (!name.isEmpty())
                result.defects
                    << QStringLiteral("parameter without a value: %1").arg(QString::fromLatin1(name.left(40)));
            continue;
        }
        ++i; // past '='
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        RawParam rp;
        rp.name = name;
        if (i < n && s[i] == '"') {
            rp.quoted = true;
            ++i;
            while (i < n && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < n)
                    ++i;
                rp.value.append(s[i]);
                ++i;
            }
            if (i >= n)
                result.defects
                    << QStringLiteral("unterminated quoted parameter %1").arg(QString::fromLatin1(name.left(40)));
            ++i;
            // Anything up to the next ';' after a closing quote is junk; skip it.
            while (i < n && s[i] != ';')
                ++i;
        } else {
            const qsizetype vStart = i;
            while (i < n && s[i] != ';')
                ++i;
            QByteArrayView v = s.sliced(vStart, i - vStart).trimmed();
            // Strip a trailing comment.
            const qsizetype paren = v.indexOf('(');
            if (paren > 0)
                v = v.first(paren).trimmed();
            rp.value = v.toByteArray();
        }
        if (!rp.name.isEmpty())
            raws.append(rp);
    }

    // Group RFC 2231 sections: name*0, name*1*, ... and single extended name*.
    struct Section {
        int index;
        bool extended;
        QByteArray value;
    };
    QMap<QByteArray, QList<Section>> sections;
    QList<QByteArray> order;
    for (const RawParam& rp : raws) {
        QByteArray base = rp.name;
        int index = -1;
        bool extended = false;
        const qsizetype star = rp.name.indexOf('*');
        if (star > 0) {
            base = rp.name.left(star);
            QByteArray rest = rp.name.mid(star + 1);
            if (rest.endsWith('*')) {
                extended = true;
                rest.chop(1);
            }
            if (rest.isEmpty()) {
                extended = true; // "name*="
                index = 0;
            } else {
                bool ok = false;
                index = rest.toInt(&ok);
                if (!ok || index < 0 || index >= kMaxSections) {
                    result.defects
                        << QStringLiteral("bad RFC 2231 section in %1").arg(QString::fromLatin1(rp.name.left(40)));
                    continue;
                }
            }
        }
        if (!sections.contains(base))
            order.append(base);
        sections[base].append({ index, extended, rp.value });
    }

    for (const QByteArray& base : order) {
        QList<Section> secs = sections.value(base);
        Param p;
        p.name = base;
        const bool rfc2231 = std::any_of(secs.cbegin(), secs.cend(), [](const Section& s) { return s.index >= 0; });
        if (!rfc2231) {
            p.rawValue = secs.first().value;
            // Non-standard but common: encoded-words inside quoted parameter values.
            p.value = EncodedWord::decode(p.rawValue, fallbackCharset);
            result.params.append(p);
            continue;
        }
        // Plain "name=" next to "name*0=": RFC 2231 one wins.
        secs.erase(std::remove_if(secs.begin(), secs.end(), [](const Section& s) { return s.index < 0; }), secs.end());
        std::stable_sort(
            secs.begin(), secs.end(), [](const Section& a, const Section& b) { return a.index < b.index; });
        QByteArray joined;
        bool first = true;
        int expected = 0;
        for (const Section& sec : secs) {
            if (sec.index != expected && !(first && sec.index == 0))
                result.defects << QStringLiteral("RFC 2231 sections of %1 are not contiguous")
                                      .arg(QString::fromLatin1(base.left(40)));
            expected = sec.index + 1;
            QByteArray v = sec.value;
            if (sec.extended && first) {
                // charset'language'value
                const qsizetype a1 = v.indexOf('\'');
                const qsizetype a2 = a1 >= 0 ? v.indexOf('\'', a1 + 1) : -1;
                if (a1 >= 0 && a2 >= 0) {
                    p.charset = v.left(a1).toLower();
                    p.language = v.mid(a1 + 1, a2 - a1 - 1);
                    v = v.mid(a2 + 1);
                } else {
                    result.defects << QStringLiteral("RFC 2231 value of %1 lacks charset'language'")
                                          .arg(QString::fromLatin1(base.left(40)));
                }
            }
            joined += sec.extended ? percentDecode(v) : v;
            first = false;
        }
        p.rawValue = joined;
        if (!p.charset.isEmpty())
            p.value = Charset::toUnicode(joined, p.charset);
        else
            p.value = EncodedWord::decode(joined, fallbackCharset);
        result.params.append(p);
    }
    return result;
}

} // namespace MailTriage
