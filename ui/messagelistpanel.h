// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace MailTriage {

class CaseSession;
class MessageFilterProxyModel;
class MessageListModel;

/// @brief The message list: a sortable table of the case's messages with filters by party,
/// actor, signal and severity, and a full-text search box that asks the case store.
class MessageListPanel : public QWidget {
    Q_OBJECT
public:
    explicit MessageListPanel(CaseSession* session, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    MessageListModel* model() const { return m_model; }
    MessageFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* laneCombo() const { return m_lane; }
    QComboBox* actorCombo() const { return m_actor; }
    QComboBox* signalCombo() const { return m_signal; }
    QComboBox* severityCombo() const { return m_severity; }

    qint64 currentStoredId() const;
    int currentCaseIndex() const;
    /// Selects the row of @p caseIndex (clearing filters that hide it); false when not listed.
    bool selectCaseIndex(int caseIndex);
    bool selectStoredId(qint64 storedId);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

public Q_SLOTS:
    void focusSearch();
    void focusList();
    void clearFilters();
    void setSignalFilter(const QString& signal);
    void runSearch();

Q_SIGNALS:
    void currentMessageChanged(qint64 storedId, int caseIndex);

private:
    void rebuildFilters();
    void updateCount();
    bool selectSourceRow(int row);

    CaseSession* m_session;
    MessageListModel* m_model = nullptr;
    MessageFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_lane = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_signal = nullptr;
    QComboBox* m_severity = nullptr;
    QToolButton* m_clear = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_headerSized = false;
};

} // namespace MailTriage
