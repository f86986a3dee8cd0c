// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloader.h"

#include "messageanalyzer.h"
#include "serialization.h"

#include <QMap>
#include <QtConcurrent/QtConcurrentMap>

namespace MailTriage::CaseLoader {

Result load(CaseStore& store, const ParseWorkerPool::Options& options, const std::function<void(int, int)>& progress,
    const std::atomic<bool>* cancel)
{
    Result r;
    const QList<StoredMessage> stored = store.messages().list();
    const int total = int(stored.size());
    QMap<int, Message> byIndex;
    int done = 0;

    // 1. The reading cache: messages parsed and analysed by this same reading revision at import.
    QHash<qint64, QByteArray> readings = store.messages().readings(readingRevision());
    struct Cached {
        int index;
        QByteArray data;
        QByteArray raw;
        Message message;
        bool ok = false;
    };
    QList<Cached> cached;
    QList<int> toParse;
    for (int i = 0; i < total; ++i) {
        const auto it = readings.find(stored[i].id);
        if (it == readings.end()) {
            toParse.append(i);
            continue;
        }
        const std::optional<QByteArray> original = store.evidence().original(stored[i].sha256);
        if (!original) {
            toParse.append(i); // reported by the parse step below
            continue;
        }
        cached.append({ i, std::move(it.value()), *original, {}, false });
        readings.erase(it);
        if (cancel && cancel->load())
            return r;
    }
    readings.clear();
    // Rebuilding is CPU work: spread it over the cores.
    QtConcurrent::blockingMap(cached, [](Cached& c) {
        c.ok = deserializeReading(c.data, c.raw, &c.message);
        c.data.clear();
    });
    for (Cached& c : cached) {
        // An entry must be the reading of its own original (the case's SHA-256 of the evidence).
        if (c.ok && c.message.sha256 != stored[c.index].sha256)
            c.ok = false;
        if (!c.ok) {
            toParse.append(c.index); // another revision's or damaged entry: read the original again
            continue;
        }
        const StoredMessage& s = stored[c.index];
        c.message.file = s.sourcePath;
        c.message.format = s.format;
        c.message.index = s.mboxIndex;
        byIndex.insert(c.index, std::move(c.message));
        ++done;
    }
    cached.clear();
    if (progress)
        progress(done, total);
    if (!toParse.isEmpty()) {
        // 2. Everything else: the originals parsed again in the sandboxed workers, then analysed.
        std::sort(toParse.begin(), toParse.end());
        QMap<int, Message> parsed;
        ParseWorkerPool pool(options);
        const bool ran = pool.runInputs(
            int(toParse.size()),
            [&](int k, QString* name, QByteArray* bytes, QString* error) {
                const StoredMessage& s = stored[toParse[k]];
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
                const StoredMessage& s = stored[toParse[k]];
                r.errors += result.errors;
                if (!result.messages.isEmpty()) {
                    Message m = std::move(result.messages.first());
                    m.file = s.sourcePath;
                    m.format = s.format;
                    m.index = s.mboxIndex;
                    parsed.insert(toParse[k], std::move(m));
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
        QtConcurrent::blockingMap(analyse, [](Message* m) { MessageAnalyzer::analyze(*m); });
        for (auto it = parsed.begin(); it != parsed.end(); ++it)
            byIndex.insert(it.key(), std::move(it.value()));
    }

    r.messages.reserve(byIndex.size());
    r.fromCache = total - int(toParse.size());
    for (auto it = byIndex.begin(); it != byIndex.end(); ++it)
        r.messages.append(std::move(it.value()));
    return r;
}

} // namespace MailTriage::CaseLoader
