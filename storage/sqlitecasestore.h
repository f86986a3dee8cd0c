// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casestore.h"
#include "sqliteauditlog.h"
#include "sqlitedatabase.h"
#include "sqliteevidencerepository.h"
#include "sqlitefindingrepository.h"
#include "sqlitemessagerepository.h"
#include "sqlitesearchindex.h"

namespace MailTriage {

/// @brief A case in one SQLite file: WAL journal, foreign keys on, FULL synchronous commits by
/// default (Batch durability: NORMAL, for bulk import). See docs/storage.md.
class SqliteCaseStore : public CaseStore {
public:
    /// 'MTCS' in the database header's application_id field marks a MailTriage case file.
    static constexpr int kApplicationId = 0x4D544353;

    static std::unique_ptr<SqliteCaseStore> openFile(const QString& path, OpenMode mode, StoreError* error);
    static std::unique_ptr<SqliteCaseStore> createFile(const QString& path, const QString& title, StoreError* error);
    /// For migration tests: a new case file whose schema stops at @p version (1..current), empty.
    static bool createFileAtVersion(const QString& path, int version, StoreError* error);

    ~SqliteCaseStore() override;

    QString location() const override { return m_db.path(); }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() override;
    StoreError lastError() const override { return m_db.lastError(); }

    CaseInfo caseInfo() override;
    bool updateCaseInfo(const CaseUpdate& update) override;
    qint64 stateRevision() override;
    QByteArray storedAnalysis(const QByteArray& key) override;
    bool storeAnalysis(qint64 revision, const QByteArray& key, const QByteArray& data) override;
    QList<ActorOverride> actorOverrides() override;
    bool setActorOverride(const QString& messageKey, const QString& actor, const QString& messageLabel) override;
    QByteArray pseudonymMap() override;
    bool setPseudonymMap(const QByteArray& json) override;
    bool recordImportError(const QString& path, const QString& reason) override;
    QList<ImportErrorRecord> importErrors() override;
    IntegrityReport integrityCheck(bool verifyOriginals) override;

    void setDurability(Durability d) override;
    bool beginTransaction() override;
    bool commit() override;
    void rollback() override;
    bool inTransaction() const override;

    EvidenceRepository& evidence() override { return m_evidence; }
    MessageRepository& messages() override { return m_messages; }
    FindingRepository& findings() override { return m_findings; }
    AuditLog& audit() override { return m_audit; }
    SearchIndex& search() override { return m_search; }

private:
    SqliteCaseStore();
    bool configure();

    // Declared first: the repositories' statements must be finalized before the connection closes.
    SqliteDatabase m_db;
    SqliteEvidenceRepository m_evidence;
    SqliteMessageRepository m_messages;
    SqliteFindingRepository m_findings;
    SqliteAuditLog m_audit;
    SqliteSearchIndex m_search;
    bool m_readOnly = false;
};

} // namespace MailTriage
