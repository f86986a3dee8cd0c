// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The parties case analysis found: lane label, organisation, role, domains and people.
class PartyListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LaneColumn, NameColumn, RoleColumn, PeopleColumn, ColumnCount };
    enum Role { LabelRole = Qt::UserRole + 1, RoleNameRole };

    explicit PartyListModel(QObject* parent = nullptr);

    void setParties(QList<Party> parties);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Party> m_parties;
};

} // namespace MailTriage
