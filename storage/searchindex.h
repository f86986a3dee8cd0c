// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

namespace MailTriage {

/// @brief Substring search over subject, addresses, display names and body text. Whitespace
/// separates terms that must all occur; a term matches anywhere inside a word, so Japanese text
/// without spaces and partial addresses ("evil-cc.com", "@kumoyuki") are found.
class SearchIndex {
public:
    virtual ~SearchIndex() = default;

    /// Matching messages ordered by date; at most @p limit (< 0: all). Empty query: none.
    virtual QList<SearchHit> search(const QString& query, int limit = 100) = 0;
};

} // namespace MailTriage
