// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerchainview.h"

#include "authbadgebar.h"
#include "findinglistmodel.h"
#include "headerchainmodel.h"
#include "senderfieldsmodel.h"
#include "sourcetext.h"
#include "uicolors.h"
#include "uitext.h"

#include <QDataStream>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace MailTriage {

namespace {
    /// Draws the line where the receiving organisation's own hops begin.
    class BoundaryDelegate : public QStyledItemDelegate {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;
        void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
        {
            QStyledItemDelegate::paint(painter, option, index);
            if (index.data(HeaderChainModel::BoundaryRole).toBool()) {
                painter->save();
                painter->setPen(QPen(UiColors::pass(), 2));
                painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(0, 1));
                painter->restore();
            }
        }
    };

    QLabel* sectionTitle(QWidget* parent)
    {
        auto* l = new QLabel(parent);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    }

    void setupTable(QTableView* v)
    {
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->setWordWrap(false);
        v->setAlternatingRowColors(false);
        v->verticalHeader()->setVisible(false);
        v->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setHighlightSections(false);
        v->horizontalHeader()->setStretchLastSection(true);
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        v->setTextElideMode(Qt::ElideMiddle);
    }

    /// Opens the evidence excerpt's finding in the Source tab on Enter.
    class FindingTree : public QTreeView {
    public:
        using QTreeView::QTreeView;
        std::function<void(const QModelIndex&)> onEnter;

    protected:
        void keyPressEvent(QKeyEvent* e) override
        {
            if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && currentIndex().isValid() && onEnter) {
                onEnter(currentIndex());
                return;
            }
            QTreeView::keyPressEvent(e);
        }
    };
} // namespace

HeaderChainView::HeaderChainView(QWidget* parent)
    : QWidget(parent)
{
    m_hopModel = new HeaderChainModel(this);
    m_senderModel = new SenderFieldsModel(this);
    m_findingModel = new FindingListModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_auth = new AuthBadgeBar(this);
    layout->addWidget(m_auth);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("headerChainVerticalSplitter"));
    m_vertical->setChildrenCollapsible(false);
    layout->addWidget(m_vertical, 1);

    // Received hops.
    auto* hopsBox = new QWidget(m_vertical);
    auto* hopsLayout = new QVBoxLayout(hopsBox);
    hopsLayout->setContentsMargins(0, 0, 0, 0);
    hopsLayout->setSpacing(3);
    m_hopsTitle = sectionTitle(hopsBox);
    hopsLayout->addWidget(m_hopsTitle);
    m_hops = new QTableView(hopsBox);
    m_hops->setObjectName(QStringLiteral("hopsView"));
    setupTable(m_hops);
    m_hops->setModel(m_hopModel);
    m_hops->setItemDelegate(new BoundaryDelegate(m_hops));
    m_hops->horizontalHeader()->setSectionResizeMode(HeaderChainModel::IndexColumn, QHeaderView::ResizeToContents);
    hopsLayout->addWidget(m_hops);
    m_vertical->addWidget(hopsBox);

    // Sender fields | findings.
    m_horizontal = new QSplitter(Qt::Horizontal, m_vertical);
    m_horizontal->setObjectName(QStringLiteral("headerChainHorizontalSplitter"));
    m_horizontal->setChildrenCollapsible(false);
    auto* sendersBox = new QWidget(m_horizontal);
    auto* sendersLayout = new QVBoxLayout(sendersBox);
    sendersLayout->setContentsMargins(0, 0, 0, 0);
    sendersLayout->setSpacing(3);
    m_sendersTitle = sectionTitle(sendersBox);
    m_sendersTitle->setText(tr("Sender fields"));
    sendersLayout->addWidget(m_sendersTitle);
    m_senders = new QTableView(sendersBox);
    m_senders->setObjectName(QStringLiteral("senderFieldsView"));
    setupTable(m_senders);
    // Sender fields are where the trick hides ("Name <a@real.example>" with a look-alike tail):
    // values wrap instead of being cut, and rows grow to hold them.
    m_senders->setWordWrap(true);
    m_senders->setTextElideMode(Qt::ElideNone);
    m_senders->setModel(m_senderModel);
    m_senders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sendersLayout->addWidget(m_senders);
    // The selected finding (or hop, or field): its explanation and the bytes it comes from.
    m_explanation = new QLabel(sendersBox);
    m_explanation->setObjectName(QStringLiteral("findingExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 2);
    sendersLayout->addSpacing(4);
    sendersLayout->addWidget(m_explanation);
    m_excerpt = new QPlainTextEdit(sendersBox);
    m_excerpt->setObjectName(QStringLiteral("evidenceExcerpt"));
    m_excerpt->setReadOnly(true);
    m_excerpt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_excerpt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_excerpt->setMinimumHeight(m_excerpt->fontMetrics().lineSpacing() * 3 + 12);
    m_excerpt->setPlaceholderText(tr("Select a finding to see the bytes it comes from."));
    sendersLayout->addWidget(m_excerpt, 1);
    m_horizontal->addWidget(sendersBox);

    auto* findingsBox = new QWidget(m_horizontal);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->setSpacing(3);
    m_findingsTitle = sectionTitle(findingsBox);
    findingsLayout->addWidget(m_findingsTitle);
    auto* tree = new FindingTree(findingsBox);
    m_findings = tree;
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->setAllColumnsShowFocus(true);
    m_findings->setModel(m_findingModel);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setTextElideMode(Qt::ElideRight);
    findingsLayout->addWidget(m_findings, 1);
    // What the reader met on the way: malformed structure, limits reached (never silent).
    m_readingNotes = new QLabel(findingsBox);
    m_readingNotes->setObjectName(QStringLiteral("readingNotes"));
    m_readingNotes->setWordWrap(true);
    m_readingNotes->setTextFormat(Qt::PlainText);
    m_readingNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readingNotes->hide();
    findingsLayout->addWidget(m_readingNotes);
    m_horizontal->addWidget(findingsBox);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);

    connect(m_vertical, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showFindingDetail(current); });
    connect(m_findings, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 offset = index.siblingAtColumn(0).data(FindingListModel::OffsetRole).toLongLong();
        if (offset >= 0)
            Q_EMIT showInSourceRequested(
                offset, index.siblingAtColumn(0).data(FindingListModel::LengthRole).toLongLong());
    });
    tree->onEnter = [this](const QModelIndex& index) {
        const qint64 offset = index.siblingAtColumn(0).data(FindingListModel::OffsetRole).toLongLong();
        if (offset >= 0)
            Q_EMIT showInSourceRequested(
                offset, index.siblingAtColumn(0).data(FindingListModel::LengthRole).toLongLong());
    };
    connect(
        m_hops->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const qint64 offset = current.data(HeaderChainModel::OffsetRole).toLongLong();
            const qint64 length = current.data(HeaderChainModel::LengthRole).toLongLong();
            if (offset >= 0) {
                showExcerpt(offset, length);
                Q_EMIT rangeSelected(offset, length);
            }
        });
    connect(
        m_senders->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const qint64 offset = current.data(SenderFieldsModel::OffsetRole).toLongLong();
            const qint64 length = current.data(SenderFieldsModel::LengthRole).toLongLong();
            if (offset >= 0) {
                showExcerpt(offset, length);
                Q_EMIT rangeSelected(offset, length);
            }
        });
    clear();
}

void HeaderChainView::clear()
{
    m_source.clear();
    m_auth->clear();
    m_hopModel->clear();
    m_senderModel->clear();
    m_findingModel->setFindings({});
    m_explanation->clear();
    m_excerpt->clear();
    m_hopsTitle->setText(tr("Received hops (oldest first)"));
    m_sendersTitle->setText(tr("Sender fields"));
    m_findingsTitle->setText(tr("Findings"));
    m_readingNotes->clear();
    m_readingNotes->hide();
}

void HeaderChainView::setMessage(const Message& message, const QList<Finding>& findings)
{
    m_source = message.source;
    m_auth->setAuth(message.auth, !message.received.isEmpty());
    m_hopModel->setMessage(message);
    m_senderModel->setMessage(message);
    m_findingModel->setFindings(findings);
    m_explanation->clear();
    m_excerpt->clear();

    int untrusted = 0;
    for (const ReceivedHop& h : message.received)
        untrusted += h.trusted ? 0 : 1;
    if (message.received.isEmpty())
        m_hopsTitle->setText(tr("Received hops: none (a sent-folder copy or a message never transported)"));
    else
        m_hopsTitle->setText(tr("Received hops (oldest first): %n hop(s)", nullptr, int(message.received.size()))
            + QStringLiteral(" — ") + tr("%n written before the receiving side (can be forged)", nullptr, untrusted));
    const int mismatches = m_senderModel->mismatchCount();
    m_sendersTitle->setText(
        mismatches > 0 ? tr("Sender fields — %n mismatch(es) with From", nullptr, mismatches) : tr("Sender fields"));
    m_findingsTitle->setText(tr("Findings (%1)").arg(findings.size()));

    // The parser puts each part's defects into the message's list too. Notes quote the message
    // (dates, names): hostile characters are shown as markers.
    QStringList notes;
    for (const QString& d : message.defects) {
        if (notes.size() >= 50)
            break;
        notes << UiText::visible(d);
    }
    notes.removeDuplicates();
    m_readingNotes->setVisible(!notes.isEmpty());
    m_readingNotes->setText(notes.isEmpty()
            ? QString()
            : tr("Reading notes (%n): what the reader could not read as written, or left out", nullptr,
                  int(notes.size()))
                + QLatin1Char('\n') + QStringLiteral("• ") + notes.join(QStringLiteral("\n• ")));

    m_hops->resizeColumnsToContents();
    const int maxFrom = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 42;
    for (int c = 0; c < HeaderChainModel::ColumnCount - 1; ++c)
        m_hops->setColumnWidth(c, std::min(m_hops->columnWidth(c), maxFrom));
    m_senders->resizeColumnsToContents();
    const int maxValue = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    m_senders->setColumnWidth(
        SenderFieldsModel::ValueColumn, std::min(m_senders->columnWidth(SenderFieldsModel::ValueColumn), maxValue));
    m_senders->setColumnWidth(
        SenderFieldsModel::DomainColumn, std::min(m_senders->columnWidth(SenderFieldsModel::DomainColumn), maxValue));

    // The sender table as tall as its rows; the finding's explanation and bytes below it.
    {
        const int rowHeight
            = std::max(m_senders->verticalHeader()->defaultSectionSize(), m_senders->fontMetrics().height() + 6);
        m_senders->setFixedHeight(m_senders->horizontalHeader()->sizeHint().height()
            + m_senderModel->rowCount() * rowHeight + 2 * m_senders->frameWidth() + 2);
    }

    // The hops table as tall as its rows (3 to 10 of them), unless the analyst sized it.
    if (!m_userSized) {
        const int rows = std::clamp(int(message.received.size()), 3, 10);
        const int rowHeight
            = std::max(m_hops->verticalHeader()->defaultSectionSize(), m_hops->fontMetrics().height() + 6);
        const int wanted = m_hopsTitle->sizeHint().height() + 3 + m_hops->horizontalHeader()->sizeHint().height()
            + rows * rowHeight + 2 * m_hops->frameWidth() + 4;
        const int total = std::max(m_vertical->height(), wanted + 200);
        m_vertical->setSizes({ wanted, total - wanted });
    }
    m_findings->resizeColumnToContents(FindingListModel::SeverityColumn);
    m_findings->resizeColumnToContents(FindingListModel::TitleColumn);
    m_findings->setColumnWidth(
        FindingListModel::TitleColumn, std::min(m_findings->columnWidth(FindingListModel::TitleColumn), maxFrom));
    m_findings->resizeColumnToContents(FindingListModel::HeaderColumn);
}

void HeaderChainView::selectFinding(int row)
{
    if (row < 0 || row >= m_findingModel->rowCount()) {
        m_findings->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_findingModel->index(row, 0);
    m_findings->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HeaderChainView::showFindingDetail(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_explanation->clear();
        m_excerpt->clear();
        return;
    }
    const QModelIndex first = index.siblingAtColumn(0);
    const QString signal = first.data(FindingListModel::SignalRole).toString();
    QString text
        = QStringLiteral("<b>%1</b> <span style=\"color:%2\">(%3)</span><br>%4")
              .arg(UiText::signalTitle(signal).toHtmlEscaped(), UiColors::mutedForeground().name(),
                  signal.toHtmlEscaped(), first.data(FindingListModel::ExplanationRole).toString().toHtmlEscaped());
    m_explanation->setText(text);
    const qint64 offset = first.data(FindingListModel::OffsetRole).toLongLong();
    const qint64 length = first.data(FindingListModel::LengthRole).toLongLong();
    if (offset >= 0) {
        showExcerpt(offset, length);
    } else {
        m_excerpt->setPlainText(first.data(FindingListModel::EvidenceRole).toString().isEmpty()
                ? tr("(this finding is not tied to bytes of the message)")
                : UiText::visible(first.data(FindingListModel::EvidenceRole).toString()));
    }
    Q_EMIT rangeSelected(offset, length);
}

void HeaderChainView::showExcerpt(qint64 offset, qint64 length)
{
    if (offset < 0 || offset >= m_source.size()) {
        m_excerpt->clear();
        return;
    }
    // The lines holding the range, at most a few kilobytes around it.
    constexpr qint64 kContext = 2048;
    qint64 begin = m_source.lastIndexOf('\n', std::max<qint64>(offset - 1, 0));
    begin = begin < 0 ? 0 : begin + 1;
    begin = std::max(begin, offset - kContext);
    const qint64 rangeEnd = std::min<qint64>(offset + length, m_source.size());
    qint64 end = m_source.indexOf('\n', std::max(rangeEnd, offset));
    end = end < 0 ? m_source.size() : end;
    end = std::min(end, rangeEnd + kContext);
    if (end > std::max(rangeEnd, begin) && m_source.at(end - 1) == '\r')
        --end; // the line's CR belongs to its line break
    const SourceText excerpt = SourceText::fromBytes(QByteArrayView(m_source).sliced(begin, end - begin));
    m_excerpt->setPlainText(excerpt.text());
    int s = 0;
    int e = 0;
    if (excerpt.positionRange(offset - begin, rangeEnd - offset, &s, &e)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_excerpt->document());
        sel.cursor.setPosition(s);
        sel.cursor.setPosition(e, QTextCursor::KeepAnchor);
        sel.format.setBackground(UiColors::selectedFindingBackground());
        sel.format.setForeground(UiColors::isDark() ? QColor(Qt::white) : QColor(Qt::black));
        m_excerpt->setExtraSelections({ sel });
        QTextCursor c(m_excerpt->document());
        c.setPosition(s);
        m_excerpt->setTextCursor(c);
        m_excerpt->ensureCursorVisible();
    }
}

QByteArray HeaderChainView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_vertical->saveState() << m_horizontal->saveState();
    return out;
}

void HeaderChainView::restoreState(const QByteArray& state)
{
    QDataStream s(state);
    QByteArray v, h;
    s >> v >> h;
    if (s.status() == QDataStream::Ok) {
        m_vertical->restoreState(v);
        m_horizontal->restoreState(h);
    }
}

} // namespace MailTriage
