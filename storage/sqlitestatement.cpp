// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace MailTriage {

SqliteStatement::SqliteStatement(SqliteDatabase& db, const char* sql)
{
    prepare(db, sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_keep(std::move(other.m_keep))
    , m_ok(other.m_ok)
{
    other.m_stmt = nullptr;
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_keep = std::move(other.m_keep);
        m_ok = other.m_ok;
        other.m_stmt = nullptr;
    }
    return *this;
}

bool SqliteStatement::prepare(SqliteDatabase& db, const char* sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = &db;
    m_keep.clear();
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    m_ok = rc == SQLITE_OK;
    if (!m_ok) {
        db.setError(rc, QString::fromUtf8(sql).left(80));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    return m_ok;
}

void SqliteStatement::bindUtf8(int i, const QByteArray& utf8)
{
    m_keep.append(utf8);
    const QByteArray& kept = m_keep.constLast();
    // A null QByteArray has no data pointer; SQLite reads a null pointer as NULL, so give it "".
    sqlite3_bind_text(m_stmt, i, kept.isNull() ? "" : kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int i, const QString& s)
{
    bindUtf8(i, s.toUtf8());
}

void SqliteStatement::bindTextOrNull(int i, const QString& s)
{
    if (s.isEmpty())
        bindNull(i);
    else
        bindUtf8(i, s.toUtf8());
}

void SqliteStatement::bindBlob(int i, const QByteArray& data)
{
    m_keep.append(data);
    const QByteArray& kept = m_keep.constLast();
    sqlite3_bind_blob64(m_stmt, i, kept.isNull() ? "" : kept.constData(), sqlite3_uint64(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool SqliteStatement::next()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    if (!m_ok)
        m_db->setError(rc);
    return false;
}

bool SqliteStatement::exec()
{
    while (next()) { }
    return m_ok;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_keep.clear();
    m_ok = true;
}

bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString SqliteStatement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QString::fromUtf8(p, n) : QString();
}

QByteArray SqliteStatement::utf8(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? QByteArray(p, n) : QByteArray();
}

QByteArray SqliteStatement::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    if (!p)
        return n == 0 ? QByteArray("") : QByteArray();
    return QByteArray(p, n);
}

} // namespace MailTriage
