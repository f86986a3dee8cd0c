// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casestore.h"
#include "messagereader.h"
#include "parseworkerpool.h"

#include <atomic>
#include <functional>

namespace MailTriage::CaseLoader {

/// @brief The messages of a case, read back from their stored originals.
struct Result {
    QList<Message> messages; ///< in stored order, each with its message-scope findings
    QList<ReadError> errors;
    bool ok = true; ///< false: the parser processes could not run (see errors)
};

/// Reads every message of @p store back for case analysis. A case keeps evidence, not parser
/// output: each original is parsed again in the sandboxed workers (so a newer MailTriage reads an
/// old case better) and analysed again. @p progress gets (done, total).
Result load(CaseStore& store, const ParseWorkerPool::Options& options = {},
    const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

} // namespace MailTriage::CaseLoader
