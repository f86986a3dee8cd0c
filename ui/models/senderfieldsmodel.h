// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The fields that say who sent a message, side by side: From, Sender, Reply-To,
/// Return-Path, each DKIM signature's d= and the Message-ID, each with its domain and whether
/// that domain belongs to the same organisation as the From domain.
class SenderFieldsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, DomainColumn, MatchColumn, ColumnCount };
    enum Role {
        MismatchRole = Qt::UserRole + 1, ///< bool: a domain that is not From's organisation
        OffsetRole, ///< qint64: the header field in Message::source, -1 unknown
        LengthRole,
    };

    explicit SenderFieldsModel(QObject* parent = nullptr);

    void setMessage(const Message& message);
    void clear();
    int mismatchCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Match { Reference, Same, Different, Missing };
    struct Row {
        QString field;
        QString value;
        QString domain;
        Match match = Match::Missing;
        qint64 offset = -1;
        qint64 length = 0;
    };
    QList<Row> m_rows;
};

} // namespace MailTriage
