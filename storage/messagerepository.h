// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

#include <QHash>

namespace MailTriage {

/// @brief Messages of a case with their original, findings and search entry.
class MessageRepository {
public:
    enum class AddResult { Added, Duplicate, Failed };

    virtual ~MessageRepository() = default;

    /// Stores the original, the message row, its findings and its search entry all-or-nothing:
    /// in a transaction of its own, or as part of the caller's transaction when one is open
    /// (beginTransaction()); then a Failed result may leave part of the message written and the
    /// caller must roll back (the importer drops the whole batch). Duplicate: an original with
    /// the same SHA-256 is already stored (nothing is written).
    virtual AddResult add(const MessageRecord& record) = 0;

    virtual qint64 count() = 0;
    /// Ordered by date (unknown dates first), then by id.
    virtual QList<StoredMessage> list(qint64 offset = 0, qint64 limit = -1) = 0;
    virtual std::optional<StoredMessage> find(qint64 id) = 0;
    /// Every stored message's id by the SHA-256 of its original (from the covering indexes: fast).
    virtual QHash<QByteArray, qint64> idsBySha256() = 0;
    virtual std::optional<StoredMessage> findBySha256(const QByteArray& sha256) = 0;
    /// Messages whose Message-ID header is @p messageId (copies from several mailboxes).
    virtual QList<StoredMessage> findByMessageId(const QString& messageId) = 0;
    /// The MESSAGE object of the CLI contract as stored at import (compact UTF-8 JSON).
    virtual QByteArray json(qint64 id) = 0;
    virtual QString bodyText(qint64 id) = 0;
    /// The entries of @p ids (those that have one of revision @p revision): id -> data.
    virtual QHash<qint64, QByteArray> readingsOf(const QList<qint64>& ids, const QByteArray& revision) = 0;
};

} // namespace MailTriage
