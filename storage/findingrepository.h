// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

#include <QHash>

namespace MailTriage {

/// @brief Findings of the case's messages. Message-scope findings are written with their message
/// (MessageRepository::add); case-scope findings live in the stored case analysis (CaseStore::storedAnalysis()).
class FindingRepository {
public:
    enum class Scope { Message, Case, All };

    virtual ~FindingRepository() = default;

    virtual QList<Finding> forMessage(qint64 messageId, Scope scope = Scope::All) = 0;
    virtual qint64 count(Scope scope = Scope::All) = 0;
    /// signal id -> number of findings
    virtual QHash<QString, qint64> countBySignal() = 0;
};

} // namespace MailTriage
