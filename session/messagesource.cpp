// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesource.h"

#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "serialization.h"

#include <QMap>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace MailTriage::MessageSource {

namespace {

    // The CPU work of a read (rebuilding readings, analysing parsed messages) runs on a pool of its
    // own. read() is itself called from tasks of the global pool (showing a message, preparing a
    // report, the Indicators tab): a map that waited for the global pool from inside it starved it
    // when two reads ran at once — on two cores both threads waited for map tasks no thread was
    // left to run.
    Q_GLOBAL_STATIC(QThreadPool, readPool)

    QThreadPool* mapPool()
    {
        QThreadPool* pool = readPool();
        if (pool->maxThreadCount() != std::max(1, QThread::idealThreadCount()))
            pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return pool;
    }

} // namespace

namespace {
    /// Reading cache entries read, rebuilt and checked at a time.
    constexpr int kChunk = 1024;
    /// Originals parsed again at a time (one run of the worker pool).
    constexpr int kParseChunk = 1024;

    void placeOf(Message& m, const StoredMessage& s)
    {
        m.file = s.sourcePath;
        m.format = s.format;
        m.index = s.mboxIndex;
    }
} // namespace

Batch readEach(CaseStore& store, const QList<StoredMessage>& stored, const Sink& sink,
    const ParseWorkerPool::Options& options, const Progress& progress, const std::atomic<bool>* cancel,
    const ReadOptions& readOptions)
{
    Batch r;
    const int total = int(stored.size());
    int done = 0;
    const QByteArray revision = readingRevision();

    // 1. The reading cache: messages parsed and analysed by this same reading revision at import,
    // a chunk at a time (the compressed entries of a whole large case would not fit in memory).
    struct Cached {
        int index;
        QByteArray data;
        QByteArray raw;
        Message message;
        bool ok = false;
    };
    QList<int> toParse;
    for (int start = 0; start < total; start += kChunk) {
        const int end = std::min(total, start + kChunk);
        QList<qint64> ids;
        ids.reserve(end - start);
        for (int i = start; i < end; ++i)
            ids.append(stored[i].id);
        QHash<qint64, QByteArray> readings = store.messages().readingsOf(ids, revision);
        QList<Cached> cached;
        cached.reserve(end - start);
        for (int i = start; i < end; ++i) {
            QByteArray data = readings.take(stored[i].id);
            if (data.isEmpty()) {
                toParse.append(i);
                continue;
            }
            QByteArray raw;
            if (readOptions.withEvidence) {
                const std::optional<QByteArray> original = store.evidence().original(stored[i].sha256);
                if (!original) {
                    toParse.append(i); // reported by the parse step below
                    continue;
                }
                raw = *original;
            }
            cached.append({ i, std::move(data), std::move(raw), {}, false });
        }
        if (cancel && cancel->load())
            return r;
        // Rebuilding is CPU work: spread it over the cores.
        const bool trim = readOptions.forCaseAnalysis;
        QtConcurrent::blockingMap(mapPool(), cached, [trim](Cached& c) {
            c.ok = deserializeReading(c.data, c.raw, &c.message);
            c.data.clear();
            if (c.ok && trim)
                CaseAnalyzer::trimForAnalysis(c.message);
        });
        for (Cached& c : cached) {
            // An entry must be the reading of its own original (the case's SHA-256 of the evidence).
            if (c.ok && c.message.sha256 != stored[c.index].sha256)
                c.ok = false;
            if (!c.ok) {
                toParse.append(c.index); // another revision's or damaged entry: read the original again
                continue;
            }
            placeOf(c.message, stored[c.index]);
            if (!sink(c.index, std::move(c.message)))
                return r;
            ++done;
        }
        if (progress)
            progress(done, total);
    }
    if (!toParse.isEmpty()) {
        // 2. Everything else: the originals parsed again in the sandboxed workers, then analysed,
        // a chunk at a time, each handed on before the next is parsed (after an upgrade every
        // message of a large case comes this way).
        std::sort(toParse.begin(), toParse.end());
        ParseWorkerPool pool(options);
        const bool trim = readOptions.forCaseAnalysis;
        for (qsizetype start = 0; start < toParse.size(); start += kParseChunk) {
            const QList<int> chunk = toParse.mid(start, kParseChunk);
            QMap<int, Message> parsed;
            const bool ran = pool.runInputs(
                int(chunk.size()),
                [&](int k, QString* name, QByteArray* bytes, QString* error) {
                    const StoredMessage& s = stored[chunk[k]];
                    *name = s.sourcePath;
                    const std::optional<QByteArray> original = store.evidence().original(s.sha256);
                    if (!original) {
                        *error = QStringLiteral("the original of message %1 is missing from the case")
                                     .arg(QString::fromLatin1(s.sha256));
                        return false;
                    }
                    *bytes = *original;
                    return true;
                },
                [&](int k, const QString&, ReadResult&& result) {
                    const StoredMessage& s = stored[chunk[k]];
                    r.errors += result.errors;
                    if (!result.messages.isEmpty()) {
                        Message m = std::move(result.messages.first());
                        placeOf(m, s);
                        if (!readOptions.withEvidence) {
                            m.raw.clear();
                            m.source.clear();
                        }
                        if (m.sha256.isEmpty())
                            m.sha256 = s.sha256;
                        parsed.insert(chunk[k], std::move(m));
                    }
                    ++done;
                    if (progress)
                        progress(done, total);
                },
                cancel);
            if (!ran) {
                r.ok = false;
                r.errors.append({ store.location(), pool.lastError() });
                return r;
            }
            QList<Message*> analyse;
            for (auto it = parsed.begin(); it != parsed.end(); ++it)
                analyse.append(&it.value());
            QtConcurrent::blockingMap(mapPool(), analyse, [trim](Message* m) {
                MessageAnalyzer::analyze(*m);
                if (trim)
                    CaseAnalyzer::trimForAnalysis(*m);
            });
            r.parsed += int(parsed.size());
            for (auto it = parsed.begin(); it != parsed.end(); ++it) {
                if (!sink(it.key(), std::move(it.value())))
                    return r;
            }
            if (cancel && cancel->load())
                return r;
        }
    }
    r.fromCache = total - int(toParse.size());
    return r;
}

Batch read(CaseStore& store, const QList<StoredMessage>& stored, const ParseWorkerPool::Options& options,
    const Progress& progress, const std::atomic<bool>* cancel, const ReadOptions& readOptions)
{
    QMap<int, Message> byIndex;
    Batch r = readEach(
        store, stored,
        [&byIndex](int index, Message&& m) {
            byIndex.insert(index, std::move(m));
            return true;
        },
        options, progress, cancel, readOptions);
    r.messages.reserve(byIndex.size());
    for (auto it = byIndex.begin(); it != byIndex.end(); ++it)
        r.messages.append(std::move(it.value()));
    return r;
}

Batch readAll(CaseStore& store, const ParseWorkerPool::Options& options, const Progress& progress,
    const std::atomic<bool>* cancel)
{
    return read(store, store.messages().list(), options, progress, cancel, {});
}

QList<ReadError> readInFull(CaseStore& store, CaseAnalysis& analysis, const ParseWorkerPool::Options& options,
    const std::atomic<bool>* cancel, const ReadOptions& readOptions)
{
    QHash<QByteArray, StoredMessage> bySha;
    for (const StoredMessage& s : store.messages().list())
        bySha.insert(s.sha256, s);
    QList<StoredMessage> which;
    QList<int> at;
    for (int i = 0; i < analysis.messages.size(); ++i) {
        const auto it = bySha.constFind(analysis.messages[i].message.sha256);
        if (it != bySha.cend()) {
            which.append(*it);
            at.append(i);
        }
    }
    Batch batch = read(store, which, options, {}, cancel, readOptions);
    QHash<QByteArray, int> bySha256;
    for (int k = 0; k < batch.messages.size(); ++k)
        bySha256.insert(batch.messages[k].sha256, k);
    for (int i : std::as_const(at)) {
        CaseMessage& cm = analysis.messages[i];
        const int k = bySha256.value(cm.message.sha256, -1);
        if (k < 0)
            continue;
        Message full = std::move(batch.messages[k]);
        full.findings = cm.message.findings; // message-scope and case-scope, as analysed
        cm.message = std::move(full);
    }
    return batch.errors;
}

std::optional<Message> readOne(
    CaseStore& store, qint64 storedId, QString* error, const ParseWorkerPool::Options& options)
{
    const std::optional<StoredMessage> stored = store.messages().find(storedId);
    if (!stored) {
        if (error)
            *error = QStringLiteral("message %1 is not in the case").arg(storedId);
        return std::nullopt;
    }
    Batch b = read(store, { *stored }, options);
    if (b.messages.isEmpty()) {
        if (error) {
            *error = b.errors.isEmpty() ? QStringLiteral("the message could not be read from the case")
                                        : b.errors.first().reason;
        }
        return std::nullopt;
    }
    return std::move(b.messages.first());
}

} // namespace MailTriage::MessageSource
