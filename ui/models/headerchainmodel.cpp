// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerchainmodel.h"

#include "uicolors.h"
#include "uitext.h"

#include <QFont>

namespace MailTriage {

HeaderChainModel::HeaderChainModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HeaderChainModel::setMessage(const Message& message)
{
    beginResetModel();
    m_hops.clear();
    m_boundary = -1;
    const QList<HeaderField>& headers = message.headers();
    for (const ReceivedHop& h : message.received) {
        Hop hop { h, -1, 0 };
        if (h.headerIndex >= 0 && h.headerIndex < headers.size()) {
            hop.offset = headers[h.headerIndex].offset;
            hop.length = headers[h.headerIndex].length;
        }
        m_hops.append(hop);
    }
    for (int i = 1; i < m_hops.size(); ++i) {
        if (m_hops[i].hop.trusted && !m_hops[i - 1].hop.trusted) {
            m_boundary = i;
            break;
        }
    }
    endResetModel();
}

void HeaderChainModel::clear()
{
    beginResetModel();
    m_hops.clear();
    m_boundary = -1;
    endResetModel();
}

int HeaderChainModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int HeaderChainModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderChainModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hop& entry = m_hops[index.row()];
    const ReceivedHop& h = entry.hop;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return index.row() + 1;
        case FromColumn: {
            if (!h.parsed)
                return UiText::visible(h.raw.left(160));
            QString s = UiText::visible(h.fromHost);
            if (!h.fromRdns.isEmpty() && h.fromRdns.compare(h.fromHost, Qt::CaseInsensitive) != 0)
                s = s.isEmpty() ? UiText::visible(h.fromRdns) : tr("%1 (rDNS %2)").arg(s, UiText::visible(h.fromRdns));
            return s.isEmpty() ? QStringLiteral("—") : s;
        }
        case IpColumn:
            return h.fromIp.isEmpty() ? QStringLiteral("—") : UiText::visible(h.fromIp);
        case ByColumn:
            return h.byHost.isEmpty() ? QStringLiteral("—") : UiText::visible(h.byHost);
        case ProtocolColumn: {
            QString p = h.protocol.isEmpty() ? QStringLiteral("—") : UiText::visible(h.protocol);
            if (h.tls)
                p += tr(" · TLS");
            return p;
        }
        case LocalTimeColumn:
            return UiText::localDateTime(h.date);
        case UtcTimeColumn:
            return UiText::utcDateTime(h.date);
        case DelayColumn:
            if (!h.hasDelay)
                return index.row() == 0 ? QString() : QStringLiteral("—");
            return UiText::duration(h.delaySeconds);
        case TrustColumn:
            if (index.row() == m_boundary)
                return tr("▶ receiving side starts");
            return h.trusted ? tr("receiving side") : tr("sender side (untrusted)");
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TrustColumn:
            return h.trusted ? tr("Written by the receiving organisation's own servers: its times, IPs and "
                                  "authentication verdicts can be trusted.")
                             : tr("Written before the message reached the receiving organisation: the sender "
                                  "(or an attacker) can forge this line.");
        case DelayColumn:
            return h.hasDelay && h.delaySeconds < 0 ? tr("This hop is earlier than the one before it: the chain is "
                                                         "out of time order (clock skew or a forged line).")
                                                    : QVariant();
        case LocalTimeColumn:
        case UtcTimeColumn:
            return tr("As written: %1").arg(UiText::originalDateTime(h.date));
        default:
            return UiText::visible(h.raw);
        }
    case Qt::BackgroundRole:
        return h.trusted ? QVariant(UiColors::trustedBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DelayColumn && h.hasDelay && h.delaySeconds < 0)
            return UiColors::fail();
        if (index.column() == TrustColumn)
            return h.trusted ? UiColors::pass() : UiColors::mutedForeground();
        if (!h.parsed)
            return UiColors::fail();
        return {};
    case Qt::FontRole:
        if (!h.parsed || (index.row() == m_boundary && index.column() == TrustColumn)) {
            QFont f;
            f.setItalic(!h.parsed);
            f.setBold(index.row() == m_boundary && index.column() == TrustColumn);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == DelayColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TrustedRole:
        return h.trusted;
    case BoundaryRole:
        return index.row() == m_boundary;
    case OffsetRole:
        return entry.offset;
    case LengthRole:
        return entry.length;
    case ParsedRole:
        return h.parsed;
    default:
        return {};
    }
}

QVariant HeaderChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case FromColumn:
        return tr("From host");
    case IpColumn:
        return tr("IP");
    case ByColumn:
        return tr("By host");
    case ProtocolColumn:
        return tr("Protocol");
    case LocalTimeColumn:
        return tr("Time (local)");
    case UtcTimeColumn:
        return tr("Time (UTC)");
    case DelayColumn:
        return tr("Delay");
    case TrustColumn:
        return tr("Written by");
    }
    return {};
}

} // namespace MailTriage
