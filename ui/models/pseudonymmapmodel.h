// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseexport.h"

#include <QAbstractTableModel>

namespace MailTriage {

/// @brief The pseudonym map of a report as the analyst reviews it: each real value, its
/// pseudonym (editable, in English and in Japanese), what it is, where and how often it occurs.
/// Terms the analyst adds (a product line, a project name) are "custom" entries and can be
/// removed again; generated entries can only be renamed.
class PseudonymMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RealColumn, PseudonymColumn, PseudonymJaColumn, KindColumn, PlacesColumn, CountColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, EditedRole };

    explicit PseudonymMapModel(QObject* parent = nullptr);

    void setUsage(const QString& caseId, const QList<CaseExport::MapUse>& usage);
    /// The map as edited (every entry, in order).
    PseudonymMap map() const;
    /// True once the analyst changed, added or removed an entry.
    bool isEdited() const { return m_edited; }

    /// Adds a term to redact (kind "custom"); false when it is empty or already in the map.
    bool addTerm(const QString& real, const QString& pseudonym);
    /// Removes a custom term; generated entries stay (rename them instead).
    bool removeTerm(int row);
    /// The row of @p real (case-insensitive), -1 when none.
    int rowOf(const QString& real) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QString m_caseId;
    QList<CaseExport::MapUse> m_rows;
    QList<bool> m_rowEdited;
    bool m_edited = false;
};

} // namespace MailTriage
