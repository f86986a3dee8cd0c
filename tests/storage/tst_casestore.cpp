// SPDX-License-Identifier: GPL-3.0-or-later
// The case store: creating and opening cases (and refusing what is not one), schema migrations
// from every older version (including a version-1 file written here by hand), originals and the
// audit log that cannot be changed, completeness checks, case metadata and search.
#include "casestore.h"
#include "messagereader.h"
#include "sqliteauditlog.h"
#include "sqlitecasestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace MailTriage;

namespace {
const QString kScenarios = QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios");
const QString kJapanese = kScenarios + QStringLiteral("/controls/03_japanese_iso2022jp.eml");
const QString kFake
    = kScenarios + QStringLiteral("/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml");

// Raw SQL on a case file, behind the store's back (as a tamperer or an old program would).
bool execSql(const QString& path, const QByteArray& sql, QString* error = nullptr)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    if (error && err)
        *error = QString::fromUtf8(err);
    sqlite3_free(err);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QByteArray fileSha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

MessageRecord recordOf(const QString& path)
{
    ReadResult r = MessageReader::readFile(path);
    if (r.messages.isEmpty())
        return {};
    return MessageRecord::fromMessage(r.messages.first());
}

std::unique_ptr<CaseStore> createCase(const QString& path, const QString& title = QStringLiteral("t"))
{
    StoreError e;
    std::unique_ptr<CaseStore> s = CaseStore::create(path, title, &e);
    if (!s)
        qWarning("%s", qPrintable(e.message));
    return s;
}

std::unique_ptr<CaseStore> openCase(const QString& path, CaseStore::OpenMode mode = CaseStore::OpenMode::ReadWrite)
{
    StoreError e;
    std::unique_ptr<CaseStore> s = CaseStore::open(path, mode, &e);
    if (!s)
        qWarning("%s", qPrintable(e.message));
    return s;
}

// The version-1 schema as the first release wrote it, copied here on purpose: the test must not
// build "version 1" with the code under test.
const char kHandMadeVersion1[] = R"SQL(
PRAGMA application_id = 1297367891; -- "MTCS"
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE case_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    bec_type INTEGER CHECK (bec_type BETWEEN 1 AND 5),
    damage TEXT NOT NULL DEFAULT 'unknown' CHECK (damage IN ('yes', 'no', 'unknown')));
CREATE TABLE case_tags (tag TEXT PRIMARY KEY NOT NULL CHECK (length(tag) > 0));
CREATE TABLE case_notes (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, author TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    data BLOB NOT NULL, size INTEGER NOT NULL CHECK (size = length(data)),
    format TEXT NOT NULL CHECK (format IN ('eml', 'msg', 'mbox')), source_path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence BEGIN SELECT RAISE(ABORT, 'originals are never modified'); END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence BEGIN SELECT RAISE(ABORT, 'originals are never deleted'); END;
CREATE TABLE messages (id INTEGER PRIMARY KEY, evidence_id INTEGER NOT NULL UNIQUE REFERENCES evidence(id),
    mbox_index INTEGER NOT NULL DEFAULT 0, message_id TEXT, date_utc TEXT, date_offset INTEGER,
    subject TEXT NOT NULL DEFAULT '', from_name TEXT NOT NULL DEFAULT '', from_address TEXT NOT NULL DEFAULT '',
    to_list TEXT NOT NULL DEFAULT '[]', cc_list TEXT NOT NULL DEFAULT '[]', reply_to TEXT NOT NULL DEFAULT '[]',
    return_path TEXT, in_reply_to TEXT, references_list TEXT NOT NULL DEFAULT '[]', body_text TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL);
CREATE INDEX messages_by_message_id ON messages(message_id);
CREATE INDEX messages_by_date ON messages(date_utc);
CREATE TABLE findings (id INTEGER PRIMARY KEY, message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    scope TEXT NOT NULL DEFAULT 'message' CHECK (scope IN ('message', 'case')), signal TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high')), header TEXT NOT NULL DEFAULT '',
    byte_offset INTEGER, byte_length INTEGER, text_en TEXT NOT NULL DEFAULT '', text_ja TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '', related_message_id TEXT);
CREATE INDEX findings_by_message ON findings(message_id);
CREATE INDEX findings_by_signal ON findings(signal);
CREATE TABLE import_errors (id INTEGER PRIMARY KEY, path TEXT NOT NULL, reason TEXT NOT NULL, occurred_at TEXT NOT NULL);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}', prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
INSERT INTO schema_version VALUES (1, '2024-01-01T00:00:00.000Z', 'hand-made version 1');
INSERT INTO case_info(id, title, created_at, bec_type, damage) VALUES (1, 'old case', '2024-01-01T00:00:00.000Z', 3, 'no');
INSERT INTO case_tags VALUES ('legacy');
INSERT INTO case_notes(created_at, author, text) VALUES ('2024-01-01T00:00:00.000Z', 'alice', '古いメモ');
COMMIT;
)SQL";

// One message in the version-1 layout: the original, its row, two findings.
QByteArray versionOneMessageSql(const QByteArray& raw, const QByteArray& sha)
{
    return "BEGIN;"
           "INSERT INTO evidence(id, sha256, data, size, format, source_path, imported_at) VALUES (1, '"
        + sha + "', x'" + raw.toHex() + "', " + QByteArray::number(raw.size())
        + ", 'eml', '/old/path/a.eml', '2024-01-01T00:00:00.000Z');"
          "INSERT INTO messages(id, evidence_id, message_id, date_utc, date_offset, subject, from_name, from_address, "
          "to_list, body_text, json) VALUES (1, 1, '<old@example.jp>', '2019-09-12T07:05:44Z', 32400, "
          "'【ご確認】9月度納品スケジュールの件', '小田切 梢', 's-odagiri@kozue-ps.co.jp', "
          "'[{\"name\":\"西園 遥\",\"address\":\"haruka.nishizono@kumoyuki-fs.co.jp\"}]', '納品スケジュールについて', "
          "'{}');"
          "INSERT INTO findings(message_id, signal, severity, header) VALUES (1, 'freemail_sender', 'info', 'From');"
          "INSERT INTO findings(message_id, signal, severity, header) VALUES (1, 'spf_fail', 'medium', 'Received-SPF');"
          "COMMIT;";
}
} // namespace

class TestCaseStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mtcase"));
        {
            auto s = createCase(path, QStringLiteral("請求書詐欺 2019"));
            QVERIFY(s);
            QCOMPARE(s->schemaVersion(), CaseStore::currentSchemaVersion());
            QCOMPARE(s->caseInfo().title, QStringLiteral("請求書詐欺 2019"));
            QVERIFY(!s->caseInfo().becType);
            QCOMPARE(s->caseInfo().damage, Damage::Unknown);
            const QList<AuditEntry> audit = s->audit().entries();
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.first().action, QStringLiteral("case_created"));
            QCOMPARE(audit.first().who, currentOsUser());
        }
        auto ro = openCase(path, CaseStore::OpenMode::ReadOnly);
        QVERIFY(ro);
        QVERIFY(ro->isReadOnly());
        QCOMPARE(ro->caseInfo().title, QStringLiteral("請求書詐欺 2019"));
        QVERIFY(ro->integrityCheck(true).ok());
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mtcase"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        StoreError e;
        QVERIFY(!CaseStore::create(path, QString(), &e));
        QCOMPARE(e.code, StoreError::Code::AlreadyExists);
        QCOMPARE(readAll(path), QByteArray("precious"));
    }

    void createInMissingFolder()
    {
        StoreError e;
        QVERIFY(!CaseStore::create(QStringLiteral("/nonexistent-folder/x.mtcase"), QString(), &e));
        QCOMPARE(e.code, StoreError::Code::NotFound);
        QVERIFY(e.message.contains(QLatin1String("folder does not exist")));
    }

    void openErrors_data()
    {
        QTest::addColumn<QByteArray>("content"); // "" = no file, "<dir>" = a folder
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << QByteArray() << int(StoreError::Code::NotFound) << QStringLiteral("no case file");
        QTest::newRow("folder") << QByteArray("<dir>") << int(StoreError::Code::NotACase) << QStringLiteral("folder");
        QTest::newRow("empty") << QByteArray("<empty>") << int(StoreError::Code::NotACase) << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("From: someone\r\n\r\nnot a database at all\r\n")
                              << int(StoreError::Code::NotACase) << QStringLiteral("not an SQLite database");
        QTest::newRow("random") << QByteArray(8192, '\x5a') << int(StoreError::Code::NotACase)
                                << QStringLiteral("not a MailTriage case");
    }
    void openErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mtcase"));
        if (content == "<dir>") {
            QVERIFY(QDir().mkdir(path));
        } else if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (content != "<empty>")
                f.write(content);
        }
        const QByteArray before = readAll(path);
        for (auto mode : { CaseStore::OpenMode::ReadOnly, CaseStore::OpenMode::ReadWrite }) {
            StoreError e;
            QVERIFY(!CaseStore::open(path, mode, &e));
            QCOMPARE(int(e.code), code);
            QVERIFY2(e.message.contains(words), qPrintable(e.message));
            QVERIFY(!e.message.contains(QLatin1Char('\n')));
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void openOtherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(execSql(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        const QByteArray before = fileSha(path);
        StoreError e;
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &e));
        QCOMPARE(e.code, StoreError::Code::NotACase);
        QVERIFY(e.message.contains(QLatin1String("another program")));
        QCOMPARE(fileSha(path), before);
    }

    void openCorruptCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.mtcase"));
        {
            auto s = createCase(path);
            QVERIFY(s);
            QCOMPARE(s->messages().add(recordOf(kFake)), MessageRepository::AddResult::Added);
        }
        // Damage the schema's b-tree page (page 1 after the 100-byte file header).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(400, '\xA5'));
        f.close();
        const QByteArray before = fileSha(path);
        StoreError e;
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &e));
        QCOMPARE(e.code, StoreError::Code::Corrupt);
        QVERIFY2(e.message.contains(QLatin1String("damaged")), qPrintable(e.message));
        QCOMPARE(fileSha(path), before);
    }

    void openTooNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.mtcase"));
        QVERIFY(createCase(path));
        QVERIFY(execSql(path, "INSERT INTO schema_version VALUES (99, 'x', 'from the future')"));
        StoreError e;
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadWrite, &e));
        QCOMPARE(e.code, StoreError::Code::TooNew);
        QVERIFY(e.message.contains(QLatin1String("newer MailTriage")));
    }

    // A version-1 case as the first release wrote it, built here by hand, then opened.
    void migrateHandMadeVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.mtcase"));
        QString err;
        QVERIFY2(execSql(path, kHandMadeVersion1, &err), qPrintable(err));
        const QByteArray raw = readAll(kJapanese);
        const QByteArray sha = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
        QVERIFY2(execSql(path, versionOneMessageSql(raw, sha), &err), qPrintable(err));
        // An audit entry chained as docs/storage.md says.
        const QByteArray h
            = SqliteAuditLog::chainHash(SqliteAuditLog::genesisHash(), QStringLiteral("2024-01-01T00:00:00.000Z"),
                QStringLiteral("alice"), QStringLiteral("case_created"), QStringLiteral("{}"));
        QVERIFY(execSql(path,
            "INSERT INTO audit_log(at, who, action, details, prev_hash, hash) VALUES "
            "('2024-01-01T00:00:00.000Z', 'alice', 'case_created', '{}', '"
                + SqliteAuditLog::genesisHash() + "', '" + h + "')"));

        // Read-only: refuses (it would have to upgrade) and leaves the file alone.
        const QByteArray before = fileSha(path);
        StoreError e;
        QVERIFY(!CaseStore::open(path, CaseStore::OpenMode::ReadOnly, &e));
        QCOMPARE(e.code, StoreError::Code::NeedsUpgrade);
        QCOMPARE(fileSha(path), before);

        auto s = openCase(path);
        QVERIFY(s);
        QCOMPARE(s->schemaVersion(), CaseStore::currentSchemaVersion());
        const CaseInfo info = s->caseInfo();
        QCOMPARE(info.title, QStringLiteral("old case"));
        QCOMPARE(info.becType, std::optional<int>(3));
        QCOMPARE(info.damage, Damage::No);
        QCOMPARE(info.tags, QStringList { QStringLiteral("legacy") });
        QCOMPARE(info.notes.size(), 1);
        QCOMPARE(info.notes.first().text, QStringLiteral("古いメモ"));
        // The original and its message survive; counts were filled in; search sees old data.
        QCOMPARE(s->evidence().original(sha), std::optional<QByteArray>(raw));
        const auto m = s->messages().findBySha256(sha);
        QVERIFY(m);
        QCOMPARE(m->findingCount, 2);
        QCOMPARE(m->date, QDateTime(QDate(2019, 9, 12), QTime(16, 5, 44), Qt::OffsetFromUTC, 32400));
        QCOMPARE(s->findings().forMessage(m->id).size(), 2);
        QCOMPARE(s->search().search(QStringLiteral("スケジュール")).size(), 1);
        QCOMPARE(s->search().search(QStringLiteral("kozue-ps")).size(), 1);
        QCOMPARE(s->search().search(QStringLiteral("nishizono@kumo")).size(), 1);
        QCOMPARE(s->search().search(QStringLiteral("西園")).size(), 1);
        const IntegrityReport r = s->integrityCheck(true);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        // New data goes in beside the old.
        QCOMPARE(s->messages().add(recordOf(kFake)), MessageRepository::AddResult::Added);
        QVERIFY(
            s->updateCaseInfo({ {}, 1, Damage::Yes, { QStringLiteral("new") }, {}, QStringLiteral("after upgrade") }));
        QVERIFY(s->integrityCheck(true).ok());
    }

    // Every older version the migration code itself produces, with a message stored at that
    // version, opens and upgrades.
    void migrateFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < CaseStore::currentSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void migrateFromEveryOlderVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.mtcase"));
        StoreError e;
        QVERIFY2(SqliteCaseStore::createFileAtVersion(path, version, &e), qPrintable(e.message));
        const QByteArray raw = readAll(kJapanese);
        const QByteArray sha = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
        QString err;
        QVERIFY2(execSql(path, versionOneMessageSql(raw, sha), &err), qPrintable(err));
        if (version >= 2) {
            // What version 2 wrote with each message: the search columns and their index entry.
            QVERIFY2(execSql(path,
                         "UPDATE messages SET search_addresses = 's-odagiri@kozue-ps.co.jp "
                         "haruka.nishizono@kumoyuki-fs.co.jp', "
                         "search_names = '小田切 梢 西園 遥' WHERE id = 1;"
                         "INSERT INTO search_fts(rowid, subject, search_names, search_addresses, body_text) "
                         "SELECT id, subject, search_names, search_addresses, body_text FROM messages WHERE id = 1;",
                         &err),
                qPrintable(err));
        }
        if (version >= 3) {
            // What version 3 wrote with each message: its count of message findings.
            QVERIFY2(execSql(path,
                         "UPDATE messages SET finding_count = (SELECT count(*) FROM findings AS f "
                         "WHERE f.message_id = messages.id AND f.scope = 'message')",
                         &err),
                qPrintable(err));
        }
        auto s = openCase(path);
        QVERIFY(s);
        QCOMPARE(s->schemaVersion(), CaseStore::currentSchemaVersion());
        QCOMPARE(s->messages().count(), 1);
        QCOMPARE(s->messages().findBySha256(sha)->findingCount, 2);
        QCOMPARE(s->search().search(QStringLiteral("納品スケジュール")).size(), 1);
        QCOMPARE(s->search().search(QStringLiteral("odagiri@koz")).size(), 1);
        const IntegrityReport r = s->integrityCheck(true);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void addStoresEverythingOnce()
    {
        QTemporaryDir dir;
        auto s = createCase(dir.filePath(QStringLiteral("a.mtcase")));
        QVERIFY(s);
        MessageRecord rec = recordOf(kFake);
        rec.findings.append(
            { QStringLiteral("spf_fail"), Severity::Medium, QStringLiteral("Authentication-Results"), 120, 40,
                Text(QT_TRANSLATE_NOOP("Finding",
                         "The receiving server recorded SPF %1 for %2: the sending server is not authorised by that "
                         "domain."))
                    .arg(QStringLiteral("fail"), QStringLiteral("a.example")),
                QStringLiteral("spf=fail"), QString() });
        rec.findings.append({ QStringLiteral("cc_altered"), Severity::High, QStringLiteral("Cc"), -1, 0,
            Text::value(QStringLiteral("en")), QString(), QStringLiteral("<x@y>") });
        QCOMPARE(s->messages().add(rec), MessageRepository::AddResult::Added);
        QCOMPARE(s->messages().add(rec), MessageRepository::AddResult::Duplicate);
        QCOMPARE(s->messages().count(), 1);
        QCOMPARE(s->evidence().count(), 1);
        QVERIFY(s->evidence().contains(rec.sha256));
        QCOMPARE(s->evidence().original(rec.sha256), std::optional<QByteArray>(readAll(kFake)));
        QCOMPARE(rec.sha256, fileSha(kFake));
        const EvidenceInfo ev = *s->evidence().find(rec.sha256);
        QCOMPARE(ev.size, readAll(kFake).size());
        QCOMPARE(ev.format, QStringLiteral("eml"));
        QCOMPARE(ev.sourcePath, kFake);
        const StoredMessage m = *s->messages().findBySha256(rec.sha256);
        QCOMPARE(m.messageId, QStringLiteral("<727e01d58153$51674411$2dd6dbef$@srv211.hostmoor-vps.net>"));
        QCOMPARE(m.from.address, QStringLiteral("haruka.nishizono@kumoyuki-fs.co.jp"));
        QCOMPARE(m.cc.size(), 2);
        QCOMPARE(m.references.size(), 3);
        QCOMPARE(m.date.offsetFromUtc(), 3600);
        QCOMPARE(m.findingCount, rec.findings.size());
        const QList<Finding> f = s->findings().forMessage(m.id);
        QCOMPARE(f.size(), rec.findings.size());
        QCOMPARE(f.constLast().relatedMessageId, QStringLiteral("<x@y>"));
        QCOMPARE(f.constLast().offset, -1);
        // The row keeps the phrase and its argument, not texts: the words come from the catalog.
        QCOMPARE(f.at(f.size() - 2).text, rec.findings.first().text);
        QCOMPARE(f.at(f.size() - 2).text.render(u"en"),
            QStringLiteral("The receiving server recorded SPF fail for a.example: the sending server is not authorised "
                           "by that domain."));
        QVERIFY(f.at(f.size() - 2).text.render(u"ja").contains(QStringLiteral("a.example")));
        QVERIFY(f.at(f.size() - 2).text.render(u"ja").contains(QStringLiteral("SPF")));
        QVERIFY(f.at(f.size() - 2).text.render(u"ja") != f.at(f.size() - 2).text.render(u"en"));
        QCOMPARE(f.at(f.size() - 2).offset, 120);
        const QJsonObject json = QJsonDocument::fromJson(s->messages().json(m.id)).object();
        QCOMPARE(json.value(QLatin1String("sha256")).toString(), QString::fromLatin1(rec.sha256));
        QCOMPARE(json.value(QLatin1String("subject")).toString(), m.subject);
        QCOMPARE(s->messages().findByMessageId(m.messageId).size(), 1);
        QCOMPARE(s->messages().list().size(), 1);
        QVERIFY(s->integrityCheck(true).ok());
    }

    void transactionsRollBack()
    {
        QTemporaryDir dir;
        auto s = createCase(dir.filePath(QStringLiteral("a.mtcase")));
        {
            CaseTransaction tx(*s);
            QVERIFY(tx.isActive());
            QCOMPARE(s->messages().add(recordOf(kFake)), MessageRepository::AddResult::Added);
            QCOMPARE(s->messages().count(), 1);
        } // no commit
        QCOMPARE(s->messages().count(), 0);
        QCOMPARE(s->evidence().count(), 0);
        QCOMPARE(s->search().search(QStringLiteral("kumoyuki")).size(), 0);
        QVERIFY(s->integrityCheck(false).ok());
    }

    void originalsAndAuditCannotChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mtcase"));
        {
            auto s = createCase(path);
            QCOMPARE(s->messages().add(recordOf(kFake)), MessageRepository::AddResult::Added);
            QVERIFY(s->audit().append(QStringLiteral("test"), { { QStringLiteral("k"), 1 } }));
        }
        QString err;
        QVERIFY(!execSql(path, "UPDATE evidence SET data = x'00'", &err));
        QVERIFY2(err.contains(QLatin1String("never modified")), qPrintable(err));
        QVERIFY(!execSql(path, "DELETE FROM evidence", &err));
        QVERIFY(!execSql(path, "UPDATE audit_log SET who = 'mallory'", &err));
        QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
        QVERIFY(!execSql(path, "DELETE FROM audit_log WHERE id = 1", &err));
        auto s = openCase(path);
        QVERIFY(s->integrityCheck(true).ok());
        QCOMPARE(s->audit().count(), 2);
    }

    void integrityCheckFindsTampering()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mtcase"));
        {
            auto s = createCase(path);
            MessageRecord rec = recordOf(kFake);
            rec.findings.append({ QStringLiteral("spf_fail"), Severity::Medium, QString(), -1, 0, {}, {}, {} });
            QCOMPARE(s->messages().add(rec), MessageRepository::AddResult::Added);
            QVERIFY(s->audit().append(QStringLiteral("test")));
        }
        // Someone drops the triggers and edits behind the program's back.
        QString err;
        QVERIFY2(execSql(path,
                     "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET who = 'mallory' WHERE id = 2;"
                     "DROP TRIGGER evidence_no_update; UPDATE evidence SET data = data || x'20', size = size + 1 "
                     "WHERE id = 1;"
                     "DELETE FROM findings WHERE id = (SELECT max(id) FROM findings);"
                     "INSERT INTO search_fts(search_fts, rowid, subject, search_names, search_addresses, body_text) "
                     "SELECT 'delete', id, subject, search_names, search_addresses, body_text FROM messages;",
                     &err),
            qPrintable(err));
        auto s = openCase(path);
        const IntegrityReport r = s->integrityCheck(true);
        QVERIFY(!r.ok());
        const QString all = r.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("audit log entry 2 was changed")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("findings")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("no longer matches its SHA-256")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("missing from the search index")), qPrintable(all));
    }

    void caseMetadata()
    {
        QTemporaryDir dir;
        auto s = createCase(dir.filePath(QStringLiteral("a.mtcase")));
        CaseUpdate u;
        u.becType = 1;
        u.damage = Damage::Yes;
        u.addTags = { QStringLiteral("請求書"), QStringLiteral("thread-hijack") };
        u.note = QStringLiteral("Bank confirmed the transfer was stopped.");
        QVERIFY(s->updateCaseInfo(u));
        CaseInfo c = s->caseInfo();
        QCOMPARE(c.becType, std::optional<int>(1));
        QCOMPARE(c.damage, Damage::Yes);
        QCOMPARE(c.tags, (QStringList { QStringLiteral("thread-hijack"), QStringLiteral("請求書") }));
        QCOMPARE(c.notes.size(), 1);
        QCOMPARE(c.notes.first().author, currentOsUser());
        const qint64 auditAfterFirst = s->audit().count();
        QCOMPARE(auditAfterFirst, 1 + 5); // created + bec_type, damage, 2 tags, note
        // The same values again change nothing and log nothing.
        CaseUpdate same;
        same.becType = 1;
        same.damage = Damage::Yes;
        same.addTags = { QStringLiteral("請求書") };
        QVERIFY(s->updateCaseInfo(same));
        QCOMPARE(s->audit().count(), auditAfterFirst);
        CaseUpdate clear;
        clear.becType = 0;
        clear.removeTags = { QStringLiteral("請求書") };
        QVERIFY(s->updateCaseInfo(clear));
        c = s->caseInfo();
        QVERIFY(!c.becType);
        QCOMPARE(c.tags, QStringList { QStringLiteral("thread-hijack") });
        CaseUpdate bad;
        bad.becType = 9;
        QVERIFY(!s->updateCaseInfo(bad));
        QCOMPARE(s->lastError().code, StoreError::Code::Invalid);
        const QList<AuditEntry> log = s->audit().entries();
        QCOMPARE(log.last().action, QStringLiteral("tag"));
        QCOMPARE(QJsonDocument::fromJson(log.last().details.toUtf8()).object().value(QLatin1String("field")).toString(),
            QStringLiteral("tags"));
        QVERIFY(s->integrityCheck(false).ok());
    }

    void caseStateVerdictsMapAndImportErrors()
    {
        QTemporaryDir dir;
        auto s = createCase(dir.filePath(QStringLiteral("a.mtcase")));
        const qint64 r0 = s->stateRevision();
        QVERIFY(r0 >= 0);
        // A stored analysis is returned only under its key, and only while the state is unchanged.
        QVERIFY(s->storeAnalysis(r0, "k0", "analysis-0"));
        QCOMPARE(s->storedAnalysis("k0"), QByteArray("analysis-0"));
        QVERIFY(s->storedAnalysis("other").isEmpty());
        // An import bumps the revision (a trigger) and drops the stored analysis.
        QCOMPARE(s->messages().add(recordOf(kFake)), MessageRepository::AddResult::Added);
        const qint64 r1 = s->stateRevision();
        QVERIFY(r1 > r0);
        QVERIFY(s->storedAnalysis("k0").isEmpty());
        QVERIFY(!s->storeAnalysis(r0, "k0", "stale")); // computed before the import: refused
        QCOMPARE(s->lastError().code, StoreError::Code::Invalid);
        QVERIFY(s->storeAnalysis(r1, "k1", "analysis-1"));

        // An actor verdict bumps it too, is audit-logged, and can be cleared.
        QVERIFY(s->setActorOverride(QStringLiteral("<m1@x>"), QStringLiteral("party"), QStringLiteral("<m1@x>")));
        QVERIFY(s->stateRevision() > r1);
        QVERIFY(s->storedAnalysis("k1").isEmpty());
        QCOMPARE(s->actorOverrides().size(), 1);
        QCOMPARE(s->actorOverrides().first().actor, QStringLiteral("party"));
        QCOMPARE(s->audit().entries().last().action, QStringLiteral("actor_override"));
        QVERIFY(!s->setActorOverride(QStringLiteral("<m1@x>"), QStringLiteral("victim"), {}));
        QCOMPARE(s->lastError().code, StoreError::Code::Invalid);
        QVERIFY(s->setActorOverride(QStringLiteral("<m1@x>"), QStringLiteral("attacker"), {}));
        QCOMPARE(s->actorOverrides().first().actor, QStringLiteral("attacker"));
        QVERIFY(s->setActorOverride(QStringLiteral("<m1@x>"), QString(), {}));
        QVERIFY(s->actorOverrides().isEmpty());

        // The pseudonym map: saved, audit-logged without its real values.
        const QByteArray map = R"({"format":"mailtriage-pseudonym-map","entries":[{"real":"Kumoyuki"}]})";
        QVERIFY(s->setPseudonymMap(map));
        QCOMPARE(s->pseudonymMap(), map);
        const AuditEntry last = s->audit().entries().last();
        QCOMPARE(last.action, QStringLiteral("pseudonym_map_saved"));
        QVERIFY(!last.details.contains(QStringLiteral("Kumoyuki")));

        QVERIFY(s->recordImportError(QStringLiteral("/x/y.eml"), QStringLiteral("the file is empty")));
        QCOMPARE(s->importErrors().size(), 1);
        QCOMPARE(s->importErrors().first().reason, QStringLiteral("the file is empty"));
        QVERIFY(s->integrityCheck(true).ok());
    }

    void search()
    {
        QTemporaryDir dir;
        auto s = createCase(dir.filePath(QStringLiteral("a.mtcase")));
        QList<ReadError> errors;
        for (const QString& f : MessageReader::expandPaths({ kScenarios }, &errors))
            QCOMPARE_NE(s->messages().add(recordOf(f)), MessageRepository::AddResult::Failed);
        const QByteArray jaSha = fileSha(kJapanese);
        auto shas = [](const QList<SearchHit>& hits) {
            QList<QByteArray> out;
            for (const SearchHit& h : hits)
                out << h.message.sha256;
            return out;
        };
        // Two characters: below the trigram size, found through the LIKE fallback.
        const QList<SearchHit> nouhin = s->search().search(QStringLiteral("納品"));
        QVERIFY(shas(nouhin).contains(jaSha));
        QVERIFY(nouhin.first().snippet.contains(QStringLiteral("納品")));
        // Japanese without spaces through the trigram index (subject and body of an ISO-2022-JP mail).
        QVERIFY(shas(s->search().search(QStringLiteral("納品スケジュール"))).contains(jaSha));
        QVERIFY(shas(s->search().search(QStringLiteral("梢プラントサービス"))).contains(jaSha));
        // Partial addresses, in any case; display names.
        QVERIFY(shas(s->search().search(QStringLiteral("odagiri@kozue"))).contains(jaSha));
        QVERIFY(shas(s->search().search(QStringLiteral("ODAGIRI@KOZ"))).contains(jaSha));
        QVERIFY(!s->search().search(QStringLiteral("kumoyuki-fs.jp@consultant")).isEmpty());
        QVERIFY(shas(s->search().search(QStringLiteral("小田切"))).contains(jaSha));
        // All terms must match; short and long terms mix.
        QVERIFY(shas(s->search().search(QStringLiteral("納品 odagiri"))).contains(jaSha));
        QVERIFY(s->search().search(QStringLiteral("納品 no-such-text-anywhere")).isEmpty());
        // Query syntax is text, never FTS5 or LIKE syntax.
        for (const char* q : { "\"", "\"AND\" OR NEAR(", "a*", "%", "_", "%%%", "\\", "' OR 1=1 --", "col:val" })
            s->search().search(QString::fromUtf8(q));
        QVERIFY(s->search().search(QStringLiteral("%")).size() < s->messages().count());
        QVERIFY(s->search().search(QStringLiteral("   ")).isEmpty());
        QCOMPARE(s->search().search(QStringLiteral("kumoyuki"), 3).size(), 3);
        QVERIFY(!s->lastError().isError());
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
