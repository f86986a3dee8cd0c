// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidencerepository.h"

namespace MailTriage {

class SqliteDatabase;

/// @brief EvidenceRepository over the evidence table of a case file.
class SqliteEvidenceRepository : public EvidenceRepository {
public:
    explicit SqliteEvidenceRepository(SqliteDatabase& db);

    qint64 count() override;
    bool contains(const QByteArray& sha256) override;
    QSet<QByteArray> allSha256() override;
    std::optional<EvidenceInfo> find(const QByteArray& sha256) override;
    std::optional<QByteArray> original(const QByteArray& sha256) override;

private:
    SqliteDatabase& m_db;
};

} // namespace MailTriage
