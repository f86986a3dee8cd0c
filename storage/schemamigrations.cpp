// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrations.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QDateTime>

namespace MailTriage::SchemaMigrations {

namespace {
    // Version 1: the first case file layout. Originals and the audit log cannot be changed or
    // deleted (triggers); column names avoid SQL keywords so another SQL database can take them.
    const char kVersion1[] = R"SQL(
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE case_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    bec_type INTEGER CHECK (bec_type BETWEEN 1 AND 5),
    damage TEXT NOT NULL DEFAULT 'unknown' CHECK (damage IN ('yes', 'no', 'unknown'))
);
CREATE TABLE case_tags (
    tag TEXT PRIMARY KEY NOT NULL CHECK (length(tag) > 0)
);
CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    data BLOB NOT NULL,
    size INTEGER NOT NULL CHECK (size = length(data)),
    format TEXT NOT NULL CHECK (format IN ('eml', 'msg', 'mbox')),
    source_path TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
BEGIN SELECT RAISE(ABORT, 'originals are never modified'); END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN SELECT RAISE(ABORT, 'originals are never deleted'); END;
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL UNIQUE REFERENCES evidence(id),
    mbox_index INTEGER NOT NULL DEFAULT 0,
    message_id TEXT,
    date_utc TEXT,
    date_offset INTEGER,
    subject TEXT NOT NULL DEFAULT '',
    from_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    to_list TEXT NOT NULL DEFAULT '[]',
    cc_list TEXT NOT NULL DEFAULT '[]',
    reply_to TEXT NOT NULL DEFAULT '[]',
    return_path TEXT,
    in_reply_to TEXT,
    references_list TEXT NOT NULL DEFAULT '[]',
    body_text TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL
);
CREATE INDEX messages_by_message_id ON messages(message_id);
CREATE INDEX messages_by_date ON messages(date_utc);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    scope TEXT NOT NULL DEFAULT 'message' CHECK (scope IN ('message', 'case')),
    signal TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high')),
    header TEXT NOT NULL DEFAULT '',
    byte_offset INTEGER,
    byte_length INTEGER,
    text_en TEXT NOT NULL DEFAULT '',
    text_ja TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    related_message_id TEXT
);
CREATE INDEX findings_by_message ON findings(message_id);
CREATE INDEX findings_by_signal ON findings(signal);
CREATE TABLE import_errors (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

    // Version 2: full-text search. FTS5 with the trigram tokenizer indexes every 3-character
    // sequence, so substrings match: Japanese without spaces, partial addresses. The index keeps
    // no copy of the text (external content: the messages table).
    const char kVersion2[] = R"SQL(
ALTER TABLE messages ADD COLUMN search_addresses TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN search_names TEXT NOT NULL DEFAULT '';
UPDATE messages SET
    search_addresses = trim(from_address
        || ' ' || coalesce(return_path, '')
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.address'), ' '), '') FROM json_each(messages.to_list) AS j)
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.address'), ' '), '') FROM json_each(messages.cc_list) AS j)
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.address'), ' '), '') FROM json_each(messages.reply_to) AS j)),
    search_names = trim(from_name
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.name'), ' '), '') FROM json_each(messages.to_list) AS j)
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.name'), ' '), '') FROM json_each(messages.cc_list) AS j)
        || ' ' || (SELECT coalesce(group_concat(json_extract(j.value, '$.name'), ' '), '') FROM json_each(messages.reply_to) AS j));
CREATE VIRTUAL TABLE search_fts USING fts5(
    subject, search_names, search_addresses, body_text,
    content = 'messages', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
)SQL";

    // Version 3: completeness and parties. finding_count is written in the same transaction as
    // the message's findings, so a check can prove no message lost part of its findings in a crash.
    const char kVersion3[] = R"SQL(
ALTER TABLE messages ADD COLUMN finding_count INTEGER NOT NULL DEFAULT 0;
UPDATE messages SET finding_count =
    (SELECT count(*) FROM findings AS f WHERE f.message_id = messages.id AND f.scope = 'message');
CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    domains TEXT NOT NULL DEFAULT '[]',
    role TEXT NOT NULL DEFAULT 'unknown' CHECK (role IN ('party', 'attacker', 'unknown'))
);
)SQL";

    // Version 4: the reading cache. The parsed and analysed message (serializeReading(), without
    // its evidence bytes) so that opening a case does not parse and analyse every original again;
    // an entry of another reading revision is ignored and the original read again.
    const char kVersion4[] = R"SQL(
CREATE TABLE message_readings (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    revision TEXT NOT NULL,
    data BLOB NOT NULL
);
)SQL";

    // Version 5: the case state. A revision that every import and every verdict change bumps (by
    // triggers, so no writer can forget it), the case analysis stored for one revision (opening a
    // case reads it instead of analysing again), the analyst's actor verdicts per message and the
    // pseudonym map the reports use. The parties table of version 3 was never filled: the stored
    // analysis holds the parties.
    const char kVersion5[] = R"SQL(
CREATE TABLE case_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL DEFAULT 0,
    analysis_key TEXT,
    analysis BLOB,
    pseudonym_map TEXT
);
INSERT INTO case_state(id, revision) VALUES (1, 0);
CREATE TABLE actor_overrides (
    message_key TEXT PRIMARY KEY NOT NULL CHECK (length(message_key) > 0),
    actor TEXT NOT NULL CHECK (actor IN ('party', 'attacker', 'unknown')),
    set_at TEXT NOT NULL,
    who TEXT NOT NULL
);
CREATE TRIGGER case_state_after_message_insert AFTER INSERT ON messages
BEGIN UPDATE case_state SET revision = revision + 1, analysis_key = NULL, analysis = NULL WHERE id = 1; END;
CREATE TRIGGER case_state_after_message_delete AFTER DELETE ON messages
BEGIN UPDATE case_state SET revision = revision + 1, analysis_key = NULL, analysis = NULL WHERE id = 1; END;
CREATE TRIGGER case_state_after_override_insert AFTER INSERT ON actor_overrides
BEGIN UPDATE case_state SET revision = revision + 1, analysis_key = NULL, analysis = NULL WHERE id = 1; END;
CREATE TRIGGER case_state_after_override_update AFTER UPDATE ON actor_overrides
BEGIN UPDATE case_state SET revision = revision + 1, analysis_key = NULL, analysis = NULL WHERE id = 1; END;
CREATE TRIGGER case_state_after_override_delete AFTER DELETE ON actor_overrides
BEGIN UPDATE case_state SET revision = revision + 1, analysis_key = NULL, analysis = NULL WHERE id = 1; END;
DROP TABLE parties;
)SQL";

    // Version 6: listing a case reads no message body and no original. A row's late columns (the
    // list's finding_count, the original's format and path) sit after its body, JSON and blob, so
    // reading them from the tables walks every overflow page: 5 s for 100,000 messages. These
    // covering indexes hold what the message list needs, in its order.
    const char kVersion6[] = R"SQL(
CREATE INDEX messages_listing ON messages(date_utc, id, evidence_id, mbox_index, message_id, date_offset, subject,
    from_name, from_address, to_list, cc_list, reply_to, return_path, in_reply_to, references_list, finding_count);
CREATE INDEX evidence_listing ON evidence(id, sha256, format, source_path);
)SQL";

    // Version 7: a finding is data. Its explanation is rendered from the translation catalog in
    // the language it is shown in; the row keeps the catalog phrases and their arguments (JSON),
    // not texts in two languages. Rows of earlier versions get an empty text: their messages'
    // readings are of an older revision and are read again from the originals.
    const char kVersion7[] = R"SQL(
ALTER TABLE findings DROP COLUMN text_en;
ALTER TABLE findings DROP COLUMN text_ja;
ALTER TABLE findings ADD COLUMN phrases TEXT NOT NULL DEFAULT '[]';
)SQL";

    struct Step {
        const char* sql;
        const char* description;
    };
    const Step kSteps[] = {
        { kVersion1, "case metadata, originals, messages, findings, import errors, audit log" },
        { kVersion2, "full-text search (FTS5 trigram) over subject, names, addresses and body" },
        { kVersion3, "per-message finding counts (completeness) and parties" },
        { kVersion4, "reading cache: parsed and analysed messages, so a case opens without parsing again" },
        { kVersion5, "case state: stored case analysis, actor verdicts, pseudonym map; parties table dropped" },
        { kVersion6, "covering indexes for listing messages without reading bodies or originals" },
        { kVersion7, "findings keep catalog phrases and arguments instead of English and Japanese texts" },
    };
    constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));
} // namespace

int currentVersion()
{
    return kStepCount;
}

QString description(int version)
{
    if (version < 1 || version > kStepCount)
        return {};
    return QString::fromUtf8(kSteps[version - 1].description);
}

bool applyStep(SqliteDatabase& db, int version)
{
    if (version < 1 || version > kStepCount) {
        db.setError({ StoreError::Code::Internal, QStringLiteral("no schema migration step %1").arg(version) });
        return false;
    }
    return db.exec(kSteps[version - 1].sql);
}

int storedVersion(SqliteDatabase& db)
{
    bool ok = false;
    const qint64 tables
        = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'", &ok);
    if (!ok)
        return -1;
    if (tables == 0)
        return 0;
    const qint64 v = db.queryInt("SELECT coalesce(max(version), 0) FROM schema_version", &ok);
    return ok ? int(v) : -1;
}

bool applySteps(SqliteDatabase& db, int from, int target)
{
    for (int v = from + 1; v <= target; ++v) {
        if (!applyStep(db, v))
            return false;
        SqliteStatement row(db, "INSERT INTO schema_version(version, applied_at, description) VALUES (?, ?, ?)");
        row.bindInt(1, v);
        row.bindText(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        row.bindText(3, description(v));
        if (!row.exec())
            return false;
    }
    return true;
}

bool upgrade(SqliteDatabase& db, int target)
{
    const int from = storedVersion(db);
    if (from < 0)
        return false;
    for (int v = from + 1; v <= target; ++v) {
        if (!db.exec("BEGIN IMMEDIATE"))
            return false;
        if (!applySteps(db, v - 1, v)) {
            const StoreError e = db.lastError();
            db.exec("ROLLBACK");
            db.setError(e);
            return false;
        }
        if (!db.exec("COMMIT")) {
            const StoreError e = db.lastError();
            db.exec("ROLLBACK");
            db.setError(e);
            return false;
        }
    }
    return true;
}

} // namespace MailTriage::SchemaMigrations
