// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace MailTriage {

/// @brief The case's messages as a flat table (date, party, actor, sender, subject, findings).
class MessageListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        LaneColumn,
        ActorColumn,
        FromColumn,
        SubjectColumn,
        FindingsColumn,
        SignalsColumn,
        CopiesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StoredIdRole,
        CopyIdsRole, ///< QList<qint64> as QVariantList
        LaneRole,
        ActorRole,
        SignalsRole, ///< QStringList
        MaxSeverityRole, ///< int, -1 without findings
        CaseIndexRole,
    };

    explicit MessageListModel(QObject* parent = nullptr);

    void setRows(QList<MessageRow> rows);
    const QList<MessageRow>& rows() const { return m_rows; }
    const MessageRow* rowAt(int row) const;
    /// Source row of the message whose copies include @p storedId, -1 when none.
    int rowOfStoredId(qint64 storedId) const;
    int rowOfCaseIndex(int caseIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MessageRow> m_rows;
};

} // namespace MailTriage
