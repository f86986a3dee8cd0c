// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casestore.h"
#include "messagereader.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace MailTriage {

/// @brief How an import runs. The defaults suit a desktop; tests and benchmarks tune them.
struct ImportOptions {
    int parseWorkers = 0; ///< worker processes; 0: one per core
    int analysisThreads = 0; ///< 0: one per core
    bool inProcess = false; ///< parse in this process (threads) instead of sandboxed worker processes
    QString workerPath; ///< empty: ParseWorkerPool::findWorker()
    int batchMessages = 1000; ///< a commit after this many messages ...
    int batchMilliseconds = 500; ///< ... or after this long, whichever comes first
    qint64 maxPendingBytes = qint64(96) << 20; ///< parsed data waiting for the writer (bounds memory)
    ParseLimits limits;
};

/// @brief Where a running import stands; given to the progress callback.
struct ImportProgress {
    int filesDone = 0; ///< stored, skipped as duplicates or failed
    int filesTotal = 0;
    qint64 imported = 0; ///< messages stored
    qint64 duplicates = 0; ///< messages already in the case
    qint64 errors = 0; ///< files or messages that could not be read
    qint64 bytesDone = 0; ///< bytes of files done
    qint64 elapsedMs = 0;
    double messagesPerSecond = 0; ///< (imported + duplicates) per second so far
    double bytesPerSecond = 0;
    QString currentFile;
    bool finished = false; ///< the last call of a run
};

/// @brief What an import did.
struct ImportSummary {
    qint64 imported = 0;
    qint64 duplicates = 0;
    QList<ReadError> errors; ///< each file (or mbox message) that could not be imported, with its reason
    int filesTotal = 0;
    qint64 bytesImported = 0; ///< bytes of the originals stored
    qint64 bytesRead = 0; ///< bytes of all files done
    qint64 elapsedMs = 0;
    bool cancelled = false;
    /// Set when the case could not be written (disk full, ...): the import stopped there. What was
    /// committed before stays; importing the same paths again continues.
    StoreError storeError;
    /// Set when the import could not run at all (no parser worker).
    QString fatalError;
};

/// @brief Imports files, folders (recursively) and mbox files into a case: parsing in sandboxed
/// worker processes (ParseWorkerPool), analysis on a thread pool, and one writer thread that owns
/// the case store and commits messages in batches. A message is stored with its findings and search
/// entry in the same transaction. A file whose SHA-256 (for an mbox: each message's) is already in
/// the case is counted as a duplicate; a failed file is recorded in import_errors and the rest go
/// in. Importing the same paths again is harmless and completes an interrupted import.
///
/// The pipeline only talks to the abstract CaseStore, so it serves any backend.
class Importer {
public:
    using ProgressCallback = std::function<void(const ImportProgress&)>;

    explicit Importer(CaseStore& store, ImportOptions options = {});

    /// Called from an importer thread at most every @p intervalMs, and once at the end
    /// (finished = true). Keep it short; a GUI forwards it to its own thread.
    void setProgressCallback(ProgressCallback callback, int intervalMs = 200);

    /// Runs the import; returns when done, cancelled (@p cancel set) or stopped by a store error.
    /// The store must not be used by anyone else meanwhile.
    ImportSummary run(const QStringList& paths, const std::atomic<bool>* cancel = nullptr);

private:
    CaseStore& m_store;
    ImportOptions m_options;
    ProgressCallback m_progress;
    int m_progressIntervalMs = 200;
};

} // namespace MailTriage
