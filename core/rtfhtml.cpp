// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtfhtml.h"

#include "charset.h"
#include "transferencoding.h"

#include <QHash>
#include <QList>

namespace MailTriage::RtfHtml {

namespace {

    constexpr int kMaxGroupDepth = 1000;

    bool isLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    // \fcharsetN -> Windows code page (0 = keep the document's).
    int charsetCodepage(int charset)
    {
        switch (charset) {
        case 0:
            return 1252;
        case 77:
            return 10000;
        case 128:
            return 932;
        case 129:
            return 949;
        case 134:
            return 936;
        case 136:
            return 950;
        case 161:
            return 1253;
        case 162:
            return 1254;
        case 163:
            return 1258;
        case 177:
            return 1255;
        case 178:
            return 1256;
        case 186:
            return 1257;
        case 204:
            return 1251;
        case 222:
            return 874;
        case 238:
            return 1250;
        case 254:
            return 437;
        case 255:
            return 850;
        default:
            return 0;
        }
    }

    // Destinations whose text is not part of the document's text.
    bool isSkippedDestination(QByteArrayView w)
    {
        static const char* const names[] = { "colortbl", "stylesheet", "info", "pict", "object", "objdata", "header",
            "footer", "headerl", "headerr", "headerf", "footerl", "footerr", "footerf", "listtable",
            "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
            "latentstyles", "datastore", "fldinst", "bkmkstart", "bkmkend", "nonshppict", "shppict", "author",
            "operator", "title", "company", "falt", "panose", "leveltext", "levelnumbers", "filetbl", "mhtmltag",
            "pgdsctbl", "listpicture", "fontemb", "fontfile", "private", "userprops", "docvar", "template", "buptim",
            "creatim", "printim", "revtim", "doccomm", "keywords", "subject", "category", "comment", "hlinkbase", "xe",
            "tc", "txe", "atnid", "atnauthor", "annotation", "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc",
            "aftncn", "wgrffmtfilter", "mmathPr", "sp", "sn", "sv" };
        for (const char* n : names) {
            if (w == QByteArrayView(n))
                return true;
        }
        return false;
    }

    struct GroupState {
        bool skip = false; ///< a destination whose text is not shown
        bool htmlTag = false; ///< inside \*\htmltag: HTML to copy
        bool htmlRtf = false; ///< between \htmlrtf and \htmlrtf0: RTF-only rendering
        bool fontTable = false;
        int uc = 1;
        int font = -1;
    };

    class Walker {
    public:
        Walker(QByteArrayView d, bool html, int defaultCp, qsizetype maxChars)
            : m_d(d)
            , m_html(html)
            , m_docCp(defaultCp)
            , m_maxChars(maxChars)
        {
        }

        QString run()
        {
            const qsizetype n = m_d.size();
            qsizetype i = 0;
            while (i < n && m_out.size() < m_maxChars) {
                const char c = m_d[i];
                if (c == '{') {
                    ++i;
                    m_ucSkip = 0;
                    if (m_overflow > 0 || m_stack.size() >= kMaxGroupDepth) {
                        ++m_overflow;
                        continue;
                    }
                    m_stack.append(m_st);
                    m_groupStart = true;
                    m_star = false;
                    continue;
                }
                if (c == '}') {
                    ++i;
                    m_ucSkip = 0;
                    if (m_overflow > 0) {
                        --m_overflow;
                        continue;
                    }
                    if (!m_stack.isEmpty()) {
                        const bool leavingTag = m_st.htmlTag;
                        m_st = m_stack.takeLast();
                        if (leavingTag && !m_st.htmlTag)
                            flush();
                    }
                    m_groupStart = false;
                    m_star = false;
                    continue;
                }
                if (c == '\\') {
                    i = controlAt(i);
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    ++i;
                    continue;
                }
                m_groupStart = false;
                m_star = false;
                textByte(c);
                ++i;
            }
            flush();
            if (m_out.size() > m_maxChars)
                m_out.truncate(m_maxChars);
            return m_out;
        }

    private:
        bool visible() const
        {
            if (m_overflow > 0 || m_st.skip)
                return false;
            if (m_html)
                return m_st.htmlTag || !m_st.htmlRtf;
            return !m_st.htmlRtf;
        }

        int currentCodepage()
        {
            if (m_html && m_st.htmlTag)
                return m_docCp;
            if (m_st.font != m_cachedFont) { // one table look-up per font change, not per byte
                m_cachedFont = m_st.font;
                m_cachedFontCp = m_fontCp.value(m_st.font, 0);
            }
            return m_cachedFontCp > 0 ? m_cachedFontCp : m_docCp;
        }

        void flush()
        {
            if (m_pending.isEmpty())
                return;
            QByteArray label = codepageLabel(m_pendingCp);
            if (label.isEmpty())
                label = "windows-1252";
            // ASCII reads the same in every ASCII-compatible code page: skip the converter.
            const bool asciiCompatible = !label.startsWith("utf-7") && !label.startsWith("utf-16")
                && !label.startsWith("iso-2022") && !label.startsWith("hz-");
            bool ascii = asciiCompatible;
            for (qsizetype i = 0; ascii && i < m_pending.size(); ++i)
                ascii = quint8(m_pending[i]) < 0x80;
            if (ascii)
                m_out += QLatin1String(m_pending);
            else
                m_out += Charset::toUnicode(m_pending, label);
            m_pending.clear();
        }

        void textByte(char c)
        {
            if (m_ucSkip > 0) {
                --m_ucSkip;
                return;
            }
            if (!visible())
                return;
            const int cp = currentCodepage();
            if (!m_pending.isEmpty() && cp != m_pendingCp)
                flush();
            m_pendingCp = cp;
            m_pending.append(c);
            if (m_pending.size() > 65536)
                flushAtBoundary();
        }

        // Long runs are decoded in pieces; split only after an ASCII byte so that no
        // multi-byte character is cut.
        void flushAtBoundary()
        {
            if (quint8(m_pending.back()) < 0x40)
                flush();
        }

        void text(QStringView s)
        {
            if (!visible())
                return;
            flush();
            m_out += s;
        }

        void character(char16_t ch)
        {
            if (!visible())
                return;
            flush();
            m_out += QChar(ch);
        }

        void lineBreak() { text(m_html ? u"\r\n" : u"\n"); }

        // Reads the control word or symbol at @p i (a backslash); returns the next position.
        qsizetype controlAt(qsizetype i)
        {
            const qsizetype n = m_d.size();
            ++i;
            if (i >= n)
                return i;
            const char c = m_d[i];
            if (!isLetter(c)) {
                // Control symbols.
                if (c == '*') {
                    m_star = true;
                    return i + 1;
                }
                m_groupStart = false;
                m_star = false;
                switch (c) {
                case '\'': {
                    if (i + 2 < n && TransferEncoding::hexValue(m_d[i + 1]) >= 0
                        && TransferEncoding::hexValue(m_d[i + 2]) >= 0) {
                        textByte(
                            char(TransferEncoding::hexValue(m_d[i + 1]) * 16 + TransferEncoding::hexValue(m_d[i + 2])));
                        return i + 3;
                    }
                    return qMin(n, i + 1);
                }
                case '\\':
                case '{':
                case '}':
                    textByte(c);
                    return i + 1;
                case '~':
                    if (m_ucSkip > 0)
                        --m_ucSkip;
                    else
                        character(0x00A0);
                    return i + 1;
                case '_':
                    if (m_ucSkip > 0)
                        --m_ucSkip;
                    else
                        character(u'-');
                    return i + 1;
                case '\r':
                case '\n':
                    lineBreak();
                    return i + 1;
                case '\t':
                    character(u'\t');
                    return i + 1;
                default: // \- \| \: and unknown symbols carry no text
                    return i + 1;
                }
            }
            const qsizetype wordStart = i;
            while (i < n && isLetter(m_d[i]) && i - wordStart < 32)
                ++i;
            const QByteArrayView word = m_d.sliced(wordStart, i - wordStart);
            bool hasParam = false;
            qint64 param = 0;
            bool negative = false;
            if (i < n && m_d[i] == '-' && i + 1 < n && isDigit(m_d[i + 1])) {
                negative = true;
                ++i;
            }
            const qsizetype digitStart = i;
            while (i < n && isDigit(m_d[i])) {
                if (i - digitStart < 10)
                    param = param * 10 + (m_d[i] - '0');
                ++i;
            }
            if (i > digitStart) {
                hasParam = true;
                if (negative)
                    param = -param;
            }
            if (i < n && m_d[i] == ' ')
                ++i; // the delimiter belongs to the control word
            return controlWord(word, hasParam, param, i);
        }

        qsizetype controlWord(QByteArrayView w, bool hasParam, qint64 param, qsizetype next)
        {
            if (m_groupStart) {
                const bool star = m_star;
                m_groupStart = false;
                m_star = false;
                if (w == "htmltag") {
                    m_st.htmlTag = true;
                    return next;
                }
                if (w == "fonttbl") {
                    m_st.skip = true;
                    m_st.fontTable = true;
                    m_fontDef = -1;
                    return next;
                }
                if (isSkippedDestination(w) || star) {
                    m_st.skip = true;
                    return next;
                }
            }
            m_star = false;
            if (w == "bin") {
                // Binary data follows: skip it whole.
                const qint64 len = hasParam && param > 0 ? param : 0;
                return next + qsizetype(qMin<qint64>(len, m_d.size() - next));
            }
            if (w == "htmlrtf") {
                m_st.htmlRtf = !hasParam || param != 0;
                return next;
            }
            if (w == "ansicpg") {
                if (hasParam && param > 0 && param < 100000)
                    m_docCp = int(param);
                return next;
            }
            if (w == "f") {
                if (m_st.fontTable)
                    m_fontDef = int(param);
                else
                    m_st.font = int(param);
                return next;
            }
            if (w == "fcharset") {
                if (m_st.fontTable && m_fontDef >= 0 && m_fontCp.size() < 4096) {
                    const int cp = charsetCodepage(int(param));
                    if (cp > 0)
                        m_fontCp.insert(m_fontDef, cp);
                    m_cachedFont = kNoFont;
                }
                return next;
            }
            if (w == "cpg") {
                if (m_st.fontTable && m_fontDef >= 0 && param > 0 && param < 100000 && m_fontCp.size() < 4096)
                    m_fontCp.insert(m_fontDef, int(param));
                m_cachedFont = kNoFont;
                return next;
            }
            if (w == "uc") {
                m_st.uc = int(qBound(qint64(0), param, qint64(16)));
                return next;
            }
            if (w == "u") {
                const qint64 v = param < 0 ? param + 65536 : param;
                if (m_ucSkip > 0)
                    m_ucSkip = 0;
                if (v >= 0 && v <= 0xFFFF)
                    character(char16_t(v));
                m_ucSkip = m_st.uc;
                return next;
            }
            if (m_ucSkip > 0) {
                // A control word standing for the fallback character of a \u.
                --m_ucSkip;
                return next;
            }
            if (w == "par" || w == "line" || w == "sect" || w == "page") {
                lineBreak();
            } else if (w == "row") {
                if (!m_html)
                    lineBreak();
            } else if (w == "tab" || w == "cell") {
                if (w == "tab" || !m_html)
                    character(u'\t');
            } else if (w == "lquote") {
                character(0x2018);
            } else if (w == "rquote") {
                character(0x2019);
            } else if (w == "ldblquote") {
                character(0x201C);
            } else if (w == "rdblquote") {
                character(0x201D);
            } else if (w == "bullet") {
                character(0x2022);
            } else if (w == "endash") {
                character(0x2013);
            } else if (w == "emdash") {
                character(0x2014);
            } else if (w == "emspace" || w == "enspace" || w == "qmspace") {
                character(u' ');
            }
            return next;
        }

        QByteArrayView m_d;
        bool m_html;
        int m_docCp;
        qsizetype m_maxChars;
        QString m_out;
        QByteArray m_pending;
        int m_pendingCp = 0;
        QHash<int, int> m_fontCp;
        static constexpr int kNoFont = -2;
        int m_cachedFont = kNoFont;
        int m_cachedFontCp = 0;
        int m_fontDef = -1;
        QList<GroupState> m_stack;
        GroupState m_st;
        int m_overflow = 0;
        bool m_groupStart = false;
        bool m_star = false;
        int m_ucSkip = 0;
    };

    // Finds control word @p word (followed by a non-letter) in the first bytes of the RTF.
    bool headerHas(QByteArrayView rtf, QByteArrayView word)
    {
        const QByteArrayView head = rtf.first(qMin<qsizetype>(rtf.size(), 4096));
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = head.indexOf(word, from);
            if (at < 0)
                return false;
            const qsizetype end = at + word.size();
            const bool escaped = at > 0 && head[at - 1] == '\\';
            if (!escaped && (end >= head.size() || !isLetter(head[end])))
                return true;
            from = at + 1;
        }
    }

} // namespace

Origin origin(QByteArrayView rtf)
{
    if (headerHas(rtf, "\\fromhtml"))
        return Origin::Html;
    if (headerHas(rtf, "\\fromtext"))
        return Origin::Text;
    return Origin::Rtf;
}

QString deencapsulateHtml(QByteArrayView rtf, int defaultCodepage, qsizetype maxChars)
{
    return Walker(rtf, true, defaultCodepage, maxChars).run();
}

QString toPlainText(QByteArrayView rtf, int defaultCodepage, qsizetype maxChars)
{
    return Walker(rtf, false, defaultCodepage, maxChars).run();
}

QByteArray codepageLabel(int cp)
{
    switch (cp) {
    case 932:
        return "windows-31j";
    case 936:
        return "gbk";
    case 949:
        return "windows-949";
    case 950:
        return "big5";
    case 874:
        return "windows-874";
    case 1200:
        return "utf-16le";
    case 1201:
        return "utf-16be";
    case 20127:
        return "us-ascii";
    case 20866:
        return "koi8-r";
    case 21866:
        return "koi8-u";
    case 20932:
    case 51932:
        return "euc-jp";
    case 50220:
    case 50221:
    case 50222:
        return "iso-2022-jp";
    case 50225:
        return "iso-2022-kr";
    case 51949:
        return "euc-kr";
    case 52936:
        return "hz-gb-2312";
    case 54936:
        return "gb18030";
    case 65000:
        return "utf-7";
    case 65001:
        return "utf-8";
    case 10000:
        return "macintosh";
    case 437:
        return "ibm437";
    case 850:
        return "ibm850";
    case 866:
        return "ibm866";
    default:
        break;
    }
    if (cp >= 1250 && cp <= 1258)
        return "windows-" + QByteArray::number(cp);
    if (cp >= 28591 && cp <= 28606)
        return "iso-8859-" + QByteArray::number(cp - 28590);
    return {};
}

} // namespace MailTriage::RtfHtml
