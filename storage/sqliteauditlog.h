// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"

namespace MailTriage {

class SqliteDatabase;

/// @brief AuditLog over the audit_log table; triggers refuse UPDATE and DELETE on it.
class SqliteAuditLog : public AuditLog {
public:
    explicit SqliteAuditLog(SqliteDatabase& db);

    bool append(const QString& action, const QJsonObject& details) override;
    QList<AuditEntry> entries() override;
    qint64 count() override;

    /// The chain hash of an entry: hex SHA-256 over the previous hash and the entry's fields,
    /// each followed by a line feed (docs/storage.md). The first entry's previous hash is 64 zeros.
    static QByteArray chainHash(const QByteArray& prevHash, const QString& at, const QString& who,
        const QString& action, const QString& details);
    static QByteArray genesisHash();
    /// Recomputes the chain; returns one line per broken link.
    QStringList verifyChain();

private:
    SqliteDatabase& m_db;
};

} // namespace MailTriage
