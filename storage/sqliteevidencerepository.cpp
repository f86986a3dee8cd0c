// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteevidencerepository.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace MailTriage {

SqliteEvidenceRepository::SqliteEvidenceRepository(SqliteDatabase& db)
    : m_db(db)
{
}

qint64 SqliteEvidenceRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM evidence");
}

bool SqliteEvidenceRepository::contains(const QByteArray& sha256)
{
    SqliteStatement q(m_db, "SELECT 1 FROM evidence WHERE sha256 = ?");
    q.bindUtf8(1, sha256.toLower());
    return q.next();
}

QSet<QByteArray> SqliteEvidenceRepository::allSha256()
{
    QSet<QByteArray> out;
    SqliteStatement q(m_db, "SELECT sha256 FROM evidence");
    while (q.next())
        out.insert(q.utf8(0));
    return out;
}

std::optional<EvidenceInfo> SqliteEvidenceRepository::find(const QByteArray& sha256)
{
    SqliteStatement q(m_db, "SELECT id, sha256, size, format, source_path, imported_at FROM evidence WHERE sha256 = ?");
    q.bindUtf8(1, sha256.toLower());
    if (!q.next())
        return std::nullopt;
    EvidenceInfo e;
    e.id = q.int64(0);
    e.sha256 = q.utf8(1);
    e.size = q.int64(2);
    e.format = q.text(3);
    e.sourcePath = q.text(4);
    e.importedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    return e;
}

std::optional<QByteArray> SqliteEvidenceRepository::original(const QByteArray& sha256)
{
    SqliteStatement q(m_db, "SELECT data, size FROM evidence WHERE sha256 = ?");
    q.bindUtf8(1, sha256.toLower());
    if (!q.next()) {
        if (q.ok())
            m_db.setError({ StoreError::Code::Invalid,
                QStringLiteral("no original with SHA-256 %1 in %2; list them with mailtriage-cli search")
                    .arg(QString::fromLatin1(sha256), m_db.path()) });
        return std::nullopt;
    }
    QByteArray data = q.blob(0);
    if (data.size() != q.int64(1)) {
        m_db.setError({ StoreError::Code::Corrupt,
            QStringLiteral("%1: the stored original %2 has the wrong size; run mailtriage-cli check")
                .arg(m_db.path(), QString::fromLatin1(sha256)) });
        return std::nullopt;
    }
    return data;
}

} // namespace MailTriage
