// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselock.h"

#include <QLockFile>

namespace MailTriage {

CaseLock::CaseLock(const QString& caseLocation)
    : m_lock(std::make_unique<QLockFile>(lockPath(caseLocation)))
{
    // A case stays open for hours: the lock is stale only when its process is gone, never by age.
    m_lock->setStaleLockTime(0);
}

CaseLock::~CaseLock() = default;

QString CaseLock::lockPath(const QString& caseLocation)
{
    return caseLocation + QStringLiteral(".lock");
}

CaseLock::Result CaseLock::tryLock()
{
    if (m_lock->isLocked())
        return Result::Locked;
    if (m_lock->tryLock(0))
        return Result::Locked;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        if (m_lock->getLockInfo(&pid, &host, &application)) {
            m_holder = QStringLiteral("%1 (pid %2)")
                           .arg(application.isEmpty() ? QStringLiteral("MailTriage") : application)
                           .arg(pid);
            if (!host.isEmpty())
                m_holder += QStringLiteral(" on ") + host;
        } else {
            m_holder = QStringLiteral("another MailTriage session");
        }
        return Result::HeldElsewhere;
    }
    return Result::Unavailable;
}

bool CaseLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace MailTriage
