// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"
#include "casestore.h"
#include "messagereader.h"
#include "parseworkerpool.h"

#include <atomic>
#include <functional>
#include <optional>

namespace MailTriage::MessageSource {

/// @brief Messages read back from a case.
struct Batch {
    QList<Message> messages; ///< in the order asked for (stored order for readAll()), analysed
    QList<ReadError> errors;
    bool ok = true; ///< false: the parser processes could not run (see errors)
    int fromCache = 0; ///< messages rebuilt from the reading cache
    int parsed = 0; ///< messages parsed again from their originals in the sandboxed workers
};

using Progress = std::function<void(int done, int total)>;

/// What a read brings along.
struct ReadOptions {
    /// The evidence bytes (Message::raw, and Message::source where it is the same). Case analysis
    /// needs none of them, and at 100,000 messages they are gigabytes.
    bool withEvidence = true;
    /// Only what case analysis reads (CaseAnalyzer::trimForAnalysis), each message trimmed as soon
    /// as it is rebuilt: the messages of a 100,000-message case fit in memory while it is analysed.
    bool forCaseAnalysis = false;
};

/// The one way a stored message is read after its import, for the window, the CLI and the
/// exports alike. A message whose reading cache entry has the current reading revision is rebuilt
/// from it (with its evidence bytes and its message-scope findings and analysis-limit notes);
/// any other (an older MailTriage's, a damaged one, none) is parsed again from its original in
/// the sandboxed worker processes and analysed again, so a newer MailTriage reads an old case
/// better. A message is never parsed inside the calling process.
Batch read(CaseStore& store, const QList<StoredMessage>& which, const ParseWorkerPool::Options& options = {},
    const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr, const ReadOptions& read = {});

/// Receives the messages of readEach(): @p index is the message's place in the list asked for.
/// Returning false stops the read.
using Sink = std::function<bool(int index, Message&& message)>;

/// Like read(), but hands each message to @p sink (on this thread) as soon as it is read instead of
/// holding them all: cached ones a chunk at a time in the order asked for, then those parsed
/// again, a chunk at a time. Batch::messages stays empty. Case analysis streams a large case
/// through this; the order differs from read()'s when some messages are parsed again (the index
/// tells).
Batch readEach(CaseStore& store, const QList<StoredMessage>& which, const Sink& sink,
    const ParseWorkerPool::Options& options = {}, const Progress& progress = {},
    const std::atomic<bool>* cancel = nullptr, const ReadOptions& read = {});

/// Every message of the case, in stored order.
Batch readAll(CaseStore& store, const ParseWorkerPool::Options& options = {}, const Progress& progress = {},
    const std::atomic<bool>* cancel = nullptr);

/// Replaces each lean message of @p analysis (a stored case analysis) by its full reading, keeping
/// what case analysis added to it (its case findings). Returns the read problems.
QList<ReadError> readInFull(CaseStore& store, CaseAnalysis& analysis, const ParseWorkerPool::Options& options = {},
    const std::atomic<bool>* cancel = nullptr, const ReadOptions& read = {});

/// One message by its stored id; std::nullopt with @p error (one line) when it cannot be read.
std::optional<Message> readOne(
    CaseStore& store, qint64 storedId, QString* error = nullptr, const ParseWorkerPool::Options& options = {});

} // namespace MailTriage::MessageSource
