// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

#include <QJsonObject>

namespace MailTriage {

/// @brief The append-only record of what was done to a case: who (the OS user), when, what.
/// Entries cannot be changed or removed through the store; each one carries the hash of the one
/// before it, so an edit made behind the program's back shows in CaseStore::integrityCheck().
class AuditLog {
public:
    virtual ~AuditLog() = default;

    /// Appends an entry inside the caller's transaction when one is open.
    virtual bool append(const QString& action, const QJsonObject& details = {}) = 0;
    virtual QList<AuditEntry> entries() = 0;
    virtual qint64 count() = 0;
};

/// The OS account name of this process's user ("who" in the audit log).
QString currentOsUser();

} // namespace MailTriage
