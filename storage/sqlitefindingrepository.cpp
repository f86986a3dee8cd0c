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
    const QByteArray sql = QByteArray("SELECT signal, severity, header, byte_offset, byte_length, text_en, text_ja, "
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
        f.textEn = q.text(5);
        f.textJa = q.text(6);
        f.evidence = q.text(7);
        f.relatedMessageId = q.text(8);
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

bool SqliteFindingRepository::replaceCaseFindings(const QHash<qint64, QList<Finding>>& findings)
{
    SqliteWriteScope scope(m_db);
    if (!scope.isActive() || !m_db.exec("DELETE FROM findings WHERE scope = 'case'"))
        return false;
    SqliteStatement ins(m_db,
        "INSERT INTO findings(message_id, scope, signal, severity, header, byte_offset, byte_length, text_en, "
        "text_ja, evidence, related_message_id) VALUES (?, 'case', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
        for (const Finding& f : it.value()) {
            ins.reset();
            ins.bindInt(1, it.key());
            ins.bindText(2, f.signal);
            ins.bindText(3, severityName(f.severity));
            ins.bindText(4, f.header);
            if (f.offset >= 0) {
                ins.bindInt(5, f.offset);
                ins.bindInt(6, f.length);
            } else {
                ins.bindNull(5);
                ins.bindNull(6);
            }
            ins.bindText(7, f.textEn);
            ins.bindText(8, f.textJa);
            ins.bindText(9, f.evidence);
            ins.bindTextOrNull(10, f.relatedMessageId);
            if (!ins.exec())
                return false;
        }
    }
    return scope.commit();
}

} // namespace MailTriage
