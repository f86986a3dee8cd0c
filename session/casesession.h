// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "caseanalysis.h"
#include "caselock.h"
#include "casestore.h"
#include "importer.h"
#include "loadedmessage.h"
#include "messagerow.h"
#include "parseworkerpool.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace MailTriage {

class ImportController;

/// @brief The application layer: one open case and the use cases both front doors call (the
/// window through signals, the CLI through the blocking calls). It opens or creates a case and
/// takes its lock (a case another session holds opens read-only, and says who holds it), owns
/// the import, lists the message rows, reads one message through MessageSource (reading cache,
/// else the sandboxed worker: never parsed in this process), provides the case analysis (stored
/// in the case per case state, computed and stored when stale), records the analyst's verdicts
/// (case tags, per-message actor, the pseudonym map; all audit-logged) and prepares the exports
/// (CaseExport). Qt::Core only; the long work runs on worker threads with their own read-only
/// connection, so a window never waits.
class CaseSession : public QObject {
    Q_OBJECT
public:
    explicit CaseSession(QObject* parent = nullptr);
    ~CaseSession() override;

    enum class Access {
        Write, ///< take the case's lock; read-only (with readOnlyReason()) when another session holds it
        Read, ///< never write, never lock (inspection, exports)
    };
    bool openCase(const QString& location, QString* error, Access access = Access::Write);
    /// Why the last openCase()/createCase() failed, with the store's error code.
    const StoreError& openError() const { return m_openError; }
    bool createCase(const QString& location, const QString& title, QString* error);
    void closeCase();
    bool isOpen() const { return bool(m_store); }
    bool isReadOnly() const;
    /// Why the case is read-only ("… is open in mailtriage (pid 42) on host"), empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString location() const;
    /// The store, for the few small reads a front door makes on its thread (search, audit, check).
    CaseStore* store() const { return m_store.get(); }

    const CaseInfo& info() const { return m_info; }
    /// Writes @p update (and its audit entries) to the case; emits infoChanged().
    bool applyUpdate(const CaseUpdate& update, QString* error = nullptr);
    void refreshInfo();

    /// The analyst's verdict on who wrote a message (CaseMessage::key): "party", "attacker",
    /// "unknown", or empty to use MailTriage's attribution again. Audit-logged; the analysis is
    /// made again (in the background; at once with @p reloadNow false the caller reloads).
    bool setActorVerdict(const QString& messageKey, const QString& actor, QString* error = nullptr, bool reload = true);
    /// The verdict stored for @p messageKey, empty when none.
    QString actorVerdict(const QString& messageKey) const;

    /// The pseudonym map saved with the case (empty when none) and saving an edited one.
    PseudonymMap savedPseudonymMap() const;
    bool savePseudonymMap(const PseudonymMap& map, QString* error = nullptr);

    /// Imports files and folders into the open case in the background (ImportController);
    /// importFinished() follows and the case is read again.
    bool startImport(const QStringList& paths, QString* error = nullptr);
    ImportController* importer() const { return m_import; }

    /// Imports into the open case on this thread (the CLI); @p progress is called from importer
    /// threads. The rows are read again afterwards by the next reload()/loadNow().
    ImportSummary importNow(const QStringList& paths, const ImportOptions& options,
        const std::function<void(const ImportProgress&)>& progress = {}, int progressIntervalMs = 200,
        const std::atomic<bool>* cancel = nullptr);

    /// Lists the messages and reads the case analysis again, in the background.
    void reload();
    /// The same, now, on this thread (the CLI). False with @p error when the case cannot be read.
    bool loadNow(QString* error = nullptr);
    bool isLoading() const { return m_loading; }
    /// Blocks until a running load has finished (tests, shutdown).
    void waitForLoad();

    const QList<MessageRow>& rows() const { return m_rows; }
    /// The case analysis, lean: messages without their evidence bytes and MIME tree (read one
    /// with requestMessage() or MessageSource; CaseExport reads them all for a report).
    std::shared_ptr<const CaseAnalysis> analysis() const { return m_analysis; }
    /// True when the last load took the analysis stored in the case instead of analysing.
    bool analysisWasStored() const { return m_analysisWasStored; }
    /// Read problems of the last load (originals that could not be read again), one line each.
    const QList<ReadError>& loadErrors() const { return m_loadErrors; }
    qint64 storedCount() const { return m_storedCount; }
    /// signal id -> number of distinct messages with it, and its highest severity.
    const QHash<QString, int>& signalCounts() const { return m_signalCounts; }
    const QHash<QString, int>& signalSeverities() const { return m_signalSeverities; }

    /// Full-text search through the store; the stored ids of the hits.
    QSet<qint64> search(const QString& query, QString* error = nullptr);

    /// Reads a stored message for the message view in the background (MessageSource);
    /// messageLoaded() follows.
    void requestMessage(qint64 storedId, int caseIndex);
    /// Parser worker options for every read (tests point at a worker or forbid it).
    void setWorkerOptions(const ParseWorkerPool::Options& options) { m_workerOptions = options; }
    const ParseWorkerPool::Options& workerOptions() const { return m_workerOptions; }

    /// The analyst's actor verdicts stored in @p store, as case analysis takes them.
    static ActorOverrides verdictsOf(CaseStore& store);
    /// The key a stored case analysis of the case state @p revision is kept under.
    static QByteArray analysisKey(qint64 revision);

Q_SIGNALS:
    void caseOpened();
    void caseClosed();
    void infoChanged();
    void rowsChanged();
    void analysisChanged();
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void messageLoaded(const MailTriage::LoadedMessage& message);
    void errorOccurred(const QString& message);
    void verdictsChanged();

private:
    struct LoadState {
        std::atomic<bool> cancel { false };
        std::atomic<int> done { 0 };
        std::atomic<int> total { 0 };
        QMutex mutex;
        QList<MessageRow> interimRows; ///< the stored messages, listed before the analysis is ready
        bool interimReady = false;
    };
    struct LoadResult {
        quint64 generation = 0;
        qint64 storedCount = 0;
        QList<MessageRow> rows;
        std::shared_ptr<const CaseAnalysis> analysis;
        bool fromStore = false;
        QHash<QString, int> counts;
        QHash<QString, int> severities;
        QList<ReadError> errors;
        QString error;
        bool cancelled = false;
    };
    static LoadResult load(const QString& location, bool storeResult, const ParseWorkerPool::Options& options,
        quint64 generation, const std::shared_ptr<LoadState>& state);
    static void buildRows(const CaseAnalysis& analysis, LoadResult* result);
    void adoptLoad(const LoadResult& result);
    void clearCaseState();
    void finishLoad();
    void pollLoad();
    bool adopt(std::unique_ptr<CaseStore> store, std::unique_ptr<CaseLock> lock, QString* error);

    std::unique_ptr<CaseLock> m_lock;
    std::unique_ptr<CaseStore> m_store;
    QString m_readOnlyReason;
    StoreError m_openError;
    CaseInfo m_info;
    QHash<QString, QString> m_verdicts;
    QList<MessageRow> m_rows;
    std::shared_ptr<const CaseAnalysis> m_analysis;
    bool m_analysisWasStored = false;
    QList<ReadError> m_loadErrors;
    QHash<QString, int> m_signalCounts;
    QHash<QString, int> m_signalSeverities;
    qint64 m_storedCount = 0;
    ParseWorkerPool::Options m_workerOptions;
    QFutureWatcher<LoadResult>* m_loadWatcher = nullptr;
    std::shared_ptr<LoadState> m_loadState;
    QTimer* m_progressTimer = nullptr;
    ImportController* m_import = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
    qint64 m_requestedMessage = 0;
};

} // namespace MailTriage
