// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudonymmapmodel.h"

#include <QFont>

namespace MailTriage {

namespace {
    QString kindText(const QString& kind)
    {
        // The anonymizer's kinds, as an analyst names them.
        static const QHash<QString, const char*> names {
            { QStringLiteral("organisation"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "organisation") },
            { QStringLiteral("company-name"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "company name") },
            { QStringLiteral("company-word"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "company word") },
            { QStringLiteral("domain"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "domain") },
            { QStringLiteral("domain-label"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "domain label") },
            { QStringLiteral("lookalike-domain"),
                QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "look-alike domain") },
            { QStringLiteral("host"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "host") },
            { QStringLiteral("person"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "person") },
            { QStringLiteral("name-word"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "name") },
            { QStringLiteral("initials"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "initials") },
            { QStringLiteral("local-part"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "mailbox name") },
            { QStringLiteral("address"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "address") },
            { QStringLiteral("ip"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "IP address") },
            { QStringLiteral("ip-prefix"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "IP network") },
            { QStringLiteral("account"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "bank account") },
            { QStringLiteral("bank"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "bank") },
            { QStringLiteral("message-id"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "Message-ID") },
            { QStringLiteral("attacker-domain"),
                QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "attacker domain") },
            { QStringLiteral("attacker-address"),
                QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "attacker address") },
            { QStringLiteral("attacker-ip"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "attacker IP") },
            { QStringLiteral("custom"), QT_TRANSLATE_NOOP("MailTriage::PseudonymMapModel", "your term") },
        };
        const char* n = names.value(kind);
        return n ? PseudonymMapModel::tr(n) : kind;
    }

    QString placeText(const QString& place)
    {
        if (place == QLatin1String("subject"))
            return PseudonymMapModel::tr("subject");
        if (place == QLatin1String("sender"))
            return PseudonymMapModel::tr("sender");
        if (place == QLatin1String("recipients"))
            return PseudonymMapModel::tr("recipients");
        if (place == QLatin1String("body"))
            return PseudonymMapModel::tr("body");
        if (place == QLatin1String("attachment names"))
            return PseudonymMapModel::tr("attachment names");
        return place;
    }
} // namespace

PseudonymMapModel::PseudonymMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PseudonymMapModel::setUsage(const QString& caseId, const QList<CaseExport::MapUse>& usage)
{
    beginResetModel();
    m_caseId = caseId;
    m_rows = usage;
    m_rowEdited = QList<bool>(usage.size(), false);
    m_edited = false;
    endResetModel();
}

PseudonymMap PseudonymMapModel::map() const
{
    PseudonymMap m;
    m.caseId = m_caseId;
    for (const CaseExport::MapUse& u : m_rows)
        m.entries.append(u.entry);
    return m;
}

int PseudonymMapModel::rowOf(const QString& real) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.real.compare(real, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool PseudonymMapModel::addTerm(const QString& realIn, const QString& pseudonymIn)
{
    const QString real = realIn.trimmed();
    const QString pseudonym = pseudonymIn.trimmed();
    if (real.isEmpty() || rowOf(real) >= 0)
        return false;
    CaseExport::MapUse u;
    u.entry.kind = QStringLiteral("custom");
    u.entry.real = real;
    u.entry.pseudonym = pseudonym.isEmpty() ? QStringLiteral("[redacted]") : pseudonym;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(u);
    m_rowEdited.append(true);
    endInsertRows();
    m_edited = true;
    Q_EMIT edited();
    return true;
}

bool PseudonymMapModel::removeTerm(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].entry.kind != QLatin1String("custom"))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowEdited.removeAt(row);
    endRemoveRows();
    m_edited = true;
    Q_EMIT edited();
    return true;
}

int PseudonymMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PseudonymMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PseudonymMapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseExport::MapUse& u = m_rows[index.row()];
    const Pseudonym& p = u.entry;
    if (role == KindRole)
        return p.kind;
    if (role == EditedRole)
        return m_rowEdited.value(index.row());
    if (role == Qt::FontRole && index.column() == PseudonymColumn && m_rowEdited.value(index.row())) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == RealColumn || index.column() == PseudonymColumn || index.column() == PseudonymJaColumn)
            return tr("%1 → %2").arg(p.real, p.pseudonym);
        if (index.column() == PlacesColumn && u.count == 0)
            return tr("Not found in the messages' subjects, addresses, bodies or attachment names; it may occur in "
                      "headers or be derived from another entry.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RealColumn:
        // The organisations of the parties are keyed by their lane ("party:A").
        if (role == Qt::DisplayRole && p.real.startsWith(QLatin1String("party:")))
            return tr("the organisation of party %1").arg(p.real.mid(6));
        return p.real;
    case PseudonymColumn:
        return p.pseudonym;
    case PseudonymJaColumn:
        return role == Qt::EditRole || !p.pseudonymJa.isEmpty() ? p.pseudonymJa : p.pseudonym;
    case KindColumn:
        return kindText(p.kind);
    case PlacesColumn: {
        QStringList places;
        for (const QString& s : u.places)
            places << placeText(s);
        return places.join(QStringLiteral(", "));
    }
    case CountColumn:
        return u.count;
    }
    return {};
}

bool PseudonymMapModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Pseudonym& p = m_rows[index.row()].entry;
    const QString v = value.toString().trimmed();
    if (index.column() == PseudonymColumn) {
        if (v.isEmpty() || v == p.pseudonym)
            return false;
        p.pseudonym = v;
    } else if (index.column() == PseudonymJaColumn) {
        if (v == p.pseudonymJa)
            return false;
        p.pseudonymJa = v;
    } else if (index.column() == RealColumn && p.kind == QLatin1String("custom")) {
        if (v.isEmpty() || v == p.real || (rowOf(v) >= 0 && rowOf(v) != index.row()))
            return false;
        p.real = v;
    } else {
        return false;
    }
    m_rowEdited[index.row()] = true;
    m_edited = true;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags PseudonymMapModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool custom = m_rows.value(index.row()).entry.kind == QLatin1String("custom");
    if (index.column() == PseudonymColumn || index.column() == PseudonymJaColumn
        || (index.column() == RealColumn && custom))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PseudonymMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RealColumn:
        return tr("Real value");
    case PseudonymColumn:
        return tr("Pseudonym");
    case PseudonymJaColumn:
        return tr("Pseudonym (Japanese)");
    case KindColumn:
        return tr("What it is");
    case PlacesColumn:
        return tr("Where");
    case CountColumn:
        return tr("Count");
    }
    return {};
}

} // namespace MailTriage
