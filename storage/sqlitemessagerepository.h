// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerepository.h"
#include "sqlitestatement.h"

namespace MailTriage {

class SqliteDatabase;

/// @brief MessageRepository over the messages, evidence, findings and search_fts tables.
class SqliteMessageRepository : public MessageRepository {
public:
    explicit SqliteMessageRepository(SqliteDatabase& db);

    AddResult add(const MessageRecord& record) override;
    qint64 count() override;
    QList<StoredMessage> list(qint64 offset, qint64 limit) override;
    std::optional<StoredMessage> find(qint64 id) override;
    QHash<QByteArray, qint64> idsBySha256() override;
    std::optional<StoredMessage> findBySha256(const QByteArray& sha256) override;
    QList<StoredMessage> findByMessageId(const QString& messageId) override;
    QByteArray json(qint64 id) override;
    QString bodyText(qint64 id) override;
    QHash<qint64, QByteArray> readingsOf(const QList<qint64>& ids, const QByteArray& revision) override;

    /// The SELECT list that readRow() reads (columns 0..18) and the FROM clause it needs, for
    /// queries elsewhere in storage/.
    static const char* columns();
    static const char* fromClause();
    static StoredMessage readRow(const SqliteStatement& q);

private:
    SqliteDatabase& m_db;
    // Prepared once: the importer's writer runs these for every message.
    SqliteStatement m_insertEvidence;
    SqliteStatement m_insertMessage;
    SqliteStatement m_insertFinding;
    SqliteStatement m_insertSearch;
    SqliteStatement m_insertReading;
};

} // namespace MailTriage
