// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace MailTriage {

/// @brief Sorts and filters a MessageListModel: by party lane, actor, signal, lowest severity
/// and the set of stored message ids a full-text search returned.
class MessageFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MessageFilterProxyModel(QObject* parent = nullptr);

    void setLane(const QString& lane); ///< empty: any
    void setActor(const QString& actor); ///< empty: any
    void setSignal(const QString& signal); ///< empty: any; "*": with any finding
    void setMinimumSeverity(int severity); ///< -1: any (with or without findings)
    /// Only messages one of whose copies is in @p ids; nullopt: no search active.
    void setSearchResult(std::optional<QSet<qint64>> ids);
    void clearFilters();

    QString lane() const { return m_lane; }
    QString actor() const { return m_actor; }
    QString signalFilter() const { return m_signal; }
    int minimumSeverity() const { return m_minSeverity; }
    bool hasSearchResult() const { return m_searchIds.has_value(); }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_lane;
    QString m_actor;
    QString m_signal;
    int m_minSeverity = -1;
    std::optional<QSet<qint64>> m_searchIds;
};

} // namespace MailTriage
