// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief A message's attachments: file name (hidden characters made visible), type, size and
/// SHA-256. There is deliberately no way to open one: only saving a copy.
class AttachmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, Sha256Column, ColumnCount };
    enum Role {
        PartIndexRole = Qt::UserRole + 1, ///< int: index in Message::parts, -1 unknown
        FileNameRole, ///< QString: the name as written (may hold bidi overrides)
        HiddenCharactersRole, ///< bool: the name holds bidi/zero-width/control characters
    };

    explicit AttachmentListModel(QObject* parent = nullptr);

    void setAttachments(QList<Attachment> attachments);
    const Attachment* attachmentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attachment> m_attachments;
};

} // namespace MailTriage
