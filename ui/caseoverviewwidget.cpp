// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseoverviewwidget.h"

#include "caseeditcommand.h"
#include "casesession.h"
#include "findingcountmodel.h"
#include "partylistmodel.h"
#include "uicolors.h"
#include "uitext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace MailTriage {

namespace {
    QTableView* compactTable(QWidget* parent)
    {
        auto* v = new QTableView(parent);
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->verticalHeader()->setVisible(false);
        v->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setStretchLastSection(true);
        v->setWordWrap(false);
        v->setTextElideMode(Qt::ElideRight);
        return v;
    }
} // namespace

CaseOverviewWidget::CaseOverviewWidget(CaseSession* session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("caseOverview"));
    m_partyModel = new PartyListModel(this);
    m_countModel = new FindingCountModel(this);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setPlaceholderText(tr("Case title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_location = new QLabel(content);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_location);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Classification.
    auto* classBox = new QGroupBox(tr("Classification"), content);
    auto* form = new QFormLayout(classBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_becType = new QComboBox(classBox);
    m_becType->setObjectName(QStringLiteral("becType"));
    m_becType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_becType->setMinimumContentsLength(12);
    for (int t = 0; t <= 5; ++t)
        m_becType->addItem(UiText::becType(t), t);
    form->addRow(tr("&BEC type:"), m_becType);
    m_suggestion = new QLabel(classBox);
    m_suggestion->setObjectName(QStringLiteral("becSuggestion"));
    m_suggestion->setWordWrap(true);
    form->addRow(tr("Suggested:"), m_suggestion);
    m_reasons = new QLabel(classBox);
    m_reasons->setObjectName(QStringLiteral("becReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    form->addRow(m_reasons);
    m_useSuggestion = new QPushButton(tr("&Use Suggestion"), classBox);
    m_useSuggestion->setToolTip(tr("Tag the case with the suggested type. The decision stays yours."));
    form->addRow(QString(), m_useSuggestion);
    m_damage = new QComboBox(classBox);
    m_damage->setObjectName(QStringLiteral("damage"));
    m_damage->addItem(tr("Unknown"), int(Damage::Unknown));
    m_damage->addItem(tr("Yes: money or data was lost"), int(Damage::Yes));
    m_damage->addItem(tr("No damage"), int(Damage::No));
    form->addRow(tr("&Damage:"), m_damage);
    layout->addWidget(classBox);

    // Tags.
    auto* tagBox = new QGroupBox(tr("Tags"), content);
    auto* tagLayout = new QVBoxLayout(tagBox);
    m_tags = new QListWidget(tagBox);
    m_tags->setObjectName(QStringLiteral("tagList"));
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setResizeMode(QListView::Adjust);
    m_tags->setSpacing(3);
    m_tags->setMaximumHeight(m_tags->fontMetrics().lineSpacing() * 3 + 8);
    tagLayout->addWidget(m_tags);
    auto* tagRow = new QHBoxLayout;
    m_tagEdit = new QLineEdit(tagBox);
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagEdit->setPlaceholderText(tr("New tag, then Enter"));
    tagRow->addWidget(m_tagEdit, 1);
    auto* addTag = new QPushButton(tr("Add"), tagBox);
    tagRow->addWidget(addTag);
    m_removeTag = new QPushButton(tr("Remove"), tagBox);
    m_removeTag->setToolTip(tr("Remove the selected tag (Delete)"));
    tagRow->addWidget(m_removeTag);
    tagLayout->addLayout(tagRow);
    layout->addWidget(tagBox);

    // Notes.
    auto* notesBox = new QGroupBox(tr("Notes"), content);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QTextBrowser(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setOpenLinks(false);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 3);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 9);
    notesLayout->addWidget(m_notes);
    m_noteEdit = new QPlainTextEdit(notesBox);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note (Ctrl+Enter adds it; notes are kept in the case record and "
                                      "cannot be removed)"));
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 10);
    m_noteEdit->setTabChangesFocus(true);
    notesLayout->addWidget(m_noteEdit);
    m_addNote = new QPushButton(tr("Add &Note"), notesBox);
    notesLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    layout->addWidget(notesBox);

    // Parties.
    auto* partyBox = new QGroupBox(tr("Parties"), content);
    auto* partyLayout = new QVBoxLayout(partyBox);
    m_parties = compactTable(partyBox);
    m_parties->setObjectName(QStringLiteral("partyList"));
    m_parties->setModel(m_partyModel);
    m_parties->setMinimumHeight(m_parties->fontMetrics().lineSpacing() * 5);
    partyLayout->addWidget(m_parties);
    layout->addWidget(partyBox);

    // Findings by signal.
    auto* countBox = new QGroupBox(tr("Messages by finding"), content);
    auto* countLayout = new QVBoxLayout(countBox);
    m_counts = compactTable(countBox);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    m_counts->setModel(m_countModel);
    m_counts->setColumnHidden(FindingCountModel::SignalColumn, true);
    m_counts->setToolTip(tr("Double-click a finding to list its messages."));
    m_counts->setMinimumHeight(m_counts->fontMetrics().lineSpacing() * 8);
    countLayout->addWidget(m_counts);
    layout->addWidget(countBox, 1);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString t = m_title->text().trimmed();
        if (!m_session->isOpen() || t.isEmpty() || t == m_session->info().title)
            return;
        m_undo->push(CaseEditCommand::setTitle(m_session, m_session->info().title, t));
    });
    connect(m_becType, &QComboBox::activated, this, [this](int index) {
        const int to = m_becType->itemData(index).toInt();
        const int from = m_session->info().becType.value_or(0);
        if (m_session->isOpen() && to != from)
            m_undo->push(CaseEditCommand::setBecType(m_session, from, to));
    });
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        const auto a = m_session->analysis();
        if (!a || a->becTypeSuggested <= 0)
            return;
        const int from = m_session->info().becType.value_or(0);
        if (a->becTypeSuggested != from)
            m_undo->push(CaseEditCommand::setBecType(m_session, from, a->becTypeSuggested));
    });
    connect(m_damage, &QComboBox::activated, this, [this](int index) {
        const Damage to = Damage(m_damage->itemData(index).toInt());
        const Damage from = m_session->info().damage;
        if (m_session->isOpen() && to != from)
            m_undo->push(CaseEditCommand::setDamage(m_session, from, to));
    });
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &CaseOverviewWidget::addTagFromEdit);
    connect(addTag, &QPushButton::clicked, this, &CaseOverviewWidget::addTagFromEdit);
    connect(m_removeTag, &QPushButton::clicked, this, &CaseOverviewWidget::removeSelectedTag);
    auto* del = new QShortcut(QKeySequence::Delete, m_tags, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CaseOverviewWidget::removeSelectedTag);
    connect(m_addNote, &QPushButton::clicked, this, &CaseOverviewWidget::addNote);
    auto* noteKey
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(noteKey, &QShortcut::activated, this, &CaseOverviewWidget::addNote);
    connect(m_counts, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT signalFilterRequested(index.data(FindingCountModel::SignalRole).toString());
    });

    connect(m_session, &CaseSession::infoChanged, this, &CaseOverviewWidget::refreshInfo);
    connect(m_session, &CaseSession::analysisChanged, this, &CaseOverviewWidget::refreshAnalysis);
    connect(m_session, &CaseSession::rowsChanged, this, &CaseOverviewWidget::refreshAnalysis);
    refresh();
}

void CaseOverviewWidget::refresh()
{
    refreshInfo();
    refreshAnalysis();
}

void CaseOverviewWidget::refreshInfo()
{
    const bool open = m_session->isOpen();
    const bool editable = open && !m_session->isReadOnly();
    const CaseInfo& info = m_session->info();
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_title, m_becType, m_damage, m_tagEdit, m_removeTag, m_noteEdit, m_addNote, m_useSuggestion })
        w->setEnabled(editable);
    if (!m_title->hasFocus()) {
        m_title->setText(open ? info.title : QString());
        m_title->setCursorPosition(0); // show the start of a long title, not its end
    }
    m_location->setText(open ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                   .arg(UiColors::mutedForeground().name(), m_session->location().toHtmlEscaped())
                             : tr("No case is open. Create or open one (File menu), or drop e-mail files here."));
    if (open && m_session->isReadOnly())
        m_location->setText(m_location->text() + QStringLiteral("<br>") + tr("Opened read-only."));
    {
        const QSignalBlocker b1(m_becType);
        const QSignalBlocker b2(m_damage);
        m_becType->setCurrentIndex(std::clamp(info.becType.value_or(0), 0, 5));
        m_damage->setCurrentIndex(std::max(0, m_damage->findData(int(info.damage))));
    }
    m_tags->clear();
    for (const QString& t : info.tags)
        m_tags->addItem(t);
    QString notes;
    for (const CaseNote& n : info.notes) {
        notes += QStringLiteral("<p><span style=\"color:%1\">%2 · %3</span><br>%4</p>")
                     .arg(UiColors::mutedForeground().name(), UiText::localDateTime(n.createdAt).toHtmlEscaped(),
                         n.author.toHtmlEscaped(),
                         n.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_notes->setHtml(notes.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No notes yet.").toHtmlEscaped()) : notes);
    refreshAnalysis();
}

void CaseOverviewWidget::refreshAnalysis()
{
    const auto a = m_session->analysis();
    m_partyModel->setParties(a ? a->parties : QList<Party>());
    m_countModel->setCounts(m_session->signalCounts(), m_session->signalSeverities());
    m_parties->horizontalHeader()->setSectionResizeMode(PartyListModel::LaneColumn, QHeaderView::ResizeToContents);
    m_parties->horizontalHeader()->setSectionResizeMode(PartyListModel::NameColumn, QHeaderView::Stretch);
    m_parties->horizontalHeader()->setSectionResizeMode(PartyListModel::RoleColumn, QHeaderView::ResizeToContents);
    m_parties->horizontalHeader()->setSectionResizeMode(PartyListModel::PeopleColumn, QHeaderView::ResizeToContents);
    m_counts->resizeColumnToContents(FindingCountModel::CountColumn);
    m_counts->horizontalHeader()->setSectionResizeMode(FindingCountModel::TitleColumn, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(FindingCountModel::CountColumn, QHeaderView::ResizeToContents);

    if (!m_session->isOpen()) {
        m_summary->clear();
        m_suggestion->setText(QStringLiteral("—"));
        m_reasons->clear();
        m_useSuggestion->setEnabled(false);
        return;
    }
    int attacker = 0;
    int findings = 0;
    for (const MessageRow& r : m_session->rows()) {
        attacker += r.actor == QLatin1String("attacker") ? 1 : 0;
        findings += r.findingCount;
    }
    if (m_session->isLoading() && !a)
        m_summary->setText(tr("Reading the case..."));
    else
        m_summary->setText(tr("%n stored file(s)", nullptr, int(m_session->storedCount())) + QStringLiteral(" · ")
            + tr("%n distinct message(s)", nullptr, int(m_session->rows().size())) + QStringLiteral(" · ")
            + QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                  .arg(UiColors::attacker().name(), tr("%n from the attacker", nullptr, attacker).toHtmlEscaped())
            + QStringLiteral(" · ") + tr("%n finding(s)", nullptr, findings));
    m_summary->setTextFormat(Qt::RichText);

    const int suggested = a ? a->becTypeSuggested : 0;
    m_suggestion->setText(suggested > 0 ? QStringLiteral("<b>%1</b>").arg(UiText::becType(suggested).toHtmlEscaped())
                                        : tr("no suggestion (no BEC pattern found)"));
    QStringList reasons;
    if (a) {
        for (const Text& r : a->becTypeReasons)
            reasons << QStringLiteral("<li>%1</li>").arg(UiText::visible(UiText::render(r)).toHtmlEscaped());
    }
    m_reasons->setText(reasons.isEmpty()
            ? QString()
            : QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(reasons.join(QString())));
    m_useSuggestion->setEnabled(
        suggested > 0 && !m_session->isReadOnly() && m_session->info().becType.value_or(0) != suggested);
}

void CaseOverviewWidget::addTagFromEdit()
{
    const QString tag = m_tagEdit->text().simplified();
    if (tag.isEmpty() || !m_session->isOpen())
        return;
    m_tagEdit->clear();
    if (m_session->info().tags.contains(tag))
        return;
    m_undo->push(CaseEditCommand::addTag(m_session, tag));
}

void CaseOverviewWidget::removeSelectedTag()
{
    const QListWidgetItem* item = m_tags->currentItem();
    if (!item || !m_session->isOpen())
        return;
    m_undo->push(CaseEditCommand::removeTag(m_session, item->text()));
}

void CaseOverviewWidget::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty() || !m_session->isOpen())
        return;
    CaseUpdate u;
    u.note = text;
    if (m_session->applyUpdate(u))
        m_noteEdit->clear();
}

void CaseOverviewWidget::focusTagEdit()
{
    m_tagEdit->setFocus(Qt::ShortcutFocusReason);
}

void CaseOverviewWidget::focusNoteEdit()
{
    m_noteEdit->setFocus(Qt::ShortcutFocusReason);
}

} // namespace MailTriage
