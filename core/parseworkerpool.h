// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagereader.h"

#include <QString>
#include <atomic>
#include <functional>

namespace MailTriage {

/// @brief Reads untrusted files in separate worker processes (mailtriage-worker), a small pool
/// fed over pipes, each with memory, CPU-time and stack limits. A crash or a time-out in a worker
/// becomes a per-file error ("could not be parsed safely: ...") and the run goes on.
class ParseWorkerPool {
public:
    struct Options {
        QString workerPath; ///< empty: found next to the program (see findWorker())
        int workers = 0; ///< 0: one per core
        int timeoutMs = 30000; ///< per file
        qint64 memoryLimitBytes = qint64(2) << 30; ///< RLIMIT_AS of a worker
        int cpuSeconds = 300; ///< RLIMIT_CPU of a worker (a backstop to the time-out)
        qint64 stackLimitBytes = qint64(64) << 20;
        ParseLimits limits;
    };

    /// Called once per input file, in any order, never concurrently. @p index is the file's
    /// position in the list given to run().
    using ResultCallback = std::function<void(int index, const QString& path, ReadResult&& result)>;

    ParseWorkerPool();
    explicit ParseWorkerPool(Options options);

    /// The worker executable: $MAILTRIAGE_WORKER, else next to the running program, else in
    /// ../libexec/mailtriage/. Empty when none is found.
    static QString findWorker();
    /// How many worker processes this process has started so far (tests: "no worker ran").
    static qint64 workersStarted();

    /// Reads every file through the workers; returns when all are done or @p cancel is set.
    /// Files not started before cancel are not reported. Returns false when no worker could run.
    bool run(const QStringList& paths, const ResultCallback& onResult, const std::atomic<bool>* cancel = nullptr);

    /// Gives input @p index: its display name and bytes, or false with @p error. Called under a
    /// lock, so it need not be thread-safe.
    using InputProvider = std::function<bool(int index, QString* name, QByteArray* bytes, QString* error)>;

    /// Like run(), over inputs that are not files (e.g. originals stored in a case).
    bool runInputs(int count, const InputProvider& input, const ResultCallback& onResult,
        const std::atomic<bool>* cancel = nullptr);

    QString lastError() const { return m_lastError; }

private:
    Options m_options;
    QString m_lastError;
};

/// Worker side: serves requests on stdin/stdout until EOF. Returns the process exit code.
int runParseWorker(int argc, char** argv);

} // namespace MailTriage
