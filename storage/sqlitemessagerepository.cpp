// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemessagerepository.h"

#include "messagejson.h"
#include "serialization.h"
#include "sqlitedatabase.h"
#include "sqlitewritescope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MailTriage {

namespace {
    QByteArray mailboxListJson(const QList<Mailbox>& list)
    {
        return QJsonDocument(MessageJson::toJson(list)).toJson(QJsonDocument::Compact);
    }

    QList<Mailbox> mailboxListFromJson(const QByteArray& json)
    {
        QList<Mailbox> out;
        const QJsonArray a = QJsonDocument::fromJson(json).array();
        for (const QJsonValue& v : a) {
            const QJsonObject o = v.toObject();
            out.append({ o.value(QLatin1String("name")).toString(), o.value(QLatin1String("address")).toString(),
                o.value(QLatin1String("group")).toString() });
        }
        return out;
    }

    QStringList stringListFromJson(const QByteArray& json)
    {
        QStringList out;
        const QJsonArray a = QJsonDocument::fromJson(json).array();
        for (const QJsonValue& v : a)
            out.append(v.toString());
        return out;
    }

    QString nowUtc()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
} // namespace

SqliteMessageRepository::SqliteMessageRepository(SqliteDatabase& db)
    : m_db(db)
{
}

const char* SqliteMessageRepository::columns()
{
    return "m.id, m.evidence_id, e.sha256, e.format, e.source_path, m.mbox_index, m.message_id, m.date_utc, "
           "m.date_offset, m.subject, m.from_name, m.from_address, m.to_list, m.cc_list, m.reply_to, m.return_path, "
           "m.in_reply_to, m.references_list, m.finding_count";
}

const char* SqliteMessageRepository::fromClause()
{
    return " FROM messages AS m JOIN evidence AS e ON e.id = m.evidence_id";
}

namespace {
    QByteArray selectSql(const char* tail)
    {
        return QByteArray("SELECT ") + SqliteMessageRepository::columns() + SqliteMessageRepository::fromClause()
            + tail;
    }
} // namespace

StoredMessage SqliteMessageRepository::readRow(const SqliteStatement& q)
{
    StoredMessage s;
    s.id = q.int64(0);
    s.evidenceId = q.int64(1);
    s.sha256 = q.utf8(2);
    s.format = q.text(3);
    s.sourcePath = q.text(4);
    s.mboxIndex = int(q.int64(5));
    s.messageId = q.text(6);
    if (!q.isNull(7)) {
        const QDateTime utc = QDateTime::fromString(q.text(7), Qt::ISODate);
        s.date = utc.toOffsetFromUtc(int(q.int64(8)));
    }
    s.subject = q.text(9);
    s.from = { q.text(10), q.text(11), {} };
    s.to = mailboxListFromJson(q.utf8(12));
    s.cc = mailboxListFromJson(q.utf8(13));
    s.replyTo = mailboxListFromJson(q.utf8(14));
    s.returnPath = q.text(15);
    s.inReplyTo = q.text(16);
    s.references = stringListFromJson(q.utf8(17));
    s.findingCount = int(q.int64(18));
    return s;
}

MessageRepository::AddResult SqliteMessageRepository::add(const MessageRecord& r)
{
    if (!m_insertEvidence.isValid()) {
        if (!m_insertEvidence.prepare(m_db,
                "INSERT INTO evidence(sha256, data, size, format, source_path, imported_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO NOTHING")
            || !m_insertMessage.prepare(m_db,
                "INSERT INTO messages(evidence_id, mbox_index, message_id, date_utc, date_offset, subject, from_name, "
                "from_address, to_list, cc_list, reply_to, return_path, in_reply_to, references_list, body_text, json, "
                "search_addresses, search_names, finding_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            || !m_insertFinding.prepare(m_db,
                "INSERT INTO findings(message_id, scope, signal, severity, header, byte_offset, byte_length, phrases, "
                "evidence, related_message_id) VALUES (?, 'message', ?, ?, ?, ?, ?, ?, ?, ?)")
            || !m_insertSearch.prepare(m_db,
                "INSERT INTO search_fts(rowid, subject, search_names, search_addresses, body_text) "
                "VALUES (?, ?, ?, ?, ?)")
            || !m_insertReading.prepare(
                m_db, "INSERT INTO message_readings(message_id, revision, data) VALUES (?, ?, ?)"))
            return AddResult::Failed;
    }
    if (r.sha256.size() != 64) {
        m_db.setError({ StoreError::Code::Invalid, QStringLiteral("a message without its SHA-256 cannot be stored") });
        return AddResult::Failed;
    }

    // Inside the importer's batch transaction this joins it (no savepoint, see SqliteWriteScope):
    // a Failed result then means the caller must roll the batch back, which the importer does.
    SqliteWriteScope scope(m_db, SqliteWriteScope::Nested::Join);
    if (!scope.isActive())
        return AddResult::Failed;

    SqliteStatement& ev = m_insertEvidence;
    ev.reset();
    ev.bindUtf8(1, r.sha256);
    ev.bindBlob(2, r.raw);
    ev.bindInt(3, r.raw.size());
    ev.bindText(4, r.format);
    ev.bindText(5, r.sourcePath);
    ev.bindText(6, nowUtc());
    const bool evOk = ev.exec();
    ev.reset();
    if (!evOk)
        return AddResult::Failed;
    if (m_db.changes() == 0) {
        scope.commit();
        return AddResult::Duplicate;
    }
    const qint64 evidenceId = m_db.lastInsertRowId();

    const QByteArray subject = r.subject.toUtf8();
    const QByteArray body = r.bodyText.toUtf8();
    const QByteArray addresses = r.searchAddresses.toUtf8();
    const QByteArray names = r.searchNames.toUtf8();

    SqliteStatement& msg = m_insertMessage;
    msg.reset();
    msg.bindInt(1, evidenceId);
    msg.bindInt(2, r.mboxIndex);
    msg.bindTextOrNull(3, r.messageId);
    if (r.date.isValid()) {
        msg.bindText(4, r.date.toUTC().toString(Qt::ISODate));
        msg.bindInt(5, r.date.offsetFromUtc());
    } else {
        msg.bindNull(4);
        msg.bindNull(5);
    }
    msg.bindUtf8(6, subject);
    msg.bindText(7, r.from.name);
    msg.bindText(8, r.from.address);
    msg.bindUtf8(9, mailboxListJson(r.to));
    msg.bindUtf8(10, mailboxListJson(r.cc));
    msg.bindUtf8(11, mailboxListJson(r.replyTo));
    msg.bindTextOrNull(12, r.returnPath);
    msg.bindTextOrNull(13, r.inReplyTo);
    msg.bindUtf8(14, QJsonDocument(QJsonArray::fromStringList(r.references)).toJson(QJsonDocument::Compact));
    msg.bindUtf8(15, body);
    msg.bindUtf8(16, r.json);
    msg.bindUtf8(17, addresses);
    msg.bindUtf8(18, names);
    msg.bindInt(19, r.findings.size());
    const bool msgOk = msg.exec();
    msg.reset();
    if (!msgOk)
        return AddResult::Failed;
    const qint64 messageId = m_db.lastInsertRowId();

    SqliteStatement& fi = m_insertFinding;
    for (const Finding& f : r.findings) {
        fi.reset();
        fi.bindInt(1, messageId);
        fi.bindText(2, f.signal);
        fi.bindText(3, severityName(f.severity));
        fi.bindText(4, f.header);
        if (f.offset >= 0) {
            fi.bindInt(5, f.offset);
            fi.bindInt(6, f.length);
        } else {
            fi.bindNull(5);
            fi.bindNull(6);
        }
        fi.bindText(7, QString::fromUtf8(f.text.toJson()));
        fi.bindText(8, f.evidence);
        fi.bindTextOrNull(9, f.relatedMessageId);
        const bool ok = fi.exec();
        fi.reset();
        if (!ok)
            return AddResult::Failed;
    }

    SqliteStatement& se = m_insertSearch;
    se.reset();
    se.bindInt(1, messageId);
    se.bindUtf8(2, subject);
    se.bindUtf8(3, names);
    se.bindUtf8(4, addresses);
    se.bindUtf8(5, body);
    const bool seOk = se.exec();
    se.reset();
    if (!seOk)
        return AddResult::Failed;

    if (!r.reading.isEmpty()) {
        SqliteStatement& rd = m_insertReading;
        rd.reset();
        rd.bindInt(1, messageId);
        rd.bindUtf8(2, readingRevision());
        rd.bindBlob(3, r.reading);
        const bool rdOk = rd.exec();
        rd.reset();
        if (!rdOk)
            return AddResult::Failed;
    }

    return scope.commit() ? AddResult::Added : AddResult::Failed;
}

QHash<qint64, QByteArray> SqliteMessageRepository::readingsOf(const QList<qint64>& ids, const QByteArray& revision)
{
    QHash<qint64, QByteArray> out;
    SqliteStatement q(m_db, "SELECT data FROM message_readings WHERE message_id = ? AND revision = ?");
    for (const qint64 id : ids) {
        q.reset();
        q.bindInt(1, id);
        q.bindUtf8(2, revision);
        if (q.next())
            out.insert(id, q.blob(0));
    }
    return out;
}

qint64 SqliteMessageRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM messages");
}

QList<StoredMessage> SqliteMessageRepository::list(qint64 offset, qint64 limit)
{
    QList<StoredMessage> out;
    // Through the covering indexes (schema v6): the rows' bodies and the originals are not read.
    const QByteArray sql = QByteArray("SELECT ") + columns()
        + " FROM messages AS m INDEXED BY messages_listing JOIN evidence AS e INDEXED BY evidence_listing"
          " ON e.id = m.evidence_id ORDER BY m.date_utc, m.id LIMIT ? OFFSET ?";
    SqliteStatement q(m_db, sql.constData());
    q.bindInt(1, limit);
    q.bindInt(2, offset);
    while (q.next())
        out.append(readRow(q));
    return out;
}

QHash<QByteArray, qint64> SqliteMessageRepository::idsBySha256()
{
    QHash<QByteArray, qint64> out;
    SqliteStatement q(m_db,
        "SELECT m.id, e.sha256 FROM messages AS m INDEXED BY messages_listing JOIN evidence AS e INDEXED BY "
        "evidence_listing ON e.id = m.evidence_id");
    while (q.next())
        out.insert(q.utf8(1), q.int64(0));
    return out;
}

std::optional<StoredMessage> SqliteMessageRepository::find(qint64 id)
{
    const QByteArray sql = selectSql(" WHERE m.id = ?");
    SqliteStatement q(m_db, sql.constData());
    q.bindInt(1, id);
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<StoredMessage> SqliteMessageRepository::findBySha256(const QByteArray& sha256)
{
    const QByteArray sql = selectSql(" WHERE e.sha256 = ?");
    SqliteStatement q(m_db, sql.constData());
    q.bindUtf8(1, sha256.toLower());
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QList<StoredMessage> SqliteMessageRepository::findByMessageId(const QString& messageId)
{
    QList<StoredMessage> out;
    const QByteArray sql = selectSql(" WHERE m.message_id = ? ORDER BY m.id");
    SqliteStatement q(m_db, sql.constData());
    q.bindText(1, messageId);
    while (q.next())
        out.append(readRow(q));
    return out;
}

QByteArray SqliteMessageRepository::json(qint64 id)
{
    // Written at import by versions before the reading cache; made from the reading otherwise.
    SqliteStatement q(m_db,
        "SELECT m.json, r.data, e.data, e.sha256 FROM messages AS m JOIN evidence AS e ON e.id = m.evidence_id "
        "LEFT JOIN message_readings AS r ON r.message_id = m.id AND r.revision = ? WHERE m.id = ?");
    q.bindUtf8(1, readingRevision());
    q.bindInt(2, id);
    if (!q.next())
        return {};
    const QByteArray stored = q.utf8(0);
    Message m;
    if (!stored.isEmpty() || q.isNull(1) || !deserializeReading(q.blob(1), q.blob(2), &m))
        return stored;
    QJsonObject json = MessageJson::toJson(m);
    json.insert(QStringLiteral("sha256"), QString::fromLatin1(q.utf8(3)));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString SqliteMessageRepository::bodyText(qint64 id)
{
    SqliteStatement q(m_db, "SELECT body_text FROM messages WHERE id = ?");
    q.bindInt(1, id);
    return q.next() ? q.text(0) : QString();
}

} // namespace MailTriage
