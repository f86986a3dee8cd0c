// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecasestore.h"

#include "schemamigrations.h"
#include "sqlitestatement.h"
#include "sqlitewritescope.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace MailTriage {

namespace {
    using Code = StoreError::Code;

    QString nowUtc()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    void setError(StoreError* error, Code code, const QString& message)
    {
        if (error)
            *error = { code, message };
    }

    // What an errno from creating or reading the case file means, as one line.
    StoreError fileError(int err, const QString& path, bool creating)
    {
        const QString what = QString::fromLocal8Bit(std::strerror(err));
        switch (err) {
        case EEXIST:
            return { Code::AlreadyExists,
                QStringLiteral("%1 already exists; choose another name or open it").arg(path) };
        case ENOENT:
            return { Code::NotFound,
                creating ? QStringLiteral("%1 cannot be created: its folder does not exist").arg(path)
                         : QStringLiteral("no case file at %1").arg(path) };
        case EACCES:
        case EPERM:
        case EROFS:
            return { Code::ReadOnly,
                creating ? QStringLiteral("%1 cannot be created: the folder is read-only or not writable by you (%2); "
                                          "choose a writable folder")
                               .arg(path, what)
                         : QStringLiteral("%1 cannot be read: %2; check its permissions").arg(path, what) };
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
            return { Code::DiskFull,
                QStringLiteral("%1 cannot be written: the disk is full (%2); free some space and try again")
                    .arg(path, what) };
        default:
            return { Code::Io,
                QStringLiteral("%1 cannot be %2: %3")
                    .arg(path, creating ? QStringLiteral("created") : QStringLiteral("opened"), what) };
        }
    }

    bool folderWritable(const QString& path)
    {
        const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
        return ::access(dir.constData(), W_OK) == 0;
    }

    // Damage/tags/notes as audit details: {"field": ..., "from": ..., "to": ...}.
    QJsonObject change(const QString& field, const QJsonValue& from, const QJsonValue& to)
    {
        return { { QStringLiteral("field"), field }, { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
    }

    QByteArray sha256Hex(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }
} // namespace

SqliteCaseStore::SqliteCaseStore()
    : m_evidence(m_db)
    , m_messages(m_db)
    , m_findings(m_db)
    , m_audit(m_db)
    , m_search(m_db)
{
}

SqliteCaseStore::~SqliteCaseStore()
{
    if (m_db.isOpen() && !m_readOnly && sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec("ROLLBACK");
}

bool SqliteCaseStore::configure()
{
    sqlite3* h = m_db.handle();
    sqlite3_busy_timeout(h, 10000);
    int on = 0;
    // Hardening: a hostile case file cannot make SQLite run functions from its schema or let SQL
    // edit the schema behind the engine's back.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
    return m_db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -16384;");
}

std::unique_ptr<SqliteCaseStore> SqliteCaseStore::openFile(const QString& path, OpenMode mode, StoreError* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, Code::NotFound, QStringLiteral("no case file at %1").arg(path));
        return nullptr;
    }
    if (info.isDir()) {
        setError(error, Code::NotACase, QStringLiteral("%1 is a folder, not a MailTriage case file").arg(path));
        return nullptr;
    }
    {
        // Look at the header before SQLite does, for a clear message on anything else.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            if (error)
                *error = fileError(errno, path, false);
            return nullptr;
        }
        char buf[16];
        const ssize_t got = ::read(fd, buf, sizeof buf);
        ::close(fd);
        const QByteArray head(buf, got > 0 ? qsizetype(got) : 0);
        if (head.isEmpty()) {
            setError(error, Code::NotACase,
                QStringLiteral("%1 is empty, not a MailTriage case file (an interrupted create?); remove it and create "
                               "the case again")
                    .arg(path));
            return nullptr;
        }
        if (head != QByteArrayView("SQLite format 3\0", 16)) {
            setError(error, Code::NotACase,
                QStringLiteral("%1 is not a MailTriage case file (not an SQLite database); check the path").arg(path));
            return nullptr;
        }
    }

    std::unique_ptr<SqliteCaseStore> store(new SqliteCaseStore());
    SqliteDatabase& db = store->m_db;
    const bool readOnly = mode == OpenMode::ReadOnly;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    const StoreError readOnlyLocation { Code::ReadOnly,
        QStringLiteral("%1: the case is on a read-only location or not writable by you; copy it to a writable folder")
            .arg(path) };
    auto fail = [&](const StoreError& e) {
        if (error)
            *error = e;
        store.reset();
        // Opening a WAL database creates its -wal and -shm files; a failed open takes them back,
        // so a file that is not (or no longer) a usable case is left exactly as it was.
        if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal))
            QFile::remove(shm);
        return nullptr;
    };
    if (!db.open(path, flags))
        return fail(db.lastError());
    // The first statement that reads the file (some PRAGMAs load the schema) shows what it is.
    bool ok = store->configure();
    if (ok)
        db.queryInt("SELECT count(*) FROM sqlite_schema", &ok);
    if (!ok) {
        // A WAL database whose folder cannot be written: SQLite cannot create the -shm file.
        const StoreError e = db.lastError();
        const bool writable = folderWritable(path) && QFileInfo(path).isWritable();
        if (!writable && (e.code == Code::Io || e.code == Code::ReadOnly)) {
            if (!readOnly)
                return fail(readOnlyLocation);
            if (hadWal) {
                return fail({ Code::ReadOnly,
                    QStringLiteral(
                        "%1 has a write-ahead log (%1-wal) that its read-only folder cannot replay; copy the "
                        "case with its -wal file to a writable folder")
                        .arg(path) });
            }
            {
                // Read it as immutable: no writer can exist there, and no -wal file holds newer data.
                const QString uri = QStringLiteral("file:")
                    + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
                    + QStringLiteral("?immutable=1");
                if (!db.open(path, flags, uri) || !store->configure())
                    return fail(db.lastError());
                db.queryInt("SELECT count(*) FROM sqlite_schema", &ok);
            }
        }
    }
    if (!ok)
        return fail(db.lastError());
    if (db.queryInt("PRAGMA application_id") != kApplicationId) {
        return fail({ Code::NotACase,
            QStringLiteral("%1 is an SQLite database of another program, not a MailTriage case file").arg(path) });
    }
    const int version = SchemaMigrations::storedVersion(db);
    if (version < 0)
        return fail(db.lastError());
    if (version == 0)
        return fail({ Code::NotACase, QStringLiteral("%1 has no MailTriage case schema; check the path").arg(path) });
    const int current = SchemaMigrations::currentVersion();
    if (version > current) {
        return fail({ Code::TooNew,
            QStringLiteral("%1 was written by a newer MailTriage (case format %2; this program reads up to %3); update "
                           "MailTriage")
                .arg(path)
                .arg(version)
                .arg(current) });
    }
    store->m_readOnly = readOnly;
    if (readOnly) {
        if (version < current) {
            return fail({ Code::NeedsUpgrade,
                QStringLiteral("%1 uses the older case format %2; open it once with write access to upgrade it to %3")
                    .arg(path)
                    .arg(version)
                    .arg(current) });
        }
        return store;
    }
    if (db.isReadOnly())
        return fail(readOnlyLocation);
    // Take the write lock once: this proves the file and its folder (-wal, -shm) can be written.
    // Another program writing right now (busy) is no reason to refuse: writes then wait their turn.
    if (!db.exec("PRAGMA journal_mode = WAL"))
        return fail(db.lastError());
    sqlite3_busy_timeout(db.handle(), 0);
    if (db.exec("BEGIN IMMEDIATE"))
        db.exec("ROLLBACK");
    else if (db.lastError().code != Code::Busy)
        return fail(db.lastError());
    sqlite3_busy_timeout(db.handle(), 10000);
    db.clearError();
    if (version < current && !SchemaMigrations::upgrade(db, current))
        return fail(db.lastError());
    return store;
}

std::unique_ptr<SqliteCaseStore> SqliteCaseStore::createFile(
    const QString& path, const QString& title, StoreError* error)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never take over an existing file, even one that appears between check and create.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = fileError(errno, path, true);
        return nullptr;
    }
    ::close(fd);

    std::unique_ptr<SqliteCaseStore> store(new SqliteCaseStore());
    SqliteDatabase& db = store->m_db;
    auto fail = [&]() {
        if (error)
            *error = db.lastError();
        store.reset();
        // Leave nothing half-made behind: the file is ours since O_EXCL.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return nullptr;
    };
    if (!db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) || !store->configure())
        return fail();
    // Larger pages suit originals stored as blobs and the full-text index.
    const QByteArray pragmas = "PRAGMA page_size = 8192; PRAGMA application_id = " + QByteArray::number(kApplicationId)
        + "; PRAGMA journal_mode = WAL;";
    if (!db.exec(pragmas.constData()))
        return fail();
    {
        SqliteWriteScope tx(db);
        if (!tx.isActive() || !SchemaMigrations::applySteps(db, 0, SchemaMigrations::currentVersion()))
            return fail();
        SqliteStatement info(db, "INSERT INTO case_info(id, title, created_at) VALUES (1, ?, ?)");
        info.bindText(1, title);
        info.bindText(2, nowUtc());
        if (!info.exec())
            return fail();
        const QJsonObject details { { QStringLiteral("title"), title },
            { QStringLiteral("schema_version"), SchemaMigrations::currentVersion() } };
        if (!store->m_audit.append(QStringLiteral("case_created"), details) || !tx.commit())
            return fail();
    }
    return store;
}

bool SqliteCaseStore::createFileAtVersion(const QString& path, int version, StoreError* error)
{
    if (QFileInfo::exists(path)) {
        setError(error, Code::AlreadyExists, QStringLiteral("%1 already exists").arg(path));
        return false;
    }
    SqliteDatabase db;
    if (!db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
        if (error)
            *error = db.lastError();
        return false;
    }
    const QByteArray pragmas
        = "PRAGMA application_id = " + QByteArray::number(kApplicationId) + "; PRAGMA journal_mode = WAL;";
    bool ok = db.exec(pragmas.constData()) && db.exec("BEGIN") && SchemaMigrations::applySteps(db, 0, version);
    if (ok) {
        SqliteStatement info(db, "INSERT INTO case_info(id, title, created_at) VALUES (1, 'test', ?)");
        info.bindText(1, nowUtc());
        ok = info.exec() && db.exec("COMMIT");
    }
    if (!ok && error)
        *error = db.lastError();
    return ok;
}

int SqliteCaseStore::schemaVersion()
{
    return SchemaMigrations::storedVersion(m_db);
}

CaseInfo SqliteCaseStore::caseInfo()
{
    CaseInfo c;
    c.schemaVersion = schemaVersion();
    SqliteStatement q(m_db, "SELECT title, created_at, bec_type, damage FROM case_info WHERE id = 1");
    if (q.next()) {
        c.title = q.text(0);
        c.createdAt = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        if (!q.isNull(2))
            c.becType = int(q.int64(2));
        c.damage = damageFromName(q.text(3)).value_or(Damage::Unknown);
    }
    SqliteStatement t(m_db, "SELECT tag FROM case_tags ORDER BY tag");
    while (t.next())
        c.tags << t.text(0);
    SqliteStatement n(m_db, "SELECT id, created_at, author, text FROM case_notes ORDER BY id");
    while (n.next())
        c.notes.append({ n.int64(0), QDateTime::fromString(n.text(1), Qt::ISODateWithMs), n.text(2), n.text(3) });
    return c;
}

bool SqliteCaseStore::updateCaseInfo(const CaseUpdate& u)
{
    if (u.becType && (*u.becType < 0 || *u.becType > 5)) {
        m_db.setError({ Code::Invalid, QStringLiteral("the BEC type must be 1 to 5 (0 clears it)") });
        return false;
    }
    const CaseInfo before = caseInfo();
    SqliteWriteScope tx(m_db);
    if (!tx.isActive())
        return false;
    if (u.title && *u.title != before.title) {
        SqliteStatement q(m_db, "UPDATE case_info SET title = ? WHERE id = 1");
        q.bindText(1, *u.title);
        if (!q.exec()
            || !m_audit.append(QStringLiteral("tag"), change(QStringLiteral("title"), before.title, *u.title)))
            return false;
    }
    if (u.becType) {
        const std::optional<int> now = *u.becType == 0 ? std::nullopt : u.becType;
        if (now != before.becType) {
            SqliteStatement q(m_db, "UPDATE case_info SET bec_type = ? WHERE id = 1");
            if (now)
                q.bindInt(1, *now);
            else
                q.bindNull(1);
            const QJsonValue from = before.becType ? QJsonValue(*before.becType) : QJsonValue();
            const QJsonValue to = now ? QJsonValue(*now) : QJsonValue();
            if (!q.exec() || !m_audit.append(QStringLiteral("tag"), change(QStringLiteral("bec_type"), from, to)))
                return false;
        }
    }
    if (u.damage && *u.damage != before.damage) {
        SqliteStatement q(m_db, "UPDATE case_info SET damage = ? WHERE id = 1");
        q.bindText(1, damageName(*u.damage));
        if (!q.exec()
            || !m_audit.append(QStringLiteral("tag"),
                change(QStringLiteral("damage"), damageName(before.damage), damageName(*u.damage))))
            return false;
    }
    for (const QString& tag : u.addTags) {
        const QString t = tag.trimmed();
        if (t.isEmpty() || before.tags.contains(t))
            continue;
        SqliteStatement q(m_db, "INSERT OR IGNORE INTO case_tags(tag) VALUES (?)");
        q.bindText(1, t);
        if (!q.exec() || !m_audit.append(QStringLiteral("tag"), change(QStringLiteral("tags"), QJsonValue(), t)))
            return false;
    }
    for (const QString& tag : u.removeTags) {
        const QString t = tag.trimmed();
        if (!before.tags.contains(t))
            continue;
        SqliteStatement q(m_db, "DELETE FROM case_tags WHERE tag = ?");
        q.bindText(1, t);
        if (!q.exec() || !m_audit.append(QStringLiteral("tag"), change(QStringLiteral("tags"), t, QJsonValue())))
            return false;
    }
    if (!u.note.isEmpty()) {
        SqliteStatement q(m_db, "INSERT INTO case_notes(created_at, author, text) VALUES (?, ?, ?)");
        q.bindText(1, nowUtc());
        q.bindText(2, currentOsUser());
        q.bindText(3, u.note);
        if (!q.exec()
            || !m_audit.append(QStringLiteral("note"),
                QJsonObject {
                    { QStringLiteral("note_id"), m_db.lastInsertRowId() }, { QStringLiteral("text"), u.note } }))
            return false;
    }
    return tx.commit();
}

qint64 SqliteCaseStore::stateRevision()
{
    bool ok = false;
    const qint64 r = m_db.queryInt("SELECT revision FROM case_state WHERE id = 1", &ok);
    return ok ? r : -1;
}

QByteArray SqliteCaseStore::storedAnalysis(const QByteArray& key)
{
    SqliteStatement q(m_db, "SELECT analysis FROM case_state WHERE id = 1 AND analysis_key = ?");
    q.bindUtf8(1, key);
    return q.next() ? q.blob(0) : QByteArray();
}

bool SqliteCaseStore::storeAnalysis(qint64 revision, const QByteArray& key, const QByteArray& data)
{
    SqliteWriteScope tx(m_db);
    if (!tx.isActive())
        return false;
    if (stateRevision() != revision) {
        m_db.setError({ Code::Invalid, QStringLiteral("the case changed while it was analysed") });
        return false;
    }
    SqliteStatement q(m_db, "UPDATE case_state SET analysis_key = ?, analysis = ? WHERE id = 1");
    q.bindUtf8(1, key);
    q.bindBlob(2, data);
    return q.exec() && tx.commit();
}

QList<ActorOverride> SqliteCaseStore::actorOverrides()
{
    QList<ActorOverride> out;
    SqliteStatement q(m_db, "SELECT message_key, actor, set_at, who FROM actor_overrides ORDER BY message_key");
    while (q.next())
        out.append({ q.text(0), q.text(1), QDateTime::fromString(q.text(2), Qt::ISODateWithMs), q.text(3) });
    return out;
}

bool SqliteCaseStore::setActorOverride(const QString& messageKey, const QString& actor, const QString& messageLabel)
{
    if (messageKey.isEmpty()
        || (!actor.isEmpty() && actor != QLatin1String("party") && actor != QLatin1String("attacker")
            && actor != QLatin1String("unknown"))) {
        m_db.setError({ Code::Invalid, QStringLiteral("an actor verdict is party, attacker or unknown") });
        return false;
    }
    SqliteWriteScope tx(m_db);
    if (!tx.isActive())
        return false;
    QString before;
    {
        SqliteStatement q(m_db, "SELECT actor FROM actor_overrides WHERE message_key = ?");
        q.bindText(1, messageKey);
        if (q.next())
            before = q.text(0);
    }
    if (before == actor)
        return tx.commit();
    if (actor.isEmpty()) {
        SqliteStatement q(m_db, "DELETE FROM actor_overrides WHERE message_key = ?");
        q.bindText(1, messageKey);
        if (!q.exec())
            return false;
    } else {
        SqliteStatement q(m_db,
            "INSERT INTO actor_overrides(message_key, actor, set_at, who) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(message_key) DO UPDATE SET actor = excluded.actor, set_at = excluded.set_at, who = "
            "excluded.who");
        q.bindText(1, messageKey);
        q.bindText(2, actor);
        q.bindText(3, nowUtc());
        q.bindText(4, currentOsUser());
        if (!q.exec())
            return false;
    }
    QJsonObject details = change(QStringLiteral("actor"), before.isEmpty() ? QJsonValue() : QJsonValue(before),
        actor.isEmpty() ? QJsonValue() : QJsonValue(actor));
    details.insert(QStringLiteral("message"), messageLabel);
    details.insert(QStringLiteral("message_key"), messageKey);
    if (!m_audit.append(QStringLiteral("actor_override"), details))
        return false;
    return tx.commit();
}

QByteArray SqliteCaseStore::pseudonymMap()
{
    SqliteStatement q(m_db, "SELECT pseudonym_map FROM case_state WHERE id = 1");
    return q.next() ? q.utf8(0) : QByteArray();
}

bool SqliteCaseStore::setPseudonymMap(const QByteArray& json)
{
    SqliteWriteScope tx(m_db);
    if (!tx.isActive())
        return false;
    if (pseudonymMap() == json)
        return tx.commit();
    SqliteStatement q(m_db, "UPDATE case_state SET pseudonym_map = ? WHERE id = 1");
    if (json.isEmpty())
        q.bindNull(1);
    else
        q.bindUtf8(1, json);
    // The map holds the real names it replaces: the audit log records that it changed, not what.
    const QJsonObject details { { QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(json)) },
        { QStringLiteral("bytes"), qint64(json.size()) } };
    if (!q.exec() || !m_audit.append(QStringLiteral("pseudonym_map_saved"), details))
        return false;
    return tx.commit();
}

bool SqliteCaseStore::recordImportError(const QString& path, const QString& reason)
{
    SqliteStatement q(m_db, "INSERT INTO import_errors(path, reason, occurred_at) VALUES (?, ?, ?)");
    q.bindText(1, path);
    q.bindText(2, reason);
    q.bindText(3, nowUtc());
    return q.exec();
}

QList<ImportErrorRecord> SqliteCaseStore::importErrors()
{
    QList<ImportErrorRecord> out;
    SqliteStatement q(m_db, "SELECT id, path, reason, occurred_at FROM import_errors ORDER BY id");
    while (q.next())
        out.append({ q.int64(0), q.text(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODateWithMs) });
    return out;
}

IntegrityReport SqliteCaseStore::integrityCheck(bool verifyOriginals)
{
    IntegrityReport r;
    auto sqlProblem
        = [&](const QString& what) { r.problems << QStringLiteral("%1: %2").arg(what, m_db.lastError().message); };
    {
        SqliteStatement q(m_db, "PRAGMA integrity_check(50)");
        QStringList lines;
        while (q.next())
            lines << q.text(0);
        if (!q.ok())
            sqlProblem(QStringLiteral("integrity_check failed"));
        else if (lines != QStringList { QStringLiteral("ok") })
            for (const QString& l : std::as_const(lines))
                r.problems << QStringLiteral("database: %1").arg(l);
    }
    if (!r.ok())
        return r; // the rest reads through damaged structures
    {
        SqliteStatement q(m_db, "PRAGMA foreign_key_check");
        while (q.next())
            r.problems << QStringLiteral("row %1 of %2 points to a missing row of %3")
                              .arg(q.int64(1))
                              .arg(q.text(0), q.text(2));
    }
    const int version = schemaVersion();
    if (version != SchemaMigrations::currentVersion())
        r.problems
            << QStringLiteral("case format %1, expected %2").arg(version).arg(SchemaMigrations::currentVersion());
    r.evidenceCount = m_evidence.count();
    r.messageCount = m_messages.count();
    r.findingCount = m_findings.count(FindingRepository::Scope::All);
    r.auditEntries = m_audit.count();
    {
        SqliteStatement q(m_db,
            "SELECT m.id, m.finding_count, (SELECT count(*) FROM findings AS f WHERE f.message_id = m.id AND "
            "f.scope = 'message') AS n FROM messages AS m WHERE n != m.finding_count LIMIT 50");
        while (q.next())
            r.problems << QStringLiteral("message %1 has %2 of its %3 findings")
                              .arg(q.int64(0))
                              .arg(q.int64(2))
                              .arg(q.int64(1));
        if (!q.ok())
            sqlProblem(QStringLiteral("finding counts cannot be read"));
    }
    {
        const qint64 orphans = m_db.queryInt("SELECT count(*) FROM evidence AS e WHERE NOT EXISTS (SELECT 1 FROM "
                                             "messages AS m WHERE m.evidence_id = e.id)");
        if (orphans > 0)
            r.problems << QStringLiteral("%1 originals have no message row").arg(orphans);
    }
    if (!m_readOnly) {
        // The index's own structure (SQLite 3.40 does not compare it with the messages here).
        if (!m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
            sqlProblem(QStringLiteral("search index"));
    }
    {
        // Coverage: FTS5 keeps one search_fts_docsize row per indexed message.
        bool ok = false;
        const qint64 missing = m_db.queryInt("SELECT count(*) FROM messages AS m WHERE NOT EXISTS (SELECT 1 FROM "
                                             "search_fts_docsize AS d WHERE d.id = m.id)",
            &ok);
        const qint64 stale = m_db.queryInt("SELECT count(*) FROM search_fts_docsize AS d WHERE NOT EXISTS (SELECT 1 "
                                           "FROM messages AS m WHERE m.id = d.id)");
        if (!ok)
            sqlProblem(QStringLiteral("search index coverage"));
        if (missing > 0)
            r.problems << QStringLiteral("%1 messages are missing from the search index").arg(missing);
        if (stale > 0)
            r.problems << QStringLiteral("the search index lists %1 messages that do not exist").arg(stale);
    }
    r.problems << m_audit.verifyChain();
    if (verifyOriginals) {
        SqliteStatement q(m_db, "SELECT id, sha256, size, data FROM evidence ORDER BY id");
        while (q.next()) {
            const QByteArray data = q.blob(3);
            if (data.size() != q.int64(2))
                r.problems << QStringLiteral("original %1 has %2 bytes, %3 were stored")
                                  .arg(q.text(1))
                                  .arg(data.size())
                                  .arg(q.int64(2));
            else if (sha256Hex(data) != q.utf8(1))
                r.problems << QStringLiteral("original %1 no longer matches its SHA-256").arg(q.text(1));
        }
        if (!q.ok())
            sqlProblem(QStringLiteral("originals cannot be read"));
        r.originalsVerified = q.ok();
    }
    return r;
}

void SqliteCaseStore::setDurability(Durability d)
{
    m_db.exec(d == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
}

bool SqliteCaseStore::beginTransaction()
{
    return m_db.exec("BEGIN IMMEDIATE");
}

bool SqliteCaseStore::commit()
{
    if (m_db.exec("COMMIT"))
        return true;
    const StoreError e = m_db.lastError();
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec("ROLLBACK");
    m_db.setError(e);
    return false;
}

void SqliteCaseStore::rollback()
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0) {
        const StoreError e = m_db.lastError();
        m_db.exec("ROLLBACK");
        m_db.setError(e);
    }
}

bool SqliteCaseStore::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.handle()) == 0;
}

} // namespace MailTriage
