// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The attacker's indicators of the case, the same list the exports write: type, value
/// (defanged), what it was in the mail, how many attacker messages carried it, first and last seen.
/// Context entries (a free-mail provider, a party's genuine document) are shown in grey.
class IndicatorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, ValueColumn, RoleColumn, MessagesColumn, FirstSeenColumn, LastSeenColumn, ColumnCount };
    enum Role {
        LiveValueRole = Qt::UserRole + 1, ///< the value as it is (to paste into a block list)
        DefangedValueRole, ///< hxxp, [.], [@]: safe to paste into a ticket or a mail
        TypeRole, ///< "email-addr", "domain-name", ...
        ContextRole, ///< bool: context, not something to block
        MessageIndexesRole, ///< QList<int>: indices in CaseAnalysis::messages
    };

    explicit IndicatorListModel(QObject* parent = nullptr);

    void setIndicators(QList<Indicator> indicators);
    const QList<Indicator>& indicators() const { return m_indicators; }

    /// The values of @p rows, one per line: defanged, or live (context entries left out: they are
    /// not the attacker's to block).
    QString valuesText(const QList<int>& rows, bool live) const;

    /// "E-mail address", "Domain", ... in the UI language.
    static QString typeName(const QString& type);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Indicator> m_indicators;
};

} // namespace MailTriage
