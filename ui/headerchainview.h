// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTreeView;

namespace MailTriage {

class AuthBadgeBar;
class FindingListModel;
class HeaderChainModel;
class SenderFieldsModel;

/// @brief The "Header chain" tab: authentication badges, the Received hops table (oldest first,
/// the trusted/untrusted boundary marked), the sender fields side by side with mismatches
/// highlighted, and the findings with their explanation and the evidence bytes.
class HeaderChainView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderChainView(QWidget* parent = nullptr);

    void setMessage(const Message& message, const QList<Finding>& findings);
    void clear();

    QTableView* hopsView() const { return m_hops; }
    QTableView* senderView() const { return m_senders; }
    QTreeView* findingsView() const { return m_findings; }
    FindingListModel* findingModel() const { return m_findingModel; }
    HeaderChainModel* hopModel() const { return m_hopModel; }
    SenderFieldsModel* senderModel() const { return m_senderModel; }
    AuthBadgeBar* authBar() const { return m_auth; }
    /// Selects the finding in row @p row of the findings list (-1 clears).
    void selectFinding(int row);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    /// A finding, hop or sender field with a byte range was selected.
    void rangeSelected(qint64 offset, qint64 length);
    /// Double-click or Enter on a finding: show it in the Source tab.
    void showInSourceRequested(qint64 offset, qint64 length);

private:
    void showFindingDetail(const QModelIndex& index);
    void showExcerpt(qint64 offset, qint64 length);

    AuthBadgeBar* m_auth = nullptr;
    QLabel* m_hopsTitle = nullptr;
    QLabel* m_findingsTitle = nullptr;
    QLabel* m_readingNotes = nullptr; ///< parser defects and analysis limits; hidden when none
    QLabel* m_sendersTitle = nullptr;
    QTableView* m_hops = nullptr;
    QTableView* m_senders = nullptr;
    QTreeView* m_findings = nullptr;
    QLabel* m_explanation = nullptr;
    QPlainTextEdit* m_excerpt = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_horizontal = nullptr;
    HeaderChainModel* m_hopModel = nullptr;
    SenderFieldsModel* m_senderModel = nullptr;
    FindingListModel* m_findingModel = nullptr;
    QByteArray m_source;
    bool m_userSized = false; ///< the analyst moved the splitter: keep their sizes
};

} // namespace MailTriage
