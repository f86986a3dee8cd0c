// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "sourcedocumenthighlighter.h"
#include "uicolors.h"
#include "uitext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailTriage {

SourceView::SourceView(QWidget* parent)
    : QWidget(parent)
    , m_highlighter(SourceHighlighter::create())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("sourceEditor"));
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setCenterOnScroll(false);
    layout->addWidget(m_edit);
    m_docHighlighter = new SourceDocumentHighlighter(m_edit->document());
    m_watcher = new QFutureWatcher<QList<HighlightRun>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const quint64 generation = m_watcher->property("generation").toULongLong();
        if (generation != m_generation || m_watcher->future().isCanceled())
            return;
        const QList<HighlightRun> runs = m_watcher->result();
        m_docHighlighter->setRuns(runs);
        m_syntaxApplied = !runs.isEmpty();
        Q_EMIT syntaxHighlightingFinished();
    });
}

SourceView::~SourceView()
{
    ++m_generation;
    if (m_watcher->isRunning())
        m_watcher->waitForFinished();
}

void SourceView::setHighlighter(std::shared_ptr<SourceHighlighter> highlighter)
{
    m_highlighter = std::move(highlighter);
}

void SourceView::clear()
{
    ++m_generation;
    m_text = SourceText();
    m_findingRanges.clear();
    m_markOffset = -1;
    m_markLength = 0;
    m_syntaxApplied = false;
    m_docHighlighter->clearRuns();
    m_edit->clear();
    m_edit->setExtraSelections({});
    m_banner->setVisible(false);
}

void SourceView::setSource(const QByteArray& source, const QList<Finding>& findings, const QList<QByteArray>& boundaries)
{
    clear();
    m_text = SourceText::fromBytes(source, MaxDisplayBytes);
    for (const Finding& f : findings) {
        if (f.offset >= 0)
            m_findingRanges.append({ f.offset, f.length });
    }
    m_docHighlighter->setBoundaries(boundaries);
    // Setting the text re-highlights every block once with the overlay only; KSyntaxHighlighting's
    // runs follow from the worker thread.
    m_edit->setPlainText(m_text.text());
    if (m_text.truncated()) {
        m_banner->setText(tr("This message is %1; only the first %2 are shown here. Findings beyond that point "
                             "cannot be marked. Save the original from the case to read all of it.")
                              .arg(UiText::size(m_text.totalBytes()), UiText::size(m_text.shownBytes())));
        m_banner->setVisible(true);
    }
    updateSelections();
    startHighlighting();
}

void SourceView::startHighlighting()
{
    if (!m_highlighter || m_text.isEmpty())
        return;
    if (!m_highlighter->isAvailable()) {
        m_highlighterStatus = tr("Syntax highlighting is off: kate-syntax-highlighter is not installed "
                                 "(Debian package libkf5syntaxhighlighting-tools).");
        return;
    }
    const quint64 generation = ++m_generation;
    m_watcher->setProperty("generation", generation);
    const std::shared_ptr<SourceHighlighter> engine = m_highlighter;
    const QString text = m_text.text();
    const bool dark = UiColors::isDark();
    m_watcher->setFuture(QtConcurrent::run([engine, text, dark] {
        QString error;
        return engine->highlight(text, dark, &error);
    }));
    m_highlighterStatus = tr("Highlighted by %1.").arg(m_highlighter->name());
}

bool SourceView::highlightRange(qint64 offset, qint64 length)
{
    int start = 0;
    int end = 0;
    if (offset < 0 || !m_text.positionRange(offset, length, &start, &end)) {
        m_markOffset = -1;
        m_markLength = 0;
        updateSelections();
        return offset < 0;
    }
    m_markOffset = offset;
    m_markLength = length;
    updateSelections();
    QTextCursor c(m_edit->document());
    c.setPosition(end);
    m_edit->setTextCursor(c);
    m_edit->ensureCursorVisible();
    c.setPosition(start);
    m_edit->setTextCursor(c);
    m_edit->ensureCursorVisible();
    return true;
}

QPair<int, int> SourceView::highlightedTextRange() const
{
    const QList<QTextEdit::ExtraSelection> sel = m_edit->extraSelections();
    for (const QTextEdit::ExtraSelection& s : sel) {
        if (s.format.property(QTextFormat::UserProperty).toBool())
            return { s.cursor.selectionStart(), s.cursor.selectionEnd() };
    }
    return { -1, -1 };
}

void SourceView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument* doc = m_edit->document();
    for (const auto& [offset, length] : std::as_const(m_findingRanges)) {
        int start = 0;
        int end = 0;
        if (!m_text.positionRange(offset, length, &start, &end) || end <= start)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(start);
        s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        s.format.setBackground(UiColors::findingBackground());
        selections << s;
    }
    int start = 0;
    int end = 0;
    if (m_markOffset >= 0 && m_text.positionRange(m_markOffset, m_markLength, &start, &end)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(start);
        s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        s.format.setBackground(UiColors::selectedFindingBackground());
        s.format.setForeground(UiColors::isDark() ? QColor(Qt::white) : QColor(Qt::black));
        s.format.setProperty(QTextFormat::UserProperty, true);
        selections << s;
    }
    m_edit->setExtraSelections(selections);
}

void SourceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_text.isEmpty()) {
        updateSelections();
        startHighlighting();
    }
    QWidget::changeEvent(event);
}

} // namespace MailTriage
