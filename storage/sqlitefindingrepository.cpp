// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefindingrepository.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sqlitewritescope.h"

namespace MailTriage {

namespace {
    const char* scopeCondition(FindingRepository::Scope s)
    {
        switch (s) {
        case FindingRepository::Scope::Message:
            return " AND scope = 'message'";
        case FindingRepository::Scope::Case:
            return " AND scope = 'case'";
        case FindingRepository::Scope::All:
            break;
        }
        return "";
    }
} // namespace

SqliteFindingRepository::SqliteFindingRepository(SqliteDatabase& db)
    : m_db(db)
{
}

QList<Finding> SqliteFindingRepository::forMessage(qint64 messageId, Scope scope)
{
    QList<Finding> out;
    const QByteArray sql = QByteArray("SELECT signal, severity, header, byte_offset, byte_length, phrases, "
                                      "evidence, related_message_id FROM findings WHERE message_id = ?")
        + scopeCondition(scope) + " ORDER BY id";
    SqliteStatement q(m_db, sql.constData());
    q.bindInt(1, messageId);
    while (q.next()) {
        Finding f;
        f.signal = q.text(0);
        f.severity = severityFromName(q.text(1));
        f.header = q.text(2);
        f.offset = q.isNull(3) ? -1 : q.int64(3);
        f.length = q.isNull(4) ? 0 : q.int64(4);
        f.text = Text::fromJson(q.text(5).toUtf8());
        f.evidence = q.text(6);
        f.relatedMessageId = q.text(7);
        out.append(f);
    }
    return out;
}

qint64 SqliteFindingRepository::count(Scope scope)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM findings WHERE 1") + scopeCondition(scope);
    return m_db.queryInt(sql.constData());
}

QHash<QString, qint64> SqliteFindingRepository::countBySignal()
{
    QHash<QString, qint64> out;
    SqliteStatement q(m_db, "SELECT signal, count(*) FROM findings GROUP BY signal");
    while (q.next())
        out.insert(q.text(0), q.int64(1));
    return out;
}

} // namespace MailTriage
