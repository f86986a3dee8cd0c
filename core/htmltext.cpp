// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <iterator>

// One pass over the HTML text: '<' starts a tag (or a comment, a declaration, a processing
// instruction), '&' a character reference, everything else is text. Tag attributes are read
// with their quotes; the content of script, style, title and template elements is skipped by a
// forward search for its end tag. Every search starts where the previous one stopped, so the
// whole pass is linear in the input, which is cut at Limits::maxInputChars first.

namespace MailTriage::HtmlText {

namespace {

    struct NamedEntity {
        const char16_t* name;
        char16_t value;
    };

    // HTML 4 Latin-1 names, U+00A0 to U+00FF in order.
    constexpr const char16_t* Latin1Names[] = { u"nbsp", u"iexcl", u"cent", u"pound", u"curren", u"yen", u"brvbar",
        u"sect", u"uml", u"copy", u"ordf", u"laquo", u"not", u"shy", u"reg", u"macr", u"deg", u"plusmn", u"sup2",
        u"sup3", u"acute", u"micro", u"para", u"middot", u"cedil", u"sup1", u"ordm", u"raquo", u"frac14", u"frac12",
        u"frac34", u"iquest", u"Agrave", u"Aacute", u"Acirc", u"Atilde", u"Auml", u"Aring", u"AElig", u"Ccedil",
        u"Egrave", u"Eacute", u"Ecirc", u"Euml", u"Igrave", u"Iacute", u"Icirc", u"Iuml", u"ETH", u"Ntilde", u"Ograve",
        u"Oacute", u"Ocirc", u"Otilde", u"Ouml", u"times", u"Oslash", u"Ugrave", u"Uacute", u"Ucirc", u"Uuml",
        u"Yacute", u"THORN", u"szlig", u"agrave", u"aacute", u"acirc", u"atilde", u"auml", u"aring", u"aelig",
        u"ccedil", u"egrave", u"eacute", u"ecirc", u"euml", u"igrave", u"iacute", u"icirc", u"iuml", u"eth", u"ntilde",
        u"ograve", u"oacute", u"ocirc", u"otilde", u"ouml", u"divide", u"oslash", u"ugrave", u"uacute", u"ucirc",
        u"uuml", u"yacute", u"thorn", u"yuml" };
    static_assert(std::size(Latin1Names) == 96);

    constexpr NamedEntity OtherNames[] = { { u"quot", 0x22 }, { u"amp", 0x26 }, { u"apos", 0x27 }, { u"lt", 0x3c },
        { u"gt", 0x3e }, { u"QUOT", 0x22 }, { u"AMP", 0x26 }, { u"LT", 0x3c }, { u"GT", 0x3e }, { u"COPY", 0xa9 },
        { u"REG", 0xae }, { u"Tab", 0x09 }, { u"NewLine", 0x0a }, { u"OElig", 0x152 }, { u"oelig", 0x153 },
        { u"Scaron", 0x160 }, { u"scaron", 0x161 }, { u"Yuml", 0x178 }, { u"fnof", 0x192 }, { u"circ", 0x2c6 },
        { u"tilde", 0x2dc }, { u"ensp", 0x2002 }, { u"emsp", 0x2003 }, { u"thinsp", 0x2009 }, { u"zwnj", 0x200c },
        { u"zwj", 0x200d }, { u"lrm", 0x200e }, { u"rlm", 0x200f }, { u"ndash", 0x2013 }, { u"mdash", 0x2014 },
        { u"lsquo", 0x2018 }, { u"rsquo", 0x2019 }, { u"sbquo", 0x201a }, { u"ldquo", 0x201c }, { u"rdquo", 0x201d },
        { u"bdquo", 0x201e }, { u"dagger", 0x2020 }, { u"Dagger", 0x2021 }, { u"bull", 0x2022 }, { u"hellip", 0x2026 },
        { u"permil", 0x2030 }, { u"prime", 0x2032 }, { u"Prime", 0x2033 }, { u"lsaquo", 0x2039 }, { u"rsaquo", 0x203a },
        { u"oline", 0x203e }, { u"frasl", 0x2044 }, { u"euro", 0x20ac }, { u"trade", 0x2122 }, { u"larr", 0x2190 },
        { u"uarr", 0x2191 }, { u"rarr", 0x2192 }, { u"darr", 0x2193 }, { u"harr", 0x2194 }, { u"minus", 0x2212 },
        { u"lowast", 0x2217 }, { u"infin", 0x221e }, { u"ne", 0x2260 }, { u"le", 0x2264 }, { u"ge", 0x2265 },
        { u"loz", 0x25ca }, { u"spades", 0x2660 }, { u"clubs", 0x2663 }, { u"hearts", 0x2665 }, { u"diams", 0x2666 },
        { u"ZeroWidthSpace", 0x200b }, { u"NonBreakingSpace", 0xa0 } };

    // Names that old mail still writes without the final ';'.
    constexpr const char16_t* LegacyNoSemicolon[]
        = { u"amp", u"lt", u"gt", u"quot", u"nbsp", u"copy", u"reg", u"AMP", u"LT", u"GT", u"QUOT", u"COPY", u"REG" };

    const QHash<QString, char16_t>& entityTable()
    {
        static const QHash<QString, char16_t> table = [] {
            QHash<QString, char16_t> t;
            for (int k = 0; k < int(std::size(Latin1Names)); ++k)
                t.insert(QString::fromUtf16(Latin1Names[k]), char16_t(0xa0 + k));
            for (const NamedEntity& e : OtherNames)
                t.insert(QString::fromUtf16(e.name), e.value);
            return t;
        }();
        return table;
    }

    // HTML5: numeric references 0x80-0x9F mean windows-1252 characters.
    constexpr char16_t Cp1252High[32] = { 0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
        0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
        0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178 };

    bool isAsciiAlnum(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    bool isAsciiLetter(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    }
    bool isSpace(QChar c)
    {
        const char16_t u = c.unicode();
        return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
    }

    void appendCodePoint(QString* out, char32_t cp)
    {
        if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            out->append(QChar(0xfffd));
            return;
        }
        if (cp >= 0x80 && cp <= 0x9f)
            cp = Cp1252High[cp - 0x80];
        const char32_t c32[1] = { cp };
        out->append(QString::fromUcs4(c32, 1));
    }

    // Decodes the reference starting at s[i] == '&'. Returns the number of characters consumed,
    // 0 when it is no reference (the '&' is then literal).
    qsizetype decodeAt(QStringView s, qsizetype i, QString* out, bool attribute)
    {
        const qsizetype n = s.size();
        if (i + 1 >= n)
            return 0;
        if (s[i + 1] == u'#') {
            qsizetype j = i + 2;
            const bool hex = j < n && (s[j] == u'x' || s[j] == u'X');
            if (hex)
                ++j;
            const qsizetype start = j;
            char32_t v = 0;
            bool overflow = false;
            while (j < n && j - start < 16) {
                const char16_t c = s[j].unicode();
                int d = -1;
                if (c >= u'0' && c <= u'9')
                    d = c - u'0';
                else if (hex && c >= u'a' && c <= u'f')
                    d = c - u'a' + 10;
                else if (hex && c >= u'A' && c <= u'F')
                    d = c - u'A' + 10;
                if (d < 0)
                    break;
                v = v * (hex ? 16 : 10) + char32_t(d);
                if (v > 0x10ffff)
                    overflow = true;
                ++j;
            }
            if (j == start)
                return 0;
            appendCodePoint(out, overflow ? char32_t(0x110000) : v);
            if (j < n && s[j] == u';')
                ++j;
            return j - i;
        }
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && isAsciiAlnum(s[j]))
            ++j;
        if (j == i + 1)
            return 0;
        const QString name = s.sliced(i + 1, j - i - 1).toString();
        const auto& table = entityTable();
        const auto it = table.constFind(name);
        if (it != table.constEnd() && j < n && s[j] == u';') {
            out->append(QChar(it.value()));
            return j + 1 - i;
        }
        // Legacy names without ';' ("&amp", "&lt"): the longest one that starts the word. In an
        // attribute value a following letter, digit or '=' means it is no reference (query strings).
        for (const char16_t* legacy : LegacyNoSemicolon) {
            const QStringView l(legacy);
            if (!QStringView(name).startsWith(l))
                continue;
            const qsizetype end = i + 1 + l.size();
            if (attribute && end < n && (isAsciiAlnum(s[end]) || s[end] == u'='))
                continue;
            out->append(QChar(entityTable().value(l.toString())));
            return end - i;
        }
        return 0;
    }

    // Collects readable text: white space collapsed, block boundaries as line breaks.
    class TextOut {
    public:
        explicit TextOut(qsizetype max)
            : m_max(max)
        {
        }
        void addChar(QChar c, bool pre)
        {
            if (c.unicode() == 0xa0)
                c = QLatin1Char(' ');
            if (!pre && isSpace(c)) {
                m_pendingSpace = true;
                return;
            }
            if (c == u'\r')
                return;
            if (!room())
                return;
            if (m_pendingSpace && !m_text.isEmpty() && m_text.back() != u'\n' && m_text.back() != u' ')
                m_text += u' ';
            m_pendingSpace = false;
            m_text += c;
        }
        void addText(QStringView s, bool pre)
        {
            for (QChar c : s)
                addChar(c, pre);
        }
        void space() { m_pendingSpace = true; }
        // A block boundary: one line break. @p hard (<br>) may make an empty line.
        void newline(bool hard = false)
        {
            m_pendingSpace = false;
            while (!m_text.isEmpty() && m_text.back() == u' ')
                m_text.chop(1);
            if (m_text.isEmpty() || !room())
                return;
            if (m_text.endsWith(QStringLiteral("\n\n")) || (!hard && m_text.back() == u'\n'))
                return;
            m_text += u'\n';
        }
        qsizetype size() const { return m_text.size(); }
        const QString& text() const { return m_text; }
        bool truncated() const { return m_truncated; }
        QString take()
        {
            while (!m_text.isEmpty() && (m_text.back() == u'\n' || m_text.back() == u' '))
                m_text.chop(1);
            return std::move(m_text);
        }

    private:
        bool room()
        {
            if (m_text.size() < m_max)
                return true;
            m_truncated = true;
            return false;
        }
        QString m_text;
        qsizetype m_max;
        bool m_pendingSpace = false;
        bool m_truncated = false;
    };

    struct Attribute {
        QString name; // lower-cased
        QStringView raw; // as written, without quotes
    };

    QString attr(const QList<Attribute>& attrs, QStringView name)
    {
        for (const Attribute& a : attrs) {
            if (a.name == name)
                return decodeEntities(a.raw).trimmed();
        }
        return {};
    }
    bool hasAttr(const QList<Attribute>& attrs, QStringView name)
    {
        for (const Attribute& a : attrs) {
            if (a.name == name)
                return true;
        }
        return false;
    }

    // Leading integer of "1", "1px", " 0 "; -1 when none.
    int leadingInt(QStringView s)
    {
        s = s.trimmed();
        int v = 0;
        qsizetype k = 0;
        while (k < s.size() && k < 7 && s[k] >= u'0' && s[k] <= u'9') {
            v = v * 10 + (s[k].unicode() - u'0');
            ++k;
        }
        return k == 0 ? -1 : v;
    }

    // The value of a CSS property in a style attribute (lower-cased, spaces removed), or -1.
    int cssInt(const QString& style, QStringView prop)
    {
        qsizetype from = 0;
        while (from < style.size()) {
            const qsizetype at = style.indexOf(prop, from);
            if (at < 0)
                return -1;
            from = at + prop.size();
            const bool boundary = at == 0 || style[at - 1] == u';' || style[at - 1] == u'{';
            if (boundary && from < style.size() && style[from] == u':')
                return leadingInt(QStringView(style).sliced(from + 1));
        }
        return -1;
    }

    bool isBlock(QStringView name)
    {
        static const char16_t* const blocks[] = { u"p", u"div", u"br", u"tr", u"li", u"ul", u"ol", u"table", u"h1",
            u"h2", u"h3", u"h4", u"h5", u"h6", u"blockquote", u"hr", u"section", u"article", u"header", u"footer",
            u"dt", u"dd", u"dl", u"center", u"pre", u"address", u"form", u"tbody", u"thead", u"tfoot", u"caption",
            u"nav", u"aside", u"main", u"figure", u"figcaption", u"body", u"html", u"fieldset", u"legend" };
        for (const char16_t* b : blocks) {
            if (name == QStringView(b))
                return true;
        }
        return false;
    }

    bool skipsContent(QStringView name)
    {
        return name == u"script" || name == u"style" || name == u"title" || name == u"template" || name == u"xml";
    }

} // namespace

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'&') {
            const qsizetype used = decodeAt(text, i, &out, true);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

Document parse(QStringView html, const Limits& limits)
{
    Document doc;
    QStringView in = html;
    if (in.size() > limits.maxInputChars) {
        in = in.first(limits.maxInputChars);
        doc.truncated = true;
    }
    TextOut out(limits.maxTextChars);
    const qsizetype n = in.size();
    qsizetype i = 0;
    bool pre = false;
    int openLink = -1;
    qsizetype linkTextStart = 0;
    QString linkAlt;
    QString linkTitle;
    int openForm = -1;

    auto closeLink = [&]() {
        if (openLink < 0)
            return;
        Link& l = doc.links[openLink];
        l.text = out.text().mid(linkTextStart).simplified();
        if (l.text.isEmpty())
            l.text = linkAlt.simplified();
        if (l.text.isEmpty())
            l.text = linkTitle.simplified();
        openLink = -1;
    };

    while (i < n) {
        const QChar c = in[i];
        if (c == u'&') {
            QString decoded;
            const qsizetype used = decodeAt(in, i, &decoded, false);
            if (used > 0) {
                out.addText(decoded, pre);
                i += used;
            } else {
                out.addChar(c, pre);
                ++i;
            }
            continue;
        }
        if (c != u'<') {
            out.addChar(c, pre);
            ++i;
            continue;
        }
        // Markup.
        const qsizetype tagStart = i;
        if (in.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = in.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (in[i + 1] == u'!' || in[i + 1] == u'?')) {
            const qsizetype end = in.indexOf(u'>', i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = i + 1 < n && in[i + 1] == u'/';
        const qsizetype nameStart = i + 1 + (closing ? 1 : 0);
        if (nameStart >= n || !isAsciiLetter(in[nameStart])) {
            out.addChar(c, pre); // a literal '<'
            ++i;
            continue;
        }
        qsizetype k = nameStart;
        while (k < n && (isAsciiAlnum(in[k]) || in[k] == u'-' || in[k] == u':'))
            ++k;
        const QString name = in.sliced(nameStart, k - nameStart).toString().toLower();
        QList<Attribute> attrs;
        while (k < n) {
            while (k < n && (isSpace(in[k]) || in[k] == u'/'))
                ++k;
            if (k >= n)
                break;
            if (in[k] == u'>') {
                ++k;
                break;
            }
            const qsizetype an = k;
            while (k < n && !isSpace(in[k]) && in[k] != u'=' && in[k] != u'>' && in[k] != u'/')
                ++k;
            if (k == an) {
                ++k; // a stray '=' or similar
                continue;
            }
            const QString aname = in.sliced(an, k - an).toString().toLower();
            while (k < n && isSpace(in[k]))
                ++k;
            QStringView value;
            if (k < n && in[k] == u'=') {
                ++k;
                while (k < n && isSpace(in[k]))
                    ++k;
                if (k < n && (in[k] == u'"' || in[k] == u'\'')) {
                    const QChar q = in[k];
                    const qsizetype close = in.indexOf(q, k + 1);
                    if (close < 0) {
                        value = in.sliced(k + 1);
                        k = n;
                    } else {
                        value = in.sliced(k + 1, close - k - 1);
                        k = close + 1;
                    }
                } else {
                    const qsizetype vs = k;
                    while (k < n && !isSpace(in[k]) && in[k] != u'>')
                        ++k;
                    value = in.sliced(vs, k - vs);
                }
            }
            if (attrs.size() < 64)
                attrs.append({ aname, value });
        }
        i = k;

        if (name == u"br") {
            out.newline(true);
        } else if (isBlock(name)) {
            out.newline();
        } else if (name == u"td" || name == u"th") {
            out.space();
        }

        if (closing) {
            if (name == u"a")
                closeLink();
            else if (name == u"form")
                openForm = -1;
            else if (name == u"pre")
                pre = false;
            continue;
        }

        if (name == u"a" || name == u"area") {
            closeLink();
            if (hasAttr(attrs, u"href")) {
                if (doc.links.size() >= limits.maxLinks) {
                    doc.truncated = true;
                } else {
                    Link l;
                    l.href = attr(attrs, u"href");
                    l.position = tagStart;
                    if (name == u"area") {
                        l.text = attr(attrs, u"alt");
                        if (l.text.isEmpty())
                            l.text = attr(attrs, u"title");
                        doc.links.append(l);
                    } else {
                        doc.links.append(l);
                        openLink = int(doc.links.size() - 1);
                        linkTextStart = out.size();
                        linkAlt.clear();
                        linkTitle = attr(attrs, u"title");
                    }
                }
            }
        } else if (name == u"img"
            || ((name == u"body" || name == u"td" || name == u"table") && hasAttr(attrs, u"background"))) {
            const bool img = name == u"img";
            if (doc.images.size() >= limits.maxImages) {
                doc.truncated = true;
            } else {
                Image im;
                im.src = attr(attrs, img ? u"src" : u"background");
                im.alt = attr(attrs, u"alt");
                im.position = tagStart;
                im.width = leadingInt(attr(attrs, u"width"));
                im.height = leadingInt(attr(attrs, u"height"));
                QString style = attr(attrs, u"style").toLower();
                style.remove(u' ');
                style.remove(u'\t');
                const int cw = cssInt(style, u"width");
                const int ch = cssInt(style, u"height");
                if (cw >= 0)
                    im.width = cw;
                if (ch >= 0)
                    im.height = ch;
                im.hidden = style.contains(QStringLiteral("display:none"))
                    || style.contains(QStringLiteral("visibility:hidden")) || cssInt(style, u"opacity") == 0
                    || cssInt(style, u"max-height") == 0 || im.width == 0 || im.height == 0
                    || hasAttr(attrs, u"hidden");
                if (img && !im.src.isEmpty())
                    doc.images.append(im);
                else if (!img)
                    doc.images.append(im);
                if (img && openLink >= 0)
                    linkAlt += u' ' + im.alt;
            }
        } else if (name == u"form") {
            if (doc.forms.size() < limits.maxForms) {
                Form f;
                f.action = attr(attrs, u"action");
                f.position = tagStart;
                doc.forms.append(f);
                openForm = int(doc.forms.size() - 1);
            }
        } else if (name == u"input") {
            if (attr(attrs, u"type").compare(u"password", Qt::CaseInsensitive) == 0) {
                if (openForm >= 0) {
                    doc.forms[openForm].hasPassword = true;
                } else if (doc.forms.size() < limits.maxForms) {
                    Form f;
                    f.hasPassword = true;
                    f.position = tagStart;
                    doc.forms.append(f);
                }
            }
        } else if (name == u"pre") {
            pre = true;
        }

        if (skipsContent(name)) {
            const QString endTag = QStringLiteral("</") + name;
            const qsizetype end = in.indexOf(endTag, i, Qt::CaseInsensitive);
            i = end < 0 ? n : end;
        }
    }
    closeLink();
    doc.truncated = doc.truncated || out.truncated();
    doc.text = out.take();
    return doc;
}

QString toPlainText(QStringView html)
{
    return parse(html).text;
}

QString renderedHtmlBody(const Message& m)
{
    const QString html = m.htmlBody();
    if (html.isEmpty())
        return {};
    return parse(html).text;
}

} // namespace MailTriage::HtmlText
