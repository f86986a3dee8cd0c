// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "sourcehighlighter.h"
#include "sourcetext.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace MailTriage {

class SourceDocumentHighlighter;

/// @brief The "Source" tab: a message's raw bytes, read-only, syntax-highlighted by
/// KSyntaxHighlighting (on a worker thread) with MailTriage's overlay of finding ranges and MIME
/// boundaries. Messages over MaxDisplayBytes show their beginning and say so. Large sources are
/// decoded on a worker thread and put into the editor in slices, so the window never freezes.
class SourceView : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 MaxDisplayBytes = qint64(2) << 20;
    /// Sources up to this size are shown at once; larger ones are loaded in the background.
    static constexpr qint64 SynchronousBytes = 256 * 1024;

    explicit SourceView(QWidget* parent = nullptr);
    ~SourceView() override;

    /// Shows @p source; @p findings' byte ranges are marked, @p boundaries are the message's
    /// MIME boundaries (without "--"). sourceReady() follows once the text is in the editor
    /// (at once for sources up to SynchronousBytes).
    void setSource(const QByteArray& source, const QList<Finding>& findings, const QList<QByteArray>& boundaries);
    void clear();
    /// True while a large source is still being loaded.
    bool isLoading() const { return m_loading; }
    /// Marks bytes [offset, offset + length) as the selected finding and scrolls to them (once
    /// loaded); a negative offset clears the mark. False when the range is not shown (beyond
    /// the cap).
    bool highlightRange(qint64 offset, qint64 length);
    /// The marked byte range as given to highlightRange(), {-1, 0} when none.
    QPair<qint64, qint64> highlightedByteRange() const { return { m_markOffset, m_markLength }; }
    /// The marked range as it stands in the text document (start, end positions), {-1, -1}.
    QPair<int, int> highlightedTextRange() const;

    const SourceText& sourceText() const { return m_text; }
    QPlainTextEdit* editor() const { return m_edit; }
    /// True once KSyntaxHighlighting's runs are applied to the current source.
    bool isSyntaxHighlighted() const { return m_syntaxApplied; }
    QString highlighterStatus() const { return m_highlighterStatus; }
    void setHighlighter(std::shared_ptr<SourceHighlighter> highlighter);

Q_SIGNALS:
    void sourceReady();
    void syntaxHighlightingFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSelections();
    void startHighlighting();
    void showText();
    void insertNextSlice();
    void textComplete();
    void scrollToMark();

    QLabel* m_banner = nullptr;
    QPlainTextEdit* m_edit = nullptr;
    SourceDocumentHighlighter* m_docHighlighter = nullptr;
    std::shared_ptr<SourceHighlighter> m_highlighter;
    QFutureWatcher<QList<HighlightRun>>* m_watcher = nullptr;
    QFutureWatcher<SourceText>* m_textWatcher = nullptr;
    QTimer* m_sliceTimer = nullptr;
    quint64 m_generation = 0;
    SourceText m_text;
    qsizetype m_inserted = 0; ///< characters of m_text already in the editor
    QList<QPair<qint64, qint64>> m_findingRanges;
    qint64 m_markOffset = -1;
    qint64 m_markLength = 0;
    qint64 m_sourceSize = 0;
    bool m_loading = false;
    bool m_syntaxApplied = false;
    QString m_highlighterStatus;
};

} // namespace MailTriage
