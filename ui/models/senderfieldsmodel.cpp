// SPDX-License-Identifier: GPL-3.0-or-later
#include "senderfieldsmodel.h"

#include "domainutil.h"
#include "uicolors.h"
#include "uitext.h"

#include <QFont>

namespace MailTriage {

namespace {
    QString domainOfAddress(const QString& address)
    {
        QString a = address.trimmed();
        if (a.startsWith(QLatin1Char('<')))
            a.remove(0, 1);
        if (a.endsWith(QLatin1Char('>')))
            a.chop(1);
        const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : a.mid(at + 1).toLower();
    }
} // namespace

SenderFieldsModel::SenderFieldsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SenderFieldsModel::setMessage(const Message& m)
{
    beginResetModel();
    m_rows.clear();
    const QString fromDomain = m.from.domain();
    auto place = [&](Row& r, QByteArrayView header, int headerIndex = -1) {
        const HeaderField* h = nullptr;
        const QList<HeaderField>& headers = m.headers();
        if (headerIndex >= 0 && headerIndex < headers.size())
            h = &headers[headerIndex];
        else if (!header.isEmpty())
            h = m.header(header);
        if (h) {
            r.offset = h->offset;
            r.length = h->length;
        }
    };
    auto compare = [&](Row& r) {
        if (r.domain.isEmpty())
            r.match = Match::Missing;
        else if (fromDomain.isEmpty())
            r.match = Match::Different;
        else
            r.match = DomainUtil::sameOrganisation(r.domain, fromDomain) ? Match::Same : Match::Different;
    };

    Row from { QStringLiteral("From"), UiText::mailbox(m.from), fromDomain, Match::Reference };
    place(from, "From");
    m_rows.append(from);
    for (int i = 1; i < m.fromAll.size(); ++i) {
        Row r { QStringLiteral("From"), UiText::mailbox(m.fromAll[i]), m.fromAll[i].domain() };
        compare(r);
        m_rows.append(r);
    }
    if (!m.sender.isEmpty()) {
        Row r { QStringLiteral("Sender"), UiText::mailbox(m.sender), m.sender.domain() };
        compare(r);
        place(r, "Sender");
        m_rows.append(r);
    }
    if (m.replyTo.isEmpty()) {
        m_rows.append(Row { QStringLiteral("Reply-To"), QString(), QString(), Match::Missing });
    }
    for (const Mailbox& mb : m.replyTo) {
        Row r { QStringLiteral("Reply-To"), UiText::mailbox(mb), mb.domain() };
        compare(r);
        place(r, "Reply-To");
        m_rows.append(r);
    }
    {
        Row r { QStringLiteral("Return-Path"), UiText::visible(m.returnPath), domainOfAddress(m.returnPath) };
        compare(r);
        place(r, "Return-Path");
        m_rows.append(r);
    }
    if (m.dkimSignatures.isEmpty())
        m_rows.append(Row { QStringLiteral("DKIM d="), QString(), QString(), Match::Missing });
    for (const DkimSignature& d : m.dkimSignatures) {
        Row r { QStringLiteral("DKIM d="), UiText::visible(QStringLiteral("d=%1; s=%2").arg(d.domain, d.selector)),
            d.domain.toLower() };
        compare(r);
        place(r, {}, d.headerIndex);
        m_rows.append(r);
    }
    {
        Row r { QStringLiteral("Message-ID"), UiText::visible(m.messageId), domainOfAddress(m.messageId) };
        compare(r);
        place(r, "Message-ID");
        m_rows.append(r);
    }
    endResetModel();
}

void SenderFieldsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SenderFieldsModel::mismatchCount() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.match == Match::Different ? 1 : 0;
    return n;
}

int SenderFieldsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SenderFieldsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderFieldsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return r.field;
        case ValueColumn:
            return r.value.isEmpty() ? tr("(none)") : r.value;
        case DomainColumn:
            return r.domain.isEmpty() ? QStringLiteral("—") : UiText::visible(r.domain);
        case MatchColumn:
            switch (r.match) {
            case Match::Reference:
                return tr("reference");
            case Match::Same:
                return tr("same organisation");
            case Match::Different:
                return tr("differs from From");
            case Match::Missing:
                return QString();
            }
        }
        return {};
    case Qt::BackgroundRole:
        return r.match == Match::Different ? QVariant(UiColors::mismatchBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (r.match == Match::Missing && index.column() != FieldColumn)
            return UiColors::mutedForeground();
        if (index.column() == MatchColumn)
            return r.match == Match::Different ? UiColors::fail() : UiColors::pass();
        return {};
    case Qt::FontRole:
        if (index.column() == FieldColumn || (r.match == Match::Different && index.column() != ValueColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (r.match == Match::Different)
            return tr("The %1 domain %2 does not belong to the From domain's organisation.").arg(r.field, r.domain);
        return r.value.isEmpty() ? QVariant() : QVariant(r.value);
    case MismatchRole:
        return r.match == Match::Different;
    case OffsetRole:
        return r.offset;
    case LengthRole:
        return r.length;
    default:
        return {};
    }
}

QVariant SenderFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case DomainColumn:
        return tr("Domain");
    case MatchColumn:
        return tr("Compared with From");
    }
    return {};
}

} // namespace MailTriage
