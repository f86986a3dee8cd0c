// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentlistmodel.h"

#include "uicolors.h"
#include "uitext.h"

#include <QFontDatabase>

namespace MailTriage {

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttachmentListModel::setAttachments(QList<Attachment> attachments)
{
    beginResetModel();
    m_attachments = std::move(attachments);
    endResetModel();
}

const Attachment* AttachmentListModel::attachmentAt(int row) const
{
    return row >= 0 && row < m_attachments.size() ? &m_attachments[row] : nullptr;
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment& a = m_attachments[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.filename.isEmpty() ? tr("(no name)") : UiText::visible(a.filename);
        case TypeColumn:
            return QString::fromLatin1(a.contentType);
        case SizeColumn:
            return a.byReference ? tr("by reference") : UiText::size(a.size);
        case Sha256Column:
            return QString::fromLatin1(a.sha256);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && UiText::hasHiddenCharacters(a.filename))
            return tr("The file name holds hidden or direction-changing characters, shown here as [U+…]: "
                      "the name other programs display may hide the real extension.");
        if (index.column() == Sha256Column)
            return QString::fromLatin1(a.sha256);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && UiText::hasHiddenCharacters(a.filename))
            return UiColors::fail();
        return {};
    case Qt::FontRole:
        if (index.column() == Sha256Column)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PartIndexRole:
        return a.partIndex;
    case FileNameRole:
        return a.filename;
    case HiddenCharactersRole:
        return UiText::hasHiddenCharacters(a.filename);
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    }
    return {};
}

} // namespace MailTriage
