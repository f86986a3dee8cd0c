// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingrepository.h"

namespace MailTriage {

class SqliteDatabase;

/// @brief FindingRepository over the findings table.
class SqliteFindingRepository : public FindingRepository {
public:
    explicit SqliteFindingRepository(SqliteDatabase& db);

    QList<Finding> forMessage(qint64 messageId, Scope scope) override;
    qint64 count(Scope scope) override;
    QHash<QString, qint64> countBySignal() override;

private:
    SqliteDatabase& m_db;
};

} // namespace MailTriage
