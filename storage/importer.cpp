// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "attachmenttext.h"
#include "mbox.h"
#include "messageanalyzer.h"
#include "parseworkerpool.h"
#include "sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace MailTriage {

namespace {
    constexpr int kRecordsPerBatch = 256; ///< records handed to the writer at once
    constexpr int kPrecheckChunk = 64; ///< files per pre-check task

    // ===== ANALYSIS CALL SITE =====
    // The one place where the import pipeline analyses a message: after parsing (in a worker
    // process), before storing (on an analysis thread). Message-scope findings land in m.findings.
    void analyzeMessage(Message& m)
    {
        MessageAnalyzer::analyze(m);
    }

    QByteArray sha256Hex(QByteArrayView data)
    {
        return Sha256::hashHex(data);
    }

    // One unit of work for the writer: some or all records of one input file.
    struct WriterItem {
        int fileIndex = -1; ///< -1: not tied to an input file (path expansion errors)
        QString path;
        qint64 fileBytes = 0; ///< counted once, on the item that ends the file
        QList<MessageRecord> records;
        QList<ReadError> errors;
        qint64 knownDuplicates = 0; ///< skipped before parsing: the whole file is already stored
        bool endsFile = true;
        qint64 cost = 0; ///< pending bytes to release when written
    };

    // The hand-over between the producers (parse callback, analysis threads) and the one writer,
    // with a memory bound: producers wait while too much parsed data waits for the writer.
    class WriterQueue {
    public:
        explicit WriterQueue(qint64 maxPending)
            : m_maxPending(maxPending)
        {
        }

        // Blocks until @p cost fits (always admits when nothing is pending). False when stopping.
        bool admit(qint64 cost, const std::atomic<bool>& stop)
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return stop.load() || m_pending == 0 || m_pending + cost <= m_maxPending; });
            if (stop.load())
                return false;
            m_pending += cost;
            return true;
        }

        void release(qint64 cost)
        {
            {
                std::lock_guard lock(m_mutex);
                m_pending -= cost;
            }
            m_space.notify_all();
        }

        void push(WriterItem&& item)
        {
            {
                std::lock_guard lock(m_mutex);
                m_items.push_back(std::move(item));
            }
            m_ready.notify_one();
        }

        // Waits up to @p ms for an item. False on time-out or when closed and empty (see closed()).
        bool pop(WriterItem* out, int ms)
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait_for(lock, std::chrono::milliseconds(ms), [&] { return !m_items.empty() || m_closed; });
            if (m_items.empty())
                return false;
            *out = std::move(m_items.front());
            m_items.pop_front();
            return true;
        }

        void close()
        {
            {
                std::lock_guard lock(m_mutex);
                m_closed = true;
            }
            m_ready.notify_all();
        }

        bool closedAndEmpty()
        {
            std::lock_guard lock(m_mutex);
            return m_closed && m_items.empty();
        }

        void wakeAll()
        {
            m_space.notify_all();
            m_ready.notify_all();
        }

    private:
        std::mutex m_mutex;
        std::condition_variable m_space;
        std::condition_variable m_ready;
        std::deque<WriterItem> m_items;
        qint64 m_pending = 0;
        const qint64 m_maxPending;
        bool m_closed = false;
    };

    // What parsing a file costs in memory until the writer is done with it, roughly.
    qint64 costOf(qint64 fileBytes)
    {
        return fileBytes * 4 + 16 * 1024;
    }

    qint64 costOf(const ReadResult& r)
    {
        qint64 bytes = 0;
        for (const Message& m : r.messages)
            bytes += m.raw.size();
        return costOf(bytes);
    }

    // The mbox messages' bytes come back from the worker process, which is trusted less than this
    // one: take them from the file again, split here, and check that they are the same.
    void restoreMboxOriginals(const QString& path, ReadResult& r, const ParseLimits& limits)
    {
        bool any = false;
        for (const Message& m : std::as_const(r.messages))
            any = any || m.format == QLatin1String("mbox");
        if (!any)
            return;
        QFile f(path);
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        const QList<Mbox::Range> ranges = Mbox::split(bytes, limits.maxMboxMessages);
        QList<Message> kept;
        kept.reserve(r.messages.size());
        for (Message& m : r.messages) {
            if (m.format != QLatin1String("mbox")) {
                kept.append(std::move(m));
                continue;
            }
            if (m.index < 0 || m.index >= ranges.size()
                || QByteArrayView(bytes).sliced(ranges[m.index].offset, ranges[m.index].length)
                    != QByteArrayView(m.raw)) {
                r.errors.append({ path,
                    QStringLiteral("message %1 of the mbox: the parser's copy differs from the file (was the file "
                                   "changed during the import?); import it again")
                        .arg(m.index + 1) });
                continue;
            }
            const bool sourceIsRaw = m.source == m.raw;
            m.raw = bytes.mid(ranges[m.index].offset, ranges[m.index].length);
            if (sourceIsRaw)
                m.source = m.raw;
            kept.append(std::move(m));
        }
        r.messages = std::move(kept);
    }

    QString formatRate(double v)
    {
        return QString::number(v, 'f', 1);
    }
} // namespace

Importer::Importer(CaseStore& store, ImportOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
    if (m_options.analysisThreads <= 0)
        m_options.analysisThreads = qMax(1, QThread::idealThreadCount());
    if (m_options.batchMessages <= 0)
        m_options.batchMessages = 1;
}

void Importer::setProgressCallback(ProgressCallback callback, int intervalMs)
{
    m_progress = std::move(callback);
    m_progressIntervalMs = intervalMs;
}

ImportSummary Importer::run(const QStringList& paths, const std::atomic<bool>* cancel)
{
    ImportSummary summary;
    QElapsedTimer clock;
    clock.start();
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    QList<ReadError> expandErrors;
    const QStringList files = MessageReader::expandPaths(paths, &expandErrors);
    summary.filesTotal = int(files.size());

    // The worker pool is checked before anything is written.
    ParseWorkerPool::Options poolOptions;
    poolOptions.workerPath = m_options.workerPath;
    poolOptions.workers = m_options.parseWorkers;
    poolOptions.limits = m_options.limits;
    std::unique_ptr<ParseWorkerPool> pool;
    if (!m_options.inProcess && !files.isEmpty()) {
        pool = std::make_unique<ParseWorkerPool>(poolOptions);
        if (ParseWorkerPool::findWorker().isEmpty() && m_options.workerPath.isEmpty()) {
            summary.fatalError = QStringLiteral("the parser process (mailtriage-worker) was not found; set "
                                                "MAILTRIAGE_WORKER or parse in this process");
            return summary;
        }
    }

    QSet<QByteArray> known = m_store.evidence().allSha256();
    const QSet<QByteArray> knownAtStart = known;
    {
        QJsonArray inputs;
        for (const QString& p : paths.mid(0, 100))
            inputs.append(p);
        m_store.setDurability(CaseStore::Durability::Full);
        if (!m_store.audit().append(QStringLiteral("import_started"),
                { { QStringLiteral("inputs"), inputs }, { QStringLiteral("files"), summary.filesTotal } })) {
            summary.storeError = m_store.lastError();
            return summary;
        }
    }

    std::atomic<bool> stop { false };
    WriterQueue queue(m_options.maxPendingBytes);
    QThreadPool analysisPool;
    analysisPool.setMaxThreadCount(m_options.analysisThreads);
    const ParseLimits limits = m_options.limits;

    // ---- The writer: the only thread that touches the store until run() returns. ----
    ImportProgress progress;
    progress.filesTotal = summary.filesTotal;
    StoreError writeError;
    std::thread writer([&] {
        m_store.setDurability(CaseStore::Durability::Batch);
        bool inTx = false;
        int inBatch = 0;
        QElapsedTimer batchClock;
        QElapsedTimer progressClock;
        progressClock.start();
        auto fail = [&] {
            writeError = m_store.lastError();
            if (inTx)
                m_store.rollback();
            inTx = false;
            stop = true;
            queue.wakeAll();
        };
        auto commit = [&] {
            if (!inTx)
                return;
            inTx = false;
            inBatch = 0;
            if (!m_store.commit())
                fail();
        };
        auto report = [&](bool finished) {
            if (!m_progress)
                return;
            progress.elapsedMs = clock.elapsed();
            const double seconds = qMax<double>(progress.elapsedMs, 1) / 1000.0;
            progress.messagesPerSecond = double(progress.imported + progress.duplicates) / seconds;
            progress.bytesPerSecond = double(progress.bytesDone) / seconds;
            progress.finished = finished;
            m_progress(progress);
        };
        while (true) {
            if (cancelled() && !stop.load()) {
                stop = true;
                queue.wakeAll();
            }
            WriterItem item;
            const bool got = queue.pop(&item, 50);
            // After a cancel or a store error, what is still queued is dropped (not committed).
            if (got && !stop.load()) {
                if (!inTx && (!item.records.isEmpty() || !item.errors.isEmpty())) {
                    inTx = m_store.beginTransaction();
                    if (!inTx)
                        fail();
                    batchClock.start();
                }
                for (const MessageRecord& rec : std::as_const(item.records)) {
                    if (writeError.isError())
                        break;
                    if (known.contains(rec.sha256)) {
                        ++progress.duplicates;
                        continue;
                    }
                    switch (m_store.messages().add(rec)) {
                    case MessageRepository::AddResult::Added:
                        known.insert(rec.sha256);
                        ++progress.imported;
                        summary.bytesImported += rec.raw.size();
                        ++inBatch;
                        break;
                    case MessageRepository::AddResult::Duplicate:
                        known.insert(rec.sha256);
                        ++progress.duplicates;
                        break;
                    case MessageRepository::AddResult::Failed:
                        fail();
                        break;
                    }
                }
                if (!writeError.isError()) {
                    for (const ReadError& e : std::as_const(item.errors)) {
                        summary.errors.append(e);
                        ++progress.errors;
                        if (!m_store.recordImportError(e.file, e.reason)) {
                            fail();
                            break;
                        }
                    }
                    progress.duplicates += item.knownDuplicates;
                    if (item.endsFile && item.fileIndex >= 0) {
                        ++progress.filesDone;
                        progress.bytesDone += item.fileBytes;
                        progress.currentFile = item.path;
                    }
                }
            }
            if (got)
                queue.release(item.cost);
            if (inTx && !writeError.isError()
                && (inBatch >= m_options.batchMessages || batchClock.elapsed() >= m_options.batchMilliseconds
                    || stop.load()))
                commit();
            if (progressClock.elapsed() >= m_progressIntervalMs) {
                progressClock.restart();
                report(false);
            }
            if (!got && queue.closedAndEmpty())
                break;
        }
        if (inTx && !writeError.isError())
            commit();
        m_store.setDurability(CaseStore::Durability::Full);
        summary.bytesRead = progress.bytesDone;
        summary.imported = progress.imported;
        summary.duplicates = progress.duplicates;
        report(true);
    });

    // ---- Producers ----
    if (!expandErrors.isEmpty()) {
        WriterItem item;
        item.errors = expandErrors;
        queue.push(std::move(item));
    }

    // Analysis of one file's parse result on the thread pool, then to the writer in slices.
    auto analyse = [&](int index, const QString& path, qint64 fileBytes, ReadResult r, qint64 cost) {
        analysisPool.start([&, index, path, fileBytes, cost, r = std::move(r)]() mutable {
            if (stop.load()) {
                queue.release(cost);
                return;
            }
            restoreMboxOriginals(path, r, limits);
            QList<MessageRecord> records;
            records.reserve(qMin<qsizetype>(r.messages.size(), kRecordsPerBatch));
            const qsizetype n = r.messages.size();
            for (qsizetype i = 0; i < n; ++i) {
                Message m = std::move(r.messages[i]);
                analyzeMessage(m);
                // In process, PDF texts are read only when this program has an extractor.
                records.append(
                    MessageRecord::fromMessage(m, !m_options.inProcess || AttachmentText::hasPdfExtractor()));
                if (records.size() >= kRecordsPerBatch && i + 1 < n) {
                    WriterItem item;
                    item.fileIndex = index;
                    item.path = path;
                    item.records = std::move(records);
                    item.endsFile = false;
                    // The slice carries no cost; the last one releases the whole file's.
                    queue.push(std::move(item));
                    records = {};
                    if (stop.load())
                        break;
                }
            }
            WriterItem item;
            item.fileIndex = index;
            item.path = path;
            item.fileBytes = fileBytes;
            item.records = std::move(records);
            item.errors = std::move(r.errors);
            item.cost = cost;
            queue.push(std::move(item));
        });
    };

    // 1. Files already in the case are skipped unread by the parser: a whole .eml/.msg file is one
    //    message whose SHA-256 is the file's (mbox files are split and checked per message).
    QList<int> toParse;
    toParse.reserve(files.size());
    if (knownAtStart.isEmpty()) {
        for (int i = 0; i < files.size(); ++i)
            toParse.append(i);
    } else {
        std::mutex toParseMutex;
        QList<bool> skip(files.size(), false);
        for (int start = 0; start < files.size(); start += kPrecheckChunk) {
            analysisPool.start([&, start] {
                const int end = qMin<int>(start + kPrecheckChunk, int(files.size()));
                for (int i = start; i < end && !stop.load(); ++i) {
                    const QFileInfo info(files[i]);
                    if (!info.isFile() || info.size() > limits.maxFileBytes)
                        continue;
                    QFile f(files[i]);
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray bytes = f.readAll();
                    if (MessageReader::detectFormat(
                            QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096)), files[i])
                        == MessageReader::Format::Mbox)
                        continue;
                    if (!knownAtStart.contains(sha256Hex(bytes)))
                        continue;
                    skip[i] = true;
                    WriterItem item;
                    item.fileIndex = i;
                    item.path = files[i];
                    item.fileBytes = bytes.size();
                    item.knownDuplicates = 1;
                    queue.push(std::move(item));
                }
            });
        }
        analysisPool.waitForDone();
        for (int i = 0; i < files.size(); ++i) {
            if (!skip[i])
                toParse.append(i);
        }
    }

    // 2. Parsing: worker processes (or this process), results to analysis.
    QStringList parseFiles;
    parseFiles.reserve(toParse.size());
    for (int i : std::as_const(toParse))
        parseFiles.append(files[i]);
    if (!stop.load() && !parseFiles.isEmpty()) {
        if (pool) {
            const bool ok = pool->run(
                parseFiles,
                [&](int j, const QString& path, ReadResult&& r) {
                    if (cancelled() && !stop.load()) {
                        stop = true;
                        queue.wakeAll();
                    }
                    const qint64 cost = costOf(r);
                    if (!queue.admit(cost, stop))
                        return;
                    const qint64 fileBytes = QFileInfo(path).size();
                    analyse(toParse[j], path, fileBytes, std::move(r), cost);
                },
                &stop);
            if (!ok)
                summary.fatalError = pool->lastError();
        } else {
            for (qsizetype j = 0; j < parseFiles.size() && !stop.load(); ++j) {
                const QString path = parseFiles[j];
                const qint64 fileBytes = QFileInfo(path).size();
                const qint64 cost = costOf(fileBytes);
                if (!queue.admit(cost, stop))
                    break;
                const int index = toParse[j];
                analysisPool.start([&, index, path, fileBytes, cost] {
                    if (stop.load()) {
                        queue.release(cost);
                        return;
                    }
                    ReadResult r = MessageReader::readFile(path, limits);
                    for (Message& m : r.messages) {
                        if (m.format.isEmpty())
                            m.format = QStringLiteral("eml");
                    }
                    analyse(index, path, fileBytes, std::move(r), cost);
                });
                if (cancelled()) {
                    stop = true;
                    queue.wakeAll();
                }
            }
        }
    }
    // Tasks started by tasks (in-process parse -> analysis) are done when the pool is idle twice.
    analysisPool.waitForDone();
    analysisPool.waitForDone();
    queue.close();
    writer.join();

    summary.cancelled = cancelled();
    summary.elapsedMs = clock.elapsed();
    if (writeError.isError())
        summary.storeError = writeError;

    QJsonObject details { { QStringLiteral("files"), summary.filesTotal },
        { QStringLiteral("imported"), summary.imported }, { QStringLiteral("duplicates"), summary.duplicates },
        { QStringLiteral("errors"), qint64(summary.errors.size()) }, { QStringLiteral("cancelled"), summary.cancelled },
        { QStringLiteral("elapsed_ms"), summary.elapsedMs },
        { QStringLiteral("messages_per_second"),
            formatRate(double(summary.imported + summary.duplicates) * 1000.0 / qMax<qint64>(summary.elapsedMs, 1)) } };
    if (writeError.isError())
        details.insert(QStringLiteral("store_error"), writeError.message);
    if (!summary.fatalError.isEmpty())
        details.insert(QStringLiteral("fatal_error"), summary.fatalError);
    // Full durability: this commit also makes every batch before it safe from a power cut.
    if (!m_store.audit().append(QStringLiteral("import"), details) && !summary.storeError.isError())
        summary.storeError = m_store.lastError();
    return summary;
}

} // namespace MailTriage
