// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltext.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The links of an HTML body: what the reader sees and where the link really goes, with
/// links whose visible text names another host than their target marked. Nothing is opened.
class LinkListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TextColumn, TargetColumn, NoteColumn, ColumnCount };
    enum Role {
        TargetRole = Qt::UserRole + 1, ///< QString: the href as written
        MismatchRole, ///< bool
    };

    explicit LinkListModel(QObject* parent = nullptr);

    void setLinks(const QList<HtmlText::Link>& links);
    int mismatchCount() const;
    /// The host a link text names ("www.bank.example" in "https://www.bank.example/login"), empty
    /// when the text does not look like an address.
    static QString hostNamedByText(const QString& text);
    static QString hostOfTarget(const QString& href);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString text;
        QString href;
        bool mismatch = false;
    };
    QList<Row> m_rows;
};

} // namespace MailTriage
