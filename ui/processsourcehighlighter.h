// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcehighlighter.h"

namespace MailTriage {

/// @brief SourceHighlighter running `kate-syntax-highlighter --stdin -s Email -f html -t THEME`
/// (about 15 ms a message) and reading the style runs back out of its HTML.
class ProcessSourceHighlighter : public SourceHighlighter {
public:
    /// @p program: the executable; empty: $MAILTRIAGE_KATE_HIGHLIGHTER, else found on PATH.
    explicit ProcessSourceHighlighter(const QString& program = {});

    QString name() const override;
    bool isAvailable() const override;
    QList<HighlightRun> highlight(const QString& text, bool dark, QString* error) const override;

    QString program() const { return m_program; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// The style runs of kate-syntax-highlighter's HTML output (the text inside <pre>).
    static QList<HighlightRun> parseHtml(const QString& html);

private:
    QString m_program;
    int m_timeoutMs = 10000;
};

} // namespace MailTriage
