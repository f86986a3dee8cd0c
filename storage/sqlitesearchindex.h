// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindex.h"

namespace MailTriage {

class SqliteDatabase;

/// @brief SearchIndex over the FTS5 table search_fts (trigram tokenizer). Terms of three or more
/// characters use the index; shorter ones (a trigram index cannot hold them) fall back to LIKE
/// over the same columns, which reads every message.
class SqliteSearchIndex : public SearchIndex {
public:
    explicit SqliteSearchIndex(SqliteDatabase& db);

    QList<SearchHit> search(const QString& query, int limit) override;

    /// The FTS5 MATCH expression for terms of 3+ characters: each a quoted phrase, all required.
    static QString matchExpression(const QStringList& terms);
    /// @p term with LIKE's wildcards escaped (escape character '\'), wrapped in '%'.
    static QString likePattern(const QString& term);

private:
    SqliteDatabase& m_db;
};

} // namespace MailTriage
