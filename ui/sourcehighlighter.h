// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <memory>

namespace MailTriage {

/// @brief One run of highlighted text: a line of the source and a column range with its style.
struct HighlightRun {
    int line = 0;
    int start = 0; ///< UTF-16 column
    int length = 0;
    QColor foreground; ///< invalid: unchanged
    QColor background; ///< invalid: unchanged
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool operator==(const HighlightRun&) const = default;
};

/// @brief Syntax highlighting of a message's raw source with KSyntaxHighlighting's "Email"
/// definition. The one seam between MailTriage and KSyntaxHighlighting: where a Qt 6 build of the
/// library exists (KF6) it is linked; otherwise its command-line front end
/// kate-syntax-highlighter (Debian: libkf5syntaxhighlighting-tools) is run. Implementations are
/// blocking and thread-safe: call them off the UI thread.
class SourceHighlighter {
public:
    virtual ~SourceHighlighter();

    /// "KSyntaxHighlighting" or "kate-syntax-highlighter".
    virtual QString name() const = 0;
    virtual bool isAvailable() const = 0;
    /// Highlights @p text (lines separated by '\n', no CR) with the Email definition and the
    /// Breeze Light or Breeze Dark theme. Empty with @p error set when it could not run.
    virtual QList<HighlightRun> highlight(const QString& text, bool dark, QString* error) const = 0;

    /// The best implementation this build has: the linked library when built with KF6, else the
    /// command-line tool.
    static std::shared_ptr<SourceHighlighter> create();
};

} // namespace MailTriage
