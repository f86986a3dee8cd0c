// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewritescope.h"

#include <sqlite3.h>

namespace MailTriage {

SqliteWriteScope::SqliteWriteScope(SqliteDatabase& db, Nested nested)
    : m_db(db)
{
    const bool inTransaction = sqlite3_get_autocommit(db.handle()) == 0;
    if (inTransaction && nested == Nested::Join) {
        m_joined = true;
        m_active = true;
        return;
    }
    m_savepoint = inTransaction;
    m_active = m_db.exec(m_savepoint ? "SAVEPOINT write_scope" : "BEGIN IMMEDIATE");
}

SqliteWriteScope::~SqliteWriteScope()
{
    if (m_active)
        rollback();
}

bool SqliteWriteScope::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_joined)
        return true; // the caller's transaction commits it
    if (m_db.exec(m_savepoint ? "RELEASE write_scope" : "COMMIT"))
        return true;
    // A failed COMMIT (disk full, I/O error) may leave the transaction open: undo it.
    const StoreError e = m_db.lastError();
    if (m_savepoint) {
        m_db.exec("ROLLBACK TO write_scope");
        m_db.exec("RELEASE write_scope");
    } else if (sqlite3_get_autocommit(m_db.handle()) == 0) {
        m_db.exec("ROLLBACK");
    }
    m_db.setError(e);
    return false;
}

void SqliteWriteScope::rollback()
{
    m_active = false;
    if (m_joined)
        return; // the caller rolls its transaction back
    const StoreError e = m_db.lastError();
    if (m_savepoint) {
        m_db.exec("ROLLBACK TO write_scope");
        m_db.exec("RELEASE write_scope");
    } else if (sqlite3_get_autocommit(m_db.handle()) == 0) {
        m_db.exec("ROLLBACK");
    }
    m_db.setError(e);
}

} // namespace MailTriage
