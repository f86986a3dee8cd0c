// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklistmodel.h"

#include "uicolors.h"
#include "uitext.h"

#include <QRegularExpression>
#include <QUrl>

namespace MailTriage {

LinkListModel::LinkListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString LinkListModel::hostNamedByText(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^|[\s<(\[])(?:[a-z][a-z0-9+.-]*://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?=$|[/:?#\s>)\]]))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString LinkListModel::hostOfTarget(const QString& href)
{
    const QUrl url(href.trimmed(), QUrl::TolerantMode);
    return url.host().toLower();
}

void LinkListModel::setLinks(const QList<HtmlText::Link>& links)
{
    beginResetModel();
    m_rows.clear();
    for (const HtmlText::Link& l : links) {
        Row r { l.text, l.href, false };
        const QString shown = hostNamedByText(l.text);
        const QString real = hostOfTarget(l.href);
        r.mismatch = !shown.isEmpty() && !real.isEmpty() && shown != real && !real.endsWith(QLatin1Char('.') + shown)
            && !shown.endsWith(QLatin1Char('.') + real);
        m_rows.append(r);
    }
    endResetModel();
}

int LinkListModel::mismatchCount() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.mismatch ? 1 : 0;
    return n;
}

int LinkListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return r.text.isEmpty() ? tr("(no text)") : UiText::visible(r.text.left(300));
        case TargetColumn:
            return UiText::visible(r.href.left(2000));
        case NoteColumn:
            return r.mismatch ? tr("text names another host") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return UiText::visible(r.href.left(2000));
    case Qt::ForegroundRole:
        if (r.mismatch && index.column() != TextColumn)
            return UiColors::fail();
        return {};
    case Qt::BackgroundRole:
        return r.mismatch ? QVariant(UiColors::mismatchBackground()) : QVariant();
    case TargetRole:
        return r.href;
    case MismatchRole:
        return r.mismatch;
    default:
        return {};
    }
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Shown text");
    case TargetColumn:
        return tr("Real target");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace MailTriage
