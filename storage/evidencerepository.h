// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

#include <QSet>

namespace MailTriage {

/// @brief The originals of a case: exact bytes, addressed by their SHA-256. Originals are never
/// changed or deleted once stored; they are added together with their message (MessageRepository).
class EvidenceRepository {
public:
    virtual ~EvidenceRepository() = default;

    virtual qint64 count() = 0;
    virtual bool contains(const QByteArray& sha256) = 0;
    /// Every stored SHA-256 (hex); the importer's duplicate check keeps this in memory.
    virtual QSet<QByteArray> allSha256() = 0;
    virtual std::optional<EvidenceInfo> find(const QByteArray& sha256) = 0;
    /// The original bytes exactly as imported; nullopt when unknown or unreadable (see lastError).
    virtual std::optional<QByteArray> original(const QByteArray& sha256) = 0;
};

} // namespace MailTriage
