// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorlistmodel.h"

#include "uitext.h"

#include <QPalette>

namespace MailTriage {

IndicatorListModel::IndicatorListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorListModel::setIndicators(QList<Indicator> indicators)
{
    beginResetModel();
    m_indicators = std::move(indicators);
    endResetModel();
}

QString IndicatorListModel::typeName(const QString& type)
{
    if (type == QLatin1String("email-addr"))
        return tr("E-mail address");
    if (type == QLatin1String("domain-name"))
        return tr("Domain");
    if (type == QLatin1String("ipv4-addr") || type == QLatin1String("ipv6-addr"))
        return tr("IP address");
    if (type == QLatin1String("hostname"))
        return tr("Host name");
    if (type == QLatin1String("url"))
        return tr("URL");
    if (type == QLatin1String("file"))
        return tr("File (SHA-256)");
    if (type == QLatin1String("bank-account"))
        return tr("Bank account");
    if (type == QLatin1String("phone"))
        return tr("Telephone number");
    return type;
}

QString IndicatorListModel::valuesText(const QList<int>& rows, bool live) const
{
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= m_indicators.size())
            continue;
        const Indicator& i = m_indicators[row];
        if (live && i.context)
            continue; // not the attacker's: never onto a block list
        lines << (i.type == QLatin1String("file") ? i.sha256 : live ? i.value : i.shown);
    }
    return lines.join(QLatin1Char('\n'));
}

int IndicatorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator& i = m_indicators[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return typeName(i.type);
        case ValueColumn:
            return UiText::visible(i.type == QLatin1String("file") ? i.sha256 : i.shown);
        case RoleColumn:
            return i.roleIn(UiText::language());
        case MessagesColumn:
            return int(qMax(i.messages.size(), i.messageIds.size()));
        case FirstSeenColumn:
            return i.firstSeen.isValid() ? UiText::localDateTime(i.firstSeen) : QString();
        case LastSeenColumn:
            return i.lastSeen.isValid() ? UiText::localDateTime(i.lastSeen) : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (i.type == QLatin1String("file") && !i.fileName.isEmpty())
            lines << tr("File name: %1").arg(UiText::visible(i.fileName));
        if (i.type == QLatin1String("bank-account") && !i.fileName.isEmpty())
            lines << tr("Bank: %1").arg(UiText::visible(i.fileName));
        if (i.context)
            lines << tr("Context, not the attacker's to block: the exports never mark it malicious.");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (i.context)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LiveValueRole:
        return i.type == QLatin1String("file") ? i.sha256 : i.value;
    case DefangedValueRole:
        return i.type == QLatin1String("file") ? i.sha256 : i.shown;
    case TypeRole:
        return i.type;
    case ContextRole:
        return i.context;
    case MessageIndexesRole:
        return QVariant::fromValue(i.messages);
    }
    return {};
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case RoleColumn:
        return tr("What it was");
    case MessagesColumn:
        return tr("Messages");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace MailTriage
