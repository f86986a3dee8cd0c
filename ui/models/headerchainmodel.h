// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The Received hops of one message as a table, oldest first: host, IP, protocol and
/// TLS, time in the local zone and in UTC, delay since the previous hop, and whether the hop was
/// written by the receiving organisation (trusted) or by hosts before it (untrusted).
class HeaderChainModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IndexColumn,
        FromColumn,
        IpColumn,
        ByColumn,
        ProtocolColumn,
        LocalTimeColumn,
        UtcTimeColumn,
        DelayColumn,
        TrustColumn,
        ColumnCount
    };
    enum Role {
        TrustedRole = Qt::UserRole + 1, ///< bool
        BoundaryRole, ///< bool: the first hop of the receiving organisation after untrusted ones
        OffsetRole, ///< qint64: the Received field's first byte in Message::source (-1 unknown)
        LengthRole, ///< qint64
        ParsedRole, ///< bool
    };

    explicit HeaderChainModel(QObject* parent = nullptr);

    void setMessage(const Message& message);
    void clear();
    /// Row of the first trusted hop preceded by untrusted ones, -1 when there is no boundary.
    int boundaryRow() const { return m_boundary; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Hop {
        ReceivedHop hop;
        qint64 offset = -1;
        qint64 length = 0;
    };
    QList<Hop> m_hops;
    int m_boundary = -1;
};

} // namespace MailTriage
