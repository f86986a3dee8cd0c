// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3_stmt;

namespace MailTriage {

class SqliteDatabase;

/// @brief A prepared statement (RAII) with Qt-typed binding and reading. Text is UTF-8 on both
/// sides. A failing step records its error on the database (SqliteDatabase::lastError()).
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(SqliteDatabase& db, const char* sql);
    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based as in SQL.
    void bindText(int i, const QString& s); ///< empty string when null
    void bindTextOrNull(int i, const QString& s); ///< NULL when empty
    void bindUtf8(int i, const QByteArray& utf8);
    void bindBlob(int i, const QByteArray& data);
    void bindInt(int i, qint64 v);
    void bindNull(int i);

    /// One step: true when a row is ready. False at the end or on error (then ok() is false).
    bool next();
    /// Steps to the end; false on error.
    bool exec();
    bool ok() const { return m_ok; }
    /// Resets for another run and drops the bound values.
    void reset();

    // Columns are 0-based.
    bool isNull(int col) const;
    qint64 int64(int col) const;
    QString text(int col) const;
    QByteArray utf8(int col) const;
    QByteArray blob(int col) const;

private:
    SqliteDatabase* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QList<QByteArray> m_keep; ///< bound values live until reset()
    bool m_ok = true;
};

} // namespace MailTriage
