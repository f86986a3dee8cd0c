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
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailTriage {

namespace {
    constexpr qsizetype kSliceChars = 128 * 1024; ///< characters put into the editor per event-loop turn
}

SourceView::SourceView(QWidget* parent)
    : QWidget(parent)
    , m_highlighter(SourceHighlighter::create())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("sourceBanner"));
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
    layout->addWidget(m_edit);
    m_docHighlighter = new SourceDocumentHighlighter(m_edit->document());

    m_watcher = new QFutureWatcher<QList<HighlightRun>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->property("generation").toULongLong() != m_generation)
            return;
        const QList<HighlightRun> runs = m_watcher->result();
        m_docHighlighter->setRuns(runs);
        m_syntaxApplied = !runs.isEmpty();
        Q_EMIT syntaxHighlightingFinished();
    });
    m_textWatcher = new QFutureWatcher<SourceText>(this);
    connect(m_textWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_textWatcher->property("generation").toULongLong() != m_generation)
            return;
        m_text = m_textWatcher->result();
        showText();
    });
    m_sliceTimer = new QTimer(this);
    m_sliceTimer->setSingleShot(true);
    m_sliceTimer->setInterval(0);
    connect(m_sliceTimer, &QTimer::timeout, this, &SourceView::insertNextSlice);
}

SourceView::~SourceView()
{
    ++m_generation;
    m_watcher->waitForFinished();
    m_textWatcher->waitForFinished();
}

void SourceView::setHighlighter(std::shared_ptr<SourceHighlighter> highlighter)
{
    m_highlighter = std::move(highlighter);
}

void SourceView::clear()
{
    ++m_generation;
    m_sliceTimer->stop();
    m_loading = false;
    m_text = SourceText();
    m_inserted = 0;
    m_sourceSize = 0;
    m_findingRanges.clear();
    m_markOffset = -1;
    m_markLength = 0;
    m_syntaxApplied = false;
    m_docHighlighter->clearRuns();
    m_edit->clear();
    m_edit->setExtraSelections({});
    m_banner->setVisible(false);
}

void SourceView::setSource(
    const QByteArray& source, const QList<Finding>& findings, const QList<QByteArray>& boundaries)
{
    clear();
    m_sourceSize = source.size();
    for (const Finding& f : findings) {
        if (f.offset >= 0)
            m_findingRanges.append({ f.offset, f.length });
    }
    m_docHighlighter->setBoundaries(boundaries);
    if (source.size() <= SynchronousBytes) {
        m_text = SourceText::fromBytes(source, MaxDisplayBytes);
        showText();
        return;
    }
    // Large: decode on a worker thread, then fill the editor slice by slice.
    m_loading = true;
    m_banner->setText(tr("Loading %1...").arg(UiText::size(source.size())));
    m_banner->setVisible(true);
    m_textWatcher->setProperty("generation", m_generation);
    m_textWatcher->setFuture(QtConcurrent::run([source] { return SourceText::fromBytes(source, MaxDisplayBytes); }));
}

void SourceView::showText()
{
    if (m_text.text().size() <= kSliceChars) {
        m_edit->setPlainText(m_text.text());
        m_inserted = m_text.text().size();
        textComplete();
        return;
    }
    m_loading = true;
    m_inserted = 0;
    insertNextSlice();
}

void SourceView::insertNextSlice()
{
    const QString& text = m_text.text();
    const qsizetype n = std::min(kSliceChars, text.size() - m_inserted);
    QTextCursor c(m_edit->document());
    c.movePosition(QTextCursor::End);
    c.insertText(QStringView(text).mid(m_inserted, n).toString());
    m_inserted += n;
    if (m_inserted < text.size()) {
        m_banner->setText(tr("Loading... %1 %").arg(int(100 * m_inserted / std::max<qsizetype>(text.size(), 1))));
        m_sliceTimer->start();
        return;
    }
    m_edit->moveCursor(QTextCursor::Start);
    textComplete();
}

void SourceView::textComplete()
{
    m_loading = false;
    m_banner->setVisible(false);
    if (m_text.truncated()) {
        m_banner->setText(tr("This message is %1; only the first %2 are shown here. Findings beyond that point "
                             "cannot be marked. Save the original from the case to read all of it.")
                              .arg(UiText::size(m_text.totalBytes()), UiText::size(m_text.shownBytes())));
        m_banner->setVisible(true);
    }
    updateSelections();
    scrollToMark();
    startHighlighting();
    Q_EMIT sourceReady();
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
    m_watcher->setProperty("generation", m_generation);
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
    if (offset < 0 || length < 0 || offset >= std::min(m_sourceSize, MaxDisplayBytes)) {
        m_markOffset = -1;
        m_markLength = 0;
        updateSelections();
        return offset < 0;
    }
    m_markOffset = offset;
    m_markLength = length;
    if (m_loading)
        return true; // marked once the text is in
    updateSelections();
    scrollToMark();
    return true;
}

void SourceView::scrollToMark()
{
    int start = 0;
    int end = 0;
    if (m_markOffset < 0 || !m_text.positionRange(m_markOffset, m_markLength, &start, &end))
        return;
    QTextCursor c(m_edit->document());
    c.setPosition(end);
    m_edit->setTextCursor(c);
    m_edit->ensureCursorVisible();
    c.setPosition(start);
    m_edit->setTextCursor(c);
    m_edit->ensureCursorVisible();
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
    if (m_loading)
        return;
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
    if (event->type() == QEvent::PaletteChange && !m_text.isEmpty() && !m_loading) {
        updateSelections();
        startHighlighting();
    }
    QWidget::changeEvent(event);
}

} // namespace MailTriage
