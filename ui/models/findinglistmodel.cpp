// SPDX-License-Identifier: GPL-3.0-or-later
#include "findinglistmodel.h"

#include "findingtexts.h"
#include "uicolors.h"
#include "uitext.h"

#include <QFont>
#include <algorithm>

namespace MailTriage {

FindingListModel::FindingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingListModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.offset < b.offset;
    });
    endResetModel();
}

const Finding* FindingListModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return UiText::severity(f.severity);
        case TitleColumn:
            return UiText::signalTitle(f.signal);
        case HeaderColumn:
            return f.header.isEmpty() ? QStringLiteral("—") : f.header;
        case EvidenceColumn:
            return UiText::visible(f.evidence);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip
            = QStringLiteral("%1 (%2)\n\n%3").arg(UiText::signalTitle(f.signal), f.signal, UiText::render(f.text));
        if (!f.evidence.isEmpty())
            tip += QStringLiteral("\n\n") + UiText::visible(f.evidence);
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return UiColors::severity(f.severity);
        return {};
    case Qt::FontRole:
        if (index.column() == SeverityColumn && f.severity >= Severity::Medium) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OffsetRole:
        return f.offset;
    case LengthRole:
        return f.length;
    case SignalRole:
        return f.signal;
    case SeverityRole:
        return int(f.severity);
    case ExplanationRole:
        return UiText::render(f.text);
    case EvidenceRole:
        return f.evidence;
    case ScopeRole:
        return FindingTexts::isMessageScope(f.signal) ? QStringLiteral("message") : QStringLiteral("case");
    default:
        return {};
    }
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Finding");
    case HeaderColumn:
        return tr("Where");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

} // namespace MailTriage
