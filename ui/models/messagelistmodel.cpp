// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelistmodel.h"

#include "uicolors.h"
#include "uitext.h"

#include <QFileInfo>
#include <QFont>
#include <limits>

namespace MailTriage {

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MessageListModel::setRows(QList<MessageRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const MessageRow* MessageListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MessageListModel::rowOfStoredId(qint64 storedId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].storedId == storedId || m_rows[i].copyIds.contains(storedId))
            return i;
    }
    return -1;
}

int MessageListModel::rowOfCaseIndex(int caseIndex) const
{
    if (caseIndex < 0)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].caseIndex == caseIndex)
            return i;
    }
    return -1;
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return r.date.isValid() ? r.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QStringLiteral("—");
        case LaneColumn:
            return r.lane;
        case ActorColumn:
            // The analyst's verdict is marked, so an override is never mistaken for a finding.
            return r.actorOverridden ? UiText::tr("%1 (analyst)").arg(UiText::actor(r.actor)) : UiText::actor(r.actor);
        case FromColumn:
            return UiText::mailbox(r.from);
        case SubjectColumn:
            return r.subject.isEmpty() ? UiText::tr("(no subject)") : UiText::visible(r.subject);
        case FindingsColumn:
            return r.findingCount > 0 ? QVariant(r.findingCount) : QVariant(QString());
        case SignalsColumn: {
            QStringList titles;
            for (const QString& s : r.signalIds)
                titles << UiText::signalTitle(s);
            return titles.join(QStringLiteral(" · "));
        }
        case CopiesColumn:
            return r.copyIds.size() > 1 ? QVariant(int(r.copyIds.size())) : QVariant(QString());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QStringLiteral("%1\n%2\n%3")
                .arg(UiText::localDateTime(r.date), UiText::utcDateTime(r.date),
                    UiText::tr("As written: %1").arg(UiText::originalDateTime(r.date)));
        case FromColumn:
            return UiText::tr("From: %1\nTo/Cc: %2").arg(UiText::mailbox(r.from), UiText::mailboxes(r.to, 20));
        case SubjectColumn:
            return UiText::visible(r.subject);
        case ActorColumn:
            return r.actorOverridden
                ? UiText::tr("Set by the analyst (Edit > Who Wrote This Message); MailTriage found: %1")
                      .arg(UiText::actor(r.actorComputed))
                : QVariant();
        case SignalsColumn: {
            QStringList lines;
            for (const QString& s : r.signalIds)
                lines << QStringLiteral("%1 — %2").arg(s, UiText::signalTitle(s));
            return lines.join(QLatin1Char('\n'));
        }
        case CopiesColumn: {
            QStringList names;
            for (const QString& s : r.sources)
                names << QFileInfo(s).fileName();
            return names.join(QLatin1Char('\n'));
        }
        case FindingsColumn:
            return r.maxSeverity >= 0
                ? UiText::tr("Highest severity: %1").arg(UiText::severity(Severity(r.maxSeverity)))
                : QVariant();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (r.actor == QLatin1String("attacker") && (index.column() == LaneColumn || index.column() == ActorColumn))
            return UiColors::attacker();
        if (index.column() == FindingsColumn && r.maxSeverity >= 0)
            return UiColors::severity(Severity(r.maxSeverity));
        return {};
    case Qt::FontRole:
        if (r.actor == QLatin1String("attacker")
            || (index.column() == FindingsColumn && r.maxSeverity >= int(Severity::High))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FindingsColumn || index.column() == CopiesColumn || index.column() == LaneColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return r.date.isValid() ? r.date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        case FindingsColumn:
            return (r.maxSeverity + 1) * 100000 + r.findingCount;
        case CopiesColumn:
            return int(r.copyIds.size());
        case FromColumn:
            return r.from.address.toLower();
        default:
            return data(index, Qt::DisplayRole);
        }
    case StoredIdRole:
        return r.storedId;
    case CopyIdsRole: {
        QVariantList ids;
        for (qint64 id : r.copyIds)
            ids << id;
        return ids;
    }
    case LaneRole:
        return r.lane;
    case ActorRole:
        return r.actor;
    case SignalsRole:
        return r.signalIds;
    case MaxSeverityRole:
        return r.maxSeverity;
    case CaseIndexRole:
        return r.caseIndex;
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LaneColumn:
        return tr("Party");
    case ActorColumn:
        return tr("Actor");
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case FindingsColumn:
        return tr("Findings");
    case SignalsColumn:
        return tr("Signals");
    case CopiesColumn:
        return tr("Copies");
    }
    return {};
}

} // namespace MailTriage
