// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlog.h"
#include "evidencerepository.h"
#include "findingrepository.h"
#include "messagerepository.h"
#include "searchindex.h"
#include "storagetypes.h"

#include <memory>

namespace MailTriage {

/// @brief A case workspace: its metadata and repositories. The API speaks in plain C++/Qt value
/// types only; today a case is one SQLite file (SqliteCaseStore), and a shared server database
/// could implement the same interface for a team. Not thread-safe: use one object from one thread
/// at a time (the importer hands it to its writer thread for the duration of an import).
class CaseStore {
public:
    enum class OpenMode {
        ReadOnly, ///< never writes; an old schema is an error (open it once for writing to upgrade)
        ReadWrite, ///< upgrades an older schema on open (each migration step in one transaction)
    };

    /// How hard a commit insists on reaching the disk.
    enum class Durability {
        Full, ///< every commit is on disk when it returns (analyst edits; the default)
        Batch, ///< commits survive a crash of the program; a power cut may undo the last few
               ///< (bulk import, whose source files are still there to import again)
    };

    /// Opens an existing case. @p location is a file path (SQLite). Null with @p error set when
    /// the case cannot be opened.
    static std::unique_ptr<CaseStore> open(const QString& location, OpenMode mode, StoreError* error);
    /// Creates a new case; fails when something already exists at @p location.
    static std::unique_ptr<CaseStore> create(const QString& location, const QString& title, StoreError* error);
    /// The schema version this program writes.
    static int currentSchemaVersion();

    virtual ~CaseStore();

    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual int schemaVersion() = 0;
    /// The error of the last failed call.
    virtual StoreError lastError() const = 0;

    virtual CaseInfo caseInfo() = 0;
    /// Applies @p update and writes one audit entry per change, all in one transaction.
    virtual bool updateCaseInfo(const CaseUpdate& update) = 0;

    /// The case state revision: every import and every actor verdict change bumps it (triggers
    /// in the database), so a result computed for one revision is known to be stale later.
    virtual qint64 stateRevision() = 0;
    /// The stored case analysis when it was stored under @p key; empty otherwise.
    virtual QByteArray storedAnalysis(const QByteArray& key) = 0;
    /// Stores @p data as the case analysis for @p key (a cache: not audit-logged). Refused with
    /// StoreError::Code::Invalid when the revision changed since @p revision was read.
    virtual bool storeAnalysis(qint64 revision, const QByteArray& key, const QByteArray& data) = 0;

    /// The analyst's actor verdicts, by message key.
    virtual QList<ActorOverride> actorOverrides() = 0;
    /// Sets (or with an empty @p actor clears) the verdict on message @p messageKey, with an audit
    /// entry that names the message as @p messageLabel (its Message-ID or subject).
    virtual bool setActorOverride(const QString& messageKey, const QString& actor, const QString& messageLabel) = 0;

    /// The pseudonym map the analyst saved with the case (JSON, PseudonymMap format); empty: none.
    virtual QByteArray pseudonymMap() = 0;
    /// Saves the map with an audit entry (its SHA-256 and size, never its real values).
    virtual bool setPseudonymMap(const QByteArray& json) = 0;

    virtual bool recordImportError(const QString& path, const QString& reason) = 0;
    virtual QList<ImportErrorRecord> importErrors() = 0;

    /// Database-level check (page structure, foreign keys, search index), every message's findings
    /// complete, the audit chain unbroken, and with @p verifyOriginals each original's SHA-256
    /// recomputed from its stored bytes.
    virtual IntegrityReport integrityCheck(bool verifyOriginals = true) = 0;

    virtual void setDurability(Durability d) = 0;
    /// Explicit transactions group many writes (the importer commits a batch of messages at once).
    /// Calls of the repositories inside a transaction join it.
    virtual bool beginTransaction() = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    virtual EvidenceRepository& evidence() = 0;
    virtual MessageRepository& messages() = 0;
    virtual FindingRepository& findings() = 0;
    virtual AuditLog& audit() = 0;
    virtual SearchIndex& search() = 0;

protected:
    CaseStore() = default;
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;
};

/// @brief Scoped transaction: rolls back unless commit() was called.
class CaseTransaction {
public:
    explicit CaseTransaction(CaseStore& store)
        : m_store(store)
        , m_active(store.beginTransaction())
    {
    }
    ~CaseTransaction()
    {
        if (m_active)
            m_store.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_store.commit();
    }
    CaseTransaction(const CaseTransaction&) = delete;
    CaseTransaction& operator=(const CaseTransaction&) = delete;

private:
    CaseStore& m_store;
    bool m_active;
};

} // namespace MailTriage
