// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitedatabase.h"

namespace MailTriage {

/// @brief A write that is all-or-nothing: its own BEGIN IMMEDIATE ... COMMIT when no transaction is
/// open, a SAVEPOINT inside the caller's transaction otherwise. Rolls back unless commit() is called.
class SqliteWriteScope {
public:
    explicit SqliteWriteScope(SqliteDatabase& db);
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
};

} // namespace MailTriage
