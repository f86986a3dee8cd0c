// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>

namespace MailTriage {

/// @brief How many messages of the case show each signal, most frequent first (case overview).
class FindingCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SignalColumn, CountColumn, ColumnCount };
    enum Role { SignalRole = Qt::UserRole + 1, CountRole, SeverityRole };

    explicit FindingCountModel(QObject* parent = nullptr);

    /// @p counts: signal id -> number of messages; @p severities: signal id -> highest Severity.
    void setCounts(const QHash<QString, int>& counts, const QHash<QString, int>& severities = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString signal;
        int count = 0;
        int severity = -1;
    };
    QList<Entry> m_entries;
};

} // namespace MailTriage
