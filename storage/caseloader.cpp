// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloader.h"

#include "messageanalyzer.h"

#include <QMap>

namespace MailTriage::CaseLoader {

Result load(CaseStore& store, const ParseWorkerPool::Options& options, const std::function<void(int, int)>& progress,
    const std::atomic<bool>* cancel)
{
    Result r;
    const QList<StoredMessage> stored = store.messages().list();
    const int total = int(stored.size());
    QMap<int, Message> byIndex;
    int done = 0;
    ParseWorkerPool pool(options);
    const bool ran = pool.runInputs(
        total,
        [&](int i, QString* name, QByteArray* bytes, QString* error) {
            const StoredMessage& s = stored[i];
            *name = s.sourcePath;
            const std::optional<QByteArray> original = store.evidence().original(s.sha256);
            if (!original) {
                *error = QStringLiteral("the original of message %1 is missing from the case").arg(QString::fromLatin1(s.sha256));
                return false;
            }
            *bytes = *original;
            return true;
        },
        [&](int i, const QString&, ReadResult&& result) {
            const StoredMessage& s = stored[i];
            r.errors += result.errors;
            if (!result.messages.isEmpty()) {
                Message m = std::move(result.messages.first());
                m.file = s.sourcePath;
                m.format = s.format;
                m.index = s.mboxIndex;
                MessageAnalyzer::analyze(m);
                byIndex.insert(i, std::move(m));
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
    r.messages.reserve(byIndex.size());
    for (auto it = byIndex.begin(); it != byIndex.end(); ++it)
        r.messages.append(std::move(it.value()));
    return r;
}

} // namespace MailTriage::CaseLoader
