// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The findings of one message, highest severity first: severity, title, the header it
/// comes from and the quoted evidence; the explanation (English or Japanese by the UI language)
/// and the byte range in the raw source are roles.
class FindingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, HeaderColumn, EvidenceColumn, ColumnCount };
    enum Role {
        OffsetRole = Qt::UserRole + 1, ///< qint64, -1 when the finding has no byte range
        LengthRole, ///< qint64
        SignalRole, ///< QString
        SeverityRole, ///< int (Severity)
        ExplanationRole, ///< QString in the UI language
        EvidenceRole, ///< QString
        ScopeRole, ///< QString: "message" or "case"
    };

    explicit FindingListModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    const QList<Finding>& findings() const { return m_findings; }
    const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace MailTriage
