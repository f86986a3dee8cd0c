// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcountmodel.h"

#include "message.h"
#include "uicolors.h"
#include "uitext.h"

#include <algorithm>

namespace MailTriage {

FindingCountModel::FindingCountModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingCountModel::setCounts(const QHash<QString, int>& counts, const QHash<QString, int>& severities)
{
    beginResetModel();
    m_entries.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_entries.append({ it.key(), it.value(), severities.value(it.key(), -1) });
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.count != b.count)
            return a.count > b.count;
        return a.signal < b.signal;
    });
    endResetModel();
}

int FindingCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FindingCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return UiText::signalTitle(e.signal);
        case SignalColumn:
            return e.signal;
        case CountColumn:
            return e.count;
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)").arg(UiText::signalTitle(e.signal), e.signal);
    case Qt::ForegroundRole:
        if (index.column() == TitleColumn && e.severity >= 0)
            return UiColors::severity(Severity(e.severity));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SignalRole:
        return e.signal;
    case CountRole:
        return e.count;
    case SeverityRole:
        return e.severity;
    default:
        return {};
    }
}

QVariant FindingCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Finding");
    case SignalColumn:
        return tr("Signal");
    case CountColumn:
        return tr("Messages");
    }
    return {};
}

} // namespace MailTriage
