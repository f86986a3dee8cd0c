// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace MailTriage {

/// The result of a pure, costly function of a host name, remembered in @p memo (give it a
/// thread_local QHash at the call site). Bounded: the memo is emptied past 4,096 entries, and
/// names over 255 characters (hostile, never a real host) are computed but not kept.
template <typename V, typename Compute>
V rememberedForHost(QHash<QString, V>& memo, const QString& host, Compute compute)
{
    if (host.size() > 255)
        return compute(host);
    const auto it = memo.constFind(host);
    if (it != memo.cend())
        return it.value();
    if (memo.size() > 4096)
        memo.clear();
    V value = compute(host);
    memo.insert(host, value);
    return value;
}

} // namespace MailTriage
