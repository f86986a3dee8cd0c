// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcehighlighter.h"

#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>

namespace MailTriage {

/// @brief Applies the highlighting of the raw source view: KSyntaxHighlighting's runs for the
/// header section (when they have arrived from the worker thread) plus MailTriage's own overlay:
/// MIME boundary lines and quoted lines ("> ...").
class SourceDocumentHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SourceDocumentHighlighter(QTextDocument* document);

    /// MIME boundaries of the message (without the leading "--").
    void setBoundaries(const QList<QByteArray>& boundaries);
    /// Runs from a SourceHighlighter; applied at once.
    void setRuns(const QList<HighlightRun>& runs);
    void clearRuns();
    bool hasRuns() const { return !m_runs.isEmpty(); }

protected:
    void highlightBlock(const QString& text) override;

private:
    QHash<int, QList<HighlightRun>> m_runs; ///< by line
    QList<QString> m_boundaries; ///< "--boundary"
};

} // namespace MailTriage
