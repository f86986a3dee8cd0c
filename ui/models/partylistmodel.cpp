// SPDX-License-Identifier: GPL-3.0-or-later
#include "partylistmodel.h"

#include "uicolors.h"
#include "uitext.h"

#include <QFont>

namespace MailTriage {

PartyListModel::PartyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PartyListModel::setParties(QList<Party> parties)
{
    beginResetModel();
    m_parties = std::move(parties);
    endResetModel();
}

int PartyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party& p = m_parties[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LaneColumn:
            return p.label;
        case NameColumn:
            // The attacker's lane has no organisation: the core names it by its role.
            if (p.role == QLatin1String("attacker") && p.name == QLatin1String("attacker"))
                return UiText::actor(p.role);
            return UiText::visible(p.name);
        case RoleColumn:
            return UiText::actor(p.role);
        case PeopleColumn:
            return int(p.people.size());
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("Domains: %1").arg(UiText::visible(p.domains.join(QStringLiteral(", "))));
        for (auto it = p.people.cbegin(); it != p.people.cend(); ++it)
            lines << (it.value().isEmpty() ? UiText::visible(it.key())
                                           : UiText::visible(QStringLiteral("%1 <%2>").arg(it.value(), it.key())));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == LaneColumn)
            return p.role == QLatin1String("attacker") ? UiColors::attacker() : UiColors::party(index.row());
        return {};
    case Qt::FontRole:
        if (index.column() == LaneColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LaneColumn || index.column() == PeopleColumn)
            return int(Qt::AlignCenter);
        return {};
    case LabelRole:
        return p.label;
    case RoleNameRole:
        return p.role;
    default:
        return {};
    }
}

QVariant PartyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LaneColumn:
        return tr("Lane");
    case NameColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case PeopleColumn:
        return tr("People");
    }
    return {};
}

} // namespace MailTriage
