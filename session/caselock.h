// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace MailTriage {

/// @brief The advisory lock of a case file ("CASE.lock" beside it, QLockFile): one session writes
/// a case at a time. A second window or process that opens the same case is told who holds it
/// and opens it read-only. A lock left by a process that died is taken over (its PID is gone).
class CaseLock {
public:
    explicit CaseLock(const QString& caseLocation);
    ~CaseLock();
    CaseLock(const CaseLock&) = delete;
    CaseLock& operator=(const CaseLock&) = delete;

    enum class Result {
        Locked, ///< this session holds the lock
        HeldElsewhere, ///< another session holds it: open read-only (holder() says who)
        Unavailable, ///< no lock file can be made there (a read-only folder): the store decides
    };
    Result tryLock();
    bool isLocked() const;
    /// "mailtriage (pid 4242) on ws-12": who held the lock when tryLock() said HeldElsewhere.
    QString holder() const { return m_holder; }
    static QString lockPath(const QString& caseLocation);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace MailTriage
