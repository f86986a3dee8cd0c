// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace MailTriage {

class AttachmentListModel;

/// @brief The "Attachments" tab: name, type, size and SHA-256 of each attachment, and "Save
/// as..." to write a copy. MailTriage never opens an attachment.
class AttachmentsView : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentsView(QWidget* parent = nullptr);

    void setMessage(const Message& message);
    void clear();
    QTableView* view() const { return m_view; }
    AttachmentListModel* model() const { return m_model; }

    /// The decoded bytes of the attachment in @p row; empty with @p error set when unavailable.
    QByteArray attachmentData(int row, QString* error) const;
    /// A safe default file name for saving: hidden characters and path separators removed.
    static QString safeFileName(const QString& name);

public Q_SLOTS:
    void saveSelected();

private:
    QLabel* m_title = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_save = nullptr;
    AttachmentListModel* m_model = nullptr;
    Message m_message;
};

} // namespace MailTriage
