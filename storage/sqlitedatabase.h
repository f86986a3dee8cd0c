// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

struct sqlite3;

namespace MailTriage {

/// @brief One SQLite connection (RAII) and the translation of SQLite result codes into StoreError
/// lines a person can act on. Private to storage/: nothing outside sees sqlite3.
class SqliteDatabase {
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    /// @p flags are sqlite3_open_v2() flags; @p uri may carry URI parameters (immutable=1).
    bool open(const QString& path, int flags, const QString& uri = {});
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results. Sets lastError() on failure.
    bool exec(const char* sql);
    /// The first column of the first row of @p sql as an integer; @p ok false on error or no row.
    qint64 queryInt(const char* sql, bool* ok = nullptr);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool isReadOnly() const;

    /// Records the error of result code @p rc (with errno where SQLite kept it).
    void setError(int rc, const QString& context = {});
    void setError(StoreError error) { m_lastError = std::move(error); }
    void clearError() { m_lastError = {}; }
    StoreError lastError() const { return m_lastError; }
    /// What @p rc means for the case at @p path, as one line that says what to do.
    static StoreError describe(int rc, int systemErrno, const QString& path, const QString& sqliteMessage);

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    StoreError m_lastError;
};

} // namespace MailTriage
