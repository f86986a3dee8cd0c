// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace MailTriage {

class CaseSession;
class FindingCountModel;
class PartyListModel;

/// @brief The case overview dock: title, BEC type with MailTriage's suggestion and its reasons,
/// damage, free tags, notes, the parties and how many messages show each finding. Edits go on the
/// undo stack as CaseEditCommands (notes are append-only evidence and are not undoable).
class CaseOverviewWidget : public QWidget {
    Q_OBJECT
public:
    CaseOverviewWidget(CaseSession* session, QUndoStack* undoStack, QWidget* parent = nullptr);

    QComboBox* becTypeCombo() const { return m_becType; }
    QComboBox* damageCombo() const { return m_damage; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* tagEdit() const { return m_tagEdit; }
    QListWidget* tagList() const { return m_tags; }
    QPlainTextEdit* noteEdit() const { return m_noteEdit; }
    QTableView* findingCountView() const { return m_counts; }
    QPushButton* useSuggestionButton() const { return m_useSuggestion; }

public Q_SLOTS:
    void refresh();
    void addTagFromEdit();
    void removeSelectedTag();
    void addNote();
    void focusTagEdit();
    void focusNoteEdit();

Q_SIGNALS:
    /// Double-click on a signal in the counts table: filter the message list by it.
    void signalFilterRequested(const QString& signal);

private:
    void refreshInfo();
    void refreshAnalysis();

    CaseSession* m_session;
    QUndoStack* m_undo;
    QLineEdit* m_title = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_becType = nullptr;
    QLabel* m_suggestion = nullptr;
    QLabel* m_reasons = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    QComboBox* m_damage = nullptr;
    QListWidget* m_tags = nullptr;
    QLineEdit* m_tagEdit = nullptr;
    QPushButton* m_removeTag = nullptr;
    QTextBrowser* m_notes = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPushButton* m_addNote = nullptr;
    QTableView* m_parties = nullptr;
    QTableView* m_counts = nullptr;
    PartyListModel* m_partyModel = nullptr;
    FindingCountModel* m_countModel = nullptr;
};

} // namespace MailTriage
