// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitedatabase.h"

namespace MailTriage {

/// @brief A write that is all-or-nothing: its own BEGIN IMMEDIATE ... COMMIT when no transaction is
/// open. Inside the caller's transaction it is a SAVEPOINT (Nested::Savepoint), or it simply joins
/// that transaction (Nested::Join): then a failed write leaves it half done and the caller must roll
/// its transaction back (the importer does). Join exists for the FTS5 index: FTS5 flushes its
/// pending terms into a new segment at every savepoint, which made each imported message cost a
/// segment write and its later merges. Rolls back unless commit() is called.
class SqliteWriteScope {
public:
    enum class Nested { Savepoint, Join };
    explicit SqliteWriteScope(SqliteDatabase& db, Nested nested = Nested::Savepoint);
    ~SqliteWriteScope();
    SqliteWriteScope(const SqliteWriteScope&) = delete;
    SqliteWriteScope& operator=(const SqliteWriteScope&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    void rollback();
    SqliteDatabase& m_db;
    bool m_active = false;
    bool m_savepoint = false;
    bool m_joined = false;
};

} // namespace MailTriage
