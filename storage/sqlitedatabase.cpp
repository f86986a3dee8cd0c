// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/statvfs.h>

namespace MailTriage {

namespace {
    // SQLite reports a failed write as SQLITE_IOERR_WRITE, often with errno already gone. Whether
    // the disk or this process's file size limit (ulimit -f) is exhausted is checked here instead.
    bool writeSpaceExhausted(const QString& path)
    {
        if (path.isEmpty())
            return false;
        const QFileInfo info(path);
        struct statvfs fs;
        if (::statvfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0
            && qint64(fs.f_bavail) * qint64(fs.f_frsize) < (qint64(4) << 20))
            return true;
        struct rlimit limit;
        if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
            const qint64 largest = qMax(info.size(), QFileInfo(path + QStringLiteral("-wal")).size());
            if (largest + (qint64(1) << 20) >= qint64(limit.rlim_cur))
                return true;
        }
        return false;
    }
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString& path, int flags, const QString& uri)
{
    close();
    m_path = path;
    m_lastError = {};
    const QByteArray name = (uri.isEmpty() ? path : uri).toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | (uri.isEmpty() ? 0 : SQLITE_OPEN_URI), nullptr);
    if (rc != SQLITE_OK) {
        const int sysErr = m_db ? sqlite3_system_errno(m_db) : 0;
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        m_lastError = describe(rc, sysErr, m_path, msg);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void SqliteDatabase::close()
{
    if (!m_db)
        return;
    // sqlite3_close_v2 defers closing while statements live; all are finalized by their owners.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString context = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        setError(rc, context);
        return false;
    }
    return true;
}

qint64 SqliteDatabase::queryInt(const char* sql, bool* ok)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    qint64 value = 0;
    bool good = false;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(stmt, 0);
            good = true;
        } else if (rc != SQLITE_DONE) {
            setError(rc);
        }
    } else {
        setError(rc);
    }
    sqlite3_finalize(stmt);
    if (ok)
        *ok = good;
    return value;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDatabase::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

void SqliteDatabase::setError(int rc, const QString& context)
{
    const int sysErr = m_db ? sqlite3_system_errno(m_db) : 0;
    QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if (!context.isEmpty() && context != msg)
        msg = msg.isEmpty() ? context : msg + QStringLiteral(" (") + context + QLatin1Char(')');
    m_lastError = describe(rc, sysErr, m_path, msg);
}

StoreError SqliteDatabase::describe(int rc, int systemErrno, const QString& path, const QString& sqliteMessage)
{
    using Code = StoreError::Code;
    const int primary = rc & 0xFF;
    const bool diskFullErrno = systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT;
    const bool readOnlyErrno = systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM;
    if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && diskFullErrno)
        || (primary == SQLITE_IOERR && systemErrno == 0 && writeSpaceExhausted(path))) {
        return { Code::DiskFull,
            QStringLiteral("%1: the disk is full (or a file size limit was reached); free some space and run the "
                           "command again (what was stored before is intact)")
                .arg(path) };
    }
    if (primary == SQLITE_READONLY || ((primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) && readOnlyErrno)) {
        return { Code::ReadOnly,
            QStringLiteral("%1: the case is on a read-only location or not writable by you; copy it to a "
                           "writable folder")
                .arg(path) };
    }
    if (primary == SQLITE_NOTADB) {
        return { Code::NotACase,
            QStringLiteral("%1 is not a MailTriage case file (not an SQLite database); check the path").arg(path) };
    }
    if (primary == SQLITE_CORRUPT) {
        return { Code::Corrupt,
            QStringLiteral("%1 is damaged (%2); restore it from a backup or run mailtriage-cli check on it")
                .arg(path, sqliteMessage) };
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        return { Code::Busy,
            QStringLiteral("%1 is in use by another program; close it there and try again").arg(path) };
    }
    if (primary == SQLITE_CANTOPEN) {
        return { Code::Io,
            QStringLiteral("%1 cannot be opened (%2); check the path and its permissions")
                .arg(path, systemErrno ? QString::fromLocal8Bit(std::strerror(systemErrno)) : sqliteMessage) };
    }
    if (primary == SQLITE_IOERR) {
        return { Code::Io,
            QStringLiteral("%1: input/output error (%2); check the disk")
                .arg(path, systemErrno ? QString::fromLocal8Bit(std::strerror(systemErrno)) : sqliteMessage) };
    }
    if (primary == SQLITE_CONSTRAINT) {
        return { Code::Invalid, QStringLiteral("%1: refused by the case database: %2").arg(path, sqliteMessage) };
    }
    return { Code::Internal,
        QStringLiteral("%1: database error %2 (%3); please report this").arg(path).arg(rc).arg(sqliteMessage) };
}

} // namespace MailTriage
