// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteauditlog.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sqlitewritescope.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace MailTriage {

QString currentOsUser()
{
    const uid_t uid = geteuid();
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buf(size_t(size), '\0');
    struct passwd pw;
    struct passwd* result = nullptr;
    if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &result) == 0 && result && result->pw_name)
        return QString::fromLocal8Bit(result->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("uid %1").arg(uid) : env;
}

SqliteAuditLog::SqliteAuditLog(SqliteDatabase& db)
    : m_db(db)
{
}

QByteArray SqliteAuditLog::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray SqliteAuditLog::chainHash(
    const QByteArray& prevHash, const QString& at, const QString& who, const QString& action, const QString& details)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData("\n");
    h.addData(at.toUtf8());
    h.addData("\n");
    h.addData(who.toUtf8());
    h.addData("\n");
    h.addData(action.toUtf8());
    h.addData("\n");
    h.addData(details.toUtf8());
    h.addData("\n");
    return h.result().toHex();
}

bool SqliteAuditLog::append(const QString& action, const QJsonObject& details)
{
    SqliteWriteScope scope(m_db);
    if (!scope.isActive())
        return false;
    QByteArray prev = genesisHash();
    {
        SqliteStatement last(m_db, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (last.next())
            prev = last.utf8(0);
        else if (!last.ok())
            return false;
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString who = currentOsUser();
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    SqliteStatement ins(
        m_db, "INSERT INTO audit_log(at, who, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bindText(1, at);
    ins.bindText(2, who);
    ins.bindText(3, action);
    ins.bindText(4, text);
    ins.bindUtf8(5, prev);
    ins.bindUtf8(6, chainHash(prev, at, who, action, text));
    if (!ins.exec())
        return false;
    return scope.commit();
}

QList<AuditEntry> SqliteAuditLog::entries()
{
    QList<AuditEntry> out;
    SqliteStatement q(m_db, "SELECT id, at, who, action, details FROM audit_log ORDER BY id");
    while (q.next())
        out.append(
            { q.int64(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.text(3), q.text(4) });
    return out;
}

qint64 SqliteAuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

QStringList SqliteAuditLog::verifyChain()
{
    QStringList problems;
    QByteArray prev = genesisHash();
    SqliteStatement q(m_db, "SELECT id, at, who, action, details, prev_hash, hash FROM audit_log ORDER BY id");
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QByteArray storedPrev = q.utf8(5);
        const QByteArray hash = q.utf8(6);
        if (storedPrev != prev)
            problems << QStringLiteral("audit log entry %1 does not follow the entry before it (an entry was removed "
                                       "or inserted)")
                            .arg(id);
        if (chainHash(storedPrev, q.text(1), q.text(2), q.text(3), q.text(4)) != hash)
            problems << QStringLiteral("audit log entry %1 was changed after it was written").arg(id);
        prev = hash;
    }
    if (!q.ok())
        problems << QStringLiteral("the audit log cannot be read: %1").arg(m_db.lastError().message);
    return problems;
}

} // namespace MailTriage
