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
    int fromCache = 0; ///< messages taken from the reading cache instead of being parsed again
};

/// Reads every message of @p store back for case analysis. A case keeps its evidence and, as a
/// cache, the reading made at import (serializeReading()): a message whose cached reading has the
/// current reading revision is rebuilt from it; any other (an older MailTriage's, a damaged one,
/// none) is parsed again from its original in the sandboxed workers and analysed again, so a
/// newer MailTriage reads an old case better. @p progress gets (done, total).
Result load(CaseStore& store, const ParseWorkerPool::Options& options = {},
    const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

} // namespace MailTriage::CaseLoader
