// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsourcehighlighter.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace MailTriage {

namespace {
    struct Style {
        QColor foreground;
        QColor background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool any() const { return foreground.isValid() || background.isValid() || bold || italic || underline; }
    };

    Style parseStyle(QStringView tag)
    {
        Style s;
        const qsizetype at = tag.indexOf(u"style=");
        if (at < 0)
            return s;
        QStringView rest = tag.mid(at + 6);
        if (rest.isEmpty())
            return s;
        const QChar quote = rest.front();
        if (quote == u'"' || quote == u'\'') {
            rest = rest.mid(1);
            const qsizetype end = rest.indexOf(quote);
            if (end >= 0)
                rest = rest.left(end);
        }
        for (QStringView decl : rest.split(u';')) {
            const qsizetype colon = decl.indexOf(u':');
            if (colon < 0)
                continue;
            const QStringView key = decl.left(colon).trimmed();
            const QStringView value = decl.mid(colon + 1).trimmed();
            if (key == u"color")
                s.foreground = QColor::fromString(value);
            else if (key == u"background-color" || key == u"background")
                s.background = QColor::fromString(value);
            else if (key == u"font-weight")
                s.bold = value == u"bold" || value.toInt() >= 600;
            else if (key == u"font-style")
                s.italic = value == u"italic" || value == u"oblique";
            else if (key == u"text-decoration")
                s.underline = value.contains(u"underline");
        }
        return s;
    }

    QString decodeEntity(QStringView name)
    {
        if (name == u"lt")
            return QStringLiteral("<");
        if (name == u"gt")
            return QStringLiteral(">");
        if (name == u"amp")
            return QStringLiteral("&");
        if (name == u"quot")
            return QStringLiteral("\"");
        if (name == u"apos")
            return QStringLiteral("'");
        if (name == u"nbsp")
            return QString(QChar(0xA0));
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                const char32_t c = cp;
                return QString::fromUcs4(&c, 1);
            }
            return QString(QChar(QChar::ReplacementCharacter));
        }
        return QLatin1Char('&') + name.toString() + QLatin1Char(';');
    }
} // namespace

ProcessSourceHighlighter::ProcessSourceHighlighter(const QString& program)
    : m_program(program)
{
    if (m_program.isEmpty())
        m_program = qEnvironmentVariable("MAILTRIAGE_KATE_HIGHLIGHTER");
    if (m_program.isEmpty())
        m_program = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
}

QString ProcessSourceHighlighter::name() const
{
    return QStringLiteral("kate-syntax-highlighter");
}

bool ProcessSourceHighlighter::isAvailable() const
{
    const QFileInfo fi(m_program);
    return !m_program.isEmpty() && fi.isFile() && fi.isExecutable();
}

QList<HighlightRun> ProcessSourceHighlighter::highlight(const QString& text, bool dark, QString* error) const
{
    if (!isAvailable()) {
        if (error)
            *error
                = QStringLiteral("kate-syntax-highlighter is not installed (Debian: libkf5syntaxhighlighting-tools)");
        return {};
    }
    QProcess proc;
    proc.setProgram(m_program);
    proc.setArguments({ QStringLiteral("--stdin"), QStringLiteral("-s"), QStringLiteral("Email"), QStringLiteral("-f"),
        QStringLiteral("html"), QStringLiteral("-t"),
        dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light") });
    // Nothing of the message reaches a shell or the command line: the text goes through stdin.
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    proc.start(QIODevice::ReadWrite);
    if (!proc.waitForStarted(m_timeoutMs)) {
        if (error)
            *error = proc.errorString();
        return {};
    }
    proc.write(text.toUtf8());
    proc.closeWriteChannel();
    if (!proc.waitForFinished(m_timeoutMs)) {
        proc.kill();
        proc.waitForFinished(1000);
        if (error)
            *error = QStringLiteral("kate-syntax-highlighter did not finish within %1 ms").arg(m_timeoutMs);
        return {};
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("kate-syntax-highlighter failed: %1")
                         .arg(QString::fromUtf8(proc.readAllStandardError()).trimmed().left(200));
        return {};
    }
    return parseHtml(QString::fromUtf8(proc.readAllStandardOutput()));
}

QList<HighlightRun> ProcessSourceHighlighter::parseHtml(const QString& html)
{
    QList<HighlightRun> runs;
    qsizetype i = html.indexOf(QLatin1String("<pre"));
    if (i < 0)
        return runs;
    i = html.indexOf(QLatin1Char('>'), i);
    if (i < 0)
        return runs;
    ++i;
    // HTML drops one line break right after <pre>.
    if (i < html.size() && html[i] == QLatin1Char('\r'))
        ++i;
    if (i < html.size() && html[i] == QLatin1Char('\n'))
        ++i;
    const qsizetype end = html.indexOf(QLatin1String("</pre>"), i);
    const qsizetype stop = end < 0 ? html.size() : end;

    QList<Style> stack;
    int line = 0;
    int col = 0;
    HighlightRun current;
    bool open = false;
    auto flush = [&] {
        if (open && current.length > 0)
            runs.append(current);
        open = false;
    };
    auto startRun = [&] {
        flush();
        if (stack.isEmpty() || !stack.last().any())
            return;
        const Style& s = stack.last();
        current = HighlightRun { line, col, 0, s.foreground, s.background, s.bold, s.italic, s.underline };
        open = true;
    };
    auto addText = [&](int units) {
        if (open)
            current.length += units;
        col += units;
    };

    while (i < stop) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            if (close < 0 || close > stop)
                break;
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
            if (tag.startsWith(u"/span")) {
                flush();
                if (!stack.isEmpty())
                    stack.removeLast();
                startRun();
            } else if (tag.startsWith(u"span")) {
                stack.append(parseStyle(tag));
                startRun();
            } else if (tag.startsWith(u"br")) {
                flush();
                ++line;
                col = 0;
                startRun();
            }
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semi = html.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i <= 12) {
                addText(int(decodeEntity(QStringView(html).mid(i + 1, semi - i - 1)).size()));
                i = semi + 1;
                continue;
            }
            addText(1);
            ++i;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            flush();
            ++line;
            col = 0;
            ++i;
            startRun();
            continue;
        }
        if (c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        addText(1);
        ++i;
    }
    flush();
    return runs;
}

} // namespace MailTriage
