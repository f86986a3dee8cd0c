// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedocumenthighlighter.h"

#include "uicolors.h"

#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>

namespace MailTriage {

SourceDocumentHighlighter::SourceDocumentHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void SourceDocumentHighlighter::setBoundaries(const QList<QByteArray>& boundaries)
{
    m_boundaries.clear();
    for (const QByteArray& b : boundaries) {
        if (!b.isEmpty())
            m_boundaries << QStringLiteral("--") + QString::fromLatin1(b);
    }
}

void SourceDocumentHighlighter::setRuns(const QList<HighlightRun>& runs)
{
    m_runs.clear();
    for (const HighlightRun& r : runs)
        m_runs[r.line].append(r);
    // Only the lines that carry runs (the Email definition marks headers and boundaries) are
    // formatted again: a whole-document pass over megabytes would stall the window.
    QList<int> lines = m_runs.keys();
    std::sort(lines.begin(), lines.end());
    QTextDocument* doc = document();
    for (int line : std::as_const(lines)) {
        const QTextBlock block = doc->findBlockByNumber(line);
        if (block.isValid())
            rehighlightBlock(block);
    }
}

void SourceDocumentHighlighter::clearRuns()
{
    m_runs.clear();
}

void SourceDocumentHighlighter::highlightBlock(const QString& text)
{
    const int line = currentBlock().blockNumber();
    const auto it = m_runs.constFind(line);
    if (it != m_runs.cend()) {
        for (const HighlightRun& r : it.value()) {
            QTextCharFormat f;
            if (r.foreground.isValid())
                f.setForeground(r.foreground);
            if (r.background.isValid())
                f.setBackground(r.background);
            if (r.bold)
                f.setFontWeight(QFont::Bold);
            if (r.italic)
                f.setFontItalic(true);
            if (r.underline)
                f.setFontUnderline(true);
            setFormat(r.start, r.length, f);
        }
    }
    // MailTriage's overlay: MIME boundaries and quoted lines.
    if (text.startsWith(QLatin1String("--"))) {
        for (const QString& b : std::as_const(m_boundaries)) {
            if (text.startsWith(b)) {
                QTextCharFormat f;
                f.setBackground(UiColors::boundaryBackground());
                f.setFontWeight(QFont::Bold);
                setFormat(0, int(text.size()), f);
                return;
            }
        }
    }
    if (text.startsWith(QLatin1Char('>'))) {
        QTextCharFormat f;
        f.setForeground(UiColors::quoteForeground());
        f.setFontItalic(true);
        setFormat(0, int(text.size()), f);
    }
}

} // namespace MailTriage
